import Foundation
import Testing

@testable import Verbatim

/// Per-target stance: cue objects, clause words, attribution cues, and the seed article's Kerry quotes.
struct TargetStanceTests {
    struct Case: CustomTestStringConvertible {
        let text: String
        let target: String
        let label: StanceLabel?
        let why: String
        var testDescription: String { "\(target) in \(text)" }
    }

    /// `label == nil`: the target must not come out as `support` (the case guards against a wrong sign).
    static let cases: [Case] = [
        Case(text: "The envoy accuses Russia of violating the truce.", target: "Russia", label: .oppose,
             why: "an opposing cue's object is opposed, whatever else the clause says"),
        Case(text: "We welcome Iran to the talks.", target: "Iran", label: .support,
             why: "a supporting cue's object is supported"),
        Case(text: "We strongly condemn Hamas and its allies.", target: "Hamas", label: .oppose,
             why: "a booster between subject and cue does not hide the cue"),
        Case(text: "Russia is a wonderful partner, but Assad is a murderer.", target: "Russia", label: .support,
             why: "each target takes its own segment: the clause after 'but' belongs to Assad"),
        Case(text: "Russia is a wonderful partner, but Assad is a murderer.", target: "Assad", label: .oppose,
             why: "the other side of the same contrast"),
        Case(text: "Secretary of State John Kerry openly criticized Russia for supporting al-Assad who continues to block the humanitarian aid",
             target: "al-Assad", label: .oppose,
             why: "'for supporting' is Russia's deed, not the speaker's stance; blocking aid is bad"),
        Case(text: "Secretary of State John Kerry openly criticized Russia for supporting al-Assad.", target: "Russia", label: .oppose,
             why: "the criticism's object"),
        Case(text: "So Russia’s client, Russia’s supported friend is the single biggest blockade.", target: "Russia", label: .oppose,
             why: "words right after a possessive describe what the target owns, not the target"),
        Case(text: "The minister did not condemn Israel.", target: "Israel", label: .neutral,
             why: "a negated opposing cue neither opposes nor supports its object"),
        Case(text: "The senator would not back Israel.", target: "Israel", label: .oppose,
             why: "withholding support opposes"),
        Case(text: "Mr. Obama deserves credit for the recovery.", target: "Obama", label: .support,
             why: "a title's abbreviation neither names a target nor ends the sentence"),
        Case(text: "The Iranian regime is a threat to peace.", target: "Iran", label: .oppose,
             why: "a negative word aimed at a positive one with 'to' reads as negative (threat to peace)"),
        Case(text: "Republicans are blocking the bill that would help millions.", target: "Republican Party", label: .oppose,
             why: "blocking what helps is opposed, not neutral (`Republicans` is the party, `groups.tsv`)"),
        Case(text: "We will never negotiate with the Taliban.", target: "Taliban", label: .oppose,
             why: "a negated engagement cue withholds support"),
        Case(text: "Putin's Russia has been a destabilizing force, and NATO must respond.", target: "NATO", label: .neutral,
             why: "', and' starts a clause with its own subject"),
        Case(text: "The Memorandum of Understanding was signed.", target: "Memorandum of Understanding", label: .neutral,
             why: "'of' joins capitalised words into one name"),
    ]

    @Test(arguments: cases)
    func targetLabel(_ example: Case) throws {
        let stance = StanceTestSupport.stance(example.text)
        let target = try #require(stance.targets.first { $0.name == example.target }, "\(example.why): \(stance.targets.map(\.name))")
        if let label = example.label {
            #expect(target.label == label, "\(example.why): \(target.score)")
        } else {
            #expect(target.label != .support, "\(example.why): \(target.score)")
        }
    }

    @Test func shoutingAndContractionsAreNotNames() {
        // `TERRIBLE` is an evaluative word in capitals and `Don’t` a negated verb, not names.
        #expect(StanceTestSupport.stance("Don’t trust them, it is TERRIBLE").targets.isEmpty)
        #expect(StanceTestSupport.stance("ISIS is TERRIBLE").targets.map(\.name) == ["ISIS"])
    }

    @Test func titleIsNotPartOfTheName() {
        let names = StanceTestSupport.stance("Secretary of State John Kerry said the talks were good.").targets.map(\.name)
        #expect(names == ["John Kerry"])
    }

