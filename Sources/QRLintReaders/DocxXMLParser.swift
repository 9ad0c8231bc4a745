import Foundation
import QRLintCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses one XML part of a `.docx` into a `DocxXMLTree`, refusing anything that could make a parser
/// expand or fetch: a document with a DTD or entity declaration (`<!DOCTYPE`, `<!ENTITY`, any `<!` other
/// than a comment or CDATA) is rejected before parsing, so a billion-laughs part fails at once, and
/// external entities are never resolved. Word never writes a DTD.
enum DocxXMLParser {
    static let maxDepth = 256

    private static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/package/2006/relationships",
    ]

    /// - Parameters:
    ///   - part: the part's name in the archive, for messages.
    ///   - textElements: local names whose character data is kept ("t", "instrText").
    static func parse(
        _ bytes: [UInt8], part: String, path: String, textElements: Set<String>
    ) throws(QRLintError) -> DocxXMLTree {
        if let offset = declarationOffset(bytes) {
            throw QRLintError(.input, "\(path)：\(part) 含有 DTD 或实体声明（字节偏移 \(offset)），出于安全原因拒绝读取")
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder(textElements: textElements, namespaces: namespaces)
        parser.delegate = builder
        let ok = parser.parse()
        if builder.tooDeep {
            throw QRLintError(.input, "\(path)：\(part) 的元素嵌套超过 \(maxDepth) 层，拒绝读取")
        }
        // libxml2 recovers from errors and XMLParser may still report success: the delegate's own record
        // of an error, or an element left open, decides.
        guard ok, !builder.failed, builder.isComplete, !builder.nodes.isEmpty else {
            throw QRLintError(.input, "\(path)：\(part) 不是有效的 XML（第 \(parser.lineNumber) 行附近），文件已损坏")
        }
        return DocxXMLTree(nodes: builder.nodes)
    }

    /// The byte offset of the first `<!` that opens neither a comment nor a CDATA section.
    static func declarationOffset(_ bytes: [UInt8]) -> Int? {
        let comment: [UInt8] = Array("<!--".utf8)
        let cdata: [UInt8] = Array("<![CDATA[".utf8)
        var i = 0
        let count = bytes.count
        while i + 1 < count {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x21 {
                if !hasPrefix(bytes, i, comment), !hasPrefix(bytes, i, cdata) { return i }
                i += 2
                continue
            }
            i += 1
        }
        return nil
    }

    private static func hasPrefix(_ bytes: [UInt8], _ at: Int, _ prefix: [UInt8]) -> Bool {
        guard at + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[at + k] != prefix[k] { return false }
        return true
    }

    /// Attributes the reader looks at (local names); the rest (revision ids, widths, fonts) are dropped.
    static let keptAttributes: Set<String> = [
        "val", "styleId", "type", "default", "abstractNumId", "numId", "ilvl", "id", "fldCharType", "instr",
        "Type", "Target", "TargetMode",
    ]

    /// WordprocessingML elements that only format or draw: not kept, nor anything inside them. A Word
    /// file is mostly these; dropping them halves the time spent building the tree.
    static let ignoredElements: Set<String> = [
        "rFonts", "sz", "szCs", "lang", "color", "kern", "spacing", "ind", "jc", "bidi", "widowControl", "tcW", "tblW",
        "tblBorders", "tcBorders", "pBdr", "shd", "tblLayout", "tblCellMar", "tblInd", "tblLook", "noProof",
        "proofErr", "bookmarkStart", "bookmarkEnd", "lastRenderedPageBreak", "sectPr", "rsids", "drawing", "pict",
        "object", "del", "moveFrom", "delText", "tabs", "snapToGrid", "i", "iCs", "bCs", "u", "vertAlign",
        "highlight", "keepNext", "keepLines", "adjustRightInd", "autoSpaceDE", "autoSpaceDN", "textAlignment",
        "vAlign", "tcMar", "cantSplit", "trHeight", "rtl", "position", "latentStyles", "docDefaults", "suff", "lvlJc",
        "rsid", "framePr", "contextualSpacing", "mirrorIndents", "suppressAutoHyphens", "wordWrap", "overflowPunct",
        "topLinePunct", "kinsoku", "outline", "shadow", "emboss", "imprint", "vanish", "webHidden",
        "caps", "smallCaps", "strike", "dstrike", "eastAsianLayout", "fitText", "w", "effect", "em", "cs",
    ]

    /// The XMLParser delegate: one node per element, parents on a stack. Elements of other namespaces
    /// (drawings, math, markup compatibility) and ignored elements are skipped with everything inside.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var nodes: [DocxXMLTree.Node] = []
        var tooDeep = false
        var failed = false
        private var stack: [Int] = []
        /// Depth inside a skipped element (0 when not skipping).
        private var skipDepth = 0
        private let textElements: Set<String>
        private let namespaces: Set<String>
        /// The last namespace seen and whether it is known: elements mostly share one.
        private var lastNamespace = ""
        private var lastNamespaceKnown = false

        /// Every element opened was closed.
        var isComplete: Bool { stack.isEmpty && skipDepth == 0 }

        init(textElements: Set<String>, namespaces: Set<String>) {
            self.textElements = textElements
            self.namespaces = namespaces
        }

        private func isKnown(_ namespaceURI: String?) -> Bool {
            guard let namespaceURI else { return false }
            if namespaceURI != lastNamespace {
                lastNamespace = namespaceURI
                lastNamespaceKnown = namespaces.contains(namespaceURI)
            }
            return lastNamespaceKnown
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard stack.count + skipDepth < DocxXMLParser.maxDepth else {
                tooDeep = true
                parser.abortParsing()
                return
            }
            let known = isKnown(namespaceURI)
            // The document element is always kept, so an unknown namespace still yields a (empty) tree.
            if skipDepth > 0 || (!stack.isEmpty && (!known || DocxXMLParser.ignoredElements.contains(elementName))) {
                skipDepth += 1
                return
            }
            let index = nodes.count
            nodes.append(
                DocxXMLTree.Node(
                    name: known ? elementName : "~" + elementName, attributes: Self.kept(attributeDict), children: [],
                    text: ""))
            if let parent = stack.last { nodes[parent].children.append(index) }
            stack.append(index)
        }

        /// Keys arrive qualified ("w:val", "r:id"); kept by local name, Word's own winning a clash, else the
        /// smaller qualified name (so the result never depends on dictionary order).
        private static func kept(_ attributeDict: [String: String]) -> [String: String] {
            var attributes: [String: String] = [:]
            var chosenKeys: [String: String] = [:]
            for (key, value) in attributeDict {
                let local: String
                if let colon = key.firstIndex(of: ":") {
                    local = String(key[key.index(after: colon)...])
                } else {
                    local = key
                }
                guard DocxXMLParser.keptAttributes.contains(local) else { continue }
                if let chosen = chosenKeys[local] {
                    let chosenIsWord = chosen.hasPrefix("w:")
                    let keyIsWord = key.hasPrefix("w:")
                    guard keyIsWord && !chosenIsWord || keyIsWord == chosenIsWord && key < chosen else { continue }
                }
                chosenKeys[local] = key
                attributes[local] = value
            }
            return attributes
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if skipDepth > 0 {
                skipDepth -= 1
            } else if !stack.isEmpty {
                stack.removeLast()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard skipDepth == 0, let current = stack.last, textElements.contains(nodes[current].name) else { return }
            nodes[current].text += string
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            failed = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
            failed = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard skipDepth == 0, let current = stack.last, textElements.contains(nodes[current].name) else { return }
            nodes[current].text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
