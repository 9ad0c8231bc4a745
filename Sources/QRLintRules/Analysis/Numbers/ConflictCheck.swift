import QRLintCore

/// The same measure, qualifier, scope and year stated with values that cannot both be true (their intervals do
/// not meet: "9300余人" and 9313 agree). When the odd value equals last year's, the message says it looks copied.
enum ConflictCheck {
    /// At most this many different values are kept per fact, so the work stays linear.
    static let clusterLimit = 4

    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        let index = numbers.facts
        // The values kept per fact group (the index numbers the keys, so no key is hashed here).
        var clusters: [[Quantity]] = Array(repeating: [], count: index.groups.count)
        // By index: a fact is copied only when its value is kept or reported.
        for f in index.facts.indices {
            let group = index.groupOfFact[f]
            let interval = index.facts[f].quantity.interval
            if clusters[group].contains(where: { $0.interval.intersects(interval) }) { continue }
            guard let first = clusters[group].first else {
                clusters[group] = [index.facts[f].quantity]
                continue
            }
            if clusters[group].count < clusterLimit { clusters[group].append(index.facts[f].quantity) }
            results.append(conflict(index.facts[f], earlier: first, numbers: numbers))
        }
        return results
    }

    private static func conflict(_ fact: Fact, earlier: Quantity, numbers: NumberAnalysis) -> NumberCheckResult {
        let key = fact.key
        let name = numbers.lexicon.measureName(id: key.measure) ?? key.measure
        var subject = key.qualifier.isEmpty ? name : "\(displayQualifier(key.qualifier))\(name)"
        if !key.parent.isEmpty {
            subject = "\(numbers.lexicon.measureName(id: key.parent) ?? key.parent)中的\(subject)"
        }
        let year = key.year.map { "（\($0) 年）" } ?? ""
        var message = "\(subject)\(year)在此为 \(numbers.text(fact.quantity))，与前文的 \(numbers.text(earlier)) 不一致"
        if let year = key.year {
            var previousYear = key
            previousYear.year = year - 1
            if let last = numbers.facts.agreedValue(for: previousYear),
                last.interval.intersects(fact.quantity.interval),
                !last.interval.intersects(earlier.interval)
            {
                message += "（与 \(year - 1) 年的 \(numbers.text(last)) 相同，疑为沿用上年数据）"
            }
        }
        return NumberCheckResult(
            consistency: .mismatch, message: message, span: fact.quantity.span,
            notes: [Note(message: earlier.described(after: "前文：", in: numbers.pool), span: earlier.span)])
    }

    /// A table row's qualifier is stored as "会计事务|…": shown as "会计事务".
    private static func displayQualifier(_ qualifier: String) -> String {
        qualifier.split(separator: "|").joined()
    }
}
