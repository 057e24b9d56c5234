import CICU

/// The segmenting stage: `SourceText` in, paragraphs, sentences and word
/// tokens out.
///
/// Paragraphs end at blank lines, and single line breaks inside a paragraph
/// are read as spaces (the Unicode rules would otherwise end a sentence at
/// every line feed). `UnicodeSentenceBoundaries` finds the candidate sentence
/// boundaries of Unicode Standard Annex #29 over the UTF-8 bytes (the same
/// boundaries as ICU's sentence iterator, several times faster);
/// `ListItemRule` adds the breaks between list items, and
/// `SentenceBoundarySieve` undoes or moves the breaks that news text gets
/// wrong. Tokens come from ICU's word break rules, one pass per sentence.
public struct Segmenter: Sendable {
    /// Whether to find word tokens as well as sentences.
    public var tokenize: Bool
    /// Whether sentences made of ASCII and common news punctuation are
    /// tokenised by `ASCIIWordTokenizer` instead of ICU (same tokens, faster);
    /// off only in tests that compare the two.
    var usesASCIIWordTokenizer = true
    /// Whether sentence boundary candidates come from ICU's iterator instead
    /// of `UnicodeSentenceBoundaries` (same rules and boundaries, slower); on
    /// only in tests that compare the two.
    var usesICUSentenceBreaks = false
    private let sentenceIterators: BreakIteratorPool
    private let wordIterators: BreakIteratorPool

    /// - Parameters:
    ///   - locale: ICU locale of the break rules. The default leaves out
    ///     ICU's `ss=standard` abbreviation list on purpose: it suppresses
    ///     breaks whatever follows (`held in Jan. The result` stays one
    ///     sentence), while `AbbreviationRule` decides from the next word.
    ///   - tokenize: whether `segment(_:)` also returns tokens.
    /// - Throws: `ICUError` when ICU cannot open its break rules.
    /// - Complexity: O(1); ICU loads its rules once per process.
    public init(locale: String = "en_US", tokenize: Bool = true) throws {
        self.tokenize = tokenize
        sentenceIterators = try BreakIteratorPool(kind: VB_BREAK_SENTENCE, locale: locale)
        wordIterators = try BreakIteratorPool(kind: VB_BREAK_WORD, locale: locale)
    }

