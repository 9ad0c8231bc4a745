import QRLintCore

/// A quantity by its place: the paragraph (index into `NumberAnalysis.paragraphs`) and its index among the
/// paragraph's quantities.
public struct QuantityRef: Sendable, Hashable {
    public var paragraph: Int
    public var index: Int
}

/// A total and the parts the text lists for it: "共X，其中A、B、C", "A、B分别为…", "学历结构：…", "（含…）".
public struct PartSumClaim: Sendable {
    public enum Cue: String, Sendable {
        /// 其中
        case among
        /// 分别为
        case respectively
        /// 学历结构：/ 职称结构：
        case structure
        /// "获奖 10 项：一等奖 3 项…"
        case colon
        /// （含…）
        case includes
        /// "一等奖3项、二等奖6项、三等奖9项，共18项": the text adds the parts up itself.
        case statedSum
    }

    public var cue: Cue
    public var total: Quantity
    public var totalRef: QuantityRef?
    public var parts: [Quantity]
    public var partRefs: [QuantityRef]
    /// The partition family the part labels belong to, when they do.
    public var partition: PartitionMatch?

    /// The parts cannot overlap.
    public var disjoint: Bool { partition != nil || cue == .respectively || cue == .statedSum }
    /// The parts make the whole: their sum must equal the total.
    public var exhaustive: Bool {
        // "A、B共 X 人，分别为 a、b": the total is of exactly the items listed.
        if cue == .respectively || cue == .statedSum { return true }
        return partition?.complete ?? false
    }
    public var shortfallAllowed: Bool { partition?.shortfallAllowed ?? false }
}

/// "占…的 X%", "占比 X%": a part's share of a base.
public struct ShareClaim: Sendable {
    public var share: Quantity
    public var part: Quantity
    public var base: Quantity
}

/// "其余 X%": the rest of the shares stated before it.
public struct ComplementClaim: Sendable {
    public var rest: Quantity
    public var others: [Quantity]
}

/// "较上年增加 N 人", "同比增长 X%", "提高 X 个百分点".
public struct ChangeClaim: Sendable {
    public enum Direction: Sendable {
        case up
        case down
    }

    /// The value the change is about (this year's), when the sentence states it.
    public var current: Quantity
    public var change: Quantity
    public var direction: Direction
    /// The comparison word and verb as written ("同比上一年减少").
    public var wording: String
}

/// "A、B、C三个专业群", "从四个方面：一是…二是…": a stated count and the items listed.
public struct EnumerationClaim: Sendable {
    public var count: Quantity
    /// The block of the paragraph the count and its items are written in.
    public var block: Int
    /// The items, as scalar ranges of that paragraph's text: their strings and source spans are made only for a
    /// finding (a string and a span per item of every claim were allocations no message needed).
    public var items: [Range<Int>]
    /// The list ends with 等 ("A、B等三个"): fewer items than the count are fine.
    public var open: Bool
    /// For a "一是…二是…" list: the paragraph it starts in (it may go on in the paragraphs after).
    public var markerBlock: Int? = nil

    /// The text of each item, for messages.
    public func itemTexts(in document: Document) -> [String] {
        guard case .paragraph(let paragraph) = document.blocks[block] else { return [] }
        let scalars = paragraph.text.scalars
        return items.map { String(scalars: scalars[$0]) }
    }

    /// Where each item is written, for notes.
    public func itemSpans(in document: Document) -> [Span] {
        guard case .paragraph(let paragraph) = document.blocks[block] else { return [] }
        return items.map { paragraph.text.sourceSpan($0) }
    }
}

/// Every claim of the document's paragraphs.
public struct NumberClaims: Sendable {
    public let partSums: [PartSumClaim]
    /// Parts of a total stated alone ("其中专任教师 240 人"): each must not exceed its total.
    public let subsets: [PartSumClaim]
    public let shares: [ShareClaim]
    /// Shares whose base is named but stated elsewhere: resolved through `FactIndex`.
    public let unresolvedShares: [UnresolvedShare]
    /// Shares stated side by side in one sentence, for the partitions that must add up to 100%.
    public let shareGroups: [ShareGroup]
    public let complements: [ComplementClaim]
    public let changes: [ChangeClaim]
    public let enumerations: [EnumerationClaim]
    /// Quantities relabelled by a 分别 list, by place.
    public let relabelled: [QuantityRef: MeasureLabel]

