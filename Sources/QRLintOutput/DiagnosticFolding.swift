import QRLintCore

/// Keeps a long run of one rule from burying the other findings of a file in human output: a rule that
/// fires more than `limit` times in one file shows its first `shown` findings in full, then one line with
/// the number left out. Only the listing folds; summaries still count every finding.
enum DiagnosticFolding {
    static let limit = 20
    static let shown = 10

    enum Item: Equatable {
        case diagnostic(Diagnostic)
        /// Stands right after the last finding shown of `ruleID`.
        case folded(ruleID: String, hidden: Int)
    }

    /// `diagnostics` of one file in their order, with the folded ones replaced by a single `.folded` item.
    static func items(_ diagnostics: [Diagnostic]) -> [Item] {
        // Each rule id is hashed once per finding, into a small number that indexes plain arrays: a large
        // file has tens of thousands of findings and a handful of rules.
        var ruleNumbers: [String: Int] = [:]
        var ruleOf: [Int] = []
        ruleOf.reserveCapacity(diagnostics.count)
        var totals: [Int] = []
        // By index: `for diagnostic in diagnostics` copied (and retained) each finding.
        for index in diagnostics.indices {
            let ruleID = diagnostics[index].ruleID
            let number =
                ruleNumbers[ruleID]
                ?? {
                    ruleNumbers[ruleID] = totals.count
                    totals.append(0)
                    return totals.count - 1
                }()
            totals[number] += 1
            ruleOf.append(number)
        }
        var printed = [Int](repeating: 0, count: totals.count)
        var items: [Item] = []
        items.reserveCapacity(min(diagnostics.count, 64))
        for index in diagnostics.indices {
            let number = ruleOf[index]
            let total = totals[number]
            guard total > limit else {
                items.append(.diagnostic(diagnostics[index]))
                continue
            }
            guard printed[number] < shown else { continue }
            items.append(.diagnostic(diagnostics[index]))
            printed[number] += 1
            if printed[number] == shown {
                items.append(.folded(ruleID: diagnostics[index].ruleID, hidden: total - shown))
            }
        }
        return items
    }
}
