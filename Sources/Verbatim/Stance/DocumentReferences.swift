/// The words of a document that stand for a name found elsewhere in it (`the regime` for Assad,
/// see `GovernmentReference`), found from the quote stage's lexical tokens while they are still
/// at hand: the stance stage then needs neither the tokens (the largest thing a document keeps)
/// nor a search through every word of the text.
public struct DocumentReferences: Sendable {
    /// (alias, name) pairs: `("regime", "Assad")`.
    let aliases: [(alias: String, name: String)]
}
