import QRLintCore

/// A heading with nothing under it, or only "无" / "暂无".
public struct EmptySection: Rule {
    public static let description = RuleDescription(
        id: "structure.empty-section",
        defaultSeverity: .warning,
        summary: "章节没有正文，或只写了“无/暂无”",
        rationale: """
            只有标题没有正文的章节，多是起草时留下的空位；只写“无”“暂无”的章节让审核人无从判断。没有开展的工作也应说明情况\
            和原因（如“本年度未招收留学生，原因是……”）。
            """,
        triggering: [
            RuleExample(
                """
                # 5 国际合作
                ## ⟦5.1 留学生培养⟧
                ## 5.2 合作办学
                学校与德国某职业学院合作举办汽车专业。
                """),
            RuleExample(
                """
                # 5 国际合作
                ## ⟦5.1 留学生培养⟧
                暂无。
                ## 5.2 合作办学
                学校与德国某职业学院合作举办汽车专业。
                """, messageContains: "暂无"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 5 国际合作
                ## 5.1 留学生培养
                暂无留学生，学校正在申请招收资格。
                """),
            // 只有下级标题、没有引言的章节（“5 国际合作”）不算空。
            RuleExample(
                """
                # 5 国际合作
                ## 5.1 留学生培养
                本年度未招收留学生。
                """),
        ]
    )

    public init() {}

    private static let nothingWords: Set<String> = ["无", "暂无", "没有", "略", "空", "待补充", "无内容"]

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        let sections = context.outline.sections
        let blocks = context.document.blocks
        for index in sections.indices where sections[index].children.isEmpty {
            // Read in place: most sections have text, and a block that is not a short paragraph settles it
            // before any list of the body's blocks is built.
            let extent = sections[index].extent
            var hasContents = false
            var allNothing = true
            for block in extent {
                if case .comment = blocks[block] { continue }
                hasContents = true
                if !isNothing(blocks[block]) {
                    allNothing = false
                    break
                }
            }
            guard !hasContents || allNothing else { continue }
            let section = sections[index]
            let contents = blocks[extent].filter { if case .comment = $0 { false } else { true } }
            if contents.isEmpty {
                let message = "“\(context.outline.label(ofSection: index))”只有标题，没有正文"
                findings.append(Finding(message: message, span: section.span))
            } else if contents.allSatisfy(isNothing) {
                let said = contents.compactMap { block -> String? in
                    if case .paragraph(let p) = block { return p.text.trimmed().string } else { return nil }
                }.joined(separator: " ")
                let message = "“\(context.outline.label(ofSection: index))”的正文只有“\(said)”，请说明情况"
                findings.append(Finding(message: message, span: section.span))
            }
        }
        return findings
    }

    private func isNothing(_ block: Block) -> Bool {
        guard case .paragraph(let p) = block, p.text.count <= 8 else { return false }
        return Self.nothingWords.contains(TitleText.normalize(p.text.scalars))
    }
}
