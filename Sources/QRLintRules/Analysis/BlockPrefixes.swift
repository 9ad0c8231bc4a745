import QRLintCore

/// The comparable start of every text block (paragraph, heading with its number, caption line), to find a
/// title the readers did not recognise as a heading or caption ("挑战1：生源存在紧缺问题。……" in a paragraph).
/// Built on first use: most drafts have no list entry left unmatched, and then it is never asked.
final class BlockPrefixes {
    private let document: Document
    /// Per block: the first scalar of its comparable start, or `none` (tables, TOC entries, blocks with
    /// nothing comparable). Only the blocks that start like a title are compared with it, and each scalar by
    /// scalar, stopping at the first difference: folding the start of every block up front was the slow part.
    private lazy var firsts: [UInt32] = Self.firsts(of: document)
    private static let none = UInt32.max
    static let limit = 120

    init(document: Document) {
        self.document = document
    }

    /// The scalars of a block whose comparable text is its start, at most `limit` of the text (a heading's
    /// number comes before); nil for tables and TOC entries.
    private func rawStart(_ index: Int) -> ArraySlice<Unicode.Scalar>? {
        switch document.blocks[index] {
        case .paragraph(let p): p.text.scalars.prefix(Self.limit)
        case .heading(let h):
            ArraySlice(Array((h.number?.text ?? "").unicodeScalars) + h.title.scalars.prefix(Self.limit))
        case .caption(let c): document.source.scalars[c.span.range].prefix(Self.limit)
        default: nil
        }
    }

    private static func firsts(of document: Document) -> [UInt32] {
        document.blocks.map { block in
            switch block {
            case .paragraph(let p): firstFolded(p.text.scalars.prefix(limit))
            case .heading(let h): firstFolded(of: h)
            case .caption(let c): firstFolded(document.source.scalars[c.span.range].prefix(limit))
            default: none
            }
        }
    }

    /// The number comes before the title (and is not cut at `limit`).
    private static func firstFolded(of heading: Heading) -> UInt32 {
        let inNumber = heading.number.map { firstFolded($0.text.unicodeScalars) } ?? none
        return inNumber != none ? inNumber : firstFolded(heading.title.scalars.prefix(limit))
    }

    private static func firstFolded(_ raw: some Sequence<Unicode.Scalar>) -> UInt32 {
        for scalar in raw {
            if let kept = ComparableText.fold(scalar) { return kept.value }
        }
        return none
    }

    /// Whether a block after `after` starts with the comparable text `title` (at least four scalars).
    func someBlock(after: Int, startsWith title: [Unicode.Scalar]) -> Bool {
        guard title.count >= 4 else { return false }
        let needle = title.prefix(Self.limit)
        let first = needle[0].value
        let firsts = self.firsts
        for index in (after + 1)..<max(after + 1, firsts.count) where firsts[index] == first {
            if let raw = rawStart(index), Self.comparable(raw, startsWith: needle) { return true }
        }
        return false
    }

    /// Whether the comparable text of `raw` starts with the non-empty `needle`, folding no further than needed.
    private static func comparable(_ raw: ArraySlice<Unicode.Scalar>, startsWith needle: ArraySlice<Unicode.Scalar>)
        -> Bool
    {
        var k = needle.startIndex
        for scalar in raw {
            guard let kept = ComparableText.fold(scalar) else { continue }
            guard kept == needle[k] else { return false }
            k += 1
            if k == needle.endIndex { return true }
        }
        return false
    }
}
