import QRLintCore

/// One report full of layout edge cases, rendered by the golden tests: a file without findings; CJK and an
/// emoji before a flagged range; a tab and a combining accent in a line; a range over three lines; an empty
/// range; a line wider than 120 cells; notes on other lines; safe and unsafe fixes; section paths; a `.docx`
/// source located by paragraph; a rule firing 25 times in one file; an input without a profile.
enum CannedReport {
    static let clean = QuotedSource(
        path: "报告/星河-2024.md",
        text: """
            # 重庆市星河职业技术学校质量年度报告（2024）

            ## 1 学校概况

            学校是国家级重点中等职业学校。

            """)

    static let draft = QuotedSource(
        path: "Examples/draft.md",
        text: """
            # 重庆市星河职业技术学校质量年度报告（2025）

            ## 1 学校概况

            🏫学校占地 300 亩，在校生 4,200 人，较上年增长 5.2%。
            \t全校教职工 200 人（含外籍教师 Jose\u{301} 1 人），其中专任教师 180 人、兼职教师 30 人。

            ## 2 人才培养

            ### 2.1 立德树人

            本年度开展思政主题活动 12 场，覆盖学生
            3,900 人次，
            占在校生的 93%。
            学生参加技能大赛获奖情况见附件（详见附件1
            学校聚焦区域先进制造业和现代服务业发展需求，优化专业布局，新增工业机器人技术、智能网联汽车技术两个专业，\
            停招市场需求萎缩的专业一个，对接重庆市重点产业链的专业占比达到八成五，专业群与产业链的契合度持续提升，\
            毕业生本地就业率保持在七成以上。

            ## 5 校企合作

            """)

    static let word: QuotedSource = {
        var paragraphs = ["重庆市星河职业技术学校质量年度报告（2025）"]
        for index in 1...25 {
            paragraphs.append("第\(index)项：学校开展技能培训,参训 \(index * 10) 人次。")
        }
        paragraphs[4] += "坚持以“两学一做”为引领。"
        return QuotedSource(path: "报告/星河年报.docx", text: paragraphs.joined(separator: "\n"), lineKind: .paragraph)
    }()

    static var report: LintReport {
        LintReport(
            files: [
                FileReport(
                    path: clean.source.path, profile: "zhongzhi-2025",
                    profileReason: "自动识别：封面标题含“学校”“职业学校”，匹配 8 个章节、34 个小节", source: clean.source,
                    diagnostics: []),
                FileReport(path: draft.source.path, profile: nil, source: draft.source, diagnostics: draftFindings),
                FileReport(
                    path: word.source.path, profile: "gaozhi-2025", source: word.source, diagnostics: wordFindings),
            ],
            rules: [])
    }

    static var draftFindings: [Diagnostic] {
        let schoolSection = ["1 学校概况"]
        let moralSection = ["2 人才培养", "2.1 立德树人"]
        return [
            Diagnostic(
                ruleID: "numbers.change-mismatch", severity: .warning,
                message: "增长率 5.2% 与上年数据不符，按 4,000 人计算应为 5.0%",
                span: draft.span("5.2%"), sectionPath: schoolSection),
            Diagnostic(
                ruleID: "numbers.part-exceeds-total", severity: .error,
                message: "分项之和 210 人大于总数 200 人",
                span: draft.span("兼职教师 30 人"),
                notes: [
                    Note(message: "总数在此", span: draft.span("200 人", occurrence: 2)),
                    Note(message: "分项在此", span: draft.span("专任教师 180 人")),
                ],
                sectionPath: schoolSection),
            Diagnostic(
                ruleID: "numbers.share-rounding", severity: .info,
                message: "3,900 ÷ 4,200 ≈ 92.9%，写作 93% 时宜注明“约”",
                span: draft.span(from: "覆盖学生", through: "93%"),
                notes: [Note(message: "在校生人数在此", span: draft.span("4,200 人"))],
                sectionPath: moralSection),
            Diagnostic(
                ruleID: "text.unpaired-bracket", severity: .error,
                message: "左括号“（”没有配对的右括号",
                span: draft.insertion(after: "详见附件1"),
                notes: [Note(message: "左括号在此", span: draft.span("（详"))],
                fix: Fix(span: draft.insertion(after: "详见附件1"), replacement: "）", isSafe: true, message: "补上“）”"),
                sectionPath: moralSection),
            Diagnostic(
                ruleID: "numbers.vague-share", severity: .info,
                message: "“八成五”不是规范的比例写法，宜写作 85%",
                span: draft.span("八成五"),
                fix: Fix(span: draft.span("八成五"), replacement: "85%", isSafe: false, message: "改为“85%”"),
                sectionPath: moralSection),
            Diagnostic(
                ruleID: "structure.missing-part", severity: .error,
                message: "缺少必备部分“国际合作”",
                span: draft.span("## 5 校企合作")),
            Diagnostic(
                ruleID: "structure.title-mismatch", severity: .warning,
                message: "第 5 部分标题应为“产教融合”",
                span: draft.span("校企合作"),
                fix: Fix(span: draft.span("校企合作"), replacement: "产教融合", isSafe: false, message: "")),
        ]
    }

    static var wordFindings: [Diagnostic] {
        var findings: [Diagnostic] = []
        for index in 1...25 {
            let comma = word.span(",", occurrence: index)
            findings.append(
                Diagnostic(
                    ruleID: "text.halfwidth-punctuation", severity: .warning,
                    message: "中文语句中使用了半角逗号“,”",
                    span: comma,
                    fix: Fix(span: comma, replacement: "，", isSafe: true, message: "改为全角逗号“，”")))
            if index == 4 {
                findings.append(
                    Diagnostic(
                        ruleID: "terms.outdated-formulation", severity: .warning,
                        message: "“两学一做”是往年的提法，2025 年报告宜使用现行表述",
                        span: word.span("“两学一做”")))
            }
        }
        return findings
    }
}
