import Foundation

/// Any JSON object key, to list the keys a pack actually contains.
public struct AnyCodingKey: CodingKey {
    public var stringValue: String
    public var intValue: Int?
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// A record of a pack file. Codable ignores unknown keys; packs must not (a typo like "requried" would
/// silently do nothing). A record reads its fields from our JSON reader's concrete keyed container: through
/// `Decoder`'s type-erased containers, decoding the built-in packs was a third of linting a typical report
/// (boxes, witness calls, and the runtime instantiating a container type per record type).
protocol StrictlyDecodable: Decodable {
    associatedtype Keys: CodingKey & CaseIterable
    /// Reads the record from its object's members; unknown keys are already rejected.
    init(fields: JSONKeyedContainer<Keys>) throws
}

extension StrictlyDecodable {
    /// What every record's `init(from:)` does. Our decoder hands over its node; another decoder (Foundation's,
    /// which the tests compare with) is read into a `JSONNode` first.
    init(decoding decoder: Decoder) throws {
        if let json = decoder as? JSONNodeDecoder {
            try self.init(json.node, JSONPlace(json.path))
        } else {
            try self.init(JSONNode(anyValueFrom: decoder), JSONPlace(nil))
        }
    }

    init(_ node: JSONNode, _ place: JSONPlace) throws {
        let fields = try JSONKeyedContainer<Keys>(node, place)
        for member in fields.object.members where Keys(stringValue: member.key) == nil {
            let allowed = Keys.allCases.map(\.stringValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: fields.codingPath + [AnyCodingKey(stringValue: member.key)],
                    debugDescription: "未知的键“\(member.key)”（可用：\(allowed)）"))
        }
        try self.init(fields: fields)
    }
}
