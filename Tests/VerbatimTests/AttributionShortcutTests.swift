import Testing

@testable import Verbatim

/// Shortcuts taken for speed must answer exactly as the plain code they replace:
/// each case compares a shortcut with the direct computation.
@Suite("Speed shortcuts agree with the plain computation")
struct AttributionShortcutTests {
    /// The plain reading `CanonicalNames.lastWordKey` replaces: the last word split on characters.
    static func plainLastWordKey(_ name: String) -> UInt64 {
        LexicalScanner.key(of: name.split(separator: " ").last.map(String.init) ?? name)
    }

    static let names: [String] = [
        // The common case: a first and a last name.
        "John Kerry",
        // One word: the whole name.
        "Kerry",
        // A trailing period is dropped by the key, after the last space.
        "Jr. Sen. R-Fla.",
        // Spaces before, between and after words: `split` skips empty pieces.
        "  John   Kerry  ",
        // A lone period is a one-byte word: the key keeps it.
        "Kerry .",
        // Only spaces and the empty name: no word, so the whole name.
        "   ",
        "",
        // Outside ASCII: the character-based path.
        "François Hollande",
        // A combining mark right after a space joins the space into one character, so `split` does not cut there.
        "Ana \u{301}Lopez",
    ]

    @Test("lastWordKey equals the key of the last split word", arguments: names)
    func lastWordKey(name: String) {
        #expect(CanonicalNames.lastWordKey(of: name) == Self.plainLastWordKey(name))
    }

    static func tokens(_ text: String) -> [LexicalToken] {
        let bytes = Array(text.utf8)
        var tokens: [LexicalToken] = []
        bytes.withUnsafeBufferPointer { LexicalScanner.scan($0, range: 0..<$0.count, into: &tokens) }
        return tokens
    }

    static let texts: [String] = [
        // No capitalised word at all: the search ends at the token count.
        "the minister said that it was over, and they all went home again today",
        // Capitalised words inside and at the edges of 8-token blocks, and a capitalised word after punctuation.
        "Kerry said a b c d e f Lavrov g h i j k l m n o p q r s t Obama , “ Clinton",
        // Fewer tokens than a block.
        "a B c",
    ]

    @Test("nextCapitalizedWord finds the first capitalised word from every start", arguments: texts)
    func nextCapitalizedWord(text: String) {
        let tokens = Self.tokens(text)
        for start in 0...tokens.count {
            let plain = tokens[start...].firstIndex { $0.kind == .word && $0.isCapitalized } ?? tokens.count
            #expect(CanonicalNames.nextCapitalizedWord(in: tokens, from: start) == plain, "start \(start)")
        }
    }

    @Test("KeyFilter holds exactly its keys")
    func keyFilter() {
        let keys = ["Kerry", "Lavrov", "Obama", "Kerry"].map(LexicalScanner.key(of:))
        let filter = CanonicalNames.KeyFilter(keys)
        // Repeated keys count once (the scan stops when it has found every different key).
        #expect(filter.count == 3)
        for key in keys { #expect(filter.contains(key)) }
        // Keys sharing a filter bit with a wanted key must still be told apart by the list.
        let others = (0..<200).map { LexicalScanner.key(of: "word\($0)") }
        for key in others where !keys.contains(key) { #expect(!filter.contains(key)) }
    }

    @Test("Entry tags answer as the set they were built from")
    func tags() {
        let tags = PhraseLexicon.Tags(["bare", "inverted"])
        #expect(tags.contains("bare") && tags.contains("inverted"))
        // A prefix and a different case of a tag are other tags.
        #expect(!tags.contains("bar") && !tags.contains("Bare") && !tags.contains("source"))
        // The order tags were written in does not matter to equality.
        #expect(tags == PhraseLexicon.Tags(["inverted", "bare"]))
        #expect(PhraseLexicon.Tags([]).isEmpty)
    }

    @Test("Quotations come out in span order, equal spans in their detected order")
    func documentOrder() {
        func quotation(_ start: Int, _ end: Int, sentence: Int) -> Quotation {
            Quotation(
                kind: .direct, content: TextSpan(start: start, end: end, utf8Start: start, utf8End: end), cue: nil,
                sentence: sentence, paragraph: 0)
        }
        // Out of order, with two equal spans told apart by their sentence numbers.
        let quotations = [
            quotation(30, 40, sentence: 0), quotation(10, 20, sentence: 1), quotation(10, 15, sentence: 2),
            quotation(10, 20, sentence: 3),
        ]
        let ordered = QuoteDetector.inDocumentOrder(quotations)
        #expect(ordered.map(\.sentence) == [2, 1, 3, 0])
        // Already in order: unchanged.
        #expect(QuoteDetector.inDocumentOrder(ordered).map(\.sentence) == [2, 1, 3, 0])
    }
}
