/// A school or college named in the text ("璧山职教中心", "重庆旅游职业学院"): the numbers after it in its
/// sentence are that institution's, not the report's own (a district report's paragraph on one school, a
/// partner college in a school report). The report's own name, as its title writes it, is not an entity.
struct EntityMention: Equatable {
    /// The name's place in the text's scalars: most mentions are never read, and a slice held here retained the
    /// text for each.
    var range: Range<Int>
}

enum EntityReader {
    /// Endings of institution names, longest first.
    private static let suffixes: [[Unicode.Scalar]] = [
        "职业教育中心", "职业技术学校", "职业技术学院", "中等专业学校", "技工学校", "技师学院", "职业学院", "职业学校",
        "职业中学", "职教中心", "技校", "职校", "大学", "学校",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Scalars that can start a suffix.
    static let suffixStartScalars: [Unicode.Scalar] = Array(Set(suffixes.compactMap(\.first)))

    /// The scanner asks for nearly every scalar of the text: one bit test.
    private static let suffixStarts = ScalarBitSet(suffixStartScalars.map(\.value))

    /// The suffixes by their first scalar, longest first: 学 and 大 (by far the most frequent starts, as in 学生,
    /// 教学, 大力) are tried against one suffix each, not the whole list.
    private static let suffixesByStart: [(start: Unicode.Scalar, suffixes: [[Unicode.Scalar]])] = suffixStartScalars
        .map { start in (start, suffixes.filter { $0.first == start }) }

    static func mayStartSuffix(_ s: Unicode.Scalar) -> Bool { suffixStarts.contains(s.value) }

    /// The second scalars of the suffixes: "学" is followed by 校 in a suffix, and rarely in the text.
    private static let suffixSeconds = ScalarBitSet(suffixes.map { $0[1].value })

    /// Words a name does not start with: they make it generic ("全区职教中心", "各中职学校", "合作高职院校").
    private static let genericStarts: [[Unicode.Scalar]] = [
        "全", "各", "本", "该", "我", "其", "所", "多", "这", "那", "每", "相关", "合作", "高职", "中职", "普通", "市级",
        "国家", "省级", "区级", "优质", "示范", "重点", "民办", "公办", "中等职业", "职业",
    ].map { Array($0.unicodeScalars) }

    private static let genericFirsts = ScalarBitSet(genericStarts.map { $0[0].value })

    /// Single scalars that end a name when walking back ("学校与重庆旅游职业学院合作": 与).
    private static let stops = ScalarBitSet("与和及在由到是为对向的了等同被经从将把于以让跟至入赴、".unicodeScalars.map(\.value))

    /// The report's own name, with where suffixes occur in it: a name found in the text is part of it only if
    /// it lines up with one of those places, so a few comparisons answer instead of a search of the whole title.
    struct OwnName: Sendable {
        let scalars: [Unicode.Scalar]
        /// Where any suffix starts in `scalars`, ascending.
        let suffixPositions: [Int]

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            suffixPositions = scalars.indices.filter { k in
                EntityReader.suffixes.contains { LabelText.hasPrefix(scalars, k, scalars.count, $0) }
            }
        }

        /// Whether `s[range]`, whose suffix starts at `suffixStart`, occurs in the own name.
        func contains(_ s: [Unicode.Scalar], _ range: Range<Int>, suffixStart: Int) -> Bool {
            let lead = suffixStart - range.lowerBound
            for position in suffixPositions where position >= lead {
                let start = position - lead
                guard start + range.count <= scalars.count else { continue }
                var k = 0
                while k < range.count, scalars[start + k] == s[range.lowerBound + k] { k += 1 }
                if k == range.count { return true }
            }
            return false
        }
    }

    static func read(_ s: [Unicode.Scalar], at i: Int, limit: Int, own: [Unicode.Scalar]) -> EntityMention? {
        read(s, at: i, limit: limit, own: OwnName(own))
    }

    /// The institution whose name ends with a suffix starting at `i`, or nil.
    static func read(_ s: [Unicode.Scalar], at i: Int, limit: Int, own: OwnName) -> EntityMention? {
        guard i + 1 < limit, suffixSeconds.contains(s[i + 1].value),
            let group = suffixesByStart.first(where: { $0.start == s[i] }),
            let suffix = group.suffixes.first(where: { LabelText.hasPrefix(s, i, limit, $0) })
        else { return nil }
        var start = i
        while start > 0, i - start < 10, NumberScalars.isHan(s[start - 1]), !stops.contains(s[start - 1].value) {
            start -= 1
        }
        // "学校" alone names an institution only after a name of its own ("璧山工业学校", not "中职学校").
        guard i - start >= (suffix.count == 2 && suffix[0] == "学" && suffix[1] == "校" ? 4 : 2) else { return nil }
        if genericFirsts.contains(s[start].value) {
            for generic in genericStarts where LabelText.hasPrefix(s, start, i, generic) { return nil }
        }
        let range = start..<(i + suffix.count)
        if own.contains(s, range, suffixStart: i) { return nil }
        return EntityMention(range: range)
    }
}
