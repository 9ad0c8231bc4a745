import Foundation
import QRLintKit
import Testing

/// `qrlint --fix` rewrites Markdown and text drafts in place; `--dry-run` only shows the change.
struct FixCommandTests {
    static let draft = """
        # 重庆市星河职业技术学校 2025 年度质量年度报告

        ## 1 学校概况

        学校开设专业12个,其中骨干专业3个。

        主要举措：1、完善制度；2、强化考核。

        生均占地面积62.51平方米、。学校完成了年度目标。

        根据教职成司函[2024]29号文件，学校于二零二五年修订章程。

        """

    private func temporaryFile(_ text: String, ext: String = "md") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("draft.\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private let fixedRules = [
        "text.halfwidth-punctuation", "text.sequence-marker", "text.doubled-punctuation", "text.document-number",
        "text.number-format",
    ]

    private func ruleIDs(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = object["files"] as? [[String: Any]] ?? []
        return files.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
    }

    @Test func lintingLeavesTheFileAloneAndFixRemovesTheFindings() throws {
        let url = try temporaryFile(Self.draft)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let before = try Data(contentsOf: url)
        let first = runQRLint(["--format", "json", url.path])
        let found = try ruleIDs(first.out)
        for rule in fixedRules { #expect(found.contains(rule), "\(rule)") }
        #expect(try Data(contentsOf: url) == before, "linting must not change the input")

        let fix = runQRLint(["--fix", url.path])
        #expect(fix.status == 0, "\(fix.err)")
        #expect(fix.out.contains("已修复"))
        let fixed = try String(contentsOf: url, encoding: .utf8)
        #expect(fixed.contains("学校开设专业12个，其中骨干专业3个。"))
        #expect(fixed.contains("主要举措：1.完善制度；2.强化考核。"))
        #expect(fixed.contains("62.51平方米。学校"))
        #expect(fixed.contains("教职成司函〔2024〕29号"))
        #expect(fixed.contains("二〇二五年"))

        let second = runQRLint(["--format", "json", url.path])
        let remaining = try ruleIDs(second.out)
        for rule in fixedRules { #expect(!remaining.contains(rule), "\(rule) 仍然报告") }
        let leftovers =
            (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        #expect(leftovers == ["draft.md"], "no temporary file may stay behind")
    }

    @Test func dryRunPrintsADiffAndChangesNothing() throws {
        let url = try temporaryFile(Self.draft)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let before = try Data(contentsOf: url)
        let result = runQRLint(["--fix", "--dry-run", url.path])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("--- \(url.path)\n+++ \(url.path)\n@@ "))
        #expect(result.out.contains("\n-学校开设专业12个,其中骨干专业3个。\n+学校开设专业12个，其中骨干专业3个。\n"))
        #expect(try Data(contentsOf: url) == before)
        #expect(runQRLint(["--dry-run", url.path]).status == 2, "--dry-run without --fix is a usage error")
    }

    @Test func fixKeepsTheEncodingOfAGB18030File() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let url = try temporaryFile("")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try #require(Self.draft.data(using: gb18030)).write(to: url)
        #expect(runQRLint(["--fix", url.path]).status == 0)
        let data = try Data(contentsOf: url)
        #expect(String(data: data, encoding: .utf8) == nil, "still GB18030, not rewritten as UTF-8")
        #expect(String(data: data, encoding: gb18030)?.contains("12个，其中") == true)
    }

    @Test func fixRefusesStandardInputAndOtherFormats() throws {
        let stdin = runQRLint(["--fix", "-"])
        #expect(stdin.status == 2)
        #expect(stdin.err.contains("标准输入"))
        let url = try temporaryFile("x", ext: "docx")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let docx = runQRLint(["--fix", url.path])
        #expect(docx.status == 2)
        #expect(docx.err.contains(".docx"))
        #expect(try String(contentsOf: url, encoding: .utf8) == "x")
    }

    @Test func nothingToFixLeavesTheFileUntouched() throws {
        let url = try temporaryFile("# 重庆市星河职业技术学校 2025 年度质量年度报告\n\n## 1 学校概况\n\n学校开设专业12个。\n")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        let result = runQRLint(["--fix", url.path])
        #expect(result.status == 0)
        #expect(result.err.contains("没有可自动修复的问题"))
        let after = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        #expect(before == after)
    }
}
