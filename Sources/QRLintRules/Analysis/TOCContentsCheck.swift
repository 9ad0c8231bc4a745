import QRLintCore

/// `reference.toc` for the 目录: pairs each entry with a heading (same title; else same number, when the
/// wording differs), then reports entries without a heading, headings of a listed level without an entry,
/// reworded titles and entries out of order.
enum TOCContentsCheck {
    private struct Item {
        var entry: TOCEntry
        var number: LeadingNumber.Parsed?
        /// Comparable title without the number; and the whole line.
        var title: [Unicode.Scalar]
        var whole: [Unicode.Scalar]
    }

    static func check(
        _ list: TOCLists.List, lists: TOCLists, prefixes: BlockPrefixes, context: LintContext
    ) -> [Finding] {
        let sections = context.outline.sections
        // The lists' own headings as flags by block: no set hashed per section.
        var isListHeading = [Bool](repeating: false, count: context.document.blocks.count)
        for other in lists.lists { isListHeading[other.headingBlock] = true }
        let candidates = sections.indices.filter {
            sections[$0].blockIndex > list.headingBlock && !isListHeading[sections[$0].blockIndex]
        }
        let items = list.entries.map { entry, _ -> Item in
            let s = entry.text.scalars
            let number = LeadingNumber.parse(s)
            let title = ComparableText.of(number.map { Array(s[$0.titleStart...]) } ?? s)
            return Item(entry: entry, number: number, title: title, whole: ComparableText.of(s))
        }
        // Titles that agree start with the same scalar (an all-digit entry may agree with an empty title):
        // looking only there keeps this linear when a draft has hundreds of headings. The candidates as packed
        // integers — first comparable scalar + 1 (0 for none) over the section index — sorted by scalar, each
        // run ascending by index; a heading's title is folded only when an entry is compared with it.
        var byFirst = candidates.map { index -> UInt64 in
            let first = sections[index].firstComparable.map { UInt64($0.value) + 1 } ?? 0
            return first << 32 | UInt64(index)
        }
        RadixSort.sort(&byFirst, byBitsFrom: 32)
        func run(_ first: UInt64) -> ArraySlice<UInt64> {
            byFirst[byFirst.lowerBound(of: first << 32)..<byFirst.lowerBound(of: (first + 1) << 32)]
        }
        var titles = [[Unicode.Scalar]?](repeating: nil, count: sections.count)
        var matched = [Int?](repeating: nil, count: items.count)
        // Per section, whether an entry took it (a flag, not a set hashed per candidate).
        var taken = [Bool](repeating: false, count: sections.count)
        // Same title: prefer the same number, then the first heading after the previous match.
        var cursor = -1
        for (i, item) in items.enumerated() where !item.title.isEmpty {
            let sameStart = (run(UInt64(item.title[0].value) + 1) + run(0)).map { Int($0 & 0xFFFF_FFFF) }.sorted()
            // The pick is the first agreeing heading after the cursor, among those with the entry's number when
            // there are any: the walk stops at the first numbered one after the cursor (a draft pasted together
            // from copies has a run of thousands of headings here, and folding each title was most of the rule).
            var firstSame: Int?
            var firstSameAfter: Int?
            var firstNumbered: Int?
            var firstNumberedAfter: Int?
            for index in sameStart where !taken[index] {
                if titles[index] == nil { titles[index] = ComparableText.of(sections[index].heading.title.scalars) }
                guard ComparableText.agree(listed: item.title, text: titles[index]!) else { continue }
                if firstSame == nil { firstSame = index }
                if firstSameAfter == nil, index > cursor { firstSameAfter = index }
                guard sameNumber(item.number, sections[index].heading.number) else { continue }
                if firstNumbered == nil { firstNumbered = index }
                if index > cursor {
                    firstNumberedAfter = index
                    break
                }
            }
            let pick: Int
            if let firstNumbered {
                pick = firstNumberedAfter ?? firstNumbered
            } else if let firstSame {
                pick = firstSameAfter ?? firstSame
            } else {
                continue
            }
            matched[i] = pick
            taken[pick] = true
            cursor = pick
        }
        let listedLevel = matched.compactMap { $0.map { sections[$0].level } }.max() ?? 0
        var findings: [Finding] = []
        // Same number, other words: the title was reworded in one place.
        var previous = -1
        for (i, item) in items.enumerated() {
            if let section = matched[i] {
                previous = section
                continue
            }
            // "1.2" names one heading; "一、" may also be a part of a case deeper down, so stay at listed levels.
            // The candidates are ascending: the search starts after `previous`.
            guard let number = item.number,
                let pick = candidates[candidates.lowerBound(of: previous + 1)...].first(where: {
                    !taken[$0] && (number.components.count > 1 || sections[$0].level <= listedLevel)
                        && sameNumber(item.number, sections[$0].heading.number)
                })
            else { continue }
            matched[i] = pick
            taken[pick] = true
            previous = pick
            let heading = sections[pick].heading
            let message = "目录中的“\(item.entry.text.string)”与正文标题“\(context.outline.label(ofSection: pick))”不一致"
            findings.append(
                Finding(
                    message: message, span: item.entry.span,
                    notes: [Note(message: "正文标题在此", span: heading.span)]))
        }
        for (i, item) in items.enumerated() where matched[i] == nil {
            // A title the reader did not take for a heading ("挑战1：……" at the start of a paragraph).
            if prefixes.someBlock(after: list.headingBlock, startsWith: item.whole)
                || prefixes.someBlock(after: list.headingBlock, startsWith: item.title)
            {
                continue
            }
            let message = "目录中的“\(item.entry.text.string)”在正文中找不到对应的标题"
            findings.append(Finding(message: message, span: item.entry.span))
        }
        findings += missing(items: items, matched: matched, candidates: candidates, context: context)
        findings += outOfOrder(items: items, matched: matched, context: context)
        return findings
    }

