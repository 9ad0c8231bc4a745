import QRLintCore
import QRLintOutput
import Testing

/// The caret line must sit under the flagged text whatever comes before it: wide CJK and emoji, full-width
/// punctuation, tabs, combining accents.
@Suite struct UnderlineAlignmentTests {
    @Test(arguments: [
        ("🏫学校占地 300 亩，在校生 4,200 人", "4,200"),
        ("\t全校教职工 200 人", "200"),
        ("ab\tc中\t文字", "文字"),
        ("Jose\u{301} 参加了比赛", "比赛"),
        ("（一）学校概况：基本情况", "基本"),
        ("😀😀 ok，好", "ok，好"),
        ("ｘ＝１０，「专业」", "「专业」"),
    ])
    func caretsSitUnderTheFlaggedText(line: String, flagged: String) throws {
        let lines = renderedLines(line, span: { $0.span(flagged) })
        let drawn = afterBar(lines[1])
        let underline = afterBar(lines[2])
        #expect(!drawn.unicodeScalars.contains("\t"), "tabs are expanded in the drawn line")
        let start = try #require(scalarOffset(of: flagged, in: drawn))
        let pad = underline.prefix { $0 == " " }.count
        #expect(pad == DisplayWidth.of(prefixScalars(drawn, start)))
        #expect(underline.dropFirst(pad) == Substring(String(repeating: "^", count: DisplayWidth.of(flagged))))
    }

    @Test func exactLayoutOfCJKLine() {
        let lines = renderedLines("中文ab，好", span: { $0.span("ab") })
        #expect(lines[0] == "a.md:1:3: warning: 消息 [test.rule]")
        #expect(lines[1] == "    1 | 中文ab，好")
        #expect(lines[2] == "      |     ^^")
    }

    @Test func tabsExpandToFourColumnStops() {
        let lines = renderedLines("ab\tc中\tx", span: { $0.span("x") })
        #expect(lines[1] == "    1 | ab  c中 x")
        #expect(lines[2] == "      |         ^")
    }

    @Test func emptySpanGetsOneCaret() {
        let lines = renderedLines("学校概况", span: { $0.insertion(after: "学校") })
        #expect(lines[0] == "a.md:1:3: warning: 消息 [test.rule]")
        #expect(lines[2] == "      |     ^")
    }

    @Test func emptySpanAtEndOfLine() {
        let lines = renderedLines("（详见附件1\n下一行", span: { $0.insertion(after: "附件1") })
        #expect(lines[2] == "      | " + String(repeating: " ", count: 11) + "^")
    }

    @Test func multiLineRangeUnderlinesToEndOfFirstLine() {
        let lines = renderedLines("前言甲乙\n丙丁\n戊己", span: { $0.span(from: "甲", through: "戊") })
        #expect(lines[1] == "    1 | 前言甲乙")
        #expect(lines[2] == "      |     ^^^^ （跨 3 行）")
    }

    @Test func rangeEndingWithItsLineBreakStaysOnOneLine() {
        let lines = renderedLines("甲乙\n丙", span: { $0.span("乙\n") })
        #expect(lines[2] == "      |   ^^")
    }

    @Test func rangeStartingAtLineBreakPointsAtLineEnd() {
        let lines = renderedLines("甲乙\n丙", span: { $0.span("\n丙") })
        #expect(lines[0] == "a.md:1:3: warning: 消息 [test.rule]")
        #expect(lines[2] == "      |     ^ （跨 2 行）")
    }

    @Test func lineBreakAtStartOfEmptyLine() {
        let lines = renderedLines("甲\n\n乙", span: { $0.insertion(after: "甲\n") })
        #expect(lines[1] == "    2 |")
        #expect(lines[2] == "      | ^")
    }

    @Test func emptySourceAndOutOfRangeSpansStillGetACaret() {
        let empty = renderedLines("", span: { _ in Span(start: 0, end: 0) })
        #expect(empty[0] == "a.md:1:1: warning: 消息 [test.rule]")
        #expect(empty[1] == "    1 |")
        #expect(empty[2] == "      | ^")
        let beyond = renderedLines("甲乙", span: { _ in Span(start: 5, end: 9) })
        #expect(beyond[0] == "a.md:1:3: warning: 消息 [test.rule]")
        #expect(beyond[2] == "      |     ^")
    }

    @Test func carriageReturnIsNotDrawn() {
        let lines = renderedLines("甲乙\r\n丙", span: { $0.span("乙") })
        #expect(lines[1] == "    1 | 甲乙")
    }

    @Test func controlCharactersAreMadeVisible() {
        let lines = renderedLines("a\u{1B}[31mb\u{7}c", span: { $0.span("c") })
        #expect(!lines[1].unicodeScalars.contains("\u{1B}"))
        #expect(lines[1] == "    1 | a␛[31mb␇c")
        #expect(lines[2] == "      |         ^")
    }

    @Test(arguments: [
        (String(repeating: "甲", count: 80) + "目标" + String(repeating: "乙", count: 80), "目标", true, true),
        ("目标" + String(repeating: "乙", count: 150), "目标", false, true),
        (String(repeating: "甲", count: 150) + "目标", "目标", true, false),
        (String(repeating: "ab", count: 100) + "目标" + String(repeating: "cd", count: 100), "目标", true, true),
    ])
    func longLinesShowAWindowAroundTheRange(line: String, flagged: String, cutLeft: Bool, cutRight: Bool) throws {
        let lines = renderedLines(line, span: { $0.span(flagged) })
        let drawn = afterBar(lines[1])
        let underline = afterBar(lines[2])
        #expect(DisplayWidth.of(drawn) <= 120)
        #expect(drawn.hasPrefix("…") == cutLeft)
        #expect(drawn.hasSuffix("…") == cutRight)
        let start = try #require(scalarOffset(of: flagged, in: drawn))
        let pad = underline.prefix { $0 == " " }.count
        #expect(pad == DisplayWidth.of(prefixScalars(drawn, start)))
        #expect(underline.dropFirst(pad) == Substring(String(repeating: "^", count: DisplayWidth.of(flagged))))
    }

    @Test func rangeWiderThanTheWindowIsCutAtTheWindow() {
        let line = String(repeating: "甲", count: 200)
        let lines = renderedLines(line, span: { $0.span(line) })
        let drawn = afterBar(lines[1])
        let underline = afterBar(lines[2])
        #expect(!drawn.hasPrefix("…"))
        #expect(drawn.hasSuffix("…"))
        #expect(underline == String(repeating: "^", count: DisplayWidth.of(drawn) - 1))
    }

    @Test func lineOfExactly120CellsIsNotCut() {
        let line = String(repeating: "甲", count: 60)
        let lines = renderedLines(line, span: { $0.span("甲", occurrence: 60) })
        #expect(afterBar(lines[1]) == line)
    }
}
