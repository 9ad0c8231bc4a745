/// Each section's path, built the first time a finding in it asks: a file with thousands of findings has a
/// few hundred sections, and the findings of one section share one array.
struct SectionPaths {
    private let outline: Outline
    /// Index 0: before the first section; index `i + 1`: section `i`.
    private var paths: [[String]?]

    init(outline: Outline) {
        self.outline = outline
        paths = Array(repeating: nil, count: outline.sections.count + 1)
    }

    mutating func path(at offset: Int) -> [String] {
        let section = outline.sectionIndex(at: offset)
        let slot = section.map { $0 + 1 } ?? 0
        if let path = paths[slot] { return path }
        let path = outline.sectionPath(ofSection: section)
        paths[slot] = path
        return path
    }
}
