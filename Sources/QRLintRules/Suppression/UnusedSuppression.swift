import QRLintCore

/// A suppression comment that silenced nothing (the finding was fixed, or the rule id is misspelt).
/// The engine (`RuleRunner`) produces these findings after applying suppressions, when this rule runs.
public struct UnusedSuppression: Rule {
    public static let description = RuleDescription(
        id: "suppression.unused",
        defaultSeverity: .info,
        summary: "抑制注释没有屏蔽任何问题",
        rationale: """
            问题改掉之后，留下的 qrlint-disable 注释就失去了作用，还可能在以后悄悄屏蔽新的问题；规则名写错的注释也从未生效。\
            只在被抑制的规则都运行了时报告。删除这条注释即可。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况
                ⟦<!-- qrlint-disable-next-line -->⟧
                学校概况正文。
                """),
            RuleExample(
                """
                # 1 学校概况
                ⟦<!-- qrlint-disable suppression.unused -- 误写的规则 -->⟧
                学校概况正文。
                <!-- qrlint-enable -->
                """),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况
                学校概况正文。
                """),
            // 被抑制的规则没有运行，无法判断注释是否有用。
            RuleExample(
                """
                # 1 学校概况
                <!-- qrlint-disable-next-line structure.numbering -->
                学校概况正文。
                """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] { [] }

    static func finding(_ suppression: Suppression) -> Finding {
        let what = suppression.rules.isEmpty ? "任何问题" : "“\(suppression.rules.joined(separator: "”“"))”的问题"
        return Finding(message: "这条抑制注释没有屏蔽\(what)，可以删除", span: suppression.span)
    }
}
