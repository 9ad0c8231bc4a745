import QRLintCore

/// Values that exceed what contains them: a "其中" part larger than its total, a measure larger than the one it
/// is part of (对口就业 > 就业, 升学 > 毕业生), a rate or share above 100%.
enum BoundCheck {
    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for claim in numbers.claims.subsets + numbers.claims.partSums {
            for part in claim.parts where exceeds(part, claim.total) {
                let message =
                    "“\(part.label.text.isEmpty ? "其中" : part.label.text)”为 \(NumberText.number(part))，"
                    + "超过其所属的总数 \(NumberText.number(claim.total))"
                results.append(
                    NumberCheckResult(
                        consistency: .mismatch, message: message, span: part.span,
                        notes: [Note(message: "总数：\(claim.total.described)", span: claim.total.span)]))
            }
        }
        results += withinMeasures(numbers)
        results += ceilings(numbers)
        return results
    }

    private static func exceeds(_ part: Quantity, _ whole: Quantity) -> Bool {
        part.isSummable && whole.isSummable && part.interval.low > whole.interval.high
            && part.looseInterval.low > whole.looseInterval.high
    }

    /// Measures declared `within` another in the packs, compared for the same year.
    private static func withinMeasures(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for fact in numbers.facts.facts where fact.key.qualifier.isEmpty && fact.key.parent.isEmpty {
            guard let measure = numbers.lexicon.measure(id: fact.key.measure), !measure.within.isEmpty else { continue }
            for outer in measure.within {
                guard let whole = numbers.facts.value(measure: outer, year: fact.key.year, near: fact.quantity),
                    exceeds(fact.quantity, whole)
                else { continue }
                let outerName = numbers.lexicon.measure(id: outer)?.name ?? outer
                let message =
                    "\(measure.name) \(NumberText.number(fact.quantity)) 超过\(outerName) \(NumberText.number(whole))，"
                    + "而前者是后者的一部分"
                results.append(
                    NumberCheckResult(
                        consistency: .mismatch, message: message, span: fact.quantity.span,
                        notes: [Note(message: "\(outerName)：\(whole.described)", span: whole.span)]))
            }
        }
        return results
    }

    /// Rates of measures with a ceiling (就业率, 合格率, 满意度 … ≤ 100%) and stated shares above it.
    private static func ceilings(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for paragraph in numbers.paragraphs {
            for q in paragraph.quantities where q.kind == .percent && q.interval.low > 100 {
                let ceiling = q.label.measure.flatMap { numbers.lexicon.measure(id: $0)?.ceiling }
                let isShare = q.label.text.hasPrefix("占") || q.label.text == "占比"
                guard let limit = ceiling ?? (isShare ? 100 : nil), q.interval.low > limit else { continue }
                let message = "“\(q.label.text)”为 \(q.text)，超过 \(Precision.format(limit))%"
                results.append(NumberCheckResult(consistency: .mismatch, message: message, span: q.span, notes: []))
            }
        }
        return results
    }
}
