import QRLintCore

/// Template leftovers: XX学校, xx人, ××, X月X日, 【待补充】, （此处插入图片）, TODO, 请填写, cells marked "??".
public struct Placeholder: Rule {
    public static let description = RuleDescription(
        id: "text.placeholder",
        defaultSeverity: .error,
        summary: "模板占位符未替换（XX、××、【待补充】、TODO）",
        rationale: """
            按模板编写时留下的占位符（XX学校、xx人、××、X月X日、【待补充】、（此处插入图片）、TODO、请填写、表格里的\
            “??”）一旦随报告公开，就是最显眼的差错，这是提交前最需要的一项检查。占位词表在 Rules/lexicon/placeholders/ \
            中，可以增补；连写的 X/×、“X月X日”和问号由规则本身识别。“有待补充”这样的正常行文不算。
            """,
        triggering: [
            RuleExample("⟦XX⟧学校始建于1985年，现有教职工⟦xx⟧人。", messageContains: "XX"),
            RuleExample("学校于2025年⟦X月X日⟧召开教代会，与⟦××⟧公司合作。"),
            RuleExample("学校现有专任教师⟦【待补充】⟧人，毕业生⟦？？⟧人。"),
            RuleExample("| 指标 | 本年 |\n|---|---|\n| 专任教师 | ⟦??⟧ |\n"),
        ],
        nonTriggering: [
            RuleExample("学校开设 XXL 码校服定制课程，教学楼 X 光检测室 1 间，生产 3×4 米展板，设备型号 MAX-X1。"),
            RuleExample("实训设备仍有待补充，学校将在此基础上加大投入。他问：“真的吗？”"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        for pack in context.packs.all(PlaceholderLexicon.self) {
            for entry in pack.entries {
                for hit in prose.hits(of: entry.phrases) {
                    let text = prose.text(of: hit.unit)
                    let s = text.scalars
                    guard PhraseBoundary.allows(s, hit.range), entry.guards.allows(s, hit.range) else { continue }
                    let range = Self.withBrackets(s, hit.range)
                    let written = String(scalars: s[range])
                    findings.append(
                        Finding(message: "\(entry.what)“\(written)”未替换", span: text.sourceSpan(range)))
                }
            }
        }
        let signs = prose.signs
        // Only the units with a placeholder letter or a question mark.
        prose.scalars.withUnits { texts in
            signs.forEachUnit(having: { Self.isPlaceholderLetter($0) || $0 == "?" || $0 == "？" }) { index, places in
                Self.letterPlaceholders(texts[index], unit: index, prose, places, into: &findings)
            }
        }
        // A list may name the same place twice ("待补充" inside "【待补充】" and a longer phrase). Sorted, the
        // findings of one place are next to each other: the first of each run is kept, without a set of spans.
        var kept: [Finding] = []
        for finding in findings.sorted(by: { $0.span < $1.span }) where kept.last?.span != finding.span {
            kept.append(finding)
        }
        return kept
    }

    /// The placeholder letters: X x Ｘ ｘ × ✕ ╳.
    private static func isPlaceholderLetter(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "X", "x", "Ｘ", "ｘ", "×", "✕", "╳": true
        default: false
        }
    }

    /// Runs of two or more X/×, a single X in "X月X日", and runs of question marks.
    private static func letterPlaceholders(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, unit: Int, _ prose: ProseScan, _ places: Range<Int>,
        into findings: inout [Finding]
    ) {
        let signs = prose.signs
        var skipUntil = 0
        for k in places {
            let i = signs.indices[k]
            guard i >= skipUntil else { continue }
            if isPlaceholderLetter(s[i]) {
                var end = i + 1
                while end < s.count, isPlaceholderLetter(s[end]) { end += 1 }
                skipUntil = end
                let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let after: Unicode.Scalar? = end < s.count ? s[end] : nil
                // Inside a Latin word (XXL, MAX-X1) or between numbers (3×4) it is not a placeholder.
                if before.map({ ProseScalar.isLatinLetter($0) || ProseScalar.isDigit($0) }) == true { continue }
                if after.map({ ProseScalar.isLatinLetter($0) || ProseScalar.isDigit($0) }) == true { continue }
                let run = end - i
                let dateUnit = after.map { "年月日号".unicodeScalars.contains($0) } == true
                guard run >= 2 || (dateUnit && s[i] != "×") else { continue }
                var spanEnd = end
                // X月X日 as one placeholder.
                if dateUnit, end + 2 < s.count, isPlaceholderLetter(s[end + 1]),
                    "月日号".unicodeScalars.contains(s[end + 2])
                {
                    spanEnd = end + 3
                    skipUntil = spanEnd
                } else if dateUnit {
                    spanEnd = end + 1
                }
                let written = String(scalars: s[i..<spanEnd])
                findings.append(Finding(message: "模板占位符“\(written)”未替换", span: prose.span(of: unit, i..<spanEnd)))
                continue
            }
            if s[i] == "?" || s[i] == "？" {
                var end = i + 1
                while end < s.count, s[end] == "?" || s[end] == "？" { end += 1 }
                skipUntil = end
                let wholeCell =
                    prose.units[unit].kind == .tableCell
                    && s.allSatisfy { $0 == "?" || $0 == "？" || ProseScalar.isSpace($0) }
                guard end - i >= 2 || wholeCell else { continue }
                let written = String(scalars: s[i..<end])
                findings.append(Finding(message: "问号占位“\(written)”未替换为数据", span: prose.span(of: unit, i..<end)))
            }
        }
    }

    /// 【待补充】 and （此处插入图片）: the brackets around a placeholder belong to it.
    private static func withBrackets(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        guard range.lowerBound > 0, let closer = Self.closer(of: s[range.lowerBound - 1]) else { return range }
        var end = range.upperBound
        while end < s.count, end - range.upperBound <= 12, s[end] != closer {
            if ProseScalar.isClauseEnd(s[end]) || Self.closer(of: s[end]) != nil { return range }
            end += 1
        }
        return end < s.count && s[end] == closer ? (range.lowerBound - 1)..<(end + 1) : range
    }

    /// The closing bracket of an opening one, nil for any other scalar (a switch: a dictionary built on each call
    /// cost thousands of instructions).
    private static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "【": "】"
        case "（": "）"
        case "(": ")"
        case "[": "]"
        case "〔": "〕"
        case "［": "］"
        default: nil
        }
    }
}
