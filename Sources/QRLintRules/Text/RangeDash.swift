import QRLintCore

/// Ranges written with "-" or "——" (2024-2025学年, 21-30岁), and ranges that drop a "%" or 万 from the first
/// number (15～30%, 13～17万元).
public struct RangeDash: Rule {
    public static let description = RuleDescription(
        id: "text.range-dash",
        defaultSeverity: .warning,
        summary: "数值或时间范围的连接号不规范",
        rationale: """
            GB/T 15834-2011：时间、地域的起止用一字线“—”（2024—2025学年），数值范围用浪纹线“～”（1800～2000元）；\
            短横线“-”用于日期（2026-01-05）和编号，“——”是破折号。GB/T 15835-2011：省略前一数值的“%”或“万”“亿”\
            会造成歧义，应写“15%～30%”“13万元～17万元”。日期、文号、标准号、图表编号和时间不算。\
            全文大量出现时只报告一条，给出总数和前几处位置。
            """,
        triggering: [
            RuleExample("学校在⟦2024-2025⟧学年新增专业2个。", messageContains: "“—”"),
            RuleExample("专任教师中⟦21-30⟧岁85人。", messageContains: "“～”"),
            RuleExample("年龄结构：⟦21-30⟧岁85人，⟪31-40⟫岁258人，⟪41-50⟫岁82人。", messageContains: "本段共 3 处"),
            RuleExample("月收入⟦1800元-2000⟧元。"),
            RuleExample("学校在⟦2023——2024⟧学年度获奖。", messageContains: "破折号"),
            RuleExample("毕业生月收入增长⟦15～30%⟧。", messageContains: "15%～30%"),
            RuleExample("学校投入⟦13～17万元⟧建设实训室。", messageContains: "13万元～17万元"),
        ],
        nonTriggering: [
            RuleExample("发布日期：2026-01-05；执行 GB/T 15834-2011 标准。"),
            RuleExample("见案例2-1和图2-3，联系电话023-12345678，索引号2026-00001。"),
            RuleExample("上午8:30-9:30开会，开设“3+2”班。"),
            RuleExample("学校在2024—2025学年投入1800～2000元，增长15%～30%，2026届毕业生1480人。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var hits: [StyleHit] = []
        var texts: [StyleTexts] = []
        let signs = prose.signs
        // Only the units with a dash-like sign: a range needs one. They are read in the shared scalar buffer; a
        // unit's mapped text is fetched only for a hit's span.
        prose.scalars.withUnits { units in
            signs.forEachUnit(having: Self.isDash) { index, places in
                guard prose.units[index].kind != .tableCell else { return }
                let s = units[index]
                var skipUntil = -1
                for k in places {
                    let i = signs.indices[k]
                    guard i >= skipUntil, let token = Self.dashToken(s, i) else { continue }
                    skipUntil = token.upperBound
                    if let (range, entry) = Self.hit(s, token) {
                        let span = prose.text(of: index).sourceSpan(range)
                        hits.append(StyleHit(span: span, texts: texts.count, unit: index))
                        texts.append(entry)
                    }
                }
            }
        }
        return FindingGroups.findings(
            hits, texts: texts, safe: false, perParagraph: true,
            summary: { count, breakdown in "全文有 \(count) 处范围的连接号不规范（\(breakdown)）" },
            fixMessage: { "改正这 \($0) 处范围的写法" }, noteMessage: "另一处不规范的范围")
    }

    /// The scalars `dashToken` reads a token at.
    private static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "－", "–", "～", "~", "—": true
        default: false
        }
    }

    private enum Mark {
        /// "-", "－", "–": a hyphen or en dash where a range mark belongs.
        case hyphen
        /// "——": a dash (破折号).
        case doubleDash
        /// "—", "～", "~": a proper range mark.
        case proper
    }

    /// The dash-like token at `i`: its range in the text.
    private static func dashToken<S: ScalarText>(_ s: S, _ i: Int) -> Range<Int>? {
        switch s[i] {
        case "-", "－", "–", "～", "~": return i..<(i + 1)
        case "—":
            var end = i + 1
            while end < s.count, s[end] == "—" { end += 1 }
            return end - i <= 2 ? i..<end : nil
        default: return nil
        }
    }

