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
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        for key in container.allKeys where !known.contains(key.stringValue) {
            let allowed = Keys.allCases.map(\.stringValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath + [key], debugDescription: "未知的键“\(key.stringValue)”（可用：\(allowed)）")
            )
        }
    }
}
