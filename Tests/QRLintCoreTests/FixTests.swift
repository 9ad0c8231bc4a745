import QRLintCore
import Testing

/// A fix is one or more edits in text order; outputs that show one replacement see the covered text with
/// every edit applied.
struct FixTests {
    private func edit(_ start: Int, _ end: Int, _ text: String) -> Fix.Edit {
        Fix.Edit(span: Span(start: start, end: end), replacement: text)
    }

    @Test func oneEditIsItsOwnReplacement() {
        let fix = Fix(span: Span(start: 2, end: 3), replacement: "，", isSafe: true, message: "m")
        #expect(fix.span == Span(start: 2, end: 3))
        #expect(fix.replacement(in: Array("ab,c".unicodeScalars)) == "，")
    }

    @Test func severalEditsCoverTheStretchBetweenThem() throws {
        let source = Array("甲,乙😀;丙".unicodeScalars)
        let fix = try #require(Fix(edits: [edit(1, 2, "，"), edit(4, 5, "；")], isSafe: true, message: "m"))
        #expect(fix.span == Span(start: 1, end: 5))
        #expect(fix.replacement(in: source) == "，乙😀；")
    }

    @Test func editsOutOfOrderOverlappingOrMissingAreRejected() {
        #expect(Fix(edits: [], isSafe: true, message: "m") == nil)
        #expect(Fix(edits: [edit(3, 4, "x"), edit(1, 2, "y")], isSafe: true, message: "m") == nil)
        #expect(Fix(edits: [edit(1, 3, "x"), edit(2, 4, "y")], isSafe: true, message: "m") == nil)
        #expect(Fix(edits: [edit(1, 2, "x"), edit(2, 2, "y")], isSafe: true, message: "m") != nil)
    }
}
