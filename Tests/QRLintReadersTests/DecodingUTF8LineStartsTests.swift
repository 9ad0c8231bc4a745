import QRLintCore
import Testing

@testable import QRLintReaders

/// The UTF-8 decoder notes where lines start while it decodes; `SourceText` trusts that table, so it must be
/// exactly the one `SourceText` finds by scanning the scalars, wherever the line feeds fall (inside an
/// eight-byte step, at its edges, in the tail of fewer than eight bytes, after multibyte scalars).
@Suite("DecodingUTF8 line starts")
struct DecodingUTF8LineStartsTests {
    private func check(_ bytes: [UInt8], from start: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        let (outcome, _, lineStarts) = bytes.withUnsafeBufferPointer {
            DecodingUTF8.decodeNotingControls($0, from: start)
        }
        guard case .scalars(let scalars) = outcome else {
            Issue.record("not decoded", sourceLocation: sourceLocation)
            return
        }
        #expect(lineStarts == SourceText(path: "t", scalars: scalars).lineStarts, sourceLocation: sourceLocation)
    }

    @Test func lineFeedsAnywhere() {
        let pieces = ["\n", "\r\n", "a", "ab\n", "学", "学校\n", "😀", "é", "\t", "\u{1}", "12345678", "\n\n\n"]
        // Every text of up to four pieces: the line feeds land at every offset within and across the steps.
        var texts = [""]
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
        }
        for text in texts { check(Array(text.utf8)) }
    }

    @Test func longRunsOfAsciiAndHan() {
        let text = "一、学校概况\n学校位于重庆市，2025 年招生 1200 人。\r\n\n|表|1|\n" + String(repeating: "ab\ncd\n", count: 9)
        check(Array(text.utf8))
        check(Array((String(repeating: "学", count: 13) + "\n" + text).utf8))
        // More lines than the buffer first holds: it grows.
        check(Array(String(repeating: "\n", count: 100).utf8))
    }

    @Test func afterAByteOrderMark() {
        check([0xEF, 0xBB, 0xBF] + Array("标题\n正文\nend\n".utf8), from: 3)
    }

    @Test func emptyText() {
        check([])
    }

    @Test func textDecoderKeepsTheTable() throws {
        let text = "# 一、学校概况\r\n\n学校位于重庆市。\nlast"
        let source = try TextDecoder.decode(Array(text.utf8), path: "a.md")
        #expect(source.lineStarts == SourceText(path: "a.md", text: text).lineStarts)
        #expect(source.lineText(3) == "学校位于重庆市。")
    }
}
