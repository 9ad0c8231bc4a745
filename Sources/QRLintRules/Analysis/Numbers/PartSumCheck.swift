import QRLintCore

/// Totals against their listed parts. Disjoint parts (a partition family, or 分别) may not add up to more than the
/// total; parts that make the whole (a complete family, or "A、B共X，分别为…") must add up to it exactly.
enum PartSumCheck {
    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        numbers.claims.partSums.compactMap { check($0, pool: numbers.pool) }
    }

    static func check(_ claim: PartSumClaim, pool: ScalarPool) -> NumberCheckResult? {
        guard claim.disjoint else { return nil }
        let total = claim.total
        let sum = NumberInterval.sum(claim.parts.map(\.interval))
        let looseSum = NumberInterval.sum(claim.parts.map(\.looseInterval))
        let consistency = Consistency.of(total, computed: sum, computedLoose: looseSum)
        guard consistency != .consistent else { return nil }
        let exceeds = sum.low > total.interval.high
        let mustEqual = claim.exhaustive && !claim.shortfallAllowed
        guard exceeds || mustEqual else { return nil }
        // Parts that are themselves approximate ("300余人") say too little for an exact comparison.
        guard claim.parts.allSatisfy({ $0.isExact }) || exceeds else { return nil }
        let terms = claim.parts.map { NumberText.number($0, in: pool) }.joined(separator: "+")
        let sumText = NumberText.value(claim.parts.map(\.value).reduce(0, +), like: total, decimals: total.decimals)
        let difference = abs(claim.parts.map(\.value).reduce(0, +) - total.value)
        let differenceText = NumberText.value(difference, like: total, decimals: total.decimals)
        let family = claim.partition.map { "（按\($0.familyName)分项）" } ?? ""
        let message: String
        if exceeds {
            message =
                "分项之和 \(terms)=\(sumText)，超过总数 \(NumberText.number(total, in: pool))（多 \(differenceText)）\(family)"
        } else {
            message =
                "分项之和 \(terms)=\(sumText)，与总数 \(NumberText.number(total, in: pool)) 不符（差 \(differenceText)）\(family)"
        }
        var notes = [Note(message: total.described(after: "总数：", in: pool), span: total.span)]
        notes += claim.parts.map { Note(message: $0.described(after: "分项：", in: pool), span: $0.span) }
        let end = claim.parts.map(\.span.end).max() ?? total.span.end
        // The list of parts is what does not add up; the total is a note.
        return NumberCheckResult(
            consistency: consistency, message: message, span: Span(start: claim.parts[0].span.start, end: end),
            notes: notes)
    }
}