    private static func sameNumber(_ entry: LeadingNumber.Parsed?, _ heading: HeadingNumber?) -> Bool {
        guard let entry, let heading else { return entry == nil && heading == nil }
        return entry.style == heading.style && entry.components == heading.components
    }

    /// Headings of a level the 目录 lists (at least half of that level's headings are in it) that it leaves
    /// out. Front-matter headings (前言) may be left out.
    private static func missing(items: [Item], matched: [Int?], candidates: [Int], context: LintContext) -> [Finding] {
        let sections = context.outline.sections
        let listed = Set(matched.compactMap { $0 })
        var isListed = [Bool](repeating: false, count: sections.count)
        for index in listed { isListed[index] = true }
        // Headings and listed headings per level (levels are small: arrays, not dictionaries). A level without a
        // listed heading is never reported, whatever its eligible headings: whether an unnumbered heading is front
        // matter is asked only at the levels with one.
        let maxLevel = candidates.reduce(0) { max($0, sections[$1].level) }
        var hasListed = [Bool](repeating: false, count: maxLevel + 1)
        for index in listed { hasListed[sections[index].level] = true }
        let eligible = candidates.filter { index in
            guard sections[index].numberStyle == nil, hasListed[sections[index].level] else { return true }
            return !isFrontMatter(ComparableText.of(sections[index].heading.title.scalars))
        }
        var total = [Int](repeating: 0, count: maxLevel + 1)
        var found = [Int](repeating: 0, count: maxLevel + 1)
        for index in eligible {
            let level = sections[index].level
            total[level] += 1
            if isListed[index] { found[level] += 1 }
        }
        // The numbering of each listed level. A heading that repeats a listed number, or is numbered in
        // another style, is more likely a list item the reader took for a heading than a forgotten entry.
        // Per level, the listed numbers sorted (searched by halving) and the listed styles (a handful): sets of
        // them made the runtime look up the conformances of their element types, a scan of every conformance
        // record each, for the few headings asked.
        var listedNumbers = [[[Int]]](repeating: [], count: maxLevel + 1)
        var listedStyles = [[HeadingNumber.Style?]](repeating: [], count: maxLevel + 1)
        for index in listed {
            let number = sections[index].heading.number
            let level = sections[index].level
            listedNumbers[level].append(number?.components ?? [])
            if !listedStyles[level].contains(number?.style) { listedStyles[level].append(number?.style) }
        }
        for level in listedNumbers.indices { listedNumbers[level].sort { $0.lexicographicallyPrecedes($1) } }
        var findings: [Finding] = []
        for index in eligible where !isListed[index] {
            let level = sections[index].level
            // A level with no listed heading is not one the 目录 lists.
            guard found[level] > 0, found[level] * 2 >= total[level] else { continue }
            let number = sections[index].heading.number
            if let number, Self.sortedContains(listedNumbers[level], number.components) { continue }
            if !listedStyles[level].contains(number?.style) { continue }
            // Report at the entry the heading belongs before (the first entry of a later heading).
            let before = matched.enumerated().first { $0.element.map { $0 > index } ?? false }?.offset
            let entry = items[before ?? items.count - 1].entry
            let message = "目录缺少正文标题“\(context.outline.label(ofSection: index))”"
            findings.append(
                Finding(
                    message: message, span: entry.span,
                    notes: [Note(message: "正文标题在此", span: sections[index].span)]))
        }
        return findings
    }

    /// Whether `sorted` (ascending in lexicographic order) holds `number`.
    private static func sortedContains(_ sorted: [[Int]], _ number: [Int]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].lexicographicallyPrecedes(number) { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == number
    }

    /// Whether an unnumbered heading's comparable title is front matter (前言) or a front-matter part: as
    /// `FrontMatter.isFrontMatter` and `FrontMatterParts.item(forHeading:)` on its string, without the string.
    private static func isFrontMatter(_ title: [Unicode.Scalar]) -> Bool {
        // A comparable title has nothing `TitleText.normalize` removes: it is its own normalised form.
        let key = TitleKey(title)
        return FrontMatter.titleTable.mask(key) != 0 || FrontMatterParts.item(forComparable: key) != nil
    }

    /// Entries whose headings come in another order in the text.
    private static func outOfOrder(items: [Item], matched: [Int?], context: LintContext) -> [Finding] {
        let pairs = matched.enumerated().compactMap { i, section in section.map { (i, $0) } }
        let inPlace = ChapterOrder.longestIncreasingRun(pairs.map(\.1))
        var findings: [Finding] = []
        for (position, pair) in pairs.enumerated() where !inPlace.contains(position) {
            let section = context.outline.sections[pair.1]
            let message = "目录中“\(items[pair.0].entry.text.string)”的位置与正文顺序不同"
            findings.append(
                Finding(
                    message: message, span: items[pair.0].entry.span,
                    notes: [Note(message: "正文标题在此", span: section.span)]))
        }
        return findings
    }
}
