/// Text assembled from pieces of a source (joined wrapped lines, a heading title without its number),
/// which still knows where every scalar came from.
public struct MappedText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]
    /// One run of the source (most texts): only where it starts, no array. Other texts keep their list.
    /// Visible to inlined code only: the readers build a text per block, and the initialiser called across
    /// modules cost more than it does.
    @usableFromInline let mapping: Mapping

    @usableFromInline enum Mapping: Sendable, Hashable {
        /// One segment, `textStart` 0 and as long as the text.
        case run(sourceStart: Int)
        case list([Segment])
    }

    /// Runs of consecutive scalars that are consecutive in the source too, in text order. Built as an array
    /// for a one-run text: loops read `segmentCount` and `segment(_:)` instead.
    public var segments: [Segment] {
        switch mapping {
        case .run(let start): [Segment(textStart: 0, sourceStart: start, length: scalars.count)]
        case .list(let list): list
        }
    }

    @inlinable
    public var segmentCount: Int {
        switch mapping {
        case .run: 1
        case .list(let list): list.count
        }
    }

    /// Segment `k` of `segments`.
    @inlinable @inline(__always)
    public func segment(_ k: Int) -> Segment {
        switch mapping {
        case .run(let start): Segment(textStart: 0, sourceStart: start, length: scalars.count)
        case .list(let list): list[k]
        }
    }

    public struct Segment: Sendable, Hashable {
        public var textStart: Int
        public var sourceStart: Int
        public var length: Int

        public init(textStart: Int, sourceStart: Int, length: Int) {
            self.textStart = textStart
            self.sourceStart = sourceStart
            self.length = length
        }
    }

    public init(scalars: [Unicode.Scalar], segments: [Segment]) {
        self.scalars = scalars
        if segments.count == 1, segments[0].textStart == 0, segments[0].length == scalars.count {
            self.mapping = .run(sourceStart: segments[0].sourceStart)
        } else {
            self.mapping = .list(segments)
        }
    }

    /// Text of one segment.
    @inlinable
    public init(scalars: [Unicode.Scalar], segment: Segment) {
        self.scalars = scalars
        if segment.textStart == 0, segment.length == scalars.count {
            self.mapping = .run(sourceStart: segment.sourceStart)
        } else {
            self.mapping = .list([segment])
        }
    }

    /// Text that is one contiguous range of the source.
    public init(source: SourceText, range: Range<Int>) {
        self.scalars = source.scalars.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[range])) }
        self.mapping = .run(sourceStart: range.lowerBound)
    }

    public static let empty = MappedText(scalars: [], segments: [])

    public var string: String {
        return String(scalars: scalars)
    }

    @inlinable public var count: Int { scalars.count }
    @inlinable public var isEmpty: Bool { scalars.isEmpty }

    /// The source offset of the scalar at `index` (an index equal to `count` maps past the last scalar).
    /// Inlinable, like the other small accessors: rules ask for tens of thousands of spans.
    @inlinable
    public func sourceOffset(at index: Int) -> Int {
        guard segmentCount > 0 else { return 0 }
        var low = 0
        var high = segmentCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segment(mid).textStart <= index { low = mid } else { high = mid - 1 }
        }
        let segment = segment(low)
        return segment.sourceStart + min(index - segment.textStart, segment.length)
    }

    /// The source span covered by a range of this text.
    @inlinable
    public func sourceSpan(_ range: Range<Int>) -> Span {
        guard segmentCount > 0 else { return Span(0..<0) }
        if range.isEmpty {
            let at = sourceOffset(at: range.lowerBound)
            return Span(at..<at)
        }
        let start = sourceOffset(at: range.lowerBound)
        let end = sourceOffset(at: range.upperBound - 1) + 1
        return Span(start..<max(start, end))
    }

    public var sourceSpan: Span { sourceSpan(0..<count) }

    /// A slice of this text that keeps its mapping.
    public func slice(_ range: Range<Int>) -> MappedText {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        var pieces: [Segment] = []
        for k in 0..<segmentCount {
            let s = segment(k)
            let a = max(s.textStart, lower)
            let b = min(s.textStart + s.length, upper)
            if a < b {
                pieces.append(
                    Segment(textStart: a - lower, sourceStart: s.sourceStart + (a - s.textStart), length: b - a))
            }
        }
        return MappedText(scalars: Array(scalars[lower..<upper]), segments: pieces)
    }

    /// This text without leading and trailing white space.
    public func trimmed() -> MappedText {
        var lower = 0
        var upper = count
        while lower < upper, scalars[lower].isUnicodeWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].isUnicodeWhitespace { upper -= 1 }
        return lower == 0 && upper == count ? self : slice(lower..<upper)
    }
}

/// Builds a `MappedText` piece by piece.
public struct MappedTextBuilder: Sendable {
    private var scalars: [Unicode.Scalar] = []
    private var segments: [MappedText.Segment] = []

    public init() {}

    public var count: Int { scalars.count }
    public var last: Unicode.Scalar? { scalars.last }

    /// Appends source scalars `range`, extending the last segment when the source is contiguous.
    public mutating func append(_ source: SourceText, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let tail = segments.last, tail.sourceStart + tail.length == range.lowerBound,
            tail.textStart + tail.length == scalars.count
        {
            segments[segments.count - 1].length += range.count
        } else {
            segments.append(.init(textStart: scalars.count, sourceStart: range.lowerBound, length: range.count))
        }
        source.scalars.withUnsafeBufferPointer { scalars.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Appends a scalar that is not in the source (a joining space), mapped to `sourceOffset`.
    public mutating func appendSynthetic(_ scalar: Unicode.Scalar, at sourceOffset: Int) {
        segments.append(.init(textStart: scalars.count, sourceStart: sourceOffset, length: 1))
        scalars.append(scalar)
    }

    public func build() -> MappedText {
        MappedText(scalars: scalars, segments: segments)
    }
}
