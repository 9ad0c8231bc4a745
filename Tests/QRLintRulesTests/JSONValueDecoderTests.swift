import QRLintCore
import QRLintRules
import Testing

struct JSONValueDecoderTests {
    private struct Inner: Decodable, Equatable {
        var name: String
        var weight: Double?
    }

    private enum Kind: String, Decodable, Equatable {
        case count, money
    }

    /// Synthesised `Decodable`: what most Swift code asks of a decoder.
    private struct Everything: Decodable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var small: UInt8
        var maybe: String?
        var absent: Int?
        var list: [Int]
        var nested: [[String]]
        var inner: Inner
        var inners: [Inner]
        var words: [String: Int]
        var kind: Kind
        var kinds: [Kind]
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONValueDecoder.decode(type, from: try JSONValueParser.parse(text))
    }

    /// The user-facing message `PackDecoder` makes of a failure.
    private func message<T: Decodable>(_ type: T.Type, _ text: String) -> String {
        do {
            _ = try PackDecoder.decode(type, path: "p.json", contents: text)
            return ""
        } catch {
            return error.message
        }
    }

    @Test func decodesEveryKindOfValue() throws {
        let text = """
            {
              "text": "文本\\n", "count": -3, "ratio": 0.125, "flag": true, "small": 255, "maybe": null,
              "list": [1, 2, 3], "nested": [[], ["a", "b"]],
              "inner": { "name": "甲", "weight": 2 }, "inners": [{ "name": "乙" }, { "name": "丙", "weight": 1e-2 }],
              "words": { "学校": 3, "区": -2 }, "kind": "money", "kinds": ["count", "money"]
            }
            """
        let value = try decode(Everything.self, text)
        #expect(
            value
                == Everything(
                    text: "文本\n", count: -3, ratio: 0.125, flag: true, small: 255, maybe: nil, absent: nil,
                    list: [1, 2, 3], nested: [[], ["a", "b"]], inner: Inner(name: "甲", weight: 2),
                    inners: [Inner(name: "乙", weight: nil), Inner(name: "丙", weight: 0.01)],
                    words: ["学校": 3, "区": -2], kind: .money, kinds: [.count, .money]))
    }

    @Test func scalarsAtTheTopLevel() throws {
        #expect(try decode(String.self, #""a""#) == "a")
        #expect(try decode(Int.self, "12") == 12)
        #expect(try decode(Double.self, "12") == 12)
        #expect(try decode(Bool.self, "false") == false)
        #expect(try decode([String].self, #"["x", "y"]"#) == ["x", "y"])
        #expect(try decode(Int?.self, "null") == nil)
        #expect(try decode([Int?].self, "[1, null]") == [1, nil])
    }

    /// As in Foundation: a number with a fraction or exponent is an integer when it is one exactly.
    @Test func integersFromExactNumbers() throws {
        #expect(try decode(Int.self, "1.0") == 1)
        #expect(try decode(Int.self, "1e2") == 100)
        #expect(throws: DecodingError.self) { try decode(Int.self, "1.5") }
        #expect(throws: DecodingError.self) { try decode(Int.self, "9223372036854775808") }
        #expect(throws: DecodingError.self) { try decode(UInt8.self, "256") }
        #expect(throws: DecodingError.self) { try decode(UInt.self, "-1") }
        #expect(throws: DecodingError.self) { try decode(Double.self, "1e400") }
    }

    @Test func typeMismatchNamesBothKindsAndThePlace() {
        let text = """
            { "id": "x", "entries": [
              { "phrases": ["待补充"], "what": 3, "examples": { "triggering": ["⟦待补充⟧"] } } ] }
            """
        #expect(
            message(PlaceholderLexicon.self, text) == "p.json:2:25: entries[0].what：类型不对：应为字符串，实际是整数")
        let list =
            #"{ "id": "x", "entries": [ { "phrases": ["a", 2], "what": "w", "examples": { "triggering": ["⟦a⟧"] } } ] }"#
        #expect(
            message(PlaceholderLexicon.self, list)
                == "p.json:1:46: entries[0].phrases[1]：类型不对：应为字符串，实际是整数")
        #expect(message([Int].self, "[1, \"2\"]") == "p.json:1:5: [1]：类型不对：应为整数，实际是字符串")
        #expect(message(Bool.self, "1") == "p.json:1:1: （顶层）：类型不对：应为布尔值（true 或 false），实际是整数")
        #expect(message(PlaceholderLexicon.self, "[]") == "p.json:1:1: （顶层）：类型不对：应为对象，实际是数组")
        #expect(message([String].self, "{}") == "p.json:1:1: （顶层）：类型不对：应为数组，实际是对象")
    }

    /// Records and lists of records are read without `Array.init(from:)`; their errors name the same places.
    @Test func listsOfRecordsReportTheElementAndTheList() {
        #expect(
            message(PlaceholderLexicon.self, #"{ "id": "x", "entries": {} }"#)
                == "p.json:1:14: entries：类型不对：应为数组，实际是对象")
        #expect(
            message(PlaceholderLexicon.self, #"{ "id": "x", "entries": ["a"] }"#)
                == "p.json:1:26: entries[0]：类型不对：应为对象，实际是字符串")
        #expect(
            message(PlaceholderLexicon.self, #"{ "id": "x", "entries": [null] }"#)
                == "p.json:1:26: entries[0]：缺少值：应为对象，实际是空值 null")
    }

    @Test func nullWhereAValueIsRequired() {
        let text = #"{ "id": null, "entries": [] }"#
        #expect(message(PlaceholderLexicon.self, text) == "p.json:1:3: id：缺少值：应为字符串，实际是空值 null")
    }

    @Test func missingKeyPointsAtItsObject() {
        let text = """
            { "id": "x", "entries": [
              { "phrases": ["待补充"], "examples": { "triggering": ["⟦待补充⟧"] } } ] }
            """
        #expect(message(PlaceholderLexicon.self, text) == "p.json:2:3: entries[0].what：缺少必需的键“what”")
        #expect(message(PlaceholderLexicon.self, "\n  {}") == "p.json:2:3: id：缺少必需的键“id”")
    }

    @Test func unknownKeysUnderStrictDecoding() {
        let text = """
            { "id": "x",
              "entries": [ { "phrases": ["待补充"], "what": "标记", "examples": { "triggering": ["⟦待补充⟧"] },
                             "unlessFolowedBy": ["了"] } ] }
            """
        #expect(
            message(PlaceholderLexicon.self, text)
                == "p.json:3:18: entries[0].unlessFolowedBy：未知的键“unlessFolowedBy”"
                + "（可用：phrases, what, unlessPrecededBy, unlessFollowedBy, examples）"
        )
        // The key that is not allowed is found by its position, even when its name appears earlier as a value.
        let shadowed = #"{ "text": "value", "value": 1, "valu": 2 }"#
        #expect(message(UnitExample.self, shadowed) == "p.json:1:32: valu：未知的键“valu”（可用：text, value）")
    }

    @Test func validationErrorsOfThePackTypesKeepTheirPlace() {
        let text = """
            { "id": "x", "entries": [ { "outdated": "a", "current": "b", "since": "2022/10/16", "source": "s",
              "fromReportYear": 2023, "forms": ["十九大精神"], "examples": { "triggering": ["⟦十九大精神⟧"] } } ] }
            """
        #expect(
            message(FormulationLexicon.self, text)
                == "p.json:1:62: entries[0].since：日期应写成 yyyy-mm-dd，而不是“2022/10/16”")
    }

    @Test func syntaxErrorsReportTheirPosition() {
        #expect(
            message(PlaceholderLexicon.self, "{ not json") == "p.json:1:3: 不是合法的 JSON：此处应为用双引号括起的键，却是“n”")
        #expect(
            message(PlaceholderLexicon.self, "{\"id\": \"a\", \"id\": \"b\"}")
                == "p.json:1:13: 不是合法的 JSON：键“id”在同一对象中重复出现")
    }

    @Test func locateFollowsTheTree() {
        let text = """
            {
              "ruleNames": "rules",
              "rules": {
                "a": { "options": { "n": 1 } }
              }
            }
            """
        let path: [CodingKey] = [AnyCodingKey(stringValue: "rules"), AnyCodingKey(stringValue: "a")]
        #expect(PackDecoder.locate(path, in: text) == SourcePosition(line: 4, column: 5))
        let option = path + [AnyCodingKey(stringValue: "options"), AnyCodingKey(stringValue: "n")]
        #expect(PackDecoder.locate(option, in: text) == SourcePosition(line: 4, column: 25))
        #expect(PackDecoder.locate([], in: text) == SourcePosition(line: 1, column: 1))
    }
}
