import Testing

@testable import Verbatim

/// `SplitQuoteMerging` joins a region into the one before it by unlinking it from a list
/// (not by removing it from the array); these cases check chains, where the grown region
/// joins the next one again. Expected contents are marked `[[…]]`, speaker mentions `{…}`.
struct SplitQuoteChainCase: Sendable, CustomTestStringConvertible {
    var why: String
    var marked: String
    var testDescription: String { why }
}

let splitQuoteChainCases: [SplitQuoteChainCase] = [
    // Each next quotation continues the first: the cued region absorbs them one after another.
    .init(
        why: "a cued quotation and three uncued ones side by side make one",
        marked: "{Kerry} said: “[[We will win.” “We will hold.” “We will stay.” “We will rest.]]”"),
    // Two chains in two paragraphs: joining stops at the paragraph's end, and the second chain
    // starts from the region after the ones unlinked.
    .init(
        why: "two chains, one per paragraph, stay two quotations",
        marked: "{Kerry} said: “[[We will win.” “We will hold.]]”\n\n{Lavrov} said: “[[We will see.” “We will wait.]]”"),
    // A split quote joins its second part, which is then no longer a quotation of its own.
    .init(
        why: "split quote then a new cued quotation",
        marked: "“[[We will win,” {Kerry} said, “and we will hold.]]” {Lavrov} said: “[[We will see.]]”"),
]

@Test(arguments: splitQuoteChainCases)
func splitQuoteChain(_ testCase: SplitQuoteChainCase) throws {
    let marked = MarkedText(testCase.marked)
    let document = try analyze(marked.text)
    #expect(document.quotations.map { $0.content.start..<$0.content.end } == marked.contents, "contents")
    var mentions: [Range<Int>] = []
    for quotation in document.quotations {
        if let mention = quotation.speaker?.mention, !mentions.contains(mention.start..<mention.end) {
            mentions.append(mention.start..<mention.end)
        }
    }
    #expect(mentions == marked.mentions, "mentions")
}
