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
    private let scalars: ArraySlice<Unicode.Scalar>
    /// `cellStarts[i]` is the cell where scalar `i` starts; when the whole line was measured, one more entry
    /// holds its width. A long line is measured only as far as a window around the range can reach, plus
    /// the start of one scalar beyond.
    let cellStarts: [Int]
    /// The whole line was measured.
    let isComplete: Bool

    /// Measures the line through scalar `index` and then `extraCells` cells further (all of it by default).
    init(_ scalars: ArraySlice<Unicode.Scalar>, through index: Int = .max, thenCells extraCells: Int = 0) {
        var cellStarts: [Int] = []
        cellStarts.reserveCapacity(min(scalars.count, index.saturatingAdd(extraCells)) + 1)
        var cell = 0
        var stop = Int.max
        var complete = true
        for (i, scalar) in scalars.enumerated() {
            if i == index { stop = cell.saturatingAdd(extraCells) }
            cellStarts.append(cell)
            // The start of the first scalar strictly past `stop` is kept: every start up to `stop` is then
            // measured (zero-width scalars included), and `measuredWidth` exceeds it.
            if cell > stop {
                complete = false
                break
            }
            cell += Self.width(of: scalar, at: cell)
        }
        if complete { cellStarts.append(cell) }
        self.scalars = scalars
        self.cellStarts = cellStarts
        self.isComplete = complete
    }

    /// Cells of the whole line, or nil when only part of it was measured.
    var width: Int? { isComplete ? cellStarts[cellStarts.count - 1] : nil }

    /// Cells measured: the line's width when complete.
    var measuredWidth: Int { cellStarts[cellStarts.count - 1] }

    var count: Int { scalars.count }

    func text(_ range: Range<Int>) -> String {
        var shown: [Unicode.Scalar] = []
        shown.reserveCapacity(range.count)
        for i in range {
            let scalar = scalars[scalars.startIndex + i]
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

extension Int {
    fileprivate func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