    /// Segments a document.
    /// - Parameter text: the document.
    /// - Returns: its paragraphs, sentences and (when `tokenize` is set) tokens, in document order.
    /// - Throws: `ICUError` when ICU fails on the text.
    /// - Complexity: O(*n*) in the length of the text.
    public func segment(_ text: SourceText) throws -> Segmentation {
        var lineStarts: [Int] = []
        var innerLineEnds: [Range<Int>] = []
        let paragraphRanges = text.bytes.withUnsafeBufferPointer {
            ParagraphSplitter.paragraphs(in: $0, lineStarts: &lineStarts, innerLineEnds: &innerLineEnds)
        }
        // The text with line ends inside paragraphs read as spaces: a copy only when it has some.
        var unwrapped: [UInt8] = []
        if !innerLineEnds.isEmpty {
            unwrapped = text.bytes.withUnsafeBufferPointer { Array($0) }
            ParagraphSplitter.unwrap(innerLineEnds, in: &unwrapped)
        }
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        paragraphs.reserveCapacity(paragraphRanges.count)
        try text.bytes.withUnsafeBufferPointer { original in
            try unwrapped.withUnsafeBufferPointer { copy in
                let buffer = innerLineEnds.isEmpty ? original : copy
                var cursor = ScalarCursor()
                try sentenceIterators.withIterator { icuIterator in
                    let iterator = usesICUSentenceBreaks ? icuIterator : nil
                    var candidates: [SentenceCandidate] = []
                    var boundaries: [Int] = []
                    var nextLine = 0
                    for range in paragraphRanges {
                        let paragraphIndex = paragraphs.count
                        let paragraphStart = cursor.scalarOffset(utf8: range.lowerBound, in: original, text: text)
                        let markers = ListItemRule.markers(
                            in: range, of: buffer, lineStarts: lineStarts, nextLine: &nextLine)
                        try Self.findCandidates(
                            in: range, of: buffer, markers: markers, with: iterator, boundaries: &boundaries,
                            into: &candidates)
                        Self.sentences(of: range, from: candidates, in: buffer) { found in
                            Self.forEachPiece(of: found, in: buffer) { sentence in
                                sentences.append(
                                    Sentence(
                                        index: sentences.count, paragraph: paragraphIndex,
                                        span: cursor.span(utf8: sentence, in: original, text: text)))
                            }
                        }
                        let paragraphEnd = cursor.scalarOffset(utf8: range.upperBound, in: original, text: text)
                        paragraphs.append(
                            Paragraph(
                                index: paragraphIndex,
                                span: TextSpan(
                                    start: paragraphStart, end: paragraphEnd,
                                    utf8Start: range.lowerBound, utf8End: range.upperBound)))
                    }
                }
                if tokenize {
                    tokens = try self.tokens(of: sentences, in: buffer, original: original, text: text)
                }
            }
        }
        return Segmentation(paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }

    /// The Unicode sentence boundaries of `text` (byte offsets after its start, its end
    /// included), before any news rule: from ICU when `usesICUSentenceBreaks` is set, else
    /// from `UnicodeSentenceBoundaries`. Lets tests compare the two.
    /// - Throws: `ICUError` when ICU fails on the text.
    /// - Complexity: O(*n*) in the length of the text.
    func unicodeSentenceBoundaries(of text: String) throws -> [Int] {
        var boundaries: [Int] = []
        var text = text
        try text.withUTF8 { bytes in
            if usesICUSentenceBreaks {
                try sentenceIterators.withIterator { iterator in
                    try iterator.forEachBoundary(in: bytes, wantsStatus: false) { boundary, _ in
                        boundaries.append(boundary)
                    }
                }
            } else {
                UnicodeSentenceBoundaries.boundaries(in: bytes, into: &boundaries)
            }
        }
        return boundaries
    }

    /// A candidate sentence boundary: a Unicode one, or a list item's start, which no rule may undo.
    struct SentenceCandidate {
        var offset: Int
        var isForced: Bool
    }

    /// The Unicode sentence boundaries in `paragraph` (from ICU's iterator when
    /// `iterator` is given), merged with the list item starts of `ListItemRule`
    /// (whose markers no boundary may follow).
    private static func findCandidates(
        in paragraph: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, markers: [ListMarker],
        with iterator: BreakIterator?, boundaries: inout [Int], into candidates: inout [SentenceCandidate]
    ) throws {
        candidates.removeAll(keepingCapacity: true)
        boundaries.removeAll(keepingCapacity: true)
        let text = UnsafeBufferPointer(rebasing: buffer[paragraph])
        if let iterator {
            try iterator.forEachBoundary(in: text, wantsStatus: false) { boundary, _ in boundaries.append(boundary) }
        } else {
            UnicodeSentenceBoundaries.boundaries(in: text, into: &boundaries)
        }
        var markerIndex = 0
        nextBoundary: for boundary in boundaries {
            let offset = paragraph.lowerBound + boundary
            guard !markers.isEmpty else {
                candidates.append(SentenceCandidate(offset: offset, isForced: false))
                continue
            }
            // Markers that start before this boundary come first; a boundary
            // inside a marker or right after it (before the item's text) is dropped.
            while markerIndex < markers.count, markers[markerIndex].start < offset {
                let marker = markers[markerIndex]
                if marker.start > paragraph.lowerBound {
                    candidates.append(SentenceCandidate(offset: marker.start, isForced: true))
                }
                var itemText = marker.end
                while itemText < paragraph.upperBound, Whitespace.spaceLength(buffer, at: itemText) != 0 {
                    itemText += Whitespace.spaceLength(buffer, at: itemText)
                }
                if offset <= itemText {
                    markerIndex += 1
                    continue nextBoundary
                }
                markerIndex += 1
            }
            if markerIndex < markers.count, markers[markerIndex].start == offset, offset > paragraph.lowerBound {
                // The boundary rules and the list agree; keep one forced boundary.
                continue
            }
            candidates.append(SentenceCandidate(offset: offset, isForced: false))
        }
    }

    /// Most bytes of a sentence: a longer run without a sentence end (a table, a data dump, text
    /// without punctuation) is cut into pieces. News sentences stay far below it (the longest in
    /// PolNeAR train has 1,094 code points, in the generated corpora 773), while a reported
    /// clause runs to its sentence's end, so one unbounded sentence gave output that grew with
    /// the square of its length (a 2 MB sentence gave 20 GB of records).
    static let maximumSentenceBytes = 16_384
    /// How far back from `maximumSentenceBytes` a cut looks for a space: far enough for any word,
    /// near enough that each piece is long and the cutting stays linear in the text.
    static let sentenceCutSearchBytes = 1_024

    /// Calls `body` with `sentence` (trimmed), or, when it is longer than `maximumSentenceBytes`,
    /// with trimmed pieces of it no longer than that, cut at a space where there is one near the
    /// limit and at a code point boundary otherwise.
    /// - Complexity: O(*n*) in the length of the sentence.
    static func forEachPiece(
        of sentence: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
    ) {
        var start = sentence.lowerBound
        while sentence.upperBound - start > maximumSentenceBytes {
            let limit = start + maximumSentenceBytes
            var cut = limit
            while cut > limit - sentenceCutSearchBytes, Whitespace.spaceLength(buffer, at: cut) == 0 { cut -= 1 }
            if cut == limit - sentenceCutSearchBytes {
                // No space near the limit: cut before the code point that holds the limit.
                cut = limit
                while buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            let piece = Whitespace.trim(start..<cut, in: buffer)
            if !piece.isEmpty { body(piece) }
            start = Whitespace.trim(cut..<sentence.upperBound, in: buffer).lowerBound
        }
        if start < sentence.upperBound { body(start..<sentence.upperBound) }
    }

    /// Runs the sieve over the candidates of `paragraph` and reports each
    /// sentence's trimmed byte range.
    private static func sentences(
        of paragraph: Range<Int>, from candidates: [SentenceCandidate], in buffer: UnsafeBufferPointer<UInt8>,
        _ emit: (Range<Int>) -> Void
    ) {
        var sentenceStart = paragraph.lowerBound
        func close(at end: Int) {
            let trimmed = Whitespace.trim(sentenceStart..<end, in: buffer)
            if !trimmed.isEmpty { emit(trimmed) }
            sentenceStart = end
        }
        for candidate in candidates where candidate.offset < paragraph.upperBound {
            guard candidate.offset > sentenceStart else { continue }
            if candidate.isForced {
                close(at: candidate.offset)
                continue
            }
            let context = BoundaryContext(
                bytes: buffer, sentence: sentenceStart..<candidate.offset, limit: paragraph.upperBound)
            switch SentenceBoundarySieve.verdict(context) {
            case .join: continue
            case .split: close(at: candidate.offset)
            case .splitAt(let offset): close(at: offset)
            }
        }
        close(at: paragraph.upperBound)
    }

    /// Word tokens of each sentence, from ICU's word break rules.
    private func tokens(
        of sentences: [Sentence], in buffer: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>,
        text: SourceText
    ) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(buffer.count / Self.bytesPerTokenEstimate)
        var cursor = ScalarCursor()
        try wordIterators.withIterator { wordIterator in
            for sentence in sentences {
                let range = sentence.span.utf8Range
                if usesASCIIWordTokenizer {
                    let firstToken = tokens.count
                    let covered = ASCIIWordTokenizer.tokenize(range, in: buffer) { token, kind in
                        tokens.append(
                            Token(
                                span: cursor.span(utf8: token, in: original, text: text), kind: kind,
                                sentence: sentence.index))
                    }
                    if covered { continue }
                    tokens.removeSubrange(firstToken...)
                }
                var start = range.lowerBound
                try wordIterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: buffer[range])) {
                    boundary, status in
                    let end = range.lowerBound + boundary
                    defer { start = end }
                    guard let kind = Self.tokenKind(status: status, bytes: buffer, range: start..<end) else {
                        return
                    }
                    tokens.append(
                        Token(
                            span: cursor.span(utf8: start..<end, in: original, text: text), kind: kind,
                            sentence: sentence.index))
                }
            }
        }
        return tokens
    }

    /// Average bytes per token in English news (about 4.7 letters per word
    /// plus a space, and a punctuation token every few words), to size the
    /// token array once.
    private static let bytesPerTokenEstimate = 5

    /// The kind of the word-break segment `range`, or nil for spaces.
    private static func tokenKind(status: Int32, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> TokenKind? {
        switch UInt32(status) {
        case VB_WORD_LETTER.rawValue: return .word
        case VB_WORD_NUMBER.rawValue: return .number
        case VB_WORD_KANA.rawValue, VB_WORD_IDEO.rawValue: return .other
        default:
            if Whitespace.trim(range, in: bytes).isEmpty { return nil }
            let first = bytes[range.lowerBound]
            // Multi-byte segments with no letter status are emoji and symbols.
            return first < 0x80 ? .punctuation : (isPunctuationScalar(bytes, at: range.lowerBound) ? .punctuation : .other)
        }
    }

    /// True for the general punctuation block (U+2000–U+206F: dashes, curly
    /// quotes, ellipsis) and Latin-1 punctuation (« » ¡ ¿), the non-ASCII
    /// punctuation common in news text.
    private static func isPunctuationScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead == 0xE2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x81 { return true }
        if lead == 0xC2, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return next == 0xAB || next == 0xBB || next == 0xA1 || next == 0xBF
        }
        return false
    }
}
