import QRLintCore

/// `SourceText.position(of:)` for offsets that mostly come in source order, as a report's sorted findings
/// do: the search starts at the line found last and widens from there, so consecutive look-ups read
/// neighbouring line starts. A binary search over the whole line index read a cache line per step, and a
/// report with thousands of findings asks for tens of thousands of positions.
final class LineCursor {
    let source: SourceText
    /// The line (0-based) of the last look-up. Only this class touches it, one call at a time.
    @exclusivity(unchecked) private var line = 0

    init(_ source: SourceText) { self.source = source }

    /// The same position as `source.position(of: offset)`.
    func position(of offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, source.scalars.count))
        return source.lineStarts.withUnsafeBufferPointer { starts in
            // Bracket the line: starts[low] <= clamped, and high is the end or starts[high] > clamped.
            var low = min(line, starts.count - 1)
            var high: Int
            var step = 1
            if starts[low] <= clamped {
                high = low &+ 1
                while high < starts.count, starts[high] <= clamped {
                    low = high
                    high = min(starts.count, low &+ step)
                    step &<<= 1
                }
            } else {
                high = low
                low = max(0, high &- step)
                while starts[low] > clamped {
                    high = low
                    step &<<= 1
                    low = max(0, high &- step)
                }
            }
            while high &- low > 1 {
                let mid = (low &+ high) >> 1
                if starts[mid] <= clamped { low = mid } else { high = mid }
            }
            line = low
            return SourcePosition(line: low &+ 1, column: clamped &- starts[low] &+ 1)
        }
    }

    /// Start and exclusive end of a span, 1-based, columns in scalars.
    func positions(_ span: Span) -> (SourcePosition, SourcePosition) {
        (position(of: span.start), position(of: span.end))
    }
}
