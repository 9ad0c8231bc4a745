import QRLintCore

/// Recognises the number in front of a heading ("1.2", "1.3专业设置", "一、", "（一）", "第一章") and where
/// the title starts. Whether the line is a heading at all (length, punctuation) is the reader's call.
public enum HeadingNumberParser {
    public struct Match: Sendable {
        public var number: HeadingNumber
        /// Index in the scanned scalars where the title starts (after the number and spaces).
        public var titleStart: Int
    }

    /// A heading number found in place: its style, what it counts, where it ends and where the title
    /// starts, without the text and the array a `HeadingNumber` holds. Most lines that start like a number
    /// are no heading, and the plain-text reader asks this of every line.
    struct Found {
        var style: HeadingNumber.Style
        /// The components, eight bits each, the first in the lowest byte: a heading number has at most five,
        /// and each is at most 99 (two digits, or a Chinese numeral up to 九十九).
        var packed: UInt64
        var count: Int
        /// Index after the number, and where the title starts (after the number and spaces).
        var numberEnd: Int
        var titleStart: Int

        var first: Int { Int(packed & 0xFF) }
        var components: [Int] {
            // Array literals for the usual depths: a generic `map` over the range cost hundreds of
            // instructions a number.
            func at(_ k: Int) -> Int { Int(packed >> (8 * UInt64(k)) & 0xFF) }
            switch count {
            case 1: return [at(0)]
            case 2: return [at(0), at(1)]
            case 3: return [at(0), at(1), at(2)]
            default:
                var result: [Int] = []
                result.reserveCapacity(count)
                for k in 0..<count { result.append(at(k)) }
                return result
            }
        }
    }

    /// Scans `scalars[start..<end]`; `sourceOffset` maps index `start` to the source, for the number's span.
    public static func parse(_ scalars: [Unicode.Scalar], start: Int, end: Int, sourceOffset: Int) -> Match? {
        guard let found = find(scalars, start: start, end: end) else { return nil }
        return match(found, scalars, start: start, sourceOffset: sourceOffset)
    }

    /// The `Match` of a number `find` found at `start`.
    static func match(_ found: Found, _ scalars: [Unicode.Scalar], start: Int, sourceOffset: Int) -> Match {
        let span = Span(start: sourceOffset, end: sourceOffset + (found.numberEnd - start))
        let text = String(scalars: scalars[start..<found.numberEnd])
        let number = HeadingNumber(style: found.style, components: found.components, text: text, span: span)
        return Match(number: number, titleStart: found.titleStart)
    }

    /// Whether a number `find` reads may start with `first`: a digit, 第, an opening parenthesis or a
    /// Chinese numeral. Most lines of a text start otherwise, and the plain-text reader asks this first.
    @inline(__always)
    static func mayStartNumber(_ first: Unicode.Scalar) -> Bool {
        ScalarClass.digitValue(first) != nil || first == "第" || ScalarClass.isOpeningParenthesis(first)
            || ChineseNumeral.isNumeral(first)
    }

    /// The number at the start of `scalars[start..<end]`, if any.
    static func find(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Found? {
        guard start < end else { return nil }
        let first = scalars[start]
        var parsed: Found?
        // Most numbered headings start with a digit: tested first (the kinds of first scalar are disjoint).
        if ScalarClass.digitValue(first) != nil {
            parsed = arabic(scalars, start, end)
        } else if first == "第" {
            parsed = chapter(scalars, start, end)
        } else if ScalarClass.isOpeningParenthesis(first) {
            parsed = parenthesized(scalars, start, end)
        } else if ChineseNumeral.isNumeral(first) {
            parsed = chinese(scalars, start, end)
        }
        guard var found = parsed else { return nil }
        var titleStart = found.numberEnd
        while titleStart < end, ScalarClass.isSpace(scalars[titleStart]) { titleStart += 1 }
        found.titleStart = titleStart
        return found
    }

    /// A one-component number ending at `numberEnd` (the title start is filled in by `find`).
    private static func single(_ style: HeadingNumber.Style, _ value: Int, _ numberEnd: Int) -> Found {
        Found(style: style, packed: UInt64(value), count: 1, numberEnd: numberEnd, titleStart: numberEnd)
    }

    private static func chapter(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Found? {
        var i = start + 1
        var value: Int
        if let (v, next) = ChineseNumeral.parse(s, at: i, end: end) {
            value = v
            i = next
        } else if let (v, next) = digits(s, i, end, maxDigits: 2) {
            value = v
            i = next
        } else {
            return nil
        }
        if i < end, s[i] == "章" || s[i] == "篇" {
            return single(.chapter, value, i + 1)
        }
        if i + 1 < end, s[i] == "部", s[i + 1] == "分" {
            return single(.chapter, value, i + 2)
        }
        return nil
    }

    private static func parenthesized(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Found? {
        let i = start + 1
        if let (v, next) = ChineseNumeral.parse(s, at: i, end: end), next < end,
            ScalarClass.isClosingParenthesis(s[next])
        {
            return single(.parenthesizedChinese, v, next + 1)
        }
        if let (v, next) = digits(s, i, end, maxDigits: 2), next < end, ScalarClass.isClosingParenthesis(s[next]) {
            return single(.parenthesizedArabic, v, next + 1)
        }
        return nil
    }

    private static func chinese(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Found? {
        guard let (v, next) = ChineseNumeral.parse(s, at: start, end: end), next < end else { return nil }
        guard s[next] == "、" else { return nil }
        return single(.chinese, v, next + 1)
    }

    private static func arabic(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Found? {
        var packed: UInt64 = 0
        var count = 0
        var i = start
        while true {
            guard let (v, next) = digits(s, i, end, maxDigits: 2) else { return nil }
            packed |= UInt64(v) << (8 * UInt64(count))
            count += 1
            i = next
            // A dot followed by a digit continues the number; a final dot or 、 ends it.
            if i < end, s[i] == "." || s[i] == "．" {
                if i + 1 < end, ScalarClass.digitValue(s[i + 1]) != nil, count < 5 {
                    i += 1
                    continue
                }
                i += 1
                break
            }
            if i < end, s[i] == "、" {
                i += 1
                break
            }
            // "3+2…", "50%…", "8:00…", "2-1…", "3D…", "5G…": a number run into these is a quantity, a time,
            // a range or a name, not a heading number.
            if i < end, ScalarClass.digitValue(s[i]) != nil || isQuantityMark(s[i]) || isLatinLetter(s[i]) {
                return nil
            }
            break
        }
        // "2023年": a digit run longer than a heading number is a quantity.
        if i < end, ScalarClass.digitValue(s[i]) != nil { return nil }
        return Found(style: .arabic, packed: packed, count: count, numberEnd: i, titleStart: i)
    }

    private static func isQuantityMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "+", "＋", "%", "％", "‰", ":", "：", "-", "－", "–", "—", "~", "～", "/", "／", "×", "*": true
        default: false
        }
    }

    private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("ａ"..."ｚ").contains(c) || ("Ａ"..."Ｚ").contains(c)
    }

    /// A run of at most `maxDigits` ASCII or full-width digits not followed by another digit.
    static func digits(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, maxDigits: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < end, let d = ScalarClass.digitValue(s[i]) {
            value = value * 10 + d
            i += 1
            if i - start > maxDigits { return nil }
        }
        return i > start ? (value, i) : nil
    }
}
