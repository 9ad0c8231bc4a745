import QRLintCore
import QRLintReaders
import QRLintRules

/// Lints an example text with one rule, the way the example tests and `qrlint rules validate` need.
public enum ExampleRunner {
    public enum Reader: String, Sendable, CaseIterable {
        case markdown
        case text
    }

    public static func lint(
        _ text: String, rule: any Rule.Type, template: String?, reader: Reader = .markdown, packs: RulePacks
    ) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let source = SourceText(path: "example.\(reader == .markdown ? "md" : "txt")", text: text)
        let document = reader == .markdown ? MarkdownReader.read(source) : PlainTextReader.read(source)
        let context = try LintContext(document: document, packs: packs, template: template)
        return (document, RuleRunner.run([rule], context: context))
    }

    /// The same draft as plain text extracted from Word or PDF: Markdown heading marks removed. Only for
    /// drafts whose headings all carry a number or are front-matter titles (a text reader cannot see
    /// an unnumbered heading); nil otherwise.
    public static func plainTextVariant(of marked: String) -> String? {
        // Markdown comments (suppressions) have no plain-text spelling here.
        guard !marked.contains("<!--") else { return nil }
        var lines: [String] = []
        for line in marked.split(separator: "\n", omittingEmptySubsequences: false) {
            var scalars = Substring.UnicodeScalarView(line.unicodeScalars)
            guard scalars.first == "#" else {
                lines.append(String(line))
                continue
            }
            while scalars.first == "#" { scalars.removeFirst() }
            while scalars.first == " " { scalars.removeFirst() }
            let title = String(scalars)
            let bare = MarkedText(title).text
            let clean = Array(bare.unicodeScalars)
            let numbered = HeadingNumberParser.parse(clean, start: 0, end: clean.count, sourceOffset: 0) != nil
            guard numbered || FrontMatter.isFrontMatter(bare) else { return nil }
            lines.append(title)
        }
        return lines.joined(separator: "\n")
    }
}
