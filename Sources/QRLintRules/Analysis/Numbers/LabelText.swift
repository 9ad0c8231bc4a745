/// The noun phrase in front of a number, made comparable: quotes and spaces dropped, then the words that do
/// not change what is counted (学校, 现有, 共计, 为 …) stripped from either end.
enum LabelText {
    /// Quotes and spaces out: "“双师型”教师" → "双师型教师".
    static func normalize(_ scalars: [Unicode.Scalar]) -> String {
        String(scalars: scalars.lazy.filter { !isIgnorable($0) })
    }

    /// “ ” " ' ‘ ’ 「 」 『 』, spaces and line breaks. Tested by ranges of values: a switch over the sixteen
    /// scalars compared a Chinese character with each of them, and every scalar of every label is asked.
    static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // 「 」 『 』 (U+300C–U+300F) and the ideographic space.
        if v >= 0x3000 { return v <= 0x300F && (v == 0x3000 || v >= 0x300C) }
        // ‘ ’ (U+2018, U+2019) and “ ” (U+201C, U+201D).
        if v >= 0x2018 { return v <= 0x201D && v != 0x201A && v != 0x201B }
        switch v {
        case 0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0xA0: return true
        default: return false
        }
    }

    /// Words at the start of a label that say nothing about what is counted.
    static let neutralPrefixes: [[Unicode.Scalar]] = [
        "截至目前", "截止目前", "其中", "包括", "包含", "另有", "各中职学校", "中职学校", "全区", "全县", "全市", "区域内", "辖区内",
        "中职", "约占", "此外", "另外", "同时", "目前", "学校", "全校", "我校", "本校", "该校", "现有", "共有",
        "拥有", "具有", "今年", "本年度", "本年", "当年", "全年", "年度", "年内", "累计", "总计", "合计", "共计", "以及", "并且",
        "已经", "达到", "均为", "有", "共", "并", "且", "和", "及", "与", "均", "已", "：", ":",
    ].map { Array($0.unicodeScalars) }

    /// Words at the end of a label, between it and its number.
    static let fillerSuffixes: [[Unicode.Scalar]] = [
        "分别为", "分别是", "分别达", "分别有", "已达到", "达到了", "共计有", "合计为", "总计为", "已达", "达到", "共计", "合计",
        "总计", "累计", "大约", "将近", "接近", "超过", "多达", "高达", "不足", "不到", "增至", "突破", "约为", "计有", "共有",
        "拥有", "具有", "现有", "为",
        "达", "共", "计", "约", "近", "逾", "有", "是", "了", "至", "占", "的", "：", ":",
    ].map { Array($0.unicodeScalars) }

    /// Words that close a label but belong to the count, tried only when the label as written names no measure:
    /// "专任教师数" → "专任教师", "教职工总数" → "教职工".
    static let countSuffixes: [[Unicode.Scalar]] = ["总人数", "总数", "人数", "数量", "总量", "总额", "规模", "数"].map {
        Array($0.unicodeScalars)
    }

    private static let countSuffixLasts = ScalarBitSet(countSuffixes.compactMap { $0.last?.value })

    /// A label with neutral words stripped from the front and fillers from the back.
    static func strip(_ label: [Unicode.Scalar], front: Bool = true) -> [Unicode.Scalar] {
        Array(label[stripped(label, front: front)])
    }

    /// The word lists `stripped` reads, in one value: every static is reached through a call, and a label is
    /// stripped in a few steps of several reads each.
    struct Tables: Sendable {
        /// The scalars neutral prefixes start with and filler suffixes end with: the lists are tried only when the
        /// label's first (last) scalar is one of them.
        let neutralPrefixFirsts = ScalarBitSet(neutralPrefixes.compactMap { $0.first?.value })
        let fillerSuffixLasts = ScalarBitSet(fillerSuffixes.compactMap { $0.last?.value })
        /// The lists by that scalar: only the few words that can match are tried. Closures, not key paths: a key
        /// path is built and applied through the runtime, word by word.
        let neutralPrefixesByFirst = WordsByScalar(neutralPrefixes, key: { $0.first })
        let fillerSuffixesByLast = WordsByScalar(fillerSuffixes, key: { $0.last })
        let countSuffixes = LabelText.countSuffixes
        let countSuffixLasts = LabelText.countSuffixLasts

        /// `LabelText.withoutCountSuffix`, read from the tables.
        func withoutCountSuffix(_ label: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
            guard !range.isEmpty, countSuffixLasts.contains(label[range.upperBound - 1].value) else { return nil }
            for suffix in countSuffixes where range.count > suffix.count {
                if LabelText.hasSuffix(label, range.lowerBound, range.upperBound, suffix) {
                    return range.lowerBound..<(range.upperBound - suffix.count)
                }
            }
            return nil
        }
    }

    static let tables = Tables()

    /// The range of `label` left once neutral words are stripped from the front and fillers from the back.
    static func stripped(_ label: [Unicode.Scalar], front: Bool = true) -> Range<Int> {
        stripped(label, in: 0..<label.count, front: front)
    }

    /// The range of `label[range]` left once neutral words are stripped from the front and fillers from the back.
    static func stripped(_ label: [Unicode.Scalar], in range: Range<Int>, front: Bool = true) -> Range<Int> {
        // The tables are reached once and read in place (`self` of their method), not once for every step.
        tables.stripped(label, in: range, front: front)
    }

    /// Past the last year written inside `range` of a label ("…质量年度报告2024年学校在校生" → "学校在校生"): what
    /// comes before a year is another phrase that ran into this one (a title joined to a paragraph, a clause
    /// without a comma).
    fileprivate static func afterLastYear(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        let upper = range.upperBound
        var result = range.lowerBound
        var i = range.lowerBound
        while i + 4 < upper {
            if NumberScalars.isDigit(s[i]), i == range.lowerBound || !NumberScalars.isDigit(s[i - 1]) {
                var k = i
                while k < upper, NumberScalars.isDigit(s[k]) { k += 1 }
                if k - i == 4, k < upper, s[k] == "年" || s[k] == "届" {
                    var end = k + 1
                    if end < upper, s[end] == "度" { end += 1 }
                    if end < upper { result = end }
                }
                i = k
            } else {
                i += 1
            }
        }
        return result
    }

    /// `range` of `label` without a count word at its end ("专任教师数" → "专任教师"), or nil when it has none.
    static func withoutCountSuffix(_ label: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        tables.withoutCountSuffix(label, range)
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ lower: Int, _ upper: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        guard upper - lower >= prefix.count else { return false }
        var k = lower
        for c in prefix {
            if s[k] != c { return false }
            k += 1
        }
        return true
    }

    static func hasSuffix(_ s: [Unicode.Scalar], _ lower: Int, _ upper: Int, _ suffix: [Unicode.Scalar]) -> Bool {
        guard upper - lower >= suffix.count else { return false }
        var k = upper - suffix.count
        for c in suffix {
            if s[k] != c { return false }
            k += 1
        }
        return true
    }

    /// "2024年", "2024年度", "2025届", "2024—2025学年" at `lower`: the index after it (`lower` when absent).
    fileprivate static func skipLeadingYear(_ s: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        var i = lower
        var digits = 0
        while i < upper, NumberScalars.isDigit(s[i]) {
            i += 1
            digits += 1
        }
        guard digits == 4 else { return lower }
        if i < upper, NumberScalars.isRangeMark(s[i]) {
            var k = i + 1
            while k < upper, s[k] == "—" { k += 1 }
            var more = 0
            while k < upper, NumberScalars.isDigit(s[k]) {
                k += 1
                more += 1
            }
            if more == 4 { i = k }
        }
        for w in yearWords where hasPrefix(s, i, upper, w) && upper - i > w.count { return i + w.count }
        return lower
    }

    private static let yearWords: [[Unicode.Scalar]] = ["学年度", "学年", "年度", "年", "届"].map { Array($0.unicodeScalars) }
}

