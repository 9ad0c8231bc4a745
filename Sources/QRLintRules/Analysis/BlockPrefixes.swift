import QRLintCore

/// The comparable start of every text block (paragraph, heading with its number, caption line), to find a
/// title the readers did not recognise as a heading or caption ("挑战1：生源存在紧缺问题。……" in a paragraph).
/// Built on first use: most drafts have no list entry left unmatched, and then it is never asked.
final class BlockPrefixes {
    private let document: Document
    /// The text blocks by the first scalar of their comparable start, each list ascending. Only these few
    /// blocks are compared with a title, and each scalar by scalar, stopping at the first difference: folding
    /// the start of every block of a long draft up front was the slow part.
    private lazy var byFirst: [Unicode.Scalar: [Int]] = Self.blocksByFirst(self)
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

    private static func blocksByFirst(_ prefixes: BlockPrefixes) -> [Unicode.Scalar: [Int]] {
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for index in prefixes.document.blocks.indices {
            guard let raw = prefixes.rawStart(index),
                let first = raw.lazy.compactMap(ComparableText.fold).first
            else { continue }
            byFirst[first, default: []].append(index)
        }
        return byFirst
    }

    /// Whether a block after `after` starts with the comparable text `title` (at least four scalars).
    func someBlock(after: Int, startsWith title: [Unicode.Scalar]) -> Bool {
        guard title.count >= 4 else { return false }
        let needle = title.prefix(Self.limit)
        for index in byFirst[needle[0]] ?? [] where index > after {
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
