import QRLintCore

/// One line of a plain-text input with the facts the reader decides on, computed once per line.
///
/// Everything here depends on the line alone; what depends on its neighbours (joining, page numbers
/// between wrapped lines, 目录 blocks, heading levels) is decided by `PlainTextAssembler`.
struct PlainTextLine {
    /// The line without its line break.
    var range: Range<Int>
    /// The line without leading and trailing white space; empty for a blank line.
    var text: Range<Int>
    var length: Int { text.count }
    var isBlank: Bool { text.isEmpty }

    /// The last scalar ends a sentence (。！？；…, or a closing quote right after one).
    var endsSentence = false
    /// 。！？； before the last scalar: written prose, never a title.
    var hasInnerSentenceMark = false
    /// ，, before the last scalar (or a sentence mark): a clause goes on, so a wrapped line can follow.
    var hasInnerComma = false
    /// 、：: before the last scalar (or a comma or sentence mark).
    var hasInnerClauseMark = false
    var hasHan = false
    /// An ASCII or full-width digit anywhere: lines without one skip the number-line tests.
    var hasDigit = false
    var startsWithHan = false
    /// Starts with a heading or list number ("1.", "（1）", "一、"), heading-shaped or not.
    var startsWithNumber = false
    /// Ends with a colon: a list may follow.
    var endsWithColon = false
    /// Ends inside a token: a digit or an opening bracket or quote ("…高级双师型教师21", "…知青《").
    var endsInsideToken = false
    /// A tab, a pipe at the start, or two spaces in a row: the line may be a table row.
    var mayBeRow = false
    /// Two or more bare numbers and no comma: a table row flattened into a line ("毕业生人数 人 312 305").
    /// Never joined with text.
    var isDataRow = false

    /// A `qrlint:` suppression comment; its text starts at `commentStart`.
    var isComment = false
    var commentStart: Int { text.lowerBound + PlainTextLineScanner.commentPrefix.count }
    /// "- 5 -", "— 12 —", "第 5 页", "5 / 40".
    var isPageNumber = false
    /// Only numbers: "410", "363 339", "96%". Never joined with text.
    var isNumeric = false
    /// A 1–3 digit integer alone: a page number when it sits inside a wrapped sentence.
    var isLoneInteger = false
    /// Only a date: "2026 年 1 月 5 日". Never continues a paragraph (a cover or signature line).
    var isDate = false
    /// A short line repeated many times (a running header); set by `PlainTextLayout`.
    var isRunningHeader = false

    /// The line splits into table cells; the cells are split again when the table is built, so that a
    /// line keeps no arrays (a 10 MB input has hundreds of thousands of lines).
    var rowStyle: PlainTextTableRow.Style?
    /// Filled cells of the row, up to 255.
    var rowFilledCells: UInt8 = 0
    /// Ends with a page number (`PlainTextTrailingPage`, parsed again when used); `hasStrongTrailingPage`
    /// when the page follows a tab or dot leaders.
    var hasTrailingPage = false
    var hasStrongTrailingPage = false
    /// Shaped like a heading (`PlainTextHeadingShape.candidate`); a front-matter title has no number.
    var isHeadingShaped = false
    var isFrontMatterTitle = false
    /// For a heading-shaped line: the number it starts with (nil for a front-matter title), and whether a
    /// front-matter title opens a 目录. Kept so that the assembler does not parse and shape it again.
    var headingNumber: HeadingNumberParser.Found?
    var opensTOC = false
    /// Shaped like a caption (`PlainTextHeadingShape.caption`).
    var isCaptionShaped = false

    /// Plain text: none of the special shapes above.
    var isPlain: Bool {
        !isBlank && !isComment && !isPageNumber && !isNumeric && rowStyle == nil
            && !hasStrongTrailingPage && !isHeadingShaped && !isCaptionShaped
    }

    init(range: Range<Int>, text: Range<Int>) {
        self.range = range
        self.text = text
    }
}

/// Splits a source into `PlainTextLine`s and computes each line's facts in one scan.
enum PlainTextLineScanner {
    static func scan(_ source: SourceText) -> [PlainTextLine] {
        let s = source.scalars
        // The line table read once: `lineCount` is a call into another module, made twice a line before.
        let starts = source.lineStarts
        let lineCount = starts.count
        // Each line is built and described in its place in the array: a line is a large struct, and
        // building it aside and appending it copied it twice.
        return [PlainTextLine](unsafeUninitializedCapacity: lineCount) { buffer, initialized in
            for index in 0..<lineCount {
                let start = starts[index]
                let end = index + 1 < lineCount ? starts[index + 1] - 1 : s.count
                var lower = start
                var upper = end
                while lower < upper, ScalarClass.isSpace(s[lower]) { lower += 1 }
                while upper > lower, ScalarClass.isSpace(s[upper - 1]) { upper -= 1 }
                let line = buffer.baseAddress! + index
                line.initialize(to: PlainTextLine(range: start..<end, text: lower..<upper))
                initialized = index + 1
                if lower < upper { describe(&line.pointee, s) }
            }
        }
    }

    static let commentPrefix = Array("qrlint:".unicodeScalars)

