import QRLintCore

/// The comparable start of every text block (paragraph, heading with its number, caption line), to find a
/// title the readers did not recognise as a heading or caption ("挑战1：生源存在紧缺问题。……" in a paragraph).
/// Built on first use: most drafts have no list entry left unmatched, and then it is never asked.
final class BlockPrefixes {
    private let document: Document
    /// Per block: the comparable text of its first `limit` scalars (empty for tables and TOC entries).
    private lazy var prefixes: [[Unicode.Scalar]] = Self.prefixes(of: document)
    static let limit = 120

    init(document: Document) {
        self.document = document
    }

    private static func prefixes(of document: Document) -> [[Unicode.Scalar]] {
        document.blocks.map { block in
            switch block {
            case .paragraph(let p): ComparableText.of(p.text.scalars.prefix(Self.limit))
            case .heading(let h):
                ComparableText.of(Array((h.number?.text ?? "").unicodeScalars) + h.title.scalars.prefix(Self.limit))
            case .caption(let c):
                ComparableText.of(document.source.scalars[c.span.range].prefix(Self.limit))
            default: []
            }
        }
    }

    /// Whether a block after `after` starts with the comparable text `title` (at least four scalars).
    func someBlock(after: Int, startsWith title: [Unicode.Scalar]) -> Bool {
        guard title.count >= 4 else { return false }
        let needle = Array(title.prefix(Self.limit))
        for index in (after + 1)..<max(after + 1, prefixes.count) where ScalarRun.hasPrefix(prefixes[index], needle) {
            return true
        }
        return false
    }
}
