import PropertyBased
import Testing

@testable import Verbatim

/// The scanner hashes words eight bytes at a time while `LexicalScanner.key(of:)`
/// (used for lexicon entries) hashes byte by byte: both must give a word the same key.
@Suite("Lexical scanner keys")
struct LexicalScannerKeyTests {
    static func wordKeys(_ text: String) -> [(String, UInt64)] {
        let bytes = Array(text.utf8)
        var tokens: [LexicalToken] = []
        bytes.withUnsafeBufferPointer { LexicalScanner.scan($0, range: 0..<$0.count, into: &tokens) }
        return tokens.filter(\.isWord).map { token in
            (String(decoding: bytes[token.utf8Range], as: UTF8.self), token.key)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "a said SAID Said", why: "case folding: one key for every capitalisation"),
        Case(text: "acknowledgements internationalisation", why: "words longer than one and two 8-byte words"),
        Case(text: "al-Assad U.S.-led rock'n'roll Kerry’s ’90s", why: "joiners between runs, and the curly apostrophe read as '"),
        Case(text: "Éric déjà-vu naïveté 日本語", why: "non-ASCII letters between ASCII runs"),
        Case(text: "Mr. Sen. R-Fla. U.S.", why: "abbreviations keep a final period that the key drops"),
    ]

    @Test("a scanned word's key is the key of its text", arguments: cases)
    func scannedKeyMatchesKeyOfText(_ example: Case) {
        for (word, key) in Self.wordKeys(example.text) {
            #expect(key == LexicalScanner.key(of: word), "\(word)")
        }
    }

    @Test("different short words get different keys")
    func shortWordsDoNotCollide() {
        let words = ["a", "b", "ab", "ba", "abc", "said", "told", "says", "kerry", "kerrys", "kerry's", "1234567"]
        #expect(Set(words.map { LexicalScanner.key(of: $0) }).count == words.count)
    }

    static let letters = ["a", "B", "z", "7", "é", "’", "'", "-", ".", "&", "xyz", "Q", "0"]
    static let texts = Gen<String?>.element(of: letters).compactMap { $0 }.array(of: 1...30).map { $0.joined() }

    @Test("on random words, scanned keys equal keys of their text")
    func randomWords() async {
        await propertyCheck(count: 1_000, input: Self.texts) { text in
            for (word, key) in Self.wordKeys(text) {
                #expect(key == LexicalScanner.key(of: word), "\(word)")
            }
        }
    }
}
