/// A page number at the end of a line, after a tab, dot leaders or spaces: "1.1 基本情况\t1",
/// "图 1 学校大门……2", "前言 ........ 1". This is how a 目录 line looks once extracted.
struct PlainTextTrailingPage {
    enum Leader {
        /// A tab or dot leaders: a 目录 line even outside a 目录 block, when its text looks like a title.
        case strong
        /// Only spaces: a 目录 line only inside a 目录 block.
        case spaces
    }

    var leader: Leader
    /// The entry's text, without leader and page, trimmed.
    var textRange: Range<Int>
    var page: Int
    /// The text holds a tab (several cells): a table row rather than a 目录 line outside 目录 blocks.
    var textHasTab: Bool

    static func parse(_ s: [Unicode.Scalar], _ text: Range<Int>) -> PlainTextTrailingPage? {
        var i = text.upperBound
        var page = 0
        var scale = 1
        while i > text.lowerBound, let d = ScalarClass.digitValue(s[i - 1]) {
            page += d * scale
            scale *= 10
            i -= 1
            if text.upperBound - i > 4 { return nil }
        }
        guard i < text.upperBound, i > text.lowerBound else { return nil }
        let digitsStart = i
        var sawTab = false
        var dots = 0
        var sawSpace = false
        while i > text.lowerBound {
            let c = s[i - 1]
            if c == "\t" {
                sawTab = true
            } else if isLeaderDot(c) {
                dots += c == "…" || c == "⋯" || c == "‥" ? 2 : 1
            } else if ScalarClass.isSpace(c) {
                sawSpace = true
            } else {
                break
            }
            i -= 1
        }
        guard i > text.lowerBound, i < digitsStart else { return nil }
        let leader: Leader
        if sawTab || dots >= 2 {
            leader = .strong
        } else if sawSpace && dots == 0 {
            leader = .spaces
        } else {
            return nil
        }
        let textRange = PlainTextTableRow.trim(s, text.lowerBound..<i)
        guard textRange.contains(where: { ScalarClass.digitValue(s[$0]) == nil && !ScalarClass.isSpace(s[$0]) })
        else { return nil }
        var textHasTab = false
        for k in textRange where s[k] == "\t" {
            textHasTab = true
            break
        }
        return PlainTextTrailingPage(leader: leader, textRange: textRange, page: page, textHasTab: textHasTab)
    }

    /// The text starts with a heading number, a caption number, or is a front-matter title.
    func isTitleLike(_ s: [Unicode.Scalar]) -> Bool {
        PlainTextHeadingShape.isFrontMatterTitle(s, textRange)
            || PlainTextHeadingShape.parseNumber(s, textRange) != nil
            || CaptionParser.find(s, start: textRange.lowerBound, end: textRange.upperBound) != nil
    }

    private static func isLeaderDot(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "…" || c == "·" || c == "．" || c == "‥" || c == "⋯" || c == "・" || c == "。"
    }
}
