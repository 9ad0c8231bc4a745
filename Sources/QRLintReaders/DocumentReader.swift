import QRLintCore

/// Picks the reader for an input by its file name; standard input and unknown names are read as text.
public enum DocumentReader {
    public static func read(bytes: [UInt8], path: String) throws(QRLintError) -> Document {
        let lower = path.lowercased()
        for unsupported in [".doc", ".wps", ".odt", ".docx", ".pdf"] where lower.hasSuffix(unsupported) {
            throw QRLintError(.input, "\(path)：暂不支持 \(unsupported) 文件，请另存为 .md 或 .txt 后再检查")
        }
        let source = try TextDecoder.decode(bytes, path: path)
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            return MarkdownReader.read(source)
        }
        return PlainTextReader.read(source)
    }
}
