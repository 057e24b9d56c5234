import Testing

@testable import Verbatim

/// One case per pattern of issue 3: the expected quotation contents are
/// marked `[[…]]` and the expected speaker mentions `{…}`, in order.
struct QuotationCase: Sendable, CustomTestStringConvertible {
    var why: String
    var marked: String
    var kinds: [QuotationKind]
    var testDescription: String { why }
}

let quotationCases: [QuotationCase] = [
    // The commonest news pattern: curly quotes, then the cue and a name.
    .init(why: "curly quotes with trailing cue", marked: "“[[We will win,]]” {Kerry} said.", kinds: [.direct]),
    // Straight quotes and an inverted cue (`said Kerry`).
    .init(why: "straight quotes, inverted cue", marked: "\"[[We will win,]]\" said {Kerry}.", kinds: [.direct]),
    // A lead-in with a colon puts the speaker before the quotation.
    .init(why: "colon lead-in", marked: "{Kerry} said: “[[We will win.]]”", kinds: [.direct]),
    // A bare name and colon, as in transcripts.
    .init(why: "name and colon, no verb", marked: "{Kerry}: “[[We will win.]]”", kinds: [.direct]),
    // A common noun before the colon is what was said (`a snappy retort:`); the sentence's subject said it.
    .init(
        why: "colon lead-in after a common noun",
        marked: "{Sanders} delivered a snappy retort: “[[No one is tearing this up.]]”", kinds: [.direct]),
    // A dash signature after a pull quote.
    .init(why: "dash signature", marked: "“[[We will win.]]” — {Sen. Smith}", kinds: [.direct]),
    // The horizontal bar (U+2015) signs quotations in some listicles.
    .init(why: "horizontal bar signature", marked: "“[[We will win.]]” ― {Oscar P. Quintero}", kinds: [.direct]),
    // Guillemets are quotation marks in wire copy from Europe.
    .init(why: "guillemets", marked: "«[[We will win,]]» {Kerry} said.", kinds: [.direct]),
    // NYT writes ``…'' as two apostrophes on both sides.
    .init(why: "double apostrophes", marked: "''[[We will win,]]'' {Mr. Kerry} said.", kinds: [.direct]),
    // Apostrophes (don't, Kerry’s, ’90s, rock ’n’ roll) are not quotation marks.
    .init(
        why: "apostrophes are not quotes",
        marked: "“[[Kerry’s plan won’t work in the ’90s style of rock ’n’ roll,]]” {she} said.", kinds: [.direct]),
    // Single quotes inside double quotes stay inside the content.
    .init(
        why: "inner single quotes", marked: "“[[They called it ‘a deal’ and left,]]” {Kerry} said.", kinds: [.direct]),
    // A split quotation is one record from X through Y.
    .init(
        why: "split quote is one record", marked: "“[[We will win,” {Kerry} said, “and they will lose.]]”",
        kinds: [.direct]),
    // A second cue between the parts (`adding`) introduces the second part as a report of its own.
    .init(
        why: "split quote with a second cue is two records",
        marked: "“[[We will win,]]” {Kerry} said, adding later, “[[They will lose.]]”", kinds: [.direct, .direct]),
    // After a full stop, a cue clause ending in a comma opens a new sentence leading into the next quotation: two reports.
    .init(
        why: "cue after a full stop leads into the next quotation",
        marked: "{She} says [[Trump represents the “same rigged system he claims to fight.”]] {She} adds, “[[What kind of genius loses a billion dollars?]]”",
        kinds: [.mixed, .direct]),
    // A paragraph ending inside a quotation continues into the next one that opens with a mark.
    .init(
        why: "multi-paragraph quote", marked: "{Kerry} said: “[[We will win.\n\n“They will lose.]]”", kinds: [.direct]),
    // A reported clause with a quoted fragment is one mixed record whose content is the clause.
    .init(
        why: "mixed quote",
        marked: "{The Russian government} said [[the U.S. was “on the boundary of negligence.”]]", kinds: [.mixed]),
    // Indirect speech with that.
    .init(why: "indirect with that", marked: "{Kerry} said [[that the regime was blocking aid]].", kinds: [.indirect]),
    // According to names the source after the cue.
    .init(
        why: "according to", marked: "According to {the Pentagon}, [[the strike hit Syrian troops]].",
        kinds: [.indirect]),
    // The hearer between cue and clause is not the speaker.
    .init(
        why: "told the hearer that", marked: "{Mardoud} told ARA News [[that the strike was a mistake]].",
        kinds: [.indirect]),
    // An appositive between the name and the cue.
    .init(
        why: "appositive", marked: "“[[It was a mistake,]]” {Muhammad Mardoud}, a media activist, told ARA News.",
        kinds: [.direct]),
    // A pronoun is the mention.
    .init(why: "pronoun mention", marked: "“[[We will win,]]” {he} said.", kinds: [.direct]),
    // A quotation with no cue inherits the speaker of the quotation before it in its paragraph; after a
    // quotation that has no cue either it stays a record of its own (only cued quotations are continued, see the
    // next case). The first quotation takes the lead-in of the paragraph before.
    .init(
        why: "same-paragraph inheritance",
        marked: "{Kerry} said:\n\n“[[We will win.]]” Then he left. “[[They will lose.]]”",
        kinds: [.direct, .direct]),
    // A sentence-opening quotation with no cue continues the cued quotation before it in its paragraph, even
    // across a sentence of narration: one record, as PolNeAR annotates it (two records cost a false positive).
    .init(
        why: "uncued continuation joins the cued quotation",
        marked: "“[[We will win,” {Kerry} said at a rally. Then he left. “They will lose.]]”", kinds: [.direct]),
    // A paragraph that opens with an uncued quotation continues the cued quotation ending the paragraph before.
    .init(
        why: "uncued continuation in the next paragraph",
        marked: "“[[We will win,” {Kerry} said at a rally.\n\n“They will lose.]]”", kinds: [.direct]),
    // Quoted fragments strung through one sentence are one record from the first through the last.
    .init(
        why: "fragments of one sentence are one record",
        marked: "{Trump} tells his supporters to “[[go to your place and vote” and then “go pick some other place.]]”",
        kinds: [.direct]),
    // Only a quotation that opens its sentence continues: one inside a sentence has that sentence's subject.
    .init(
        why: "uncued quotation inside a sentence is not a continuation",
        marked: "“[[We will win,]]” {Kerry} said. {He} waved off “[[a dangerous illusion of the Americans.]]”",
        kinds: [.direct, .direct]),
    // Scare quotes and titles with nobody speaking are not quotations.
    .init(why: "scare quote dropped", marked: "The so-called “deal” collapsed on Monday.", kinds: []),
    // A title in quotation marks is not speech, even right after a cue.
    .init(
        why: "title after a cue dropped", marked: "“[[We will win,]]” {he} said on “Meet the Press.”",
        kinds: [.direct]),
    // A cue inside its sentence (`, he said,`) reports the whole sentence.
    .init(
        why: "parenthetical cue", marked: "[[The strike, {he} said, was a mistake]].", kinds: [.indirect]),
    // In the passive voice the speaker follows `by`.
    .init(
        why: "passive agent",
        marked: "Yellen has been criticized [[by {many Wall Street players} for not raising rates]].",
        kinds: [.indirect]),
    // A participle after a quotation shares that quotation's speaker.
    .init(
        why: "participle after a quotation", marked: "“[[We will win,]]” {Kerry} said, adding [[that they will lose]].",
        kinds: [.direct, .indirect]),
    // A name right before a participle cue is its subject, not the subject of the sentence.
    .init(
        why: "participle after a name",
        marked: "The ad uses footage of {Hillary Clinton} asking, “[[Why aren’t I 50 points ahead, you might ask?]]”",
        kinds: [.direct]),
    // A named speaker opening a new clause inside a reported clause ends it: the quotation is the named speaker's.
    .init(
        why: "named speaker inside a reported clause ends it",
        marked: "When {Clinton} noted [[that Trump has not paid taxes]], {Trump} boasted, “[[That makes me smart.]]”",
        kinds: [.indirect, .direct]),
    // A title takes no cue: the cue after it reports the clause of the speaker who follows the title.
    .init(
        why: "title before a speaker frees the cue",
        marked: "On “Fox News Sunday,” {Gov. Mike Pence} said [[his running mate was only “joking” about the tweet]].",
        kinds: [.mixed]),
    // A cue word after an article or possessive is a noun (`the reports`, `his hopes`): it cues nothing, and the
    // short quotation after it is a scare quote.
    .init(why: "cue word after an article is a noun", marked: "The reports “have been denied” by the campaign.", kinds: []),
    // An appearance is reported content but names nobody speaking.
    // An inverted cue after a comma, followed only by a name, closes the clause before it.
    .init(why: "inverted cue ends a reported clause", marked: "[[The race is close]], said {Craig Robinson}.", kinds: [.indirect]),
    // A comparison with what someone said measures the clause; it does not report it (the seed
    // article's death toll `much higher than officials earlier stated`).
    .init(
        why: "comparison with what was said is no report",
        marked: "The monitor put the toll at 90, much higher than officials earlier stated.", kinds: []),
    // A quotation opening a sentence without a cue belongs to the subject of the sentence before it in the paragraph.
    .init(
        why: "preceding sentence's subject",
        marked: "{Dianne Bystrom} agreed. “[[Mainstream Republicans are running out of time.]]”", kinds: [.direct]),
    // A comma after a place inside the subject's sentence is not the end of an adverbial opener.
    .init(
        why: "sentence opening with a name keeps it as subject",
        marked: "{Hillary Clinton} is telling customers at a diner in Manchester, New Hampshire, that “[[I need you tomorrow.]]”",
        kinds: [.direct]),
    // … and its content is the whole clause, subject included, as PolNeAR annotates appearances.
    .init(
        why: "appearance has no speaker",
        marked: "The mood changed: [[Trump seemed to enjoy the rally]].", kinds: [.indirect]),
    // An opening mark typed where a closing one belongs still closes the quotation.
    .init(why: "closing mark typed as opening", marked: "“[[It's unusual,]]“ said {Larry Noble}.", kinds: [.direct]),
    // Participles of voicing (`mouthing`, `yelling`, `interjecting`) cue a quotation like `chanting`: its subject speaks.
    .init(
        why: "participle of voicing",
        marked: "{He} held up the sign and waved it around, mouthing “[[thank you]]” toward the audience.",
        kinds: [.direct]),
    // A closing mark opening its paragraph can close nothing: it opens the quotation, even before a space.
    .init(
        why: "closing mark opening a paragraph",
        marked: "Obama spoke.\n\n” [[… what I learned is that words matter,]]” {he} said.", kinds: [.direct]),
    // … also after a bidirectional formatting character pasted from a social network post (U+202A).
    .init(
        why: "closing mark after a formatting character",
        marked: "Palin posted it.\n\n\u{202A}”[[Isis will burn for it,]]” wrote {Pete Hidalgo}.", kinds: [.direct]),
    // An attribute value in markup (`="…"`) is no quotation, however long.
    .init(
        why: "markup attribute value is not a quotation",
        marked: "<tweet tweet-author=\"just look at Western Europe and its many problems today\">Read this.</tweet>",
        kinds: []),
    // An unbalanced mark ends with its paragraph and does not swallow the next one.
    .init(
        why: "unbalanced quote recovers at paragraph end",
        marked: "{Kerry} said: “[[We will win and they will lose]]\n\nThe next paragraph has no quote.",
        kinds: [.direct]),
    // A headline naming its source before a colon reports what that source said (PolNeAR annotates it).
    .init(
        why: "headline with its source before a colon",
        marked: "{Gingrich}: [[Trump Must Decide If He Wants a Two-Pirate Ticket]].\n\nThe story follows.",
        kinds: [.indirect]),
    // A kicker closed by a dash may stand before the name.
    .init(
        why: "headline source after a dash-led kicker",
        marked: "EXCLUSIVE – {Roger Stone}: [[Don’t Trust the Voting Machines]].\n\nThe story follows.",
        kinds: [.indirect]),
    // `The Latest:` opens a series title, not a name.
    .init(
        why: "series title before a colon is no source",
        marked: "The Latest: Cruz to give away engraved shotgun.\n\nThe story follows.", kinds: []),
    // A label in capitals (`BOOM:`) shouts for attention; nobody speaks.
    .init(
        why: "shouted label before a colon is no source",
        marked: "BOOM: Trump Just Fired A Missile Directly At Hillary.\n\nThe story follows.", kinds: []),
    // Only the document's first paragraph is its headline; later `Name: text` lines are tallies or transcripts.
    .init(
        why: "name and colon after the headline is not a headline",
        marked: "The story starts.\n\nGingrich: Trump Must Decide If He Wants a Ticket.", kinds: []),
    // PolNeAR annotates fears as attributed beliefs.
    .init(why: "fear introduces a reported belief", marked: "{Democrats} fear [[the party will split]].", kinds: [.indirect]),
    // A preposition opening the sentence without a comma is no subject: the pronoun after it is.
    .init(
        why: "pronoun subject after an adverbial opener without a comma",
        marked: "On September 27 {they} published the results, announcing [[that the statement was true]].",
        kinds: [.indirect]),
    // A subordinator opening the sentence is followed by its subject's name.
    .init(
        why: "name subject after a subordinator",
        marked: "When {Trump} later arrived and said [[that the party would win]].", kinds: [.indirect]),
    // What a speaker talked about is attributed content, as PolNeAR annotates discussions.
    .init(
        why: "talked about takes its object as content",
        marked: "{Kerry} talked about [[the ceasefire in Aleppo]].", kinds: [.indirect]),
    // A `that` ending the sentence is a pronoun inside a bare clause, not the start of a clause.
    .init(
        why: "sentence-final that is a pronoun inside a bare clause",
        marked: "{Experts} said [[the latest test could change that]].", kinds: [.indirect]),
    // An adverbial between a bare cue and its clause ends at the first subject pronoun.
    .init(
        why: "adverbial between a bare cue and its clause",
        marked: "{Trump} said after the convention [[he would not accept the endorsement]].", kinds: [.indirect]),
    // A belief verb reports an opinion when `as` follows its object: the object and the rest are the content.
    .init(
        why: "see the object as",
        marked: "{Investors} see [[the Fed as too cautious]].", kinds: [.indirect]),
    // Without `as` (or in a comparison, `as well as`) the same verb reports nothing.
    .init(
        why: "see without as reports nothing",
        marked: "Investors saw the film. People see the progress as well as the shortcomings.", kinds: []),
    // A portrayal (`casting him as`) is a participle: the main clause's subject holds the opinion.
    .init(
        why: "portrayal as a participle",
        marked: "{He} rallied voters on Saturday, casting [[Trump as a false conservative]].", kinds: [.indirect]),
    // A title-cased headline built on a cue verb reports the rest of the headline as its name's words.
    .init(
        why: "title-cased headline with its cue after the name",
        marked: "{Trump} Says [[He Is Unlikely To Meet David Cameron]].\n\nThe story follows.", kinds: [.indirect]),
    // … or the name and cue close the headline after a comma.
    .init(
        why: "title-cased headline closed by its name and cue",
        marked: "[[Trump Could Address Clean Energy]], {Lindsey Graham} Says.\n\nThe story follows.",
        kinds: [.indirect]),
    // Only the first paragraph is the headline: a capitalised cue word later is part of a name or title.
    .init(
        why: "title-cased cue word after the headline is no cue",
        marked: "The story starts.\n\nSimon Says Play Along Now.", kinds: []),
    // A question put to a sentence's subject is attributed content; the one answering did not say it, and with no
    // asker named nobody did.
    .init(
        why: "sentence-opening Asked reports the question with no speaker",
        marked: "Asked [[if he was ever bullied]], the candidate said no.", kinds: [.indirect]),
    // An asker after `by` is the question's source.
    .init(
        why: "asker after by is the question's speaker",
        marked: "When asked by {Matt Lauer} [[whether she had practiced]], she smiled.", kinds: [.indirect]),
    // Inside a clause `asked` is an ordinary cue with its hearer.
    .init(
        why: "asked inside a clause keeps its subject",
        marked: "{Trump} asked the network [[whether it would donate the profits]].", kinds: [.indirect]),
    // A hearer longer than a name (`the National Post`, `a crowded banquet hall at a hotel`) ends at `that` or at
    // a subject pronoun.
    .init(
        why: "long hearer before a clause",
        marked: "{Calabrese} told the National Post [[he has received hundreds of emails]].", kinds: [.indirect]),
    // A pronoun after a preposition inside the hearer phrase opens no clause.
    .init(
        why: "pronoun after a preposition is part of the hearer",
        marked: "Carson told a crowd about them on Monday.", kinds: []),
    // A long adverbial after a bare cue ends at `that`.
    .init(
        why: "long adverbial between a bare cue and that",
        marked: "{Adelson} said earlier on Friday during a news conference [[that he may wait until February]].",
        kinds: [.indirect]),
    // Present-tense speech verbs after a quotation name its speaker like `said` (`she yells`, `Blige sings`).
    .init(
        why: "present-tense speech verb after a quotation",
        marked: "“[[Did you shoot him?]]” {she} yells while running.", kinds: [.direct]),
    // An adverb between the speaker and the cue (`have long called for`, `instead`) is not the speaker.
    .init(
        why: "adverb before a cue is skipped",
        marked: "{Sanders supporters} have long called for [[her ouster]].", kinds: [.indirect]),
    // A participle right after the sentence's opening preposition belongs to the main clause's subject, after the
    // comma; the opener word is no speaker.
    .init(
        why: "participle after a sentence opener takes the main clause's subject",
        marked: "After blasting [[the Drudge Report, {Glenn Beck} doubled down on his rhetoric]].",
        kinds: [.indirect]),
    // An appositive ending in a quoted title (`host of MSNBC’s “Morning Joe,”`) stands between the name and the cue.
    .init(
        why: "appositive ending in a quoted title",
        marked: "{Joe Scarborough}, host of MSNBC’s “Morning Joe,” suggested [[the refusal could disqualify him]].",
        kinds: [.indirect]),
    // `accuses` takes its object as content, like `accused`: the one accused is no hearer.
    .init(
        why: "accuses takes its object as content",
        marked: "{Ted Cruz} accuses [[Obama of “leading from behind”]].", kinds: [.mixed]),
    // `named X as` is a choice reported like `see X as`.
    .init(
        why: "named the object as",
        marked: "{Cruz} named [[Veep as his top show]].", kinds: [.indirect]),
    // Multi-word cues whose object is what was said (`warned of`, `spoke of`, `would like`).
    .init(
        why: "multi-word content cue",
        marked: "{The governor} warned of [[a long winter of cuts]].", kinds: [.indirect]),
    // Each turn of a transcript is its speaker's quotation (a label the document uses for more than one turn); a
    // mark opening the paragraph belongs to the turn, and a title inside makes it mixed.
    .init(
        why: "transcript turns",
        marked: "\"{WALLACE}: [[Will she be there tomorrow night?]]\n\n\"{PENCE}: [[Well, look, this is not an episode of “Shark Tank.”]]\n\n\"{WALLACE}: [[Thank you, Governor.]]\n\n\"{PENCE}: [[Thank you, Chris.]]\"",
        kinds: [.indirect, .mixed, .indirect, .indirect]),
    // A one-off label in capitals (`UPDATE:`) names no speaker.
    .init(
        why: "one-off capitals labels are no transcript",
        marked: "UPDATE: The vote was delayed again.\n\nVIDEO: The senator leaves the chamber.", kinds: []),
    // A news outlet reporting after the quotation, inverted like `said`.
    .init(
        why: "inverted reported names the outlet",
        marked: "Clinton leads. “[[This is roughly the same advantage,]]” reported {Reuters}.", kinds: [.direct]),
    // Two cues finding the same clause (`said he thought that …`) report it once, as the outer cue's.
    .init(
        why: "one record for a clause two cues find",
        marked: "{Trump} said he thought [[that drugs were a factor]].", kinds: [.indirect]),
    // `pledged delegates` is a noun phrase (cue lexicon tag `noun`): nothing was pledged by anyone speaking.
    .init(
        why: "a cue word opening a noun phrase is no cue",
        marked: "Clinton leads Sanders by 271 pledged delegates in the count.", kinds: []),
    // The same word as a verb still reports (the contrast for the case above).
    .init(
        why: "the verb pledged still reports",
        marked: "{Sanders} pledged [[to fight on until the convention]].", kinds: [.indirect]),
    // A plural quantifier alone before a verb without `-s` is its subject (`QuantifierSubject`).
    .init(
        why: "a plural quantifier is the subject of a bare verb",
        marked: "{Some} say [[they hear echoes of a painful past]].", kinds: [.indirect]),
    // The same quantifier before a plural noun: no report (the contrast for the case above).
    .init(
        why: "a plural quantifier before a plural noun reports nothing",
        marked: "Some claims about the plan were false.", kinds: []),
    // A singular quantifier takes a verb ending in `s`.
    .init(
        why: "a singular quantifier is the subject of a verb in -s",
        marked: "One list counts 2,400 billionaires, while {another} says [[there are about 1,800]].", kinds: [.indirect]),
    // … and a singular noun without it: `another claim` is no cue.
    .init(
        why: "a singular quantifier before a singular noun reports nothing",
        marked: "He made another claim about the border.", kinds: []),
    // `reportedly` reports its whole clause and names nobody (tags `adverb`, `content`, `nosource`).
    .init(
        why: "reportedly reports its clause with no speaker",
        marked: "[[Former mayor Michael Bloomberg is reportedly considering a run as an independent]].",
        kinds: [.indirect]),
    // … but yields to a cue right after it (tag `adverb`): the verb's subject speaks.
    .init(
        why: "reportedly before a cue leaves the cue to it",
        marked: "{Trump} reportedly said [[he would win the state]].", kinds: [.indirect]),
    // A relative clause with its own speaker and cue ends the reported clause before it and reports on its own
    // (`RelativeClauseReport`).
    .init(
        why: "a relative clause with its own report ends the clause before it",
        marked: "{DeSantis} said [[the bill would curb accreditation bodies]], which {he} called “[[a cartel for higher education.]]”",
        kinds: [.indirect, .direct]),
    // A sentence-opening `Yet` is a conjunction (`non-speakers.txt`, tag `coordination`), not part of the speaker.
    .init(
        why: "an opening yet is no part of the speaker",
        marked: "Yet {Democratic economists} say [[the tax would encourage savings]].", kinds: [.indirect]),
    // `It’s safe to say`: a pronoun contracted with a verb is no speaker (`non-speakers.txt`); nobody is named.
    .init(
        why: "a contraction like it's is never a speaker",
        marked: "It’s safe to say [[he is referring to the border]].", kinds: [.indirect]),
    // A subject pronoun contracted with its verb opens the clause after a hearer (`clause-openers.txt`).
    .init(
        why: "a contracted subject pronoun opens the clause after a hearer",
        marked: "{Calabrese} told the National Post [[he’s already received hundreds of emails]].", kinds: [.indirect]),
    // A passive `was asked` puts a question to its subject, who is not its source.
    .init(
        why: "passive asked reports the question with no speaker",
        marked: "The candidate was asked [[about the protests on campus]].", kinds: [.indirect]),
]

