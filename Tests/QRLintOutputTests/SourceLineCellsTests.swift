import Testing

@testable import QRLintOutput

struct SourceLineCellsTests {
    static let line = Array(("职业教育\t质量年度报告，" + String(repeating: "学校坚持立德树人ab\u{301}c，", count: 40)).unicodeScalars)

    @Test func aPartialMeasureIsAPrefixOfTheWholeOne() {
        let whole = SourceLineCells(Self.line[...])
        #expect(whole.isComplete)
        #expect(whole.width == whole.cellStarts.last)
        for index in [0, 7, 50, 200] {
            let part = SourceLineCells(Self.line[...], through: index, thenCells: 120)
            #expect(!part.isComplete)
            #expect(part.width == nil)
            #expect(Array(whole.cellStarts.prefix(part.cellStarts.count)) == part.cellStarts)
            #expect(part.measuredWidth > whole.cellStarts[index] + 120)
            #expect(part.count == Self.line.count)
        }
    }

    @Test func aLineShorterThanTheReachIsMeasuredWhole() {
        let part = SourceLineCells(Self.line[...], through: Self.line.count - 3, thenCells: 120)
        #expect(part.isComplete)
        #expect(part.cellStarts == SourceLineCells(Self.line[...]).cellStarts)
    }

    @Test func aSliceOfTheSourceIsMeasuredFromItsOwnStart() {
        let source = Array("前言\n\t学校".unicodeScalars)
        let cells = SourceLineCells(source[3...])
        #expect(cells.cellStarts == [0, 4, 6, 8])
        #expect(cells.text(0..<3) == "    学校")
    }
}
