import Testing

@testable import QRLintReaders

@Suite("MarkdownParagraphLines")
struct MarkdownParagraphLinesTests {
    /// One lines buffer reused for many paragraphs holds only the lines of the current one.
    @Test func markdownParagraphLinesStartAgain() {
        var lines = MarkdownParagraphLines()
        lines.start(0..<3)
        lines.append(4..<6)
        lines.append(7..<9)
        #expect(lines.count == 3 && lines[0] == 0..<3 && lines[2] == 7..<9)
        lines.start(10..<12)
        #expect(lines.count == 1 && lines.first == 10..<12 && lines[0] == 10..<12)
        lines.append(13..<15)
        #expect(lines.count == 2 && lines[1] == 13..<15)
    }
}
