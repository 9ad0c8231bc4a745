import QRLintCore
import Testing

@testable import QRLintReaders

/// `PlainTextLine` packs its ranges, facts and heading number; what is stored must read back unchanged,
/// and no fact may touch another.
@Suite("PlainTextLine")
struct PlainTextLineTests {
    private static var facts: [WritableKeyPath<PlainTextLine, Bool>] {
        [
            \.endsSentence, \.hasInnerSentenceMark, \.hasInnerComma, \.hasInnerClauseMark, \.hasHan, \.hasDigit,
            \.startsWithHan, \.startsWithNumber, \.endsWithColon, \.endsInsideToken, \.mayBeRow, \.isDataRow,
            \.isComment, \.isPageNumber, \.isNumeric, \.isLoneInteger, \.isDate, \.isRunningHeader, \.hasTrailingPage,
            \.hasStrongTrailingPage, \.isHeadingShaped, \.isFrontMatterTitle, \.opensTOC, \.isCaptionShaped,
        ]
    }

    @Test(arguments: [(0..<0, 0..<0), (3..<10, 5..<8), (100..<120, 120..<120), (7..<9, 7..<9)])
    func rangesReadBack(_ range: Range<Int>, _ text: Range<Int>) {
        let line = PlainTextLine(range: range, text: text)
        #expect(line.range == range && line.text == text)
        #expect(line.length == text.count && line.isBlank == text.isEmpty)
    }

    @Test func eachFactIsItsOwn() {
        for (k, fact) in Self.facts.enumerated() {
            var line = PlainTextLine(range: 0..<5, text: 1..<4)
            line[keyPath: fact] = true
            for (j, other) in Self.facts.enumerated() {
                #expect(line[keyPath: other] == (j == k))
            }
            #expect(!line.hasHeadingNumber && line.headingNumber == nil)
            line[keyPath: fact] = false
            #expect(Self.facts.allSatisfy { !line[keyPath: $0] })
        }
    }

    @Test func insertSetsSeveralFacts() {
        var line = PlainTextLine(range: 0..<5, text: 0..<5)
        line.isDate = true
        line.insert(PlainTextLine.Flag.hasHan | PlainTextLine.Flag.endsSentence)
        #expect(line.hasHan && line.endsSentence && line.isDate && !line.hasDigit)
    }

    @Test func isPlainOnlyWithoutSpecialShapes() {
        var line = PlainTextLine(range: 0..<5, text: 0..<5)
        line.hasHan = true
        line.isDataRow = true
        #expect(line.isPlain)
        line.rowStyle = .spaces
        #expect(!line.isPlain)
        for special: WritableKeyPath<PlainTextLine, Bool> in [
            \.isComment, \.isPageNumber, \.isNumeric, \.hasStrongTrailingPage, \.isHeadingShaped, \.isCaptionShaped,
        ] {
            var copy = PlainTextLine(range: 0..<5, text: 0..<5)
            copy[keyPath: special] = true
            #expect(!copy.isPlain)
        }
        #expect(!PlainTextLine(range: 0..<0, text: 0..<0).isPlain)
    }

    /// Every style and a number at the far end of a heading-shaped line read back as the parser found them.
    @Test func headingNumberReadsBack() {
        let text = Array("（十二）  学校概况".unicodeScalars)
        let offset = 1_000_000
        let s = [Unicode.Scalar](repeating: " ", count: offset) + text
        let found = HeadingNumberParser.find(s, start: offset, end: s.count)!
        for style in [HeadingNumber.Style.arabic, .chinese, .parenthesizedChinese, .parenthesizedArabic, .chapter] {
            var expected = found
            expected.style = style
            var line = PlainTextLine(range: offset - 3..<s.count, text: offset..<s.count)
            line.isHeadingShaped = true
            line.headingNumber = expected
            let read = line.headingNumber
            #expect(line.hasHeadingNumber && line.isHeadingShaped)
            #expect(read?.style == style && read?.packed == expected.packed && read?.count == expected.count)
            #expect(read?.numberEnd == expected.numberEnd && read?.titleStart == expected.titleStart)
            line.headingNumber = nil
            #expect(!line.hasHeadingNumber && line.headingNumber == nil && line.isHeadingShaped)
        }
    }

    @Test func headingStyleSlotRoundTrips() {
        for slot in 0..<HeadingNumber.Style.slotCount {
            #expect(HeadingNumber.Style(slot: slot).slot == slot)
        }
    }

    /// The switch of first scalars covers every front-matter title, and no more.
    @Test func frontMatterFirstScalars() {
        let firsts = Set(PlainTextHeadingShape.frontMatterTitles.map { $0.title[0] })
        for first in firsts { #expect(PlainTextHeadingShape.mayStartFrontMatterTitle(first)) }
        for other: Unicode.Scalar in ["学", "1", "（", "一", "第", " ", "录"] where !firsts.contains(other) {
            #expect(!PlainTextHeadingShape.mayStartFrontMatterTitle(other))
        }
        #expect(firsts.count == 8)
    }
}
