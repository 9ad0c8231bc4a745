import QRLintCore

/// Markdown (the CommonMark subset report drafts use, plus GitHub pipe tables) → `Document`.
///
/// Headings, paragraphs, list items, tables, captions, 目录 entries and HTML comments become blocks; code,
/// front matter and thematic breaks are skipped. Inline markup stays in the text as written, except where
/// it would hide a number (headings, captions wrapped in `**…**`) or a title (目录 entries).
public enum MarkdownReader {
    public static func read(_ source: SourceText) -> Document {
        var parser = MarkdownBlockParser(source: source)
        return Document(source: source, format: .markdown, blocks: parser.parse())
    }
}
