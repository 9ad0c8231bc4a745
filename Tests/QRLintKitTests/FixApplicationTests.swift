import QRLintCore
import QRLintKit
import Testing

/// Applying fixes is a pure function of the text and the findings.
struct FixApplicationTests {
    private func diagnostic(_ start: Int, _ end: Int, _ replacement: String, safe: Bool = true, rule: String = "text.x")
        -> Diagnostic
    {
        let span = Span(start: start, end: end)
        return Diagnostic(
            ruleID: rule, severity: .warning, message: "m", span: span,
            fix: Fix(span: span, replacement: replacement, isSafe: safe, message: "改"))
    }

    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func appliesSafeFixesAtScalarOffsets() {
        // "学校😀,共3所;" — the emoji is one scalar, so offsets count scalars, not UTF-16 units.
        let text = scalars("学校😀,共3所;")
        let result = FixApplication.apply([diagnostic(7, 8, "；"), diagnostic(3, 4, "，")], to: text)
        #expect(result.text == "学校😀，共3所；")
        #expect(result.applied.count == 2)
        #expect(result.skipped.isEmpty)
    }

    @Test func unsafeFixesAndFindingsWithoutFixesAreLeftAlone() {
        let text = scalars("一二三")
        var plain = diagnostic(0, 1, "x")
        plain.fix = nil
        let result = FixApplication.apply([diagnostic(1, 2, "二二", safe: false), plain], to: text)
        #expect(result.text == "一二三")
        #expect(result.applied.isEmpty)
    }

    @Test func overlappingFixesKeepTheFirstAndSkipTheRest() {
        let text = scalars("abcdef")
        let result = FixApplication.apply(
            [diagnostic(1, 4, "X"), diagnostic(2, 3, "Y"), diagnostic(4, 5, "Z")], to: text)
        #expect(result.text == "aXZf")
        #expect(result.skipped.count == 1)
    }

    @Test func aFixWithSeveralEditsAppliesAllOrNone() throws {
        let text = scalars("a,b;c.d")
        let edits = [(1, 2, "，"), (3, 4, "；"), (5, 6, "。")].map {
            Fix.Edit(span: Span(start: $0.0, end: $0.1), replacement: $0.2)
        }
        var many = diagnostic(0, 0, "")
        many.fix = try #require(Fix(edits: edits, isSafe: true, message: "改"))
        #expect(FixApplication.apply([many], to: text).text == "a，b；c。d")
        // An earlier fix reaching into the stretch keeps the whole multi-edit fix for the next pass.
        let result = FixApplication.apply([diagnostic(0, 2, "A"), many], to: text)
        #expect(result.text == "Ab;c.d")
        #expect(result.skipped.map(\.ruleID) == ["text.x"])
    }

    @Test func deletionsAndOneInsertionPerPlace() {
        let text = scalars("ab")
        let result = FixApplication.apply(
            [diagnostic(1, 1, "1"), diagnostic(1, 1, "2"), diagnostic(0, 1, "")], to: text)
        #expect(result.text == "1b")
        #expect(result.skipped.count == 1)
    }

    @Test func unifiedDiffShowsChangedLinesWithContext() {
        let old = (1...10).map { "第\($0)行" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "第5行", with: "第五行")
        let diff = UnifiedDiff.render(old: old, new: new, oldName: "a.md", newName: "a.md")
        #expect(diff.hasPrefix("--- a.md\n+++ a.md\n@@ -2,7 +2,7 @@\n"))
        #expect(diff.contains("\n-第5行\n+第五行\n"))
        #expect(diff.contains(" 第2行\n") && diff.contains(" 第8行\n") && !diff.contains("第9行"))
        #expect(UnifiedDiff.render(old: old, new: old, oldName: "a", newName: "a").isEmpty)
    }

    @Test func unifiedDiffHandlesInsertedAndDeletedLines() {
        let diff = UnifiedDiff.render(old: "a\nb\nc\n", new: "a\nc\nd\n", oldName: "x", newName: "x")
        #expect(diff == "--- x\n+++ x\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n")
        let fromEmpty = UnifiedDiff.render(old: "", new: "a\n", oldName: "x", newName: "x")
        #expect(fromEmpty == "--- x\n+++ x\n@@ -0,0 +1,1 @@\n+a\n")
    }
}
