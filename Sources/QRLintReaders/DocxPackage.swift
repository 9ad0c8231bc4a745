import QRLintCore

/// The parts of a `.docx` the reader needs, found the way Word finds them: the main document through
/// `_rels/.rels`, its styles, numbering and comments through the document's own relationships — with the
/// usual names (`word/document.xml` …) when a package has no relationships.
struct DocxPackage {
    private var archive: ZipArchive
    let path: String
    let documentPart: String
    private var related: [String: String] = [:]

    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    init(bytes: [UInt8], path: String, limits: ZipLimits) throws(QRLintError) {
        self.path = path
        archive = try ZipArchive(bytes: bytes, path: path, limits: limits)
        var documentPart = "word/document.xml"
        if let rels = try Self.relationships(&archive, "_rels/.rels", base: "", path: path),
            let main = rels["officeDocument"], archive.entry(named: main) != nil
        {
            documentPart = main
        }
        guard archive.entry(named: documentPart) != nil else {
            throw QRLintError(.input, Self.missingDocumentMessage(archive, path))
        }
        self.documentPart = documentPart
        let directory = documentPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart =
            (directory.isEmpty ? "" : directory + "/") + "_rels/"
            + (documentPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        related = try Self.relationships(&archive, relsPart, base: directory, path: path) ?? [:]
        for (type, name) in [("styles", "styles.xml"), ("numbering", "numbering.xml"), ("comments", "comments.xml")]
        where related[type] == nil {
            related[type] = (directory.isEmpty ? "" : directory + "/") + name
        }
    }

    /// The main document's XML.
    mutating func document() throws(QRLintError) -> DocxXMLTree {
        guard let tree = try parse(documentPart) else {
            throw QRLintError(.input, "\(path)：不是 Word 文档（压缩包中没有 \(documentPart)）")
        }
        return tree
    }

    /// A related part ("styles", "numbering", "comments"), nil when the package has none.
    mutating func part(_ type: String) throws(QRLintError) -> DocxXMLTree? {
        guard let name = related[type] else { return nil }
        return try parse(name)
    }

    private mutating func parse(_ name: String) throws(QRLintError) -> DocxXMLTree? {
        guard let bytes = try archive.extract(name) else { return nil }
        return try DocxXMLParser.parse(bytes, part: name, path: path, textElements: ["t", "instrText"])
    }

    /// Relationship type (its last path component: "officeDocument", "styles") → part name.
    private static func relationships(
        _ archive: inout ZipArchive, _ part: String, base: String, path: String
    ) throws(QRLintError) -> [String: String]? {
        guard let bytes = try archive.extract(part) else { return nil }
        let tree = try DocxXMLParser.parse(bytes, part: part, path: path, textElements: [])
        guard let root = tree.root else { return nil }
        var found: [String: String] = [:]
        for node in tree.children(root, "Relationship") {
            guard let type = tree.attribute(node, "Type"), let target = tree.attribute(node, "Target"),
                tree.attribute(node, "TargetMode") != "External"
            else { continue }
            let key = String(type.split(separator: "/").last ?? "")
            if found[key] == nil { found[key] = resolve(target, base: base) }
        }
        return found
    }

    /// A relationship target relative to the folder of the part that names it ("/word/x.xml" is absolute).
    static func resolve(_ target: String, base: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    private static func missingDocumentMessage(_ archive: ZipArchive, _ path: String) -> String {
        if archive.entry(named: "xl/workbook.xml") != nil {
            return "\(path)：这是 Excel 文件，不是 Word 文档"
        }
        if archive.entry(named: "ppt/presentation.xml") != nil {
            return "\(path)：这是 PowerPoint 文件，不是 Word 文档"
        }
        if archive.entry(named: "content.xml") != nil {
            return "\(path)：这是 OpenDocument（.odt）文件；请另存为 .docx 后再检查"
        }
        return "\(path)：不是 Word 文档（压缩包中没有 word/document.xml）"
    }
}
