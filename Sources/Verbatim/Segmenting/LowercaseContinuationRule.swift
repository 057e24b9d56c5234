/// A sentence does not start with a lowercase word, so a break before one
/// is wrong: `“Are you sure?” he asked.`, `She works at Yahoo! in the ...`.
/// Words that are lowercase only at their start (`iPhone`, `eBay`) are
/// brand names, which may open a sentence, so they do not count.
enum LowercaseContinuationRule {
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard let first = context.nextByte, ASCII.isLowercase(first) else { return nil }
        let word = context.nextWord
        for index in word where ASCII.isUppercase(context.bytes[index]) { return nil }
        return .join
    }
}
