/// A year the text names: "2024年度", "2025届", "2024—2025学年", "上年", "今年". A mention that scopes (not an
/// event date such as "创办于1985年" or "2024年6月") gives its year to the numbers after it in its sentence.
struct YearMention: Equatable {
    var year: Int
    /// Where it is written, in the host's scalars.
    var range: Range<Int>
    /// Gives its year to the numbers after it; false for event dates and for the base of a comparison ("较上年").
    var scopes: Bool
    /// Stands as the scope of what follows ("2024年度，…", "2025年："), rather than inside a phrase
    /// ("2024年毕业2926人"): it then scopes the whole paragraph.
    var opensParagraph = false
    /// "由2024年的9647人减少到9313人": the year belongs to the next number only.
    var nextOnly = false
}

enum YearMentionReader {
    /// A year at `start` (four digits already read as `number`), or nil when the digits are not one.
    static func read(
        _ s: [Unicode.Scalar], start: Int, number: ArabicNumber, limit: Int
    ) -> YearMention? {
        guard number.integerDigits == 4, number.decimals == 0, !number.grouped,
            (1950...2099).contains(Int(number.value))
        else { return nil }
        var year = Int(number.value)
        var i = number.end
        var spansYears = false
        // "2024—2025学年", "2024-2025年度": the later year.
        if i < limit, NumberScalars.isRangeMark(s[i]) {
            var k = i + 1
            while k < limit, s[k] == "—" || s[k] == "-" { k += 1 }
            if let second = ArabicNumberReader.read(s, at: k, limit: limit), second.integerDigits == 4,
                second.decimals == 0, (year + 1...year + 50).contains(Int(second.value))
            {
                // "2024—2035年" is a period, not a year to scope by; "2024—2025学年" is one school year.
                spansYears = Int(second.value) > year + 1
                year = Int(second.value)
                i = second.end
            }
        }
        while i < limit, s[i] == " " { i += 1 }
        guard i < limit, s[i] == "学" || s[i] == "年" || s[i] == "届" || s[i] == "级" else { return nil }
        for (word, isYear) in Self.yearWords where LabelText.hasPrefix(s, i, limit, word) {
            let end = i + word.count
            guard isYear else {
                // "2023级" is a cohort, not a year to scope by.
                return YearMention(year: year, range: start..<end, scopes: false)
            }
            let scoping = !spansYears && scopes(s, start: start, end: end, limit: limit)
            var next = end
            while next < limit, s[next] == " " { next += 1 }
            let alone =
                word.last == "度"
                || next < limit && (s[next] == "，" || s[next] == "," || s[next] == "：" || s[next] == ":")
            return YearMention(
                year: year, range: start..<end, scopes: scoping, opensParagraph: scoping && alone,
                nextOnly: next < limit && s[next] == "的")
        }
        return nil
    }

    private static let yearWords: [([Unicode.Scalar], Bool)] = [
        ("学年度", true), ("学年", true), ("年度", true), ("年", true), ("届", true), ("级", false),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    private static let eventWords: [[Unicode.Scalar]] = [
        "以来", "起", "开始", "至今", "成立", "建校", "创办", "获批", "被评", "被认定", "入选", "上半年", "下半年", "秋季", "春季",
    ].map { Array($0.unicodeScalars) }

    /// Event dates do not scope: "2024年6月", "创办于1985年", "自2019年以来".
    private static func scopes(_ s: [Unicode.Scalar], start: Int, end: Int, limit: Int) -> Bool {
        var j = end
        while j < limit, s[j] == " " { j += 1 }
        if j < limit {
            if s[j] == "月" || NumberScalars.isDigit(s[j]) { return false }
            for word in Self.eventWords where LabelText.hasPrefix(s, j, limit, word) { return false }
        }
        var k = start - 1
        while k >= 0, s[k] == " " { k -= 1 }
        if k >= 0 {
            switch s[k] {
            case "于", "自", "从", "至", "到", "在", "止", "（", "(", "〔", "[", "【":
                return false
            default: break
            }
        }
        return true
    }

    private static let relativeWords: [(word: [Unicode.Scalar], offset: Int)] =
        ([
            ("上一学年度", -1), ("上一学年", -1), ("上一年度", -1), ("上一年", -1), ("上学年", -1), ("上年度", -1), ("上年", -1),
            ("去年", -1), ("本学年度", 0), ("本学年", 0), ("本年度", 0), ("本年", 0), ("今年", 0), ("当年", 0),
        ] as [(String, Int)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// "上年", "今年" … at `start`, resolved against the report year. A mention right after 较, 比, 与, 同比
    /// ("较上年增加") is the base of a comparison and does not scope.
    /// The first scalars of the relative-year words (上年, 去年, 本年, 今年, 当年 …).
    static func mayStartRelative(_ c: Unicode.Scalar) -> Bool {
        c == "上" || c == "去" || c == "本" || c == "今" || c == "当"
    }

    static func readRelative(_ s: [Unicode.Scalar], at start: Int, limit: Int, reportYear: Int?) -> YearMention? {
        guard mayStartRelative(s[start]) else { return nil }
        for (word, offset) in relativeWords where LabelText.hasPrefix(s, start, limit, word) {
            let end = start + word.count
            // "本年级" is a class, not a year.
            guard let reportYear, end >= limit || s[end] != "级" else { return nil }
            var k = start - 1
            while k >= 0, s[k] == " " { k -= 1 }
            let comparison = k >= 0 && (s[k] == "较" || s[k] == "比" || s[k] == "与" || s[k] == "于" || s[k] == "和")
            return YearMention(year: reportYear + offset, range: start..<end, scopes: !comparison)
        }
        return nil
    }
}
