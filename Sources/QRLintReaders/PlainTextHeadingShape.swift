import QRLintCore

/// A line shaped like a heading: a numbered title ("1.2 办学条件", "一、背景与目的") or a front-matter
/// title ("前 言", "目录"). Whether it is one in its place (inside a wrapped sentence it is not) is the
/// assembler's call.
struct PlainTextHeadingCandidate {
    /// nil for a front-matter title.
    var number: HeadingNumber?
    var titleStart: Int
    /// 目录, 图目录, 表目录, 案例目录: the lines after it are 目录 entries.
    var opensTOC = false
}

/// The shape rules for headings and captions on a single line.
enum PlainTextHeadingShape {
    static let maxTitleLength = 40
    static let maxCaptionLength = 64
    /// Top-level arabic numbers above this are quantities ("96 人；…"), not chapters.
    static let maxTopLevelNumber = 30

    /// Unnumbered titles of the front matter and appendices, and whether 目录 entries follow them.
    static let frontMatterTitles: [(title: [Unicode.Scalar], opensTOC: Bool)] = [
        ("前言", false), ("目录", true), ("图目录", true), ("表目录", true), ("案例目录", true),
        ("年报公开形式及网址", false), ("内容真实性责任声明", false), ("附表", false), ("附件", false),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static func candidate(_ s: [Unicode.Scalar], _ text: Range<Int>) -> PlainTextHeadingCandidate? {
        let found = parseNumber(s, text)
        switch shape(s, text, number: found) {
        case nil:
            return nil
        case .frontMatter(let opensTOC):
            return PlainTextHeadingCandidate(number: nil, titleStart: text.lowerBound, opensTOC: opensTOC)
        case .numbered:
            guard let found else { return nil }
            let match = HeadingNumberParser.match(found, s, start: text.lowerBound, sourceOffset: text.lowerBound)
            return PlainTextHeadingCandidate(number: match.number, titleStart: found.titleStart)
        }
    }

    /// The heading number at the start of `text`, if any.
    static func parseNumber(_ s: [Unicode.Scalar], _ text: Range<Int>) -> HeadingNumberParser.Found? {
        HeadingNumberParser.find(s, start: text.lowerBound, end: text.upperBound)
    }

    /// What kind of heading `text` is shaped like, decided without building its number.
    enum Shape {
        case frontMatter(opensTOC: Bool)
        case numbered
    }

    /// `number` is `parseNumber(s, text)`, when the caller has it already.
    static func shape(_ s: [Unicode.Scalar], _ text: Range<Int>, number found: HeadingNumberParser.Found?) -> Shape? {
        guard text.count <= maxTitleLength + 12 else { return nil }
        if let index = frontMatterIndex(s, text) {
            return .frontMatter(opensTOC: frontMatterTitles[index].opensTOC)
        }
        guard let number = found else { return nil }
        let title = number.titleStart..<text.upperBound
        guard !title.isEmpty, title.count <= maxTitleLength else { return nil }
        if number.style == .arabic {
            guard number.first <= maxTopLevelNumber else { return nil }
            // "1 学校概况", "1.学校概况", "1、…": a lone number needs a separator ("12家企业" is a quantity).
            if number.count == 1 {
                let afterNumber = number.numberEnd
                let separated =
                    number.titleStart > afterNumber || ScalarClass.isSpace(s[afterNumber - 1])
                    || s[afterNumber - 1] == "." || s[afterNumber - 1] == "．" || s[afterNumber - 1] == "、"
                guard separated else { return nil }
            }
        }
        guard isTitleStart(s[title.lowerBound]), !isClauseEnd(s[title.upperBound - 1]) else { return nil }
        guard isTitleBody(s, title) else { return nil }
        return .numbered
    }

    /// A caption ("图1：学校大门") that is short and not a sentence.
    static func caption(_ s: [Unicode.Scalar], _ line: PlainTextLine) -> CaptionParser.Match? {
        guard mayBeCaption(s, line) else { return nil }
        return CaptionParser.parse(s, start: line.text.lowerBound, end: line.text.upperBound)
    }

    /// Whether `caption(s, line)` finds one, without building its number's text.
    static func isCaption(_ s: [Unicode.Scalar], _ line: PlainTextLine) -> Bool {
        mayBeCaption(s, line) && CaptionParser.find(s, start: line.text.lowerBound, end: line.text.upperBound) != nil
    }

    private static func mayBeCaption(_ s: [Unicode.Scalar], _ line: PlainTextLine) -> Bool {
        !line.endsSentence && !line.hasInnerSentenceMark && !isClauseEnd(s[line.text.upperBound - 1])
    }

    static func isFrontMatterTitle(_ s: [Unicode.Scalar], _ text: Range<Int>) -> Bool {
        frontMatterIndex(s, text) != nil
    }

    /// Whether a front-matter title starts with `first` (a test checks it against `frontMatterTitles`): a
    /// switch, where a mask in a static property cost a lazy-initialisation check on every line.
    static func mayStartFrontMatterTitle(_ first: Unicode.Scalar) -> Bool {
        switch first {
        case "前", "目", "图", "表", "案", "年", "内", "附": true
        default: false
        }
    }

    /// Compares with all white space removed, so "前 言" and "目　录" count.
    private static func frontMatterIndex(_ s: [Unicode.Scalar], _ text: Range<Int>) -> Int? {
        guard text.count <= 24, !text.isEmpty else { return nil }
        let first = s[text.lowerBound]
        // Most lines start with a scalar no title starts with: decided before the table is walked.
        guard mayStartFrontMatterTitle(first) else { return nil }
        for (index, entry) in frontMatterTitles.enumerated() where entry.title[0] == first {
            let title = entry.title
            var k = 0
            var matches = true
            for i in text where !ScalarClass.isSpace(s[i]) {
                if k == title.count || s[i] != title[k] {
                    matches = false
                    break
                }
                k += 1
            }
            if matches, k == title.count { return index }
        }
        return nil
    }

    /// Titles start with a word, a quote or a bracket, never with a digit, a unit or punctuation.
    private static func isTitleStart(_ c: Unicode.Scalar) -> Bool {
        if c == "万" || c == "亿" { return false }
        if ScalarClass.isHan(c) { return true }
        switch c {
        case "“", "‘", "「", "『", "《", "〈", "（", "(", "【", "[", "\"", "'": return true
        default: return c.properties.isAlphabetic && ScalarClass.digitValue(c) == nil
        }
    }

    /// A title does not end where a clause goes on.
    private static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "；", "，", "：", "、", ";", ",", ":", "…": true
        default: false
        }
    }

    /// No sentence mark (。；), balanced (`isBalanced`), and not a table row flattened by the extraction
    /// ("毕业生人数* 人 312 305", "家长满意度 % 93% 93% 120 问卷": the last space-separated token or two of them
    /// numeric). One pass over the title: three cost a heading line as much as the rest of its scan.
    private static func isTitleBody(_ s: [Unicode.Scalar], _ title: Range<Int>) -> Bool {
        var balance = BracketBalance()
        var numericTokens = 0
        var lastTokenNumeric = false
        var inToken = false
        for i in title {
            let c = s[i]
            if c == "。" || c == "；" { return false }
            balance.count(c)
            if ScalarClass.isSpace(c) {
                inToken = false
            } else if !inToken {
                inToken = true
                lastTokenNumeric = ScalarClass.digitValue(c) != nil || c == "%" || c == "％"
                if lastTokenNumeric { numericTokens += 1 }
            }
        }
        return balance.isBalanced && !lastTokenNumeric && numericTokens < 2
    }

    /// An unclosed “ 《 （ means the title goes on on the next line: a wrapped sentence, not a heading.
    static func isBalanced(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var balance = BracketBalance()
        for i in range { balance.count(s[i]) }
        return balance.isBalanced
    }
}

/// Opening and closing “” 《》 （） counted over a title, for `PlainTextHeadingShape`.
struct BracketBalance {
    private var quotes = 0
    private var books = 0
    private var parens = 0

    @inline(__always) mutating func count(_ c: Unicode.Scalar) {
        switch c {
        case "“": quotes += 1
        case "”": quotes -= 1
        case "《": books += 1
        case "》": books -= 1
        case "（", "(": parens += 1
        case "）", ")": parens -= 1
        default: break
        }
    }

    var isBalanced: Bool { quotes == 0 && books == 0 && parens == 0 }
}
