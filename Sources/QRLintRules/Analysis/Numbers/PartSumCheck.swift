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
        let sum = claim.parts.intervalSum
        let looseSum = claim.parts.looseIntervalSum
        let consistency = Consistency.of(total, computed: sum, computedLoose: looseSum)
        guard consistency != .consistent else { return nil }
        let exceeds = sum.low > total.interval.high
        let mustEqual = claim.exhaustive && !claim.shortfallAllowed
        guard exceeds || mustEqual else { return nil }
        // Parts that are themselves approximate ("300余人") say too little for an exact comparison.
        guard claim.parts.allSatisfy({ $0.isExact }) || exceeds else { return nil }
        let sumText = NumberText.value(claim.parts.valueSum, like: total, decimals: total.decimals)
        let difference = abs(claim.parts.valueSum - total.value)
        let differenceText = NumberText.value(difference, like: total, decimals: total.decimals)
        // "分项之和 a+b=s，超过总数 t（多 d）（按…分项）", or "…，与总数 t 不符（差 d）…".
        var text = MessageText()
        text.append("分项之和 ")
        text.appendNumbers(of: claim.parts[...], separator: "+", in: pool)
        text.append("=")
        text.append(sumText)
        text.append(exceeds ? "，超过总数 " : "，与总数 ")
        text.appendNumber(of: total, in: pool)
        text.append(exceeds ? "（多 " : " 不符（差 ")
        text.append(differenceText)
        text.append("）")
        if let partition = claim.partition {
            text.append("（按")
            text.append(partition.familyName)
            text.append("分项）")
        }
        let message = text.string
        var notes = [Note(message: total.described(after: "总数：", in: pool), span: total.span)]
        notes += claim.parts.map { Note(message: $0.described(after: "分项：", in: pool), span: $0.span) }
        let end = claim.parts.map(\.span.end).max() ?? total.span.end
        // The list of parts is what does not add up; the total is a note.
        return NumberCheckResult(
            consistency: consistency, message: message, span: Span(start: claim.parts[0].span.start, end: end),
            notes: notes)
    }
}
