import QRLintCore

/// One piece of running text a writing-norm rule reads: a paragraph, a heading title, a caption title or a
/// table cell. Comments and table-of-contents lines are not prose (the TOC repeats the headings).
public struct ProseUnit: Sendable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading
        case caption
        case tableCell
    }

    public let kind: Kind
    public let text: MappedText
    /// Index of the block in `Document.blocks`.
    public let blockIndex: Int

    /// The source span of a range of this unit's text.
    public func span(_ range: Range<Int>) -> Span { text.sourceSpan(range) }

    /// The source span of one scalar of this unit's text.
    public func span(at index: Int) -> Span { text.sourceSpan(index..<(index + 1)) }
}

extension ProseUnit {
    /// Every prose unit of a document, in document order.
    static func collect(_ document: Document) -> [ProseUnit] {
        var units: [ProseUnit] = []
        let blocks = document.blocks
        units.reserveCapacity(blocks.count)
        // Switching on `blocks[index]` binds the payload in place; `for block in blocks` copied every block.
        for index in blocks.indices {
            switch blocks[index] {
            case .paragraph(let p):
                units.append(ProseUnit(kind: .paragraph, text: p.text, blockIndex: index))
            case .heading(let h):
                units.append(ProseUnit(kind: .heading, text: h.title, blockIndex: index))
            case .caption(let c):
                units.append(ProseUnit(kind: .caption, text: c.title, blockIndex: index))
            case .table(let t):
                for row in t.rows {
                    for cell in row where !cell.text.isEmpty {
                        units.append(ProseUnit(kind: .tableCell, text: cell.text, blockIndex: index))
                    }
                }
            case .tocEntry, .comment:
                continue
            }
        }
        return units
    }
}
