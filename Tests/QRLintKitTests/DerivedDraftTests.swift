import Foundation
import QRLintCore
import QRLintKit
import Testing

/// Drafts derived from the clean examples by one typical slip each — a chapter deleted, two swapped, one
/// renamed, a caption renumbered, a 目录 line dropped, an appendix table or row left out — and the exact
/// `structure.*` and `reference.*` findings each must produce (other families are other rules' business).
struct DerivedDraftTests {
    /// "line rule message" of every structure/reference finding, in report order.
    private func findings(_ text: String, template: String? = nil) throws -> [String] {
        let linter = try Linter(options: LintOptions(template: template))
        let report = try linter.lint(bytes: Array(text.utf8), path: "derived.md")
        return report.diagnostics.filter { $0.ruleID.hasPrefix("structure.") || $0.ruleID.hasPrefix("reference.") }
            .map { "\(report.source.position(of: $0.span.start).line) \($0.ruleID) \($0.message)" }
    }

    private func example(_ name: String) throws -> String {
        try String(contentsOfFile: Repo.path("Examples/clean/\(name)"), encoding: .utf8)
    }

    /// The text with the part from `start` up to (not including) `end` removed.
    private func removing(_ text: String, from start: String, upTo end: String) throws -> String {
        let a = try #require(text.range(of: start))
        let b = try #require(text.range(of: end, range: a.upperBound..<text.endIndex))
        return String(text[..<a.lowerBound] + text[b.lowerBound...])
    }

    /// The text with its only (or, with `last`, its last) occurrence of `old` replaced.
    private func replacing(_ text: String, _ old: String, with new: String, last: Bool = false) throws -> String {
        let range = try #require(text.range(of: old, options: last ? .backwards : []))
        return text.replacingCharacters(in: range, with: new)
    }

