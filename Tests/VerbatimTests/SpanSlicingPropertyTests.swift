import PropertyBased
import Testing

@testable import Verbatim

/// Pieces of news-like text, chosen to stress quotation marks, apostrophes,
/// multi-byte characters and paragraph breaks.
private let fragments = [
    "“", "”", "\"", "''", "‘", "’", "«", "»", " said ", " Kerry", " he", " told ARA News", ", ", ". ", ": ",
    "\n\n", "\n", " according to ", " that ", "Dayr Az Zawr", " é", "—", " don’t", " ’90s", "🙂", " the official",
    "We will win", " U.S.", " Mr.", "Sen. Smith", "…",
]

/// Every span the stages emit slices the document to exactly the text written out.
@Test func everyEmittedSpanSlicesTheDocument() async {
    await propertyCheck(input: Gen.element(of: fragments).array(of: 1...60)) { pieces in
        let text = pieces.compactMap { $0 }.joined()
        guard let document = try? analyze(text) else {
            Issue.record("analysis failed")
            return
        }
        let scalars = Array(text.unicodeScalars)
        func check(_ span: TextSpan) {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= scalars.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(document.text.string(span) == String(view))
        }
        for quotation in document.quotations {
            check(quotation.content)
            if let cue = quotation.cue { check(cue) }
            if let mention = quotation.speaker?.mention { check(mention) }
        }
    }
}
