/// A candidate sentence that is only a list marker (`1.`, `a.`, `2.)`,
/// `• 9.`) belongs to the item it introduces: ICU ends a sentence after
/// `1.` in `1. The first item`.
enum ListMarkerOnlyRule {
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard let marker = ListMarker.parse(at: context.sentenceStart, in: context.bytes, limit: context.limit),
            marker.end == context.sentenceEnd
        else { return nil }
        return .join
    }
}
