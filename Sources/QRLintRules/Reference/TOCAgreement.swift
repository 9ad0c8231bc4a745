import QRLintCore

/// 目录 vs the headings, and 图目录 / 表目录 / 案例目录 vs the captions: missing, extra, reworded, reordered.
public struct TOCAgreement: Rule {
    public static let description = RuleDescription(
        id: "reference.toc",
        defaultSeverity: .warning,
        summary: "目录、图目录、表目录、案例目录与正文不一致",
        rationale: """
            目录是在改稿前生成的，改稿后没有更新，就会漏掉新加的小节、留着删掉的图、标题措辞与正文不同或顺序不同。规则把目录的\
            每一行与正文标题（按编号和标题）对应，把图目录、表目录、案例目录的每一行与正文的图注、表题、案例标题对应，不一致\
            时给出两处的文字。目录只列到某一级时，只检查列出的各级标题；空格和标点的差别不算不同。
            """,
        triggering: [
            RuleExample(
                """
                ## 目录

                1 学校概况 ........ 1
                ⟦1.1 基本情况 ........ 1⟧
                2 人才培养 ........ 2

                ## 1 学校概况
                ### ⟪1.1 学校基本情况⟫
                正文。
                ## 2 人才培养
                正文。
                """, messageContains: "“1.1 学校基本情况”"),
            RuleExample(
                """
                ## 图目录

                图 1 学校大门 ........ 1
                ⟦图 3 实训中心 ........ 2⟧

                ## 1 学校概况

                图 1 学校大门

                ⟪图 2 图书馆⟫

                图 3 实训中心
                """, messageContains: "缺少“图 2 图书馆”"),
            RuleExample(
                """
                ## 目录

                1 学校概况 ........ 1
                2 人才培养 ........ 2
                ⟦3 服务贡献 ........ 3⟧

                ## 1 学校概况
                正文。
                ## 2 人才培养
                正文。
                """, messageContains: "找不到"),
        ],
        nonTriggering: [
            // 目录只列到章；小节不必列出。空格、标点和页码的差别不算不同。
            RuleExample(
                """
                ## 目录

                1．学校概况 ........ 1
                2．人才培养 ........ 3

                ## 案例目录

                典型案例 1：红色研学 ........ 3

                ## 1 学校概况
                ### 1.1 基本情况
                正文。
                ## 2 人才培养

                典型案例1：红色研学

                正文。
                """)
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let lists = TOCLists(document: context.document, outline: context.outline)
        guard lists.lists.contains(where: { !$0.entries.isEmpty }) else { return [] }
        let prefixes = BlockPrefixes(document: context.document)
        var findings: [Finding] = []
        if let contents = lists.contents, !contents.entries.isEmpty {
            findings += TOCContentsCheck.check(contents, lists: lists, prefixes: prefixes, context: context)
        }
        if !lists.captionLists.isEmpty {
            let captions = context.captions
            let groups = TOCCaptionsCheck.Groups(captions)
            for list in lists.captionLists where !list.entries.isEmpty {
                findings += TOCCaptionsCheck.check(
                    list, captions: captions, groups: groups, prefixes: prefixes, context: context)
            }
        }
        return findings.sorted { $0.span < $1.span }
    }
}