    private static func mark<S: ScalarText>(_ s: S, _ token: Range<Int>) -> Mark {
        switch s[token.lowerBound] {
        case "-", "－", "–": .hyphen
        case "—": token.count == 2 ? .doubleDash : .proper
        default: .proper
        }
    }

    /// A number as written: digits with at most one decimal point.
    private struct Number {
        var range: Range<Int>
        var value: Double
        var digits: Int
        var leadingZero: Bool
    }

    private static func number<S: ScalarText>(endingAt end: Int, _ s: S) -> Number? {
        var start = end
        var sawPoint = false
        while start > 0 {
            let c = s[start - 1]
            if ProseScalar.isDigit(c) {
                start -= 1
            } else if c == ".", !sawPoint, start - 2 >= 0, ProseScalar.isDigit(s[start - 2]), start < end {
                sawPoint = true
                start -= 1
            } else {
                break
            }
        }
        return start < end && ProseScalar.isDigit(s[start]) ? makeNumber(s, start..<end) : nil
    }

    private static func number<S: ScalarText>(startingAt start: Int, _ s: S) -> Number? {
        var end = start
        var sawPoint = false
        while end < s.count {
            let c = s[end]
            if ProseScalar.isDigit(c) {
                end += 1
            } else if c == ".", !sawPoint, end > start, end + 1 < s.count, ProseScalar.isDigit(s[end + 1]) {
                sawPoint = true
                end += 1
            } else {
                break
            }
        }
        return end > start ? makeNumber(s, start..<end) : nil
    }

    private static func makeNumber<S: ScalarText>(_ s: S, _ range: Range<Int>) -> Number? {
        // A whole number of up to 15 digits (nearly all of them) is exact in a Double: read without a string.
        if range.count <= 15 {
            var value = 0
            var whole = true
            for k in range {
                guard let d = ProseScalar.digit(s[k]) else {
                    whole = false
                    break
                }
                value = value * 10 + d
            }
            if whole {
                let leadingZero = range.count > 1 && ProseScalar.digit(s[range.lowerBound]) == 0
                return Number(range: range, value: Double(value), digits: range.count, leadingZero: leadingZero)
            }
        }
        let text = String(scalars: s[range].map(ProseScalar.folded))
        guard let value = Double(text) else { return nil }
        let integerDigits = text.split(separator: ".").first?.count ?? 0
        return Number(
            range: range, value: value, digits: integerDigits, leadingZero: integerDigits > 1 && text.hasPrefix("0"))
    }

    private static let schoolYear = PhraseMatcher.normalized("学年")

    private static func isPercent(_ c: Unicode.Scalar) -> Bool { c == "%" || c == "％" }

