import QRLintCore

/// The little inline syntax the reader looks through. Running text keeps its markup as written (rules see
/// what the author typed); headings and captions drop a wrapping `**…**`, and TOC entries drop links and
/// emphasis, because there the markup would hide the number or the title.
enum MarkdownInline {
    private static let wrappers: [String] = ["**", "__", "*", "_"]

    /// The range inside one emphasis that wraps all of `s[range]` (`**1.1 基本情况**` → `1.1 基本情况`).
    /// "**a** 和 **b**" is not wrapped: the inside may not hold the marker again.
    @inline(__always)
    static func unwrapEmphasis(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        // Most headings and captions are trimmed text without emphasis: nothing to cut.
        if let lower = range.first {
            let first = s[lower]
            let last = s[range.upperBound - 1]
            if first != "*", first != "_", !ScalarClass.isSpace(first), !ScalarClass.isSpace(last) { return range }
        }
        return unwrappedEmphasis(s, range)
    }

    private static func unwrappedEmphasis(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var current = range
        for _ in 0..<2 {
            // Every marker starts with `*` or `_`: most headings and captions stop at this comparison.
            guard let first = s[current].first, first == "*" || first == "_",
                let marker = wrappers.first(where: { isWrapped(s, current, by: $0) })
            else { break }
            let width = marker.unicodeScalars.count
            current = (current.lowerBound + width)..<(current.upperBound - width)
        }
        var start = current.lowerBound
        var end = current.upperBound
        while start < end, ScalarClass.isSpace(s[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        return start..<end
    }

    private static func isWrapped(_ s: [Unicode.Scalar], _ range: Range<Int>, by marker: String) -> Bool {
        let width = marker.unicodeScalars.count
        guard range.count > 2 * width,
            MarkdownScan.matches(marker, s, at: range.lowerBound, end: range.upperBound),
            MarkdownScan.matches(marker, s, at: range.upperBound - width, end: range.upperBound)
        else { return false }
        // "***x***" unwraps as ** then *; "**a** 和 **b**" is two emphases, not one.
        var i = range.lowerBound + width
        while i < range.upperBound - width {
            if MarkdownScan.matches(marker, s, at: i, end: range.upperBound - width) { return false }
            i += 1
        }
        return true
    }

    /// The visible text of `s[range]`: links `[text](url)` and images reduced to their text, `*`, `` ` ``
    /// and the backslash of an escape dropped.
    static func plainText(_ source: SourceText, _ range: Range<Int>) -> MappedText {
        let s = source.scalars
        var builder = SourceTextJoiner()
        var runStart = range.lowerBound
        var i = range.lowerBound
        // While inside a link's text: where its `]` is and where the link ends.
        var linkClose: (bracket: Int, end: Int)?
        func drop(_ count: Int) {
            builder.append(s, runStart..<i)
            i += count
            runStart = i
        }
        while i < range.upperBound {
            let scalar = s[i]
            if let link = linkClose, i == link.bracket {
                builder.append(s, runStart..<i)
                i = link.end
                runStart = i
                linkClose = nil
            } else if scalar == "\\", i + 1 < range.upperBound, isEscapable(s[i + 1]) {
                drop(1)
                i += 1
            } else if scalar == "*" || scalar == "`" {
                drop(1)
            } else if scalar == "!", i + 1 < range.upperBound, s[i + 1] == "[", linkClose == nil,
                let link = linkEnd(s, from: i + 1, end: range.upperBound)
            {
                linkClose = link
                drop(2)
            } else if scalar == "[", linkClose == nil, let link = linkEnd(s, from: i, end: range.upperBound) {
                linkClose = link
                drop(1)
            } else {
                i += 1
            }
        }
        builder.append(s, runStart..<range.upperBound)
        return builder.build(s).trimmed()
    }

    /// ASCII punctuation, which a backslash escapes in CommonMark.
    private static func isEscapable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// Links are looked for this far only, so a line full of unmatched `[` stays linear.
    private static let maxLinkLength = 500

    /// For `[` at `open`: the index of its `]` and the index after the `(…)` that must follow it.
    private static func linkEnd(_ s: [Unicode.Scalar], from open: Int, end: Int) -> (bracket: Int, end: Int)? {
        let end = min(end, open + maxLinkLength)
        guard let bracket = matching(s, from: open, end: end, open: "[", close: "]"),
            bracket + 1 < end, s[bracket + 1] == "(",
            let paren = matching(s, from: bracket + 1, end: end, open: "(", close: ")")
        else { return nil }
        return (bracket, paren + 1)
    }

    private static func matching(
        _ s: [Unicode.Scalar], from open: Int, end: Int, open opener: Unicode.Scalar, close closer: Unicode.Scalar
    ) -> Int? {
        var depth = 0
        var i = open
        while i < end {
            if s[i] == "\\" {
                i += 2
                continue
            }
            if s[i] == opener { depth += 1 }
            if s[i] == closer {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }
}
