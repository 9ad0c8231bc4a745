import QRLintCore

/// A parsed JSON value with the UTF-8 byte offset where it starts in its source, so decoding errors can
/// point at the value (or its key) instead of searching the text for it.
public struct JSONNode: Sendable {
    public var value: JSONValue
    /// UTF-8 offset of the value's first byte in the parsed text.
    public var offset: Int

    public init(_ value: JSONValue, offset: Int) {
        self.value = value
        self.offset = offset
    }
}

/// The closed set of JSON values. Arrays and objects keep their order as written.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)

    /// What the value is, in messages: "字符串", "数组" …
    public var kindName: String {
        switch self {
        case .null: "空值 null"
        case .bool: "布尔值"
        case .number(let n): n.integer != nil ? "整数" : "数字"
        case .string: "字符串"
        case .array: "数组"
        case .object: "对象"
        }
    }
}

/// A number as written (the decoder converts it to the type asked for, like Foundation does), with its
/// value when it is an integer literal that fits in `Int` (the common case, converted while parsing).
public struct JSONNumber: Sendable, Hashable {
    public var text: String
    public var integer: Int?

    public init(text: String, integer: Int?) {
        self.text = text
        self.integer = integer
    }

    /// Whether the number is written as zero (`0`, `-0.0e5`): any other number that converts to 0 underflowed.
    var isZero: Bool {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "1")...UInt8(ascii: "9"): return false
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            default: continue
            }
        }
        return true
    }
}

/// An object's members in document order. Keys are unique (the parser rejects duplicates).
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        /// UTF-8 offset of the key's opening quote.
        public var keyOffset: Int
        public var value: JSONNode
    }

    public private(set) var members: [Member] = []
    /// Key → index into `members`, built only for large objects: pack objects have a handful of keys, and a
    /// linear scan over them is cheaper than hashing.
    private var index: [String: Int]?

    private static let indexThreshold = 12

    public init() {}

    public func member(_ key: String) -> Member? {
        if let index { return index[key].map { members[$0] } }
        for member in members where member.key == key { return member }
        return nil
    }

    /// Appends a member; false (and nothing changed) when the key is already there.
    mutating func append(_ member: Member) -> Bool {
        guard self.member(member.key) == nil else { return false }
        members.append(member)
        if index != nil {
            index![member.key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            index = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.key, $0) })
        }
        return true
    }
}

extension JSONNode {
    /// UTF-8 offset of the place a coding path names: a present key's opening quote, an array element's
    /// first byte; where the path leaves the tree (a missing key), the deepest node it reached.
    public func offset(of codingPath: [CodingKey]) -> Int {
        var node = self
        var at = offset
        for key in codingPath {
            switch node.value {
            case .object(let object):
                guard let member = object.member(key.stringValue) else { return at }
                node = member.value
                at = member.keyOffset
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return at }
                node = items[index]
                at = node.offset
            default:
                return at
            }
        }
        return at
    }
}

/// Line and column of a UTF-8 offset, counted like `SourceText` does (1-based, columns in scalars).
public enum JSONSourcePosition {
    public static func of(byteOffset: Int, in text: String) -> SourcePosition {
        var line = 1
        var column = 1
        var i = 0
        for byte in text.utf8 {
            if i >= byteOffset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