    @Test func deleteAChapter() throws {
        let draft = try removing(example("xinghe-2025.md"), from: "## 5 国际合作", upTo: "## 6 产教融合")
        #expect(
            try findings(draft) == [
                "29 reference.toc 目录中的“5 国际合作”在正文中找不到对应的标题",
                "126 structure.numbering 标题编号不连续：“4”之后是“6”，缺少“5”",
                "126 structure.missing-part 缺少必备部分“国际合作”（模板 zhongzhi-2025 的第 5 章）",
            ])
    }

    @Test func swapTwoChapters() throws {
        let text = try example("xinghe-district-2025.md")
        let service = try #require(text.range(of: "## 3 服务贡献"))
        let culture = try #require(text.range(of: "## 4 文化传承"))
        let next = try #require(text.range(of: "## 5 国际合作"))
        let culturePart = text[culture.lowerBound..<next.lowerBound].replacingOccurrences(of: "## 4", with: "## 3")
        let servicePart = text[service.lowerBound..<culture.lowerBound].replacingOccurrences(of: "## 3", with: "## 4")
        let swapped = text[..<service.lowerBound] + culturePart + servicePart + text[next.lowerBound...]
        #expect(
            try findings(String(swapped)) == [
                "34 reference.toc 目录中“4 文化传承”的位置与正文顺序不同",
                "66 structure.order “服务贡献”一章的位置与模板 district 不同：模板中它在“人才培养”之后、“文化传承”之前",
            ])
    }

    @Test func renameAChapter() throws {
        let draft = try replacing(example("xinghe-2025.md"), "## 6 产教融合", with: "## 6 校企合作")
        #expect(
            try findings(draft) == [
                "30 reference.toc 目录中的“6 产教融合”与正文标题“6 校企合作”不一致",
                "144 structure.title-mismatch 标题“校企合作”与模板标题“产教融合”不一致",
            ])
    }

    @Test func renameTheDistrictOverviewToTheSchoolTitle() throws {
        let draft = try replacing(example("xinghe-district-2025.md"), "## 1 基本情况", with: "## 1 学校概况")
        #expect(
            try findings(draft) == [
                "31 reference.toc 目录中的“1 基本情况”与正文标题“1 学校概况”不一致",
                "46 structure.district-overview 区县报告的第一章题为“学校概况”，像是照搬了学校报告模板；"
                    + "宜概述全区情况（如“基本情况”“发展概况”）",
            ])
    }

    @Test func breakACaptionSequence() throws {
        let draft = try replacing(
            example("xinghe-jigong-2024.md"), "\n图 2 智能制造实训中心\n", with: "\n图 3 智能制造实训中心\n", last: true)
        #expect(
            try findings(draft) == [
                "37 reference.toc 图目录中的“图 2 智能制造实训中心”在正文中找不到",
                "37 reference.toc 图目录缺少“图 3 智能制造实训中心”",
                "102 reference.sequence “图 3”之前缺少“图 2”",
            ])
    }

    @Test func dropATOCEntry() throws {
        let draft = try replacing(example("xinghe-2025.md"), "\n3 服务贡献\n", with: "\n")
        #expect(try findings(draft) == ["27 reference.toc 目录缺少正文标题“3 服务贡献”"])
    }

    @Test func dropACaseFromTheCaseList() throws {
        let draft = try replacing(example("xinghe-jigong-2024.md"), "案例 2：非遗技艺进课堂\n\n## 1", with: "\n## 1")
        #expect(try findings(draft) == ["41 reference.toc 案例目录缺少“案例 2 非遗技艺进课堂”"])
    }

    @Test func dropAnAppendixTable() throws {
        let draft = try removing(example("yunling-2024.md"), from: "### 附表3 教学资源表", upTo: "### 附表4 服务贡献表")
        #expect(
            try findings(draft) == [
                "214 reference.sequence “附表 4”之前缺少“附表 3”",
                "214 structure.appendix-tables 缺少附表“教学资源表”",
            ])
    }

    @Test func dropAnAppendixRow() throws {
        let draft = try replacing(example("yunling-2024.md"), "| 4 | 月收入 | 元 | 3600 | 3800 |\n", with: "")
        #expect(try findings(draft) == ["186 structure.appendix-tables 附表“人才培养质量计分卡”缺少“月收入”一行"])
    }

    @Test func dropThePreface() throws {
        let draft = try removing(example("xinghe-gaozhi-2025.md"), from: "## 前言", upTo: "## 目录")
        #expect(try findings(draft) == ["31 structure.front-matter 第一章之前缺少“前言”"])
    }

    @Test func statementWritesTheYearInAnotherForm() throws {
        let draft = try replacing(
            example("xinghe-enterprise-2025.md"), "质量年度报告（2025 年度）的真实性",
            with: "质量年度报告（2024—2025 学年度）的真实性")
        #expect(
            try findings(draft) == [
                "13 structure.title 责任声明中的年度写法“2024—2025 学年度”与封面标题的“2025 年度”不一致"
            ])
    }

    @Test func legacyOutlineGetsOneFinding() throws {
        let text = try String(contentsOfFile: Repo.path("Examples/flawed/legacy-2016-outline.md"), encoding: .utf8)
        let result = try findings(text)
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("5 structure.legacy-template 章节（“基本情况”“学生发展”“质量保障措施”“校企合作”等）") == true)
    }

    /// The same draft with a wrong guess overridden: `--template` picks the profile, and the reason says so.
    @Test func profileAndReasonAreReported() throws {
        let linter = try Linter(options: LintOptions())
        let jigong = try linter.lint(bytes: Array(try example("xinghe-jigong-2024.md").utf8), path: "a.md")
        #expect(jigong.profile == "jigong-2024")
        #expect(jigong.profileReason?.contains("技工学校") == true)
        let forced = try Linter(options: LintOptions(template: "zhongzhi-2024"))
            .lint(bytes: Array(try example("xinghe-jigong-2024.md").utf8), path: "a.md")
        #expect(forced.profile == "zhongzhi-2024")
        #expect(forced.profileReason == "由 --template 指定")
    }
}
