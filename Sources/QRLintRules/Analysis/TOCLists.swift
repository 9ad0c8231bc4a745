import QRLintCore

/// The tables of contents of a document: 目录 (headings) and 图目录 / 表目录 / 案例目录 (captions), each with
/// the entries the reader found under its heading.
public struct TOCLists: Sendable {
    public enum Kind: Sendable, Hashable {
        /// 目录: lists headings.
        case contents
        /// 图目录, 表目录, 案例目录, 图表目录: lists captions of the given kinds (one or two, each once; a list,
        /// not a set: a set of kinds made the runtime scan every conformance record for the kind's, once per run).
        case captions([CaptionText.Kind])
    }

    public struct List: Sendable {
        public var kind: Kind
        /// The list's own heading ("图目录").
        public var heading: Heading
        public var headingBlock: Int
        /// Entries with their block indices, in order.
        public var entries: [(entry: TOCEntry, block: Int)]
        /// "目录", "图目录" as written (normalised).
        public var name: String
    }

    public let lists: [List]

    private static let kinds: [String: Kind] = [
        "目录": .contents, "目次": .contents, "图目录": .captions([.figure]), "插图目录": .captions([.figure]),
        "表目录": .captions([.table]), "表格目录": .captions([.table]), "案例目录": .captions([.caseStudy]),
        "典型案例目录": .captions([.caseStudy]), "图表目录": .captions([.figure, .table]),
        "附表目录": .captions([.appendixTable]),
    ]

    /// A list's entries are the TOC entries in its heading's body (up to the next heading of any level).
    public init(document: Document, outline: Outline) {
        var lists: [List] = []
        // The headings are read from the outline, in place: walking every block and binding every heading
        // copied each one (its arrays and strings retained and released).
        let sections = outline.sections
        let blocks = document.blocks
        for section in sections.indices {
            // A numbered heading is never a list's: its title is not folded and looked up.
            guard sections[section].numberStyle == nil,
                Self.mayName(sections[section].heading.title.scalars)
            else { continue }
            let name = ComparableText.string(sections[section].heading.title.scalars)
            guard let kind = Self.kinds[name] else { continue }
            var entries: [(entry: TOCEntry, block: Int)] = []
            // Room for every block of the body up front: a 目录 of hundreds of lines grew its list a dozen times.
            entries.reserveCapacity(sections[section].body.count)
            for index in sections[section].body {
                if case .tocEntry(let entry) = blocks[index] { entries.append((entry, index)) }
            }
            lists.append(
                List(
                    kind: kind, heading: sections[section].heading, headingBlock: sections[section].blockIndex,
                    entries: entries, name: name))
        }
        self.lists = lists
    }

    /// Whether a title's comparable text may be one of `kinds`: at most six scalars, ending in 录 or 次. Checked
    /// without folding the whole title into a string (every unnumbered heading is asked).
    private static func mayName(_ title: [Unicode.Scalar]) -> Bool {
        var kept = 0
        var last: Unicode.Scalar?
        for scalar in title {
            guard let folded = ComparableText.fold(scalar) else { continue }
            kept += 1
            if kept > 6 { return false }
            last = folded
        }
        return last == "录" || last == "次"
    }

    /// The 目录 (the first one, when a draft carries two).
    public var contents: List? { lists.first { $0.kind == .contents } }

    /// The lists of captions.
    public var captionLists: [List] { lists.filter { $0.kind != .contents } }
}
