import QRLintCore

/// Numbers written against GB/T 15835: percentages in Chinese numerals, years cut to two digits, 零 in a
/// year written in Chinese numerals.
public struct NumberFormat: Rule {
    public static let description = RuleDescription(
        id: "text.number-format",
        defaultSeverity: .warning,
        summary: "数字写法不规范（百分之九十五、25年、二零二五年）",
        rationale: """
            GB/T 15835-2011《出版物上数字用法》：统计数据用阿拉伯数字（百分之九十五 → 95%）；年份不能简写\
            （25年3月 → 2025年3月，24年度 → 2024年度）；汉字数字的年份用“〇”而不用“零”（二零二五年 → 二〇二五年，\
            此修复是确定的）。“办学25年”这样的年数不算；“百分之百”是习惯说法，不算。
            """,
        triggering: [
            RuleExample("毕业生就业率达到⟦百分之九十五⟧。", messageContains: "95%"),
            RuleExample("学校于⟦25⟧年3月启动专业调整，⟦24⟧年度完成验收。", messageContains: "2025年"),
            RuleExample("⟦二零二五⟧年十二月", messageContains: "二〇二五"),
        ],
        nonTriggering: [
            RuleExample("学校办学25年，近30年来培养毕业生3万人，学生百分之百参加实习。"),
            RuleExample("二〇二五年十二月，毕业生就业率达到95%，零距离对接企业。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        for hit in prose.hits(of: "百分之") {
            if let finding = Self.chinesePercent(hit, prose) { findings.append(finding) }
        }
        var seenYears = Set<Span>()
        for hit in prose.hits(of: "零") {
            guard let finding = Self.chineseYear(hit, prose), seenYears.insert(finding.span).inserted else { continue }
            findings.append(finding)
        }
        // A short year is two digits after no digit: only the places where a number starts are read, in the
        // shared scalar buffer.
        let numbers = prose.numbers
        prose.scalars.withUnits { texts in
            for index in prose.units.indices where prose.units[index].kind != .tableCell {
                let places = numbers.range(of: index)
                guard !places.isEmpty else { continue }
                let s = texts[index]
                for k in places {
                    if let finding = Self.shortYear(s, at: numbers.indices[k], unit: index, prose) {
                        findings.append(finding)
                    }
                }
            }
        }
        return findings.sorted { $0.span < $1.span }
    }

    /// 百分之九十五 → 95%.
    private static func chinesePercent(_ hit: ProseScan.PhraseHit, _ prose: ProseScan) -> Finding? {
        let text = prose.text(of: hit.unit)
        let s = text.scalars
        let start = hit.range.upperBound
        guard let (value, end) = ChineseNumberText.decimal(s, at: start) else { return nil }
        // 百分之百: an idiom ("百分之百满意"), not a statistic.
        if end == start + 1, s[start] == "百" { return nil }
        let arabic = value + "%"
        let span = text.sourceSpan(hit.range.lowerBound..<end)
        let written = String(scalars: s[hit.range.lowerBound..<end])
        return Finding(
            message: "统计数据“\(written)”应使用阿拉伯数字：“\(arabic)”", span: span,
            fix: Fix(span: span, replacement: arabic, isSafe: false, message: "改为“\(arabic)”"))
    }

    /// 二零二五年 → 二〇二五年.
    private static func chineseYear(_ hit: ProseScan.PhraseHit, _ prose: ProseScan) -> Finding? {
        let text = prose.text(of: hit.unit)
        let s = text.scalars
        var start = hit.range.lowerBound
        while start > 0, ProseScalar.chineseDigit(s[start - 1]) != nil { start -= 1 }
        var end = hit.range.lowerBound
        while end < s.count, ProseScalar.chineseDigit(s[end]) != nil { end += 1 }
        let after = DateText.skipSpaces(s, end)
        guard end - start == 4, after < s.count, s[after] == "年" else { return nil }
        let written = String(scalars: s[start..<end])
        let fixed = String(scalars: s[start..<end].map { $0 == "零" ? "〇" : $0 })
        let span = text.sourceSpan(start..<end)
        return Finding(
            message: "年份“\(written)年”中的“零”应写作“〇”：“\(fixed)年”", span: span,
            fix: Fix(span: span, replacement: fixed, isSafe: true, message: "改为“\(fixed)”"))
    }

    /// 25年3月, 24年度 → 2025年3月, 2024年度.
    private static func shortYear(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, unit: Int, _ prose: ProseScan
    ) -> Finding? {
        guard ProseScalar.isDigit(s[i]), i + 1 < s.count, ProseScalar.isDigit(s[i + 1]) else { return nil }
        if i > 0 {
            let before = s[i - 1]
            if ProseScalar.isDigit(before) || ProseScalar.isLatinLetter(before) || before == "." || before == "'" {
                return nil
            }
            switch before {
            case "近", "约", "逾", "超", "第", "这", "满": return nil
            default: break
            }
        }
        guard let (value, end) = DateText.number(s, at: i, maxDigits: 2), end == i + 2 else { return nil }
        let nian = DateText.skipSpaces(s, end)
        guard nian < s.count, s[nian] == "年" else { return nil }
        let after = DateText.skipSpaces(s, nian + 1)
        var abbreviated = after < s.count && s[after] == "度"
        if !abbreviated, let (month, monthEnd) = DateText.number(s, at: after, maxDigits: 2), (1...12).contains(month) {
            let yue = DateText.skipSpaces(s, monthEnd)
            abbreviated = yue < s.count && s[yue] == "月"
        }
        guard abbreviated else { return nil }
        let full = String(value <= 50 ? 2000 + value : 1900 + value)
        let written = String(scalars: s[i..<end])
        let span = prose.span(of: unit, i..<end)
        return Finding(
            message: "年份“\(written)年”不应简写，应写全：“\(full)年”", span: span,
            fix: Fix(span: span, replacement: full, isSafe: false, message: "改为“\(full)”"))
    }
}
