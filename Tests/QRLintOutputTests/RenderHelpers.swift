import QRLintCore
import QRLintOutput

/// Renders one finding in a one-file report, without summary or colour, as lines.
func renderedLines(
    _ text: String, span: (QuotedSource) -> Span, path: String = "a.md", lineKind: SourceText.LineKind = .line,
    severity: Severity = .warning
) -> [String] {
    let quoted = QuotedSource(path: path, text: text, lineKind: lineKind)
    let diagnostic = Diagnostic(ruleID: "test.rule", severity: severity, message: "消息", span: span(quoted))
    let report = LintReport(
        files: [FileReport(path: path, profile: nil, source: quoted.source, diagnostics: [diagnostic])], rules: [])
    return HumanRenderer(showSummary: false).render(report).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
}

/// The part of a snippet line after the gutter bar (`   12 | text` → `text`).
func afterBar(_ line: String) -> String {
    guard let bar = line.range(of: " |") else { return line }
    let rest = line[bar.upperBound...]
    return String(rest.hasPrefix(" ") ? rest.dropFirst() : rest)
}

/// The first scalar offset of `needle` in `text`, in scalars.
func scalarOffset(of needle: String, in text: String) -> Int? {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard pattern.count <= haystack.count else { return nil }
    for index in 0...(haystack.count - pattern.count)
    where haystack[index..<index + pattern.count].elementsEqual(pattern) {
        return index
    }
    return nil
}

func prefixScalars(_ text: String, _ count: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.prefix(count))
    return String(view)
}
