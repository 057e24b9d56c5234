/// The marker that opens a list item: an optional bullet, then a number of
/// one or two digits or a lowercase letter, closed by `.`, `.)` or `)`, then
/// a space (`1. `, `2.) `, `a) `, `• 9. `, `⁃10. `); or a bullet alone (`• `).
struct ListMarker: Equatable {
    /// How the number is closed.
    enum Style: Equatable { case period, periodParenthesis, parenthesis, bulletOnly }

    /// First byte of the marker (of its bullet, if any).
    let start: Int
    /// End of the marker, before the space that follows it.
    let end: Int
    /// The bullet's last byte, or 0 without a bullet.
    let bullet: UInt8
    /// The number (1 for `1.`, 1 for `a.`), or 0 for a bullet alone.
    let value: Int
    let isLetter: Bool
    let style: Style

    /// Largest item number read as a list marker: two digits; longer numbers
    /// before a period are years or amounts (`in 2015. The`).
    static let maximumDigits = 2

    /// The marker at `start`, if one starts there.
    /// - Complexity: O(1).
    static func parse(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> ListMarker? {
        var index = start
        var bullet: UInt8 = 0
        if let length = bulletLength(at: index, in: bytes, limit: limit) {
            bullet = bytes[index + length - 1]
            index += length
            while index < limit, bytes[index] == ASCII.space { index += 1 }
        }
        var value = 0
        var isLetter = false
        let numberStart = index
        while index < limit, ASCII.isDigit(bytes[index]), index - numberStart < maximumDigits {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        if index == numberStart, index < limit, ASCII.isLowercase(bytes[index]) {
            value = Int(bytes[index] - 0x61) + 1
            isLetter = true
            index += 1
        }
        if index == numberStart {
            // A bullet alone opens an item too.
            guard bullet != 0, index > start else { return nil }
            return ListMarker(start: start, end: index, bullet: bullet, value: 0, isLetter: false, style: .bulletOnly)
        }
        guard index < limit else { return nil }
        let style: Style
        if bytes[index] == ASCII.period {
            if index + 1 < limit, bytes[index + 1] == ASCII.rightParenthesis {
                style = .periodParenthesis
                index += 2
            } else {
                style = .period
                index += 1
            }
        } else if bytes[index] == ASCII.rightParenthesis {
            style = .parenthesis
            index += 1
        } else {
            return nil
        }
        // A marker is followed by a space or ends the text (`1. The`, not `1.5`).
        if index < limit, Whitespace.spaceLength(bytes, at: index) == 0 { return nil }
        return ListMarker(start: start, end: index, bullet: bullet, value: value, isLetter: isLetter, style: style)
    }

    /// True when `other` is the item right after this one in the same list.
    func isFollowed(by other: ListMarker) -> Bool {
        other.bullet == bullet && other.style == style && other.isLetter == isLetter
            && (style == .bulletOnly || other.value == value + 1)
    }

    /// Bytes of the bullet at `index`: • ‣ ⁃ ◦ ▪ ●.
    static func bulletLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        guard index + 2 < limit, bytes[index] == 0xE2 else { return nil }
        switch (bytes[index + 1], bytes[index + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F): return 3
        default: return nil
        }
    }
}
