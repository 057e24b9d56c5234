/// Every weight and threshold of the stance scorers, with its source.
///
/// Constants marked "VADER" are the empirically derived values published with
/// VADER (Hutto and Gilbert, ICWSM 2014) and used by vaderSentiment 3.3.2; the
/// VADER-compatible scorer needs them unchanged. The others were chosen for this project.
public enum StanceWeights {
    /// VADER `B_INCR`: mean rating increase a booster (`very`) adds to the next sentiment word.
    public static let boosterIncrement = 0.293
    /// VADER `B_DECR`: mean rating decrease of a dampener (`slightly`).
    public static let boosterDecrement = -0.293
    /// VADER `C_INCR`: rating increase for a sentiment word in ALL CAPS among mixed-case words.
    public static let capitalEmphasis = 0.733
    /// VADER `N_SCALAR`: a negated word's valence is multiplied by this.
    public static let negationScalar = -0.74
    /// VADER: a booster two words before the sentiment word counts 95%.
    public static let boosterDistanceTwoScale = 0.95
    /// VADER: a booster three words before the sentiment word counts 90%.
    public static let boosterDistanceThreeScale = 0.9
    /// VADER: `never so good` / `this good` emphasis factor.
    public static let neverSoEmphasis = 1.25
    /// VADER: words before `but` are multiplied by this.
    public static let beforeContrastScale = 0.5
    /// VADER: words after `but` are multiplied by this.
    public static let afterContrastScale = 1.5
    /// VADER: each `!` (up to `maximumExclamations`) adds this to the sum's magnitude.
    public static let exclamationEmphasis = 0.292
    /// VADER: exclamation marks beyond this count add nothing.
    public static let maximumExclamations = 4
    /// VADER: each `?` adds this when there are two or three.
    public static let questionEmphasis = 0.18
    /// VADER: the emphasis of four or more `?`.
    public static let manyQuestionsEmphasis = 0.96
    /// VADER: question marks emphasise only from this count on.
    public static let minimumQuestions = 2
    /// VADER: question marks up to this count add `questionEmphasis` each.
    public static let maximumCountedQuestions = 3
    /// VADER normalisation `x / sqrt(x² + alpha)`: alpha approximates the largest expected sum.
    public static let normalisationAlpha = 15.0
    /// VADER: words before a sentiment word that may boost or negate it.
    public static let modifierWindow = 3
    /// vaderSentiment README: compound ≥ 0.05 is positive, ≤ -0.05 negative; used for support/oppose.
    public static let labelThreshold = 0.05

    /// Project: a concession clause (`although …`) counts this much, like VADER's words before `but`.
    public static let concessionScale = 0.5
    /// Project: valences in a hedged clause (`allegedly`) are damped by this: the speaker
    /// distances themselves from the claim without reversing it.
    public static let hedgeScalar = 0.8
    /// Project: valence given to a stance cue toward its object (`condemned X`, `praised X`),
    /// on VADER's scale: about the mean VADER rating of the cue verbs in the lexicon (`condemn` -1.6,
    /// `praise` 2.6, `support` 1.7, `reject` -1.7, `blame` -1.4), rounded up because a cue names the
    /// position outright.
    public static let cueValence = 2.0
    /// Project: a target mentioned in a clause takes the clause's words at this weight, less than
    /// a cue aimed at it, because the words may be about something else in the clause.
    public static let clauseWeight = 1.0
    /// Project: tokens after a cue in which its object (a target mention) may start (`accused the
    /// Syrian government`: the object's head comes within three words).
    public static let cueObjectWindow = 4
    /// Project: tokens after an opposing cue whose valence it reverses (`blocking the bill that
    /// would help`): the object with a short relative clause, within the clause.
    public static let objectWindow = 6
    /// Project: tokens after a privative phrase (`lack of`) whose valence it reverses: a noun with
    /// up to two modifiers (`lack of real public enthusiasm`), VADER's three-word modifier window.
    public static let privativeObjectWindow = 3
    /// Project: tokens before a cue in which a form of `be` makes it passive: the auxiliary and one
    /// adverb (`was praised`, `was strongly condemned`, `has been criticized`).
    public static let passiveWindow = 2
}
