/// A report template: its chapters, their canonical titles and aliases, and how to recognise it.
/// The schema is documented in `Rules/README.md`; packs live in `Rules/templates/*.json`.
public struct TemplateProfile: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var name: String
    /// school · district · provincial · enterprise …
    public var reportType: String
    public var source: String
    /// An outline that is no longer current (the pre-2021 中职 outline): recognised only to tell the user.
    public var legacy: Bool
    /// For a legacy outline: the id of the profile that replaced it.
    public var successor: String?
    public var detection: Detection
    /// In the template's order.
    public var chapters: [Chapter]
    /// Which front-matter parts the report must (or should) carry.
    public var frontMatter: FrontMatterRequirements
    /// The indicator tables appended to the report, in order; empty when the profile needs none.
    public var appendixTables: [AppendixTable]
    /// Longest case (典型案例) in scalars, spaces excluded; nil = no limit.
    public var caseMaxLength: Int?

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, reportType, source, legacy, successor, detection, chapters, frontMatter, appendixTables,
            caseMaxLength
    }

    public struct Detection: Sendable, Decodable, StrictlyDecodable {
        /// Words of the cover title, with the weight each adds to this profile's score (negative weights count
        /// against it: "职业教育中心" names a school, not a district).
        public var titleWords: [String: Int]
        /// Report years this outline was published for (a small bonus when the title's year matches).
        public var years: [Int]
        /// The profile is only chosen when at least this many of its chapters are found.
        public var minChapters: Int
        /// Breaks ties: of equally scored profiles the one with the higher priority wins.
        public var priority: Int

        enum Keys: String, CodingKey, CaseIterable {
            case titleWords, years, minChapters, priority
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            titleWords = try c.decodeIfPresent([String: Int].self, forKey: .titleWords) ?? [:]
            years = try c.decodeIfPresent([Int].self, forKey: .years) ?? []
            minChapters = try c.decodeIfPresent(Int.self, forKey: .minChapters) ?? 0
            priority = try c.decodeIfPresent(Int.self, forKey: .priority) ?? 0
        }
    }

    public struct Chapter: Sendable, Decodable, StrictlyDecodable {
        /// What the chapter is, across profiles: overview, talent, service, culture, international,
        /// integration, support, challenges, appendix, other.
        public var part: String
        public var title: String
        /// Titles as good as `title`: matched, never reported as a mismatch.
        public var accepted: [String]
        public var aliases: [String]
        public var required: Bool
        /// The template's sub-sections; empty when the profile leaves them free.
        public var sections: [Section]
        /// Title and aliases normalised once, for matching.
        public let normalized: NormalizedTitle

        enum Keys: String, CodingKey, CaseIterable {
            case part, title, accepted, aliases, required, sections
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            part = try c.decode(String.self, forKey: .part)
            title = try c.decode(String.self, forKey: .title)
            accepted = try c.decodeIfPresent([String].self, forKey: .accepted) ?? []
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? true
            sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
            normalized = NormalizedTitle(title, aliases: aliases, accepted: accepted)
        }
    }

    public struct Section: Sendable, Decodable, StrictlyDecodable {
        public var title: String
        public var aliases: [String]
        public let normalized: NormalizedTitle

        enum Keys: String, CodingKey, CaseIterable {
            case title, aliases
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            title = try c.decode(String.self, forKey: .title)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            normalized = NormalizedTitle(title, aliases: aliases)
        }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        reportType = try c.decode(String.self, forKey: .reportType)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        legacy = try c.decodeIfPresent(Bool.self, forKey: .legacy) ?? false
        successor = try c.decodeIfPresent(String.self, forKey: .successor)
        detection = try c.decode(Detection.self, forKey: .detection)
        chapters = try c.decode([Chapter].self, forKey: .chapters)
        frontMatter = try c.decodeIfPresent(FrontMatterRequirements.self, forKey: .frontMatter) ?? .none
        appendixTables = try c.decodeIfPresent([AppendixTable].self, forKey: .appendixTables) ?? []
        caseMaxLength = try c.decodeIfPresent(Int.self, forKey: .caseMaxLength)
    }
}

extension TemplateProfile {
    /// The seven parts every report must have (2023 and 2024 notices).
    public static let sevenParts = [
        "talent", "service", "culture", "international", "integration", "support", "challenges",
    ]
}
