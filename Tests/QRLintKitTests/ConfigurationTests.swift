import Foundation
import QRLintCore
import Testing

@testable import QRLintKit

/// A scratch folder with files, removed afterwards.
struct Scratch {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ConfigurationTests {
    static let draft = try! String(contentsOfFile: Repo.path("Examples/flawed/xinghe-2025-draft.md"), encoding: .utf8)

    @Test func nearestConfigurationAppliesAndCommandLineWins() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            ".qrlint.json", #"{ "rules": { "structure.missing-part": "off", "structure.numbering": "error" } }"#)
        try scratch.write("sub/draft.md", Self.draft)
        let configured = runQRLint(["--format", "json", scratch.path("sub/draft.md")])
        #expect(!configured.out.contains("\"structure.missing-part\""))
        #expect(configured.out.contains("\"severity\" : \"error\""))
        let overridden = runQRLint([
            "--format", "json", "--severity", "structure.missing-part=warning", scratch.path("sub/draft.md"),
        ])
        #expect(overridden.out.contains("\"structure.missing-part\""))
    }

    @Test func explicitConfigTemplateAndIgnore() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("cfg.json", #"{ "template": "district", "ignore": ["**/old/**"], "//": "说明" }"#)
        try scratch.write("reports/a.md", Self.draft)
        try scratch.write("reports/old/b.md", Self.draft)
        try scratch.write("reports/.qrlint.json", #"{ "ignore": ["old/**"] }"#)
        let result = runQRLint(["--format", "json", "--config", scratch.path("cfg.json"), scratch.path("reports")])
        #expect(result.out.contains("\"profile\" : \"district\""))
        #expect(!result.out.contains("b.md"))
        let found = runQRLint(["--format", "json", scratch.path("reports")])
        #expect(!found.out.contains("b.md"), "the folder's own .qrlint.json ignores old/**")
        let named = runQRLint(["--format", "json", scratch.path("reports/old/b.md")])
        #expect(named.out.contains("b.md"), "a file named on the command line is always linted")
    }

    @Test func unknownKeysAndBadValuesAreErrorsWithLocation() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bad.json", "{\n  \"template\": \"auto\",\n  \"rulez\": {}\n}\n")
        let unknown = runQRLint(["--config", scratch.path("bad.json"), Repo.path("Examples/clean/xinghe-2025.md")])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("bad.json:3:3: rulez：未知的键“rulez”"))
        try scratch.write("level.json", #"{ "rules": { "structure.order": "loud" } }"#)
        let level = runQRLint(["--config", scratch.path("level.json"), Repo.path("Examples/clean/xinghe-2025.md")])
        #expect(level.status == 2)
        #expect(level.err.contains("rules.structure.order"))
        try scratch.write("rule.json", #"{ "rules": { "structure.nope": "off" } }"#)
        let rule = runQRLint(["--config", scratch.path("rule.json"), Repo.path("Examples/clean/xinghe-2025.md")])
        #expect(rule.status == 2)
        #expect(rule.err.contains("rules.structure.nope：未知的规则"))
        try scratch.write("broken.json", "{ not json")
        #expect(
            runQRLint(["--config", scratch.path("broken.json"), Repo.path("Examples/clean/xinghe-2025.md")]).status == 2
        )
    }

