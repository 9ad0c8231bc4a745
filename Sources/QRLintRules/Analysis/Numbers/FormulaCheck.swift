import QRLintCore

/// Stated values against the formulas of `Rules/formulas/` (生师比 = 在校生 ÷ 专任教师, 生均 X = X ÷ 在校生 …).
/// Inputs are the figures of the same year: the nearest one in the same paragraph, else the one value the
/// document agrees on. A stated value passes when any alternative whose inputs are all stated agrees with it.
enum FormulaCheck {
    static func results(_ numbers: NumberAnalysis, formulas: [Formula], severity: Severity) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        let chosen = formulas.filter { $0.severity == severity }
        guard !chosen.isEmpty else { return [] }
        // The formulas by the measure they compute, as indices of `chosen`.
        var byResult: [String: [Int]] = [:]
        for f in chosen.indices { byResult[chosen[f].result, default: []].append(f) }
        // Each formula's terms are looked up when a stated value first needs it: most formulas have none in a
        // short report.
        var prepared = [Prepared?](repeating: nil, count: chosen.count)
        // The formulas of each fact group, looked up once per group (facts of a group share their key), not
        // once per fact.
        let index = numbers.facts
        let groupFormulas: [[Int]?] = index.groups.map { group in
            let key = index.facts[group[0]].key
            guard key.qualifier.isEmpty, key.parent.isEmpty else { return nil }
            return byResult[key.measure]
        }
        for k in index.facts.indices {
            guard let formulas = groupFormulas[index.groupOfFact[k]] else { continue }
            for f in formulas {
                if prepared[f] == nil { prepared[f] = Prepared(chosen[f], numbers: numbers) }
                if let result = check(
                    prepared[f]!, stated: index.facts[k].quantity, year: index.facts[k].key.year, numbers: numbers)
                {
                    results.append(result)
                }
            }
        }
        return results
    }

    /// A formula with the terms of its alternatives looked up once for the document: the fact index's key of
    /// each (nil: no fact states it) and the name messages give it. Looked up for every stated value, the ids were
    /// hashed twice per term.
    struct Prepared {
        let formula: Formula
        let keys: [[Int?]]
        let names: [[String]]

        init(_ formula: Formula, numbers: NumberAnalysis) {
            self.formula = formula
            keys = formula.alternatives.map { $0.terms.map { numbers.facts.measureKey(id: $0) } }
            names = formula.alternatives.map { $0.terms.map { numbers.lexicon.measureName(id: $0) ?? $0 } }
        }
    }

    static func check(_ prepared: Prepared, stated: Quantity, year: Int?, numbers: NumberAnalysis)
        -> NumberCheckResult?
    {
        guard stated.kind != .count || stated.isExact || stated.approximation == .odd else { return nil }
        let formula = prepared.formula
        let ownBase = statedBase(of: stated, numbers: numbers)
        // The alternatives are weighed first; only the one reported has its message written.
        var best:
            (
                consistency: Consistency, alternative: FormulaExpression, values: [Quantity], value: Double,
                scale: Double, distance: Double, names: [String]
            )? = nil
        for a in formula.alternatives.indices {
            let alternative = formula.alternatives[a]
            var values: [Quantity] = []
            values.reserveCapacity(alternative.terms.count)
            for key in prepared.keys[a] {
                guard let key, let value = numbers.facts.value(measureKey: key, year: year, near: stated) else { break }
                values.append(value)
            }
            guard values.count == alternative.terms.count else { continue }
            // "参加考试人数1243人，升学率100%": the rate names its own base, which is none of the formula's inputs.
            if alternative.operation == .divide, let ownBase,
                ownBase.label.measure.map({ !alternative.terms.contains(numbers.lexicon.measures[$0].id) }) ?? true
            {
                continue
            }
            guard let (computed, loose, value) = evaluate(alternative, values), computed.low.isFinite else { continue }
            let scale: Double = stated.kind == .percent && alternative.operation == .divide ? 100 : 1
            let consistency = Consistency.of(stated, computed: computed * scale, computedLoose: loose * scale)
            if consistency == .consistent { return nil }
            // Report the alternative that comes closest to the stated value; truncation beats a mismatch.
            let distance = abs(value * scale - stated.value)
            if best == nil || (best!.consistency == .mismatch && consistency == .truncationOnly)
                || (best!.consistency == consistency && distance < best!.distance)
            {
                best = (consistency, alternative, values, value, scale, distance, prepared.names[a])
            }
        }
        guard let best else { return nil }
        let (alternative, values, value, scale) = (best.alternative, best.values, best.value, best.scale)
        let pool = numbers.pool
        let shown =
            stated.kind == .percent
            ? Precision.format(value * scale, decimals: max(stated.decimals, 1) + 1) + "%"
            : NumberText.value(value * scale, like: stated, decimals: max(stated.decimals, 2))
        // "名称：甲 a ÷ 乙 b = c，文中写作 d", written piece by piece into one buffer.
        var text = MessageText()
        text.append(formula.name)
        text.append("：")
        var notes: [Note] = []
        notes.reserveCapacity(values.count)
        for k in values.indices {
            let name = best.names[k]
            if k > 0 { text.append(alternative.operation == .add ? " + " : " ÷ ") }
            text.append(name)
            text.append(" ")
            text.appendNumber(of: values[k], in: pool)
            var note = MessageText(capacity: 64)
            note.append(name)
            note.append("：")
            note.appendDescription(of: values[k], in: pool)
            notes.append(Note(message: note.string, span: values[k].span))
        }
        text.append(" = ")
        text.append(shown)
        text.append("，文中写作 ")
        text.append(pool[stated.text])
        let message = text.string
        return NumberCheckResult(consistency: best.consistency, message: message, span: stated.span, notes: notes)
    }

    /// The count stated right before a rate in its sentence ("参加考试人数1243人，升学率100%"), if any.
    private static func statedBase(of stated: Quantity, numbers: NumberAnalysis) -> Quantity? {
        guard stated.kind == .percent, case .paragraph(let block) = stated.host,
            let paragraph = numbers.paragraph(block: block),
            let index = numbers.quantities(of: paragraph).lastIndex(where: {
                $0.range.upperBound <= stated.range.lowerBound
            })
        else { return nil }
        let previous = numbers.quantities[index]
        guard previous.kind == .count || previous.kind == .bare,
            numbers.sentence(of: paragraph, containing: previous.range.lowerBound)
                == numbers.sentence(of: paragraph, containing: stated.range.lowerBound)
        else { return nil }
        return previous
    }

    /// The interval, the loose interval and the point value of an alternative over its inputs (base units).
    private static func evaluate(
        _ expression: FormulaExpression, _ inputs: [Quantity]
    ) -> (NumberInterval, NumberInterval, Double)? {
        switch expression.operation {
        case .add:
            return (
                inputs.intervalSum, inputs.looseIntervalSum,
                inputs.valueSum
            )
        case .divide:
            guard inputs[1].value != 0, let ratio = inputs[0].interval / inputs[1].interval,
                let loose = inputs[0].looseInterval / inputs[1].looseInterval
            else { return nil }
            return (ratio, loose, inputs[0].value / inputs[1].value)
        }
    }
}
