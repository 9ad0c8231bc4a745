/// Finds the noun phrase in front of a number ("全校教职工总数639人" → "全校教职工总数") and names its measure
/// through the pack's labels. Looks back at most one clause, so the scan stays linear.
enum LabelExtractor {
    /// Longest label looked at, in scalars.
    static let maximumLength = 30

    /// The phrase before `end`: back to the start of the clause, or to `floor` (the end of the previous number).
    /// A parenthesis right before the number is stepped over: "本市学籍初中毕业生（含本地）2309人".
    static func rawRange(_ s: [Unicode.Scalar], end: Int, floor: Int) -> Range<Int> {
        rawRange(s, end: end, floor: floor, clauseEnds: NumberScalars.clauseEnds)
    }

    /// The same, with `NumberScalars.clauseEnds` held by the caller (a static read is a `swift_once` call).
    static func rawRange(_ s: [Unicode.Scalar], end: Int, floor: Int, clauseEnds: ScalarBitSet) -> Range<Int> {
        var i = end
        while i > floor, NumberScalars.isSpace(s[i - 1]) { i -= 1 }
        var upper = i
        if i > floor, s[i - 1] == "）" || s[i - 1] == ")" {
            var k = i - 2
            while k > floor, k > i - 24, s[k] != "（", s[k] != "(", s[k] != "）", s[k] != ")" { k -= 1 }
            if k >= floor, s[k] == "（" || s[k] == "(" {
                upper = k
                i = k
            }
        }
        // The walk back tests each scalar against the clause ends' bits, reached once (every one is a clause end).
        let lowest = max(floor, end - maximumLength)
        let start = clauseEnds.withBMPBits { bits in
            var start = i
            while start > lowest {
                let value = s[start - 1].value
                if value < 0x1_0000, bits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0 { break }
                start -= 1
            }
            return start
        }
        // "在校生总数（5175人）": a number opening a parenthesis is labelled by the phrase before it.
        if start == i, start > floor + 1, s[start - 1] == "（" || s[start - 1] == "(" {
            return rawRange(s, end: start - 1, floor: floor, clauseEnds: clauseEnds)
        }
        return start..<max(start, upper)
    }

    /// The label of the phrase in `range`, with its measure when a known label ends it and its unit fits.
    static func label(
        _ s: [Unicode.Scalar], range: Range<Int>, baseUnit: Int?, kind: Quantity.Kind, lexicon: NumberLexicon,
        pool: inout ScalarPool
    ) -> MeasureLabel {
        var scratch: [Unicode.Scalar] = []
        return label(s, range: range, baseUnit: baseUnit, kind: kind, lexicon: lexicon, pool: &pool, scratch: &scratch)
    }

    /// The same, with a buffer for the phrase without its quotes and spaces that the caller keeps from one label
    /// to the next (the scanner labels every number: a new array for each quoted phrase was an allocation each).
    static func label(
        _ s: [Unicode.Scalar], range: Range<Int>, baseUnit: Int?, kind: Quantity.Kind, lexicon: NumberLexicon,
        pool: inout ScalarPool, scratch: inout [Unicode.Scalar]
    ) -> MeasureLabel {
        label(
            s, range: range, baseUnit: baseUnit, kind: kind, lexicon: lexicon, pool: &pool, scratch: &scratch,
            tables: LabelText.tables)
    }

    /// The same, with the word lists of `LabelText` held by the caller (the scanner labels every number, and each
    /// read of the static was a `swift_once` call).
    static func label(
        _ s: [Unicode.Scalar], range: Range<Int>, baseUnit: Int?, kind: Quantity.Kind, lexicon: NumberLexicon,
        pool: inout ScalarPool, scratch: inout [Unicode.Scalar], tables: LabelText.Tables
    ) -> MeasureLabel {
        guard !range.isEmpty else { return .none }
        // Most phrases hold no quote or space: they are read in place, and only the label itself is copied out.
        // Most hold no digit either, and so no year for the stripping to look for.
        var ignorable = false
        var digits = false
        for k in range {
            if LabelText.isIgnorable(s[k]) { ignorable = true }
            if NumberScalars.isDigit(s[k]) { digits = true }
        }
        guard ignorable else {
            return label(
                in: s, range, phrase: range, digits: digits, baseUnit: baseUnit, kind: kind, lexicon: lexicon,
                pool: &pool, tables: tables)
        }
        scratch.removeAll(keepingCapacity: true)
        for k in range where !LabelText.isIgnorable(s[k]) { scratch.append(s[k]) }
        return label(
            in: scratch, scratch.indices, phrase: range, digits: digits, baseUnit: baseUnit, kind: kind,
            lexicon: lexicon, pool: &pool, tables: tables)
    }

