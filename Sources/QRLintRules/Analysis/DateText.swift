/// A date as written in a report: a year, a month, and a day when it is given.
public struct WrittenDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date without a day sorts as its month's first day.
    public static func < (a: WrittenDate, b: WrittenDate) -> Bool {
        (a.year, a.month, a.day ?? 1) < (b.year, b.month, b.day ?? 1)
    }

    /// Whether this date is certainly after `other` (a month without a day is after only from the next month).
    public func isAfter(_ other: WrittenDate) -> Bool {
        if (year, month) != (other.year, other.month) { return (year, month) > (other.year, other.month) }
        guard let day, let otherDay = other.day else { return false }
        return day > otherDay
    }

    public var description: String {
        "\(year)年\(month)月" + (day.map { "\($0)日" } ?? "")
    }
}

/// Reads years and dates out of scalars: "2026 年 1 月 5 日", "2026年1月", "2026-01-05", "2026.1.5",
/// "二〇二六年一月五日". Spaces between the parts are allowed (PDF text has them everywhere).
enum DateText {
    /// Whether a number starting with `first` may be a year (`year`) or start a date in digits (`date`): 1900…2099
    /// start with 1 or 2. Rules that visit every number's start (`ProseScan.numbers`, whose scalars are kept) pass
    /// the others over without reading the text.
    static func mayStartYear(_ first: Unicode.Scalar) -> Bool {
        first == "1" || first == "2" || first == "１" || first == "２"
    }

    /// A four-digit year 1900…2099 at `i`, not inside a longer number: (value, end).
    static func year<S: ScalarText>(_ s: S, at i: Int) -> (Int, Int)? {
        guard i + 4 <= s.count else { return nil }
        if i > 0, ProseScalar.isDigit(s[i - 1]) || s[i - 1] == "." { return nil }
        var value = 0
        for k in i..<(i + 4) {
            guard let d = ProseScalar.digit(s[k]) else { return nil }
            value = value * 10 + d
        }
        if i + 4 < s.count, ProseScalar.isDigit(s[i + 4]) { return nil }
        return (1900...2099).contains(value) ? (value, i + 4) : nil
    }

    /// A year followed by 年 ("2025年", "2025 年"): (value, index just past 年).
    static func yearWithNian<S: ScalarText>(_ s: S, at i: Int) -> (Int, Int)? {
        guard let (value, end) = year(s, at: i) else { return nil }
        let k = skipSpaces(s, end)
        guard k < s.count, s[k] == "年" else { return nil }
        return (value, k + 1)
    }

    /// A date starting at `i`: "2026年1月[5日]", "2026-01-05", "2026.01.05", "2026/1/5" (the last three need
    /// a day), or the same in Chinese numerals.
    static func date<S: ScalarText>(_ s: S, at i: Int) -> (WrittenDate, Int)? {
        // Rules ask at every digit and punctuation mark: most are no date, and one look tells.
        guard i < s.count else { return nil }
        // A date in Chinese numerals starts with one: at an Arabic digit, `chineseDate` is never asked.
        let arabic = ProseScalar.digit(s[i]) != nil
        guard arabic || ProseScalar.chineseDigit(s[i]) != nil else { return nil }
        guard let (y, afterYear) = year(s, at: i) else { return arabic ? nil : chineseDate(s, at: i) }
        let nian = skipSpaces(s, afterYear)
        if nian < s.count, s[nian] == "年" {
            let afterNian = nian + 1
            guard let (m, afterMonth) = number(s, at: skipSpaces(s, afterNian), maxDigits: 2), (1...12).contains(m)
            else { return nil }
            var k = skipSpaces(s, afterMonth)
            guard k < s.count, s[k] == "月" else { return nil }
            k += 1
            let dayStart = skipSpaces(s, k)
            if let (d, afterDay) = number(s, at: dayStart, maxDigits: 2), (1...31).contains(d) {
                let e = skipSpaces(s, afterDay)
                if e < s.count, s[e] == "日" || s[e] == "号" { return (WrittenDate(year: y, month: m, day: d), e + 1) }
            }
            return (WrittenDate(year: y, month: m), k)
        }
        if afterYear < s.count {
            let separator = s[afterYear]
            guard separator == "-" || separator == "." || separator == "/" else { return nil }
            guard let (m, afterMonth) = number(s, at: afterYear + 1, maxDigits: 2), (1...12).contains(m),
                afterMonth < s.count, s[afterMonth] == separator,
                let (d, afterDay) = number(s, at: afterMonth + 1, maxDigits: 2), (1...31).contains(d)
            else { return nil }
            if afterDay < s.count, ProseScalar.isDigit(s[afterDay]) || s[afterDay] == separator { return nil }
            return (WrittenDate(year: y, month: m, day: d), afterDay)
        }
        return arabic ? nil : chineseDate(s, at: i)
    }

