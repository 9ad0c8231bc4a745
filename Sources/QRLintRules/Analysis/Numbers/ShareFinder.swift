import QRLintCore

/// Finds shares in one paragraph: "升学1243人，占总数的65.7%", "28人，占专任教师总数的7.4%", "135人，占比60%",
/// "1678人，约占全区在校生总数（5175人）的三分之一"; and complements: "…91.6%。其余9.4%…".
struct ShareFinder {
    let paragraph: ParagraphText
    let paragraphIndex: Int
    let quantities: [Quantity]
    let claims: [PartSumClaim]
    let lexicon: NumberLexicon
    /// The analysis's pool, held while `find` runs (swapped in and out, never copied).
    private var pool = ScalarPool()

    init(
        paragraph: ParagraphText, paragraphIndex: Int, quantities: [Quantity], claims: [PartSumClaim],
        lexicon: NumberLexicon
    ) {
        self.paragraph = paragraph
        self.paragraphIndex = paragraphIndex
        self.quantities = quantities
        self.claims = claims
        self.lexicon = lexicon
    }

    private var s: [Unicode.Scalar] { paragraph.scalars }

    /// A share the text states, before its base is resolved.
    struct Found {
        var share: Int
        var part: Int?
        var base: Quantity?
        /// The base named but not stated here ("专任教师总数"): resolved against the document's facts.
        var baseLabel: MeasureLabel?
    }

    mutating func find(pool shared: inout ScalarPool) -> (
        shares: [ShareClaim], complements: [ComplementClaim], unresolved: [UnresolvedShare], groups: [ShareGroup]
    ) {
        swap(&pool, &shared)
        defer { swap(&pool, &shared) }
        var groups: [ShareGroup] = []
        var group = ShareGroup(shares: [], labels: [])
        var groupSentence = -1
        var shares: [ShareClaim] = []
        var complements: [ComplementClaim] = []
        var unresolved: [UnresolvedShare] = []
        var previousShare: Int? = nil
        var listShares: [Int] = []
        var carriedBase: (base: Quantity?, label: MeasureLabel?)? = nil
        var carriedSentence = -1
        for p in quantities.indices where quantities[p].kind == .percent {
            let q = quantities[p]
            let clauseStart = clauseStart(before: q.range.lowerBound)
            let clause = clauseStart..<q.range.lowerBound
            guard !isChange(clause) else { continue }
            // Complement: "其余" between this percentage and the share before it ("占…91.6%。其余9.4%…").
            if let previous = previousShare, sameOrNextSentence(previous, p),
                Self.restWords.occurs(in: s, quantities[previous].range.upperBound..<q.range.lowerBound)
            {
                complements.append(ComplementClaim(rest: q, others: listShares.map { quantities[$0] }))
                listShares = []
                previousShare = nil
                // "其余5个专业大类共657人，占全校总人数的6.8%" is also a share of its own part.
                guard let zhan = shareWord(in: clause) else { continue }
                if let part = partBefore(clauseStart: clauseStart, zhan: zhan),
                    let found = resolve(q, part: part, zhan: zhan, clauseStart: clauseStart)
                {
                    if let base = found.base {
                        shares.append(ShareClaim(share: q, part: quantities[part], base: base))
                    } else if let label = found.label {
                        unresolved.append(UnresolvedShare(share: q, part: quantities[part], baseLabel: label))
                    }
                }
                continue
            }
            guard let zhan = shareWord(in: clause) else { continue }
            let sentence = paragraph.sentence(containing: q.range.lowerBound).lowerBound
            if let previous = previousShare, !sameOrNextSentence(previous, p) { listShares = [] }
            listShares.append(p)
            previousShare = p
            let part = partBefore(clauseStart: clauseStart, zhan: zhan)
            // What the share is of: the words before 占 ("区内的占78.5%"), else the part's label.
            let subject = LabelText.strip(Array(s[clauseStart..<zhan]).filter { !LabelText.isIgnorable($0) })
            let named = subject.isEmpty ? part.map { Array(pool[quantities[$0].label.scalars]) } ?? [] : subject
            if sentence != groupSentence {
                if group.shares.count >= 2 { groups.append(group) }
                group = ShareGroup(shares: [], labels: [])
                groupSentence = sentence
            }
            if !named.isEmpty {
                group.shares.append(q)
                group.labels.append(named)
            }
            // The base: an amount inside "占…的", else the label there, else the total the part belongs to.
            var base: Quantity? = quantities.last {
                $0.range.lowerBound > zhan && $0.range.upperBound <= q.range.lowerBound && $0.isSummable
            }
            var baseLabel: MeasureLabel? = nil
            if base == nil {
                let phrase = Array(s[(zhan + 1)..<q.range.lowerBound]).filter { !LabelText.isIgnorable($0) }
                let label = LabelExtractor.label(
                    phrase, range: 0..<phrase.count, baseUnit: part.map { quantities[$0].baseUnit } ?? nil,
                    kind: part.map { quantities[$0].kind } ?? .count, lexicon: lexicon, pool: &pool)
                if label.measure != nil, label.qualifier.isEmpty {
                    baseLabel = label
                    base = quantities.last {
                        $0.range.upperBound <= clauseStart && $0.label.measure == label.measure
                            && $0.label.qualifier.isEmpty
                            && $0.isSummable
                    }
                } else if isGeneric(label) {
                    if let part, let total = total(ofPart: part) {
                        base = total
                    } else if let carried = carriedBase, carriedSentence == sentence {
                        base = carried.base
                        baseLabel = carried.label
                    }
                }
            }
            if base != nil || baseLabel != nil {
                carriedBase = (base, baseLabel)
                carriedSentence = sentence
            }
            guard let part else { continue }
            if let base {
                shares.append(ShareClaim(share: q, part: quantities[part], base: base))
            } else if let baseLabel {
                unresolved.append(UnresolvedShare(share: q, part: quantities[part], baseLabel: baseLabel))
            }
        }
        if group.shares.count >= 2 { groups.append(group) }
        return (shares, complements, unresolved, groups)
    }