    /// The label of `raw[bounds]` (the phrase without quotes and spaces); `phrase` is where it is written, and
    /// `digits` whether it holds any.
    private static func label(
        in raw: [Unicode.Scalar], _ bounds: Range<Int>, phrase range: Range<Int>, digits: Bool, baseUnit: Int?,
        kind: Quantity.Kind, lexicon: NumberLexicon, pool: inout ScalarPool, tables: LabelText.Tables
    ) -> MeasureLabel {
        let stripped = tables.stripped(raw, in: bounds, front: true, digits: digits)
        // "全校总人数" is a label as a whole; stripping 全校 would leave only "总人数".
        // When nothing came off the front, stripping only the back gives the same range (the back steps see the
        // same bounds), so it is not done twice.
        let whole =
            stripped.lowerBound == bounds.lowerBound ? stripped : tables.stripped(raw, in: bounds, front: false)
        let shorter = tables.withoutCountSuffix(raw, stripped)
        // "毕业生毕业去向落实人数": with and without its count word; the reading that leaves less in front wins.
        var best: (measure: Int, qualifier: Range<Int>)? = nil
        let unitOfMeasure = lexicon.unitOfMeasure
        // The three readings in turn, without building an array of them for every label.
        for reading in 0..<3 {
            let candidate: Range<Int>? =
                switch reading {
                case 0: stripped
                case 1: shorter
                default: whole.count <= 8 && whole != stripped ? whole : nil
                }
            guard let candidate, let (index, length) = lexicon.measure(endingLabel: raw, candidate),
                fits(unit: unitOfMeasure[index], baseUnit: baseUnit, kind: kind, lexicon: lexicon)
            else { continue }
            let qualifier = Self.qualifier(
                raw,
                tables.stripped(
                    raw, in: candidate.lowerBound..<(candidate.upperBound - length), front: true, digits: digits))
            if best == nil || qualifier.count < best!.qualifier.count { best = (index, qualifier) }
        }
        let scalars = pool.add(raw, stripped)
        guard let best else { return MeasureLabel(scalars: scalars, range: range, measure: nil, qualifier: .empty) }
        // "专任教师中“双师型”教师", "就业学生中对口就业": a qualifier that names the measure this one lies within
        // says where it is counted, not which part of it.
        var qualifier = best.qualifier
        if !qualifier.isEmpty, let outer = lexicon.measure(endingLabel: raw, qualifier),
            outer.labelLength == qualifier.count,
            lexicon.isWithin(best.measure, outer.measure)
        {
            qualifier = qualifier.lowerBound..<qualifier.lowerBound
        }
        return MeasureLabel(
            scalars: scalars, range: range, measure: best.measure, qualifier: pool.add(raw, qualifier))
    }

    /// The range of `s` left without the particles that join a qualifier to its measure ("专任教师中" → "专任教师").
    static func qualifier(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, s[upper - 1] == "中" || s[upper - 1] == "的" || s[upper - 1] == "之" {
            upper -= 1
        }
        return range.lowerBound..<upper
    }

    /// A measure counted in 人 is not named by a number in 人次 or %.
    private static func fits(unit: Int?, baseUnit: Int?, kind: Quantity.Kind, lexicon: NumberLexicon) -> Bool {
        guard let expected = unit else { return kind == .bare || kind == .ratio || baseUnit == nil }
        if kind == .bare { return lexicon.baseUnitNames[expected] != "%" }
        return expected == baseUnit
    }

    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(scalars: scalars)
    }
}
