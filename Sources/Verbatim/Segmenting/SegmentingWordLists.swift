/// The word lists behind the sentence boundary rules.
///
/// They stay in code rather than under `lexicons/` because they are part of
/// the rules' definition, as in pySBD and the pragmatic segmenter: each list
/// is tied to one rule's logic (a title joins always, a month only before a
/// day number), they are small and closed, and a `Segmenter` must work with
/// no resource files (it is built once per run and used by every stage test).
/// Every list is written here from news style conventions (AP stylebook
/// abbreviations of titles, months and states), not copied from elsewhere.
enum SegmentingWordLists {
    /// Abbreviations that stand before a name and never end a sentence.
    static let titles = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen",
        "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Rev",
        "Msgr", "Hon", "Supt", "Det", "Insp", "Atty", "Brig", "Pres", "Mt", "Ft",
        // Latin and legal abbreviations that always introduce something.
        "vs", "v", "e.g", "i.e", "cf", "viz",
    ]

    /// Abbreviations that precede a number (`Jan. 5`, `No. 2`, `p. 55`) and
    /// end a sentence when no number follows.
    static let beforeNumber = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "pp",
        "vol", "vols", "fig", "figs", "art", "sec", "ch", "chap", "para", "apt", "rm", "ext", "tel", "hwy", "rte",
        "ca", "approx", "nº", "n°", "num",
    ]

    /// Abbreviations that usually sit inside a sentence (`Apple Inc. shares`,
    /// `Springfield, Ill., police`) but also end one (`... at Apple Inc.`):
    /// they continue unless a typical sentence starter follows.
    static let ambiguous = [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "St", "Ave", "Blvd", "Rd", "Dept", "Univ",
        "Assn", "Govt", "Intl", "Natl", "etc", "al", "Ph.D",
        // U.S. state abbreviations in AP style.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    ]

    /// Abbreviations of the time of day.
    static let timeOfDay = ["a.m", "p.m"]

    /// Entries that are abbreviations only when capitalised: `Ill.` is
    /// Illinois but `ill.` ends `He was ill.`; `No. 2` but `said no.`.
    static let capitalizedOnly: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Ala",
        "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt",
        "Va", "Wash", "Wis", "Wyo", "Mt", "Ft", "Col", "Gen", "Det", "Rev", "Rep",
    ]

    /// Capitalised words that typically open an English sentence: pronouns,
    /// determiners, conjunctions, sentence adverbs, question words,
    /// auxiliaries. After an ambiguous abbreviation (`U.S.`, `Inc.`, an
    /// initial) such a word signals a new sentence; any other capitalised
    /// word (`U.S. Army`, `John F. Kennedy`) continues the name.
    /// Left out on purpose: words that also open names after `U.S.`
    /// (`Under Secretary`, `Second Fleet`, `First Lady`) and names that are
    /// also words (`May`, `Will`).
    static let sentenceStarters = [
        // Pronouns and determiners.
        "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "There", "Here", "Its", "His",
        "Her", "Their", "Our", "My", "Your", "One", "Someone", "Nobody", "Everyone", "Everybody", "Nothing",
        "Something", "Everything", "The", "A", "An", "Some", "Many", "Most", "Much", "All", "Both", "Each", "Every",
        "Few", "Several", "Such", "Any", "Another", "Other", "Others", "More", "Neither", "Either",
        // Conjunctions and sentence adverbs.
        "And", "But", "Or", "Nor", "So", "Yet", "Still", "Also", "However", "Meanwhile", "Instead", "Then", "Now",
        "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Thus", "Therefore", "Moreover", "Furthermore",
        "Nevertheless", "Nonetheless", "Indeed", "Otherwise", "Finally", "Next", "Again", "Even", "Only", "Just",
        "Perhaps", "Maybe", "Sometimes", "Often", "Already", "Certainly", "Ultimately", "Overall", "Recently",
        "Currently", "Previously", "Similarly", "Likewise", "Additionally", "Besides", "Hence", "Accordingly",
        "Consequently", "Regardless", "Fortunately", "Unfortunately", "Clearly", "Obviously", "Initially",
        // Subordinators and prepositions that open clauses.
        "If", "When", "While", "Although", "Though", "Because", "Since", "As", "After", "Before", "Until", "Unless",
        "Once", "Whether", "In", "On", "At", "For", "With", "Without", "By", "From", "To", "Of", "Among", "Amid",
        "During", "Despite", "Against", "Through", "Throughout", "Within", "Into", "About", "Like", "Unlike",
        "According", "Following", "Given",
        // Question words, auxiliaries, answers.
        "What", "Who", "Whom", "Whose", "Which", "Why", "How", "Where", "Is", "Are", "Was", "Were", "Do", "Does",
        "Did", "Can", "Could", "Would", "Should", "Shall", "Might", "Must", "Has", "Have", "Had", "Let", "Please",
        "Yes", "No", "Not", "Never", "Well", "Oh",
        // Titles that open a sentence rather than a name after `U.S.`.
        "Mr", "Mrs", "Ms",
    ]

    /// Words after `a.m.`/`p.m.` that belong to the time expression
    /// (`5 p.m. Tuesday`, `9 a.m. EDT`).
    static let timeQualifiers = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT", "CST", "CDT",
        "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "Eastern", "Central",
        "Mountain", "Pacific",
    ]

    /// Prepositions that open an introductory time phrase (`At 5 a.m.`,
    /// `By 10 p.m. Tuesday`), which cannot stand alone as a sentence.
    static let timePrepositions = [
        "At", "By", "Around", "About", "Until", "Till", "Before", "After", "From", "Since", "Shortly", "Just",
        "Early", "Late", "On", "Starting", "Beginning", "Between",
    ]

    /// Verbs of saying that follow a quotation and its speaker
    /// (`“Why?” Smith asked.`).
    static let speechVerbs = [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied", "replies",
        "recalled", "explained", "continued", "shouted", "tweeted", "posted", "responded", "wondered", "demanded",
        "insisted", "argued", "noted", "warned", "cried", "exclaimed", "yelled", "joked", "quipped",
    ]
}
