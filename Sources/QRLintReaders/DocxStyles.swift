/// What `word/styles.xml` says about each style: the facts the reader needs, through `w:basedOn`.
///
/// Style ids are not names: Chinese Word saves "Heading 1" with the id "1", LibreOffice as "Heading1".
/// Roles are decided from the style's `w:name` (built-in styles keep their English name in the file
/// whatever the UI language; WPS and hand-made styles may use the Chinese one) and from `w:outlineLvl`.
struct DocxStyles: Sendable {
    /// What a paragraph style makes of a paragraph.
    enum Role: Sendable, Hashable {
        case body
        /// Heading 1–9 by name (1-based level).
        case heading(Int)
        /// The report title (Title, Subtitle): body text for the outline.
        case title
        /// "TOC Heading", "目录标题": the 目录 title.
        case tocHeading
        /// "TOC 1", "目录 1", "Contents 1", "Table of Figures": a 目录 line.
        case toc
        case caption
    }

    struct Style: Sendable {
        var name: String
        var basedOn: String?
        /// `w:outlineLvl`, 0-based; 9 is body text.
        var outlineLevel: Int?
        var numbering: DocxNumberingReference?
        var bold: Bool?
    }

    var styles: [String: Style] = [:]
    /// The style of paragraphs without `w:pStyle` ("Normal").
    var defaultParagraphStyle: String?
    /// Each style's role, resolved once: paragraphs ask for it many times.
    private var roles: [String: Role] = [:]

    static let empty = DocxStyles()

    init() {}

    init(_ tree: DocxXMLTree) {
        guard let root = tree.root else { return }
        for node in tree.children(root, "style") {
            guard let id = tree.attribute(node, "styleId") else { continue }
            let properties = tree.child(node, "pPr")
            let runProperties = tree.child(node, "rPr")
            let style = Style(
                name: tree.childValue(node, "name") ?? id,
                basedOn: tree.childValue(node, "basedOn"),
                outlineLevel: properties.flatMap { tree.intValue($0, "outlineLvl") },
                numbering: properties.flatMap { DocxNumberingReference(tree, paragraphProperties: $0) },
                bold: runProperties.flatMap { tree.flag($0, "b") })
            if styles[id] == nil { styles[id] = style }
            let isDefault = tree.attribute(node, "default").map { $0 == "1" || $0 == "true" } ?? false
            if isDefault, tree.attribute(node, "type") == "paragraph", defaultParagraphStyle == nil {
                defaultParagraphStyle = id
            }
        }
        for id in styles.keys { roles[id] = resolveRole(id) }
    }

    /// The role of a paragraph style (computed once per style in `init`).
    func role(_ id: String?) -> Role {
        guard let id = id ?? defaultParagraphStyle else { return .body }
        return roles[id] ?? Self.role(named: id) ?? .body
    }

    /// From the first style along `basedOn` that has a telling name or an outline level. An id missing
    /// from styles.xml is judged by the id itself ("Heading1").
    private func resolveRole(_ id: String) -> Role {
        var seen = Set<String>()
        var current: String? = id
        while let styleID = current, seen.insert(styleID).inserted {
            guard let style = styles[styleID] else { return Self.role(named: styleID) ?? .body }
            if let role = Self.role(named: style.name) { return role }
            if let level = style.outlineLevel { return (0...8).contains(level) ? .heading(level + 1) : .body }
            current = style.basedOn
        }
        return .body
    }

    /// The numbering a style gives its paragraphs (`w:numPr` along `basedOn`), with the style it came from.
    func numbering(_ id: String?) -> (DocxNumberingReference, styleID: String)? {
        firstAlongBasedOn(id ?? defaultParagraphStyle) { style, styleID in style.numbering.map { ($0, styleID) } }
    }

    /// Whether a paragraph or character style makes its text bold.
    func isBold(_ id: String?) -> Bool {
        firstAlongBasedOn(id) { style, _ in style.bold } ?? false
    }

    private func firstAlongBasedOn<T>(_ id: String?, _ value: (Style, String) -> T?) -> T? {
        var seen = Set<String>()
        var current = id
        while let styleID = current, seen.insert(styleID).inserted, let style = styles[styleID] {
            if let found = value(style, styleID) { return found }
            current = style.basedOn
        }
        return nil
    }

    /// Roles by name, compared without case and spaces: "heading 1", "标题 1", "TOC 2", "目录 2", "Contents 3"
    /// (LibreOffice), "caption", "题注".
    static func role(named name: String) -> Role? {
        let key = String(
            String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }))
        switch key {
        case "title", "标题", "subtitle", "副标题": return .title
        case "tocheading", "toc标题", "目录标题", "contentsheading", "目录标题1": return .tocHeading
        case "caption", "题注": return .caption
        case "tableoffigures", "图表目录": return .toc
        default: break
        }
        for (prefix, role) in [("heading", 0), ("标题", 0), ("toc", 1), ("目录", 1), ("contents", 1)] {
            guard key.hasPrefix(prefix), let level = Int(key.dropFirst(prefix.count)), (1...10).contains(level)
            else { continue }
            if role == 0 { return level <= 9 ? .heading(level) : nil }
            return .toc
        }
        return nil
    }
}
