/// The text of each Word comment (`word/comments.xml`), by comment id: its paragraphs joined by spaces.
enum DocxComments {
    static func read(_ tree: DocxXMLTree) -> [String: String] {
        guard let root = tree.root else { return [:] }
        var comments: [String: String] = [:]
        for node in tree.children(root, "comment") {
            guard let id = tree.attribute(node, "id") else { continue }
            var paragraphs: [String] = []
            collectParagraphs(tree, node, into: &paragraphs)
            comments[id] = trimmed(paragraphs.joined(separator: " "))
        }
        return comments
    }

    private static func collectParagraphs(_ tree: DocxXMLTree, _ node: Int, into paragraphs: inout [String]) {
        for child in tree.children(node) {
            if tree.name(child) == "p" {
                var text = ""
                collectText(tree, child, into: &text)
                paragraphs.append(text)
            } else if tree.name(child) != "del" {
                collectParagraphs(tree, child, into: &paragraphs)
            }
        }
    }

    private static func collectText(_ tree: DocxXMLTree, _ node: Int, into text: inout String) {
        for child in tree.children(node) {
            switch tree.name(child) {
            case "t": text += tree.text(child)
            case "tab": text += " "
            case "del", "pPr", "rPr": continue
            default: collectText(tree, child, into: &text)
            }
        }
    }

    /// Without leading and trailing white space (ASCII, ideographic, no-break).
    private static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var lower = 0
        var upper = scalars.count
        while lower < upper, scalars[lower].isUnicodeWhitespace || scalars[lower] == "\u{FEFF}" { lower += 1 }
        while upper > lower, scalars[upper - 1].isUnicodeWhitespace { upper -= 1 }
        return String(scalars: scalars[lower..<upper])
    }
}