extension LabelText.Tables {
    /// - Parameter digits: whether `label[range]` may hold a digit; when it holds none, it holds no year, and the
    ///   searches for one are skipped (most labels are all Chinese).
    func stripped(_ label: [Unicode.Scalar], in range: Range<Int>, front: Bool, digits: Bool = true) -> Range<Int> {
        // A label that is all measure leaves an empty qualifier: nothing to strip.
        guard !range.isEmpty else { return range }
        let years = front && digits
        var lower = years ? LabelText.afterLastYear(label, range) : range.lowerBound
        var upper = range.upperBound
        var changed = true
        while changed {
            changed = false
            // A leading year ("2024年", "2025届", "2024年度") scopes the number; it is not part of the label.
            let afterYear = years ? LabelText.skipLeadingYear(label, lower, upper) : lower
            if afterYear != lower {
                lower = afterYear
                changed = true
            }
            // "占全区…总数": the share verb, but not the 占 of 占地面积.
            if front, upper - lower > 2, label[lower] == "占", label[lower + 1] != "地", label[lower + 1] != "用" {
                lower += 1
                changed = true
            }
            if front, lower < upper, neutralPrefixFirsts.contains(label[lower].value) {
                let length = neutralPrefixesByFirst.prefixLength(of: label, lower, upper)
                if length > 0 {
                    lower += length
                    changed = true
                }
            }
            if lower < upper, fillerSuffixLasts.contains(label[upper - 1].value) {
                let length = fillerSuffixesByLast.suffixLength(of: label, lower, upper)
                if length > 0 {
                    upper -= length
                    changed = true
                }
            }
        }
        return lower..<upper
    }
}
