import QRLintCore
import QRLintRules
import Testing

struct JSONValueParserTests {
    private func parse(_ text: String) throws -> JSONNode { try JSONValueParser.parse(text) }

    /// The syntax error of `text` as "line:col message".
    private func failure(_ text: String, maxDepth: Int = JSONValueParser.defaultMaxDepth) -> String? {
        do {
            _ = try JSONValueParser.parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            let at = JSONSourcePosition.of(byteOffset: error.offset, in: text)
            return "\(at.line):\(at.column) \(error.message)"
        }
    }

    private func string(_ text: String) throws -> String? {
        if case .string(let s) = try parse(text).value { return s }
        return nil
    }

    private func number(_ text: String) throws -> JSONNumber? {
        if case .number(let n) = try parse(text).value { return n }
        return nil
    }

    @Test func escapes() throws {
        #expect(try string(#""a\"b\\c\/d""#) == "a\"b\\c/d")
        #expect(try string(#""\b\f\n\r\t""#) == "\u{08}\u{0C}\n\r\t")
        #expect(try string(#""\u0041\u00e9\u4E2D""#) == "Aé中")
        #expect(try string(#""\ud83d\ude00 笑""#) == "😀 笑")
        #expect(try string(#""前\u3001后""#) == "前、后")
        #expect(try string("\"中文 😀 原样\"") == "中文 😀 原样")
        #expect(try string(#""""#) == "")
    }

    @Test func badEscapesAndStrings() {
        #expect(failure(#""a\x""#) == "1:3 无效的转义“\\x”")
        #expect(failure(#""\u12G4""#)?.hasPrefix("1:2 \\u 之后应为四位十六进制数字") == true)
        #expect(failure(#""\ud83d""#)?.hasPrefix("1:2 高位代理“\\uD83D”后缺少低位代理") == true)
        #expect(failure(#""\ud83d\u0041""#)?.hasPrefix("1:8 高位代理“\\uD83D”后应为低位代理") == true)
        #expect(failure(#""\ude00""#)?.hasPrefix("1:2 低位代理“\\uDE00”前缺少高位代理") == true)
        #expect(failure("{\n  \"a\": \"没有结束") == "2:8 字符串没有结束的引号")
        #expect(failure("\"a\tb\"")?.hasPrefix("1:3 字符串中不能直接写控制字符 U+0009") == true)
        #expect(failure("'a'") == "1:1 字符串应使用双引号（\"），而不是单引号")
    }

