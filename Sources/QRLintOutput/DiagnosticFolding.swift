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
        var totals: [String: Int] = [:]
        for diagnostic in diagnostics { totals[diagnostic.ruleID, default: 0] += 1 }
        var printed: [String: Int] = [:]
        var items: [Item] = []
        items.reserveCapacity(min(diagnostics.count, 64))
        for diagnostic in diagnostics {
            let total = totals[diagnostic.ruleID] ?? 0
            guard total > limit else {
                items.append(.diagnostic(diagnostic))
                continue
            }
            let count = printed[diagnostic.ruleID, default: 0]
            guard count < shown else { continue }
            items.append(.diagnostic(diagnostic))
            printed[diagnostic.ruleID] = count + 1
            if count + 1 == shown {
                items.append(.folded(ruleID: diagnostic.ruleID, hidden: total - shown))
            }
        }
        return items
    }
}
