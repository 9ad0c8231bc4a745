import QRLintCore

/// Fixed terms written with Arabic digits: 20大, 4中全会, 14五.
public struct FixedNumerals: Rule {
    public static let description = RuleDescription(
        id: "terms.fixed-numerals",
        defaultSeverity: .error,
        summary: "定型词语中的数字写成了阿拉伯数字（20大、4中全会、14五）",
        rationale: """
            GB/T 15835-2011：已定型的词语、党和国家重要会议和五年规划的简称用汉字数字——二十大、四中全会、“十四五”，\
            不写“20大”“4中全会”“14五”。这类写法出现在报告里会被视为政治性差错。词表在 Rules/lexicon/fixed-terms/ 中；\
            “19大类专业”“2020届”这样的数字不算。
            """,
        triggering: [
            RuleExample("学校深入学习贯彻党的⟦20大⟧精神和二十届⟦4中全会⟧精神。", messageContains: "二十大"),
            RuleExample("学校编制“⟦14五⟧”发展规划。", messageContains: "十四五"),
        ],
        nonTriggering: [
            RuleExample("学校专业覆盖19大类，2020届毕业生1480人，实施20大行动。"),
            RuleExample("学校深入学习贯彻党的二十大精神和二十届四中全会精神，编制“十五五”发展规划。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        for pack in context.packs.all(FixedTermLexicon.self) {
            for entry in pack.entries {
                for hit in prose.hits(of: entry.forms) {
                    let s = prose.text(of: hit.unit).scalars
                    guard PhraseBoundary.allows(s, hit.range), entry.guards.allows(s, hit.range) else { continue }
                    let written = prose.text(hit)
                    let span = prose.span(hit)
                    findings.append(
                        Finding(
                            message: "定型词语“\(written)”应使用汉字数字：“\(entry.term)”", span: span,
                            fix: Fix(span: span, replacement: entry.term, isSafe: false, message: "改为“\(entry.term)”")))
                }
            }
        }
        return findings.sorted { $0.span < $1.span }
    }
}