    @Test func extendsMergesAndRejectsCycles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("base.json", #"{ "rules": { "structure.order": "off", "structure.numbering": "off" } }"#)
        try scratch.write("child.json", #"{ "extends": "base.json", "rules": { "structure.numbering": "warning" } }"#)
        let configuration = try ConfigurationFile.load(scratch.path("child.json"))
        #expect(configuration.rules["structure.order"] == .some(nil))
        #expect(configuration.rules["structure.numbering"] == .some(.warning))
        try scratch.write("a.json", #"{ "extends": "b.json" }"#)
        try scratch.write("b.json", #"{ "extends": "a.json" }"#)
        #expect(throws: QRLintError.self) { _ = try ConfigurationFile.load(scratch.path("a.json")) }
    }

    @Test func initWritesAStarterThatLoads() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path(".qrlint.json")
        let result = runQRLint(["init", path])
        #expect(result.status == 0)
        let configuration = try ConfigurationFile.load(path)
        #expect(configuration.reportYear == 2025)
        #expect(runQRLint(["init", path]).status == 2, "never overwrites")
    }

    @Test func globs() {
        #expect(Glob.matches("old/**", "old/a/b.md"))
        #expect(Glob.matches("*.bak.md", "x.bak.md"))
        #expect(!Glob.matches("*.md", "a/x.md"))
        #expect(Glob.matches("**/*.md", "a/b/x.md"))
        #expect(Glob.matches("a?.md", "ab.md"))
        #expect(!Glob.matches("a?.md", "a/.md"))
    }
}

@Suite struct BaselineTests {
    @Test func baselineHidesKnownFindingsAndPruneDropsFixedOnes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let draft = try String(contentsOfFile: Repo.path("Examples/flawed/xinghe-2025-draft.md"), encoding: .utf8)
        try scratch.write("draft.md", draft)
        let baseline = scratch.path("baseline.json")
        let first = runQRLint(["--write-baseline", baseline, scratch.path("draft.md")])
        #expect(first.status == 1)
        let written = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(written.contains("\"structure.missing-part\""))
        #expect(runQRLint(["--baseline", baseline, scratch.path("draft.md")]).status == 0)

        // Lines moving does not matter; a new finding does.
        try scratch.write("draft.md", "\n\n" + draft.replacingOccurrences(of: "### 2.2 专业建设", with: "### 2.9 专业建设"))
        let moved = runQRLint(["--format", "json", "--baseline", baseline, scratch.path("draft.md")])
        #expect(moved.out.contains("\"structure.numbering\""))
        #expect(!moved.out.contains("\"structure.missing-part\""))

        // Fix the empty section; prune drops its entry.
        try scratch.write(
            "draft.md", draft.replacingOccurrences(of: "### 6.4 质量保证\n", with: "### 6.4 质量保证\n\n学校运行诊改平台。\n"))
        _ = runQRLint(["--baseline", baseline, "--prune", scratch.path("draft.md")])
        let pruned = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(!pruned.contains("structure.empty-section"))
        #expect(pruned.contains("structure.missing-part"))
    }

    @Test func badBaselineIsAUsageError() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("b.json", "[]")
        #expect(
            runQRLint(["--baseline", scratch.path("b.json"), Repo.path("Examples/clean/xinghe-2025.md")]).status == 2)
        #expect(runQRLint(["--prune", Repo.path("Examples/clean/xinghe-2025.md")]).status == 2)
    }
}

@Suite struct SuppressionOutputTests {
    @Test func jsonListsSuppressionsWithReasonsAndCounts() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let draft = try String(contentsOfFile: Repo.path("Examples/flawed/xinghe-2025-draft.md"), encoding: .utf8)
            .replacingOccurrences(
                of: "### 6.4 质量保证\n",
                with: "<!-- qrlint-disable-next-line structure.empty-section -- 诊改平台下学期上线 -->\n### 6.4 质量保证\n")
        try scratch.write("draft.md", draft)
        let result = runQRLint(["--format", "json", scratch.path("draft.md")])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let suppressions = try #require(file["suppressions"] as? [[String: Any]])
        let entry = try #require(suppressions.first { $0["reason"] as? String == "诊改平台下学期上线" })
        #expect(entry["rules"] as? [String] == ["structure.empty-section"])
        #expect(entry["silenced"] as? Int == 1)
        let rules = (file["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(!rules.contains("structure.empty-section"))
    }
}

@Suite struct RuleOptionTests {
    @Test func optionsAreReadAndUnknownOnesRejected() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "ok.json",
            #"{ "rules": { "structure.case-form": { "severity": "warning", "options": { "maxLength": 300 } } } }"#)
        let configuration = try ConfigurationFile.load(scratch.path("ok.json"))
        #expect(configuration.ruleOptions["structure.case-form"]?["maxLength"] == 300)
        #expect(configuration.rules["structure.case-form"] == .some(.warning))
        try scratch.write(
            "bad.json", "{\n  \"rules\": {\n    \"structure.order\": { \"options\": { \"limit\": 3 } }\n  }\n}\n")
        let result = runQRLint(["--config", scratch.path("bad.json"), Repo.path("Examples/clean/xinghe-2025.md")])
        #expect(result.status == 2)
        #expect(result.err.contains("rules.structure.order.options.limit：未知的选项"))
    }

    @Test func caseLengthLimitComesFromTheConfiguration() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let draft = try String(contentsOfFile: Repo.path("Examples/clean/xinghe-district-2025.md"), encoding: .utf8)
        try scratch.write("draft.md", draft)
        let before = runQRLint(["--format", "json", "--only", "structure.case-form", scratch.path("draft.md")])
        try scratch.write(
            ".qrlint.json", #"{ "rules": { "structure.case-form": { "options": { "maxLength": 10 } } } }"#)
        let after = runQRLint(["--format", "json", "--only", "structure.case-form", scratch.path("draft.md")])
        #expect(!before.out.contains("超过"))
        #expect(after.out.contains("超过规定的 10 字"))
    }
}