    /// The range (in the unit's text) and texts of the range at `token`, when it is written wrong.
    private static func hit<S: ScalarText>(_ s: S, _ token: Range<Int>) -> (Range<Int>, StyleTexts)? {
        let mark = mark(s, token)
        // Left side: a number, perhaps with its own unit ("1800元-2000元", "15%-30%").
        var leftEnd = token.lowerBound
        while leftEnd > 0, ProseScalar.isSpace(s[leftEnd - 1]) { leftEnd -= 1 }
        var leftUnitStart = leftEnd
        while leftUnitStart > 0, leftEnd - leftUnitStart < 2,
            ProseScalar.isHan(s[leftUnitStart - 1]) || isPercent(s[leftUnitStart - 1])
        {
            leftUnitStart -= 1
        }
        guard let left = number(endingAt: leftUnitStart, s) ?? number(endingAt: leftEnd, s) else { return nil }
        let leftUnit = left.range.upperBound..<leftEnd
        // Right side: a number and what follows it.
        let rightStart = DateText.skipSpaces(s, token.upperBound)
        guard let right = number(startingAt: rightStart, s) else { return nil }
        let afterRight = DateText.skipSpaces(s, right.range.upperBound)
        let next: Unicode.Scalar? = afterRight < s.count ? s[afterRight] : nil
        guard !isCode(s, left: left, right: right, next: next) else { return nil }
        let years =
            left.digits == 4 && right.digits == 4 && (1900...2099).contains(Int(left.value))
            && (1...5).contains(Int(right.value - left.value))
        guard years || next.map({ ProseScalar.isHan($0) || isPercent($0) }) == true else { return nil }
        guard left.value <= right.value else { return nil }

        // What the first number dropped that the second carries: "%", "万", "亿".
        var dropped = ""
        if leftUnit.isEmpty, let next {
            if isPercent(next) {
                dropped = String(next)
            } else if next == "万" || next == "亿" {
                dropped = String(next)
                if afterRight + 1 < s.count, s[afterRight + 1] == "元" { dropped += "元" }
            }
        }
        // A proper mark is reported only for a dropped unit: told before the texts are built (most ranges
        // written with a proper mark are right).
        if mark == .proper, dropped.isEmpty { return nil }
        let leftText = text(s, left.range)
        let rightText = text(s, right.range)
        let timeLike = years || next.map { "年月日时届期".unicodeScalars.contains($0) } == true
        let proper = timeLike ? "—" : "～"
        let rangeMark = mark == .proper ? text(s, token) : proper
        let unitText = String(scalars: s[leftUnit])
        let replacement = leftText + (dropped.isEmpty ? unitText : dropped) + rangeMark + rightText + dropped
        let spanEnd = dropped.isEmpty ? right.range.upperBound : afterRight + dropped.unicodeScalars.count
        // The word after the range, to quote it whole: "2024-2025学年", "21-30岁".
        var word = ""
        if dropped.isEmpty, let next, ProseScalar.isHan(next) {
            word = PhraseContext.starts(s, at: afterRight, withKey: Self.schoolYear) ? "学年" : String(next)
        }
        let written = text(s, left.range.lowerBound..<spanEnd) + word
        let suggestion = replacement + word
        let message: String
        let label: String
        switch mark {
        case .hyphen:
            message = "\(timeLike ? "时间" : "数值")范围“\(written)”用了短横线，应使用“\(proper)”：“\(suggestion)”"
            label = "“-”"
        case .doubleDash:
            message = "“——”是破折号，\(timeLike ? "时间" : "数值")范围应使用“\(proper)”：“\(suggestion)”"
            label = "“——”"
        case .proper:
            guard !dropped.isEmpty else { return nil }
            message = "数值范围“\(written)”省略了前一个数的“\(dropped)”，易生歧义，应写作“\(replacement)”"
            label = "省略“\(dropped)”"
        }
        return (
            left.range.lowerBound..<spanEnd,
            StyleTexts(message: message, replacement: replacement, label: label)
        )
    }

    /// Dates, standard numbers, figure numbers, phone numbers, times and other codes that use "-".
    private static func isCode<S: ScalarText>(_ s: S, left: Number, right: Number, next: Unicode.Scalar?) -> Bool {
        if left.leadingZero || right.leadingZero { return true }
        if let next,
            next == "-" || next == "－" || next == "." || next == ":" || next == "：" || ProseScalar.isLatinLetter(next)
        {
            return true
        }
        var k = left.range.lowerBound - 1
        while k >= 0, ProseScalar.isSpace(s[k]) { k -= 1 }
        guard k >= 0 else { return false }
        let before = s[k]
        if ProseScalar.isLatinLetter(before) || "/-－_#.".unicodeScalars.contains(before) { return true }
        // 8:30-9:30 is a time; "年龄结构：21-30岁" is a label before a range.
        if before == ":" || before == "：" { return k > 0 && ProseScalar.isDigit(s[k - 1]) }
        // 图2-1, 表 3-2, 案例2-1, 附件1-3, 第2-3条 …: numbers of things, not ranges.
        return "图表例件号式页章节条款第".unicodeScalars.contains(before)
    }

    private static func text<S: ScalarText>(_ s: S, _ range: Range<Int>) -> String {
        String(scalars: s[range])
    }
}
