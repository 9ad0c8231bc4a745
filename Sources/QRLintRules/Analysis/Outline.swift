import QRLintCore

/// The section tree of a document, built from its headings.
public struct Outline: Sendable {
    /// Plain data but for four references (the heading's block, the children, the title key, the label): a copy
    /// of a section retains those, not the heading's number, title and segments.
    public struct Section: Sendable {
        /// The title through `TitleText.normalize`, kept as a key: titles are compared with template titles
        /// through it, without hashing or comparing strings. The first stored property, so that it sits at the
        /// start of a section (`titleKey(_:_:)` reads it there; a test checks the offset).
        var titleKey: TitleKey

        /// The heading's block, shared with the document.
        fileprivate let block: Block
        /// Index of the heading in `Document.blocks`.
        public var blockIndex: Int
        public var parent: Int?
        public var children: [Int]
        /// Blocks after the heading up to the next heading of any level.
        public var body: Range<Int>
        /// Blocks after the heading up to the next heading of the same or a higher level.
        public var extent: Range<Int>
        public let level: Int
        /// The style of the heading's number; nil when it has none.
        public var numberStyle: HeadingNumber.Style? { numberFacts.style }
        public var isNumbered: Bool { numberFacts.style != nil }
        /// The heading's span: sections are looked up by offset for every finding.
        public let span: Span

        /// The title through `TitleText.normalize`.
        public var normalizedTitle: String { titleKey.string }

        /// Section `index`'s title key, in place in `sections`' buffer (a key passed by value was retained). At
        /// offset 0: an offset computed once in a `static let` cost a `swift_once` call on every look-up.
        @inline(__always)
        static func titleKey(_ sections: UnsafeBufferPointer<Section>, _ index: Int) -> UnsafePointer<TitleKey> {
            precondition(sections.indices.contains(index))
            return UnsafeRawPointer(sections.baseAddress! + index).assumingMemoryBound(to: TitleKey.self)
        }

        /// "2.1 立德树人", as shown in section paths. Built on each call: `Outline.label(ofSection:)` keeps them.
        public var label: String { Self.label(of: heading) }

        /// The heading number's depth, last component and packing, read without copying the number.
        var numberFacts: HeadingNumberFacts

        /// The first scalar of the title's `ComparableText` (nil when it is empty): the 目录 check pairs entries
        /// with headings by it, and reading it here spares a walk to every heading's title there.
        let firstComparable: Unicode.Scalar?

        public var heading: Heading {
            guard case .heading(let heading) = block else { preconditionFailure("a section's block is a heading") }
            return heading
        }
        public var title: String { heading.title.string }

        init(block: Block, heading: HeadingFacts, blockIndex: Int, parent: Int?) {
            self.block = block
            self.blockIndex = blockIndex
            self.parent = parent
            children = []
            body = (blockIndex + 1)..<(blockIndex + 1)
            extent = body
            level = heading.level
            span = heading.span
            titleKey = heading.titleKey
            numberFacts = heading.numberFacts
            firstComparable = heading.firstComparable
        }

        static func label(of heading: Heading) -> String {
            guard let number = heading.number else { return heading.title.string }
            return heading.title.scalars.withUnsafeBufferPointer { title in
                label(number: number.text, arabic: number.style == .arabic, title: title)
            }
        }

        /// `label(of:)` of the heading in `block`, read in place as `HeadingFacts` reads it (binding the heading
        /// copied it).
        static func label(ofHeadingIn block: borrowing Block) -> String {
            let title = HeadingFacts.titleScalars(block)
            guard let number = HeadingFacts.numberText(block) else { return String(scalars: title) }
            return label(number: number, arabic: HeadingFacts.numberStyle(block) == .arabic, title: title)
        }

        /// Encoded into one allocation: concatenating non-ASCII strings cost more than the encoding.
        private static func label(number: String, arabic: Bool, title: UnsafeBufferPointer<Unicode.Scalar>) -> String {
            var numberText = number
            let separator = arabic ? 1 : 0
            return numberText.withUTF8 { prefix in
                let capacity = prefix.count + separator + ScalarUTF8.length(of: title)
                return String(unsafeUninitializedCapacity: capacity) { buffer in
                    var i = 0
                    for byte in prefix {
                        buffer[i] = byte
                        i += 1
                    }
                    if separator == 1 {
                        buffer[i] = 0x20
                        i += 1
                    }
                    return ScalarUTF8.write(title, into: buffer, at: i)
                }
            }
        }
    }

