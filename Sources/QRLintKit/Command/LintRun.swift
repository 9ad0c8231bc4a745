import Foundation
import QRLintCore
import QRLintRules

/// One `qrlint PATH…` run: each input linted under the configuration that governs it (`--config`, or the
/// nearest `.qrlint.json`), with the command line's settings on top.
struct LintRun {
    /// What the command line says, before any configuration file.
    struct CommandLineSettings {
        var template: String?
        var rulePackDirectories: [String]
        var disabled: Set<String>
        var only: Set<String>
        var severities: [String: Severity]
    }

    var settings: CommandLineSettings
    var explicitConfiguration: Configuration?
    /// Files linted at once; all cores when nil.
    var jobs: Int?

    struct Outcome {
        var reports: [FileReport]
        var rules: [RuleDescription]
        var failures: [QRLintError]
    }

    /// The options for inputs under `configuration`: configuration first, command line over it.
    func options(for configuration: Configuration?) -> LintOptions {
        var severities: [String: Severity] = [:]
        var disabled = Set<String>()
        for (id, severity) in configuration?.rules ?? [:] {
            if let severity { severities[id] = severity } else { disabled.insert(id) }
        }
        for (id, severity) in settings.severities {
            severities[id] = severity
            disabled.remove(id)
        }
        disabled.formUnion(settings.disabled)
        return LintOptions(
            template: settings.template ?? configuration?.template,
            rulePackDirectories: (configuration?.rulePackDirectories ?? []) + settings.rulePackDirectories,
            disabled: disabled, only: settings.only, severities: severities, reportYear: configuration?.reportYear,
            ruleOptions: configuration?.ruleOptions ?? [:])
    }

    /// The files to lint with the configuration of each; files found in folders that a configuration
    /// ignores are dropped (a file named on the command line is always linted).
    func inputs(_ positionals: [String]) throws(QRLintError) -> [(path: String, configuration: Configuration?)] {
        let finder = ConfigurationFinder()
        let named = Set(positionals)
        var result: [(String, Configuration?)] = []
        for path in try InputFiles.expand(positionals) {
            var configuration = explicitConfiguration
            if configuration == nil { configuration = try finder.configuration(for: path) }
            if let configuration, !named.contains(path), configuration.ignores(path) { continue }
            result.append((path, configuration))
        }
        return result
    }

    /// Linters per configuration, created once each.
    func linters(for inputs: [(path: String, configuration: Configuration?)]) throws(QRLintError) -> [Linter] {
        var byDirectory: [String: Linter] = [:]
        var linters: [Linter] = []
        for input in inputs {
            let key = input.configuration?.directory ?? ""
            if let linter = byDirectory[key] {
                linters.append(linter)
                continue
            }
            let linter = try Linter(options: options(for: input.configuration))
            byDirectory[key] = linter
            linters.append(linter)
        }
        return linters
    }

    /// The file's analysis and its size in bytes. The bytes are let go here, before the rules run: a large
    /// input would otherwise stay in memory for the whole run.
    private func analyse(_ path: String, with linter: Linter) throws(QRLintError) -> (LintContext, Int) {
        let bytes = try InputFiles.read(path)
        return (try linter.analyse(bytes: bytes, path: path), bytes.count)
    }

    func run(_ positionals: [String]) throws(QRLintError) -> Outcome {
        let inputs = try inputs(positionals)
        let linters = try linters(for: inputs)
        let results = ResultSlots<Result<FileReport, QRLintError>>(count: inputs.count)
        let queue = WorkQueue(count: inputs.count)
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = queue.next() {
                let result: Result<FileReport, QRLintError>
                do throws(QRLintError) {
                    let (context, size) = try analyse(inputs[index].path, with: linters[index])
                    ExitRetainer.shared.keep(context, inputBytes: size)
                    result = .success(linters[index].report(context, path: inputs[index].path))
                } catch {
                    result = .failure(error)
                }
                results.set(index, result)
            }
        }
        var reports: [FileReport] = []
        var failures: [QRLintError] = []
        for result in results.values {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error): failures.append(error)
            }
        }
        var rules: [String: RuleDescription] = [:]
        for linter in linters {
            for rule in linter.rules { rules[rule.description.id] = rule.description }
        }
        return Outcome(reports: reports, rules: rules.values.sorted { $0.id < $1.id }, failures: failures)
    }
}
