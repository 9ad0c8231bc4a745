/// One line of a plain-text input with the facts the reader decides on, computed once per line.
///
/// Everything here depends on the line alone; what depends on its neighbours (joining, page numbers
/// between wrapped lines, 目录 blocks, heading levels) is decided by `PlainTextAssembler`.
///
/// A reader keeps one of these per line of the input (hundreds of thousands for a 10 MB file), reads them
/// again and again and copies them around, so a line is kept small: 40 bytes, where plain `Range<Int>`s,
/// a `Bool` per fact and an optional `HeadingNumberParser.Found` took 104. The array of lines of a 1 MB
/// text was 4 MB of fresh memory, and faulting its pages in cost more cycles than filling them.
struct PlainTextLine {
    /// Where the trimmed text starts; the lengths below count from it (at most `UInt32.max` scalars each).
    private var textStart: Int
    private var textCount: UInt32
    /// White space before and after the text, inside the line.
    private var leading: UInt32
    private var trailing: UInt32
    private var flags: UInt32 = 0
    /// The heading number's components, as `HeadingNumberParser.Found` packs them.
    private var numberPacked: UInt64 = 0
    private var numberStyle: UInt8 = 0
    private var numberCount: UInt8 = 0
    /// Where the heading number ends and its title starts, from `textStart`. A heading-shaped line is short.
    private var numberLength: UInt8 = 0
    private var titleOffset: UInt8 = 0

    /// The line splits into table cells; the cells are split again when the table is built, so that a
    /// line keeps no arrays (a 10 MB input has hundreds of thousands of lines).
    var rowStyle: PlainTextTableRow.Style?
    /// Filled cells of the row, up to 255.
    var rowFilledCells: UInt8 = 0

    /// `text` lies within `range`, and every length fits in a `UInt32` (`PlainTextLineScanner.scan` checks
    /// once that the whole source does, instead of three checks a line).
    init(range: Range<Int>, text: Range<Int>) {
        assert(range.lowerBound <= text.lowerBound && text.upperBound <= range.upperBound)
        assert(range.count <= UInt32.max)
        textStart = text.lowerBound
        textCount = UInt32(truncatingIfNeeded: text.count)
        leading = UInt32(truncatingIfNeeded: text.lowerBound - range.lowerBound)
        trailing = UInt32(truncatingIfNeeded: range.upperBound - text.upperBound)
    }

    /// The line without its line break.
    var range: Range<Int> { textStart - Int(leading)..<textStart + Int(textCount) + Int(trailing) }
    /// The line without leading and trailing white space; empty for a blank line.
    var text: Range<Int> { textStart..<textStart + Int(textCount) }
    var length: Int { Int(textCount) }
    var isBlank: Bool { textCount == 0 }

