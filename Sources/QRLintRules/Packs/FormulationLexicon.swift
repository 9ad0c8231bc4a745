/// Political and planning formulations with the date they went out of date (党的十九大精神 after the 二十大,
/// “十三五” after 2020): `Rules/lexicon/formulations/*.json`, read by `terms.outdated`. Each entry says from
/// which report year its forms are outdated when used as the current line. The schema is documented in
/// `Rules/README.md`.
public struct FormulationLexicon: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var source: String
    public var entries: [Entry]

    enum Keys: String, CodingKey, CaseIterable {
        case id, source, entries
    }

    public struct Entry: Sendable, Decodable, StrictlyDecodable {
        /// What went out of date, in the message: "党的十九大精神".
        public var outdated: String
        /// What replaced it, in the message: "党的二十大精神".
        public var current: String
        /// When it went out of date (yyyy-mm-dd), and the evidence.
        public var since: String
        public var source: String
        /// Reports for this year or later should not use the forms as the current line.
        public var fromReportYear: Int
        /// The phrases that use it as the current line.
        public var forms: [String]
        public var guards: PhraseGuards
        public var examples: LexiconExamples

        enum Keys: String, CodingKey, CaseIterable {
            case outdated, current, since, source, fromReportYear, forms, clauseContains, unlessPrecededBy,
                unlessFollowedBy, examples
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            outdated = try c.decode(String.self, forKey: .outdated)
            current = try c.decode(String.self, forKey: .current)
            since = try c.decode(String.self, forKey: .since)
            source = try c.decode(String.self, forKey: .source)
            fromReportYear = try c.decode(Int.self, forKey: .fromReportYear)
            forms = try c.decode([String].self, forKey: .forms)
            guards = PhraseGuards(
                unlessPrecededBy: try c.decodeIfPresent([String].self, forKey: .unlessPrecededBy) ?? [],
                unlessFollowedBy: try c.decodeIfPresent([String].self, forKey: .unlessFollowedBy) ?? [],
                clauseContains: try c.decodeIfPresent([String].self, forKey: .clauseContains) ?? [])
            examples = try c.decode(LexiconExamples.self, forKey: .examples)
            try LexiconValidation.requireNonEmpty(forms, key: Keys.forms, codingPath: c.codingPath)
            try LexiconValidation.requireDate(since, key: Keys.since, codingPath: c.codingPath)
        }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        entries = try c.decode([Entry].self, forKey: .entries)
    }
}

extension FormulationLexicon: LexiconPack {
    public static let folder = "lexicon/formulations"
    public static let ruleID = "terms.outdated"
    public var entryExamples: [(entry: String, examples: LexiconExamples)] {
        entries.map { ($0.outdated, $0.examples) }
    }
}
