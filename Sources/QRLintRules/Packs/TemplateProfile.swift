/// A report template: its chapters, their canonical titles and aliases, and how to recognise it.
/// The schema is documented in `Rules/README.md`; packs live in `Rules/templates/*.json`.
public struct TemplateProfile: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var name: String
    /// school · district · provincial · enterprise …
    public var reportType: String
    public var source: String
    public var detection: Detection
    /// In the template's order.
    public var chapters: [Chapter]

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, reportType, source, detection, chapters
    }

    public struct Detection: Sendable, Decodable, StrictlyDecodable {
        /// Words of the report title and cover, with the weight each adds to this profile's score.
        public var titleWords: [String: Int]
        /// Report years this outline was published for (a small bonus when the title's year matches).
        public var years: [Int]

        enum Keys: String, CodingKey, CaseIterable {
            case titleWords, years
        }

        public init(from decoder: Decoder) throws {
            try Self.rejectUnknownKeys(in: decoder)
            let c = try decoder.container(keyedBy: Keys.self)
            titleWords = try c.decodeIfPresent([String: Int].self, forKey: .titleWords) ?? [:]
            years = try c.decodeIfPresent([Int].self, forKey: .years) ?? []
        }
    }

    public struct Chapter: Sendable, Decodable, StrictlyDecodable {
        /// What the chapter is, across profiles: overview, talent, service, culture, international,
        /// integration, support, challenges, appendix.
        public var part: String
        public var title: String
        public var aliases: [String]
        public var required: Bool
        /// The template's sub-sections; empty when the profile leaves them free.
        public var sections: [Section]
        /// Title and aliases normalised once, for matching.
        public let normalized: NormalizedTitle

        enum Keys: String, CodingKey, CaseIterable {
            case part, title, aliases, required, sections
        }

        public init(from decoder: Decoder) throws {
            try Self.rejectUnknownKeys(in: decoder)
            let c = try decoder.container(keyedBy: Keys.self)
            part = try c.decode(String.self, forKey: .part)
            title = try c.decode(String.self, forKey: .title)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? true
            sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
            normalized = NormalizedTitle(title, aliases: aliases)
        }
    }

    public struct Section: Sendable, Decodable, StrictlyDecodable {
        public var title: String
        public var aliases: [String]
        public let normalized: NormalizedTitle

        enum Keys: String, CodingKey, CaseIterable {
            case title, aliases
        }

        public init(from decoder: Decoder) throws {
            try Self.rejectUnknownKeys(in: decoder)
            let c = try decoder.container(keyedBy: Keys.self)
            title = try c.decode(String.self, forKey: .title)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            normalized = NormalizedTitle(title, aliases: aliases)
        }
    }

    public init(from decoder: Decoder) throws {
        try Self.rejectUnknownKeys(in: decoder)
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        reportType = try c.decode(String.self, forKey: .reportType)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        detection = try c.decode(Detection.self, forKey: .detection)
        chapters = try c.decode([Chapter].self, forKey: .chapters)
    }
}

extension TemplateProfile {
    /// The seven parts every report must have (2023 and 2024 notices).
    public static let sevenParts = ["talent", "service", "culture", "international", "integration", "support", "challenges"]
}
