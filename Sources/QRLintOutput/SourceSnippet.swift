import QRLintCore

/// The quoted source line under a finding and where its underline goes, in display cells.
///
/// Only the first line of a range is shown; a range reaching further lines is underlined to the end of the
/// first and reports how many lines it spans. A line wider than `maxWidth` cells is cut to a window around
/// the range, with `…` on each cut side.
struct SourceSnippet: Equatable {
    /// 1-based line (paragraph for `.docx`) of the range's start.
    let line: Int
    /// The line as drawn: tabs expanded, possibly cut to a window.
    let text: String
    /// Cells before the underline.
    let underlineStart: Int
    /// Cells to underline; at least 1, so an empty range still gets a caret.
    let underlineWidth: Int
    /// Lines the range touches; 1 when it stays on one line.
    let lineSpan: Int

    static let defaultMaxWidth = 120
    static let ellipsis = "…"

    init(source: SourceText, span: Span, maxWidth: Int = defaultMaxWidth) {
        let total = source.scalars.count
        let start = max(0, min(span.start, total))
        let end = max(start, min(span.end, total))
        let line = source.position(of: start).line
        let lastLine = end > start ? source.position(of: end - 1).line : line
        let lineRange = source.lineRange(line)
        // Scalar indices within the line; a range starting on the line break sits just after the text.
        let first = min(start, lineRange.upperBound) - lineRange.lowerBound
        let last = min(end, lineRange.upperBound) - lineRange.lowerBound
        // A window never reaches more than `maxWidth` cells past the range: measure no further.
        let cells = SourceLineCells(source.scalars[lineRange], through: last, thenCells: maxWidth)
        let rangeStart = cells.cellStarts[first]
        let rangeEnd = cells.cellStarts[last]

        self.line = line
        self.lineSpan = lastLine - line + 1
        if let width = cells.width, width <= maxWidth {
            text = cells.text(0..<cells.count)
            underlineStart = rangeStart
            underlineWidth = max(1, rangeEnd - rangeStart)
            return
        }
        let window = Self.window(cells: cells, rangeStart: rangeStart, rangeEnd: rangeEnd, maxWidth: maxWidth)
        let cutLeft = window.lowerBound > 0
        let cutRight = window.upperBound < cells.count
        let windowStart = cells.cellStarts[window.lowerBound]
        let windowEnd = cells.cellStarts[window.upperBound]
        let lead = cutLeft ? DisplayWidth.of(Self.ellipsis) : 0
        text = (cutLeft ? Self.ellipsis : "") + cells.text(window) + (cutRight ? Self.ellipsis : "")
        underlineStart = lead + rangeStart - windowStart
        underlineWidth = max(1, min(rangeEnd, windowEnd) - rangeStart)
    }

    /// The scalars to show from a too-wide line: about half the spare cells on each side of the range, the
    /// start of the range always visible, whole scalars only (a wide character is never split). Room is kept
    /// for an ellipsis on each side, so the drawn line stays within `maxWidth`.
    private static func window(cells: SourceLineCells, rangeStart: Int, rangeEnd: Int, maxWidth: Int) -> Range<Int> {
        let budget = max(1, maxWidth - 2 * DisplayWidth.of(ellipsis))
        let rangeWidth = max(1, rangeEnd - rangeStart)
        let context = max(0, (budget - rangeWidth) / 2)
        var low = max(0, rangeStart - context)
        let high = min(cells.measuredWidth, low + budget)
        low = max(0, min(low, high - budget))
        // First scalar starting at or after `low`; last scalar ending at or before `high`.
        let first = cells.cellStarts.firstIndex { $0 >= low } ?? cells.count
        let end = cells.cellStarts.lastIndex { $0 <= high } ?? cells.count
        return first..<max(first, min(end, cells.count))
    }
}
