import Testing

@testable import Verbatim

/// Entity-to-entity stance in hand-written news sentences: stance cues, negation, withholding
/// verbs, hedges, and which side of a cue a target stands on (holder or object).
struct NewsStanceTests {
    struct Case: CustomTestStringConvertible {
        let text: String
        let target: String
        let label: StanceLabel
        let why: String
        var testDescription: String { "\(target) in \(text)" }
    }

    static let cases: [Case] = [
        Case(text: "The foreign minister condemned Israel for the raid on the camp.", target: "Israel", label: .oppose,
             why: "the object of `condemned` is opposed"),
        Case(text: "Turkey accused Russia of violating its airspace.", target: "Russia", label: .oppose,
             why: "`X accused Y of …` opposes Y"),
        Case(text: "Turkey accused Russia of violating its airspace.", target: "Turkey", label: .neutral,
             why: "the accuser holds the stance; the violation is Russia's deed, not Turkey's"),
        Case(text: "The White House blamed Iran for the attack on the tanker.", target: "Iran", label: .oppose,
             why: "`blamed Y for` opposes Y"),
        Case(text: "The White House blamed Iran for the attack on the tanker.", target: "White House", label: .neutral,
             why: "the one who blames is the holder, not a target of the blame"),
        Case(text: "Merkel praised Obama for his leadership on climate.", target: "Obama", label: .support,
             why: "the object of `praised` is supported"),
        Case(text: "Merkel praised Obama for his leadership on climate.", target: "Merkel", label: .neutral,
             why: "praising is the holder's act, not praise of the holder"),
        Case(text: "Clinton thanked Sanders for his support.", target: "Sanders", label: .support,
             why: "`X thanked Y` supports Y"),
        Case(text: "Clinton thanked Sanders for his support.", target: "Clinton", label: .neutral,
             why: "`support` after the object is Sanders' deed, not Clinton's"),
        Case(text: "Republicans backed Netanyahu in his dispute with the administration.", target: "Netanyahu", label: .support,
             why: "`backed` is a supporting cue"),
        Case(text: "China did not condemn North Korea for the missile test.", target: "North Korea", label: .neutral,
             why: "a negated opposing cue is not support"),
        Case(text: "The senator refused to endorse Trump.", target: "Trump", label: .oppose,
             why: "`refused to` withholds the cue as `did not` would: withheld support opposes"),
        Case(text: "Germany applauded Greece for the reforms.", target: "Greece", label: .support,
             why: "`applauded` is a supporting cue"),
        Case(text: "The Kremlin rejected the accusations from Washington.", target: "Russia", label: .neutral,
             why: "rejecting accusations is the holder's act: no judgement of the Kremlin"),
        Case(text: "The Kremlin rejected the accusations from Washington.", target: "United States", label: .oppose,
             why: "`the Kremlin` and `Washington` are metonyms of their countries; the accusations' source is rejected"),
        Case(text: "Trump lashed out at the Chinese government over trade.", target: "China", label: .oppose,
             why: "`lashed out at` is a phrase cue, and `Chinese` is China"),
        Case(text: "Japan expressed concern about China's military buildup.", target: "China", label: .oppose,
             why: "`concern about` opposes its object"),
        Case(text: "Israeli officials said Hamas was responsible for the violence.", target: "Hamas", label: .oppose,
             why: "the reported clause after `said` is about Hamas"),
        Case(text: "Israeli officials said Hamas was responsible for the violence.", target: "Israel", label: .neutral,
             why: "the sources before a reporting verb do not take the words of what they report"),
        Case(text: "Iran's supreme leader warned against trusting the Americans.", target: "United States", label: .oppose,
             why: "`warned against` opposes, and `Americans` is the United States"),
        Case(text: "Macron voiced support for Ukraine.", target: "Ukraine", label: .support,
             why: "`support for` is a phrase cue"),
        Case(text: "Russia allegedly supplied the rebels with weapons.", target: "Russia", label: .oppose,
             why: "a hedge damps but does not reverse: the claim still weighs against Russia"),
        Case(text: "The opposition leader called Maduro a dictator.", target: "Maduro", label: .oppose,
             why: "the words of the target's own clause"),
        Case(text: "Obama was praised by Merkel for his leadership.", target: "Obama", label: .support,
             why: "a passive cue's object is the subject before it"),
        Case(text: "Obama was praised by Merkel for his leadership.", target: "Merkel", label: .neutral,
             why: "the agent after `by` is the holder, not a target"),
        Case(text: "Russia was strongly condemned by the United Nations.", target: "Russia", label: .oppose,
             why: "passive with an adverb between the auxiliary and the participle"),
        Case(text: "The rebels, backed by Turkey, attacked the positions.", target: "Turkey", label: .neutral,
             why: "`backed by Turkey`: Turkey backs someone else; it is not backed"),
        Case(text: "Russia is blocking aid to Aleppo.", target: "Russia", label: .oppose,
             why: "`is` before a present participle is no passive: Russia blocks"),
        Case(text: "Iran called for sanctions against Israel.", target: "Israel", label: .oppose,
             why: "`for` after a verb, not after a target, gives no reason: the cue is the speaker's own"),
        Case(text: "Netanyahu congratulated Trump on his victory.", target: "Trump", label: .support,
             why: "`congratulated` is a supporting cue"),
        Case(text: "Sanders mocked Clinton over her speeches.", target: "Clinton", label: .oppose,
             why: "`mocked` is an opposing cue"),
        Case(text: "Sanders mocked Clinton over her speeches.", target: "Sanders", label: .neutral,
             why: "the one who mocks is the holder"),
        Case(text: "Putin congratulated Erdogan, but Washington criticized Ankara.", target: "Turkey", label: .oppose,
             why: "capitals stand for their governments, and each clause has its own cue"),
        Case(text: "Merkel urged Russia to end the violence.", target: "Merkel", label: .neutral,
             why: "`urged` reports: the violence is not Merkel's"),
        Case(text: "Leaders met so Russia and the United States can coordinate to avoid another terrible war.",
             target: "United States", label: .support,
             why: "`so` opens a clause with its own subject, and avoiding a terrible attack is a good aim, not a bad deed"),
        Case(text: "Turkey condemned the attack on Syria.", target: "Syria", label: .neutral,
             why: "`attack` after an article is a noun, the event condemned: no cue of Turkey's aimed at Syria"),
        Case(text: "The European Union imposed sanctions on Russia.", target: "European Union", label: .neutral,
             why: "the subject of an act aimed at a target holds the stance: neither the act nor its verb `imposed` judges it"),
        Case(text: "The European Union imposed sanctions on Russia.", target: "Russia", label: .oppose,
             why: "`sanctions on` opposes its object"),
        Case(text: "The Republicans attacked the Democrats.", target: "Republican Party", label: .neutral,
             why: "an act aimed at a target past an article is the holder's side, not a deed that reflects on the holder"),
        Case(text: "The Republicans attacked the Democrats.", target: "Democratic Party", label: .oppose,
             why: "the object of `attacked` is opposed, under its party's name"),
        Case(text: "Russia's attack on Syria was terrible.", target: "Russia", label: .oppose,
             why: "the owner of a deed named by a noun does it: the deed and the words about it judge the owner"),
        Case(text: "Russia's attack on Syria was terrible.", target: "Syria", label: .neutral,
             why: "the victim of a deed is not what the negative words judge"),
        Case(text: "They condemned the bombing of Aleppo.", target: "Aleppo", label: .neutral,
             why: "the cue is aimed at the bombing, not at its victim; and `of` after a verbal noun marks the victim"),
        Case(text: "The UN condemned Russia's attack on Syria.", target: "Russia", label: .oppose,
             why: "a cue that reaches a deed's victim is aimed at the deed's owner"),
        Case(text: "The failure of Obama was plain.", target: "Obama", label: .oppose,
             why: "guard: after `of` only a deed (an act cue or a verbal noun) has a victim; a failure is Obama's own"),
        Case(text: "Aid is being blocked by Russia.", target: "Russia", label: .oppose,
             why: "a deed reflects on whoever does it, in the passive too; a stated position's agent would be a holder"),
        Case(text: "We are in such a critical situation in Europe after the referendum.", target: "Europe", label: .neutral,
             why: "a setting after `in` is where things happen; the words do not judge it"),
        Case(text: "Immigration is the most important reason to not vote for Trump.", target: "Trump", label: .oppose,
             why: "`vote for` is a supporting cue (election news), and negated it opposes"),
        Case(text: "I will vote for the Republican nominee, Donald Trump.", target: "Donald Trump", label: .support,
             why: "a cue's object that only qualifies a noun gives way to the name in apposition to it"),
        Case(text: "I will vote for the Republican nominee, Donald Trump.", target: "Republican Party", label: .neutral,
             why: "the qualifier of the cue's object is not what the vote is for"),
        Case(text: "During the debate Trump said Hispanics live in hell. He is ignorant of our culture.", target: "Trump", label: .oppose,
             why: "a sentence naming no one but `he` is about the one person the text named before it"),
        Case(text: "Mike Pence and Donald Trump spoke. He was a disaster.", target: "Mike Pence", label: .neutral,
             why: "guard: with two people named, `he` is left unresolved"),
        Case(text: "Russia spoke first. He is a disgrace.", target: "Russia", label: .neutral,
             why: "guard: a country is not what `he` refers to"),
        Case(text: "Though years remain, leaders honored Donald J. Trump yesterday.", target: "Donald J. Trump", label: .support,
             why: "a middle initial's full stop ends neither the name nor the cue's reach"),
    ]

