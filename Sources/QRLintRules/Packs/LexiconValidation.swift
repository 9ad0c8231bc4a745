/// Checks a word-list entry makes beyond its JSON types, reported like any other pack error (file, line, key).
enum LexiconValidation {
    static func requireNonEmpty(_ list: [String], key: CodingKey, codingPath: [CodingKey]) throws {
        if list.isEmpty || list.contains(where: { PhraseMatcher.normalized($0).isEmpty }) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath + [key], debugDescription: "列表不能为空，也不能含空词语"))
        }
    }

    /// yyyy-mm-dd.
    static func requireDate(_ text: String, key: CodingKey, codingPath: [CodingKey]) throws {
        let parts = text.split(separator: "-")
        let valid =
            parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { Int($0) != nil }
            && (1...12).contains(Int(parts[1]) ?? 0) && (1...31).contains(Int(parts[2]) ?? 0)
        if !valid {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath + [key], debugDescription: "日期应写成 yyyy-mm-dd，而不是“\(text)”"))
        }
    }
}