@Test(arguments: quotationCases)
func quotationCase(_ testCase: QuotationCase) throws {
    let marked = MarkedText(testCase.marked)
    let document = try analyze(marked.text)
    let quotations = document.quotations
    #expect(quotations.map(\.kind) == testCase.kinds, "kinds")
    #expect(quotations.map { $0.content.start..<$0.content.end } == marked.contents, "contents")
    let mentions = quotations.compactMap { $0.speaker?.mention.map { $0.start..<$0.end } }
    // Inherited speakers repeat the first mention; compare the distinct ones.
    var distinct: [Range<Int>] = []
    for mention in mentions where !distinct.contains(mention) { distinct.append(mention) }
    #expect(distinct == marked.mentions, "mentions")
}

/// Canonical names: a later short mention takes the fullest form in the document, the title goes to the role.
@Test func canonicalNameTakesFullFormAndRole() throws {
    let document = try analyze(
        "Secretary of State John Kerry spoke on Monday.\n\n“We will win,” said Kerry.")
    let speaker = try #require(document.quotations.first?.speaker)
    #expect(speaker.name == "John Kerry")
    #expect(speaker.role == "Secretary of State")
    #expect(speaker.confidence > 0 && speaker.confidence <= 1)
}

/// A pronoun keeps its mention but takes the name of the nearest person before it.
/// `she` skips the nearest named speaker when the document writes that name with `Mr.`, and `he` one written
/// with `Mrs.`: a pronoun never names someone of the other gender.
@Test(arguments: [
    // The nearest name is a man's: `she` goes back to the woman before him.
    ("“We will win,” Mrs. Clinton said. “They will lose,” Mr. Kerry said.\n\n“It is over,” she said.", "Clinton"),
    // The nearest name is a woman's: `he` goes back to the man before her.
    ("“We will win,” Mr. Kerry said. “They will lose,” Mrs. Clinton said.\n\n“It is over,” he said.", "Kerry"),
    // No courtesy title: the nearest person, as before.
    ("“We will win,” Clinton said. “They will lose,” Kerry said.\n\n“It is over,” she said.", "Kerry"),
])
func genderedPronounSkipsNameOfOtherGender(text: String, name: String) throws {
    let document = try analyze(text)
    #expect(document.quotations.last?.speaker?.name.hasSuffix(name) == true)
}

