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

    /// Scalars that can start a suffix. A closure, not a key path: a key path is built and applied through the
    /// runtime.
    static let suffixStartScalars: [Unicode.Scalar] = Array(Set(suffixes.compactMap { $0.first }))

    /// The sets and lists `read` asks, in one value: every static is reached through a call, and the scanner
    /// asks whether a suffix starts for nearly every scalar of the text.
    struct Tables: Sendable {
        let starts = ScalarBitSet(suffixStartScalars.map(\.value))
        /// The second scalars of the suffixes: "学" is followed by 校 in a suffix, and rarely in the text.
        let seconds = ScalarBitSet(suffixes.map { $0[1].value })
        /// The suffixes' scalars one after the other, longest first: suffix k is `scalars[ends[k - 1]..<ends[k]]`.
        let scalars: [UInt32] = suffixes.flatMap { $0.map(\.value) }
        let ends: [Int] = suffixes.indices.map { k in suffixes[...k].reduce(0) { $0 + $1.count } }
        /// The suffixes by their first two scalars (`first << 32 | second`): key j's suffixes are
        /// `pairMembers[pairStarts[j]..<pairStarts[j + 1]]`, longest first. Matched in place, without a list of
        /// suffixes to retain for every candidate.
        let pairKeys: [UInt64]
        let pairStarts: [Int]
        let pairMembers: [Int]

        init() {
            func key(_ k: Int) -> UInt64 { UInt64(suffixes[k][0].value) << 32 | UInt64(suffixes[k][1].value) }
            pairKeys = Set(suffixes.indices.map(key)).sorted()
            var starts: [Int] = []
            var members: [Int] = []
            for pair in pairKeys {
                starts.append(members.count)
                members += suffixes.indices.filter { key($0) == pair }
            }
            starts.append(members.count)
            pairStarts = starts
            pairMembers = members
        }

        /// Single scalars that end a name when walking back ("学校与重庆旅游职业学院合作": 与).
        let stops = ScalarBitSet("与和及在由到是为对向的了等同被经从将把于以让跟至入赴、".unicodeScalars.map(\.value))
        let genericFirsts = ScalarBitSet(genericStarts.map { $0[0].value })

        /// The length of the longest suffix at `i` (0 when none starts there).
        func suffixLength(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int {
            // A handful of pairs: a linear search beats halving.
            let key = UInt64(s[i].value) << 32 | UInt64(s[i + 1].value)
            var pair = 0
            while pair < pairKeys.count, pairKeys[pair] != key { pair += 1 }
            guard pair < pairKeys.count else { return 0 }
            for m in pairStarts[pair]..<pairStarts[pair + 1] {
                let member = pairMembers[m]
                let lower = member == 0 ? 0 : ends[member - 1]
                let length = ends[member] - lower
                guard i + length <= limit else { continue }
                var k = 2
                while k < length, scalars[lower + k] == s[i + k].value { k += 1 }
                if k == length { return length }
            }
            return 0
        }
    }

    static let tables = Tables()

    @inline(__always)
    static func mayStartSuffix(_ s: Unicode.Scalar) -> Bool { tables.starts.contains(s.value) }

    /// Words a name does not start with: they make it generic ("全区职教中心", "各中职学校", "合作高职院校").
    private static let genericStarts: [[Unicode.Scalar]] = [
        "全", "各", "本", "该", "我", "其", "所", "多", "这", "那", "每", "相关", "合作", "高职", "中职", "普通", "市级",
        "国家", "省级", "区级", "优质", "示范", "重点", "民办", "公办", "中等职业", "职业",
    ].map { Array($0.unicodeScalars) }

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
        read(s, at: i, limit: limit, own: own, tables: tables)
    }

    /// The same, with the tables the caller holds (the scanner asks for every suffix's first scalar, and each read
    /// of the static was a `swift_once` call).
    static func read(_ s: [Unicode.Scalar], at i: Int, limit: Int, own: OwnName, tables: Tables)
        -> EntityMention?
    {
        guard i + 1 < limit, tables.seconds.contains(s[i + 1].value) else { return nil }
        let length = tables.suffixLength(s, at: i, limit: limit)
        guard length > 0 else { return nil }
        var start = i
        while start > 0, i - start < 10, NumberScalars.isHan(s[start - 1]),
            !tables.stops.contains(s[start - 1].value)
        {
            start -= 1
        }
        // "学校" alone names an institution only after a name of its own ("璧山工业学校", not "中职学校").
        guard i - start >= (length == 2 && s[i] == "学" && s[i + 1] == "校" ? 4 : 2) else { return nil }
        if tables.genericFirsts.contains(s[start].value) {
            for generic in genericStarts where LabelText.hasPrefix(s, start, i, generic) { return nil }
        }
        let range = start..<(i + length)
        if own.contains(s, range, suffixStart: i) { return nil }
        return EntityMention(range: range)
    }
}
