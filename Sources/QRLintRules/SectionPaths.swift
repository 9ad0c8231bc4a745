/// Each section's path, built the first time a finding in it asks: a file with thousands of findings has a
/// few hundred sections, and the findings of one section share one array.
struct SectionPaths {
    private let outline: Outline
    /// Index 0: before the first section; index `i + 1`: section `i`.
    private var paths: [[String]?]
    /// Where each section starts, apart: a binary search over the sections themselves touched a cache line
    /// per step, and each of thousands of findings searches.
    private let starts: [Int]

    init(outline: Outline) {
        self.outline = outline
        paths = Array(repeating: nil, count: outline.sections.count + 1)
        starts = outline.sections.withUnsafeBufferPointer { sections in
            sections.indices.map { sections[$0].span.start }
        }
    }

    mutating func path(at offset: Int) -> [String] {
        path(ofSection: sectionIndex(at: offset))
    }

    /// `Outline.sectionIndex(at:)`: the last section starting at or before `offset`.
    private func sectionIndex(at offset: Int) -> Int? {
        starts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low &+ high) >> 1
                if starts[mid] <= offset { low = mid &+ 1 } else { high = mid }
            }
            return low == 0 ? nil : low - 1
        }
    }

    /// A section's path is its parent's with its own label added (sections above the chapter level have
    /// none), so each path costs one array.
    private mutating func path(ofSection section: Int?) -> [String] {
        let slot = section.map { $0 + 1 } ?? 0
        if let path = paths[slot] { return path }
        var path: [String] = []
        if let index = section, outline.sections[index].level >= outline.chapterLevel {
            let parent = self.path(ofSection: outline.sections[index].parent)
            path.reserveCapacity(parent.count + 1)
            path.append(contentsOf: parent)
            path.append(outline.label(ofSection: index))
        }
        paths[slot] = path
        return path
    }
}
