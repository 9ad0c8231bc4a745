import QRLintCore

/// Years that contradict the report year of the title: the report named for another year, "本年度（2023年）"
/// in a 2024 report, running text that speaks of last year as the current one (a copied report).
public struct ReportYear: Rule {
    public static let description = RuleDescription(
        id: "dates.report-year",
        defaultSeverity: .warning,
        summary: "正文的年度与标题的报告年度不一致（可能沿用了往年报告）",
        rationale: """
            “2025 年度”报告对应 2024—2025 学年（DOMAIN.md §6）。标题、真实性声明、前言和正文应说同一个年度：声明里写\
            “（2024 年度）”、正文写“本年度（2024年）”，或正文以上一年为当年的说法多于本年，多半是改了封面却沿用了往年的\
            报告。与上年比较（较2024年）和学年内的秋季月份（2024年9月）不算。标题没有年度时不检查。
            """,
        triggering: [
            RuleExample(
                """
                # 重庆市星河职业技术学校 ⟪2025 年度质量年度报告⟫

                学校对职业教育质量年度报告⟦（2024 年度）⟧的真实性负责。

                ## 1 学校概况
                """, messageContains: "2024"),
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                ## 1 学校概况

                学校⟦本年度（2024年）⟧新增专业2个。
                """, messageContains: "本年度"),
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                ## 1 学校概况

                ⟦2024年⟧，学校新增专业2个。2024年，学校招生1700人。2024年，学校毕业生1480人。2024年，学校获奖12项。\
                2024年，学校新建实训室3间。2025年，学校修订章程。
                """, messageContains: "上一年度"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 重庆市星河职业技术学校 2025 年度质量年度报告

                学校对职业教育质量年度报告（2025 年度）的真实性负责。

                ## 1 学校概况

                2024年9月，学校招生1700人；较2024年增长5%，2024—2025学年毕业生1480人，2025年获奖12项，2025届毕业生就业。\
                2024年10月新建实训室，2024年11月修订章程，2024年12月通过验收，与2024年相比有所提高。\
                学校2024年度质量年报获评优秀。
                """),
            RuleExample("# 璧山区中等职业教育质量年度报告(2024-2025学年度)\n\n璧山区中等职业学校年度质量报告(2024-2025学年度)"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let year = context.title.year else { return [] }
        let prose = context.prose
        var findings: [Finding] = []
        var titleMention: Span?
        var otherNames: [(Span, Int, String)] = []
        // The report names itself on the cover, in the statement and the 前言; in the chapters, "2024年度质量年报
        // 获评优秀" speaks of another report.
        let bodyStart = context.outline.chapters.first.map { context.outline.sections[$0].blockIndex } ?? Int.max
        // A report name starts with its year: only the places where a number starts are read.
        let numbers = prose.numbers
        // Units come in block order: the front matter is a prefix of them. A name starts with a year: the
        // places are read in the shared scalar buffer, and a unit's mapped text is fetched only for a name.
        prose.scalars.withUnits { texts in
            for index in prose.units.indices {
                guard prose.units[index].blockIndex < bodyStart else { break }
                let places = numbers.range(of: index)
                guard !places.isEmpty else { continue }
                let s = texts[index]
                for k in places {
                    guard let (value, range) = Self.reportNameYear(s, at: numbers.indices[k]) else { continue }
                    if value == year {
                        if titleMention == nil { titleMention = prose.text(of: index).sourceSpan(range) }
                    } else {
                        otherNames.append((prose.text(of: index).sourceSpan(range), value, String(scalars: s[range])))
                    }
                }
            }
        }
        for (span, _, written) in otherNames {
            let notes = titleMention.map { [Note(message: "标题中的报告年度在此", span: $0)] } ?? []
            findings.append(
                Finding(message: "报告名称中的年度“\(written)”与标题的报告年度 \(year) 不一致", span: span, notes: notes))
        }
        findings += currentYearWords(context, year: year)
        if let copied = copiedYear(context, year: year, titleMention: titleMention) { findings.append(copied) }
        return findings.sorted { $0.span < $1.span }
    }

    // MARK: - The report named for a year

    /// "2025 年度质量年度报告", "质量年度报告（2025 年度）", "质量年度报告（2024年）", "报告(2024-2025学年度)":
    /// the named year (the later one of a school year) and the range that says it.
    static func reportNameYear<S: ScalarText>(_ s: S, at i: Int) -> (Int, Range<Int>)? {
        guard let (first, firstEnd) = DateText.year(s, at: i) else { return nil }
        var value = first
        var end = firstEnd
        // "2024-2025学年度": the later year.
        if end + 4 < s.count, "-—～－".unicodeScalars.contains(s[end]),
            let (second, secondEnd) = DateText.year(s, at: end + 1)
        {
            value = second
            end = secondEnd
        }
        var k = DateText.skipSpaces(s, end)
        if PhraseContext.starts(s, at: k, withKey: schoolYear) { k += 1 }
        guard k < s.count, s[k] == "年" else { return nil }
        k += 1
        if k < s.count, s[k] == "度" { k += 1 }
        // Before: "报告（" / "年报(".
        var b = i - 1
        while b >= 0, ProseScalar.isSpace(s[b]) { b -= 1 }
        if b >= 0, s[b] == "（" || s[b] == "(", k < s.count, s[k] == "）" || s[k] == ")",
            reportWords.contains(where: { PhraseContext.ends(s, before: b, withKey: $0) })
        {
            return (value, (b)..<(k + 1))
        }
        // After: "质量年度报告", "职业教育质量年报".
        let after = DateText.skipSpaces(s, k)
        for lead in nameLeads where PhraseContext.starts(s, at: after, withKey: lead) {
            let nameEnd = after + lead.count
            for tail in nameTails where PhraseContext.starts(s, at: nameEnd, withKey: tail) {
                return (value, i..<(nameEnd + tail.count))
            }
        }
        return nil
    }

    /// The words around a report name, normalised once (each is an ideograph, so a key's count is its length).
    private static let reportWords = ["报告", "年报"].map(PhraseMatcher.normalized)
    private static let nameLeads = ["质量", "职业教育质量", "中等职业教育质量"].map(PhraseMatcher.normalized)
    private static let nameTails = ["年度报告", "年报", "报告"].map(PhraseMatcher.normalized)

    // MARK: - 本年度（2024年）

    private func currentYearWords(_ context: LintContext, year: Int) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        for hit in prose.hits(of: ["本年度", "本学年", "今年"]) {
            let text = prose.text(of: hit.unit)
            let s = text.scalars
            var k = hit.range.upperBound
            var skipped = 0
            while k < s.count, skipped < 3, ProseScalar.isSpace(s[k]) || "（(即为是：:".unicodeScalars.contains(s[k]) {
                k += 1
                skipped += 1
            }
            guard var (named, end) = DateText.year(s, at: k) else { continue }
            if end + 4 < s.count, "-—～－".unicodeScalars.contains(s[end]),
                let (second, secondEnd) = DateText.year(s, at: end + 1)
            {
                (named, end) = (second, secondEnd)
            }
            // Only an earlier year is a slip: "今年（2026年）将……" in a report signed in 2026 is not.
            guard named < year else { continue }
            var close = end
            while close < s.count, close - end < 4, !"）)，。；".unicodeScalars.contains(s[close]) { close += 1 }
            if close < s.count, s[close] == "）" || s[close] == ")" { close += 1 }
            let range = hit.range.lowerBound..<close
            let written = String(scalars: s[range])
            findings.append(
                Finding(
                    message: "“\(written)”把 \(named) 年当作当年，而报告年度是 \(year)",
                    span: text.sourceSpan(range)))
        }
        return findings
    }

    // MARK: - Running text that speaks of last year as this year

    /// Below this many mentions of last year the count says nothing.
    static let copiedMinimum = 5

    private func copiedYear(_ context: LintContext, year: Int, titleMention: Span?) -> Finding? {
        guard let firstChapter = context.outline.chapters.first else { return nil }
        let bodyStart = context.outline.sections[firstChapter].blockIndex
        let prose = context.prose
        var last = 0
        var this = 0
        var firstLastYear: Span?
        let numbers = prose.numbers
        // A mention starts with a year: the places are read in the shared scalar buffer, and a unit's mapped
        // text is fetched only for the first mention of last year.
        // Only the units with a number that may start a year are visited (found among the numbers).
        prose.scalars.withUnits { texts in
            numbers.forEachUnit(having: DateText.mayStartYear) { index, places in
                guard prose.units[index].blockIndex > bodyStart, prose.units[index].kind == .paragraph else { return }
                let s = texts[index]
                for k in places where DateText.mayStartYear(numbers.scalars[k]) {
                    let i = numbers.indices[k]
                    guard let value = Self.currentYearMention(s, at: i) else { continue }
                    if value == year {
                        this += 1
                    } else if value == year - 1 {
                        last += 1
                        if firstLastYear == nil { firstLastYear = prose.text(of: index).sourceSpan(i..<(i + 5)) }
                    }
                }
            }
        }
        guard last >= Self.copiedMinimum, last > this, let span = firstLastYear else { return nil }
        let notes = titleMention.map { [Note(message: "标题中的报告年度在此", span: $0)] } ?? []
        return Finding(
            message: "正文写到 \(year - 1) 年（不含比较和秋季学期）\(last) 处，多于报告年度 \(year) 年的 \(this) 处：可能沿用了上一年度的报告",
            span: span, notes: notes)
    }

    /// A year spoken of as the time of the events: "2024年，", "2024届", the later year of "2023—2024学年".
    /// Comparisons (较2024年) and autumn months (2024年9月, the start of the school year) do not count.
    static let comparisonWords = ["较", "比", "与", "同比", "相比", "上", "去", "自", "从"].map(PhraseMatcher.normalized)

    /// The last scalars of `comparisonWords` (a test checks the two agree): a switch, where a list read through a
    /// `static let` cost a `swift_once` call at every year of the text.
    static func isComparisonEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "较", "比", "与", "上", "去", "自", "从": true
        default: false
        }
    }
    private static let schoolYear = PhraseMatcher.normalized("学年")

    /// The marks of "2023—2024学年" (a switch: this is asked at every year of the text).
    private static func isYearRangeMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "—", "～", "－": true
        default: false
        }
    }

    static func currentYearMention<S: ScalarText>(_ s: S, at i: Int) -> Int? {
        guard let (value, end) = DateText.year(s, at: i) else { return nil }
        if end < s.count, isYearRangeMark(s[end]), DateText.year(s, at: end + 1) != nil { return nil }
        // Every comparison word ends in one of a few scalars: one look at the scalar before the year (after quotes
        // and spaces, as `PhraseContext.ends` skips them) rules out most years before the words are compared.
        var b = i - 1
        while b >= 0, ProseScalar.isIgnorableInPhrase(s[b]) { b -= 1 }
        if b >= 0, isComparisonEnd(ProseScalar.folded(s[b])) {
            for word in comparisonWords where PhraseContext.ends(s, before: i, withKey: word) { return nil }
        }
        let k = DateText.skipSpaces(s, end)
        guard k < s.count else { return nil }
        if s[k] == "届" { return value }
        if PhraseContext.starts(s, at: k, withKey: schoolYear) { return value }
        guard s[k] == "年" else { return nil }
        if let (month, _) = DateText.number(s, at: DateText.skipSpaces(s, k + 1), maxDigits: 2), month >= 9 {
            return nil
        }
        return value
    }
}
