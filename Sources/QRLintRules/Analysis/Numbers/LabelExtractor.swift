/// Finds the noun phrase in front of a number ("全校教职工总数639人" → "全校教职工总数") and names its measure
/// through the pack's labels. Looks back at most one clause, so the scan stays linear.
enum LabelExtractor {
    /// Longest label looked at, in scalars.
    static let maximumLength = 30

    /// The phrase before `end`: back to the start of the clause, or to `floor` (the end of the previous number).
    /// A parenthesis right before the number is stepped over: "本市学籍初中毕业生（含本地）2309人".
    static func rawRange(_ s: [Unicode.Scalar], end: Int, floor: Int) -> Range<Int> {
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
        var start = i
        while start > floor, end - start < maximumLength, !NumberScalars.endsClause(s[start - 1]) { start -= 1 }
        return start..<max(start, upper)
    }

    /// The label of the phrase in `range`, with its measure when a known label ends it and its unit fits.
    static func label(
        _ s: [Unicode.Scalar], range: Range<Int>, baseUnit: String?, kind: Quantity.Kind, lexicon: NumberLexicon
    ) -> MeasureLabel {
        guard !range.isEmpty else { return .none }
        var raw: [Unicode.Scalar] = []
        raw.reserveCapacity(range.count)
        for k in range where !LabelText.isIgnorable(s[k]) { raw.append(s[k]) }
        let stripped = LabelText.strip(raw)
        let text = string(stripped)
        var candidates = [stripped]
        if let shorter = LabelText.withoutCountSuffix(stripped) { candidates.append(shorter) }
        // "毕业生毕业去向落实人数": with and without its count word; the reading that leaves less in front wins.
        var best: MeasureLabel? = nil
        for candidate in candidates {
            guard let (index, qualifier) = lexicon.measure(endingLabel: candidate) else { continue }
            let measure = lexicon.measures[index]
            guard fits(measure, baseUnit: baseUnit, kind: kind) else { continue }
            let label = MeasureLabel(
                text: text, range: range, measure: measure.id, qualifier: Self.qualifier(LabelText.strip(qualifier)))
            if best == nil || label.qualifier.unicodeScalars.count < best!.qualifier.unicodeScalars.count { best = label }
        }
        return best ?? MeasureLabel(text: text, range: range, measure: nil, qualifier: "")
    }

    /// What qualifies a measure, without the particles that join it ("专任教师中" → "专任教师", "的" → "").
    static func qualifier(_ scalars: [Unicode.Scalar]) -> String {
        var q = scalars
        while let last = q.last, last == "中" || last == "的" || last == "之" { q.removeLast() }
        return string(q)
    }

    /// A measure counted in 人 is not named by a number in 人次 or %.
    private static func fits(_ measure: MeasureEntry, baseUnit: String?, kind: Quantity.Kind) -> Bool {
        guard let expected = measure.unit else { return kind == .bare || kind == .ratio || baseUnit == nil }
        if kind == .bare { return expected != "%" }
        return expected == baseUnit
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
