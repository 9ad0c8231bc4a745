import Foundation
import QRLintCore
import QRLintKit
import QRLintOutput
import Testing

/// Drafts assembled at random from awkward fragments (seeded, so a failure reproduces): the whole pipeline
/// must never crash, and every position it reports must lie inside the input.
@Suite struct RobustnessTests {
    static let fragments = [
        "# 1 学校概况\n", "## 1.1 基本情况\n", "### 2.3.4", "一、", "（一）", "第一章 总则\n", "1.", "1、", "2024-2025学年",
        "在校生 9313 人，其中男生 5000 人、女生 4313 人。", "占比 91.6%", "其余9.4%", "1：20", "18.7:1", "百分之九十五",
        "三分之一", "约 9300 余人", "| 年份 | 人数 |\n|---|---|\n| 2024 | 120 |\n", "\t", "\r\n", "\n\n", "- 5 -\n", "12\n",
        "图1：学校大门\n", "表 2 学生情况\n", "典型案例 3：", "目 录\n", "1.1 基本情况\t1\n", "……36\n", "<!-- qrlint-disable -->",
        "<!-- qrlint-disable-next-line structure.numbering -->\n", "qrlint: disable-next-line\n", "<!--", "-->", "“",
        "”", "《",
        "》", "（", "）", "【", "】", "😀", "👨‍👩‍👧", "e\u{301}", "\u{3000}", "\u{FEFF}", "XX学校", "××", "TODO", "十九大", "20大",
        "〔2024〕29号", "[2024]", "https://example.cn/a:b", "8:30", "3.14", "2026-01-05", "2025届", "，，", "、。", "...", "—",
        "——", "～", "-", "1,234", "１２３", "万元", "亿元", "2025年度质量年度报告\n", "面临挑战\n", "人才培养\n", "#", "|", "```\n",
    ]

    struct LCG {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func draft(seed: UInt64) -> String {
        var random = LCG(state: seed)
        var text = ""
        for _ in 0..<(20 + random.next(200)) {
            text += fragments[random.next(fragments.count)]
            if random.next(4) == 0 { text += "正文内容" }
        }
        return text
    }

    @Test(arguments: 0..<60)
    func randomDraftsLintWithoutCrashing(seed: Int) throws {
        let linter = try Linter(options: LintOptions())
        let text = Self.draft(seed: UInt64(seed) &* 7919)
        for path in ["fuzz.md", "fuzz.txt"] {
            let report = try linter.lint(bytes: Array(text.utf8), path: path)
            let count = report.source.scalars.count
            for d in report.diagnostics {
                #expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= count, "\(path) \(d.ruleID)")
                for note in d.notes {
                    #expect(0 <= note.span.start && note.span.end <= count, "\(path) \(d.ruleID) note")
                }
                if let fix = d.fix {
                    #expect(0 <= fix.span.start && fix.span.end <= count, "\(path) \(d.ruleID) fix")
                }
            }
            for format in OutputFormat.allCases {
                #expect(!format.renderer(toolVersion: "0").render(LintReport(files: [report], rules: [])).isEmpty)
            }
        }
    }

    @Test func randomBytesNeverCrash() throws {
        let linter = try Linter(options: LintOptions())
        var random = LCG(state: 42)
        for round in 0..<200 {
            let bytes = (0..<(random.next(600))).map { _ in UInt8(random.next(256)) }
            _ = try? linter.lint(bytes: bytes, path: round % 2 == 0 ? "bytes.md" : "bytes.txt")
        }
    }
}