    /// The base of a share whose base is named in its "占…的" phrase (no carrying from earlier shares).
    private mutating func resolve(
        _ q: Quantity, part: Int, zhan: Int, clauseStart: Int
    ) -> (base: Quantity?, label: MeasureLabel?)? {
        if let base = quantities.last(where: {
            $0.range.lowerBound > zhan && $0.range.upperBound <= q.range.lowerBound && $0.isSummable
        }) {
            return (base, nil)
        }
        let phrase = Array(s[(zhan + 1)..<q.range.lowerBound]).filter { !LabelText.isIgnorable($0) }
        let label = LabelExtractor.label(
            phrase, range: 0..<phrase.count, baseUnit: quantities[part].baseUnit, kind: quantities[part].kind,
            lexicon: lexicon, pool: &pool)
        if label.measure != nil, label.qualifier.isEmpty {
            let base = quantities.last {
                $0.range.upperBound <= clauseStart && $0.label.measure == label.measure && $0.label.qualifier.isEmpty
                    && $0.isSummable
            }
            return (base, label)
        }
        if isGeneric(label), let total = total(ofPart: part) { return (total, nil) }
        return nil
    }

    /// The total of the last part-sum claim that lists the quantity at `part` as a part. A paragraph has a claim
    /// or two: searched, not indexed (a dictionary of them was built, and regrown, for every paragraph).
    private func total(ofPart part: Int) -> Quantity? {
        for c in claims.indices.reversed() where claims[c].partRefs.contains(where: { $0.index == part }) {
            return claims[c].total
        }
        return nil
    }

    private func sameOrNextSentence(_ a: Int, _ b: Int) -> Bool {
        let first = paragraph.sentence(containing: quantities[a].range.lowerBound)
        let second = paragraph.sentence(containing: quantities[b].range.lowerBound)
        return first == second || first.upperBound == second.lowerBound
    }

    /// `isGeneric` of a label's text, built only when its last scalar (的 aside) can end a generic label.
    private func isGeneric(_ label: MeasureLabel) -> Bool {
        let scalars = pool[label.scalars]
        if let last = scalars.last(where: { $0 != "的" }), !Self.genericLasts.contains(last.value) {
            return false
        }
        if let generic = Self.isGeneric(simpleScalars: scalars) { return generic }
        return Self.isGeneric(pool.string(label.scalars))
    }

