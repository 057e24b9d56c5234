/// A full name anywhere among a document's targets names the one-word targets of its last word
/// in every quotation (`Assad` in one quotation, `Syrian President Bashar al-Assad` in another:
/// both `Bashar al-Assad`), as a speaker's canonical name names their later mentions. Within one
/// quotation `TargetMentionFinder` does this already; this rule carries it across quotations.
enum DocumentFullNames {
    /// A multi-word target name, by the spellings a one-word mention of it may have.
    private struct FullName {
        var name: String
        /// The last word as written (`al-Assad`).
        var lastWord: Substring
        /// The last word without a joined particle (`Assad`), when it has one.
        var withoutParticle: Substring?
    }

    /// - Parameters:
    ///   - quotations: the document's quotations, stance scored.
    ///   - particles: name particles joined by a hyphen (`al`, `el`): `al-Assad` is also `Assad`.
    ///   - isCatalogued: whether a name is a user target's or a country's (lowercased key):
    ///     such a name keeps its canonical form (`Iran`, not `Islamic Republic of Iran`).
    /// Renames, in place, one-word targets when exactly one multi-word target name of the document
    /// ends in that word (as written). A target whose new name another target of the same
    /// quotation already has keeps its name (the two were scored apart).
    /// - Complexity: O(*t* · *f*) in the document's targets and its multi-word target names (few).
    static func unify(_ quotations: inout [Quotation], particles: Set<String>, isCatalogued: (String) -> Bool) {
        // One quotation: the finder has unified its names already.
        guard quotations.count > 1 else { return }
        var fullNames: [FullName] = []
        for quotation in quotations {
            for target in quotation.stance?.targets ?? [] {
                guard let space = target.name.utf8.lastIndex(of: UInt8(ascii: " ")),
                    !fullNames.contains(where: { $0.name == target.name })
                else { continue }
                let lastWord = target.name[target.name.utf8.index(after: space)...]
                var withoutParticle: Substring?
                if let hyphen = lastWord.utf8.firstIndex(of: UInt8(ascii: "-")), particles.contains(String(lastWord[..<hyphen])) {
                    withoutParticle = lastWord[lastWord.utf8.index(after: hyphen)...]
                }
                fullNames.append(FullName(name: target.name, lastWord: lastWord, withoutParticle: withoutParticle))
            }
        }
        // Most documents name nobody in full: nothing to do.
        guard !fullNames.isEmpty else { return }
        for position in quotations.indices {
            guard let targets = quotations[position].stance?.targets else { continue }
            for index in targets.indices {
                let name = targets[index].name
                guard !name.utf8.contains(UInt8(ascii: " ")), let fullName = onlyFullName(ending: name, in: fullNames),
                    !targets.contains(where: { $0.name == fullName }), !isCatalogued(name.lowercased())
                else { continue }
                quotations[position].stance?.targets[index].name = fullName
            }
        }
    }

    /// The one full name whose last word is `word` (with or without its particle: `al-Assad` and
    /// `Assad` both name `Bashar al-Assad`); `nil` when none or two do.
    private static func onlyFullName(ending word: String, in fullNames: [FullName]) -> String? {
        var found: String?
        for fullName in fullNames where fullName.lastWord == word || fullName.withoutParticle == word[...] {
            if found != nil { return nil }
            found = fullName.name
        }
        return found
    }
}
