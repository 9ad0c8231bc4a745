import QRLintCore

/// Where the front-matter parts of a report are: 年报公开形式及网址, 内容真实性责任声明, 前言, 目录 — each under
/// its own heading before the first chapter, or (publication form and statement) as a paragraph there.
public struct FrontMatterParts: Sendable {
    public typealias Item = FrontMatterRequirements.Item

    public struct Part: Sendable {
        public var item: Item
        /// The heading, or the paragraph that holds the part.
        public var span: Span
        /// The part's text blocks (paragraphs), in order.
        public var paragraphs: [MappedText]
    }

    /// By item, in the order of `Item.allCases`: a dictionary keyed by the item made the runtime scan every
    /// conformance record for the item's, once per run, to hold four parts.
    private let parts: [Part?]
    /// Block index of the first chapter (the end of the front matter).
    public let end: Int

    public init(document: Document, outline: Outline) {
        let end = outline.chapters.first.map { outline.sections[$0].blockIndex } ?? document.blocks.count
        self.end = end
        var parts = [Part?](repeating: nil, count: Item.allCases.count)
        // The sections before the first chapter, read in place by index (they come first, in document order):
        // `for section in outline.sections` copied every section of the report to look at a few.
        let sections = outline.sections
        for index in sections.indices {
            guard sections[index].blockIndex < end else { break }
            guard let item = Self.item(forHeading: ComparableText.string(sections[index].heading.title.scalars)),
                parts[Self.slot(item)] == nil
            else { continue }
            let paragraphs = document.blocks[sections[index].body].compactMap { block -> MappedText? in
                if case .paragraph(let p) = block { return p.text } else { return nil }
            }
            parts[Self.slot(item)] = Part(item: item, span: sections[index].span, paragraphs: paragraphs)
        }
        if document.blocks[0..<end].contains(where: { if case .tocEntry = $0 { true } else { false } }),
            parts[Self.slot(.toc)] == nil
        {
            parts[Self.slot(.toc)] = Part(item: .toc, span: Span(start: 0, end: 0), paragraphs: [])
        }
        for item in [Item.publication, .statement] where parts[Self.slot(item)] == nil {
            if let part = Self.paragraphPart(item, document: document, end: end) { parts[Self.slot(item)] = part }
        }
        self.parts = parts
    }

    public subscript(item: Item) -> Part? { parts[Self.slot(item)] }

    private static func slot(_ item: Item) -> Int {
        switch item {
        case .publication: 0
        case .statement: 1
        case .preface: 2
        case .toc: 3
        }
    }

    private static let prefaceTitles: Set<String> = ["前言", "序言", "引言", "卷首语", "序"]

    static func item(forHeading title: String) -> Item? {
        if title.containsText("公开形式") || title.containsText("公开方式") { return .publication }
        if title.containsText("责任声明") || title.containsText("真实性声明") || title == "声明" || title.containsText("真实性承诺") {
            return .statement
        }
        if prefaceTitles.contains(title) { return .preface }
        if title == "目录" || title == "目次" { return .toc }
        return nil
    }

    /// `item(forHeading:)` for a title given as a key, compared by scalars when it is stable (no string built).
    static func item(forComparable title: TitleKey) -> Item? {
        guard title.isStable else { return item(forHeading: title.string) }
        let s = title.scalars
        if ScalarRun.contains(s, Needles.publicationForm) || ScalarRun.contains(s, Needles.publicationWay) {
            return .publication
        }
        if ScalarRun.contains(s, Needles.statement) || ScalarRun.contains(s, Needles.truthStatement)
            || s == Needles.declaration || ScalarRun.contains(s, Needles.truthPledge)
        {
            return .statement
        }
        if Needles.prefaces.contains(s) { return .preface }
        if s == Needles.toc || s == Needles.tocAlternative { return .toc }
        return nil
    }

    /// The words of `item(forHeading:)` as scalars (all stable: scalar equality is string equality).
    private enum Needles {
        static let publicationForm = Array("公开形式".unicodeScalars)
        static let publicationWay = Array("公开方式".unicodeScalars)
        static let statement = Array("责任声明".unicodeScalars)
        static let truthStatement = Array("真实性声明".unicodeScalars)
        static let declaration = Array("声明".unicodeScalars)
        static let truthPledge = Array("真实性承诺".unicodeScalars)
        static let prefaces = prefaceTitles.map { Array($0.unicodeScalars) }
        static let toc = Array("目录".unicodeScalars)
        static let tocAlternative = Array("目次".unicodeScalars)
    }

    /// A part written as a paragraph without its own heading: "本报告公开形式为……网址为……", "学校对……的真实性、
    /// 完整性和准确性负责". The paragraph and the short lines after it (signature, date) up to a heading.
    private static func paragraphPart(_ item: Item, document: Document, end: Int) -> Part? {
        for index in 0..<end {
            guard case .paragraph(let paragraph) = document.blocks[index] else { continue }
            let text = ComparableText.string(paragraph.text.scalars)
            let matches =
                item == .publication
                ? text.containsText("公开形式") || text.containsText("公开方式")
                : text.containsText("真实性") && text.containsText("负责")
                    && (text.containsText("声明") || text.containsText("完整性") || text.containsText("准确性"))
            guard matches else { continue }
            var paragraphs = [paragraph.text]
            var next = index + 1
            while next < end, paragraphs.count < 6, case .paragraph(let following) = document.blocks[next] {
                paragraphs.append(following.text)
                next += 1
            }
            return Part(item: item, span: paragraph.span, paragraphs: paragraphs)
        }
        return nil
    }
}
