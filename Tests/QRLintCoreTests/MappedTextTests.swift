import QRLintCore
import Testing

/// A text that is one run of the source keeps only where the run starts; it must map, compare and slice
/// exactly like the same text given as a list of segments.
struct MappedTextTests {
    static let scalars = Array("学校专任教师488人".unicodeScalars)

    @Test func oneRunAndItsSegmentListAreTheSameText() {
        let run = MappedText(
            scalars: Self.scalars, segment: .init(textStart: 0, sourceStart: 40, length: Self.scalars.count))
        let listed = MappedText(
            scalars: Self.scalars, segments: [.init(textStart: 0, sourceStart: 40, length: Self.scalars.count)])
        #expect(run == listed)
        #expect(run.hashValue == listed.hashValue)
        #expect(run.segments == [.init(textStart: 0, sourceStart: 40, length: Self.scalars.count)])
        #expect((0..<run.segmentCount).map(run.segment) == run.segments)
        #expect(run.sourceOffset(at: 0) == 40)
        #expect(run.sourceOffset(at: 6) == 46)
        #expect(run.sourceOffset(at: Self.scalars.count) == 40 + Self.scalars.count)
        #expect(run.sourceSpan(2..<4) == Span(42..<44))
        #expect(run.slice(2..<4).segments == [.init(textStart: 0, sourceStart: 42, length: 2)])
    }

    @Test func aSegmentShorterThanTheTextKeepsItsList() {
        // Synthetic scalars past the segment (a joined line's space) map to the segment's end.
        let text = MappedText(scalars: Self.scalars, segment: .init(textStart: 0, sourceStart: 10, length: 4))
        #expect(text.segments == [.init(textStart: 0, sourceStart: 10, length: 4)])
        #expect(text.sourceOffset(at: 6) == 14)
    }

    @Test func twoRunsMapEachScalarToItsRun() {
        let text = MappedText(
            scalars: Self.scalars,
            segments: [.init(textStart: 0, sourceStart: 0, length: 4), .init(textStart: 4, sourceStart: 20, length: 6)])
        #expect((0..<text.segmentCount).map(text.segment) == text.segments)
        #expect(text.segmentCount == 2)
        #expect(text.sourceOffset(at: 3) == 3)
        #expect(text.sourceOffset(at: 4) == 20)
        #expect(text.sourceSpan(2..<6) == Span(2..<22))
        #expect(MappedText.empty.sourceSpan == Span(0..<0))
    }
}
