import QRLintCore

/// Political and planning formulations used as the current line after they went out of date.
public struct OutdatedFormulation: Rule {
    public static let description = RuleDescription(
        id: "terms.outdated",
        defaultSeverity: .error,
        summary: "把过时的提法当作当前的指导或目标（十九大精神、“十三五”、全面建成小康社会）",
        rationale: """
            报告的提法要与报告年度一致：2023 年度起应以党的二十大精神为指导（二十大 2022 年 10 月召开），“十三五”\
            （2016—2020）和 2026 年度起的“十四五”不再是当前规划，“全面建成小康社会”已于 2021 年实现。沿用旧提法\
            多半是照搬往年的报告。只在当作当前指导或目标时报告；“十九大以来”“2020年是‘十三五’收官之年”这样的\
            历史叙述不算。日期和出处记在 Rules/lexicon/formulations/ 中，可随新的会议和规划增补。报告年度取自标题；\
            标题没有年度时不检查。
            """,
        triggering: [
            RuleExample(
                "# 重庆市星河职业技术学校 2025 年度质量年度报告\n\n## 1 学校概况\n\n学校深入学习贯彻党的⟦十九大精神⟧。",
                messageContains: "二十大"),
            RuleExample(
                "# 重庆市星河职业技术学校 2026 年度质量年度报告\n\n## 1 学校概况\n\n今年是“⟦十四五⟧”规划的收官之年。",
                messageContains: "十五五"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                ## 1 学校概况

                党的十九大以来，学校累计培养毕业生1.2万人。2025年是“十四五”规划的收官之年。2020年是“十三五”收官之年。
                """),
            RuleExample("# 重庆市星河职业技术学校 2022 年度质量年度报告\n\n## 1 学校概况\n\n学校深入学习贯彻党的十九大精神。"),
            RuleExample("学校深入学习贯彻党的十九大精神。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let year = context.title.year else { return [] }
        let prose = context.prose
        var findings: [Finding] = []
        for pack in context.packs.all(FormulationLexicon.self) {
            for entry in pack.entries where year >= entry.fromReportYear {
                for hit in prose.hits(of: entry.forms) {
                    guard prose.units[hit.unit].kind != .tableCell else { continue }
                    let s = prose.text(of: hit.unit).scalars
                    guard entry.guards.allows(s, hit.range) else { continue }
                    // "2019年，学校学习十九届四中全会精神": a sentence about an earlier year is history.
                    let sentence = DateText.sentence(s, around: hit.range)
                    let earlier = DateText.yearsWithNian(s, in: sentence.lowerBound..<hit.range.lowerBound)
                    if earlier.contains(where: { $0 < entry.fromReportYear }) { continue }
                    let message =
                        "\(year) 年度的报告仍把“\(prose.text(hit))”当作当前提法：\(entry.outdated)自 \(entry.since) 起已过时，"
                        + "应为\(entry.current)"
                    findings.append(Finding(message: message, span: prose.span(hit)))
                }
            }
        }
        // Forms of one phrase overlap ("十九大和十九届" and "十九届历次全会精神"): one finding per place.
        var kept: [Finding] = []
        for finding in findings.sorted(by: { $0.span < $1.span }) {
            if let last = kept.last, finding.span.start < last.span.end { continue }
            kept.append(finding)
        }
        return kept
    }
}
