/// The keyed container of `JSONNodeDecoder`: an object's members, looked up by key string.
struct JSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// The state lives in a non-generic struct: copying a generic one took the runtime's type metadata, which
    /// it instantiated (checking `Key: CodingKey` against every conformance record) once per key type — a
    /// fifth of decoding the built-in packs.
    private let state: JSONContainerState

    var object: JSONObject { state.object }
    var path: JSONCodingPath? { state.path }

    init(_ node: JSONNode, _ place: JSONPlace) throws {
        guard case .object(let object) = node.value else {
            throw JSONScalars.mismatch(KeyedDecodingContainer<Key>.self, "对象", node, place)
        }
        state = JSONContainerState(object: object, path: place.path)
    }

    var codingPath: [CodingKey] { JSONCodingPath.keys(path) }

    /// In document order, so strict decoding reports the first unknown key as written.
    var allKeys: [Key] { object.members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { object.member(key.stringValue) != nil }

    func value(_ key: Key) throws -> JSONNode {
        guard let member = object.member(key.stringValue) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "缺少键“\(key.stringValue)”"))
        }
        return member.value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key).value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decode(type, key) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeIfPresent(type, key)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try JSONNodeDecoder.decode(type, try value(key), JSONPlace(path, key))
    }

    /// The value under `key` unless it is missing or `null` (which `decodeIfPresent` treats alike).
    func presentValue(_ key: Key) -> JSONNode? {
        guard let member = object.member(key.stringValue) else { return nil }
        if case .null = member.value.value { return nil }
        return member.value
    }

    /// One lookup instead of the default's three (`contains`, `decodeNil`, `decode`); a missing key and `null`
    /// both give nil, as in Foundation.
    private func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let node = presentValue(key) else { return nil }
        return try JSONNodeDecoder.decode(type, node, JSONPlace(path, key))
    }

    // The protocol's per-type requirements (the protocol's defaults for `decodeIfPresent` would look the
    // key up three times).
    func decode(_ t: Bool.Type, forKey k: Key) throws -> Bool { try decode(t, k) }
    func decode(_ t: String.Type, forKey k: Key) throws -> String { try decode(t, k) }
    func decode(_ t: Double.Type, forKey k: Key) throws -> Double { try decode(t, k) }
    func decode(_ t: Float.Type, forKey k: Key) throws -> Float { try decode(t, k) }
    func decode(_ t: Int.Type, forKey k: Key) throws -> Int { try decode(t, k) }
    func decode(_ t: Int8.Type, forKey k: Key) throws -> Int8 { try decode(t, k) }
    func decode(_ t: Int16.Type, forKey k: Key) throws -> Int16 { try decode(t, k) }
    func decode(_ t: Int32.Type, forKey k: Key) throws -> Int32 { try decode(t, k) }
    func decode(_ t: Int64.Type, forKey k: Key) throws -> Int64 { try decode(t, k) }
    func decode(_ t: UInt.Type, forKey k: Key) throws -> UInt { try decode(t, k) }
    func decode(_ t: UInt8.Type, forKey k: Key) throws -> UInt8 { try decode(t, k) }
    func decode(_ t: UInt16.Type, forKey k: Key) throws -> UInt16 { try decode(t, k) }
    func decode(_ t: UInt32.Type, forKey k: Key) throws -> UInt32 { try decode(t, k) }
    func decode(_ t: UInt64.Type, forKey k: Key) throws -> UInt64 { try decode(t, k) }
    func decodeIfPresent(_ t: Bool.Type, forKey k: Key) throws -> Bool? { try decodeIfPresent(t, k) }
    func decodeIfPresent(_ t: String.Type, forKey k: Key) throws -> String? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: Double.Type, forKey k: Key) throws -> Double? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: Float.Type, forKey k: Key) throws -> Float? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: Int.Type, forKey k: Key) throws -> Int? { try decodeIfPresent(t, k) }
    func decodeIfPresent(_ t: Int8.Type, forKey k: Key) throws -> Int8? { try decodeIfPresent(t, k) }
    func decodeIfPresent(_ t: Int16.Type, forKey k: Key) throws -> Int16? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: Int32.Type, forKey k: Key) throws -> Int32? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: Int64.Type, forKey k: Key) throws -> Int64? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: UInt.Type, forKey k: Key) throws -> UInt? { try decodeIfPresent(t, k) }
    func decodeIfPresent(_ t: UInt8.Type, forKey k: Key) throws -> UInt8? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: UInt16.Type, forKey k: Key) throws -> UInt16? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: UInt32.Type, forKey k: Key) throws -> UInt32? {
        try decodeIfPresent(t, k)
    }
    func decodeIfPresent(_ t: UInt64.Type, forKey k: Key) throws -> UInt64? {
        try decodeIfPresent(t, k)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(try JSONKeyedContainer<NestedKey>(try value(key), JSONPlace(path, key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONUnkeyedContainer(try value(key), JSONPlace(path, key))
    }

    /// Foundation's convention: the value under "super", or `null` when there is none.
    func superDecoder() throws -> any Decoder {
        try superDecoder(named: JSONSuperKey())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder(named: key)
    }

    private func superDecoder(named key: some CodingKey) throws -> any Decoder {
        let node = object.member(key.stringValue)?.value ?? JSONNode(.null, offset: 0)
        return JSONNodeDecoder(node: node, place: JSONPlace(path, key))
    }
}

struct JSONContainerState {
    let object: JSONObject
    let path: JSONCodingPath?
}

struct JSONSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The unkeyed container of `JSONNodeDecoder`: an array's elements, read in order.
struct JSONUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let path: JSONCodingPath?
    private(set) var currentIndex = 0

    init(_ node: JSONNode, _ place: JSONPlace) throws {
        guard case .array(let items) = node.value else {
            throw JSONScalars.mismatch([Any].self, "数组", node, place)
        }
        self.items = items
        self.path = place.path
    }

    var codingPath: [CodingKey] { JSONCodingPath.keys(path) }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// The next element and its place; at the end, `valueNotFound` as in Foundation.
    private func next(_ type: Any.Type) throws -> (JSONNode, JSONPlace) {
        let place = JSONPlace(path, JSONIndexKey(intValue: currentIndex))
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: place.codingPath, debugDescription: "数组已经读完（共 \(items.count) 个元素）"))
        }
        return (items[currentIndex], place)
    }

    mutating func decodeNil() throws -> Bool {
        let (node, _) = try next(Never.self)
        guard case .null = node.value else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeNext(type) }

    mutating func decode(_ t: Bool.Type) throws -> Bool { try decodeNext(t) }
    mutating func decode(_ t: String.Type) throws -> String { try decodeNext(t) }
    mutating func decode(_ t: Double.Type) throws -> Double { try decodeNext(t) }
    mutating func decode(_ t: Float.Type) throws -> Float { try decodeNext(t) }
    mutating func decode(_ t: Int.Type) throws -> Int { try decodeNext(t) }
    mutating func decode(_ t: Int8.Type) throws -> Int8 { try decodeNext(t) }
    mutating func decode(_ t: Int16.Type) throws -> Int16 { try decodeNext(t) }
    mutating func decode(_ t: Int32.Type) throws -> Int32 { try decodeNext(t) }
    mutating func decode(_ t: Int64.Type) throws -> Int64 { try decodeNext(t) }
    mutating func decode(_ t: UInt.Type) throws -> UInt { try decodeNext(t) }
    mutating func decode(_ t: UInt8.Type) throws -> UInt8 { try decodeNext(t) }
    mutating func decode(_ t: UInt16.Type) throws -> UInt16 { try decodeNext(t) }
    mutating func decode(_ t: UInt32.Type) throws -> UInt32 { try decodeNext(t) }
    mutating func decode(_ t: UInt64.Type) throws -> UInt64 { try decodeNext(t) }

    private mutating func decodeNext<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, place) = try next(type)
        let value = try JSONNodeDecoder.decode(type, node, place)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let (node, place) = try next(KeyedDecodingContainer<NestedKey>.self)
        let container = try JSONKeyedContainer<NestedKey>(node, place)
        currentIndex += 1
        return KeyedDecodingContainer(container)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, place) = try next((any UnkeyedDecodingContainer).self)
        let container = try JSONUnkeyedContainer(node, place)
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, place) = try next((any Decoder).self)
        currentIndex += 1
        return JSONNodeDecoder(node: node, place: place)
    }
}
