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
    /// The 0-based line of the first scalar of each block of `1 << blockShift` scalars, and one more entry
    /// for the block after the text's end: `position(of:)` searches only the lines between the entries of
    /// its block and the next (a handful), where a search of the whole table took fifteen halvings.
    private let blockLines: [Int]
    private static let blockShift = 6

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
        let starts = scalars.withUnsafeBufferPointer(Self.lineStarts)
        self.lineStarts = starts
        self.blockLines = Self.blockLines(starts, count: scalars.count)
    }

    /// A text whose line starts are known already (a decoder that saw every line feed): `lineStarts` must be
    /// what `init(path:scalars:lineKind:)` finds, 0 and one past each "\n" in order.
    public init(path: String, scalars: [Unicode.Scalar], lineStarts: [Int], lineKind: LineKind = .line) {
        assert(lineStarts == SourceText(path: path, scalars: scalars, lineKind: lineKind).lineStarts)
        self.path = path
        self.scalars = scalars
        self.lineKind = lineKind
        self.lineStarts = lineStarts
        self.blockLines = Self.blockLines(lineStarts, count: scalars.count)
    }

    /// 0 and the offset after each "\n": eight scalars compared at a time, and every line feed among them
    /// taken from one bit mask. Lines are short (a dozen scalars in a Markdown report): a search that
    /// stopped at each line feed and started over cost more in stopping than in searching.
    private static func lineStarts(_ buffer: UnsafeBufferPointer<Unicode.Scalar>) -> [Int] {
        var starts = LineStartBuffer(capacity: buffer.count / 32)
        let count = buffer.count
        var k = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let lineFeed = SIMD8<UInt32>(repeating: 0x0A)
            while k &+ 8 <= count {
                let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<UInt32>.self)
                // One byte per scalar, all ones at a line feed (the lane mask narrowed), read as one word, and
                // the top bit of each of its bytes taken: every line feed of the step at once.
                let lanes = SIMD8<Int32>(repeating: 0).replacing(with: -1, where: v .== lineFeed)
                let bytes = unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: lanes), to: UInt64.self)
                var bits = bytes & 0x8080_8080_8080_8080
                while bits != 0 {
                    starts.append(k &+ bits.trailingZeroBitCount &>> 3 &+ 1)
                    bits &= bits &- 1
                }
                k &+= 8
            }
        }
        while k < count {
            if buffer[k] == "\n" { starts.append(k &+ 1) }
            k &+= 1
        }
        return starts.take()
    }

    /// `blockLines` of a text of `count` scalars: one walk over the blocks and the lines together.
    private static func blockLines(_ starts: [Int], count: Int) -> [Int] {
        let blocks = count >> blockShift + 2
        return [Int](unsafeUninitializedCapacity: blocks) { table, initialized in
            starts.withUnsafeBufferPointer { starts in
                var line = 0
                for block in 0..<blocks {
                    let offset = block << blockShift
                    while line + 1 < starts.count, starts[line + 1] <= offset { line += 1 }
                    table[block] = line
                }
            }
            initialized = blocks
        }
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in scalars) of a scalar offset.
    public func position(of offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, scalars.count))
        // Through a buffer pointer: renderers ask for tens of thousands of positions, and the array's bounds
        // checks were a third of each search. The line lies between the first lines of the offset's block
        // and of the next one.
        let block = clamped >> Self.blockShift
        return lineStarts.withUnsafeBufferPointer { starts in
            var low = blockLines[block]
            var high = blockLines[block + 1]
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

extension SourceText {
    /// Line starts noted while scanning or decoding, written through a pointer: appended to an array, each
    /// line checked the array's uniqueness and capacity. Grows by doubling, out of line. Not copyable: it
    /// owns its buffer, which its `deinit` frees.
    public struct LineStartBuffer: ~Copyable {
        @usableFromInline var base: UnsafeMutablePointer<Int>
        @usableFromInline var count: Int
        @usableFromInline var capacity: Int

        /// Holds the first line's start, 0.
        public init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
            base.initialize(to: 0)
            count = 1
        }

        deinit { base.deallocate() }

        @inlinable @inline(__always)
        public mutating func append(_ start: Int) {
            if count == capacity { grow() }
            (base + count).initialize(to: start)
            count &+= 1
        }

        @usableFromInline @inline(never)
        mutating func grow() {
            let larger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The starts noted, in order.
        public consuming func take() -> [Int] {
            Array(UnsafeBufferPointer(start: base, count: count))
        }
    }
}
