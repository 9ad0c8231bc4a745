/// Finds stated changes in one paragraph: "招生3211人，同比上一年减少224人", "落实率97.3%，较上年提高1.2个百分点",
/// "经费收入较上年增长12.5%". The value the change is about must be stated before it in the same sentence.
struct ChangeFinder {
    let paragraph: ParagraphText
    let quantities: [Quantity]

    private var s: [Unicode.Scalar] { paragraph.scalars }

    private static let comparisons: [[Unicode.Scalar]] = [
        "同比", "较上年", "较去年", "比上年", "比去年", "较上一年", "比上一年", "较上一学年", "比上一学年", "较上学年", "与上年相比",
        "与去年相比", "与上一年相比", "与上一年度相比", "较上一年度", "比上一年度", "较上年度", "比上年度", "相比上年", "相比去年",
    ].map { Array($0.unicodeScalars) }

    private static let verbs: [([Unicode.Scalar], ChangeClaim.Direction)] =
        ([
            ("增加了", .up), ("增长了", .up), ("减少了", .down), ("下降了", .down), ("提高了", .up), ("降低了", .down),
            ("上升了", .up), ("提升了", .up), ("增加", .up), ("增长", .up), ("减少", .down), ("下降", .down), ("提高", .up),
            ("降低", .down), ("上升", .up), ("提升", .up), ("增多", .up), ("减少", .down), ("多", .up), ("少", .down),
        ] as [(String, ChangeClaim.Direction)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// The last scalars of the verbs: a number not preceded by one is no change, without trying each verb.
    private static let verbEnds = ScalarBitSet(verbs.compactMap { $0.0.last?.value })

    /// Appends to the document's list: an array of its own per paragraph was one more release each.
    func find(into claims: inout [ChangeClaim]) {
        // Read once: each read of a static is a `swift_once` call, and the set is asked for every quantity.
        let verbEnds = Self.verbEnds
        for k in quantities.indices {
            guard quantities[k].isExact || quantities[k].approximation == .odd, quantities[k].kind != .ratio,
                quantities[k].kind != .times
            else {
                continue
            }
            var end = quantities[k].range.lowerBound
            while end > 0, s[end - 1] == " " { end -= 1 }
            guard end > 0, verbEnds.contains(s[end - 1].value) else { continue }
            let change = quantities[k]
            guard let (verb, direction) = Self.verbs.first(where: { LabelText.hasSuffix(s, 0, end, $0.0) }) else {
                continue
            }
            // "增长至 95%", "提高到": a new value, not a change.
            let afterVerb = end
            if afterVerb < s.count, s[afterVerb] == "至" || s[afterVerb] == "到" { continue }
            let verbStart = end - verb.count
            let sentence = paragraph.sentence(containing: change.range.lowerBound)
            // The comparison word close before the verb, in the same clause: "同比上一年减少", "较上年增长".
            var clauseStart = verbStart
            while clauseStart > sentence.lowerBound, verbStart - clauseStart < 16,
                !NumberScalars.endsClause(s[clauseStart - 1])
            {
                clauseStart -= 1
            }
            guard
                let comparison = Self.comparisons.compactMap({ paragraph.find($0, in: clauseStart..<verbStart) }).min()
            else { continue }
            // The current value: the last amount before the comparison in the sentence.
            guard
                let c = quantities.lastIndex(where: {
                    $0.range.upperBound <= comparison && $0.range.lowerBound >= sentence.lowerBound
                })
            else { continue }
            let current = quantities[c]
            guard current.kind != .points, fits(current: current, change: change) else { continue }
            // "…1420人，毕业去向落实率较上年提高": another subject between the value and the comparison.
            guard
                (current.range.upperBound..<comparison).allSatisfy({
                    NumberScalars.isSpace(s[$0]) || NumberScalars.endsClause(s[$0])
                })
            else { continue }
            claims.append(
                ChangeClaim(
                    current: current, change: change, direction: direction,
                    wording: paragraph.string(comparison..<afterVerb)))
        }
    }

    /// An absolute change is in the current value's unit; a percentage is relative (or, for a rate, may be points).
    private func fits(current: Quantity, change: Quantity) -> Bool {
        switch change.kind {
        case .percent: return true
        case .points: return current.kind == .percent
        default:
            if current.kind == .percent { return false }
            return current.baseUnit == change.baseUnit || current.baseUnit == nil || change.baseUnit == nil
        }
    }
}
