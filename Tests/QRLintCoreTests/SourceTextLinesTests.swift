import QRLintCore
import Testing

/// `SourceText` finds line starts four scalars at a time; it must agree with a plain scan everywhere.
struct SourceTextLinesTests {
    private func plainLineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 }
    }

    @Test func lineFeedsAtEveryPositionOfAStepAreFound() {
        let pieces: [[Unicode.Scalar]] = [
            Array("质量报告".unicodeScalars), Array("ab".unicodeScalars), Array("\n".unicodeScalars),
            Array("\r\n".unicodeScalars), Array("\u{0A0A}\u{10000A}".unicodeScalars), Array("x".unicodeScalars),
        ]
        var scalars: [Unicode.Scalar] = []
        for round in 0..<200 {
            scalars += pieces[round % pieces.count]
            if round % 7 == 0 { scalars += Array("\n".unicodeScalars) }
            let text = SourceText(path: "t", scalars: scalars)
            #expect(text.lineStarts == plainLineStarts(scalars))
        }
    }

    @Test func emptyAndShortTexts() {
        #expect(SourceText(path: "t", scalars: []).lineStarts == [0])
        #expect(SourceText(path: "t", text: "\n").lineStarts == [0, 1])
        #expect(SourceText(path: "t", text: "a\nb").lineStarts == [0, 2])
    }

    @Test func positionsAgreeWithCountingLineBreaks() {
        let text = SourceText(path: "t", text: "第一行\n\nab\r\n质量报告\nx")
        var line = 1
        var column = 1
        for offset in 0...text.scalars.count {
            #expect(text.position(of: offset) == SourcePosition(line: line, column: column))
            if offset < text.scalars.count, text.scalars[offset] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        // Outside the text: clamped to its ends.
        #expect(text.position(of: -3) == SourcePosition(line: 1, column: 1))
        #expect(text.position(of: 99) == text.position(of: text.scalars.count))
    }

    /// `position(of:)` searches only the lines of an offset's block of scalars: lines shorter and longer than
    /// a block, line feeds on a block's first and last scalar, and a text ending on a block boundary.
    @Test func positionsAgreeAcrossBlocks() {
        for lengths in [[0, 1, 2, 63, 64, 65, 0, 0, 127, 128, 3], [64, 64, 64], [200], [63], [1, 1, 1, 1, 1, 300]] {
            let text = SourceText(
                path: "t", text: lengths.map { String(repeating: "质", count: $0) }.joined(separator: "\n"))
            var line = 1
            var column = 1
            for offset in 0...text.scalars.count {
                #expect(text.position(of: offset) == SourcePosition(line: line, column: column), "\(lengths) \(offset)")
                if offset < text.scalars.count, text.scalars[offset] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            #expect(text.position(of: text.scalars.count + 70) == text.position(of: text.scalars.count))
        }
    }
}
