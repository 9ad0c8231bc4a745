import QRLintCore

/// Every numbered caption of a document — 图 N, 表 N, 案例 N, 附表 N — in document order, with the part of
/// the report it sits in: the indicator tables after a 附表/附件 heading are numbered on their own.
public struct CaptionIndex: Sendable {
    public struct Entry: Sendable {
        public var kind: CaptionText.Kind
        public var number: [Int]
        /// The title without its number, trimmed.
        public var title: MappedText
        /// The whole caption line.
        public var span: Span
        public var blockIndex: Int
        /// After the appendix heading (附表 / 附件 / 附录).
        public var inAppendix: Bool
        /// Found in a paragraph by the rules (a caption the reader kept as text, e.g. one ending in 。).
        public var fromParagraph: Bool

        /// "图 3", "案例 2-1".
        public var label: String { CaptionText.label(kind, number) }
    }

    public let entries: [Entry]
    /// Block index of the heading that opens the appendix, if any.
    public let appendixStart: Int?

    /// - Parameter prose: the document's prose scan, whose shared buffer holds every paragraph's and heading's
    ///   text: the precheck reads it there in one pass instead of visiting each block.
    public init(document: Document, outline: Outline, prose: ProseScan) {
        // After the first chapter: a notice that publishes a report often starts with "附件".
        let firstChapter = outline.chapters.first.map { outline.sections[$0].blockIndex } ?? 0
        // By index: passing each section to the closure copied it.
        let sections = outline.sections
        let appendixHeading = sections.indices.first { index in
            sections[index].blockIndex > firstChapter && sections[index].level <= outline.chapterLevel
                && Self.opensAppendix(sections[index].heading.title.scalars)
        }.map { sections[$0].blockIndex }
        var entries: [Entry] = []
        var firstAppendixTable: Int?
        let blocks = document.blocks
        let units = prose.units
        // Every paragraph, heading and caption is a prose unit, in document order: the few that may start a
        // caption are found in the shared buffer, and only their blocks are read (reading every block's text
        // where it lives cost a cache miss per paragraph).
        let candidates: [Int] = prose.scalars.withUnits { texts in
            var candidates: [Int] = []
            for u in units.indices {
                switch units[u].kind {
                case .caption: candidates.append(u)
                case .paragraph where Self.mayStartCaption(texts[u]): candidates.append(u)
                case .heading where Self.mayStartCaption(texts[u], appendixOnly: true): candidates.append(u)
                case .paragraph, .heading, .tableCell: break
                }
            }
            return candidates
        }
        for u in candidates {
            let index = units[u].blockIndex
            var found: (CaptionText.Kind, [Int], MappedText, Span, Bool)?
            switch blocks[index] {
            case .caption(let caption):
                if let number = CaptionText.number(caption.number) {
                    found = (Self.kind(caption.kind), number, caption.title.trimmed(), caption.span, false)
                }
            case .paragraph(let paragraph):
                let text = paragraph.text.trimmed()
                if let parsed = CaptionText.parse(text.scalars, strict: true) {
                    found = (parsed.kind, parsed.number, text.slice(parsed.title), paragraph.span, true)
                }
            case .heading(let heading):
                let text = heading.title.trimmed()
                if let parsed = CaptionText.parse(text.scalars), parsed.kind == .appendixTable {
                    found = (parsed.kind, parsed.number, text.slice(parsed.title), heading.span, true)
                }
            default:
                break
            }
            guard let (kind, number, title, span, fromParagraph) = found, !Self.isContinuation(title.scalars) else {
                continue
            }
            if kind == .appendixTable, firstAppendixTable == nil, index > firstChapter { firstAppendixTable = index }
            entries.append(
                Entry(
                    kind: kind, number: number, title: title, span: span, blockIndex: index, inAppendix: false,
                    fromParagraph: fromParagraph))
        }
        let start = [appendixHeading, firstAppendixTable].compactMap { $0 }.min()
        if let start {
            for i in entries.indices where entries[i].blockIndex >= start { entries[i].inAppendix = true }
        }
        self.entries = entries
        self.appendixStart = start
        var numbered: [Int] = []
        var unpacked: [(CaptionText.Kind, [Int])] = []
        numbered.reserveCapacity(entries.count)
        for entry in entries {
            if let key = Self.key(entry.kind, entry.number) {
                numbered.append(key)
            } else {
                unpacked.append((entry.kind, entry.number))
            }
        }
        numbered.sort()
        self.numbered = numbered
        self.unpacked = unpacked
    }

