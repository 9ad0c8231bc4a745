import QRLintCore

/// The section tree of a document, built from its headings.
public struct Outline: Sendable {
    public struct Section: Sendable {
        public var heading: Heading
        /// Index of the heading in `Document.blocks`.
        public var blockIndex: Int
        public var parent: Int?
        public var children: [Int]
        /// Blocks after the heading up to the next heading of any level.
        public var body: Range<Int>
        /// Blocks after the heading up to the next heading of the same or a higher level.
        public var extent: Range<Int>

        /// The title through `TitleText.normalize`, computed once.
        public var normalizedTitle: String

        /// "2.1 立德树人", as shown in section paths; computed once, since every finding names its sections.
        public var label: String

        public var level: Int { heading.level }
        public var title: String { heading.title.string }

        static func label(of heading: Heading) -> String {
            let title = heading.title.string
            if let number = heading.number { return number.text + (number.style == .arabic ? " " : "") + title }
            return title
        }
    }

    /// In document order.
    public let sections: [Section]
    /// The heading level that holds the chapters (1 in most drafts; 2 when a Markdown draft puts the report
    /// title in `#`).
    public let chapterLevel: Int
    /// Indices into `sections` of the chapters, in document order (front matter excluded).
    public let chapters: [Int]

    /// - Parameter knownTitles: normalised chapter titles and aliases of every template, to tell the chapter
    ///   level from a title level.
    public init(document: Document, knownTitles: Set<String>) {
        var sections: [Section] = []
        var stack: [Int] = []
        for (index, block) in document.blocks.enumerated() {
            guard case .heading(let heading) = block else { continue }
            while let top = stack.last, sections[top].level >= heading.level { stack.removeLast() }
            let parent = stack.last
            let section = Section(
                heading: heading, blockIndex: index, parent: parent, children: [], body: (index + 1)..<(index + 1),
                extent: (index + 1)..<(index + 1), normalizedTitle: TitleText.normalize(heading.title.scalars),
                label: Section.label(of: heading))
            sections.append(section)
            if let parent { sections[parent].children.append(sections.count - 1) }
            stack.append(sections.count - 1)
        }
        let blockCount = document.blocks.count
        for i in sections.indices {
            let start = sections[i].blockIndex + 1
            let nextAny = i + 1 < sections.count ? sections[i + 1].blockIndex : blockCount
            var nextSameOrHigher = blockCount
            for j in (i + 1)..<sections.count where sections[j].level <= sections[i].level {
                nextSameOrHigher = sections[j].blockIndex
                break
            }
            sections[i].body = start..<max(start, nextAny)
            sections[i].extent = start..<max(start, nextSameOrHigher)
        }
        self.sections = sections
        let level = Self.chapterLevel(sections, knownTitles: knownTitles)
        self.chapterLevel = level
        // At the chapter level, numbered headings and known chapter titles are chapters; an unnumbered heading
        // among them is the report title or an appendix. A draft with no numbers at all: every heading there.
        let atLevel = sections.indices.filter {
            sections[$0].level == level && !(sections[$0].heading.number == nil && FrontMatter.titles.contains(sections[$0].normalizedTitle))
        }
        let likely = atLevel.filter {
            sections[$0].heading.number != nil || knownTitles.contains(sections[$0].normalizedTitle)
        }
        self.chapters = likely.isEmpty ? atLevel : likely
    }

    /// The shallowest level with a heading that looks like a chapter (numbered, or a known chapter title);
    /// the shallowest level of all when none does. A report title in `#` above `## 1 学校概况` is neither.
    private static func chapterLevel(_ sections: [Section], knownTitles: Set<String>) -> Int {
        let levels = Set(sections.map(\.level)).sorted()
        for level in levels {
            let candidates = sections.filter { section in
                section.level == level
                    && (section.heading.number != nil || knownTitles.contains(section.normalizedTitle))
            }
            if !candidates.isEmpty { return level }
        }
        return levels.first ?? 1
    }

    /// Labels of the sections enclosing a source offset, outermost first.
    public func sectionPath(at offset: Int, in document: Document) -> [String] {
        // The innermost section whose heading starts at or before the offset, then its ancestors.
        var low = 0
        var high = sections.count - 1
        var found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if sections[mid].heading.span.start <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        var path: [String] = []
        var current = found
        // A report title above the chapters (`#` in Markdown) is not part of a section path.
        while let index = current, sections[index].level >= chapterLevel {
            path.append(sections[index].label)
            current = sections[index].parent
        }
        return path.reversed()
    }
}