    @Test func numbers() throws {
        #expect(try number("0") == JSONNumber(text: "0", integer: 0))
        #expect(try number("-0")?.integer == 0)
        #expect(try number("42")?.integer == 42)
        #expect(try number("-17")?.integer == -17)
        #expect(try number("9223372036854775807")?.integer == Int.max)
        #expect(try number("-9223372036854775808")?.integer == Int.min)
        #expect(
            try number("9223372036854775808") == JSONNumber(text: "9223372036854775808", integer: nil))
        #expect(try number("1.5") == JSONNumber(text: "1.5", integer: nil))
        #expect(try number("-0.25e-3")?.text == "-0.25e-3")
        #expect(try number("1E+2")?.integer == nil)
        #expect(try number(" 12 ")?.integer == 12)
    }

    @Test func badNumbers() {
        #expect(failure("01") == "1:2 数字不能以多余的 0 开头")
        #expect(failure("-01") == "1:3 数字不能以多余的 0 开头")
        #expect(failure("[1, -]") == "1:6 “-”之后应为数字，却是“]”")
        #expect(failure("1.") == "1:3 小数点之后应为数字，却是文件结尾")
        #expect(failure("1.e5") == "1:3 小数点之后应为数字，却是“e”")
        #expect(failure("1e") == "1:3 指数之后应为数字，却是文件结尾")
        #expect(failure(".5")?.hasPrefix("1:1 此处应为一个值") == true)
        #expect(failure("+1")?.hasPrefix("1:1 此处应为一个值") == true)
        #expect(failure("NaN")?.hasPrefix("1:1 此处应为一个值") == true)
        #expect(failure("[Infinity]")?.hasPrefix("1:2 此处应为一个值") == true)
        #expect(failure("-Infinity") == "1:2 “-”之后应为数字，却是“I”")
        #expect(failure("0x10") == "1:2 JSON 值之后还有多余的内容（“x”）")
    }

    @Test func nestingKeepsOrderAndPositions() throws {
        let text = """
            {
              "b": [1, {"c": null}, true],
              "a": { "中文键": "值" }
            }
            """
        let root = try parse(text)
        guard case .object(let object) = root.value else {
            Issue.record("not an object")
            return
        }
        #expect(object.members.map(\.key) == ["b", "a"])
        let position = { (offset: Int) in JSONSourcePosition.of(byteOffset: offset, in: text) }
        #expect(position(object.members[0].keyOffset) == SourcePosition(line: 2, column: 3))
        #expect(position(object.members[0].value.offset) == SourcePosition(line: 2, column: 8))
        guard case .array(let items) = object.members[0].value.value else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == 3)
        #expect(position(items[1].offset) == SourcePosition(line: 2, column: 12))
        guard case .object(let inner) = object.members[1].value.value, let member = inner.member("中文键")
        else {
            Issue.record("no inner object")
            return
        }
        // Columns count scalars, not UTF-8 bytes.
        #expect(position(member.value.offset) == SourcePosition(line: 3, column: 17))
        guard case .string(let value) = member.value.value else {
            Issue.record("not a string")
            return
        }
        #expect(value == "值")
    }

    @Test func largeObjectsFindEveryKey() throws {
        let keys = (0..<40).map { "k\($0)" }
        let text = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}"
        guard case .object(let object) = try parse(text).value else {
            Issue.record("not an object")
            return
        }
        for (index, key) in keys.enumerated() {
            guard case .number(let n) = object.member(key)?.value.value else {
                Issue.record("\(key) missing")
                continue
            }
            #expect(n.integer == index)
        }
        #expect(object.member("k40") == nil)
        #expect(failure(String(text.dropLast()) + ", \"k33\": 1}")?.hasPrefix("1:") == true)
    }

    @Test func syntaxErrorsPointAtTheFault() {
        #expect(failure("") == "1:1 缺少值，文件就结束了")
        #expect(failure("  \n ") == "2:2 缺少值，文件就结束了")
        #expect(failure("{ not json") == "1:3 此处应为用双引号括起的键，却是“n”")
        #expect(failure("{\"a\" 1}") == "1:6 键“a”之后应为冒号“:”，却是“1”")
        #expect(failure("[1,,2]") == "1:4 此处应为一个值（对象、数组、字符串、数字、true、false 或 null），却是“,”")
        #expect(failure("{\"a\": 1,,}") == "1:9 此处应为用双引号括起的键，却是“,”")
        #expect(failure("[,]")?.hasPrefix("1:2 此处应为一个值") == true)
        #expect(failure("{,}") == "1:2 此处应为用双引号括起的键，却是“,”")
        #expect(failure("{\n  \"a\": 1\n  \"b\": 2\n}") == "3:3 对象成员之间应为逗号“,”或结束的“}”，却是“\"”")
        #expect(failure("[1 2]") == "1:4 数组元素之间应为逗号“,”或结束的“]”，却是“2”")
        #expect(failure("[1, 2") == "1:6 数组没有结束的“]”，文件就结束了")
        #expect(failure("{\"a\": 1") == "1:8 对象没有结束的“}”，文件就结束了")
        #expect(failure("{\"a\": tru}") == "1:7 此处应为一个值，却是“t”")
        #expect(failure("{} {}") == "1:4 JSON 值之后还有多余的内容（“{”）")
        #expect(failure("{\"名称\"：1}") == "1:6 键“名称”之后应为冒号“:”，却是“：”")
        #expect(failure("// 注释\n{}") == "1:1 此处应为一个值（对象、数组、字符串、数字、true、false 或 null），却是“/”")
    }

    /// Foundation's `JSONDecoder` accepted one trailing comma; configs written against it keep loading.
    @Test func oneTrailingCommaIsAccepted() throws {
        guard case .array(let items) = try parse("[1, 2,]").value else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == 2)
        guard case .object(let object) = try parse("{\"a\": 1,\n}").value else {
            Issue.record("not an object")
            return
        }
        #expect(object.members.map(\.key) == ["a"])
    }

    @Test func duplicateKeysAreErrorsAtTheSecondKey() {
        #expect(failure("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}") == "3:3 键“id”在同一对象中重复出现")
        // The same key in different objects is fine.
        #expect(failure(#"[{"id": 1}, {"id": 2}]"#) == nil)
    }

    @Test func deepNestingIsRejected() {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(failure(ok) == nil)
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(failure(deep) == "1:65 嵌套超过 64 层")
        let objects =
            String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(failure(objects) == "1:321 嵌套超过 64 层")
        #expect(failure("[[[1]]]", maxDepth: 2) == "1:3 嵌套超过 2 层")
    }

    @Test func byteOrderMarkAndWhitespace() throws {
        #expect(try string("\u{FEFF}\"a\"") == "a")
        #expect(try string("\r\n\t \"a\" \r\n") == "a")
        // Only JSON's four whitespace characters: an ideographic space is not one.
        #expect(failure("\u{3000}1")?.hasPrefix("1:1 此处应为一个值") == true)
    }
}
