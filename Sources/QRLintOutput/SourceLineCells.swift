/// One source line as it is drawn in a terminal: what each scalar prints as and the cell where it starts.
///
/// Tabs become spaces up to the next stop, so the line and its underline agree whatever the terminal's tab
/// setting; control characters become their visible Control Pictures (␛) or �, so a draft cannot send escape
/// sequences to the reader's terminal.
struct SourceLineCells {
    static let tabStop = 4

    /// What each scalar prints as.
    let glyphs: [String]
    /// `cellStarts[i]` is the cell where scalar `i` starts; one more entry holds the line's total width.
    let cellStarts: [Int]

    init<S: Collection>(_ scalars: S) where S.Element == Unicode.Scalar {
        var glyphs: [String] = []
        var cellStarts: [Int] = []
        glyphs.reserveCapacity(scalars.count)
        cellStarts.reserveCapacity(scalars.count + 1)
        var cell = 0
        for scalar in scalars {
            cellStarts.append(cell)
            let glyph: String
            let width: Int
            switch scalar.value {
            case 0x09:
                width = Self.tabStop - cell % Self.tabStop
                glyph = String(repeating: " ", count: width)
            case 0x00..<0x20:
                glyph = String(Unicode.Scalar(0x2400 + scalar.value)!)
                width = 1
            case 0x7F:
                glyph = "\u{2421}"
                width = 1
            case 0x80..<0xA0:
                // C1 controls have no pictures; 0x9B would start an escape sequence in some terminals.
                glyph = "\u{FFFD}"
                width = 1
            default:
                glyph = String(scalar)
                width = DisplayWidth.of(scalar)
            }
            glyphs.append(glyph)
            cell += width
        }
        cellStarts.append(cell)
        self.glyphs = glyphs
        self.cellStarts = cellStarts
    }

    var width: Int { cellStarts[cellStarts.count - 1] }

    var count: Int { glyphs.count }

    func text(_ scalars: Range<Int>) -> String {
        glyphs[scalars].joined()
    }
}