    /// `isGeneric(_:)` compared scalar by scalar, when every scalar is simple (see `TableNumbersReader.isSimple`):
    /// there a character is a scalar and equal strings are equal scalars. Nil for any other label. Building the
    /// string and its filtered copy cost some thousand instructions a share.
    static func isGeneric(simpleScalars scalars: ArraySlice<Unicode.Scalar>) -> Bool? {
        var stripped: [Unicode.Scalar] = []
        stripped.reserveCapacity(scalars.count)
        for scalar in scalars where scalar != "的" {
            guard TableNumbersReader.isSimple(scalar) else { return nil }
            stripped.append(scalar)
        }
        if stripped.isEmpty || stripped == ["比"] || stripped == ["比", "例"] || stripped == ["比", "重"] { return true }
        return stripped.count <= 6
            && genericSuffixes.contains { LabelText.hasSuffix(stripped, 0, stripped.count, $0) }
    }

    /// The endings of a generic label ("在校生总数", "合计"), as text and as scalars.
    private static let genericSuffixWords = ["总数", "总人数", "总量", "总额", "总和", "合计"]
    private static let genericSuffixes = genericSuffixWords.map { Array($0.unicodeScalars) }

    /// The last scalars of the generic labels: 比, 比例, 比重, and the words ending 总数, 总量, 总额, 总和, 合计.
    private static let genericLasts = ScalarBitSet("比例重数量额和计".unicodeScalars.map(\.value))

    /// Labels that name no measure but "the whole": "总数", "全校总人数", "占比", "生源总量".
    static func isGeneric(_ text: String) -> Bool {
        // 的 dropped scalar by scalar (Foundation's replacingOccurrences cost more than the rest of the finder).
        let stripped = String(scalars: text.unicodeScalars.lazy.filter { $0 != "的" })
        if stripped.isEmpty || stripped == "比" || stripped == "比例" || stripped == "比重" { return true }
        return genericSuffixWords.contains { stripped.hasSuffix($0) } && stripped.count <= 6
    }

    private func clauseStart(before end: Int) -> Int {
        var k = end
        while k > 0, end - k < 40 {
            let c = s[k - 1]
            if c != "、", c != "（", c != "(", c != "）", c != ")", NumberScalars.endsClause(c) { break }
            k -= 1
        }
        return k
    }

    /// Where 占 is written in the clause ("占", "占比", "约占"); not 占地, 占用.
    private func shareWord(in clause: Range<Int>) -> Int? {
        var k = clause.upperBound - 1
        while k >= clause.lowerBound {
            if s[k] == "占", k + 1 < s.count, s[k + 1] != "地", s[k + 1] != "用", s[k + 1] != "领" { return k }
            k -= 1
        }
        return nil
    }

    /// A percentage after 增长, 提高, 下降 … is a change, not a share.
    private func isChange(_ clause: Range<Int>) -> Bool {
        Self.changeWords.occurs(in: s, clause)
    }

    private static let changeWords = WordSet([
        "增长", "提高", "下降", "增加", "减少", "上升", "降低", "提升", "同比", "较上", "比上", "增幅", "降幅",
    ])

    private static let restWords = WordSet(["其余", "剩余", "其他", "余下"])

    /// The amount the share is of: right before 占 in its clause, or ending the clause before, with nothing but
    /// punctuation, 约 or 均 in between ("1243人，占总数的65.7%"; not "200人，本科学历占80%").
    private func partBefore(clauseStart: Int, zhan: Int) -> Int? {
        guard let k = quantities.lastIndex(where: { $0.range.upperBound <= zhan }) else { return nil }
        let q = quantities[k]
        guard q.isSummable, q.kind != .bare || q.label.measure != nil else { return nil }
        for i in q.range.upperBound..<zhan {
            let c = s[i]
            if NumberScalars.isSpace(c) || c == "，" || c == "," || c == "约" || c == "均" || c == "共" || c == "分"
                || c == "别"
                || c == "、" || c == "）" || c == ")" || c == "（" || c == "("
            {
                continue
            }
            return nil
        }
        return k
    }
}

/// The shares stated in one sentence with what each is of ("区内的占78.5%，区外的占21.5%"): when those name
/// a complete partition, they add up to 100%.
public struct ShareGroup: Sendable {
    public var shares: [Quantity]
    var labels: [[Unicode.Scalar]]
}

/// A share whose base is named ("占专任教师总数的7.4%") but not stated in its paragraph.
public struct UnresolvedShare: Sendable {
    public var share: Quantity
    public var part: Quantity
    public var baseLabel: MeasureLabel
}
