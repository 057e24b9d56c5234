/// A sentence never starts with a comma, semicolon or colon, so a break
/// before one is wrong: ICU breaks `won't decide N.H.; Candidates` before
/// the semicolon.
enum ContinuationPunctuationRule {
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        switch context.nextByte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): return .join
        default: return nil
        }
    }
}
