/// Finds totals and their listed parts in one paragraph: "共X，其中A、B、C" (其中), "A、B、C分别为a、b、c" (分别),
/// "学历结构：硕士…，本科…" (结构), "获奖 10 项：一等奖…" (colon), "286 人（含外聘 40 人）" (含). Looks only at the
/// numbers next to each cue word, so the work is linear in the paragraph.
/// One finder serves the whole document (`find(in:…)` per paragraph): a finder per paragraph cost a lexicon
/// retain, an empty dictionary, pool and array and their releases each time.
struct PartSumFinder {
    private(set) var paragraph: ParagraphText
    private(set) var paragraphIndex: Int
    let lexicon: NumberLexicon
    /// The paragraph's quantities, given the labels a 分别 list gives them; held while `find` runs (swapped in and
    /// out like the pool, so relabelling one does not copy them all).
    private var quantities: [Quantity] = []
    /// The quantities 分别 lists relabel, of every paragraph searched so far (keys name their paragraph).
    private(set) var relabelled: [QuantityRef: MeasureLabel] = [:]
    /// The analysis's pool, held while `find` runs (swapped in and out, never copied).
    private var pool = ScalarPool()

    init(paragraph: ParagraphText, paragraphIndex: Int, lexicon: NumberLexicon) {
        self.paragraph = paragraph
        self.paragraphIndex = paragraphIndex
        self.lexicon = lexicon
    }

    /// The claims of another paragraph, with this finder's lexicon; its relabellings join `relabelled`.
    mutating func find(
        in paragraph: ParagraphText, paragraphIndex: Int, quantities: inout [Quantity], pool: inout ScalarPool
    ) -> [PartSumClaim] {
        self.paragraph = paragraph
        self.paragraphIndex = paragraphIndex
        return find(quantities: &quantities, pool: &pool)
    }

    struct Cue {
        enum Kind {
            case among
            case respectively
            case structure
            case includes
            case colon
        }

        var kind: Kind
        var start: Int
        var end: Int
    }

    private var s: [Unicode.Scalar] { paragraph.scalars }

    /// The claims of the paragraph's `quantities`; the quantities a 分别 list names are given their labels.
    mutating func find(quantities paragraphQuantities: inout [Quantity], pool shared: inout ScalarPool)
        -> [PartSumClaim]
    {
        // Every claim (and every 分别 relabelling) takes two amounts at least: a total and a part, or two parts.
        guard paragraphQuantities.count >= 2 else { return [] }
        swap(&pool, &shared)
        swap(&quantities, &paragraphQuantities)
        defer {
            swap(&pool, &shared)
            swap(&quantities, &paragraphQuantities)
        }
        let cues = findCues()
        var claims: [PartSumClaim] = statedSums()
        guard !cues.isEmpty else { return claims }
        // 分别 lists first: they give the values their labels, which the other cues then read.
        for cue in cues where cue.kind == .respectively {
            if let claim = respectively(cue) { claims.append(claim) }
        }
        var structureSubject: Int? = nil
        for (k, cue) in cues.enumerated() where cue.kind != .respectively {
            let stop = cues[(k + 1)...].first { $0.kind == .among || $0.kind == .structure || $0.kind == .colon }?.start
            switch cue.kind {
            case .among, .colon, .includes:
                if let claim = among(cue, stop: stop) { claims.append(claim) }
            case .structure:
                if let claim = structure(cue, stop: stop, subject: &structureSubject) { claims.append(claim) }
            case .respectively:
                break
            }
        }
        // A part claimed twice (a 分别 list inside a 其中 list) keeps the claim with the total.
        guard claims.count > 1 else { return claims }
        // A paragraph has a handful of parts: a linear search beats building sets for every claim.
        var seen: [QuantityRef] = []
        var unique: [PartSumClaim] = []
        for claim in claims.sorted(by: { $0.total.range.lowerBound < $1.total.range.lowerBound }) {
            if claim.partRefs.contains(where: { seen.contains($0) }) { continue }
            seen += claim.partRefs
            unique.append(claim)
        }
        return unique
    }