    /// The last scalar ends a sentence (。！？；…, or a closing quote right after one).
    var endsSentence: Bool {
        get { flag(Flag.endsSentence) }
        set { setFlag(Flag.endsSentence, newValue) }
    }
    /// 。！？； before the last scalar: written prose, never a title.
    var hasInnerSentenceMark: Bool {
        get { flag(Flag.hasInnerSentenceMark) }
        set { setFlag(Flag.hasInnerSentenceMark, newValue) }
    }
    /// ，, before the last scalar (or a sentence mark): a clause goes on, so a wrapped line can follow.
    var hasInnerComma: Bool {
        get { flag(Flag.hasInnerComma) }
        set { setFlag(Flag.hasInnerComma, newValue) }
    }
    /// 、：: before the last scalar (or a comma or sentence mark).
    var hasInnerClauseMark: Bool {
        get { flag(Flag.hasInnerClauseMark) }
        set { setFlag(Flag.hasInnerClauseMark, newValue) }
    }
    var hasHan: Bool {
        get { flag(Flag.hasHan) }
        set { setFlag(Flag.hasHan, newValue) }
    }
    /// An ASCII or full-width digit anywhere: lines without one skip the number-line tests.
    var hasDigit: Bool {
        get { flag(Flag.hasDigit) }
        set { setFlag(Flag.hasDigit, newValue) }
    }
    var startsWithHan: Bool {
        get { flag(Flag.startsWithHan) }
        set { setFlag(Flag.startsWithHan, newValue) }
    }
    /// Starts with a heading or list number ("1.", "（1）", "一、"), heading-shaped or not.
    var startsWithNumber: Bool {
        get { flag(Flag.startsWithNumber) }
        set { setFlag(Flag.startsWithNumber, newValue) }
    }
    /// Ends with a colon: a list may follow.
    var endsWithColon: Bool {
        get { flag(Flag.endsWithColon) }
        set { setFlag(Flag.endsWithColon, newValue) }
    }
    /// Ends inside a token: a digit or an opening bracket or quote ("…高级双师型教师21", "…知青《").
    var endsInsideToken: Bool {
        get { flag(Flag.endsInsideToken) }
        set { setFlag(Flag.endsInsideToken, newValue) }
    }
    /// A tab, a pipe at the start, or two spaces in a row: the line may be a table row.
    var mayBeRow: Bool {
        get { flag(Flag.mayBeRow) }
        set { setFlag(Flag.mayBeRow, newValue) }
    }
    /// Two or more bare numbers and no comma: a table row flattened into a line ("毕业生人数 人 312 305").
    /// Never joined with text.
    var isDataRow: Bool {
        get { flag(Flag.isDataRow) }
        set { setFlag(Flag.isDataRow, newValue) }
    }

    /// A `qrlint:` suppression comment; its text starts at `commentStart`.
    var isComment: Bool {
        get { flag(Flag.isComment) }
        set { setFlag(Flag.isComment, newValue) }
    }
    var commentStart: Int { textStart + PlainTextLineScanner.commentPrefix.count }
    /// "- 5 -", "— 12 —", "第 5 页", "5 / 40".
    var isPageNumber: Bool {
        get { flag(Flag.isPageNumber) }
        set { setFlag(Flag.isPageNumber, newValue) }
    }
    /// Only numbers: "410", "363 339", "96%". Never joined with text.
    var isNumeric: Bool {
        get { flag(Flag.isNumeric) }
        set { setFlag(Flag.isNumeric, newValue) }
    }
    /// A 1–3 digit integer alone: a page number when it sits inside a wrapped sentence.
    var isLoneInteger: Bool {
        get { flag(Flag.isLoneInteger) }
        set { setFlag(Flag.isLoneInteger, newValue) }
    }
    /// Only a date: "2026 年 1 月 5 日". Never continues a paragraph (a cover or signature line).
    var isDate: Bool {
        get { flag(Flag.isDate) }
        set { setFlag(Flag.isDate, newValue) }
    }
    /// A short line repeated many times (a running header); set by `PlainTextLayout`.
    var isRunningHeader: Bool {
        get { flag(Flag.isRunningHeader) }
        set { setFlag(Flag.isRunningHeader, newValue) }
    }

    /// Ends with a page number (`PlainTextTrailingPage`, parsed again when used); `hasStrongTrailingPage`
    /// when the page follows a tab or dot leaders.
    var hasTrailingPage: Bool {
        get { flag(Flag.hasTrailingPage) }
        set { setFlag(Flag.hasTrailingPage, newValue) }
    }
    var hasStrongTrailingPage: Bool {
        get { flag(Flag.hasStrongTrailingPage) }
        set { setFlag(Flag.hasStrongTrailingPage, newValue) }
    }
    /// Shaped like a heading (`PlainTextHeadingShape.candidate`); a front-matter title has no number.
    var isHeadingShaped: Bool {
        get { flag(Flag.isHeadingShaped) }
        set { setFlag(Flag.isHeadingShaped, newValue) }
    }
    var isFrontMatterTitle: Bool {
        get { flag(Flag.isFrontMatterTitle) }
        set { setFlag(Flag.isFrontMatterTitle, newValue) }
    }
    /// For a heading-shaped line: whether a front-matter title opens a 目录.
    var opensTOC: Bool {
        get { flag(Flag.opensTOC) }
        set { setFlag(Flag.opensTOC, newValue) }
    }
    /// Shaped like a caption (`PlainTextHeadingShape.caption`).
    var isCaptionShaped: Bool {
        get { flag(Flag.isCaptionShaped) }
        set { setFlag(Flag.isCaptionShaped, newValue) }
    }

