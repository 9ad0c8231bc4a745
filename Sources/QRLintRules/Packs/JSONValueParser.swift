/// A JSON syntax error: where (UTF-8 offset into the text) and what, in Chinese.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
}

/// Parses JSON text (RFC 8259: no comments, no NaN, no single quotes) into a `JSONNode` tree that remembers
/// where every value and key starts. One trailing comma before `]` or `}` is accepted, because Foundation's
/// `JSONDecoder` accepted it and configs written against it must keep loading. It replaces Foundation's
/// `JSONDecoder` for rule packs and configs, which cost half of linting a typical report; it reads the UTF-8
/// bytes once.
public enum JSONValueParser {
    /// Deeper nesting is an error, so a hostile config cannot overflow the stack.
    public static let defaultMaxDepth = 64

    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError)
        -> JSONNode
    {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(JSONSyntaxError) -> JSONNode in
                var parser = JSONByteParser(bytes: bytes, maxDepth: maxDepth)
                return try parser.parseDocument()
            }
        }
        return try result.get()
    }
}

/// The parser proper, over the text's contiguous UTF-8.
struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        // A UTF-8 byte-order mark (Windows Notepad writes one) is not part of the JSON.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        let root = try parseValue(depth: 0)
        skipWhitespace()
        if i < bytes.count { throw error("JSON 值之后还有多余的内容（\(found())）") }
        return root
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        guard i < bytes.count else { throw error("缺少值，文件就结束了") }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"):
            return JSONNode(.object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["): return JSONNode(.array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "'"): throw error("字符串应使用双引号（\"），而不是单引号")
        default: throw error("此处应为一个值（对象、数组、字符串、数字、true、false 或 null），却是\(found())")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONObject {
        if depth > maxDepth { throw error("嵌套超过 \(maxDepth) 层") }
        i += 1  // {
        var object = JSONObject()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            i += 1
            return object
        }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "}")) && !object.members.isEmpty {
                i += 1
                return object
            }
            guard peek(UInt8(ascii: "\"")) else { throw error("此处应为用双引号括起的键，却是\(found())") }
            let keyOffset = i
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("键“\(key)”之后应为冒号“:”，却是\(found())") }
            i += 1
            let value = try parseValue(depth: depth)
            guard object.append(.init(key: key, keyOffset: keyOffset, value: value)) else {
                throw JSONSyntaxError(offset: keyOffset, message: "键“\(key)”在同一对象中重复出现")
            }
            skipWhitespace()
            guard i < bytes.count else { throw error("对象没有结束的“}”，文件就结束了") }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"):
                i += 1
                return object
            default: throw error("对象成员之间应为逗号“,”或结束的“}”，却是\(found())")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        if depth > maxDepth { throw error("嵌套超过 \(maxDepth) 层") }
        i += 1  // [
        var items: [JSONNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            i += 1
            return items
        }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) && !items.isEmpty {
                i += 1
                return items
            }
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard i < bytes.count else { throw error("数组没有结束的“]”，文件就结束了") }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"):
                i += 1
                return items
            default: throw error("数组元素之间应为逗号“,”或结束的“]”，却是\(found())")
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches =
            i + count <= bytes.count
            && (0..<count).allSatisfy { bytes[i + $0] == word.utf8Start[$0] }
        guard matches else { throw error("此处应为一个值，却是\(found())") }
        i += count
    }

    // MARK: Strings

    /// A string starting at the opening quote. Most pack strings have no escapes: they are copied from the
    /// text in one piece; escapes take the slower path that rebuilds the bytes.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = i
        i += 1
        let start = i
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(open: open, start: start) }
            if byte < 0x20 { throw error(Self.controlMessage(byte)) }
            i += 1
        }
        throw JSONSyntaxError(offset: open, message: "字符串没有结束的引号")
    }

    private mutating func parseEscapedString(open: Int, start: Int) throws(JSONSyntaxError) -> String {
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { throw error(Self.controlMessage(byte)) }
            if byte != UInt8(ascii: "\\") {
                out.append(byte)
                i += 1
                continue
            }
            let escape = i
            guard i + 1 < bytes.count else { break }
            i += 2
            switch bytes[escape + 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try unicodeEscape(at: escape)
                out.append(contentsOf: String(Character(scalar)).utf8)
            default:
                throw JSONSyntaxError(
                    offset: escape, message: "无效的转义“\\\(Self.describe(scalarAt: escape + 1, in: bytes))”")
            }
        }
        throw JSONSyntaxError(offset: open, message: "字符串没有结束的引号")
    }

    /// `\uXXXX` at `escape` (with `i` just after the `u`), joining a surrogate pair written as two escapes.
    private mutating func unicodeEscape(at escape: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let unit = try hex4(escape: escape)
        switch unit {
        case 0xD800...0xDBFF:
            let low = i
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
            else {
                throw JSONSyntaxError(
                    offset: escape, message: "高位代理“\\u\(Self.hex(unit))”后缺少低位代理（\\uDC00–\\uDFFF）")
            }
            i += 2
            let second = try hex4(escape: low)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw JSONSyntaxError(
                    offset: low, message: "高位代理“\\u\(Self.hex(unit))”后应为低位代理（\\uDC00–\\uDFFF）")
            }
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            return Unicode.Scalar(value)!
        case 0xDC00...0xDFFF:
            throw JSONSyntaxError(offset: escape, message: "低位代理“\\u\(Self.hex(unit))”前缺少高位代理")
        default:
            return Unicode.Scalar(unit)!
        }
    }

    private mutating func hex4(escape: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard i < bytes.count, let digit = Self.hexValue(bytes[i]) else {
                throw JSONSyntaxError(offset: escape, message: "\\u 之后应为四位十六进制数字")
            }
            value = value << 4 | UInt16(digit)
            i += 1
        }
        return value
    }

    // MARK: Numbers

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, nothing else (no +1, .5, 1., 01, NaN).
    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = i
        let negative = peek(UInt8(ascii: "-"))
        if negative { i += 1 }
        guard i < bytes.count, Self.isDigit(bytes[i]) else { throw error("“-”之后应为数字，却是\(found())") }
        var integer: Int? = 0
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, Self.isDigit(bytes[i]) { throw error("数字不能以多余的 0 开头") }
        } else {
            while i < bytes.count, Self.isDigit(bytes[i]) {
                let digit = Int(bytes[i] &- UInt8(ascii: "0"))
                // Accumulated negatively so Int.min fits; nil once it overflows (still a valid Double).
                if let value = integer {
                    let (times, o1) = value.multipliedReportingOverflow(by: 10)
                    let (next, o2) = times.subtractingReportingOverflow(digit)
                    integer = o1 || o2 ? nil : next
                }
                i += 1
            }
        }
        var isInteger = true
        if peek(UInt8(ascii: ".")) {
            i += 1
            guard i < bytes.count, Self.isDigit(bytes[i]) else { throw error("小数点之后应为数字，却是\(found())") }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
            isInteger = false
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            guard i < bytes.count, Self.isDigit(bytes[i]) else { throw error("指数之后应为数字，却是\(found())") }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
            isInteger = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        var value: Int? = nil
        if isInteger, let accumulated = integer {
            value = negative ? accumulated : (accumulated == .min ? nil : -accumulated)
        }
        return JSONNumber(text: text, integer: value)
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { i < bytes.count && bytes[i] == byte }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: i, message: message)
    }

    /// "“x”" for the character at the current offset, "文件结尾" at the end.
    private func found() -> String {
        i < bytes.count ? "“\(Self.describe(scalarAt: i, in: bytes))”" : "文件结尾"
    }

    private static func describe(scalarAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = offset + 1
        while end < bytes.count, end - offset < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return "?" }
        if scalar.value < 0x20 { return "U+" + hex(UInt16(scalar.value)) }
        return String(scalar)
    }

    private static func controlMessage(_ byte: UInt8) -> String {
        "字符串中不能直接写控制字符 U+\(hex(UInt16(byte)))（换行写作 \\n，制表符写作 \\t）"
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