    // MARK: Cues

    /// The scalars a cue word starts with: the rest of a paragraph is passed over with one bit test each.
    private static let cueStarts = ScalarBitSet("其分结构含".unicodeScalars.map(\.value))

    private func findCues() -> [Cue] {
        let s = self.s
        let n = s.count
        var cues: [Cue] = []
        let cueStarts = Self.cueStarts
        var i = 0
        while i + 1 < n {
            let c = s[i]
            guard cueStarts.contains(c.value) else {
                i = cueStarts.firstMember(of: s, from: i + 1, to: n - 1)
                continue
            }
            let d = s[i + 1]
            if c == "其", d == "中" {
                cues.append(Cue(kind: .among, start: i, end: i + 2))
            } else if c == "分", d == "别" {
                var end = i + 2
                if end < n, "为是有达占".unicodeScalars.contains(s[end]) { end += 1 }
                cues.append(Cue(kind: .respectively, start: i, end: end))
            } else if (c == "结" && d == "构") || (c == "构" && d == "成") || (c == "分" && d == "布") {
                var end = i + 2
                if LabelText.hasPrefix(s, end, n, Array("情况".unicodeScalars)) { end += 2 }
                if end < n, s[end] == "：" || s[end] == ":" || s[end] == "为" {
                    cues.append(Cue(kind: .structure, start: i, end: end + 1))
                }
            } else if c == "含", i > 0, s[i - 1] == "（" || s[i - 1] == "(" || s[i - 1] == "包" {
                cues.append(Cue(kind: .includes, start: i, end: i + 1))
            }
            i += 1
        }
        // A total followed by a colon: "获奖 10 项：一等奖 3 项、二等奖 7 项".
        for index in quantities.indices where quantities[index].kind.isSummable {
            var k = quantities[index].range.upperBound
            while k < n, s[k] == " " { k += 1 }
            if k < n, s[k] == "：" || s[k] == ":" { cues.append(Cue(kind: .colon, start: k, end: k + 1)) }
        }
        cues.sort { $0.start < $1.start }
        return cues
    }

    // MARK: 其中, 含, colon

    private func among(_ cue: Cue, stop: Int?) -> PartSumClaim? {
        guard let totalIndex = totalBefore(cue) else { return nil }
        var limit = min(stop ?? Int.max, paragraph.sentence(containing: cue.start).upperBound)
        if cue.kind == .includes, let close = closingParenthesis(after: cue.end) { limit = min(limit, close) }
        if cue.kind == .colon, let colonTotal = quantities.lastIndex(where: { $0.range.upperBound <= cue.start }),
            colonTotal != totalIndex
        {
            return nil
        }
        let partIndices = parts(after: cue.end, limit: limit, total: totalIndex)
        guard !partIndices.isEmpty else { return nil }
        return claim(.init(cue.kind), totalIndex: totalIndex, partIndices: partIndices)
    }

    /// The total a 其中 refers to: the last amount before it in its sentence, or in the sentence before when
    /// 其中 opens a sentence ("…专业22个。其中，…").
    private func totalBefore(_ cue: Cue) -> Int? {
        let sentence = paragraph.sentence(containing: cue.start)
        var floor = sentence.lowerBound
        if cue.kind == .among, onlyPunctuation(sentence.lowerBound..<cue.start) {
            floor = sentence.lowerBound > 0 ? paragraph.sentence(containing: sentence.lowerBound - 1).lowerBound : 0
            // "…贯通升学394人，职教高考升学849人。其中…": which total is meant is unclear; one amount only.
            // Counted by index: filtering the quantities copied each one kept.
            var candidates = 0
            for k in quantities.indices
            where quantities[k].range.lowerBound >= floor && quantities[k].range.upperBound <= sentence.lowerBound
                && quantities[k].isSummable
            {
                candidates += 1
            }
            guard candidates == 1 else { return nil }
        }
        guard let index = quantities.lastIndex(where: { $0.range.upperBound <= cue.start }),
            quantities[index].range.lowerBound >= floor
        else { return nil }
        var k = index
        while k >= 0, quantities[k].range.lowerBound >= floor {
            // "开发教材38册（8册已正式出版），其中…": an aside in parentheses is not the total.
            if insideParentheses(quantities[k], before: cue.start) {
                k -= 1
                continue
            }
            if quantities[k].isSummable, quantities[k].isExact || quantities[k].approximation == .odd {
                return isNumeralWords(k) ? nil : k
            }
            // Shares and rates between the total and 其中 ("毕业生1480人，落实率97.3%，其中…") are stepped over.
            guard !quantities[k].isSummable else { return nil }
            k -= 1
        }
        return nil
    }

