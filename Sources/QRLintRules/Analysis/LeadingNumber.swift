import QRLintCore

/// The heading number at the start of a 目录 line ("1.学校概况", "1.1 基本情况", "一、学校概况", "（一）…",
/// "第一章 …"), read the way the readers read heading numbers, so that an entry can be paired with its heading.
public enum LeadingNumber {
    public struct Parsed: Sendable, Hashable {
        public var style: HeadingNumber.Style
        public var components: [Int]
        /// Where the title starts.
        public var titleStart: Int
    }

    public static func parse(_ s: [Unicode.Scalar]) -> Parsed? {
        var i = 0
        while i < s.count, CaptionText.isSpace(s[i]) { i += 1 }
        guard i < s.count else { return nil }
        if let parsed = arabic(s, i) ?? chinese(s, i) ?? parenthesized(s, i) ?? chapter(s, i) {
            var start = parsed.titleStart
            while start < s.count, CaptionText.isSpace(s[start]) { start += 1 }
            return Parsed(style: parsed.style, components: parsed.components, titleStart: start)
        }
        return nil
    }

    /// "1", "1.", "1.2", "1、" followed by a space, a separator or the title; at most two digits a component.
    private static func arabic(_ s: [Unicode.Scalar], _ start: Int) -> Parsed? {
        var components: [Int] = []
        var i = start
        while true {
            var value = 0
            let digitsStart = i
            while i < s.count, i - digitsStart < 2, let d = digit(s[i]) {
                value = value * 10 + d
                i += 1
            }
            guard i > digitsStart, i == s.count || digit(s[i]) == nil else { return nil }
            components.append(value)
            if i + 1 < s.count, s[i] == "." || s[i] == "．", digit(s[i + 1]) != nil {
                i += 1
                continue
            }
            break
        }
        guard i < s.count else { return nil }
        if s[i] == "." || s[i] == "．" || s[i] == "、" {
            i += 1
        } else if !CaptionText.isSpace(s[i]), components.count == 1 {
            // "1学校概况" is not a heading number; "1.1学校概况" may be.
            return nil
        }
        return Parsed(style: .arabic, components: components, titleStart: i)
    }

    /// "一、"
    private static func chinese(_ s: [Unicode.Scalar], _ start: Int) -> Parsed? {
        guard let (value, end) = chineseNumber(s, start), end < s.count, s[end] == "、" else { return nil }
        return Parsed(style: .chinese, components: [value], titleStart: end + 1)
    }

    /// "（一）", "(1)"
    private static func parenthesized(_ s: [Unicode.Scalar], _ start: Int) -> Parsed? {
        guard s[start] == "（" || s[start] == "(" else { return nil }
        let inner = start + 1
        if let (value, end) = chineseNumber(s, inner), end < s.count, s[end] == "）" || s[end] == ")" {
            return Parsed(style: .parenthesizedChinese, components: [value], titleStart: end + 1)
        }
        var value = 0
        var i = inner
        while i < s.count, i - inner < 2, let d = digit(s[i]) {
            value = value * 10 + d
            i += 1
        }
        guard i > inner, i < s.count, s[i] == "）" || s[i] == ")" else { return nil }
        return Parsed(style: .parenthesizedArabic, components: [value], titleStart: i + 1)
    }

    /// "第一章", "第二部分"
    private static func chapter(_ s: [Unicode.Scalar], _ start: Int) -> Parsed? {
        guard s[start] == "第", let (value, end) = chineseNumber(s, start + 1) else { return nil }
        if end < s.count, s[end] == "章" || s[end] == "节" {
            return Parsed(style: .chapter, components: [value], titleStart: end + 1)
        }
        if end + 1 < s.count, s[end] == "部", s[end + 1] == "分" {
            return Parsed(style: .chapter, components: [value], titleStart: end + 2)
        }
        return nil
    }

    /// 一 … 九 → 1 … 9, 十 → 10 (not 〇, 零 or 两, which `ChineseDigit` also reads). Not a dictionary: one keyed
    /// by scalars made the runtime scan every conformance record for `Unicode.Scalar`'s `Hashable`, once per run.
    private static func numeral(_ s: Unicode.Scalar) -> Int? {
        if s == "十" { return 10 }
        guard s != "〇", s != "零", s != "两" else { return nil }
        return ChineseDigit.value(of: s)
    }

    /// 一 … 九十九, at most three numerals.
    private static func chineseNumber(_ s: [Unicode.Scalar], _ start: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        var current = 0
        while i < s.count, i - start < 3, let n = numeral(s[i]) {
            if n == 10 {
                value += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                current = n
            }
            i += 1
        }
        guard i > start else { return nil }
        return (value + current, i)
    }

    private static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }
}
