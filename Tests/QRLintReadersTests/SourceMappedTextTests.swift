import QRLintCore
import Testing

@testable import QRLintReaders

/// `SourceMappedText` and `SourceTextJoiner` are faster ways to build what `MappedText(source:range:)`,
/// `trimmed()` and `MappedTextBuilder` build: the values must be equal, scalars and segments alike, since
/// rules map findings back through the segments.
@Suite struct SourceMappedTextTests {
    static let source = SourceText(path: "t.md", text: "  学校 概况\u{3000}\nabc def\n\n 1.2 x \n\t\n")

    static var allRanges: [Range<Int>] {
        let n = source.scalars.count
        return (0...n).flatMap { lower in (lower...n).map { lower..<$0 } }
    }

    @Test func contiguousTextEqualsCore() {
        for range in Self.allRanges {
            #expect(SourceMappedText.text(Self.source.scalars, range) == MappedText(source: Self.source, range: range))
        }
    }

    @Test func trimmedEqualsCore() {
        for range in Self.allRanges {
            let expected = MappedText(source: Self.source, range: range).trimmed()
            #expect(SourceMappedText.trimmed(Self.source.scalars, range) == expected, "\(range)")
        }
    }

    /// One step of a build: a source range, or a synthetic space mapped to an offset.
    enum Step {
        case range(Range<Int>)
        case space(at: Int)
    }

    static func build(_ steps: [Step]) -> (core: MappedText, joined: MappedText, lastAgrees: Bool) {
        var core = MappedTextBuilder()
        var joiner = SourceTextJoiner()
        var lastAgrees = true
        for step in steps {
            switch step {
            case .range(let range):
                core.append(source, range)
                joiner.append(source.scalars, range)
            case .space(let at):
                core.appendSynthetic(" ", at: at)
                joiner.appendSynthetic(" ", at: at)
            }
            lastAgrees = lastAgrees && core.last == joiner.last && core.count == joiner.count
        }
        return (core.build(), joiner.build(source.scalars), lastAgrees)
    }

    @Test(arguments: [
        [Step](),
        [.range(0..<0)],
        [.range(2..<4)],
        [.range(2..<4), .range(4..<7)],
        [.range(2..<4), .range(5..<7)],
        [.range(9..<12), .space(at: 12), .range(13..<16)],
        // A synthetic scalar whose offset runs into the next range: the builder extends its segment.
        [.range(9..<12), .space(at: 12), .range(13..<16), .space(at: 16), .range(17..<20)],
        [.range(9..<12), .space(at: 11), .range(12..<16)],
        [.space(at: 0), .range(1..<3)],
        [.range(2..<4), .range(9..<12), .range(12..<13), .range(18..<21), .space(at: 21), .range(0..<1)],
        [.range(0..<3), .space(at: Self.source.scalars.count)],
        [
            .range(18..<21), .space(at: Self.source.scalars.count - 1),
            .range(Self.source.scalars.count..<Self.source.scalars.count),
        ],
    ])
    func joinerEqualsBuilder(_ steps: [Step]) {
        let (core, joined, lastAgrees) = Self.build(steps)
        #expect(joined == core)
        #expect(joined.segments == core.segments)
        #expect(lastAgrees)
    }

    @Test func joinerEqualsBuilderOnEveryPairOfRanges() {
        let n = Self.source.scalars.count
        for a in 0..<n {
            for b in a...n {
                for c in stride(from: 0, to: n, by: 3) {
                    let steps: [Step] = [.range(a..<b), .space(at: b), .range(c..<min(n, c + 4)), .range(b..<n)]
                    let (core, joined, lastAgrees) = Self.build(steps)
                    #expect(joined == core && lastAgrees, "\(a) \(b) \(c)")
                }
            }
        }
    }

    /// One joiner reused for many texts (`take`) builds each as a fresh `MappedTextBuilder` would, and is
    /// empty after each.
    @Test func reusedJoinerEqualsFreshBuilders() {
        let n = Self.source.scalars.count
        var joiner = SourceTextJoiner()
        for a in 0..<n {
            for b in a...n {
                let steps: [Step] = [.range(a..<b), .space(at: b), .range(b..<min(n, b + 3)), .range(0..<1)]
                var core = MappedTextBuilder()
                for step in steps {
                    switch step {
                    case .range(let range):
                        core.append(Self.source, range)
                        joiner.append(Self.source.scalars, range)
                    case .space(let at):
                        core.appendSynthetic(" ", at: at)
                        joiner.appendSynthetic(" ", at: at)
                    }
                }
                let taken = joiner.take(Self.source.scalars)
                #expect(taken == core.build() && taken.segments == core.build().segments, "\(a) \(b)")
                #expect(joiner.count == 0 && joiner.last == nil)
            }
        }
    }

    /// The paragraph builder, reused, joins as a fresh joiner does; `single` equals a one-line paragraph.
    @Test func paragraphBuilderReusedEqualsJoiner() {
        let s = Array("学校 概况\nabc def\nghi\n".unicodeScalars)
        let lines = [0..<5, 6..<13, 14..<17].map { PlainTextLine(range: $0, text: $0) }
        var builder = PlainTextParagraphBuilder()
        #expect(builder.take(s) == nil)
        for _ in 0..<2 {
            builder.start(lines[0], at: 0, s)
            builder.append(lines[1], at: 1, s)
            builder.append(lines[2], at: 2, s)
            #expect(builder.isOpen && builder.lastLine == 2 && builder.widestEarlierLine == 7)
            var joiner = SourceTextJoiner()
            joiner.append(s, lines[0].text)
            joiner.append(s, lines[1].text)
            joiner.appendSynthetic(" ", at: lines[1].text.upperBound)
            joiner.append(s, lines[2].text)
            let paragraph = builder.take(s)
            #expect(paragraph == Paragraph(text: joiner.build(s), span: Span(0..<17)))
            #expect(!builder.isOpen && builder.take(s) == nil)
        }
        builder.start(lines[1], at: 1, s)
        #expect(builder.take(s) == PlainTextParagraphBuilder.single(lines[1], s))
        #expect(builder.widestEarlierLine == 0)
    }
}
