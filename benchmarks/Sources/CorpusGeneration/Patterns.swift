import Foundation

/// The word lists the generator reads from `Resources/patterns.json`: cue
/// verbs that mark reported speech, weekday names, outlet editions and the
/// date range articles are spread over.
public struct Patterns: Sendable, Decodable {
    public var cueVerbs: [String]
    public var weekdays: [String]
    public var outletEditions: [String]
    /// First publication date, `YYYY-MM-DD`.
    public var firstDate: String
    /// Articles are dated uniformly over this many days from `firstDate`.
    public var dateSpanDays: Int

    /// The lists shipped with the generator.
    /// - Throws: when the resource is missing or malformed.
    public static func bundled() throws -> Patterns {
        guard let url = Bundle.module.url(forResource: "patterns", withExtension: "json") else {
            throw GeneratorError("patterns.json is missing from the generator's resources")
        }
        return try JSONDecoder().decode(Patterns.self, from: Data(contentsOf: url))
    }
}

/// A failure of the corpus generator, with a message for the user.
public struct GeneratorError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
