import QRLintCore

/// One piece of running text a writing-norm rule reads: a paragraph, a heading title, a caption title or a
/// table cell. Comments and table-of-contents lines are not prose (the TOC repeats the headings).
///
/// Plain data, no reference to the text: a unit's scalars are read in `ProseScan.scalars`, its mapping to the
/// source is fetched from the document (`ProseScan.text(of:)`) only when a finding needs a span. Holding each
/// unit's `MappedText` cost a retain per unit to build the list, one per rule that copied a unit, and a
/// release per unit to tear it down.
public struct ProseUnit: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case paragraph
        case heading
        case caption
        case tableCell
    }

    public let kind: Kind
    /// For a table cell, its row and column in the table; 0 otherwise.
    let row: Int32
    let column: Int32
    /// Index of the block in `Document.blocks`.
    public let blockIndex: Int

    init(kind: Kind, blockIndex: Int, row: Int = 0, column: Int = 0) {
        self.kind = kind
        self.row = Int32(row)
        self.column = Int32(column)
        self.blockIndex = blockIndex
    }

    /// The unit's text in `blocks`, the blocks it was collected from.
    func text(in blocks: [Block]) -> MappedText {
        switch blocks[blockIndex] {
        case .paragraph(let p): p.text
        case .heading(let h): h.title
        case .caption(let c): c.title
        case .table(let t): t.rows[Int(row)][Int(column)].text
        case .tocEntry, .comment: .empty
        }
    }
}

extension ProseUnit {
    /// Every prose unit of a document, in document order, with their scalars appended to `scalars`.
    static func collect(_ blocks: [Block], into scalars: inout ProseScalars) -> [ProseUnit] {
        var units: [ProseUnit] = []
        units.reserveCapacity(blocks.count)
        // `blocks` holds every text's storage for the whole loop, so a pointer into a text outlives the switch
        // that found it. Appending inside the switch made the binding a copy: a retain and a release of each
        // text's arrays per unit.
        withExtendedLifetime(blocks) {
            for index in blocks.indices {
                if let (kind, text) = Self.text(of: blocks[index]) {
                    units.append(ProseUnit(kind: kind, blockIndex: index))
                    scalars.append(text)
                    continue
                }
                guard case .table(let t) = blocks[index] else { continue }
                for row in t.rows.indices {
                    for column in t.rows[row].indices {
                        let cell = t.rows[row][column].text.scalars.withUnsafeBufferPointer { $0 }
                        guard !cell.isEmpty else { continue }
                        units.append(ProseUnit(kind: .tableCell, blockIndex: index, row: row, column: column))
                        scalars.append(cell)
                    }
                }
            }
        }
        return units
    }

    /// The kind and scalars of a paragraph, heading or caption, in place (valid while the block's storage
    /// lives): nothing else happens while the payload is bound, so it is not copied.
    @inline(__always)
    private static func text(of block: borrowing Block) -> (Kind, UnsafeBufferPointer<Unicode.Scalar>)? {
        switch block {
        case .paragraph(let p): (.paragraph, p.text.scalars.withUnsafeBufferPointer { $0 })
        case .heading(let h): (.heading, h.title.scalars.withUnsafeBufferPointer { $0 })
        case .caption(let c): (.caption, c.title.scalars.withUnsafeBufferPointer { $0 })
        case .table, .tocEntry, .comment: nil
        }
    }
}
