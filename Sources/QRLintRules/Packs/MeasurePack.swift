/// Units and measures the number checks read: `Rules/measures/*.json`. A unit says how a value written with
/// it converts to a base unit (万元 → 元 × 10000); a measure names what a number counts (在校生, 专任教师) with
/// the labels reports use for it. The schema is documented in `Rules/README.md`.
public struct MeasurePack: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var units: [UnitEntry]
    public var measures: [MeasureEntry]

    enum Keys: String, CodingKey, CaseIterable {
        case id, units, measures
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        units = try c.decodeIfPresent([UnitEntry].self, forKey: .units) ?? []
        measures = try c.decodeIfPresent([MeasureEntry].self, forKey: .measures) ?? []
    }
}

extension MeasurePack: RulePackFile {
    public static let folder = "measures"
}

/// A unit or measure word as written after a number.
public struct UnitEntry: Sendable, Decodable, StrictlyDecodable {
    /// As written: "人", "万元", "平方米", "%".
    public var name: String
    /// Other spellings of the same unit ("㎡" for 平方米, "％" for %).
    public var aliases: [String]
    /// The unit values are compared in; a unit is its own base when it names no other.
    public var base: String
    /// How many base units one of this unit is (万元 → 10000).
    public var factor: Double
    public var kind: UnitKind
    /// Texts with the value they must be read as, in the base unit.
    public var examples: [UnitExample]

    enum Keys: String, CodingKey, CaseIterable {
        case name, aliases, base, factor, kind, examples
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        base = try c.decodeIfPresent(String.self, forKey: .base) ?? name
        factor = try c.decodeIfPresent(Double.self, forKey: .factor) ?? 1
        kind = try c.decodeIfPresent(UnitKind.self, forKey: .kind) ?? .count
        examples = try c.decode([UnitExample].self, forKey: .examples)
        guard !examples.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.examples], debugDescription: "每个单位至少要有一个示例"))
        }
    }
}

/// What kind of amount a unit measures; the checks treat them differently.
public enum UnitKind: String, Sendable, Decodable, CaseIterable {
    /// People, things, items: 人, 名, 个, 项, 门, 所 — summed in part sums and table totals.
    case count
    /// Money: 元, 万元.
    case money
    /// Area, length, data, time spent: 平方米, 亩, 学时, Mbps — summable amounts that are not counts.
    case amount
    /// %: a share or a rate.
    case percent
    /// 个百分点: a difference of two rates.
    case points
    /// 倍: a multiple.
    case times
}

public struct UnitExample: Sendable, Decodable, StrictlyDecodable {
    public var text: String
    /// The value in the base unit.
    public var value: Double

    enum Keys: String, CodingKey, CaseIterable {
        case text, value
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(Double.self, forKey: .value)
    }
}

/// A measure: what a number counts, under every label reports use for it.
public struct MeasureEntry: Sendable, Decodable, StrictlyDecodable {
    /// Stable id formulas refer to: "students", "full-time-teachers".
    public var id: String
    /// The canonical label, shown in messages: "在校生".
    public var name: String
    /// Other labels ("在校学生", "全日制在校生", "学历教育在校生"). A label is matched at the end of the noun phrase
    /// before a number, after neutral words (学校, 现有, 总数 …) are dropped; what stays in front of it is a
    /// qualifier ("初级“双师型”教师" is not "“双师型”教师").
    public var aliases: [String]
    /// The base unit its values are in ("人", "元", "%"); a number in another unit is not this measure.
    public var unit: String?
    /// Measures this one is a subset of (对口就业 within 就业): `numbers.bound` checks it is not larger.
    public var within: [String]
    /// The largest value that makes sense (100 for a rate in %): `numbers.bound` reports a larger one.
    public var ceiling: Double?
    /// Texts in which this measure must be recognised, with the value it must be read as.
    public var examples: [UnitExample]

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, aliases, unit, within, ceiling, examples
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        within = try c.decodeIfPresent([String].self, forKey: .within) ?? []
        ceiling = try c.decodeIfPresent(Double.self, forKey: .ceiling)
        examples = try c.decode([UnitExample].self, forKey: .examples)
        guard !examples.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.examples], debugDescription: "每个量至少要有一个示例"))
        }
    }

    /// The name and every alias.
    public var labels: [String] { [name] + aliases }
}
