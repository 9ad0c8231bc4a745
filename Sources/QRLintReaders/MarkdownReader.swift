import QRLintCore

public enum MarkdownReader {
    public static func read(_ source: SourceText) -> Document {
        Document(source: source, format: .markdown, blocks: [])
    }
}