    /// For a heading-shaped line: the number it starts with (nil for a front-matter title). Kept so that
    /// the assembler does not parse and shape it again. Set only on a heading-shaped line, whose number
    /// and title start lie within `PlainTextHeadingShape.maxTitleLength + 12` scalars of its start.
    var headingNumber: HeadingNumberParser.Found? {
        @inline(__always) get {
            guard flag(Flag.hasHeadingNumber) else { return nil }
            return HeadingNumberParser.Found(
                style: .init(slot: Int(numberStyle)), packed: numberPacked, count: Int(numberCount),
                numberEnd: textStart + Int(numberLength), titleStart: textStart + Int(titleOffset))
        }
        @inline(__always) set {
            setFlag(Flag.hasHeadingNumber, newValue != nil)
            guard let found = newValue else { return }
            numberPacked = found.packed
            numberStyle = UInt8(found.style.slot)
            numberCount = UInt8(found.count)
            numberLength = UInt8(found.numberEnd - textStart)
            titleOffset = UInt8(found.titleStart - textStart)
        }
    }

    /// Whether `headingNumber` is set, without building it.
    var hasHeadingNumber: Bool { flag(Flag.hasHeadingNumber) }

    /// Plain text: none of the special shapes above.
    var isPlain: Bool {
        !isBlank && flags & Flag.special == 0 && rowStyle == nil
    }

    /// The facts' bits, for a scanner that sets several at once (`insert`).
    enum Flag {
        static let endsSentence: UInt32 = 1 << 0
        static let hasInnerSentenceMark: UInt32 = 1 << 1
        static let hasInnerComma: UInt32 = 1 << 2
        static let hasInnerClauseMark: UInt32 = 1 << 3
        static let hasHan: UInt32 = 1 << 4
        static let hasDigit: UInt32 = 1 << 5
        static let startsWithHan: UInt32 = 1 << 6
        static let startsWithNumber: UInt32 = 1 << 7
        static let endsWithColon: UInt32 = 1 << 8
        static let endsInsideToken: UInt32 = 1 << 9
        static let mayBeRow: UInt32 = 1 << 10
        static let isDataRow: UInt32 = 1 << 11
        static let isComment: UInt32 = 1 << 12
        static let isPageNumber: UInt32 = 1 << 13
        static let isNumeric: UInt32 = 1 << 14
        static let isLoneInteger: UInt32 = 1 << 15
        static let isDate: UInt32 = 1 << 16
        static let isRunningHeader: UInt32 = 1 << 17
        static let hasTrailingPage: UInt32 = 1 << 18
        static let hasStrongTrailingPage: UInt32 = 1 << 19
        static let isHeadingShaped: UInt32 = 1 << 20
        static let isFrontMatterTitle: UInt32 = 1 << 21
        static let opensTOC: UInt32 = 1 << 22
        static let isCaptionShaped: UInt32 = 1 << 23
        static let hasHeadingNumber: UInt32 = 1 << 24
        /// The shapes that make a line not plain (`isPlain`).
        static let special =
            isComment | isPageNumber | isNumeric | hasStrongTrailingPage | isHeadingShaped | isCaptionShaped
    }

    /// Sets the facts whose bits are in `bits` (`Flag`), in one store.
    @inline(__always)
    mutating func insert(_ bits: UInt32) { flags |= bits }

    @inline(__always)
    private func flag(_ bit: UInt32) -> Bool { flags & bit != 0 }

    @inline(__always)
    private mutating func setFlag(_ bit: UInt32, _ on: Bool) {
        flags = on ? flags | bit : flags & ~bit
    }
}
