/// Walks `word/document.xml` once, in document order, into a `DocxBody`: paragraphs with their text and
/// properties, tables with their grid, comment anchors. Containers that only wrap content (content
/// controls, custom XML, hyperlinks, tracked insertions) are walked through; deleted text, pictures,
/// text boxes, math and footnote marks are left out.
struct DocxBodyWalker {
    private let tree: DocxXMLTree
    private let styles: DocxStyles
    private var body = DocxBody()
    private var fields = DocxFieldStack()
    private var commentStarts: [String: Int] = [:]
    private var tocControlDepth = 0
    private var tableDepth = 0
    /// The paragraph being read, and its count of visible and of bold scalars.
    private var current = DocxParagraph()
    private var visibleCount = 0
    private var boldCount = 0
    private var paragraphStyleIsBold = false

    /// Word allows 63 columns; larger spans are damage, not layout.
    private static let maxSpan = 63

    static func walk(_ tree: DocxXMLTree, styles: DocxStyles) -> DocxBody {
        var walker = DocxBodyWalker(tree: tree, styles: styles)
        if let root = tree.root, let body = tree.child(root, "body") {
            walker.body.items = walker.blockContent(body)
        }
        // A range opened but never closed covers the paragraph where it starts.
        let last = max(0, walker.body.paragraphs.count - 1)
        for (id, start) in walker.commentStarts where walker.body.commentAnchors[id] == nil {
            walker.body.commentAnchors[id] = min(start, last)...min(start, last)
        }
        return walker.body
    }

    private init(tree: DocxXMLTree, styles: DocxStyles) {
        self.tree = tree
        self.styles = styles
    }

    // MARK: - Blocks

    private mutating func blockContent(_ node: Int) -> [DocxBodyItem] {
        var items: [DocxBodyItem] = []
        for child in tree.children(node) {
            switch tree.name(child) {
            case "p":
                items.append(.paragraph(paragraph(child)))
            case "tbl":
                items.append(.table(table(child)))
            case "sdt":
                guard let content = tree.child(child, "sdtContent") else { continue }
                let isTOC = isTOCControl(child)
                if isTOC { tocControlDepth += 1 }
                items += blockContent(content)
                if isTOC { tocControlDepth -= 1 }
            case "customXml", "ins", "moveTo":
                items += blockContent(child)
            case "commentRangeStart":
                startComment(child, at: body.paragraphs.count)
            case "commentRangeEnd":
                endComment(child, at: body.paragraphs.count - 1)
            default:
                continue
            }
        }
        return items
    }

    private func isTOCControl(_ sdt: Int) -> Bool {
        guard let properties = tree.child(sdt, "sdtPr") else { return false }
        for gallery in ["docPartObj", "docPartList"] {
            if let part = tree.child(properties, gallery), let value = tree.childValue(part, "docPartGallery"),
                value.lowercased().contains("table of contents")
            {
                return true
            }
        }
        return false
    }

    // MARK: - Paragraphs

    private mutating func paragraph(_ node: Int) -> Int {
        current = DocxParagraph()
        visibleCount = 0
        boldCount = 0
        current.inTable = tableDepth > 0
        current.inTOCControl = tocControlDepth > 0
        if let properties = tree.child(node, "pPr") {
            current.styleID = tree.childValue(properties, "pStyle")
            current.outlineLevel = tree.intValue(properties, "outlineLvl")
            current.numbering = DocxNumberingReference(tree, paragraphProperties: properties)
        }
        paragraphStyleIsBold = styles.isBold(current.styleID ?? styles.defaultParagraphStyle)
        inline(node)
        current.isBold = visibleCount > 0 && boldCount == visibleCount
        body.paragraphs.append(current)
        return body.paragraphs.count - 1
    }

    private mutating func inline(_ node: Int) {
        for child in tree.children(node) {
            switch tree.name(child) {
            case "r":
                run(child)
            case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "dir", "bdo":
                inline(child)
            case "sdt":
                if let content = tree.child(child, "sdtContent") { inline(content) }
            case "fldSimple":
                fields.beginSimple(tree.attribute(child, "instr") ?? "")
                inline(child)
                fields.end()
            case "commentRangeStart":
                startComment(child, at: body.paragraphs.count)
            case "commentRangeEnd":
                endComment(child, at: body.paragraphs.count)
            default:
                continue
            }
        }
    }

