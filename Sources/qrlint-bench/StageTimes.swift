import Dispatch
import QRLintCore
import QRLintOutput
import QRLintReaders
import QRLintRules

/// Where the time goes: each analysis and each rule timed on its own over one input (median of `runs`),
/// the slowest first — for finding the pass to make cheaper, not for quoting throughput.
enum StageTimes {
    static func seconds(_ runs: Int, _ work: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// The median time to free what `make` builds (each run builds a fresh one first, untimed).
    static func freeing<T>(_ runs: Int, _ make: () throws -> T) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            var value: T? = try make()
            let start = DispatchTime.now().uptimeNanoseconds
            value = nil
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            withExtendedLifetime(value) {}
        }
        return times.sorted()[times.count / 2]
    }

    static func report(bytes: [UInt8], name: String, packs: RulePacks, runs: Int) throws -> [(String, Double)] {
        var stages: [(String, Double)] = []
        var document: Document!
        stages.append(("read", try seconds(runs) { document = try DocumentReader.read(bytes: bytes, path: name) }))
        stages.append(
            ("analysis: outline", seconds(runs) { _ = Outline(document: document, knownTitles: packs.chapterTitles) }))
        stages.append(
            ("analysis: prose", seconds(runs) { _ = ProseScan(document: document, phrases: ProsePhrases.all(packs)) }))
        stages.append(
            (
                "analysis: numbers",
                seconds(runs) { _ = NumberAnalysis(document: document, packs: packs, reportYear: 2025) }
            ))
        var context: LintContext!
        stages.append(
            (
                "analysis: all",
                try seconds(runs) { context = try LintContext(document: document, packs: packs, template: nil) }
            ))
        // The executable keeps its analyses until it exits; a program using the library pays this.
        stages.append(
            (
                "free the analyses",
                try freeing(runs) { try LintContext(document: document, packs: packs, template: nil) }
            ))
        var diagnostics: [Diagnostic] = []
        for rule in RuleRegistry.all {
            stages.append(("rule \(rule.description.id)", seconds(runs) { _ = rule.init().check(context) }))
        }
        stages.append(
            (
                "rules + suppressions + sort",
                seconds(runs) { diagnostics = RuleRunner.run(RuleRegistry.all, context: context) }
            ))
        let report = LintReport(
            files: [
                FileReport(path: name, profile: context.profile?.id, source: document.source, diagnostics: diagnostics)
            ],
            rules: [])
        stages.append(("render json", seconds(runs) { _ = JSONRenderer().renderUTF8(report) }))
        stages.append(("render human", seconds(runs) { _ = HumanRenderer(color: false).render(report) }))
        return stages
    }
}
