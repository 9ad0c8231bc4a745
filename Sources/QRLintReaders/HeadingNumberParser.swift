import QRLintCore

/// Recognises the number in front of a heading ("1.2", "1.3专业设置", "一、", "（一）", "第一章") and where
/// the title starts. Whether the line is a heading at all (length, punctuation) is the reader's call.
public enum HeadingNumberParser {
    public struct Match: Sendable {
        public var number: HeadingNumber
        /// Index in the scanned scalars where the title starts (after the number and spaces).
        public var titleStart: Int
    }

    /// Scans `scalars[start..<end]`; `sourceOffset` maps index `start` to the source, for the number's span.
    public static func parse(_ scalars: [Unicode.Scalar], start: Int, end: Int, sourceOffset: Int) -> Match? {
        guard start < end else { return nil }
        let first = scalars[start]
        var parsed: (HeadingNumber.Style, [Int], Int)?
        if first == "第" {
            parsed = chapter(scalars, start, end)
        } else if ScalarClass.isOpeningParenthesis(first) {
            parsed = parenthesized(scalars, start, end)
        } else if ChineseNumeral.isNumeral(first) {
            parsed = chinese(scalars, start, end)
        } else if ScalarClass.digitValue(first) != nil {
            parsed = arabic(scalars, start, end)
        }
        guard let (style, components, numberEnd) = parsed else { return nil }
        var titleStart = numberEnd
        while titleStart < end, ScalarClass.isSpace(scalars[titleStart]) { titleStart += 1 }
        let span = Span(start: sourceOffset, end: sourceOffset + (numberEnd - start))
        let text = String(scalars: scalars[start..<numberEnd])
        let number = HeadingNumber(style: style, components: components, text: text, span: span)
        return Match(number: number, titleStart: titleStart)
    }

    private static func chapter(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (HeadingNumber.Style, [Int], Int)? {
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
            return (.chapter, [value], i + 1)
        }
        if i + 1 < end, s[i] == "部", s[i + 1] == "分" {
            return (.chapter, [value], i + 2)
        }
        return nil
    }

    private static func parenthesized(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (HeadingNumber.Style, [Int], Int)? {
        let i = start + 1
        if let (v, next) = ChineseNumeral.parse(s, at: i, end: end), next < end, ScalarClass.isClosingParenthesis(s[next]) {
            return (.parenthesizedChinese, [v], next + 1)
        }
        if let (v, next) = digits(s, i, end, maxDigits: 2), next < end, ScalarClass.isClosingParenthesis(s[next]) {
            return (.parenthesizedArabic, [v], next + 1)
        }
        return nil
    }

    private static func chinese(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (HeadingNumber.Style, [Int], Int)? {
        guard let (v, next) = ChineseNumeral.parse(s, at: start, end: end), next < end else { return nil }
        guard s[next] == "、" else { return nil }
        return (.chinese, [v], next + 1)
    }

    private static func arabic(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (HeadingNumber.Style, [Int], Int)? {
        var components: [Int] = []
        var i = start
        while true {
            guard let (v, next) = digits(s, i, end, maxDigits: 2) else { return nil }
            components.append(v)
            i = next
            // A dot followed by a digit continues the number; a final dot or 、 ends it.
            if i < end, s[i] == "." || s[i] == "．" {
                if i + 1 < end, ScalarClass.digitValue(s[i + 1]) != nil, components.count < 5 {
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
        return (.arabic, components, i)
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
