import QRLintCore

/// A date in the running text after the date the report was signed or published.
public struct FutureDate: Rule {
    public static let description = RuleDescription(
        id: "dates.future",
        defaultSeverity: .warning,
        summary: "正文日期晚于报告的落款或发布日期",
        rationale: """
            报告在落款日期（封面、真实性声明下的日期，或网页的发布日期）之后不可能记述已经发生的事。正文出现更晚的日期，\
            多半是年份写错（2025 写成 2026）或把计划写成了成绩。计划、预计、截至、“至……”等表示将来的句子，\
            以及“2026届”这样的届别，不算。找不到落款日期时不检查。
            """,
        triggering: [
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                ⟪2026 年 1 月 8 日⟫

                ## 1 学校概况

                ⟦2026年3月⟧，学校获评市级优质学校。
                """, messageContains: "晚于")
        ],
        nonTriggering: [
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                2026 年 1 月 8 日

                ## 1 学校概况

                2025年12月，学校获评市级优质学校；2026届毕业生将于2026年6月毕业；学校计划2026年3月启动新校区建设。\
                2025年9月至2026年7月开展专项行动。发布日期：2026-01-05。
                """),
            RuleExample("## 1 学校概况\n\n2026年3月，学校获评市级优质学校。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let firstChapter = context.outline.chapters.first else { return [] }
        let bodyStart = context.outline.sections[firstChapter].blockIndex
        guard let signature = SignatureDate.find(in: context.document, firstChapterBlock: bodyStart) else { return [] }
        let prose = context.prose
        let numbers = prose.numbers
        var findings: [Finding] = []
        // A date starts with a digit that follows no other digit: only those places are read, in the shared
        // scalar buffer; a unit's mapped text is fetched only for a date after the signature.
        // Only the units with a number that may start a year are visited (found among the numbers, without a
        // look at the others).
        prose.scalars.withUnits { texts in
            numbers.forEachUnit(having: DateText.mayStartYear) { index, range in
                guard prose.units[index].blockIndex > bodyStart else { return }
                let kind = prose.units[index].kind
                guard kind == .paragraph || kind == .caption else { return }
                let s = texts[index]
                var text: MappedText?
                var skipUntil = 0
                // Numbers start with an Arabic digit: a date there starts with a year.
                for k in range where DateText.mayStartYear(numbers.scalars[k]) {
                    let i = numbers.indices[k]
                    guard i >= skipUntil, let (date, end) = DateText.date(s, at: i) else { continue }
                    skipUntil = end
                    guard date.isAfter(signature.date) else { continue }
                    let mapped = text ?? prose.text(of: index)
                    text = mapped
                    guard !Self.isPlanned(mapped.scalars, i..<end) else { continue }
                    let span = mapped.sourceSpan(i..<end)
                    if span.start >= signature.span.start, span.end <= signature.span.end { continue }
                    let written = String(scalars: s[i..<end])
                    findings.append(
                        Finding(
                            message: "日期“\(written)”晚于报告的落款日期 \(signature.date)",
                            span: span, notes: [Note(message: "落款日期在此", span: signature.span)]))
                }
            }
        }
        return findings
    }

    /// Words that put a clause in the future, or make the date an end point or a deadline.
    static let planWords = [
        "计划", "预计", "将", "拟", "力争", "争取", "预期", "有望", "届时", "目标", "规划", "安排", "启动", "截至", "截止",
        "至", "到", "前", "起", "期间", "有效期", "开始", "即将", "准备", "下一步", "未来", "明年", "预", "届", "学年",
        "学期", "待", "发布", "日期",
    ]

    private static let planKeys = planWords.map(PhraseMatcher.normalized)
    /// The words' first scalars: the clause is walked once, and the words are compared only where one starts
    /// (searching the clause once per word was most of the rule's work on the dates it reports).
    private static let planFirsts = ScalarBitSet(planKeys.compactMap { $0.first?.value })

    private static func isPlanned(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var b = range.lowerBound - 1
        while b >= 0, ProseScalar.isSpace(s[b]) { b -= 1 }
        if b >= 0, "—～-－~".unicodeScalars.contains(s[b]) { return true }
        let clause = PhraseContext.clause(s, around: range)
        let words = s[clause].filter { !ProseScalar.isIgnorableInPhrase($0) }
        let (firsts, keys) = (planFirsts, planKeys)
        for i in words.indices where firsts.contains(words[i].value) {
            let rest = words[i...]
            if keys.contains(where: { $0.first == words[i] && rest.starts(with: $0) }) { return true }
        }
        return false
    }
}