    /// "二〇二六年一月五日".
    private static func chineseDate<S: ScalarText>(_ s: S, at i: Int) -> (WrittenDate, Int)? {
        guard i + 4 <= s.count else { return nil }
        var y = 0
        for k in i..<(i + 4) {
            guard let d = ProseScalar.chineseDigit(s[k]) else { return nil }
            y = y * 10 + d
        }
        var k = skipSpaces(s, i + 4)
        guard (1900...2099).contains(y), k < s.count, s[k] == "年" else { return nil }
        guard let (m, afterMonth) = chineseNumber(s, at: skipSpaces(s, k + 1)), (1...12).contains(m) else { return nil }
        k = skipSpaces(s, afterMonth)
        guard k < s.count, s[k] == "月" else { return nil }
        k += 1
        if let (d, afterDay) = chineseNumber(s, at: skipSpaces(s, k)), (1...31).contains(d) {
            let e = skipSpaces(s, afterDay)
            if e < s.count, s[e] == "日" || s[e] == "号" { return (WrittenDate(year: y, month: m, day: d), e + 1) }
        }
        return (WrittenDate(year: y, month: m), k)
    }

    /// 1–99 in Chinese numerals ("五", "十二", "二十一", "三十").
    private static func chineseNumber<S: ScalarText>(_ s: S, at i: Int) -> (Int, Int)? {
        var k = i
        var value = 0
        if k < s.count, let d = ProseScalar.chineseDigit(s[k]), d > 0 {
            value = d
            k += 1
        }
        if k < s.count, s[k] == "十" {
            value = (value == 0 ? 1 : value) * 10
            k += 1
            if k < s.count, let d = ProseScalar.chineseDigit(s[k]), d > 0 {
                value += d
                k += 1
            }
        }
        return k > i && value > 0 ? (value, k) : nil
    }

    /// A run of at most `maxDigits` digits at `i`: (value, end).
    static func number<S: ScalarText>(_ s: S, at i: Int, maxDigits: Int) -> (Int, Int)? {
        var k = i
        var value = 0
        while k < s.count, let d = ProseScalar.digit(s[k]) {
            value = value * 10 + d
            k += 1
            if k - i > maxDigits { return nil }
        }
        return k > i ? (value, k) : nil
    }

    static func skipSpaces<S: ScalarText>(_ s: S, _ i: Int) -> Int {
        var k = i
        while k < s.count, s[k] == " " || s[k] == "\u{3000}" || s[k] == "\t" || s[k] == "\u{A0}" { k += 1 }
        return k
    }

    /// Years written "2025年" in `s[range]` before `limit`, for "is this sentence about an earlier year?".
    static func yearsWithNian<S: ScalarText>(_ s: S, in range: Range<Int>) -> [Int] {
        var years: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let (value, end) = yearWithNian(s, at: i), end <= range.upperBound {
                years.append(value)
                i = end
            } else {
                i += 1
            }
        }
        return years
    }

    /// The sentence around a range: from after the previous 。！？； (or the start) to the next one.
    static func sentence<S: ScalarText>(_ s: S, around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !ProseScalar.isSentenceEnd(s[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < s.count, !ProseScalar.isSentenceEnd(s[end]) { end += 1 }
        return start..<end
    }
}