    /// What a section keeps of its heading, read from the heading's block in place. Binding the heading to
    /// pass it on copied it (its number's array and string and its title's array retained, then released), for
    /// every heading; so did reading two fields of its number in one binding. Each read below binds the heading
    /// for one value and returns plain data or the title's array, and nothing is copied but that array.
    struct HeadingFacts {
        var level: Int
        var span: Span
        var titleKey: TitleKey
        var numberFacts: HeadingNumberFacts
        var firstComparable: Unicode.Scalar?

        /// nil when `block` is not a heading.
        @inline(__always)
        init?(_ block: borrowing Block) {
            guard let (level, span) = Self.levelAndSpan(block) else { return nil }
            self.level = level
            self.span = span
            numberFacts = HeadingNumberFacts(style: Self.numberStyle(block), components: Self.components(block))
            var first: Unicode.Scalar?
            for scalar in Self.titleScalars(block) {
                if let kept = ComparableText.fold(scalar) {
                    first = kept
                    break
                }
            }
            firstComparable = first
            // The title's array handed on: most titles have nothing to drop and the key keeps that array.
            titleKey = TitleKey(TitleText.normalizedScalars(Self.title(block)))
        }

        @inline(__always)
        private static func levelAndSpan(_ block: borrowing Block) -> (Int, Span)? {
            switch block {
            case .heading(let heading): (heading.level, heading.span)
            case .paragraph, .table, .caption, .tocEntry, .comment: nil
            }
        }

        @inline(__always)
        fileprivate static func numberStyle(_ block: borrowing Block) -> HeadingNumber.Style? {
            switch block {
            case .heading(let heading): heading.number?.style
            case .paragraph, .table, .caption, .tocEntry, .comment: nil
            }
        }

        /// The number's components in place, valid while the block lives (empty without a number).
        @inline(__always)
        private static func components(_ block: borrowing Block) -> UnsafeBufferPointer<Int> {
            switch block {
            case .heading(let heading):
                heading.number?.components.withUnsafeBufferPointer { $0 } ?? UnsafeBufferPointer(start: nil, count: 0)
            case .paragraph, .table, .caption, .tocEntry, .comment: UnsafeBufferPointer(start: nil, count: 0)
            }
        }

        @inline(__always)
        private static func title(_ block: borrowing Block) -> [Unicode.Scalar] {
            switch block {
            case .heading(let heading): heading.title.scalars
            case .paragraph, .table, .caption, .tocEntry, .comment: []
            }
        }

        /// The title's scalars in place, valid while the block lives.
        @inline(__always)
        fileprivate static func titleScalars(_ block: borrowing Block) -> UnsafeBufferPointer<Unicode.Scalar> {
            switch block {
            case .heading(let heading): heading.title.scalars.withUnsafeBufferPointer { $0 }
            case .paragraph, .table, .caption, .tocEntry, .comment: UnsafeBufferPointer(start: nil, count: 0)
            }
        }

        /// The number as written; nil without a number.
        @inline(__always)
        fileprivate static func numberText(_ block: borrowing Block) -> String? {
            switch block {
            case .heading(let heading): heading.number?.text
            case .paragraph, .table, .caption, .tocEntry, .comment: nil
            }
        }
    }

    /// In document order.
    public let sections: [Section]
    /// The heading level that holds the chapters (1 in most drafts; 2 when a Markdown draft puts the report
    /// title in `#`).
    public let chapterLevel: Int
    /// Indices into `sections` of the chapters, in document order (front matter excluded).
    public let chapters: [Int]
    /// Labels of the sections that findings name, built when first asked.
    private let labels: SectionLabels