    init(
        document: Document, paragraphs: [ParagraphNumbers], quantities all: [Quantity], sentenceStarts: [Int],
        lexicon: NumberLexicon, pool: inout ScalarPool
    ) {
        var partSums: [PartSumClaim] = []
        var subsets: [PartSumClaim] = []
        var shares: [ShareClaim] = []
        var unresolvedShares: [UnresolvedShare] = []
        var shareGroups: [ShareGroup] = []
        var complements: [ComplementClaim] = []
        var changes: [ChangeClaim] = []
        var enumerations: [EnumerationClaim] = []
        // One for the document; it gathers the relabellings of every paragraph.
        var partSumFinder: PartSumFinder? = nil
        // The quantities of the paragraph at hand, relabelled by its 分别 lists: one buffer for the document.
        var quantities: [Quantity] = []
        let blocks = document.blocks
        sentenceStarts.withUnsafeBufferPointer { starts in
            for index in paragraphs.indices {
                let range = paragraphs[index].quantities
                // Most paragraphs state one amount and count no list: they are passed over before being copied.
                if range.count < 2,
                    !range.contains(where: { EnumerationFinder.isListCount(all, $0, lexicon: lexicon) })
                {
                    continue
                }
                guard case .paragraph(let block) = blocks[paragraphs[index].block] else { continue }
                let paragraph = ParagraphText(
                    block: paragraphs[index].block, scalars: (consume block).text.scalars,
                    sentenceStarts: UnsafeBufferPointer(rebasing: starts[paragraphs[index].sentences]))
                quantities.removeAll(keepingCapacity: true)
                all.withUnsafeBufferPointer { quantities.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
                // Part sums, shares and changes each take two amounts at least (a total and a part, a part and its
                // share, a value and its change); most paragraphs state one, and only an enumeration can be found
                // there. Each finder runs only where its numbers are, and only what it finds is appended.
                if quantities.count >= 2 {
                    let found: [PartSumClaim]
                    if partSumFinder == nil {
                        partSumFinder = PartSumFinder(paragraph: paragraph, paragraphIndex: index, lexicon: lexicon)
                        found = partSumFinder!.find(quantities: &quantities, pool: &pool)
                    } else {
                        found = partSumFinder!.find(
                            in: paragraph, paragraphIndex: index, quantities: &quantities, pool: &pool)
                    }
                    for claim in found {
                        if claim.parts.count >= 2 { partSums.append(claim) } else { subsets.append(claim) }
                    }
                    // By index: a closure over the quantities would copy each.
                    if quantities.indices.contains(where: { quantities[$0].kind == .percent }) {
                        var shareFinder = ShareFinder(
                            paragraph: paragraph, paragraphIndex: index, quantities: quantities, claims: found,
                            lexicon: lexicon)
                        let (s, c, u, g) = shareFinder.find(pool: &pool)
                        if !g.isEmpty { shareGroups += g }
                        if !s.isEmpty { shares += s }
                        if !c.isEmpty { complements += c }
                        if !u.isEmpty { unresolvedShares += u }
                    }
                    ChangeFinder(paragraph: paragraph, quantities: quantities).find(into: &changes)
                }
                if quantities.indices.contains(where: {
                    EnumerationFinder.isListCount(quantities, $0, lexicon: lexicon)
                }) {
                    EnumerationFinder(paragraph: paragraph, quantities: quantities, lexicon: lexicon)
                        .find(into: &enumerations)
                }
            }
        }
        self.partSums = partSums
        self.subsets = subsets
        self.shares = shares
        self.unresolvedShares = unresolvedShares
        self.shareGroups = shareGroups
        self.complements = complements
        self.changes = changes
        self.enumerations = enumerations
        self.relabelled = partSumFinder?.relabelled ?? [:]
    }
}
