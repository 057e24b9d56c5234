/// News-specific repairs of ICU's sentence boundaries: joins candidates that
/// ICU split after an abbreviation, an initial, or a question or exclamation
/// inside a quotation that the sentence goes on after.
enum SentenceRepairs {
    /// Titles that precede a name: a break after them is always wrong.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
        "sgt", "cpl", "pvt", "st", "rev", "hon", "pres", "supt", "det", "insp", "amb", "sec", "messrs", "mme", "jr",
        "sr", "fr", "gens", "sens", "reps",
    ]
    /// Abbreviations that usually continue the sentence, but may end one.
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "inc",
        "corp", "co", "ltd", "vs", "etc", "approx", "dept", "est", "fig", "vol", "ave", "blvd", "mt", "ft", "univ",
        "assn", "bros", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a", "ph.d",
    ]

    /// Joins the candidate ranges that should not have been split.
    static func repair(_ candidates: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard var current = candidates.first else { return [] }
        var result: [Range<Int>] = []
        for next in candidates.dropFirst() {
            if shouldJoin(current, next, in: bytes) {
                current = current.lowerBound..<next.upperBound
            } else {
                result.append(current)
                current = next
            }
        }
        result.append(current)
        return result
    }

    private static func shouldJoin(_ first: Range<Int>, _ second: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let head = Whitespace.trim(first, in: bytes)
        let tail = Whitespace.trim(second, in: bytes)
        guard let lastByte = head.last.map({ bytes[$0] }), let firstByte = tail.first.map({ bytes[$0] }) else {
            return false
        }
        // A sentence never starts with a lowercase letter (`“Are you sure?” he asked.`).
        if firstByte >= 0x61 && firstByte <= 0x7A { return true }
        guard lastByte == 0x2E else { return false }  // "."
        let word = lastWord(before: head.upperBound - 1, from: head.lowerBound, in: bytes)
        let lowered = word.lowercased()
        if titles.contains(lowered) { return true }
        // An initial: one capital letter (`John F. Kennedy`).
        if word.utf8.count == 1, let scalar = word.unicodeScalars.first, scalar.properties.isUppercase { return true }
        if abbreviations.contains(lowered) {
            // Continues when the next word is a number or a name-like word.
            return firstByte >= 0x30 && firstByte <= 0x39
        }
        return false
    }

    /// The word (letters and inner dots) that ends just before byte `end`.
    private static func lastWord(before end: Int, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var index = end
        while index > start {
            let byte = bytes[index - 1]
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2E
            if !isLetter { break }
            index -= 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }
}
