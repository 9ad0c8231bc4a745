import QRLintCore

/// The tables of contents of a document: 目录 (headings) and 图目录 / 表目录 / 案例目录 (captions), each with
/// the entries the reader found under its heading.
public struct TOCLists: Sendable {
    public enum Kind: Sendable, Hashable {
        /// 目录: lists headings.
        case contents
        /// 图目录, 表目录, 案例目录, 图表目录: lists captions of the given kinds.
        case captions(Set<CaptionText.Kind>)
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

    public init(document: Document) {
        var lists: [List] = []
        var current: List?
        // Switching on `blocks[index]` binds the payload in place; `for block in blocks` copied every block, and
        // a heading is copied only when it names a list.
        let blocks = document.blocks
        for index in blocks.indices {
            switch blocks[index] {
            case .heading(let heading):
                if let list = current { lists.append(list) }
                current = nil
                // A numbered heading is never a list's: its title is not folded and looked up.
                guard heading.number == nil, Self.mayName(heading.title.scalars) else { continue }
                let name = ComparableText.string(heading.title.scalars)
                if let kind = Self.kinds[name] {
                    current = List(kind: kind, heading: heading, headingBlock: index, entries: [], name: name)
                }
            case .tocEntry(let entry):
                if current != nil { current!.entries.append((entry, index)) }
            default:
                break
            }
        }
        if let list = current { lists.append(list) }
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
