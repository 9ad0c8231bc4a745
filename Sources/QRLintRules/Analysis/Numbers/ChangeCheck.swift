import QRLintCore

/// Stated changes against the two values they are between: "招生3211人，同比减少224人" needs last year's 招生 to
/// be 3435 wherever the report states it. A rate's change written as "提高 X%" where X is the difference in
/// points is reported apart (`numbers.percentage-points`).
enum ChangeCheck {
    struct Results {
        var changes: [NumberCheckResult] = []
        /// Rate changes written in % that are differences in 百分点.
        var points: [NumberCheckResult] = []
    }

    static func results(_ numbers: NumberAnalysis) -> Results {
        var results = Results()
        for claim in numbers.claims.changes {
            check(claim, numbers: numbers, into: &results)
        }
        return results
    }

    /// Last year's value of the same measure, qualifier and scope.
    static func prior(_ current: Quantity, numbers: NumberAnalysis) -> Quantity? {
        guard let measure = current.label.measure, let year = current.year ?? numbers.reportYear else { return nil }
        // The plain measure (most changes) is looked up by its key's number: the key of strings was built, and
        // its id and empty qualifier hashed, for every change.
        if current.label.qualifier.isEmpty {
            return numbers.facts.measureKey(id: numbers.lexicon.measures[measure].id).flatMap {
                numbers.facts.agreedValue(measureKey: $0, year: year - 1)
            }
        }
        let key = FactKey(
            measure: numbers.lexicon.measures[measure].id, qualifier: numbers.qualifier(current.label), parent: "",
            year: year - 1)
        return numbers.facts.agreedValue(for: key)
    }

    private static func check(_ claim: ChangeClaim, numbers: NumberAnalysis, into results: inout Results) {
        let current = claim.current
        guard let prior = prior(current, numbers: numbers), claim.change.isExact else { return }
        let sign: Double = claim.direction == .up ? 1 : -1
        let stated = claim.change.interval * sign
        let statedLoose = claim.change.looseInterval * sign
        let difference = current.interval - prior.interval
        let looseDifference = current.looseInterval - prior.looseInterval
        // The notes and wording are written only for a change that does not agree.
        var notes: [Note] {
            [
                Note(message: current.described(after: "本期：", in: numbers.pool), span: current.span),
                Note(message: prior.described(after: "上期：", in: numbers.pool), span: prior.span),
            ]
        }
        let differenceValue = current.value - prior.value
        // "<lead>a−b=<result>，文中写作“<wording><change>”" (with "(a−b)÷b" for a relative change), in one buffer.
        func changeMessage(_ lead: String, relative: Bool = false, result: String) -> String {
            let pool = numbers.pool
            var text = MessageText()
            text.append(lead)
            if relative { text.append("(") }
            text.appendNumber(of: current, in: pool)
            text.append("−")
            text.appendNumber(of: prior, in: pool)
            if relative {
                text.append(")÷")
                text.appendNumber(of: prior, in: pool)
            }
            text.append("=")
            text.append(result)
            text.append("，文中写作“")
            text.append(claim.wording)
            text.append(pool[claim.change.text])
            text.append("”")
            return text.string
        }
        switch claim.change.kind {
        case .percent:
            let relative = (difference / prior.interval).map { $0 * 100 }
            let looseRelative = (looseDifference / prior.looseInterval).map { $0 * 100 }
            let asRelative =
                relative.map {
                    Consistency.of(
                        stated: stated, computed: $0, statedLoose: statedLoose, computedLoose: looseRelative ?? $0)
                } ?? .mismatch
            guard asRelative != .consistent else { return }
            if current.kind == .percent {
                let asPoints = Consistency.of(
                    stated: stated, computed: difference, statedLoose: statedLoose, computedLoose: looseDifference)
                if asPoints != .mismatch {
                    let message = changeMessage(
                        "比率的变化应以百分点表示：", result: Precision.format(differenceValue, decimals: 2) + " 个百分点")
                    results.points.append(
                        NumberCheckResult(
                            consistency: .mismatch, message: message, span: claim.change.span, notes: notes))
                    return
                }
            }
            let value = prior.value == 0 ? 0 : differenceValue / prior.value * 100
            let message = changeMessage(
                "增减幅度与前后数值不符：", relative: true, result: Precision.format(value, decimals: 2) + "%")
            results.changes.append(
                NumberCheckResult(consistency: asRelative, message: message, span: claim.change.span, notes: notes))
        case .points:
            let consistency = Consistency.of(
                stated: stated, computed: difference, statedLoose: statedLoose, computedLoose: looseDifference)
            guard consistency != .consistent else { return }
            let message = changeMessage(
                "变化的百分点与前后数值不符：", result: Precision.format(differenceValue, decimals: 2) + " 个百分点")
            results.changes.append(
                NumberCheckResult(consistency: consistency, message: message, span: claim.change.span, notes: notes))
        default:
            let consistency = Consistency.of(
                stated: stated, computed: difference, statedLoose: statedLoose, computedLoose: looseDifference)
            guard consistency != .consistent else { return }
            let message = changeMessage(
                "增减量与前后数值不符：",
                result: NumberText.value(differenceValue, like: current, decimals: current.decimals))
            results.changes.append(
                NumberCheckResult(consistency: consistency, message: message, span: claim.change.span, notes: notes))
        }
    }
}
