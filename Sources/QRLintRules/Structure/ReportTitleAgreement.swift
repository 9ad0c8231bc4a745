import QRLintCore

/// The cover title, an inner title and the statement name the report differently: another body
/// ("质量年度报告" vs "年度质量报告"), another year, or another form of the year.
public struct ReportTitleAgreement: Rule {
    public static let description = RuleDescription(
        id: "structure.title",
        defaultSeverity: .warning,
        summary: "封面标题、正文前标题与责任声明中的报告名称或年度写法不一致",
        rationale: """
            封面、正文前的标题和内容真实性责任声明都写报告名称和年度，三处应一致：沿用上年文档时常只改了封面（“2024 年度”\
            留在声明里），或两处标题各写一种（“质量年度报告”与“年度质量报告”）。年度可写“2025 年度”，也可写“2024—2025 \
            学年度”，两种都对，但同一报告各处应写同一种；年度的数值不同由 dates.report-year 报告。单位名称单独成行的封面\
            （“某某学校”下一行“2025 年度质量年度报告”）与含单位名称的标题视为一致，括号中的“征求意见稿”等不算名称。
            """,
        triggering: [
            RuleExample(
                """
                # ⟪星河区中等职业教育质量年度报告（2024—2025学年度）⟫

                ## 前言

                本报告总结全区中等职业教育情况。

                ⟦星河区中等职业学校年度质量报告（2024—2025学年度）⟧

                ## 1 学校概况
                正文。
                """, template: "district", messageContains: "“星河区中等职业教育质量年度报告"),
            RuleExample(
                """
                # ⟪星河职业技术学校 2025 年度质量年度报告⟫

                ## 内容真实性责任声明

                ⟦学校对星河职业技术学校职业教育质量年度报告（2024—2025 学年度）的真实性、完整性和准确性负责。⟧

                ## 1 学校概况
                正文。
                """, template: "zhongzhi-2025", messageContains: "写法"),
        ],
        nonTriggering: [
            // 年度数值不同（“2024 年度”对“2025 年度”）由 dates.report-year 报告。
            RuleExample(
                """
                # 星河职业技术学校 2025 年度质量年度报告

                ## 内容真实性责任声明

                学校对星河职业技术学校职业教育质量年度报告（2024 年度）的真实性、完整性和准确性负责。

                ## 1 学校概况
                正文。
                """, template: "zhongzhi-2025"),
            RuleExample(
                """
                星河职业技术学校

                2025 年度质量年度报告

                ## 内容真实性责任声明

                学校对星河职业技术学校职业教育质量年度报告（2025 年度）的真实性、完整性和准确性负责。

                ## 前言

                正文。

                星河职业技术学校 2025 年度质量年度报告

                ## 1 学校概况
                正文。
                """, template: "zhongzhi-2025"),
            RuleExample(
                """
                # 星河区中等职业教育质量年度报告

                （2024—2025 学年度）

                ## 1 学校概况
                正文。
                """, template: "district"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let cover = CoverTitle(document: context.document, outline: context.outline)
        guard let first = cover.titles.first else { return [] }
        var findings: [Finding] = []
        let firstText = first.text.string
        let note = Note(message: "封面标题在此", span: first.text.sourceSpan)
        for line in cover.titles.dropFirst() {
            var differences: [String] = []
            if !Self.sameBody(line.body, first.body) { differences.append("名称") }
            if let year = line.year, let firstYear = first.year, let difference = Self.yearDifference(year, firstYear) {
                differences.append(difference)
            }
            guard !differences.isEmpty else { continue }
            let message = "标题“\(line.text.string)”与封面标题“\(firstText)”的\(differences.joined(separator: "、"))不一致"
            findings.append(Finding(message: message, span: line.text.sourceSpan, notes: [note]))
        }
        if let coverYear = cover.titles.lazy.compactMap(\.year).first,
            let statement = FrontMatterParts(document: context.document, outline: context.outline)[.statement],
            let vouching = statement.paragraphs.first(where: { ComparableText.string($0.scalars).containsText("负责") }),
            let year = YearForm.find(in: ComparableText.of(vouching.scalars))?.form,
            Self.yearDifference(year, coverYear) != nil
        {
            let message = "责任声明中的年度写法“\(year.text)”与封面标题的“\(coverYear.text)”不一致"
            findings.append(Finding(message: message, span: vouching.trimmed().sourceSpan, notes: [note]))
        }
        return findings
    }

    /// Equal, or one is the other with the unit written in front ("质量年度报告" on a cover whose unit stands
    /// on the line above).
    static func sameBody(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a == b || ScalarRun.hasSuffix(a, b) || ScalarRun.hasSuffix(b, a)
    }

    /// "年度写法" when the same year is written in two forms; nil otherwise (another year is a finding of
    /// dates.report-year).
    static func yearDifference(_ a: YearForm, _ b: YearForm) -> String? {
        a.reportYear == b.reportYear && a.isSchoolYear != b.isSchoolYear ? "年度写法" : nil
    }
}
