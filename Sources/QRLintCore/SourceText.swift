/// The decoded text of one input, as Unicode scalars, with a line index.
///
/// Every position in qrlint is a scalar offset into a `SourceText`; lines and columns are computed only
/// at the edges (renderers), so readers and rules never pay for them.
public struct SourceText: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    public let scalars: [Unicode.Scalar]
    /// Scalar offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// How the input locates places: by line (text formats), by Word paragraph (`.docx`), or by page and
    /// line within the page (`.pdf`).
    public let lineKind: LineKind

    public enum LineKind: Sendable, Hashable, Codable {
        case line
        case paragraph
        /// Lines of the text extracted from a PDF, with the page each came from.
        case page(PageMap)
    }

    public init(path: String, text: String, lineKind: LineKind = .line) {
        self.init(path: path, scalars: Array(text.unicodeScalars), lineKind: lineKind)
    }

    public init(path: String, scalars: [Unicode.Scalar], lineKind: LineKind = .line) {
        self.path = path
        self.scalars = scalars
        self.lineKind = lineKind
        var starts = [0]
        starts.reserveCapacity(scalars.count / 40 + 1)
        scalars.withUnsafeBufferPointer { buffer in
            var i = ScalarSearch.firstIndex(of: "\n", "\n", "\n", in: buffer, from: 0)
            while i < buffer.count {
                starts.append(i + 1)
                i = ScalarSearch.firstIndex(of: "\n", "\n", "\n", in: buffer, from: i + 1)
            }
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in scalars) of a scalar offset.
    public func position(of offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, scalars.count))
        // Through a buffer pointer: renderers ask for tens of thousands of positions, and the array's bounds
        // checks were a third of each search.
        return lineStarts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count - 1
            while low < high {
                let mid = (low &+ high &+ 1) >> 1
                if starts[mid] <= clamped { low = mid } else { high = mid &- 1 }
            }
            return SourcePosition(line: low + 1, column: clamped - starts[low] + 1)
        }
    }

    /// The scalar range of a 1-based line, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return scalars.count..<scalars.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        text(in: lineRange(line))
    }

    public func text(in range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }
}

/// A 1-based line and column; the column counts Unicode scalars.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
