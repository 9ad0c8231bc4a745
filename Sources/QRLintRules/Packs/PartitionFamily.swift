/// A set of labels that split a whole into disjoint parts (初级/中级/副高级/正高级, 男/女, 一/二/三年级):
/// `Rules/lexicon/partitions/*.json`, one family per file. Parts whose labels all name different members of
/// one family are disjoint, so their sum may not exceed the total; when they cover the family (one of its
/// `covers`), the sum must equal the total. The schema is documented in `Rules/README.md`.
public struct PartitionFamily: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    /// What the family splits by, shown in messages: "职称".
    public var name: String
    public var members: [Member]
    /// Sets of member names that together make the whole (["男", "女"]). Empty: the family is never complete.
    public var covers: [[String]]
    /// Even a complete list may add up to less than the total (teachers without a 职称): only an excess is
    /// reported.
    public var shortfallAllowed: Bool
    /// For age bands and other numeric ranges: the unit after the numbers ("岁"). Members are then read from
    /// the labels ("21-30岁", "30岁以下", "51岁及以上") instead of `members`.
    public var ranges: String?
    public var examples: [PartitionExample]

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, members, covers, shortfallAllowed, ranges, examples
    }

    public struct Member: Sendable, Decodable, StrictlyDecodable {
        public var name: String
        /// Spellings found inside a part's label ("初级职称", "初级"); the longest match wins.
        public var aliases: [String]

        enum Keys: String, CodingKey, CaseIterable {
            case name, aliases
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }

        public var spellings: [String] { [name] + aliases }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        members = try c.decodeIfPresent([Member].self, forKey: .members) ?? []
        covers = try c.decodeIfPresent([[String]].self, forKey: .covers) ?? []
        shortfallAllowed = try c.decodeIfPresent(Bool.self, forKey: .shortfallAllowed) ?? false
        ranges = try c.decodeIfPresent(String.self, forKey: .ranges)
        examples = try c.decode([PartitionExample].self, forKey: .examples)
        let names = Set(members.map(\.name))
        for (index, cover) in covers.enumerated() {
            for name in cover where !names.contains(name) {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: c.codingPath + [Keys.covers, AnyCodingKey(intValue: index)!],
                        debugDescription: "“\(name)”不是本族的成员"))
            }
        }
        guard !examples.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.examples], debugDescription: "每个分类族至少要有一个示例"))
        }
        guard ranges != nil || members.count >= 2 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.members], debugDescription: "分类族至少要有两个成员（或用 ranges）"))
        }
    }
}

extension PartitionFamily: RulePackFile {
    public static let folder = "lexicon/partitions"
}

/// A list of labelled parts the family must recognise, and whether the list is complete.
public struct PartitionExample: Sendable, Decodable, StrictlyDecodable {
    /// A sentence with the parts, e.g. "职称结构：初级职称121人，中级职称139人".
    public var text: String
    /// Whether the listed parts make the whole (one of the covers).
    public var complete: Bool

    enum Keys: String, CodingKey, CaseIterable {
        case text, complete
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        text = try c.decode(String.self, forKey: .text)
        complete = try c.decode(Bool.self, forKey: .complete)
    }
}
