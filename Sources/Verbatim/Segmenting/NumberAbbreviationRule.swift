/// Abbreviations that introduce a number (`Jan. 5`, `No. 2`, `p. 55`,
/// `N°. 1026`) continue the sentence before a digit and end it otherwise
/// (`... since Jan. The`).
enum NumberAbbreviationRule {
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard let next = context.nextByte else { return nil }
        return ASCII.isDigit(next) ? .join : .split
    }
}
