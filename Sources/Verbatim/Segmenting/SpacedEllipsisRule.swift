/// Three spaced periods standing alone (`the thing is . . . I didn't`) mark
/// an omission inside a sentence; a sentence that ends with an omission
/// takes a fourth period (`. . . .`, see `FourDotEllipsisRule`).
/// This follows the ellipsis conventions of the Chicago and MLA style
/// guides, which news quotations of documents use too.
enum SpacedEllipsisRule {
    private static let pattern: [UInt8] = Array(" . . .".utf8)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard !context.hasClosingMarks else { return nil }
        let end = context.sentenceEnd
        let start = end - pattern.count
        guard start > context.sentenceStart else { return nil }
        for offset in 0..<pattern.count where context.bytes[start + offset] != pattern[offset] { return nil }
        // A fourth period before the three ends the sentence.
        return context.bytes[start - 1] == ASCII.period ? nil : .join
    }
}
