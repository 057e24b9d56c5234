/// A paragraph that opens with a list marker (`1. The first item 2. The
/// second item`) is a list: each later marker of the same style with the
/// next number (or letter, or the same bullet) starts a new sentence, even
/// without a period before it, and no sentence ends right after a marker.
///
/// Only paragraphs that open with a marker are scanned, so prose pays one
/// byte test per paragraph; requiring consecutive numbers keeps amounts and
/// dates (`rose 2. 3 more`) from reading as items.
///
/// A marker that opens a line of the original text (`Steps:⏎1. Open the
/// door⏎2. Walk in`, `Key points:⏎- Prices rose`) starts an item too,
/// whatever its number: a wrapped line of prose seldom starts with `2. ` or
/// a bullet.
enum ListItemRule {
    /// The markers that open a line inside `paragraph`, merged in order with
    /// the paragraph's own list (`markers(in:of:)`).
    /// - Parameters:
    ///   - lineStarts: ascending offsets of the paragraph's continuation
    ///     lines; `nextLine` indexes the first not yet consumed and moves past
    ///     those inside `paragraph`.
    /// - Complexity: O(*n*) in the paragraph's length when it is a list, else
    ///   O(1) per line.
    static func markers(
        in paragraph: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int], nextLine: inout Int
    ) -> [ListMarker] {
        var markers = markers(in: paragraph, of: bytes)
        var added = false
        while nextLine < lineStarts.count, lineStarts[nextLine] < paragraph.upperBound {
            let start = lineStarts[nextLine]
            nextLine += 1
            guard start >= paragraph.lowerBound else { continue }
            let byte = bytes[start]
            guard !markers.contains(where: { $0.start == start }) else { continue }
            if let marker = asciiBullet(at: start, in: bytes, limit: paragraph.upperBound) {
                markers.append(marker)
                added = true
                continue
            }
            guard ASCII.isDigit(byte) || ASCII.isLowercase(byte) || byte == 0xE2,
                let marker = ListMarker.parse(at: start, in: bytes, limit: paragraph.upperBound)
            else { continue }
            markers.append(marker)
            added = true
        }
        if added { markers.sort { $0.start < $1.start } }
        return markers
    }

    /// A `-` or `*` and a space opening a line: a bullet in plain-text lists.
    /// Only at line starts, since inside a line ` - ` is a dash.
    private static func asciiBullet(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> ListMarker? {
        let byte = bytes[start]
        guard byte == ASCII.hyphen || byte == UInt8(ascii: "*"), start + 1 < limit, bytes[start + 1] == ASCII.space
        else { return nil }
        return ListMarker(start: start, end: start + 1, bullet: byte, value: 0, isLetter: false, style: .bulletOnly)
    }

    /// The markers of the list that `paragraph` holds, in order; empty when
    /// the paragraph does not open with a marker.
    /// - Complexity: O(*n*) in the paragraph's length when it opens with a marker, else O(1).
    static func markers(in paragraph: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> [ListMarker] {
        guard !paragraph.isEmpty else { return [] }
        let first = bytes[paragraph.lowerBound]
        guard ASCII.isDigit(first) || ASCII.isLowercase(first) || first == 0xE2,
            var previous = ListMarker.parse(at: paragraph.lowerBound, in: bytes, limit: paragraph.upperBound)
        else { return [] }
        var markers = [previous]
        var index = previous.end
        while index < paragraph.upperBound {
            let byte = bytes[index]
            let before = bytes[index - 1]
            let opensWord =
                Whitespace.isASCIISpace(before) || (before == 0xA0 && bytes[index - 2] == 0xC2)  // U+00A0
            if opensWord, ASCII.isDigit(byte) || ASCII.isLowercase(byte) || byte == 0xE2,
                let marker = ListMarker.parse(at: index, in: bytes, limit: paragraph.upperBound),
                previous.isFollowed(by: marker)
            {
                markers.append(marker)
                previous = marker
                index = marker.end
                continue
            }
            index += 1
        }
        return markers
    }
}