    @Test(arguments: cases)
    func targetLabel(_ example: Case) throws {
        let stance = StanceTestSupport.stance(example.text)
        let target = try #require(stance.targets.first { $0.name == example.target }, "\(example.why): \(stance.targets.map(\.name))")
        #expect(target.label == example.label, "\(example.why): \(target.score)")
    }

    /// Country words become their country's target, unless they are part of a longer name.
    struct NameCase: CustomTestStringConvertible {
        let text: String
        let names: [String]
        let why: String
        var testDescription: String { text }
    }

    static let nameCases: [NameCase] = [
        NameCase(text: "Russian officials met American diplomats.", names: ["Russia", "United States"],
                 why: "demonyms map to their country"),
        NameCase(text: "Syrian President Bashar al-Assad spoke.", names: ["Bashar al-Assad"],
                 why: "a demonym before a title and a name says whose title it is: the person is the target"),
        NameCase(text: "Fighters of the Free Syrian Army moved on Deir ez-Zor.", names: ["Free Syrian Army", "Deir ez-Zor"],
                 why: "a demonym inside a longer name is part of it, and `ez-Zor` continues `Deir`"),
        NameCase(text: "He cited the Washington Post and the Syrian Observatory for Human Rights.",
                 names: ["Washington Post", "Syrian Observatory for Human Rights"],
                 why: "a place before a capitalised word names an organisation, not the country; `for` after an organisation word continues its name"),
        NameCase(text: "We thank Oxfam, the UN, and Al. The U.S., too.", names: ["Oxfam", "United Nations", "Al", "United States"],
                 why: "VADER's tokens keep punctuation on words of two letters or less (`UN,` `Al.`): names and aliases end before it, but `U.S.` keeps its stops"),
        NameCase(text: "The Justice Department sued Google.", names: ["Justice Department", "Google"],
                 why: "a title word (`Justice`) before an organisation word is part of the name, not a lone `Department`"),
        NameCase(text: "The State Department criticized the Department of Justice.", names: ["State Department", "Department of Justice"],
                 why: "`of` after an organisation word takes its domain even when that is a title word"),
        NameCase(text: "After Fox News aired it, Trump left.", names: ["Fox News", "Trump"],
                 why: "only a title word (`titles.txt`) joins the organisation word after it: `After` is a sentence opener"),
        NameCase(text: "Donald Trump spoke. Now Republican Donald Trump agrees.", names: ["Donald Trump"],
                 why: "guard: a longer run that has the known name's first word is that name; `Now` opens a sentence"),
        NameCase(text: "Bill Clinton met Hillary Clinton.", names: ["Bill Clinton", "Hillary Clinton"],
                 why: "a full name sharing another's last word is another person: only a lone word takes the earlier full name"),
        NameCase(text: "Merkel praised Obama for Germany's role.", names: ["Merkel", "Obama", "Germany"],
                 why: "guard: `for` joins only after an organisation word; a person's name does not take it in"),
        NameCase(text: "Russia and Iran backed Assad.", names: ["Russia", "Iran", "Assad"],
                 why: "guard: `and` never joins names; two countries stay two targets"),
        NameCase(text: "Republicans blasted the bill, and a Republican senator criticized Democrats and the Democratic leader.",
                 names: ["Republican Party", "Democratic Party"],
                 why: "plural, singular and adjective forms of a party are one target (`groups.tsv`)"),
        NameCase(text: "Assad must go, the minister said of Syrian President Bashar al-Assad.", names: ["Bashar al-Assad"],
                 why: "a full name later in the text names the one-word mention of its last word before it"),
        NameCase(text: "The turkey was served in the US and the talk was about us.", names: ["United States"],
                 why: "country aliases keep their case: `turkey` and `us` are ordinary words"),
        NameCase(text: "Osama bin Laden was killed.", names: ["Osama bin Laden"],
                 why: "a particle standing apart joins the capitalised words around it"),
        NameCase(text: "Russia as Syria's ally was criticized.", names: ["Russia", "Syria"],
                 why: "`as` is an English word: it joins a name only hyphenated (`as-Sham`)"),
        NameCase(text: "Business leaders honored Donald J. Trump and George W. Bush.", names: ["Donald J. Trump", "George W. Bush"],
                 why: "a middle initial continues a name though its full stop ends the token's clause"),
        NameCase(text: "The plan won praise from the Center for Strategic and International Studies.",
                 names: ["Center for Strategic and International Studies"],
                 why: "`and` joins an organisation's domain of common words (`lexicons/common-words.txt`)"),
        NameCase(text: "He met the Department of Health and Human Services, then the University of Chicago and Harvard.",
                 names: ["Department of Health and Human Services", "University of Chicago", "Harvard"],
                 why: "guard: after a place (not a common word) `and` still joins two targets"),
        NameCase(text: "Aid is blocked. Officials said so. Yesterday was calm. Trump agreed.", names: ["Trump"],
                 why: "a common word opening a sentence is capitalised for that alone; a name opening one stays a name"),
        NameCase(text: "Experts at the WHO, which praised China, and the US, said so.", names: ["WHO", "China", "United States"],
                 why: "an acronym spelling a stopword (`who`) is a name among lowercase words, and punctuation kept on a short word hides no alias"),
        NameCase(text: "WE AND THEY, said Trump.", names: ["Trump"],
                 why: "guard: capitals among capitals are shouting, not acronyms"),
        NameCase(text: "A site called Real News Right Now, which posts fakes, cited Air Force One. Fox News Tuesday agreed.",
                 names: ["Real News Right Now", "Air Force One", "Fox News"],
                 why: "a name stopword from `name-final-words.txt` ends a longer name before punctuation; a day does not (train8 had `Real News Right`)"),
        NameCase(text: "He, like Donald Trump, refused.", names: ["Donald Trump"],
                 why: "a short stopword keeps its comma in VADER's tokens (`He,`): it is still no name"),
    ]

    @Test(arguments: nameCases)
    func targetNames(_ example: NameCase) {
        #expect(StanceTestSupport.stance(example.text).targets.map(\.name) == example.names, "\(example.why)")
    }
}
