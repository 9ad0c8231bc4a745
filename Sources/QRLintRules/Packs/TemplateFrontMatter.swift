/// The front-matter parts of a profile: `required` ones are checked by `structure.front-matter` (warning),
/// `recommended` ones by `structure.front-matter-recommended` (info).
public struct FrontMatterRequirements: Sendable, Decodable, StrictlyDecodable {
    public enum Item: String, Sendable, CaseIterable, Decodable {
        /// 年报公开形式及网址, with a well-formed URL.
        case publication
        /// 内容真实性责任声明: names the unit and the year, vouches for 真实性、完整性和准确性.
        case statement
        /// 前言.
        case preface
        /// 目录.
        case toc
    }

    public var required: [Item]
    public var recommended: [Item]

    public static let none = FrontMatterRequirements(required: [], recommended: [])

    enum Keys: String, CodingKey, CaseIterable {
        case required, recommended
    }

    init(required: [Item], recommended: [Item]) {
        self.required = required
        self.recommended = recommended
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        required = try Self.items(c, .required)
        recommended = try Self.items(c, .recommended)
        if let both = required.first(where: recommended.contains) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath + [Keys.recommended], debugDescription: "“\(both.rawValue)”不能既必需又推荐")
            )
        }
    }

    /// Decodes a list of item names, naming the allowed ones when a name is unknown.
    private static func items(_ c: JSONKeyedContainer<Keys>, _ key: Keys) throws -> [Item] {
        let names = try c.decodeIfPresent([String].self, forKey: key) ?? []
        return try names.enumerated().map { index, name in
            guard let item = Item(rawValue: name) else {
                let allowed = Item.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: c.codingPath + [key, AnyCodingKey(intValue: index)!],
                        debugDescription: "未知的前置部分“\(name)”（可用：\(allowed)）"))
            }
            return item
        }
    }
}

/// One indicator table appended to a report (人才培养质量计分卡 …), with the rows it must carry.
public struct AppendixTable: Sendable, Decodable, StrictlyDecodable {
    public var title: String
    public var aliases: [String]
    public var rows: [Row]

    enum Keys: String, CodingKey, CaseIterable {
        case title, aliases, rows
    }

    public struct Row: Sendable, Decodable, StrictlyDecodable {
        /// The indicator as printed in the 指标 column.
        public var name: String
        public var aliases: [String]
        /// The expected 单位 ("人", "%", "元/生"); nil = not checked.
        public var unit: String?
        public var unitAliases: [String]

        enum Keys: String, CodingKey, CaseIterable {
            case name, aliases, unit, unitAliases
        }

        public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

        init(fields c: JSONKeyedContainer<Keys>) throws {
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            unit = try c.decodeIfPresent(String.self, forKey: .unit)
            unitAliases = try c.decodeIfPresent([String].self, forKey: .unitAliases) ?? []
        }

        /// Every accepted spelling of the indicator.
        public var names: [String] { [name] + aliases }
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        title = try c.decode(String.self, forKey: .title)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        rows = try c.decodeIfPresent([Row].self, forKey: .rows) ?? []
    }

    /// Every accepted spelling of the table title.
    public var titles: [String] { [title] + aliases }
}