    @Test func userTargetsGroupAliases() throws {
        let targets = TargetCatalogue(targets: [.init(name: "Russia", aliases: ["Moscow", "Kremlin", "Russian"])])
        let stance = StanceTestSupport.stance("Moscow lied again. The Kremlin is a disgrace.", targets: targets)
        let russia = try #require(stance.targets.first)
        #expect(stance.targets.count == 1 && russia.name == "Russia" && russia.mentions.count == 2 && russia.label == .oppose)
    }

    struct Reference: CustomTestStringConvertible {
        let text: String
        let expected: [String]
        let why: String
        var testDescription: String { text }
    }

    static let references: [Reference] = [
        Reference(text: "The Syrian regime fired. The Assad regime denied it. The regime lies.", expected: ["regime=Assad"],
                  why: "a demonym names the country, not who governs"),
        Reference(text: "The Obama administration said no. Critics of the administration spoke.", expected: ["administration=Obama"],
                  why: "the noun qualified by a name elsewhere in the document"),
        Reference(text: "The government met. The regime fell.", expected: [],
                  why: "nothing names them: no alias"),
        Reference(text: "“Assad’s regime” lied. The regime’s army, the Assad regime's, fired.", expected: ["regime=Assad"],
                  why: "curly quotes and possessives around the noun and the name are cut off (the lexical scan finds `regime’s` by its key with the possessive)"),
        Reference(text: "The Assad/regime split. The Assad-regime. Assad\u{A0}regime.", expected: [],
                  why: "a noun joined to the name by a slash, a hyphen or a no-break space is no separate word"),
        Reference(text: "No government would agree. The federal government must act, said the Federal government.", expected: [],
                  why: "a name stopword (`No`) or a common word (`Federal`) before the noun names no one"),
    ]

    @Test(arguments: references)
    func governmentReference(_ example: Reference) throws {
        let nouns = StanceTestSupport.lexicon.governmentNounTable
        let text = SourceText(example.text)
        let found = GovernmentReference.aliases(in: text, nouns: nouns, lexicon: StanceTestSupport.lexicon)
            .map { "\($0.alias)=\($0.name)" }
        #expect(found.sorted() == example.expected, "\(example.why)")
        // The search among the quote stage's lexical tokens finds the same.
        let document = Document(id: "d", text: example.text, origin: Origin(path: "t.txt"))
        let analyzed = AnalyzedDocument(document: document, text: text, segmentation: try Segmenter(tokenize: false).segment(text))
        let lexical = GovernmentReference.aliases(
            in: text, lexical: LexicalDocument(analyzed), nouns: nouns, lexicon: StanceTestSupport.lexicon)
        #expect(lexical.map { "\($0.alias)=\($0.name)" }.sorted() == example.expected, "lexical tokens: \(example.why)")
    }

    @Test func vaderModeHasNoTargets() {
        #expect(StanceTestSupport.stance("We welcome Iran to the talks.", .vader).targets.isEmpty)
    }

    // MARK: quotations

    /// A document with the quotations whose content and cue are the given substrings.
    static func document(_ text: String, quotes: [(content: String, cue: String?, speaker: String)]) throws -> (AnalyzedDocument, [Quotation]) {
        let source = SourceText(text)
        func span(_ needle: String) throws -> TextSpan {
            let range = try #require(text.range(of: needle), "\(needle) not in text")
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return source.span(utf8: start..<(start + needle.utf8.count))
        }
        let quotations = try quotes.map { quote in
            Quotation(
                kind: .direct, content: try span(quote.content),
                speaker: Speaker(name: quote.speaker, mention: nil, kind: .person, rule: "test", confidence: 1),
                cue: try quote.cue.map { try span($0) }, sentence: 0, paragraph: 0)
        }
        let document = AnalyzedDocument(
            document: Document(id: "test", text: text, origin: Origin(path: "test")), text: source,
            segmentation: Segmentation(paragraphs: [], sentences: [], tokens: []))
        return (document, quotations)
    }

    @Test func attributionCueCarriesStanceTowardItsObject() throws {
        let (document, quotations) = try Self.document(
            "Obama blasted Republicans on Tuesday, saying the bill was a disgrace.",
            quotes: [("the bill was a disgrace", "blasted", "Barack Obama")])
        let scorer = StanceScorer(scorer: StanceTestSupport.scorer())
        let stance = try #require(scorer.score(quotations, in: document).first?.stance)
        // `Republicans` names the party (`groups.tsv`).
        let republicans = try #require(stance.targets.first { $0.name == "Republican Party" })
        #expect(republicans.label == .oppose)
        #expect(republicans.mentions.map(\.start) == [14])
    }