    /// - Parameter knownTitles: normalised chapter titles and aliases of every template, to tell the chapter
    ///   level from a title level.
    public init(document: Document, knownTitles: Set<String>) {
        let sections = Self.sections(of: document)
        self.sections = sections
        labels = SectionLabels(count: sections.count)
        // Known titles are looked up only for unnumbered headings: keyed on first use.
        var known: TitleTable?
        func isKnown(_ section: Int) -> Bool {
            if known == nil {
                var table = TitleTable()
                for title in knownTitles { table.insert(TitleKey(title), mask: 1) }
                known = table
            }
            return sections.withUnsafeBufferPointer { known!.mask(Section.titleKey($0, section)) } != 0
        }
        func likelyChapter(_ section: Int) -> Bool { sections[section].isNumbered || isKnown(section) }
        // The shallowest level with a heading that looks like a chapter (numbered, or a known chapter title);
        // the shallowest level of all when none does. A report title in `#` above `## 1 学校概况` is neither.
        // Few distinct levels: a short array, not a set of every heading's level.
        var levels: [Int] = []
        for index in sections.indices where !levels.contains(sections[index].level) {
            levels.append(sections[index].level)
        }
        levels.sort()
        let level =
            levels.first { level in sections.indices.contains { sections[$0].level == level && likelyChapter($0) } }
            ?? levels.first ?? 1
        self.chapterLevel = level
        // At the chapter level, numbered headings and known chapter titles are chapters; an unnumbered heading
        // among them is the report title or an appendix. A draft with no numbers at all: every heading there.
        let atLevel = sections.indices.filter {
            sections[$0].level == level
                && !(!sections[$0].isNumbered && FrontMatter.titleTable.mask(sections[$0].titleKey) != 0)
        }
        let likely = atLevel.filter { likelyChapter($0) }
        self.chapters = likely.isEmpty ? atLevel : likely
    }

    /// The sections in document order, with parents, children, bodies and extents.
    private static func sections(of document: Document) -> [Section] {
        var sections: [Section] = []
        var headings = 0
        // `blocks[index]` is matched in place: `for block in blocks` copied every block.
        let blocks = document.blocks
        for index in blocks.indices { if case .heading = blocks[index] { headings += 1 } }
        sections.reserveCapacity(headings)
        var stack: [Int] = []
        var childCounts = [Int](repeating: 0, count: headings)
        for index in blocks.indices {
            guard let heading = HeadingFacts(blocks[index]) else { continue }
            while let top = stack.last, sections[top].level >= heading.level { stack.removeLast() }
            let parent = stack.last
            sections.append(Section(block: blocks[index], heading: heading, blockIndex: index, parent: parent))
            if let parent { childCounts[parent] += 1 }
            stack.append(sections.count - 1)
        }
        // Children appended once their number is known: growing each list as it filled reallocated it.
        for i in sections.indices where childCounts[i] > 0 { sections[i].children.reserveCapacity(childCounts[i]) }
        for i in sections.indices {
            if let parent = sections[i].parent { sections[parent].children.append(i) }
        }
        let blockCount = document.blocks.count
        for i in sections.indices {
            let start = sections[i].blockIndex + 1
            let nextAny = i + 1 < sections.count ? sections[i + 1].blockIndex : blockCount
            var nextSameOrHigher = blockCount
            let level = sections[i].level
            for j in (i + 1)..<sections.count where sections[j].level <= level {
                nextSameOrHigher = sections[j].blockIndex
                break
            }
            sections[i].body = start..<max(start, nextAny)
            sections[i].extent = start..<max(start, nextSameOrHigher)
        }
        return sections
    }

    /// Section `index`'s `label`, built once.
    public func label(ofSection index: Int) -> String {
        // Through the buffer: `sections[index].label` copied the section first.
        labels.label(index) { sections.withUnsafeBufferPointer { Section.label(ofHeadingIn: $0[index].block) } }
    }

    /// Labels of the sections enclosing a source offset, outermost first.
    public func sectionPath(at offset: Int, in document: Document) -> [String] {
        sectionPath(ofSection: sectionIndex(at: offset))
    }

    /// The innermost section whose heading starts at or before a source offset (nil before the first).
    func sectionIndex(at offset: Int) -> Int? {
        var low = 0
        var high = sections.count - 1
        var found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if sections[mid].span.start <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    /// Labels of a section and its ancestors, outermost first. A report title above the chapters (`#` in
    /// Markdown) is not part of a section path. Counted first, then written into one array of that size
    /// (every finding asks for its path).
    func sectionPath(ofSection section: Int?) -> [String] {
        var depth = 0
        var current = section
        while let index = current, sections[index].level >= chapterLevel {
            depth += 1
            current = sections[index].parent
        }
        guard depth > 0 else { return [] }
        return [String](unsafeUninitializedCapacity: depth) { buffer, count in
            var slot = depth
            var current = section
            while slot > 0, let index = current {
                slot -= 1
                buffer.initializeElement(at: slot, to: label(ofSection: index))
                current = sections[index].parent
            }
            count = depth
        }
    }
}
