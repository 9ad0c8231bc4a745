/// The body of a Word document as read from `word/document.xml`, before it becomes blocks: every
/// paragraph in document order (table cells included: the index is the paragraph number minus one) and
/// the body's top-level items.
struct DocxBody: Sendable {
    var paragraphs: [DocxParagraph] = []
    var items: [DocxBodyItem] = []
    /// Comment id → the paragraphs its range covers (first, last).
    var commentAnchors: [String: ClosedRange<Int>] = [:]
}

struct DocxParagraph: Sendable {
    /// Runs joined: `w:t` text, `w:tab` as a tab, a soft break (`w:br`, `w:cr`) as a space, field results
    /// without their codes; deleted text, pictures, text boxes and footnote marks left out.
    var text: [Unicode.Scalar] = []
    var styleID: String?
    /// `w:outlineLvl` set on the paragraph itself (0-based, 9 = body text).
    var outlineLevel: Int?
    var numbering: DocxNumberingReference?
    /// Every visible character is bold (by run formatting, character style or paragraph style).
    var isBold = false
    /// Some of the text is the result of a TOC field: a line of a Word-generated 目录.
    var inTOCField = false
    /// Inside a "Table of Contents" content control (`w:sdt` with that gallery).
    var inTOCControl = false
    var inTable = false
}

enum DocxBodyItem: Sendable {
    case paragraph(Int)
    case table(DocxTable)
}

struct DocxTable: Sendable {
    var rows: [DocxTableRow] = []
    /// Columns of `w:tblGrid`.
    var gridColumns = 0
    /// All paragraphs of the table, nested tables included.
    var paragraphs: Range<Int> = 0..<0
}

struct DocxTableRow: Sendable {
    /// Grid columns skipped before the first cell and after the last (`w:gridBefore`, `w:gridAfter`).
    var gridBefore = 0
    var gridAfter = 0
    var cells: [DocxTableCell] = []
}

struct DocxTableCell: Sendable {
    var paragraphs: Range<Int>
    /// Grid columns this cell spans (`w:gridSpan`).
    var gridSpan = 1
    /// Continues the merged cell above (`w:vMerge` without "restart"): shown empty.
    var continuesMerge = false
}
