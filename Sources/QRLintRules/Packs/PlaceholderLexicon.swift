/// Words that mark an unfinished template (【待补充】, 请填写, TODO): `Rules/lexicon/placeholders/*.json`,
/// read by `text.placeholder`. Runs of XX / ×× and "X月X日" are recognised by the rule itself.
/// The schema is documented in `Rules/README.md`.
public struct PlaceholderLexicon: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var source: String
    public var entries: [Entry]

    enum Keys: String, CodingKey, CaseIterable {
        case id, source, entries
    }

    public struct Entry: Sendable, Decodable, StrictlyDecodable {
        /// The phrases, each found anywhere (quotes and spaces inside are skipped; letters ignore case).
        public var phrases: [String]
        /// What the phrase is, in the message: "待补充标记".
        public var what: String
        public var guards: PhraseGuards
        public var examples: LexiconExamples

        enum Keys: String, CodingKey, CaseIterable {
            case phrases, what, unlessPrecededBy, unlessFollowedBy, examples
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            phrases = try c.decode([String].self, forKey: .phrases)
            what = try c.decode(String.self, forKey: .what)
            guards = PhraseGuards(
                unlessPrecededBy: try c.decodeIfPresent([String].self, forKey: .unlessPrecededBy) ?? [],
                unlessFollowedBy: try c.decodeIfPresent([String].self, forKey: .unlessFollowedBy) ?? [])
            examples = try c.decode(LexiconExamples.self, forKey: .examples)
            try LexiconValidation.requireNonEmpty(phrases, key: Keys.phrases, codingPath: c.codingPath)
        }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        entries = try c.decode([Entry].self, forKey: .entries)
    }
}

extension PlaceholderLexicon: LexiconPack {
    public static let folder = "lexicon/placeholders"
    public static let ruleID = "text.placeholder"
    public var entryExamples: [(entry: String, examples: LexiconExamples)] {
        entries.map { ($0.phrases.first ?? $0.what, $0.examples) }
    }
}
