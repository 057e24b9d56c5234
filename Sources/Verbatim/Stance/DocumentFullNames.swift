/// A full name anywhere among a document's targets names the one-word targets of its last word
/// in every quotation (`Assad` in one quotation, `Syrian President Bashar al-Assad` in another:
/// both `Bashar al-Assad`), as a speaker's canonical name names their later mentions. Within one
/// quotation `TargetMentionFinder` does this already; this rule carries it across quotations.
enum DocumentFullNames {
    /// - Parameters:
    ///   - quotations: the document's quotations, stance scored.
    ///   - particles: name particles joined by a hyphen (`al`, `el`): `al-Assad` is also `Assad`.
    ///   - isCatalogued: whether a name is a user target's or a country's (lowercased key):
    ///     such a name keeps its canonical form (`Iran`, not `Islamic Republic of Iran`).
    /// - Returns: the quotations, one-word targets renamed when exactly one multi-word target name
    ///   of the document ends in that word. A target whose new name another target of the same
    ///   quotation already has keeps its name (the two were scored apart).
    /// - Complexity: O(*t*) in the number of targets of the document.
    static func unify(_ quotations: [Quotation], particles: Set<String>, isCatalogued: (String) -> Bool) -> [Quotation] {
        // Most documents name nobody in full: nothing to do.
        var fullNameByLastWord: [String: String?] = [:]
        for quotation in quotations {
            for target in quotation.stance?.targets ?? [] where target.name.utf8.contains(UInt8(ascii: " ")) {
                for key in keys(of: lastWord(target.name), particles: particles) {
                    if let existing = fullNameByLastWord[key], existing != target.name {
                        fullNameByLastWord[key] = .some(nil)  // two full names end in this word: ambiguous
                    } else {
                        fullNameByLastWord[key] = target.name
                    }
                }
            }
        }
        guard !fullNameByLastWord.isEmpty else { return quotations }
        return quotations.map { quotation in
            guard var stance = quotation.stance else { return quotation }
            var changed = false
            for index in stance.targets.indices where !stance.targets[index].name.utf8.contains(UInt8(ascii: " ")) {
                let name = stance.targets[index].name
                guard !isCatalogued(name.lowercased()),
                    let fullName = keys(of: name, particles: particles).lazy.compactMap({ fullNameByLastWord[$0] ?? nil }).first,
                    !stance.targets.contains(where: { $0.name == fullName })
                else { continue }
                stance.targets[index].name = fullName
                changed = true
            }
            guard changed else { return quotation }
            var quotation = quotation
            quotation.stance = stance
            return quotation
        }
    }

    private static func lastWord(_ name: String) -> Substring {
        name.split(separator: " ").last ?? Substring(name)
    }

    /// The lowercased word, and without a joined particle (`al-assad`, `assad`).
    private static func keys<S: StringProtocol>(of word: S, particles: Set<String>) -> [String] {
        let lowered = word.lowercased()
        guard let hyphen = lowered.firstIndex(of: "-"), particles.contains(String(lowered[..<hyphen])) else { return [lowered] }
        return [lowered, String(lowered[lowered.index(after: hyphen)...])]
    }
}
