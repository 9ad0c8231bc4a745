import QRLintCore

/// One source line as it is drawn in a terminal: what each scalar prints as and the cell where it starts.
///
/// Tabs become spaces up to the next stop, so the line and its underline agree whatever the terminal's tab
/// setting; control characters become their visible Control Pictures (␛) or �, so a draft cannot send escape
/// sequences to the reader's terminal.
struct SourceLineCells {
    static let tabStop = 4

    /// The line's scalars; what each prints as is worked out only for the part that is drawn (a Markdown
    /// paragraph is one line of hundreds of scalars, and only a window of it is shown).
    private let scalars: [Unicode.Scalar]
    /// `cellStarts[i]` is the cell where scalar `i` starts; one more entry holds the line's total width.
    let cellStarts: [Int]

    init<S: Collection>(_ scalars: S) where S.Element == Unicode.Scalar {
        var cellStarts: [Int] = []
        cellStarts.reserveCapacity(scalars.count + 1)
        var cell = 0
        for scalar in scalars {
            cellStarts.append(cell)
            cell += Self.width(of: scalar, at: cell)
        }
        cellStarts.append(cell)
        self.scalars = Array(scalars)
        self.cellStarts = cellStarts
    }

    var width: Int { cellStarts[cellStarts.count - 1] }

    var count: Int { scalars.count }

    func text(_ range: Range<Int>) -> String {
        var shown: [Unicode.Scalar] = []
        shown.reserveCapacity(range.count)
        for i in range {
            let scalar = scalars[i]
            switch scalar.value {
            case 0x09:
                shown += repeatElement(" ", count: cellStarts[i + 1] - cellStarts[i])
            case 0x00..<0x20:
                shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                shown.append("\u{2421}")
            case 0x80..<0xA0:
                // C1 controls have no pictures; 0x9B would start an escape sequence in some terminals.
                shown.append("\u{FFFD}")
            default:
                shown.append(scalar)
            }
        }
        return String(scalars: shown)
    }

    /// Cells a scalar takes when it starts at `cell`: a tab reaches the next stop, a control character is
    /// drawn as one visible symbol.
    private static func width(of scalar: Unicode.Scalar, at cell: Int) -> Int {
        switch scalar.value {
        case 0x09: tabStop - cell % tabStop
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: 1
        default: DisplayWidth.of(scalar)
        }
    }
}
