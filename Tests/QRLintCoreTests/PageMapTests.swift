import QRLintCore
import Testing

/// The pages of PDF text, read from the form feeds `pdftotext` ends each page with.
@Suite struct PageMapTests {
    static func map(_ text: String) -> PageMap { PageMap(formFeedsIn: Array(text.utf8)) }

    static func locations(_ map: PageMap, lines: Int) -> [String] {
        (1...lines).map { line in
            let location = map.location(ofLine: line)
            return "\(location.page):\(location.line)"
        }
    }

    @Test func pagesEndWithFormFeeds() {
        let map = Self.map("封面\n\u{0C}目录\n前言\n\u{0C}1 学校概况\n正文\n\u{0C}")
        #expect(map.firstLines == [1, 2, 4])
        #expect(Self.locations(map, lines: 5) == ["1:1", "2:1", "2:2", "3:1", "3:2"])
    }

    /// Blank pages count (the page numbers printed on the paper go on) but own no line.
    @Test func blankPagesAreCounted() {
        let map = Self.map("封面\n\u{0C}\u{0C}\u{0C}正文\n第二行\n\u{0C}")
        #expect(map.pageCount == 4)
        #expect(Self.locations(map, lines: 3) == ["1:1", "4:1", "4:2"])
    }

    /// Output cut short (or a text without the last page's form feed) still maps every line.
    @Test func noTrailingFormFeed() {
        let map = Self.map("甲\n乙\n\u{0C}丙\n丁")
        #expect(map.pageCount == 2)
        #expect(Self.locations(map, lines: 4) == ["1:1", "1:2", "2:1", "2:2"])
    }

    /// A page that starts with an empty line starts on that line; a form feed inside a line leaves the
    /// line on the page it starts on.
    @Test func emptyFirstLinesAndFeedsInsideLines() {
        #expect(Self.map("甲\n\u{0C}\n乙\n").firstLines == [1, 2])
        let inside = Self.map("甲\u{0C}乙\n丙\n")
        #expect(inside.firstLines == [1, 2])
        #expect(Self.locations(inside, lines: 2) == ["1:1", "2:1"])
    }

    @Test func textWithoutFormFeedsIsOnePage() {
        let map = Self.map("甲\n乙\n")
        #expect(map.pageCount == 1)
        #expect(Self.locations(map, lines: 3) == ["1:1", "1:2", "1:3"])
        #expect(PageMap(firstLines: []).firstLines == [1])
    }
}