    /// The quantity sits in a parenthesis that closes before `end`.
    private func insideParentheses(_ q: Quantity, before end: Int) -> Bool {
        var k = q.range.upperBound
        while k < end, k < q.range.upperBound + 30 {
            if s[k] == "）" || s[k] == ")" { break }
            if s[k] == "（" || s[k] == "(" { return false }
            k += 1
        }
        guard k < end, s[k] == "）" || s[k] == ")" else { return false }
        var j = q.range.lowerBound - 1
        while j >= 0, j > q.range.lowerBound - 30 {
            if s[j] == "（" || s[j] == "(" { return true }
            if s[j] == "）" || s[j] == ")" || NumberScalars.endsSentence(s[j]) { return false }
            j -= 1
        }
        return false
    }

    private func onlyPunctuation(_ range: Range<Int>) -> Bool {
        for k in range where !NumberScalars.isSpace(s[k]) && !NumberScalars.endsClause(s[k]) { return false }
        return true
    }

    private func closingParenthesis(after start: Int) -> Int? {
        var k = start
        while k < s.count, k < start + 60 {
            if s[k] == "）" || s[k] == ")" { return k }
            k += 1
        }
        return nil
    }

    /// The parts listed after a cue: amounts of the total's kind, until the sentence or list ends. Quantities are
    /// read in place, by index: one bound to a name, or passed, is copied.
    private func parts(after start: Int, limit: Int, total t: Int) -> [Int] {
        guard let first = quantities.firstIndex(where: { $0.range.lowerBound >= start }) else { return [] }
        // Room for every quantity left at once: grown from empty, the list reallocated at its second and third part.
        var result: [Int] = []
        result.reserveCapacity(quantities.count - first)
        var previousEnd = start
        for k in first..<quantities.count {
            guard quantities[k].range.lowerBound < limit else { break }
            let kind = quantities[k].kind
            if kind == .percent || kind == .ratio || kind == .points || kind == .times { continue }
            guard compatible(t, k), !isNumeralWords(k) else { break }
            // "另有", "此外" add to the total; "共", "合计", "总数" start a new one.
            let gap = previousEnd..<quantities[k].range.lowerBound
            if Self.newStatementWords.occurs(in: s, gap) { break }
            if let measure = quantities[k].label.measure, measure == quantities[t].label.measure,
                quantities[k].label.qualifier.isEmpty
            {
                break
            }
            // "…其中高考统招2265人，我校本科上线413人": a new subject starts a new statement.
            let label = quantities[k].label.range
            if Self.newSubjects.contains(where: { LabelText.hasPrefix(s, label.lowerBound, label.upperBound, $0) }) {
                break
            }
            if let a = quantities[k].year, let b = quantities[t].year, a != b { break }
            // "…；在市级大赛中获奖52项，其中一等奖12项…": an amount that has its own 其中 starts a new list.
            if opensList(after: quantities[k].range.upperBound) { break }
            // "“双师型”教师268人，其中专业课教师313人": both named measures, and the part's is not declared
            // inside the total's: the 其中 refers to something else.
            if let part = quantities[k].label.measure, let whole = quantities[t].label.measure, part != whole,
                !lexicon.isWithin(part, whole)
            {
                break
            }
            result.append(k)
            previousEnd = quantities[k].range.upperBound
        }
        return result
    }

