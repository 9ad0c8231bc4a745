/// Converting one JSON value to a Swift scalar, with Foundation's rules (a number with a fraction or
/// exponent decodes as an integer only when it is one exactly: `1.0`, `1e2`) and its kinds of errors
/// (`null` is `valueNotFound`, another kind of value `typeMismatch`, an unrepresentable number
/// `dataCorrupted`: too large, or so small it would read as 0), described in Chinese.
enum JSONScalars {
    static func string(_ node: JSONNode, _ place: JSONPlace) throws -> String {
        guard case .string(let text) = node.value else {
            throw mismatch(String.self, "字符串", node, place)
        }
        return text
    }

    static func strings(_ node: JSONNode, _ place: JSONPlace) throws -> [String] {
        guard case .array(let items) = node.value else {
            throw mismatch([String].self, "数组", node, place)
        }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item.value else {
                throw mismatch(
                    String.self, "字符串", item, JSONPlace(place.path, JSONIndexKey(intValue: index)))
            }
            out.append(text)
        }
        return out
    }

    static func bool(_ node: JSONNode, _ place: JSONPlace) throws -> Bool {
        guard case .bool(let value) = node.value else {
            throw mismatch(Bool.self, "布尔值（true 或 false）", node, place)
        }
        return value
    }

    static func double(_ node: JSONNode, _ place: JSONPlace) throws -> Double {
        guard case .number(let number) = node.value else {
            throw mismatch(Double.self, "数字", node, place)
        }
        if let integer = number.integer { return Double(integer) }
        guard let value = Double(number.text), value.isFinite, value != 0 || number.isZero else {
            throw corrupted("数值 \(number.text) 超出 Double 能表示的范围", place)
        }
        return value
    }

    /// Parsed from the text, not through `Double`: rounding twice could differ from Foundation.
    static func float(_ node: JSONNode, _ place: JSONPlace) throws -> Float {
        guard case .number(let number) = node.value else {
            throw mismatch(Float.self, "数字", node, place)
        }
        if let integer = number.integer { return Float(integer) }
        guard let value = Float(number.text), value.isFinite, value != 0 || number.isZero else {
            throw corrupted("数值 \(number.text) 超出 Float 能表示的范围", place)
        }
        return value
    }

    static func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: JSONNode, _ place: JSONPlace)
        throws -> I
    {
        guard case .number(let number) = node.value else { throw mismatch(I.self, "整数", node, place) }
        if let integer = number.integer, let value = I(exactly: integer) { return value }
        if let double = Double(number.text), double.isFinite, let value = I(exactly: double) {
            return value
        }
        throw corrupted("数值 \(number.text) 不是 \(I.self) 能表示的整数", place)
    }

    /// `null` where a value is required is "missing", anything else of the wrong kind a type mismatch.
    static func mismatch(_ type: Any.Type, _ expected: String, _ node: JSONNode, _ place: JSONPlace)
        -> DecodingError
    {
        let context = DecodingError.Context(
            codingPath: place.codingPath, debugDescription: "应为\(expected)，实际是\(node.value.kindName)")
        if case .null = node.value { return .valueNotFound(type, context) }
        return .typeMismatch(type, context)
    }

    static func corrupted(_ message: String, _ place: JSONPlace) -> DecodingError {
        .dataCorrupted(.init(codingPath: place.codingPath, debugDescription: message))
    }
}
