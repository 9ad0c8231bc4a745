import QRLintCore

/// Word `.docx` → `Document`.
///
/// The zip is opened by `ZipArchive` (limits against zip bombs), the XML parts by `DocxXMLParser` (no DTD,
/// no entities), the body walked by `DocxBodyWalker` and turned into blocks by `DocxBlockBuilder`. The
/// source text is the document's paragraphs joined by line feeds: a "line" is a Word paragraph, which
/// human output shows as `¶12`. Footnotes, endnotes, headers, footers and text boxes are not read.
public enum DocxReader {
    public static func read(bytes: [UInt8], path: String, limits: ZipLimits = .standard) throws(QRLintError)
        -> Document
    {
        var package = try DocxPackage(bytes: bytes, path: path, limits: limits)
        let document = try package.document()
        let styles = try package.part("styles").map(DocxStyles.init) ?? .empty
        let numbering = try package.part("numbering").map(DocxNumbering.init) ?? .empty
        let comments = try package.part("comments").map(DocxComments.read) ?? [:]
        let body = DocxBodyWalker.walk(document, styles: styles)
        var builder = DocxBlockBuilder(
            body: body, styles: styles, numbering: numbering, comments: comments, path: path)
        return builder.build()
    }
}
