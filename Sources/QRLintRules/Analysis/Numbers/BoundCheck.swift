import QRLintCore

/// Values that exceed what contains them: a "其中" part larger than its total, a measure larger than the one it
/// is part of (对口就业 > 就业, 升学 > 毕业生), a rate or share above 100%.
enum BoundCheck {
    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        // By index: iterating the claims and parts themselves would copy every one of them.
        for claims in [numbers.claims.subsets, numbers.claims.partSums] {
            for c in claims.indices {
                for p in claims[c].parts.indices where exceeds(claims[c].parts[p], claims[c].total) {
                    let part = claims[c].parts[p]
                    let total = claims[c].total
                    let label = numbers.text(part.label)
                    let message: String =
                        "“\(label.isEmpty ? "其中" : label)”为 \(NumberText.number(part, in: numbers.pool))，"
                        + "超过其所属的总数 \(NumberText.number(total, in: numbers.pool))"
                    results.append(
                        NumberCheckResult(
                            consistency: .mismatch, message: message, span: part.span,
                            notes: [Note(message: total.described(after: "总数：", in: numbers.pool), span: total.span)]))
                }
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
        let index = numbers.facts
        let lexicon = numbers.lexicon
        let measures = lexicon.measures
        // The measure of each fact group, looked up once per group (its facts share the key); nil when the
        // group is a part or qualified, or its measure lies within none.
        let groupMeasure: [Int?] = index.groups.map { group in
            let key = index.facts[group[0]].key
            guard key.qualifier.isEmpty, key.parent.isEmpty, let m = lexicon.measureIndex(id: key.measure),
                !measures[m].within.isEmpty
            else { return nil }
            return m
        }
        // The index's keys of each measure's outer measures, looked up once per measure: by id, each fact's
        // lookups hashed the ids again.
        var outerKeys = [[Int?]?](repeating: nil, count: measures.count)
        for f in index.facts.indices {
            guard let m = groupMeasure[index.groupOfFact[f]] else { continue }
            let quantity = index.facts[f].quantity
            let within = measures[m].within
            if outerKeys[m] == nil { outerKeys[m] = within.map { index.measureKey(id: $0) } }
            let keys = outerKeys[m]!
            for w in within.indices {
                let outer = within[w]
                guard let key = keys[w],
                    let whole = index.value(measureKey: key, year: index.facts[f].key.year, near: quantity),
                    exceeds(quantity, whole)
                else { continue }
                let outerName = lexicon.measureName(id: outer) ?? outer
                let message =
                    "\(measures[m].name) \(NumberText.number(quantity, in: numbers.pool)) 超过\(outerName) "
                    + "\(NumberText.number(whole, in: numbers.pool))，而前者是后者的一部分"
                results.append(
                    NumberCheckResult(
                        consistency: .mismatch, message: message, span: quantity.span,
                        notes: [Note(message: "\(outerName)：\(whole.described(in: numbers.pool))", span: whole.span)]))
            }
        }
        return results
    }

    /// Rates of measures with a ceiling (就业率, 合格率, 满意度 … ≤ 100%) and stated shares above it.
    private static func ceilings(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        // By index: most quantities are passed over before being copied.
        let quantities = numbers.quantities
        for k in quantities.indices where quantities[k].kind == .percent && quantities[k].interval.low > 100 {
            let q = quantities[k]
            let ceiling = q.label.measure.flatMap { numbers.lexicon.measures[$0].ceiling }
            let label = numbers.pool[q.label.scalars]
            // "占…" is a share ("占比" among them). A label of simple scalars (see `TableNumbersReader.isSimple`)
            // starts with the character 占 exactly when it starts with the scalar; another is asked as a string.
            let isShare =
                label.allSatisfy(TableNumbersReader.isSimple)
                ? label.first == "占" : numbers.text(q.label).hasPrefix("占")
            guard let limit = ceiling ?? (isShare ? 100 : nil), q.interval.low > limit else { continue }
            // "“<label>”为 <text>，超过 <limit>%", written into one buffer (an interpolation made a string of the
            // label and of the text first, and grew the message piece by piece).
            var text = MessageText()
            text.append("“")
            text.append(label)
            text.append("”为 ")
            text.append(numbers.pool[q.text])
            text.append("，超过 ")
            text.append(Precision.format(limit))
            text.append("%")
            let message = text.string
            results.append(NumberCheckResult(consistency: .mismatch, message: message, span: q.span, notes: []))
        }
        return results
    }
}