    private static func describe(_ line: inout PlainTextLine, _ s: [Unicode.Scalar]) {
        let text = line.text
        scanMarks(&line, s)
        // The tests below start with cheap facts of the scan: most lines hold Han text and no digit, and
        // every number-line shape needs a digit (a Han character rules out a bare numeric line).
        if s[text.lowerBound] == "q", hasPrefix(s, text, commentPrefix) {
            line.isComment = true
            return
        }
        if line.length <= 24, PlainTextNumberLines.isPageNumber(s, text) {
            line.isPageNumber = true
            return
        }
        if line.mayBeRow, let row = PlainTextTableRow.shape(s, line: line.range, text: text) {
            line.rowStyle = row.style
            line.rowFilledCells = UInt8(min(row.filledCells, 255))
        } else if line.hasDigit, !line.hasHan, let numeric = PlainTextNumberLines.numericShape(s, text) {
            line.isNumeric = true
            line.isLoneInteger = numeric == .loneInteger
            return
        }
        if line.hasDigit {
            line.isDate = line.hasHan && line.length <= 20 && PlainTextNumberLines.isDate(s, text)
            line.isDataRow =
                !line.hasInnerComma && !line.endsSentence && PlainTextNumberLines.bareNumberCount(s, text, limit: 2) >= 2
        }
        if ScalarClass.digitValue(s[text.upperBound - 1]) != nil, let page = PlainTextTrailingPage.parse(s, text) {
            line.hasTrailingPage = true
            line.hasStrongTrailingPage = page.leader == .strong
        }
        let number = PlainTextHeadingShape.parseNumber(s, text)
        line.startsWithNumber = number != nil
        if let shape = PlainTextHeadingShape.shape(s, text, number: number) {
            line.isHeadingShaped = true
            switch shape {
            case .frontMatter(let opensTOC):
                line.isFrontMatterTitle = true
                line.opensTOC = opensTOC
            case .numbered:
                line.headingNumber = number
            }
        } else if line.length <= PlainTextHeadingShape.maxCaptionLength {
            line.isCaptionShaped = PlainTextHeadingShape.caption(s, line) != nil
        }
    }

    private static func scanMarks(_ line: inout PlainTextLine, _ s: [Unicode.Scalar]) {
        let text = line.text
        let last = s[text.upperBound - 1]
        if ScalarClass.isTerminal(last) {
            line.endsSentence = true
        } else if isClosingQuote(last), text.count >= 2, ScalarClass.isTerminal(s[text.upperBound - 2]) {
            line.endsSentence = true
        }
        line.startsWithHan = ScalarClass.isHan(s[text.lowerBound])
        line.endsWithColon = last == "：" || last == ":"
        let lastIsDigit = ScalarClass.digitValue(last) != nil
        line.endsInsideToken = lastIsDigit || isOpeningQuote(last)
        // The flags live in locals while the scalars are walked over a raw buffer: stores through `line`
        // and bounds checks cost more than the tests themselves on a line of Han text.
        // The row test rides along here rather than scanning the line again: the text is trimmed, so a tab
        // or a second space in a row is never its last scalar.
        var mayBeRow = s[text.lowerBound] == "|"
        var hasHan = false
        var hasDigit = lastIsDigit
        var sentence = false
        var comma = false
        var clause = false
        var lastSpace = -2
        s.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var i = text.lowerBound
            let end = text.upperBound - 1
            while i < end {
                let v = base[i].value
                // Most scalars are common Han characters, none of them a mark or a space, in runs: the rest of
                // a run is skipped four at a time (one vector test), then one by one.
                if v &- 0x4E00 <= 0x9FFF - 0x4E00 {
                    hasHan = true
                    i &+= 1
                    while i &+ 4 <= end, ScalarRun.areCommonHan(base + i) { i &+= 4 }
                    while i < end, base[i].value &- 0x4E00 <= 0x9FFF - 0x4E00 { i &+= 1 }
                    continue
                }
                defer { i += 1 }
                if v < 0x80 {
                    switch v {
                    case 0x30...0x39:
                        hasDigit = true
                    case 0x2C:  // ,
                        comma = true
                        clause = true
                    case 0x3A:  // :
                        clause = true
                    case 0x09:
                        mayBeRow = true
                    case 0x20, 0x0D:
                        if lastSpace == i - 1 { mayBeRow = true }
                        lastSpace = i
                    default:
                        break
                    }
                    continue
                }
                switch v {
                case 0x3000, 0xA0, 0xFEFF:
                    if lastSpace == i - 1 { mayBeRow = true }
                    lastSpace = i
                case 0x3002, 0xFF01, 0xFF1F, 0xFF1B:  // 。！？；
                    sentence = true
                    comma = true
                    clause = true
                case 0xFF0C:  // ，
                    comma = true
                    clause = true
                case 0x3001, 0xFF1A:  // 、：
                    clause = true
                case 0xFF10...0xFF19:
                    hasDigit = true
                default:
                    if !hasHan, ScalarClass.isHan(base[i]) { hasHan = true }
                }
            }
        }
        if !hasHan, ScalarClass.isHan(last) { hasHan = true }
        line.mayBeRow = mayBeRow
        line.hasHan = hasHan
        line.hasDigit = hasDigit
        line.hasInnerSentenceMark = sentence
        line.hasInnerComma = comma
        line.hasInnerClauseMark = clause
    }

    static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        c == "”" || c == "’" || c == "」" || c == "』" || c == "\"" || c == "）" || c == ")" || c == "》"
    }

    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        c == "“" || c == "‘" || c == "「" || c == "『" || c == "（" || c == "(" || c == "《" || c == "【"
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ range: Range<Int>, _ prefix: [Unicode.Scalar]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for (k, p) in prefix.enumerated() where s[range.lowerBound + k] != p { return false }
        return true
    }
}
