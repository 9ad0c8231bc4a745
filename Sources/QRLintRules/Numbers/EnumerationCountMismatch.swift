import QRLintCore

/// "三个专业群" with two listed, "四个方面" with three 一是/二是/三是.
public struct EnumerationCountMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.enumeration-count",
        defaultSeverity: .warning,
        summary: "“N个/N项”与列举的项数不符",
        rationale: """
            改稿时增删列举项而忘了改数字，是最常见的笔误之一：“形成智能制造、现代服务三个专业群”“从四个方面推进：一是…\
            二是…三是…”。本规则比较紧邻数量词之前（“A、B、C三个…”）或冒号之后（“四项工作：A；B；C；D”）的列举，以及其后的\
            “一是、二是……”（可延续到后面几段）。以“等”结尾的列举可以少于所说的数目，但不能更多。
            """,
        triggering: [
            RuleExample("学校形成智能制造、⟪现代服务⟫⟦三个⟧专业群。", messageContains: "列出了 2 项"),
            RuleExample("学校从⟦四个⟧方面推进改革：完善制度；加强培训；强化考核。", messageContains: "列出了 3 项"),
            RuleExample("学校重点抓好⟦三项⟧工作。⟪一是⟫完善制度。⟪二是⟫加强培训。⟪三是⟫强化考核。⟪四是⟫改进评价。"),
        ],
        nonTriggering: [
            RuleExample("学校围绕人才培养、服务贡献、文化传承、国际合作、产教融合、发展保障、面临挑战七个部分编写本报告。"),
            // 等: the list gives examples of the 12.
            RuleExample("学校开设计算机应用、数控技术应用、汽车运用与维修等 12 个专业。"),
            // The 一是 list goes on in the next paragraph.
            RuleExample("学校从三个方面推进改革。一是完善制度。二是加强培训。\n\n三是强化考核，形成闭环。"),
            RuleExample("学校与 8 所高职院校开展中高职贯通培养，覆盖 15 个专业。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        EnumerationCheck.results(context.numbers, document: context.document).findings(.mismatch)
    }
}