    /// Every caption's kind and number as a packed key (see `key`), sorted, for `contains` (references ask it
    /// once each): a set of a kind-and-number struct hashed an array per caption, and its type made the runtime
    /// scan every conformance record once per run.
    private let numbered: [Int]
    /// The captions whose numbers do not pack (none that `CaptionText` parses: at most two parts of three digits).
    private let unpacked: [(CaptionText.Kind, [Int])]

    /// Kind and number in one integer, equal exactly when both are: the kind in the low three bits, then the
    /// count of parts, then each part in 20 bits. Nil for a number of more than two parts or a part out of range.
    private static func key(_ kind: CaptionText.Kind, _ number: [Int]) -> Int? {
        guard number.count <= 2, number.allSatisfy({ $0 >= 0 && $0 < 1 << 20 }) else { return nil }
        var packed = number.count
        for part in number { packed = packed << 20 | part }
        let kindIndex =
            switch kind {
            case .figure: 0
            case .table: 1
            case .caseStudy: 2
            case .appendixTable: 3
            }
        return packed << 3 | kindIndex
    }

    /// Whether `CaptionText.parse` may find a caption in text with these scalars (trimmed or not): after
    /// spaces and emphasis marks, and a bracket, one of the kinds' first scalars. Checked before the text is
    /// trimmed into a copy (every paragraph is asked).
    static func mayStartCaption<S: ScalarText>(_ s: S, appendixOnly: Bool = false) -> Bool {
        var i = 0
        // Most units start with an ideograph, which is no space or mark to skip: the first scalar decides, with
        // no look at its Unicode properties.
        if s.count > 0, (0x4E00...0x9FFF).contains(s[0].value) {
            return startsCaption(s[0], appendixOnly: appendixOnly)
        }
        while i < s.count, s[i].isUnicodeWhitespace || CaptionText.isSpace(s[i]) || s[i] == "*" || s[i] == "_" {
            i += 1
        }
        if i < s.count, s[i] == "【" || s[i] == "[" { i += 1 }
        guard i < s.count else { return false }
        return startsCaption(s[i], appendixOnly: appendixOnly)
    }

    /// Whether a caption's first word may start with `s`.
    private static func startsCaption(_ s: Unicode.Scalar, appendixOnly: Bool) -> Bool {
        switch s {
        case "附": true
        case "典", "案", "图", "表": !appendixOnly
        default: false
        }
    }

    /// The captions of one kind, in document order.
    public func of(_ kind: CaptionText.Kind) -> [Entry] { entries.filter { $0.kind == kind } }

    public func contains(_ kind: CaptionText.Kind, _ number: [Int]) -> Bool {
        guard let key = Self.key(kind, number) else { return unpacked.contains { $0.0 == kind && $0.1 == number } }
        return numbered.sortedIndex(of: key) != nil
    }

    /// "表 1（续）", "表 1 续表": the same table carried over a page, not a second 表 1.
    static func isContinuation(_ title: [Unicode.Scalar]) -> Bool {
        // Every form has 续: a title without it is not copied and searched (every caption is asked).
        guard title.contains("续") else { return false }
        let text = title.filter { !CaptionText.isSpace($0) }
        return ScalarRun.hasPrefix(text, ["续"]) || ScalarRun.hasPrefix(text, ["（", "续"])
            || ScalarRun.hasPrefix(text, ["(", "续"]) || ScalarRun.hasSuffix(text, ["（", "续", "）"])
            || ScalarRun.hasSuffix(text, ["(", "续", ")"]) || ScalarRun.hasSuffix(text, ["续", "表"])
    }

    static func kind(_ kind: Caption.Kind) -> CaptionText.Kind {
        switch kind {
        case .figure: .figure
        case .table: .table
        case .caseStudy: .caseStudy
        }
    }

    private static let appendixWords: [[Unicode.Scalar]] = ["附表", "附件", "附录"].map { Array($0.unicodeScalars) }

    /// "8 附表", "附件：指标表", "附录 2025 年度数据".
    static func opensAppendix(_ title: [Unicode.Scalar]) -> Bool {
        // Every word starts with 附: a title without it is not folded (most headings are asked).
        guard title.contains("附") else { return false }
        let comparable = ComparableText.of(title)
        var start = 0
        while start < comparable.count, comparable[start].properties.numericType != nil { start += 1 }
        let rest = Array(comparable[start...])
        return appendixWords.contains { ScalarRun.hasPrefix(rest, $0) }
    }
}