@Test func pronounTakesPrecedingName() throws {
    let document = try analyze("“We will win,” Kerry said. \n\n“They will lose,” he added.")
    let names = document.quotations.compactMap { $0.speaker?.name }
    #expect(names == ["Kerry", "Kerry"])
    #expect(document.quotations.last?.speaker.flatMap(\.mention).map { document.text.string($0) } == "he")
}

/// A quotation that reaches the writer through a source (`…,” Sanders said, according to CNN.`) is that source's, as
/// PolNeAR annotates it; without `according to` the speaker before the cue keeps it.
@Test(arguments: [
    ("“Do not protest on the floor,” Sanders said, according to CNN, before the vote.", "CNN"),
    ("“Do not protest on the floor,” Sanders said before the vote.", "Sanders"),
])
func sourceAfterTrailingCue(text: String, name: String) throws {
    let document = try analyze(text)
    let direct = try #require(document.quotations.first { $0.kind == .direct })
    #expect(direct.speaker?.name == name)
}

/// A sentence opening `As X puts it,` attributes what follows to X, not to the main clause's subject; a comparison
/// (`As improbable as it may seem,`) names nobody.
@Test(arguments: [
    ("As The Post’s Ruth Marcus puts it, Obama is making Republicans “an offer they cannot refuse.”", "Ruth Marcus"),
    ("As improbable as it may seem, Obama is making Republicans “an offer they cannot refuse.”", "Obama"),
])
func sourceOpeningWithAs(text: String, name: String) throws {
    let document = try analyze(text)
    let direct = try #require(document.quotations.first { $0.kind == .direct })
    #expect(direct.speaker?.name.hasSuffix(name) == true)
}
