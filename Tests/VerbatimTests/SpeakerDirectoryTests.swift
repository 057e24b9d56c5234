import Testing

@testable import Verbatim

@Suite("Speakers across the corpus")
struct SpeakerDirectoryTests {
    typealias Counts = SpeakerDirectory.NameCounts

    private static func person(_ quotations: Int = 1) -> Counts {
        Counts(quotations: quotations, kinds: ["person": quotations])
    }

    @Test("canonical names", arguments: [
        // One Kerry who speaks: the bare surname joins him.
        (["John Kerry": person(), "Kerry": person()], "Kerry", "John Kerry"),
        // The attribution stage could not tell a kind: a bare surname still joins the one person.
        (["John Kerry": person(), "Kerry": Counts(quotations: 1, kinds: ["unknown": 1])], "Kerry", "John Kerry"),
        // Two people named Kerry: merging would guess, so Kerry stays alone.
        (["John Kerry": person(), "Cameron Kerry": person(), "Kerry": person()], "Kerry", "Kerry"),
        // An organisation that ends with the word is not a person: no merge.
        (["Kerry": person(), "County Kerry": Counts(quotations: 1, kinds: ["organisation": 1])], "Kerry", "Kerry"),
        // A group phrase is never merged into a person.
        (["Lavrov": person(), "officials": Counts(quotations: 1, kinds: ["group": 1])], "officials", "officials"),
        // Full names keep their own identity.
        (["John Kerry": person(), "Kerry": person()], "John Kerry", "John Kerry"),
    ] as [([String: Counts], String, String)])
    func canonical(names: [String: Counts], name: String, expected: String) {
        #expect(SpeakerDirectory.canonicalNames(names)[name] == expected)
    }

    @Test("speakers list merges documents, counts quotations and spans dates")
    func summaries() throws {
        let store = try QuotationStore(path: StoreTestDocuments.temporaryDatabase())
        try store.write(batch: StoreTestDocuments.corpus(), encodeMetadata: StoreTestDocuments.metadataJSON)
        #expect(try store.speakersAreStale())
        try store.rebuildSpeakers()
        #expect(try !store.speakersAreStale())
        let speakers = try store.speakers()
        #expect(speakers.count == 1)
        let kerry = try #require(speakers.first)
        #expect(kerry.name == "John Kerry")
        #expect(kerry.quotations == 2 && kerry.documents == 2)
        #expect(kerry.firstDate == "2016-09-18" && kerry.lastDate == "2016-10-02")
        #expect(Set(kerry.aliases.map(\.name)) == ["John Kerry", "Kerry"])
        #expect(kerry.roles.map(\.role) == ["Secretary of State"])
        // --speaker Kerry selects the merged speaker; an unknown name stays as it is.
        #expect(try store.canonicalSpeaker(named: "Kerry") == "John Kerry")
        #expect(try store.canonicalSpeaker(named: "Nobody") == "Nobody")
    }
}
