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

/// Codable ignores unknown keys; packs must not (a typo like "requried" would silently do nothing).
protocol StrictlyDecodable: Decodable {
    associatedtype Keys: CodingKey & CaseIterable
}

extension StrictlyDecodable {
    static func rejectUnknownKeys(in decoder: Decoder) throws {
        // Our JSON decoder hands over the object's keys directly: the type-erased `allKeys` round trip (and a
        // set of the known keys built per object) was a third of decoding the built-in packs.
        if let json = decoder as? JSONNodeDecoder {
            for member in try json.objectMembers() where Keys(stringValue: member.key) == nil {
                throw unknownKey(AnyCodingKey(stringValue: member.key), in: decoder)
            }
            return
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
            throw unknownKey(key, in: decoder)
        }
    }

    private static func unknownKey(_ key: AnyCodingKey, in decoder: Decoder) -> DecodingError {
        let allowed = Keys.allCases.map(\.stringValue).joined(separator: ", ")
        return DecodingError.dataCorrupted(
            .init(codingPath: decoder.codingPath + [key], debugDescription: "未知的键“\(key.stringValue)”（可用：\(allowed)）")
        )
    }
}
