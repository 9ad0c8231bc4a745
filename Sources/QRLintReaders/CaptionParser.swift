import QRLintCore

/// Recognises a caption line: "图1：学校大门", "表 2 学生情况统计表", "典型案例 3：…", "【案例2-1】…".
public enum CaptionParser {
    public struct Match: Sendable {
        public var kind: Caption.Kind
        public var number: String
        /// Index where the title starts, and where it ends (a closing 】 excluded).
        public var titleStart: Int
        public var titleEnd: Int
    }

    private static let casePrefixes: [[Unicode.Scalar]] = [
        Array("典型案例".unicodeScalars), Array("案例".unicodeScalars),
    ]

    /// A caption found in place: its parts as ranges, without the number's text. Most callers only ask
    /// whether a line is a caption, and building the number's `String` cost more than finding it.
    struct Found {
        var kind: Caption.Kind
        var number: Range<Int>
        var titleStart: Int
        var titleEnd: Int
    }

    public static func parse(_ s: [Unicode.Scalar], start: Int, end: Int) -> Match? {
        guard let found = find(s, start: start, end: end) else { return nil }
        return Match(
            kind: found.kind, number: String(scalars: s[found.number]), titleStart: found.titleStart,
            titleEnd: found.titleEnd)
    }

    /// What `parse` reads, without building the number's text.
    static func find(_ s: [Unicode.Scalar], start: Int, end: Int) -> Found? {
        var i = start
        var bracketed = false
        if i < end, s[i] == "【" || s[i] == "[" {
            bracketed = true
            i += 1
        }
        let kind: Caption.Kind
        if i < end, s[i] == "图" {
            kind = .figure
            i += 1
        } else if i < end, s[i] == "表" {
            kind = .table
            i += 1
        } else if i < end, s[i] == "典" || s[i] == "案",
            let prefix = casePrefixes.first(where: { hasPrefix(s, i, end, $0) })
        {
            // Both case prefixes start with 典 or 案: other lines skip the closure over the prefixes.
            kind = .caseStudy
            i += prefix.count
        } else {
            return nil
        }
        while i < end, ScalarClass.isSpace(s[i]) { i += 1 }
        let numberStart = i
        guard let (_, afterFirst) = HeadingNumberParser.digits(s, i, end, maxDigits: 3) else { return nil }
        i = afterFirst
        if i + 1 < end, s[i] == "-" || s[i] == "－" || s[i] == "—" || s[i] == "." || s[i] == "．",
            let (_, afterSecond) = HeadingNumberParser.digits(s, i + 1, end, maxDigits: 3)
        {
            i = afterSecond
        }
        let number = numberStart..<i
        if bracketed {
            guard i < end, s[i] == "】" || s[i] == "]" else { return nil }
            i += 1
        }
        // The number must be followed by a separator, not by more of a sentence ("图1所示").
        let separatorStart = i
        while i < end, ScalarClass.isSpace(s[i]) || s[i] == "：" || s[i] == ":" || s[i] == "." || s[i] == "、" {
            i += 1
        }
        if i == separatorStart, !bracketed, i < end { return nil }
        var titleEnd = end
        while titleEnd > i, ScalarClass.isSpace(s[titleEnd - 1]) { titleEnd -= 1 }
        return Found(kind: kind, number: number, titleStart: i, titleEnd: titleEnd)
    }

    private static func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ end: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        guard end - i >= prefix.count else { return false }
        for (k, p) in prefix.enumerated() where s[i + k] != p { return false }
        return true
    }
}