    private mutating func run(_ node: Int) {
        var bold = paragraphStyleIsBold
        if let properties = tree.child(node, "rPr") {
            if let direct = tree.flag(properties, "b") {
                bold = direct
            } else if let characterStyle = tree.childValue(properties, "rStyle"), styles.isBold(characterStyle) {
                bold = true
            }
        }
        for child in tree.children(node) {
            switch tree.name(child) {
            case "t":
                append(tree.text(child).unicodeScalars, bold: bold)
            case "tab", "ptab":
                append(CollectionOfOne("\t"), bold: bold)
            case "br":
                // Page and column breaks only move text; a line break separates words.
                let type = tree.attribute(child, "type")
                if type != "page", type != "column" { append(CollectionOfOne(" "), bold: bold) }
            case "cr":
                append(CollectionOfOne(" "), bold: bold)
            case "noBreakHyphen":
                append(CollectionOfOne("-"), bold: bold)
            case "fldChar":
                switch tree.attribute(child, "fldCharType") {
                case "begin": fields.begin()
                case "separate": fields.separate()
                case "end": fields.end()
                default: break
                }
            case "instrText":
                fields.instruction(tree.text(child))
            case "commentReference":
                if let id = tree.attribute(child, "id"), body.commentAnchors[id] == nil, commentStarts[id] == nil {
                    let here = body.paragraphs.count
                    body.commentAnchors[id] = here...here
                }
            default:
                continue
            }
        }
    }

    /// Adds shown text to the paragraph. A line break inside `w:t` (never written by Word) becomes a space,
    /// so a paragraph stays one line of the source.
    private mutating func append<S: Sequence<Unicode.Scalar>>(_ scalars: S, bold: Bool) {
        guard fields.showsText else { return }
        var added = false
        for scalar in scalars {
            let shown: Unicode.Scalar = scalar == "\n" || scalar == "\r" ? " " : scalar
            current.text.append(shown)
            added = true
            // Spaces, tabs, ideographic and no-break spaces do not count (a cheap test: this runs per scalar).
            if shown.value > 0x20, !ScalarClass.isSpace(shown) {
                visibleCount += 1
                if bold { boldCount += 1 }
            }
        }
        if added, fields.inTOCResult { current.inTOCField = true }
    }

    // MARK: - Comments

    private mutating func startComment(_ node: Int, at paragraph: Int) {
        guard let id = tree.attribute(node, "id"), commentStarts[id] == nil else { return }
        commentStarts[id] = paragraph
    }

    private mutating func endComment(_ node: Int, at paragraph: Int) {
        guard let id = tree.attribute(node, "id") else { return }
        let start = commentStarts[id] ?? paragraph
        let last = max(start, paragraph)
        body.commentAnchors[id] = max(0, start)...max(0, last)
    }

    // MARK: - Tables

    private mutating func table(_ node: Int) -> DocxTable {
        tableDepth += 1
        defer { tableDepth -= 1 }
        var table = DocxTable()
        let start = body.paragraphs.count
        if let grid = tree.child(node, "tblGrid") { table.gridColumns = tree.children(grid, "gridCol").count }
        for row in wrapped(node, "tr") {
            table.rows.append(tableRow(row))
        }
        table.paragraphs = start..<body.paragraphs.count
        return table
    }

    private mutating func tableRow(_ node: Int) -> DocxTableRow {
        var row = DocxTableRow()
        if let properties = tree.child(node, "trPr") {
            row.gridBefore = min(Self.maxSpan, max(0, tree.intValue(properties, "gridBefore") ?? 0))
            row.gridAfter = min(Self.maxSpan, max(0, tree.intValue(properties, "gridAfter") ?? 0))
        }
        for cellNode in wrapped(node, "tc") {
            let start = body.paragraphs.count
            var cell = DocxTableCell(paragraphs: start..<start)
            if let properties = tree.child(cellNode, "tcPr") {
                cell.gridSpan = min(Self.maxSpan, max(1, tree.intValue(properties, "gridSpan") ?? 1))
                if let merge = tree.child(properties, "vMerge") {
                    cell.continuesMerge = tree.attribute(merge, "val") != "restart"
                }
            }
            _ = blockContent(cellNode)
            cell.paragraphs = start..<body.paragraphs.count
            row.cells.append(cell)
        }
        return row
    }

    /// Children named `name`, also when wrapped in content controls or custom XML.
    private func wrapped(_ node: Int, _ name: String) -> [Int] {
        var found: [Int] = []
        for child in tree.children(node) {
            switch tree.name(child) {
            case name: found.append(child)
            case "sdt": if let content = tree.child(child, "sdtContent") { found += wrapped(content, name) }
            case "customXml": found += wrapped(child, name)
            default: continue
            }
        }
        return found
    }
}
