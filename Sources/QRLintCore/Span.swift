/// A half-open range of scalar offsets into a `SourceText`.
public struct Span: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var range: Range<Int> { start..<end }
    public var isEmpty: Bool { start == end }

    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (a: Span, b: Span) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