    private static let newStatementWords = WordSet([
        "另有", "另外", "此外", "共", "合计", "总计", "总数", "全年", "累计", "新增", "增加", "减少", "较",
    ])

    private static let newSubjects: [[Unicode.Scalar]] = ["学校", "我校", "全校", "本校", "该校", "全区", "全市"].map {
        Array($0.unicodeScalars)
    }

    /// The amount is followed, in its sentence, by "，其中".
    private func opensList(after end: Int) -> Bool {
        var k = end
        while k < s.count, k < end + 3, NumberScalars.isSpace(s[k]) || s[k] == "，" || s[k] == "," {
            k += 1
        }
        return k + 1 < s.count && s[k] == "其" && s[k + 1] == "中"
    }

    /// Written in Chinese numerals ("两个", "三千余人"): rhetoric more than data; not a part or total.
    private func isNumeralWords(_ k: Int) -> Bool {
        let range = quantities[k].range
        return range.isEmpty || !NumberScalars.isDigit(s[range.lowerBound])
    }

    /// The quantity at `part` may be a part of the one at `total` (by index: passing the quantities copied them).
    private func compatible(_ total: Int, _ part: Int) -> Bool {
        guard quantities[part].isSummable, quantities[total].isSummable else { return false }
        switch (quantities[total].baseUnit, quantities[part].baseUnit) {
        case (let a?, let b?): return a == b
        case (nil, nil): return true
        case (nil, let b?):
            return isCountUnitName(b) || b == quantities[total].label.measure.flatMap { lexicon.unitOfMeasure[$0] }
        case (let a?, nil): return isCountUnitName(a)
        }
    }

    /// The base unit is also the name of a unit, the first of that name a count.
    private func isCountUnitName(_ baseUnit: Int) -> Bool {
        let name = lexicon.baseUnitNames[baseUnit]
        return lexicon.units.first { $0.name == name }?.kind == .count
    }

    // MARK: 分别

    private mutating func respectively(_ cue: Cue) -> PartSumClaim? {
        let n = s.count
        // The values: right after the cue, separated by 、，和 only.
        var partIndices: [Int] = []
        var previousEnd = cue.end
        for k in quantities.indices where quantities[k].range.lowerBound >= cue.end {
            let q = quantities[k]
            let gap = previousEnd..<q.range.lowerBound
            // "分别为 1700 人、1600 人" or "分别为国家级 2 项、市级 13 项": separators and short labels only.
            let allowed =
                gap.count <= (partIndices.isEmpty ? 8 : 8)
                && gap.allSatisfy { !NumberScalars.endsSentence(s[$0]) && s[$0] != "；" && s[$0] != ";" }
                && (partIndices.isEmpty || gap.allSatisfy { s[$0] != "：" && s[$0] != ":" })
            guard allowed, q.range.lowerBound < n else { break }
            partIndices.append(k)
            previousEnd = q.range.upperBound
        }
        guard partIndices.count >= 2 else { return nil }
        // The items: the list in front of the cue, or in front of a total stated just before it.
        var listEnd = cue.start
        var totalIndex: Int? = nil
        var back = cue.start
        while back > 0, s[back - 1] == " " || s[back - 1] == "，" || s[back - 1] == "," { back -= 1 }
        // "一、二、三年级学生共 4800 人，分别为…": a total right before the cue; its label holds the list.
        if let t = quantities.lastIndex(where: { $0.range.upperBound == back }), quantities[t].isSummable {
            totalIndex = t
            listEnd =
                quantities[t].label.range.isEmpty
                ? quantities[t].range.lowerBound : quantities[t].label.range.upperBound
        }
        let items = listItems(endingAt: listEnd)
        if items.count == partIndices.count {
            for (item, k) in zip(items, partIndices) {
                let label = LabelExtractor.label(
                    item.scalars, range: 0..<item.scalars.count, baseUnit: quantities[k].baseUnit,
                    kind: quantities[k].kind, lexicon: lexicon, pool: &pool)
                var relabel = label
                relabel.range = item.range
                quantities[k].label = relabel
                relabelled[QuantityRef(paragraph: paragraphIndex, index: k)] = relabel
            }
        }
        guard let totalIndex, compatibleAll(totalIndex, partIndices) else { return nil }
        return claim(.respectively, totalIndex: totalIndex, partIndices: partIndices)
    }

