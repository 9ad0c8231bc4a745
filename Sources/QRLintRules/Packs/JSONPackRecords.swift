/// Pack records, and arrays of them, read straight from the tree with static calls. The generic
/// `decode(_:forKey:)` would go through the record's `init(from:)` with the decoder in an existential box,
/// and arrays through the standard library's unspecialised `Array.init(from:)`. Arrays are read with that
/// initialiser's steps (an unkeyed container, element by element), so the errors are the same.
extension JSONKeyedContainer {
    func decode<R: StrictlyDecodable>(_ type: R.Type, forKey key: Key) throws -> R {
        try R(try value(key), JSONPlace(path, key))
    }

    func decodeIfPresent<R: StrictlyDecodable>(_ type: R.Type, forKey key: Key) throws -> R? {
        guard let node = presentValue(key) else { return nil }
        return try R(node, JSONPlace(path, key))
    }

    func decode<R: StrictlyDecodable>(_ type: [R].Type, forKey key: Key) throws -> [R] {
        try Self.records(R.self, try value(key), JSONPlace(path, key))
    }

    func decodeIfPresent<R: StrictlyDecodable>(_ type: [R].Type, forKey key: Key) throws -> [R]? {
        guard let node = presentValue(key) else { return nil }
        return try Self.records(R.self, node, JSONPlace(path, key))
    }

    private static func records<R: StrictlyDecodable>(_ type: R.Type, _ node: JSONNode, _ place: JSONPlace)
        throws -> [R]
    {
        let container = try JSONUnkeyedContainer(node, place)
        var records: [R] = []
        records.reserveCapacity(container.items.count)
        for (index, item) in container.items.enumerated() {
            records.append(try R(item, JSONPlace(container.path, JSONIndexKey(intValue: index))))
        }
        return records
    }
}

extension JSONNode {
    /// Any JSON value read through another `Decoder`, for records decoded by Foundation's `JSONDecoder` (the
    /// tests' reference). Offsets are unknown (0), and object members come in the decoder's key order.
    init(anyValueFrom decoder: Decoder) throws {
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var members = JSONObject()
            for key in object.allKeys {
                let value = try JSONNode(anyValueFrom: try object.superDecoder(forKey: key))
                _ = members.append(JSONObject.Member(key: key.stringValue, keyOffset: 0, value: value))
            }
            self.init(.object(members), offset: 0)
        } else if var array = try? decoder.unkeyedContainer() {
            var items: [JSONNode] = []
            while !array.isAtEnd { items.append(try JSONNode(anyValueFrom: try array.superDecoder())) }
            self.init(.array(items), offset: 0)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self.init(.null, offset: 0)
            } else if let bool = try? single.decode(Bool.self) {
                self.init(.bool(bool), offset: 0)
            } else if let integer = try? single.decode(Int.self) {
                self.init(.number(JSONNumber(text: String(integer), integer: integer)), offset: 0)
            } else if let double = try? single.decode(Double.self) {
                self.init(.number(JSONNumber(text: "\(double)", integer: nil)), offset: 0)
            } else {
                self.init(.string(try single.decode(String.self)), offset: 0)
            }
        }
    }
}
