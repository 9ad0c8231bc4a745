import QRLintCore

/// Shares against their part and base ("1243人，占总数的65.7%" with 总数 1891), complements against the shares
/// before them ("91.6% … 其余 9.4%"), and the shares of a complete partition against 100%.
enum ShareCheck {
    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        var stated: [ShareClaim] = numbers.claims.shares
        for unresolved in numbers.claims.unresolvedShares {
            guard let measure = unresolved.baseLabel.measure,
                let base = numbers.facts.value(
                    measure: numbers.lexicon.measures[measure].id, year: unresolved.share.year ?? numbers.reportYear,
                    near: unresolved.share)
            else { continue }
            stated.append(ShareClaim(share: unresolved.share, part: unresolved.part, base: base))
        }
        for claim in stated {
            if let result = check(claim, pool: numbers.pool) { results.append(result) }
        }
        for complement in numbers.claims.complements {
            if let result = check(complement, pool: numbers.pool) { results.append(result) }
        }
        results += partitionTotals(numbers, shares: stated)
        return results
    }

    static func check(_ claim: ShareClaim, pool: ScalarPool) -> NumberCheckResult? {
        let share = claim.share
        guard claim.base.value > 0, claim.part.isSummable, claim.base.isSummable,
            let ratio = claim.part.interval / claim.base.interval,
            let looseRatio = claim.part.looseInterval / claim.base.looseInterval
        else { return nil }
        let computed = ratio * 100
        let consistency = Consistency.of(share, computed: computed, computedLoose: looseRatio * 100)
        guard consistency != .consistent else { return nil }
        let value = claim.part.value / claim.base.value * 100
        let decimals = max(share.decimals, 1) + 2
        var text = MessageText()
        text.append("比例与其分子、分母不符：")
        text.appendNumber(of: claim.part, in: pool)
        text.append("÷")
        text.appendNumber(of: claim.base, in: pool)
        text.append("=")
        text.append(Precision.format(value, decimals: decimals))
        text.append("%，文中写作 ")
        text.append(pool[share.text])
        let message = text.string
        let notes = [
            Note(message: claim.part.described(after: "分子：", in: pool), span: claim.part.span),
            Note(message: claim.base.described(after: "分母：", in: pool), span: claim.base.span),
        ]
        return NumberCheckResult(consistency: consistency, message: message, span: share.span, notes: notes)
    }

    static func check(_ claim: ComplementClaim, pool: ScalarPool) -> NumberCheckResult? {
        guard !claim.others.isEmpty, claim.rest.isExact else { return nil }
        let others = claim.others.intervalSum
        let looseOthers = claim.others.looseIntervalSum
        let computed = NumberInterval.point(100) - others
        let consistency = Consistency.of(claim.rest, computed: computed, computedLoose: .point(100) - looseOthers)
        guard consistency != .consistent else { return nil }
        let terms = claim.others.map { NumberText.number($0, in: pool) }.joined(separator: "−")
        let decimals = max(claim.rest.decimals, claim.others.map(\.decimals).max() ?? 0)
        let value = 100 - claim.others.valueSum
        let message =
            "其余部分应为 100−\(terms)=\(Precision.format(value, decimals: decimals))%，文中写作 \(pool.string(claim.rest.text))"
        let notes = claim.others.map { Note(message: $0.described(after: "已列比例：", in: pool), span: $0.span) }
        return NumberCheckResult(consistency: consistency, message: message, span: claim.rest.span, notes: notes)
    }

    /// The shares of every part of a complete partition add up to 100%.
    static func partitionTotals(_ numbers: NumberAnalysis, shares: [ShareClaim]) -> [NumberCheckResult] {
        var byPart: [Span: ShareClaim] = [:]
        // Room for every share at once: regrowing rehashed (and moved) the claims stored so far. Not for none: a
        // dictionary's first storage looks up its key's `Hashable` conformance, a search of every conformance in
        // the program that a document without shares never needed.
        if !shares.isEmpty { byPart.reserveCapacity(shares.count) }
        for share in shares { byPart[share.part.span] = share }
        var results: [NumberCheckResult] = []
        for group in numbers.claims.shareGroups {
            guard let partition = PartitionMatcher.match(labels: group.labels, lexicon: numbers.lexicon),
                partition.complete, !partition.shortfallAllowed, group.shares.allSatisfy(\.isExact)
            else { continue }
            if let result = hundred(group.shares, pool: numbers.pool) { results.append(result) }
        }
        for claim in numbers.claims.partSums where claim.disjoint && claim.exhaustive && !claim.shortfallAllowed {
            let found = claim.parts.compactMap { byPart[$0.span] }
            guard found.count == claim.parts.count, found.count >= 2 else { continue }
            if let result = hundred(found.map(\.share), pool: numbers.pool) { results.append(result) }
        }
        return results
    }

    /// Shares that must make 100%.
    private static func hundred(_ shares: [Quantity], pool: ScalarPool) -> NumberCheckResult? {
        let sum = shares.intervalSum
        let loose = shares.looseIntervalSum
        let consistency = Consistency.of(
            stated: .point(100), computed: sum, statedLoose: .point(100), computedLoose: loose)
        guard consistency != .consistent else { return nil }
        let terms = shares.map { NumberText.number($0, in: pool) }.joined(separator: "+")
        let decimals = shares.map(\.decimals).max() ?? 0
        let value = shares.valueSum
        let message = "各部分比例之和 \(terms)=\(Precision.format(value, decimals: decimals))%，不等于 100%"
        let notes = shares.map { Note(message: $0.described(after: "比例：", in: pool), span: $0.span) }
        let span = Span(start: shares[0].span.start, end: shares[shares.count - 1].span.end)
        return NumberCheckResult(consistency: consistency, message: message, span: span, notes: notes)
    }
}