    private func compatibleAll(_ total: Int, _ parts: [Int]) -> Bool {
        parts.allSatisfy { compatible(total, $0) }
    }

    struct Item {
        var scalars: [Unicode.Scalar]
        var range: Range<Int>
    }

    /// The items of a 、-list ending at `end`: "一、二、三年级学生" → 一年级学生, 二年级学生, 三年级学生 (a shared tail
    /// is given to the short items before it).
    private func listItems(endingAt end: Int) -> [Item] {
        var start = end
        while start > 0, start > end - 60 {
            let c = s[start - 1]
            if c != "、", NumberScalars.endsClause(c) { break }
            start -= 1
        }
        var items: [Item] = []
        var itemStart = start
        var k = start
        let separators: [[Unicode.Scalar]] = [["、"], ["以", "及"], ["和"], ["及"], ["与"]]
        while k <= end {
            var separatorLength = 0
            if k < end {
                for sep in separators where LabelText.hasPrefix(s, k, end, sep) {
                    separatorLength = sep.count
                    break
                }
            }
            if k == end || separatorLength > 0 {
                let raw = Array(s[itemStart..<k]).filter { !LabelText.isIgnorable($0) }
                let stripped = LabelText.strip(raw)
                if !stripped.isEmpty { items.append(Item(scalars: stripped, range: itemStart..<k)) }
                itemStart = k + max(separatorLength, 1)
                k += max(separatorLength, 1)
            } else {
                k += 1
            }
        }
        // "一、二、三年级": the short items share the tail of the last one.
        if items.count >= 2, let last = items.last {
            let before = items[items.count - 2].scalars.count
            if items.dropLast().allSatisfy({ $0.scalars.count <= 2 }), last.scalars.count > before {
                let tail = Array(last.scalars[before...])
                for index in items.indices.dropLast() { items[index].scalars += tail }
            }
        }
        return items
    }

    // MARK: A、B、C，共X

    private static let sumWords: [[Unicode.Scalar]] = ["共计", "合计", "总计", "累计", "共"].map { Array($0.unicodeScalars) }

    /// "开发校本教材14本、活页式教材6本、数字化教材3本，共计23本": amounts listed and then added up by the text.
    private func statedSums() -> [PartSumClaim] {
        var claims: [PartSumClaim] = []
        // By index: a quantity bound to a name is a copy, and every amount of the paragraph is a candidate total.
        for t in quantities.indices where t >= 2 {
            guard quantities[t].isSummable, quantities[t].isExact, !isNumeralWords(t)
            else { continue }
            let totalStart = quantities[t].range.lowerBound
            let gapStart = quantities[t - 1].range.upperBound
            var k = gapStart
            while k < totalStart, NumberScalars.isSpace(s[k]) || s[k] == "，" || s[k] == "," || s[k] == "、" {
                k += 1
            }
            guard k > gapStart,
                let word = Self.sumWords.first(where: { LabelText.hasPrefix(s, k, totalStart, $0) }),
                totalStart - (k + word.count) <= 2
            else { continue }
            let sentence = paragraph.sentence(containing: totalStart)
            var parts: [Int] = []
            var p = t - 1
            while p >= 0 {
                guard quantities[p].range.lowerBound >= sentence.lowerBound, quantities[p].isExact,
                    compatible(t, p), !isNumeralWords(p)
                else { break }
                parts.insert(p, at: 0)
                guard p > 0 else { break }
                // The items before: separated by a short label only ("、活页式教材").
                let gap = quantities[p - 1].range.upperBound..<quantities[p].range.lowerBound
                if gap.count > 12
                    || gap.contains(where: { NumberScalars.endsSentence(s[$0]) || s[$0] == "；" || s[$0] == "：" })
                    || Self.newStatementWords.occurs(in: s, gap)
                    || paragraph.contains(["其", "中"], in: gap)
                {
                    break
                }
                p -= 1
            }
            guard parts.count >= 2 else { continue }
            claims.append(claim(.statedSum, totalIndex: t, partIndices: parts))
        }
        return claims
    }

