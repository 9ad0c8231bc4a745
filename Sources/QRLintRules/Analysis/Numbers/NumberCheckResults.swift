import Foundation
import QRLintCore

/// The results of the number checks, each computed on first use and kept for the document: `numbers.rounding`
/// reports the truncation-only results of the same checks whose mismatches the other `numbers.*` rules
/// report, and computing each check once instead of twice matters on number-dense reports.
final class NumberCheckResults: @unchecked Sendable {
    private let numbers: NumberAnalysis
    private let formulas: [Formula]
    /// Rules may run on several threads; a check is computed under the lock, at most once.
    private let lock = NSLock()
    private var partSumResults: [NumberCheckResult]?
    private var shareResults: [NumberCheckResult]?
    private var tableTotalResults: [NumberCheckResult]?
    private var changeResults: ChangeCheck.Results?
    /// By severity (see `slot`): a dictionary keyed by `Severity` had the runtime look up its `Hashable`
    /// conformance on first use, a search of every conformance in the program.
    private var formulaResults: [[NumberCheckResult]?] = [nil, nil, nil]

    init(numbers: NumberAnalysis, formulas: [Formula]) {
        self.numbers = numbers
        self.formulas = formulas
    }

    var partSums: [NumberCheckResult] { cached(\.partSumResults) { PartSumCheck.results(numbers) } }
    var shares: [NumberCheckResult] { cached(\.shareResults) { ShareCheck.results(numbers) } }
    var tableTotals: [NumberCheckResult] { cached(\.tableTotalResults) { TableTotalCheck.results(numbers) } }
    var changes: ChangeCheck.Results { cached(\.changeResults) { ChangeCheck.results(numbers) } }

    /// The formulas of one severity (`numbers.formula` has the errors, `numbers.formula-loose` the warnings).
    func formulas(_ severity: Severity) -> [NumberCheckResult] {
        lock.withLock {
            if let results = formulaResults[Self.slot(severity)] { return results }
            let results = FormulaCheck.results(numbers, formulas: formulas, severity: severity)
            formulaResults[Self.slot(severity)] = results
            return results
        }
    }

    private static func slot(_ severity: Severity) -> Int {
        switch severity {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    private func cached<T>(_ slot: ReferenceWritableKeyPath<NumberCheckResults, T?>, _ compute: () -> T) -> T {
        lock.withLock {
            if let value = self[keyPath: slot] { return value }
            let value = compute()
            self[keyPath: slot] = value
            return value
        }
    }
}
