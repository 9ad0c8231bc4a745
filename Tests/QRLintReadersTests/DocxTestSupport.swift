import Foundation
import QRLintCore
import QRLintReaders
import QRLintTestSupport

/// Small `.docx` packages written in code: WordprocessingML snippets wrapped in the parts Word writes.
enum TestDocx {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
        """

    /// A package with `body` as the content of `w:body`; the other parts only when given.
    static func package(
        body: String, styles: String? = nil, numbering: String? = nil, comments: String? = nil,
        deflated: Bool = false
    ) -> [UInt8] {
        var zip = ZipWriter()
        var types =
            #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        types += #"<Default Extension="xml" ContentType="application/xml"/>"#
        zip.add(
            "[Content_Types].xml",
            #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                + types + "</Types>"
        )
        zip.add("_rels/.rels", relationships([("officeDocument", "word/document.xml")]))
        let document =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + "<w:document \(namespaces)><w:body>\(body)</w:body></w:document>"
        if deflated {
            zip.addDeflated("word/document.xml", Array(document.utf8))
        } else {
            zip.add("word/document.xml", document)
        }
        var related: [(String, String)] = []
        for (type, name, content) in [
            ("styles", "styles.xml", styles), ("numbering", "numbering.xml", numbering),
            ("comments", "comments.xml", comments),
        ] {
            guard let content else { continue }
            related.append((type, name))
            let root = type == "styles" ? "styles" : type
            zip.add("word/\(name)", #"<?xml version="1.0"?><w:\#(root) \#(namespaces)>\#(content)</w:\#(root)>"#)
        }
        zip.add("word/_rels/document.xml.rels", relationships(related))
        return zip.bytes()
    }

    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        var xml =
            #"<?xml version="1.0"?>"#
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (index, (type, target)) in targets.enumerated() {
            let typeURI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)"
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(typeURI)" Target="\#(target)"/>"#
        }
        return xml + "</Relationships>"
    }

    static func read(
        body: String, styles: String? = nil, numbering: String? = nil, comments: String? = nil
    ) throws -> Document {
        try DocxReader.read(
            bytes: package(body: body, styles: styles, numbering: numbering, comments: comments), path: "报告.docx")
    }

    // MARK: - Snippets

    /// A paragraph: `text` split into runs at "|", "\t" as `w:tab`, "\n" as `w:br`.
    static func p(_ text: String, style: String? = nil, numID: Int? = nil, level: Int? = nil, bold: Bool = false)
        -> String
    {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if numID != nil || level != nil {
            properties += "<w:numPr>"
            if let level { properties += #"<w:ilvl w:val="\#(level)"/>"# }
            if let numID { properties += #"<w:numId w:val="\#(numID)"/>"# }
            properties += "</w:numPr>"
        }
        let runProperties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        var runs = ""
        for piece in text.split(separator: "|", omittingEmptySubsequences: false) {
            var content = ""
            var chunk = ""
            func flush() {
                if !chunk.isEmpty { content += #"<w:t xml:space="preserve">\#(escape(chunk))</w:t>"# }
                chunk = ""
            }
            for character in piece {
                switch character {
                case "\t":
                    flush()
                    content += "<w:tab/>"
                case "\n":
                    flush()
                    content += "<w:br/>"
                default: chunk.append(character)
                }
            }
            flush()
            runs += "<w:r>\(runProperties)\(content)</w:r>"
        }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)\(runs)</w:p>"
    }

    /// A paragraph style with a name, optionally based on another, with an outline level or numbering.
    static func style(
        _ id: String, name: String, basedOn: String? = nil, outlineLevel: Int? = nil, numID: Int? = nil,
        level: Int? = nil, bold: Bool = false
    ) -> String {
        var pPr = ""
        if let numID {
            pPr +=
                "<w:numPr>" + (level.map { #"<w:ilvl w:val="\#($0)"/>"# } ?? "")
                + #"<w:numId w:val="\#(numID)"/></w:numPr>"#
        }
        if let outlineLevel { pPr += #"<w:outlineLvl w:val="\#(outlineLevel)"/>"# }
        var xml = #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
        if let basedOn { xml += #"<w:basedOn w:val="\#(basedOn)"/>"# }
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if bold { xml += "<w:rPr><w:b/></w:rPr>" }
        return xml + "</w:style>"
    }

    /// An abstract list with one `w:lvl` per (format, text) and the list instance `numID` using it.
    static func list(
        abstractID: Int, numID: Int, levels: [(format: String, text: String)], styles: [String?] = [],
        startOverrides: [Int: Int] = [:], extraNumIDs: [Int: [Int: Int]] = [:]
    ) -> String {
        var xml = #"<w:abstractNum w:abstractNumId="\#(abstractID)">"#
        for (index, level) in levels.enumerated() {
            xml += #"<w:lvl w:ilvl="\#(index)"><w:start w:val="1"/><w:numFmt w:val="\#(level.format)"/>"#
            if index < styles.count, let style = styles[index] { xml += #"<w:pStyle w:val="\#(style)"/>"# }
            xml += #"<w:lvlText w:val="\#(level.text)"/></w:lvl>"#
        }
        xml += "</w:abstractNum>"
        xml += instance(numID, abstractID: abstractID, startOverrides: startOverrides)
        for (extra, overrides) in extraNumIDs.sorted(by: { $0.key < $1.key }) {
            xml += instance(extra, abstractID: abstractID, startOverrides: overrides)
        }
        return xml
    }

    private static func instance(_ numID: Int, abstractID: Int, startOverrides: [Int: Int]) -> String {
        var xml = #"<w:num w:numId="\#(numID)"><w:abstractNumId w:val="\#(abstractID)"/>"#
        for (level, start) in startOverrides.sorted(by: { $0.key < $1.key }) {
            xml += #"<w:lvlOverride w:ilvl="\#(level)"><w:startOverride w:val="\#(start)"/></w:lvlOverride>"#
        }
        return xml + "</w:num>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