    // MARK: 结构

    private static let dimensionWords: [[Unicode.Scalar]] = [
        "学历", "职称", "年龄", "性别", "学段", "专业", "层次", "类型", "年级", "生源", "编制", "岗位", "学位", "民族", "户籍",
    ].map { Array($0.unicodeScalars) }

    /// "校内专任教师学历结构：硕士32人，本科396人，本科以下60人；职称结构：…" — the subject's total is the last amount
    /// of the same measure earlier in the paragraph.
    private mutating func structure(_ cue: Cue, stop: Int?, subject: inout Int?) -> PartSumClaim? {
        var start = cue.start
        while start > 0, !NumberScalars.endsClause(s[start - 1]), cue.start - start < 30 { start -= 1 }
        var phrase = Array(s[start..<cue.start]).filter { !LabelText.isIgnorable($0) }
        for word in Self.dimensionWords where LabelText.hasSuffix(phrase, 0, phrase.count, word) {
            phrase.removeLast(word.count)
            break
        }
        let label = LabelExtractor.label(
            phrase, range: 0..<phrase.count, baseUnit: nil, kind: .bare, lexicon: lexicon, pool: &pool)
        var measure = label.measure.flatMap { label.qualifier.isEmpty ? $0 : nil }
        if phrase.isEmpty || LabelText.strip(phrase).isEmpty { measure = subject }
        subject = measure
        guard let measure else { return nil }
        guard
            let totalIndex = quantities.lastIndex(where: {
                $0.range.upperBound <= cue.start && $0.label.measure == measure && $0.label.qualifier.isEmpty
                    && $0.isSummable
            })
        else { return nil }
        var limit = min(stop ?? Int.max, paragraph.sentence(containing: cue.start).upperBound)
        if let semicolon = (cue.end..<min(limit, s.count)).first(where: { s[$0] == "；" || s[$0] == ";" }) {
            limit = semicolon
        }
        let partIndices = parts(after: cue.end, limit: limit, total: totalIndex)
        guard partIndices.count >= 2 else { return nil }
        return claim(.structure, totalIndex: totalIndex, partIndices: partIndices)
    }

    // MARK: Claims

    private func claim(_ cue: PartSumClaim.Cue, totalIndex: Int, partIndices: [Int]) -> PartSumClaim {
        // By index, in loops: a closure over `self` copied the pool for every part.
        var parts: [Quantity] = []
        var partRefs: [QuantityRef] = []
        parts.reserveCapacity(partIndices.count)
        partRefs.reserveCapacity(partIndices.count)
        for k in partIndices {
            parts.append(quantities[k])
            partRefs.append(QuantityRef(paragraph: paragraphIndex, index: k))
        }
        // The labels as runs of the pool, read in place; a single part names no partition.
        var partition: PartitionMatch? = nil
        if partIndices.count >= 2 {
            let labels = partIndices.map { k in
                Int(quantities[k].label.scalars.lower)..<Int(quantities[k].label.scalars.upper)
            }
            partition = PartitionMatcher.match(labels: labels, in: pool.scalars, lexicon: lexicon)
        }
        return PartSumClaim(
            cue: cue, total: quantities[totalIndex],
            totalRef: QuantityRef(paragraph: paragraphIndex, index: totalIndex),
            parts: parts, partRefs: partRefs, partition: partition)
    }
}

extension PartSumClaim.Cue {
    init(_ kind: PartSumFinder.Cue.Kind) {
        switch kind {
        case .among: self = .among
        case .respectively: self = .respectively
        case .structure: self = .structure
        case .includes: self = .includes
        case .colon: self = .colon
        }
    }
}

extension PartSumFinder.Cue.Kind {
    fileprivate var exhaustiveByWording: Bool {
        switch self {
        case .respectively: true
        default: false
        }
    }
}
