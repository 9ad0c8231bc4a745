/// One XML part of a `.docx`, as a flat tree: elements in document order, children by index.
///
/// Element names are local names for the WordprocessingML and package-relationship namespaces ("p", "t",
/// "Relationship"); elements of any other namespace (drawings, math, markup compatibility) get a "~" in
/// front, so a walker that asks for "p" or "t" never wanders into a picture's text box by accident.
/// Attributes are keyed by local name ("val" for `w:val`).
struct DocxXMLTree: Sendable {
    struct Node: Sendable {
        var name: String
        var attributes: [String: String]
        var children: [Int]
        /// Character data, kept only for the elements the parser was asked to keep it for (`w:t` …).
        var text: String
    }

    var nodes: [Node]

    /// The document element (nil for an empty tree).
    var root: Int? { nodes.isEmpty ? nil : 0 }

    func name(_ node: Int) -> String { nodes[node].name }

    func children(_ node: Int) -> [Int] { nodes[node].children }

    func attribute(_ node: Int, _ name: String) -> String? { nodes[node].attributes[name] }

    func text(_ node: Int) -> String { nodes[node].text }

    /// The first child with this name.
    func child(_ node: Int, _ name: String) -> Int? {
        nodes[node].children.first { nodes[$0].name == name }
    }

    /// Children with this name, in order.
    func children(_ node: Int, _ name: String) -> [Int] {
        nodes[node].children.filter { nodes[$0].name == name }
    }

    /// `w:val` of the named child ("pStyle" → the style id), the common shape of a Word property.
    func childValue(_ node: Int, _ name: String) -> String? {
        child(node, name).flatMap { attribute($0, "val") }
    }

    /// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): nil when absent.
    func flag(_ node: Int, _ name: String) -> Bool? {
        guard let property = child(node, name) else { return nil }
        switch attribute(property, "val") {
        case "0", "false", "off": return false
        default: return true
        }
    }

    /// An integer `w:val` of the named child.
    func intValue(_ node: Int, _ name: String) -> Int? {
        childValue(node, name).flatMap { Int($0) }
    }
}
