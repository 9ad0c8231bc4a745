/// What a reader makes of an input: blocks in document order, each mapped back to its source.
public struct Document: Sendable {
    public let source: SourceText
    public let format: Format
    public let blocks: [Block]

    public enum Format: String, Sendable, Codable {
        case markdown
        case text
        case docx
        case pdf
    }

    public init(source: SourceText, format: Format, blocks: [Block]) {
        self.source = source
        self.format = format
        self.blocks = blocks
    }
}

public indirect enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    case caption(Caption)
    case tocEntry(TOCEntry)
    case comment(Comment)

    public var span: Span {
        switch self {
        case .heading(let h): h.span
        case .paragraph(let p): p.span
        case .table(let t): t.span
        case .caption(let c): c.span
        case .tocEntry(let e): e.span
        case .comment(let c): c.span
        }
    }
}

public struct Heading: Sendable, Hashable {
    /// 1 = chapter. Markdown: the number of `#`; text: from the numbering scheme (see `Outline`).
    public var level: Int
    // Spelled out on purpose: a stored `T?` property starts as nil before the initializer runs, and once the
    // initializer is inlined into another module every heading was built twice, one copy then destroyed.
    public var number: Optional<HeadingNumber>
    /// The title without its number.
    public var title: MappedText
    public var span: Span

    public init(level: Int, number: HeadingNumber?, title: MappedText, span: Span) {
        self.level = level
        self.number = number
        self.title = title
        self.span = span
    }
}

/// The number in front of a heading, as written.
public struct HeadingNumber: Sendable, Hashable {
    public enum Style: String, Sendable, Codable {
        /// 1 · 1. · 1.2 · 1.2.3
        case arabic
        /// 一、
        case chinese
        /// （一）
        case parenthesizedChinese
        /// （1）
        case parenthesizedArabic
        /// 第一章 · 第一部分
        case chapter
    }

    public var style: Style
    public var components: [Int]
    /// The number as written, e.g. "1.2", "一、", "（三）".
    public var text: String
    public var span: Span

    public init(style: Style, components: [Int], text: String, span: Span) {
        self.style = style
        self.components = components
        self.text = text
        self.span = span
    }

    /// How deep this number nests within its own style ("1.2.3" → 3; every other style → 1).
    public var depth: Int { style == .arabic ? components.count : 1 }
}

public struct Paragraph: Sendable, Hashable {
    public var text: MappedText
    public var span: Span

    public init(text: MappedText, span: Span) {
        self.text = text
        self.span = span
    }
}

public struct Table: Sendable, Hashable {
    public var rows: [[TableCell]]
    public var span: Span

    public init(rows: [[TableCell]], span: Span) {
        self.rows = rows
        self.span = span
    }
}

public struct TableCell: Sendable, Hashable {
    public var text: MappedText

    public init(text: MappedText) {
        self.text = text
    }
}

/// "图1：学校大门", "表 2 学生情况统计表", "典型案例 3：…".
public struct Caption: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case figure
        case table
        case caseStudy
    }

    public var kind: Kind
    /// As written: "1", "2-1", "2.1".
    public var number: String
    public var title: MappedText
    public var span: Span

    public init(kind: Kind, number: String, title: MappedText, span: Span) {
        self.kind = kind
        self.number = number
        self.title = title
        self.span = span
    }
}

/// One line of a 目录 (or 图目录 / 表目录 / 案例目录): a title and the page it points at.
public struct TOCEntry: Sendable, Hashable {
    public var text: MappedText
    public var page: Optional<Int>  // spelled out: see `Heading.number`
    public var span: Span

    public init(text: MappedText, page: Int?, span: Span) {
        self.text = text
        self.page = page
        self.span = span
    }
}

/// An HTML comment in Markdown, a `qrlint:` line in text: kept for suppressions.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}