    @Test func speakerIsNotTheirOwnTargetInReportedWords() throws {
        // Indirect: the reporter's `Kerry said,` inside the content does not make Kerry his own target.
        var (document, quotations) = try Self.document(
            "Iran, Kerry said, is wrong.", quotes: [("Iran, Kerry said, is wrong.", "said", "John Kerry")])
        quotations[0].kind = .indirect
        let stance = try #require(StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document).first?.stance)
        #expect(stance.targets.map(\.name) == ["Iran"])
        // Direct: the quoted words are the speaker's own, so a name there is someone spoken of, even
        // the speaker (third person, or a misattributed speaker): `Kerry is brave` supports him.
        (document, quotations) = try Self.document(
            "“Kerry is brave, and Iran is wrong,” said John Kerry.", quotes: [("Kerry is brave, and Iran is wrong,", "said", "John Kerry")])
        let direct = try #require(StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document).first?.stance)
        #expect(direct.targets.map(\.name) == ["John Kerry", "Iran"])
        #expect(direct.targets.first?.label == .support)
    }

    /// A full name met in one quotation names the lone last word in the document's later ones;
    /// a last word two names share (`Bill Clinton`, `Hillary Clinton`) names neither.
    @Test func fullNamesCarryAcrossTheDocumentsQuotations() throws {
        let text = "“Bashar al-Assad must go,” Kerry said. “Assad is blocking aid,” Kerry said. "
            + "“Bill Clinton spoke, then Hillary Clinton,” she said. “Clinton is wrong,” he said."
        let (document, quotations) = try Self.document(
            text,
            quotes: [
                ("Bashar al-Assad must go,", "said", "John Kerry"), ("Assad is blocking aid,", "said", "John Kerry"),
                ("Bill Clinton spoke, then Hillary Clinton,", "said", "she"), ("Clinton is wrong,", "said", "he"),
            ])
        let scored = StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document)
        #expect(scored[1].stance?.targets.map(\.name) == ["Bashar al-Assad"])
        #expect(scored[3].stance?.targets.map(\.name) == ["Clinton"])
    }

    /// A worker's scorer serves document after document from a pool of workspaces: nothing one
    /// document taught it (here the full name `Bashar al-Assad`) may name a word in the next, or
    /// the output would depend on which worker took which document (`-j 1` against `-j 2`).
    @Test func documentNamesDoNotCarryIntoTheNextDocument() throws {
        let (first, firstQuotations) = try Self.document(
            "“Bashar al-Assad must go,” Kerry said.", quotes: [("Bashar al-Assad must go,", "said", "John Kerry")])
        let (second, secondQuotations) = try Self.document(
            "“Assad is blocking aid,” Kerry said.", quotes: [("Assad is blocking aid,", "said", "John Kerry")])
        let alone = StanceScorer(scorer: StanceTestSupport.scorer()).score(secondQuotations, in: second)
        let shared = StanceScorer(scorer: StanceTestSupport.scorer())
        _ = shared.score(firstQuotations, in: first)
        let afterAnother = shared.score(secondQuotations, in: second)
        #expect(alone.first?.stance?.targets.map(\.name) == ["Assad"])
        #expect(afterAnother.first?.stance == alone.first?.stance)
    }

    /// A speaker's capitalised name matches capitalised words only: a name that is also an
    /// English word (`Bush`) names no one in its lowercase uses.
    @Test func speakerNamesKeepTheirCase() throws {
        let text = "“Bush is right,” Bush said. “The bush burned, and Bush agreed,” Kerry said."
        let (document, quotations) = try Self.document(
            text, quotes: [("Bush is right,", "said", "Bush"), ("The bush burned, and Bush agreed,", "said", "John Kerry")])
        let scored = StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document)
        let target = try #require(scored[1].stance?.targets.first { $0.name == "Bush" })
        let capitalised = try #require(text.range(of: "Bush agreed"))
        #expect(target.mentions.map(\.start) == [text.distance(from: text.startIndex, to: capitalised.lowerBound)])
    }

    @Test func pronounSpeakersAreNoTargets() throws {
        // An unresolved pronoun as a speaker name must not make every `it` and `he` a target;
        // a real name still does.
        let text = "“It is bad, and he knows it, as Obama said,” It said. “Obama is wrong,” he said. Obama agreed."
        let (document, quotations) = try Self.document(
            text, quotes: [("It is bad, and he knows it, as Obama said,", "said", "It"), ("Obama is wrong,", "said", "he")])
        let scored = StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document)
        #expect(scored[0].stance?.targets.map(\.name) == ["Obama"])
        #expect(scored[1].stance?.targets.map(\.name) == ["Obama"])
    }

    /// Speaker names that are phrases rather than names (an attribution error) name no target, so
    /// the document's words are read on their own; real names, with connectors, still do.
    struct SpeakerName: CustomTestStringConvertible {
        let name: String
        let namesTarget: Bool
        let why: String
        var testDescription: String { name }
    }

    static let speakerNames: [SpeakerName] = [
        SpeakerName(name: "John Kerry", namesTarget: true, why: "a plain name"),
        SpeakerName(name: "Department of Justice", namesTarget: true, why: "`of` is a connector (`name-connectors.txt`)"),
        SpeakerName(name: "Bashar al-Assad", namesTarget: true, why: "a hyphenated particle is a connector"),
        SpeakerName(name: "Donald Trump’s tweet", namesTarget: false, why: "a lowercase word that is no connector: a phrase, not a name"),
        SpeakerName(name: "Everyone I interviewed", namesTarget: false, why: "a lowercase verb inside the name"),
        SpeakerName(name: "Trump campaign", namesTarget: false, why: "a lowercase organisation word too: as an alias `Trump campaign` would cut `Donald Trump` in two (PolNeAR dev)"),
        SpeakerName(name: "Donald Trump’s campaign", namesTarget: false, why: "a possessive inside: the name is the owner's, the phrase is not a name"),
        SpeakerName(name: "Scott's", namesTarget: false, why: "a possessive ends no name: the text's `Scott` is found on its own"),
        SpeakerName(name: "It", namesTarget: false, why: "a pronoun (name stopword) first"),
        SpeakerName(name: "Companies", namesTarget: false, why: "a lone common word (`common-words.txt`) would name every use of the word"),
        SpeakerName(name: "Kerry", namesTarget: true, why: "guard: a lone name that is no common word still names a target"),
    ]

    @Test(arguments: speakerNames)
    func speakerNameCanNameATarget(_ example: SpeakerName) {
        #expect(StanceTestSupport.scorer().canNameTarget(example.name) == example.namesTarget, "\(example.why)")
    }

    /// The seed article's four quotations by John Kerry, as the attribution stage delivers them.
    static let kerryQuotes: [(content: String, cue: String?, speaker: String)] = [
        ("Russia for supporting al-Assad who continues to block the humanitarian aid, “The regime, once again, is blocking it",
         "criticized", "John Kerry"),
        ("The regime, once again, is blocking it. So Russia’s client, Russia’s supported friend is the single biggest blockade to the ability to move forward here,",
         nil, "John Kerry"),
        ("The regime, once again, is blocking it. The biggest judgment they need to make is to stop Assad from bombing people indiscriminately, which he continues to do,",
         nil, "John Kerry"),
        ("So let me just say this clearly: Russia signed up to a cessation of hostilities. Assad said he would live by it. Then he needs to stop and let the joint implementation get set up so Russia and the United States can coordinate\u{00A0}in order to avoid the kind of terrible thing that happened yesterday that we all acknowledge and regret,",
         nil, "John Kerry"),
    ]

    static func seedText() throws -> String {
        try String(contentsOf: StanceTestSupport.packageRoot.appendingPathComponent("corpus/us-strike-deir-ez-zor.txt"), encoding: .utf8)
    }

    /// Sum of a speaker's per-quotation target scores: the stance toward a target over the document.
    static func documentStance(_ quotations: [Quotation], toward name: String) -> Double {
        quotations.compactMap { $0.stance?.targets.first { $0.name == name }?.score }.reduce(0, +)
    }

    @Test func kerryOpposesRussiaAndAssadWithoutATargetsFile() throws {
        let (document, quotations) = try Self.document(try Self.seedText(), quotes: Self.kerryQuotes)
        let scored = StanceScorer(scorer: StanceTestSupport.scorer()).score(quotations, in: document)
        // Russia is the object of `criticized` in the first quotation and named (possessive) in the
        // second; Assad is the object of `stop` in the third.
        #expect(scored[0].stance?.targets.first { $0.name == "Russia" }?.label == .oppose)
        #expect(scored[1].stance?.targets.first { $0.name == "Russia" }?.label == .oppose)
        // The article says `the Assad regime`, so Kerry's `The regime … is blocking it` is about Assad.
        #expect(scored[1].stance?.targets.first { $0.name == "Assad" }?.label == .oppose)
        #expect(scored[2].stance?.targets.first { $0.name == "Assad" }?.label == .oppose)
        // Kerry speaks for the United States: coordinating with Russia to avoid another such strike
        // is no reproach of it (the result clause after `so` has its own subject).
        #expect(scored[3].stance?.targets.first { $0.name == "United States" }?.label != .oppose)
        #expect(Self.documentStance(scored, toward: "Russia") < 0)
        #expect(Self.documentStance(scored, toward: "Assad") < 0)
    }

    @Test func theRegimeCountsAsAssadWithTheSeedTargets() throws {
        let targetsFile = StanceTestSupport.packageRoot.appendingPathComponent("corpus/us-strike-deir-ez-zor.targets.tsv").path
        let targets = try TargetCatalogue(contentsOf: targetsFile)
        let (document, quotations) = try Self.document(try Self.seedText(), quotes: Self.kerryQuotes)
        let scored = StanceScorer(scorer: StanceTestSupport.scorer(targets: targets)).score(quotations, in: document)
        // `The regime … is blocking it` opposes Assad in the second quotation too.
        #expect(scored[1].stance?.targets.first { $0.name == "Bashar al-Assad" }?.label == .oppose)
        // Per quotation for Assad; for Russia over the document only: `Russia signed up to a
        // cessation of hostilities` is, word for word, to Russia's credit (Kerry's reproach is implied).
        for quotation in scored {
            for target in quotation.stance?.targets ?? [] where target.name == "Bashar al-Assad" {
                #expect(target.label != .support, "\(target.name) in \(document.text.string(quotation.content).prefix(40))")
            }
        }
        #expect(Self.documentStance(scored, toward: "Russia") < 0)
        #expect(Self.documentStance(scored, toward: "Bashar al-Assad") < 0)
    }
}

