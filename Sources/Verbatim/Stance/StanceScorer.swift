import Foundation

/// The stance stage: fills each quotation's stance.
///
/// When no lexicon folder can be found the stage leaves `stance` empty and says why in
/// `unavailableReason` (the command reports it once).
public struct StanceScorer: Sendable {
    public let scorer: TextStanceScorer?
    /// Why the scorer is missing, when it is.
    public let unavailableReason: String?
    /// Workspaces kept from document to document (one per worker at a time): their buffers have
    /// grown to fit the longest quotations already, and are not allocated again per document.
    private let workspaces = ScoringWorkspacePool()

    /// Locates the lexicon folder (see `LexiconLocator`) and uses the default scorer.
    /// - Complexity: O(*n*) in the size of the lexicon files, read once.
    public init() {
        do {
            scorer = TextStanceScorer(lexicon: try StanceLexicon(locator: LexiconLocator()))
            unavailableReason = nil
        } catch {
            scorer = nil
            unavailableReason = "stance disabled: \(error)"
        }
    }

    /// A stage that leaves stance empty.
    /// - Parameter reason: why, for messages.
    /// - Complexity: O(1).
    public init(disabledBecause reason: String) {
        scorer = nil
        unavailableReason = "stance disabled: \(reason)"
    }

    /// - Parameter scorer: the text scorer (lexicon, mode, user targets).
    /// - Complexity: O(1).
    public init(scorer: TextStanceScorer) {
        self.scorer = scorer
        unavailableReason = nil
    }

    /// The document's references that scoring may need (`the regime` for Assad), from the quote
    /// stage's lexical tokens, so that these can be dropped before scoring.
    /// - Parameters:
    ///   - document: the document.
    ///   - lexical: its lexical tokens.
    /// - Returns: the references; none when stance is disabled or scores VADER's way (no targets).
    /// - Complexity: O(*t*) in the number of tokens.
    public func references(in document: AnalyzedDocument, lexical: LexicalDocument) -> DocumentReferences {
        guard scorer != nil else { return DocumentReferences(aliases: []) }
        return references(in: document, lexical: lexical, with: scorer!)
    }

    /// `references(in:lexical:)` with the scorer borrowed, as `score` borrows it.
    private func references(
        in document: borrowing AnalyzedDocument, lexical: LexicalDocument, with scorer: borrowing TextStanceScorer
    ) -> DocumentReferences {
        guard scorer.kind == .news else { return DocumentReferences(aliases: []) }
        return DocumentReferences(aliases: GovernmentReference.aliases(
                in: document.text, lexical: lexical, nouns: scorer.lexicon.governmentNounTable, lexicon: scorer.lexicon))
    }

    /// - Parameters:
    ///   - quotations: the document's quotations, with their speakers.
    ///   - document: the document they are in.
    ///   - references: the document's references from `references(in:lexical:)`; when nil, the
    ///     text is searched for them if a quotation needs them.
    /// - Returns: the quotations with `stance` set (unchanged when no lexicon was found).
    /// - Complexity: O(*n*) in the total length of the quotations, plus the document's length
    ///   when a quotation names a government by a noun (`the regime`) and `references` is nil.
    public func score(
        _ quotations: consuming [Quotation], in document: AnalyzedDocument, references: DocumentReferences? = nil
    ) -> [Quotation] {
        guard scorer != nil, !quotations.isEmpty else { return quotations }
        return score(quotations, in: document, references: references, with: scorer!)
    }

    /// `score(_:in:references:)` with the scorer borrowed: a copy of it (and of its lexicon's many
    /// tables) would update a reference count per table for every document.
    private func score(
        _ quotations: consuming [Quotation], in document: borrowing AnalyzedDocument, references: DocumentReferences?,
        with scorer: borrowing TextStanceScorer
    ) -> [Quotation] {
        // In place: the caller's array is handed over, so no quotation is copied.
        var scored = quotations
        var names: [String] = []
        for index in scored.indices {
            if let speaker = scored[index].speaker, speaker.kind != .group, !names.contains(speaker.name) { names.append(speaker.name) }
        }
        // Each distinct name checked once (an unresolved `he` speaks many quotations).
        var speakers: [String] = []
        for name in names where scorer.canNameTarget(name) { speakers.append(name) }
        let workspace = workspaces.take()
        defer { workspaces.give(workspace) }
        let text = document.text
        // The workspaces of this stage serve this scorer only: its finder's aliases are the scorer's.
        let context = scorer.makeContext(speakers: speakers, document: text, references: references, reusing: workspace.finder)
        workspace.finder = context.finder
        for index in scored.indices {
            // The speaker's name alone, read once (not the whole speaker, copied for each read).
            let speaker = scored[index].speaker?.name
            let stance = scorer.stance(
                of: scored[index].content, in: text, context: context, speaker: speaker,
                attributionCue: speaker == nil ? nil : scored[index].cue, isDirect: scored[index].kind == .direct,
                workspace: workspace)
            scored[index].stance = stance
        }
        return scored
    }
}

/// Scoring workspaces handed out to one worker at a time and taken back after each document.
final class ScoringWorkspacePool: @unchecked Sendable {
    // Guarded by `lock`: a worker takes a workspace for one document and gives it back.
    private var idle: [ScoringWorkspace] = []
    private let lock = NSLock()

    /// A workspace no other worker holds (a new one when none is idle).
    /// - Complexity: O(1).
    func take() -> ScoringWorkspace {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? ScoringWorkspace()
    }

    /// Gives back a workspace taken with `take()`.
    /// - Complexity: amortised O(1).
    func give(_ workspace: ScoringWorkspace) {
        lock.lock()
        defer { lock.unlock() }
        idle.append(workspace)
    }
}
