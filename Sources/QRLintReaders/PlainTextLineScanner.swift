import QRLintCore

/// Splits a source into `PlainTextLine`s and computes each line's facts in one scan.
enum PlainTextLineScanner {
    static func scan(_ source: SourceText) -> [PlainTextLine] {
        let s = source.scalars
        // The line table read once: `lineCount` is a call into another module, made twice a line before.
        let starts = source.lineStarts
        let lineCount = starts.count
        // A line keeps its lengths in 32 bits (about 16 GB of scalars: no source that long can be read).
        precondition(s.count <= UInt32.max, "a text of more than 2^32 scalars")
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
            if numeric == .loneInteger { line.isLoneInteger = true }
            return
        }
        // A fact is only ever set here, on a fresh line: stored when true, never cleared.
        if line.hasDigit {
            if line.hasHan, line.length <= 20, PlainTextNumberLines.isDate(s, text) { line.isDate = true }
            if !line.hasInnerComma, !line.endsSentence, PlainTextNumberLines.bareNumberCount(s, text, limit: 2) >= 2 {
                line.isDataRow = true
            }
        }
        if ScalarClass.digitValue(s[text.upperBound - 1]) != nil, let page = PlainTextTrailingPage.parse(s, text) {
            line.hasTrailingPage = true
            if page.leader == .strong { line.hasStrongTrailingPage = true }
        }
        let number =
            HeadingNumberParser.mayStartNumber(s[text.lowerBound]) ? PlainTextHeadingShape.parseNumber(s, text) : nil
        if number != nil { line.startsWithNumber = true }
        if let shape = PlainTextHeadingShape.shape(s, text, number: number) {
            line.isHeadingShaped = true
            switch shape {
            case .frontMatter(let opensTOC):
                line.isFrontMatterTitle = true
                if opensTOC { line.opensTOC = true }
            case .numbered:
                line.headingNumber = number
            }
        } else if line.length <= PlainTextHeadingShape.maxCaptionLength {
            if PlainTextHeadingShape.isCaption(s, line) { line.isCaptionShaped = true }
        }
    }

    private static func scanMarks(_ line: inout PlainTextLine, _ s: [Unicode.Scalar]) {
        let text = line.text
        let last = s[text.upperBound - 1]
        // The facts are gathered as bits and stored at once: one store instead of one per fact.
        var facts: UInt32 = 0
        if ScalarClass.isTerminal(last)
            || (isClosingQuote(last) && text.count >= 2 && ScalarClass.isTerminal(s[text.upperBound - 2]))
        {
            facts |= PlainTextLine.Flag.endsSentence
        }
        if ScalarClass.isHan(s[text.lowerBound]) { facts |= PlainTextLine.Flag.startsWithHan }
        if last == "：" || last == ":" { facts |= PlainTextLine.Flag.endsWithColon }
        let lastIsDigit = ScalarClass.digitValue(last) != nil
        if lastIsDigit || isOpeningQuote(last) { facts |= PlainTextLine.Flag.endsInsideToken }
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
        if mayBeRow { facts |= PlainTextLine.Flag.mayBeRow }
        if hasHan { facts |= PlainTextLine.Flag.hasHan }
        if hasDigit { facts |= PlainTextLine.Flag.hasDigit }
        if sentence { facts |= PlainTextLine.Flag.hasInnerSentenceMark }
        if comma { facts |= PlainTextLine.Flag.hasInnerComma }
        if clause { facts |= PlainTextLine.Flag.hasInnerClauseMark }
        line.insert(facts)
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
