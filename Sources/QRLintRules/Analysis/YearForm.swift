/// How a title or statement writes the report year: "2025年度" / "（2025年）", or "2024—2025学年度".
public enum YearForm: Sendable, Hashable {
    case year(Int)
    case schoolYear(Int, Int)

    /// The report year it stands for (a school year ends in the report year).
    public var reportYear: Int {
        switch self {
        case .year(let y): y
        case .schoolYear(_, let y): y
        }
    }

    public var isSchoolYear: Bool { if case .schoolYear = self { true } else { false } }

    /// "2025 年度", "2024—2025 学年度".
    public var text: String {
        switch self {
        case .year(let y): "\(y) 年度"
        case .schoolYear(let a, let b): "\(a)—\(b) 学年度"
        }
    }

    /// The first report year in comparable text (`ComparableText`: no spaces, dashes or brackets), with the
    /// range it covers. A date ("2026年1月5日") is not a report year.
    public static func find(in s: [Unicode.Scalar]) -> (form: YearForm, range: Range<Int>)? {
        var i = 0
        while i + 4 <= s.count {
            guard let first = year(s, i) else {
                i += 1
                continue
            }
            var j = i + 4
            if let second = year(s, j, afterDigits: true), second == first + 1 {
                // "20242025学年度" (the dash was dropped by ComparableText).
                j += 4
                if j + 1 < s.count, s[j] == "学", s[j + 1] == "年" {
                    j += 2
                    if j < s.count, s[j] == "度" { j += 1 }
                    return (.schoolYear(first, second), i..<j)
                }
                i = j
                continue
            }
            if j < s.count, s[j] == "年" {
                if j + 1 < s.count, s[j + 1] == "度" { return (.year(first), i..<(j + 2)) }
                if j + 1 == s.count || !isDigit(s[j + 1]) { return (.year(first), i..<(j + 1)) }
            }
            i = j
        }
        return nil
    }

    private static func year(_ s: [Unicode.Scalar], _ i: Int, afterDigits: Bool = false) -> Int? {
        guard i + 4 <= s.count, s[i] == "2", s[i + 1] == "0" else { return nil }
        if !afterDigits, i > 0, isDigit(s[i - 1]) { return nil }
        var value = 0
        for k in i..<(i + 4) {
            guard isDigit(s[k]) else { return nil }
            value = value * 10 + Int(s[k].value - 0x30)
        }
        return value
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
