import QRLintCore

/// Lays out one finding the way compilers do:
///
/// ```
/// 报告.md:12:5: error: 缺少必备部分“国际合作” [structure.missing-part]
///    12 | ## 5 产教融合
///       |    ^^^^^^^^^^
///       = 位置：5 产教融合
/// 报告.md:3:1: note: 总数在此
///     3 | 全校共有教职工 200 人
///       | ^^^^^^^
///       = help: 改为“国际合作”（可自动修复）
/// ```
///
/// Notes follow the finding's own snippet; `help:` comes last. All snippets of one finding share one gutter
/// width so their bars line up.
struct HumanDiagnosticLayout {
    let path: String
    let source: SourceText
    let diagnostic: Diagnostic

    static let minimumGutterWidth = 5

    func styled() -> StyledText {
        let primary = SourceSnippet(source: source, span: diagnostic.span)
        let notes = diagnostic.notes.map { ($0, SourceSnippet(source: source, span: $0.span)) }
        let labels = ([primary] + notes.map(\.1)).map { source.lineKind.label($0.line) }
        let gutterWidth = max(Self.minimumGutterWidth, (labels.map(DisplayWidth.of).max() ?? 0) + 1)
        let blankGutter = String.asciiRun(" ", count: gutterWidth)

        var text = StyledText()
        let severity = diagnostic.severity
        appendHeader(&text, at: diagnostic.span, word: severity.label, role: .severity(severity))
        text.append(diagnostic.message)
        text.append(" ")
        text.append("[\(diagnostic.ruleID)]", .ruleID)
        appendSnippet(&text, primary, gutterWidth: gutterWidth, role: .severity(severity))
        if !diagnostic.sectionPath.isEmpty {
            text.append("\n\(blankGutter) = 位置：" + diagnostic.sectionLabel)
        }
        for (note, snippet) in notes {
            text.append("\n")
            appendHeader(&text, at: note.span, word: "note", role: .note)
            text.append(note.message)
            appendSnippet(&text, snippet, gutterWidth: gutterWidth, role: .note)
        }
        if let fix = diagnostic.fix {
            text.append("\n\(blankGutter) = help: " + Self.help(for: fix))
        }
        return text
    }

    /// `path:12:5: error: ` — or `path:¶12:5: ` in a `.docx`, where the paragraph stands in for the line.
    private func appendHeader(_ text: inout StyledText, at span: Span, word: String, role: StyledText.Role) {
        let position = source.position(of: span.start)
        text.append("\(path):\(source.lineKind.label(position.line)):\(position.column): ")
        text.append(word + ":", role)
        text.append(" ")
    }

    private func appendSnippet(
        _ text: inout StyledText, _ snippet: SourceSnippet, gutterWidth: Int, role: StyledText.Role
    ) {
        let label = source.lineKind.label(snippet.line)
        let padding = String.asciiRun(" ", count: gutterWidth - DisplayWidth.of(label))
        text.append("\n\(padding)\(label) |" + (snippet.text.isEmpty ? "" : " " + snippet.text))
        text.append("\n" + String.asciiRun(" ", count: gutterWidth) + " | ")
        text.append(String.asciiRun(" ", count: snippet.underlineStart))
        text.append(String.asciiRun("^", count: snippet.underlineWidth), role)
        if snippet.lineSpan > 1 {
            text.append(" （跨 \(snippet.lineSpan) 行）")
        }
    }

    /// The fix's own message; a fix without one still says what it would do.
    static func help(for fix: Fix) -> String {
        fix.isSafe ? action(of: fix) + "（可自动修复）" : action(of: fix)
    }

    static func action(of fix: Fix) -> String {
        if !fix.message.isEmpty { return fix.message }
        if fix.edits.count > 1 { return "修改 \(fix.edits.count) 处" }
        let replacement = fix.edits[0].replacement
        return replacement.isEmpty ? "删除此处文字" : "改为“\(replacement)”"
    }
}
