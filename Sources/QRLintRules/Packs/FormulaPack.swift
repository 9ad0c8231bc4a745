import QRLintCore

/// Identities and ratios between measures: `Rules/formulas/*.json`. A formula says how a stated value follows
/// from others (生师比 = 在校生 ÷ 专任教师); `numbers.formula` (severity error) and `numbers.formula-loose`
/// (severity warning: definitions that vary between schools) report a stated value that cannot be right.
public struct FormulaPack: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    public var formulas: [Formula]

    enum Keys: String, CodingKey, CaseIterable {
        case id, formulas
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        formulas = try c.decode([Formula].self, forKey: .formulas)
    }
}

extension FormulaPack: RulePackFile {
    public static let folder = "formulas"
}

public struct Formula: Sendable, Decodable, StrictlyDecodable {
    public var id: String
    /// How a reader would write it: "生师比 = 在校生 ÷ 专任教师".
    public var name: String
    /// The measure whose stated value is checked.
    public var result: String
    /// Ways to compute it; the stated value is accepted when any alternative whose inputs are stated agrees.
    public var alternatives: [FormulaExpression]
    /// error → reported as `numbers.formula`; warning → `numbers.formula-loose`.
    public var severity: Severity
    public var examples: FormulaExamples

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, result, alternatives, severity, examples
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        result = try c.decode(String.self, forKey: .result)
        alternatives = try c.decode([FormulaExpression].self, forKey: .alternatives)
        severity = try c.decode(Severity.self, forKey: .severity)
        examples = try c.decode(FormulaExamples.self, forKey: .examples)
        guard severity != .info else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.severity], debugDescription: "公式的严重级别只能是 error 或 warning"))
        }
        guard !alternatives.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.alternatives], debugDescription: "至少要有一种算法"))
        }
    }
}

/// `{"add": ["a", "b"]}` or `{"divide": ["a", "b"]}` over measure ids.
public struct FormulaExpression: Sendable, Decodable, StrictlyDecodable {
    public enum Operation: String, Sendable {
        case add
        case divide
    }

    public var operation: Operation
    public var terms: [String]

    enum Keys: String, CodingKey, CaseIterable {
        case add, divide
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        if let terms = try c.decodeIfPresent([String].self, forKey: .add) {
            operation = .add
            self.terms = terms
        } else if let terms = try c.decodeIfPresent([String].self, forKey: .divide) {
            guard terms.count == 2 else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: c.codingPath + [Keys.divide], debugDescription: "divide 需要恰好两个量：被除数和除数"))
            }
            operation = .divide
            self.terms = terms
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath, debugDescription: "算法须是 {\"add\": […]} 或 {\"divide\": [a, b]}"))
        }
        guard terms.count >= 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "算法至少要有两个量"))
        }
    }
}

/// Paragraphs the formula must flag (`triggering`) and must accept (`nonTriggering`).
public struct FormulaExamples: Sendable, Decodable, StrictlyDecodable {
    public var triggering: [String]
    public var nonTriggering: [String]

    enum Keys: String, CodingKey, CaseIterable {
        case triggering, nonTriggering
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        triggering = try c.decode([String].self, forKey: .triggering)
        nonTriggering = try c.decode([String].self, forKey: .nonTriggering)
        guard !triggering.isEmpty, !nonTriggering.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath, debugDescription: "公式须各有至少一个触发与不触发示例"))
        }
    }
}
