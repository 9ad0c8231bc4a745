/// A `Decoder` over a parsed `JSONNode` tree. It throws the same `DecodingError`s as Foundation's
/// `JSONDecoder` (so the packs' own validation and `PackDecoder`'s messages work unchanged), with Chinese
/// descriptions; `null` and a missing key count alike for `decodeIfPresent`, as in Foundation.
public enum JSONValueDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from root: JSONNode) throws -> T {
        try JSONNodeDecoder(node: root, path: nil).decodeValue(T.self)
    }
}

/// The coding path as a linked list: nested decoders share their parent's path instead of copying an array
/// per value; the array is built only when someone asks (error messages, strict key checks).
final class JSONCodingPath {
    let parent: JSONCodingPath?
    let key: any CodingKey

    init(parent: JSONCodingPath?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ path: JSONCodingPath?) -> [CodingKey] {
        var keys: [CodingKey] = []
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// Where a value sits: its container's path plus its own key or index, kept apart so decoding a string
/// allocates no path node unless it fails.
struct JSONPlace {
    let parent: JSONCodingPath?
    let key: (any CodingKey)?

    init(_ parent: JSONCodingPath?, _ key: (any CodingKey)? = nil) {
        self.parent = parent
        self.key = key
    }

    var path: JSONCodingPath? { key.map { JSONCodingPath(parent: parent, key: $0) } ?? parent }
    var codingPath: [CodingKey] { JSONCodingPath.keys(parent) + (key.map { [$0] } ?? []) }
}

/// An array index in a coding path ("[3]").
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

struct JSONNodeDecoder: Decoder {
    let node: JSONNode
    let path: JSONCodingPath?

    var codingPath: [CodingKey] { JSONCodingPath.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode, path: JSONCodingPath?) {
        self.node = node
        self.path = path
    }

    init(node: JSONNode, place: JSONPlace) {
        self.init(node: node, path: place.path)
    }

    private var place: JSONPlace { JSONPlace(path) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try JSONKeyedContainer<Key>(node, place))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try JSONUnkeyedContainer(node, place)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        try Self.decode(T.self, node, place)
    }

    /// The one place values are decoded: scalars and string lists directly (most of a pack) without
    /// building a decoder, anything else through its own `init(from:)`.
    static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode, _ place: JSONPlace) throws -> T {
        // `unsafeBitCast` after the type test: `as!` would go through the runtime's dynamic cast per value.
        if T.self == String.self { return unsafeBitCast(try JSONScalars.string(node, place), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try JSONScalars.strings(node, place), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try JSONScalars.integer(Int.self, node, place), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try JSONScalars.double(node, place), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try JSONScalars.bool(node, place), to: T.self) }
        return try T(from: JSONNodeDecoder(node: node, place: place))
    }
}

extension JSONNodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        if case .null = node.value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try JSONScalars.bool(node, place) }
    func decode(_ type: String.Type) throws -> String { try JSONScalars.string(node, place) }
    func decode(_ type: Double.Type) throws -> Double { try JSONScalars.double(node, place) }
    func decode(_ type: Float.Type) throws -> Float { try JSONScalars.float(node, place) }
    func decode(_ type: Int.Type) throws -> Int { try JSONScalars.integer(type, node, place) }
    func decode(_ type: Int8.Type) throws -> Int8 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: Int16.Type) throws -> Int16 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: Int32.Type) throws -> Int32 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: Int64.Type) throws -> Int64 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: UInt.Type) throws -> UInt { try JSONScalars.integer(type, node, place) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try JSONScalars.integer(type, node, place) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try JSONScalars.integer(type, node, place) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}
