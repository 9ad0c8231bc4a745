import QRLintCore

/// Picks the reader for an input by its file name. Other names are read as text; standard input and names
/// without an extension too, unless their bytes start like a zip (read as `.docx`) or a PDF, or the text
/// has Markdown headings.
public enum DocumentReader {
    /// Formats people save reports in that qrlint does not read: a hint to convert them.
    private static let convertible: Set<String> = ["doc", "wps", "odt", "rtf"]

    public static func read(bytes: [UInt8], path: String) throws(QRLintError) -> Document {
        switch fileExtension(path) {
        case "docx", "docm", "dotx":
            return try DocxReader.read(bytes: bytes, path: path)
        case "pdf":
            return try PDFReader.read(bytes: bytes, path: path)
        case let ext where convertible.contains(ext):
            throw QRLintError(
                .input,
                "\(path)：不支持 .\(ext) 文件；请在 Word 或 WPS 中另存为 .docx，或运行 libreoffice --headless --convert-to docx \(path)")
        case "md", "markdown":
            return MarkdownReader.read(try TextDecoder.decode(bytes, path: path))
        case "":
            // Standard input and names without an extension: a Word or PDF file is known by its first bytes.
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try DocxReader.read(bytes: bytes, path: path) }
            if bytes.starts(with: Array("%PDF-".utf8)) { return try PDFReader.read(bytes: bytes, path: path) }
            let source = try TextDecoder.decode(bytes, path: path)
            return looksLikeMarkdown(source) ? MarkdownReader.read(source) : PlainTextReader.read(source)
        default:
            return PlainTextReader.read(try TextDecoder.decode(bytes, path: path))
        }
    }

    /// Text with an ATX heading line (`# …` … `###### …`) is Markdown: extracted PDF or Word text never
    /// starts a line with `#` and a space.
    static func looksLikeMarkdown(_ source: SourceText) -> Bool {
        let s = source.scalars
        for start in source.lineStarts {
            var i = start
            while i < s.count, s[i] == "#", i - start < 6 { i += 1 }
            if i > start, i < s.count, s[i] == " " { return true }
        }
        return false
    }

    /// The lower-cased extension of the last path component ("" when there is none).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
