import QRLintCore

/// One document writing the same thing two ways: "%" and "％", "12,345" and "12345".
public struct NumberConsistency: Rule {
    public static let description = RuleDescription(
        id: "text.number-consistency",
        defaultSeverity: .info,
        summary: "全文数字写法不统一（%/％、千分位）",
        rationale: """
            GB/T 15835-2011 要求同一文本中数字的写法前后一致：百分号全用“%”或全用“％”；五位以上的数要么都用千分位\
            逗号（12,345），要么都不用（12345）。这常是多人分写、拼合文稿留下的痕迹。只提示一次，指出少数写法的第一处\
            和多数写法的第一处；编号、电话和年份不算。
            """,
        triggering: [
            RuleExample("毕业生就业率为97.3%，升学率为45.2%，对口就业率为88⟦％⟧。", messageContains: "％"),
            RuleExample("学校投入资金⟪12345⟫元，图书56789册，仪器设备⟦1,234,567⟧元。", messageContains: "千分位"),
        ],
        nonTriggering: [
            RuleExample("毕业生就业率为97.3%，升学率为45.2%；投入资金12345元，图书56789册，索引号11500227009344707L。"),
            RuleExample("学校投入资金12,345元，图书56,789册，联系电话02312345678，创办于1985年。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var ascii: [Span] = []
        var fullWidth: [Span] = []
        var grouped: [Span] = []
        var plain: [Span] = []
        let (signs, numbers) = (prose.signs, prose.numbers)
        // The percent signs, read from the signs' own scalars.
        signs.forEachUnit(having: { $0 == "%" || $0 == "％" }) { index, percents in
            let text = prose.text(of: index)
            for k in percents {
                let i = signs.indices[k]
                if signs.scalars[k] == "%" { ascii.append(text.sourceSpan(i..<(i + 1))) }
                if signs.scalars[k] == "％" { fullWidth.append(text.sourceSpan(i..<(i + 1))) }
            }
        }
        prose.scalars.withUnits { texts in
            for index in prose.units.indices {
                let places = numbers.range(of: index)
                guard !places.isEmpty else { continue }
                let s = texts[index]
                // The unit's mapping, fetched for its first long number only.
                var text: MappedText?
                // A number starts at a digit after no digit: only those places are read.
                var skipUntil = 0
                for k in places {
                    let i = numbers.indices[k]
                    guard i >= skipUntil, s[i].isASCII, i == 0 || !Self.isNumberPart(s[i - 1]) else { continue }
                    let (end, isGrouped, integerDigits) = Self.number(s, from: i)
                    skipUntil = end
                    guard integerDigits >= 5, integerDigits <= 9, !Self.isCode(s, i, end) else { continue }
                    let mapped = text ?? prose.text(of: index)
                    text = mapped
                    let span = mapped.sourceSpan(i..<end)
                    if isGrouped { grouped.append(span) } else { plain.append(span) }
                }
            }
        }
        var findings: [Finding] = []
        if let finding = Self.mixed(ascii, "“%”", fullWidth, "“％”", what: "百分号") { findings.append(finding) }
        if let finding = Self.mixed(grouped, "千分位逗号", plain, "不分节", what: "五位以上的数") { findings.append(finding) }
        return findings
    }

    /// One finding at the first place of the rarer form, with a note at the first place of the other.
    private static func mixed(_ a: [Span], _ aName: String, _ b: [Span], _ bName: String, what: String) -> Finding? {
        guard let firstA = a.first, let firstB = b.first else { return nil }
        let aIsRarer = a.count < b.count || (a.count == b.count && firstA > firstB)
        let (rare, rareName, common, commonName) =
            aIsRarer ? (firstA, aName, firstB, bName) : (firstB, bName, firstA, aName)
        let message = "全文\(what)写法不统一：\(aName) \(a.count) 处，\(bName) \(b.count) 处，应统一（此处用了\(rareName)）"
        return Finding(message: message, span: rare, notes: [Note(message: "\(commonName)的写法在此", span: common)])
    }

    private static func isNumberPart(_ s: Unicode.Scalar) -> Bool {
        ProseScalar.isDigit(s) || s == "," || s == "."
    }

    /// The end of the number starting at `i`, whether it is grouped in thousands ("1,234,567"), and the count
    /// of its integer digits.
    private static func number(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> (Int, Bool, Int) {
        var k = i
        var digits = 0
        var grouped = false
        while k < s.count, s[k].isASCII, ProseScalar.isDigit(s[k]) {
            k += 1
            digits += 1
        }
        // ",ddd" groups after a first group of 1–3 digits.
        if digits <= 3 {
            while k + 3 < s.count, s[k] == ",",
                (1...3).allSatisfy({ k + $0 < s.count && ProseScalar.isDigit(s[k + $0]) }),
                k + 4 >= s.count || !ProseScalar.isDigit(s[k + 4])
            {
                grouped = true
                k += 4
                digits += 3
            }
        }
        if k + 1 < s.count, s[k] == ".", ProseScalar.isDigit(s[k + 1]) {
            k += 1
            while k < s.count, ProseScalar.isDigit(s[k]) { k += 1 }
        }
        return (k, grouped, digits)
    }

    /// Digits glued to letters, hyphens or slashes are codes, not quantities; so are numbers starting with 0.
    private static func isCode(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        if s[start] == "0" { return true }
        let codeMark: (Unicode.Scalar) -> Bool = {
            ProseScalar.isLatinLetter($0) || "-_/－#".unicodeScalars.contains($0)
        }
        if start > 0, codeMark(s[start - 1]) { return true }
        if end < s.count, codeMark(s[end]) { return true }
        return false
    }
}
