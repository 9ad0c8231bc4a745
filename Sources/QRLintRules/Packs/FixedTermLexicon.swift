/// Fixed terms that keep their Chinese numerals (二十大, 四中全会, “十四五”) and the Arabic spellings that
/// break them (GB/T 15835-2011): `Rules/lexicon/fixed-terms/*.json`, read by `terms.fixed-numerals`.
/// The schema is documented in `Rules/README.md`.
public struct FixedTermLexicon: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var source: String
    public var entries: [Entry]

    enum Keys: String, CodingKey, CaseIterable {
        case id, source, entries
    }

    public struct Entry: Sendable, Decodable, StrictlyDecodable {
        /// The term as it must be written: "二十大".
        public var term: String
        /// Wrong spellings: "20大". A spelling that starts or ends with a digit never matches inside a longer
        /// number ("120大" is not "20大").
        public var forms: [String]
        public var guards: PhraseGuards
        public var examples: LexiconExamples

        enum Keys: String, CodingKey, CaseIterable {
            case term, forms, unlessPrecededBy, unlessFollowedBy, onlyPrecededBy, onlyFollowedBy, examples
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            term = try c.decode(String.self, forKey: .term)
            forms = try c.decode([String].self, forKey: .forms)
            guards = PhraseGuards(
                unlessPrecededBy: try c.decodeIfPresent([String].self, forKey: .unlessPrecededBy) ?? [],
                unlessFollowedBy: try c.decodeIfPresent([String].self, forKey: .unlessFollowedBy) ?? [],
                onlyPrecededBy: try c.decodeIfPresent([String].self, forKey: .onlyPrecededBy) ?? [],
                onlyFollowedBy: try c.decodeIfPresent([String].self, forKey: .onlyFollowedBy) ?? [])
            examples = try c.decode(LexiconExamples.self, forKey: .examples)
            try LexiconValidation.requireNonEmpty(forms, key: Keys.forms, codingPath: c.codingPath)
        }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        entries = try c.decode([Entry].self, forKey: .entries)
    }
}

extension FixedTermLexicon: LexiconPack {
    public static let folder = "lexicon/fixed-terms"
    public static let ruleID = "terms.fixed-numerals"
    public var entryExamples: [(entry: String, examples: LexiconExamples)] {
        entries.map { ($0.term, $0.examples) }
    }
}
