import QRLintCore

public enum PlainTextReader {
    public static func read(_ source: SourceText) -> Document {
        Document(source: source, format: .text, blocks: [])
    }
}