/// Words inside proper names carry no valence: `United` in `United States` is a name, not praise.
struct NameWordValenceTests {
    struct Case: CustomTestStringConvertible {
        let text: String
        let word: String
        /// Whether `word` may appear in the evidence (with a valence).
        let isEvidence: Bool
        let why: String
        var testDescription: String { "\(word) in \(text)" }
    }

    static let cases: [Case] = [
        Case(text: "Russia and the United States can coordinate.", word: "United", isEvidence: false,
             why: "a capitalised word inside a multi-word name is part of the name"),
        Case(text: "Fighters of the Free Syrian Army moved north.", word: "Free", isEvidence: false,
             why: "the first word of a three-word name, mid-sentence"),
        Case(text: "A report by Human Rights Watch was published.", word: "Rights", isEvidence: false,
             why: "every capitalised word of the name, not only the first"),
        Case(text: "The Justice Department opened an inquiry.", word: "Justice", isEvidence: false,
             why: "a capitalised title word before a name belongs to the name (`justice` is also a title)"),
        Case(text: "Officials said Justice Kennedy would retire.", word: "Justice", isEvidence: false,
             why: "a title before a person's name is no praise either"),
        Case(text: "He said the justice system failed.", word: "justice", isEvidence: true,
             why: "the same word in lowercase is an ordinary word and keeps its valence"),
        Case(text: "Great, the talks resumed.", word: "Great", isEvidence: true,
             why: "a capitalised word alone at the start of a sentence is no name"),
        Case(text: "Happy Birthday to the team.", word: "Happy", isEvidence: true,
             why: "a run that opens the sentence keeps its first word: its capital is the sentence's"),
        Case(text: "The talks were GREAT news.", word: "GREAT", isEvidence: true,
             why: "a word in capitals is emphasis, not a name"),
    ]

    @Test(arguments: cases)
    func nameWordValence(_ example: Case) {
        let stance = StanceTestSupport.stance(example.text)
        let scalars = Array(example.text.unicodeScalars)
        let words = stance.evidence.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) }
        #expect(words.contains(example.word) == example.isEvidence, "\(example.why): \(words)")
    }

    /// The name's valence leaves the overall score too, not only the evidence list.
    @Test func nameWordsDoNotMoveTheScore() {
        #expect(StanceTestSupport.stance("Russia and the United States can coordinate.").label == .neutral)
    }
}
