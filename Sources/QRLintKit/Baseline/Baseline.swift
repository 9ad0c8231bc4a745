import Foundation
import QRLintCore

/// Findings a team has accepted, so that a CI gate fails only on new ones. Entries are keyed by rule, the
/// normalised text of the flagged line and the message — not line numbers — so they survive edits above
/// them; `count` allows the same finding several times.
public struct Baseline: Codable, Sendable, Equatable {
    public var version: Int
    public var files: [File]

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var findings: [Entry]
    }

    public struct Entry: Codable, Sendable, Equatable, Hashable {
        public var rule: String
        /// The flagged line, white space collapsed.
        public var line: String
        public var message: String
        public var count: Int

        var key: Key { Key(rule: rule, line: line, message: message) }
    }

    struct Key: Hashable {
        var rule: String
        var line: String
        var message: String
    }

    public init(files: [File]) {
        self.version = 1
        self.files = files
    }

    /// The current findings of every file, in a stable order.
    public init(reports: [FileReport]) {
        var files: [File] = []
        for report in reports {
            var counts: [Key: Int] = [:]
            for diagnostic in report.diagnostics { counts[Self.key(diagnostic, in: report.source), default: 0] += 1 }
            let entries = counts.map {
                Entry(rule: $0.key.rule, line: $0.key.line, message: $0.key.message, count: $0.value)
            }
            .sorted { ($0.rule, $0.line, $0.message) < ($1.rule, $1.line, $1.message) }
            if !entries.isEmpty { files.append(File(path: report.path, findings: entries)) }
        }
        self.init(files: files.sorted { $0.path < $1.path })
    }

    static func key(_ diagnostic: Diagnostic, in source: SourceText) -> Key {
        let line = source.position(of: diagnostic.span.start).line
        let words = source.lineText(line).split(whereSeparator: { $0.isWhitespace })
        return Key(rule: diagnostic.ruleID, line: words.joined(separator: " "), message: diagnostic.message)
    }

    /// The findings of a report that the baseline does not cover (each entry absorbs up to `count`).
    public func newFindings(in report: FileReport) -> [Diagnostic] {
        var budget: [Key: Int] = [:]
        for entry in files.first(where: { $0.path == report.path })?.findings ?? [] {
            budget[entry.key, default: 0] += entry.count
        }
        return report.diagnostics.filter { diagnostic in
            let key = Self.key(diagnostic, in: report.source)
            if let left = budget[key], left > 0 {
                budget[key] = left - 1
                return false
            }
            return true
        }
    }

    /// The baseline without what no longer occurs in these reports (files not linted this time are kept).
    public func pruned(by reports: [FileReport]) -> Baseline {
        let current = Baseline(reports: reports)
        let linted = Set(reports.map(\.path))
        var files: [File] = []
        for file in self.files {
            guard linted.contains(file.path) else {
                files.append(file)
                continue
            }
            var now: [Key: Int] = [:]
            for entry in current.files.first(where: { $0.path == file.path })?.findings ?? [] {
                now[entry.key] = entry.count
            }
            let kept = file.findings.compactMap { entry -> Entry? in
                guard let count = now[entry.key], count > 0 else { return nil }
                var entry = entry
                entry.count = min(entry.count, count)
                return entry
            }
            if !kept.isEmpty { files.append(File(path: file.path, findings: kept)) }
        }
        return Baseline(files: files)
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    public static func load(_ path: String) throws(QRLintError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QRLintError(.usage, "\(path)：无法读取基线文件")
        }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.version == 1 else {
                throw QRLintError(.usage, "\(path)：不支持的基线版本 \(baseline.version)")
            }
            return baseline
        } catch let error as QRLintError {
            throw error
        } catch {
            throw QRLintError(.usage, "\(path)：基线文件格式不对（\(error.localizedDescription)）")
        }
    }
}
