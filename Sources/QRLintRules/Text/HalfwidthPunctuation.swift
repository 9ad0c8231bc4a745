import QRLintCore

/// ASCII , ; : ( ) ! ? " used in Chinese text, where GB/T 15834 wants full-width marks.
public struct HalfwidthPunctuation: Rule {
    public static let description = RuleDescription(
        id: "text.halfwidth-punctuation",
        defaultSeverity: .warning,
        summary: "中文之间使用了半角标点",
        rationale: """
            GB/T 15834-2011 规定中文文本使用全角标点（，；：（）！？“”）；半角标点只用于外文、数字、时间和网址之中。\
            从网页、PDF 或英文输入法带入的半角逗号、冒号、括号，在公文排版中显得零乱。只检查两侧是汉字的标点，\
            8:30、3.14、网址和英文句子不算。全文大量出现时（转换造成的系统性问题）只报告一条，给出总数和前几处位置。\
            修复是确定的（--fix 可自动改为全角）。
            """,
        triggering: [
            RuleExample("学校开设专业12个⟦,⟧其中市级骨干专业3个。", messageContains: "“，”"),
            RuleExample("学校与中德⟦(⟧重庆⟦)⟧智能产业园合作。"),
            RuleExample("学校秉持⟦\"⟧乐业乐群⟦\"⟧的办学理念⟦;⟧推进内涵发展。"),
            RuleExample("主要举措⟦:⟧一是完善制度，二是强化考核。"),
            RuleExample(
                """
                学校开设专业12个⟦,⟧其中骨干专业3个⟪,⟫特色专业2个⟪,⟫新增专业1个⟪,⟫停招专业1个⟪,⟫在校生4800人⟪,⟫\
                毕业生1480人,专任教师240人,兼职教师28人,实训基地3个,合作企业36家,订单班5个。
                """, messageContains: "11 处"),
        ],
        nonTriggering: [
            RuleExample("上午8:30开始，下午17:30结束。"),
            RuleExample("圆周率约为3.14，生均面积62.51平方米。"),
            RuleExample("网址为：https://www.xinghe-zz.example.cn/report?year=2025,2026"),
            RuleExample("学生用英语演讲：Hello, world! How are you? (Thank you.)"),
            RuleExample("学校开设 Python (3.12) 课程，生师比为18.8:1。"),
            RuleExample("学校与中德（重庆）智能产业园合作，分列第11,20名。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var hits: [StyleHit] = []
        let signs = prose.signs
        // Only the units with an ASCII mark: full-width parentheses alone are never flagged.
        signs.forEachUnit(having: Self.isASCIIMark) { index, places in
            guard prose.units[index].kind != .tableCell else { return }
            Self.appendHits(in: prose.text(of: index), signs: signs, places, to: &hits)
        }
        return FindingGroups.findings(
            hits, texts: Self.texts, safe: true,
            summary: { count, breakdown in "全文有 \(count) 处中文之间使用了半角标点（\(breakdown)），应使用全角标点" },
            fixMessage: { "将这 \($0) 处半角标点全部改为全角" }, noteMessage: "另一处半角标点")
    }

    /// Appends the unit's hits, sorted, to `hits` (one array for the whole document: a unit has few hits, and
    /// an array per unit cost more than finding them).
    static func appendHits(
        in unit: MappedText, signs: ProsePositions, _ places: Range<Int>, to hits: inout [StyleHit]
    ) {
        let s = unit.scalars
        let unitStart = hits.count
        func hit(_ i: Int) { hits.append(markHit(s[i], at: unit.sourceSpan(i..<(i + 1)))) }
        var parens: [Int] = []
        var quotes: [Int] = []
        for k in places {
            let i = signs.indices[k]
            switch s[i] {
            case ",", ";", "!", "?":
                if s[i] == "?" || s[i] == "!", Self.isRepeated(s, i) { continue }
                guard let p = Self.previous(s, i), let n = Self.next(s, i) else { continue }
                let before =
                    ProseScalar.isHan(s[p])
                    || (ProseScalar.isChinesePunctuation(s[p]) && !ProseScalar.isChineseOpening(s[p]))
                let after =
                    ProseScalar.isHan(s[n]) || ProseScalar.isChineseOpening(s[n])
                    || (ProseScalar.isDigit(s[n]) && ProseScalar.isHan(s[p]))
                if before && after { hit(i) }
            case ":":
                guard let p = Self.previous(s, i), let n = Self.next(s, i), ProseScalar.isHan(s[p]) else { continue }
                if ProseScalar.isHan(s[n]) || ProseScalar.isChineseOpening(s[n]) || ProseScalar.isDigit(s[n]) {
                    hit(i)
                }
            case "(", "（", ")", "）":
                parens.append(i)
            case "\"":
                quotes.append(i)
            default:
                continue
            }
        }
        if !parens.isEmpty { hits += parenthesisHits(s, parens, unit: unit) }
        if quotes.count > 1 { hits += quoteHits(s, quotes, unit: unit) }
        // Parentheses and quotes come after the other marks; a unit whose hits are in order needs no sort.
        let inOrder = (unitStart..<max(unitStart, hits.count - 1)).allSatisfy { hits[$0].span <= hits[$0 + 1].span }
        if !inOrder { hits[unitStart...].sort { $0.span < $1.span } }
    }

    /// The marks `appendHits` may flag.
    private static func isASCIIMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ";", "!", "?", ":", "(", ")", "\"": true
        default: false
        }
    }

    /// The message, replacement and label of a half-width mark's hit, made once per mark: a draft typed with
    /// a half-width input method has thousands of the same hit, and building and hashing their strings each
    /// time was most of the rule's work. Hits carry an index into this table (`markHit`, `quoteHits`).
    private static let texts: [StyleTexts] = {
        let marks: [(mark: String, full: String)] = [
            (",", "，"), (";", "；"), ("!", "！"), ("?", "？"), (":", "："), ("(", "（"), (")", "）"),
        ]
        let quotes: [String] = ["“", "”"]
        return marks.map { mark, full in
            StyleTexts(message: "中文之间使用了半角“\(mark)”，应使用全角“\(full)”", replacement: full, label: "“\(mark)”")
        }
            + quotes.map { full in
                StyleTexts(message: "中文之间使用了半角引号“\"”，应使用全角“\(full)”", replacement: full, label: "“\"”")
            }
    }()
    private static let openQuoteTexts = 7
    private static let closeQuoteTexts = 8

    /// The hit of an ASCII mark (, ; ! ? : ( )), replaced by its full-width form.
    private static func markHit(_ mark: Unicode.Scalar, at span: Span) -> StyleHit {
        let entry: Int
        switch mark {
        case ",": entry = 0
        case ";": entry = 1
        case "!": entry = 2
        case "?": entry = 3
        case ":": entry = 4
        case "(": entry = 5
        case ")": entry = 6
        default: preconditionFailure("no full-width form for \(mark)")
        }
        return StyleHit(span: span, texts: entry)
    }

    /// Pairs parentheses of either width; an ASCII one is flagged when its pair holds Chinese text (or is
    /// itself full-width), and an unpaired one when Chinese stands on both sides.
    private static func parenthesisHits(_ s: [Unicode.Scalar], _ parens: [Int], unit: MappedText) -> [StyleHit] {
        var hits: [StyleHit] = []
        // Positions in `parens`, not sets of scalar indices: a unit has a few parentheses.
        var open: [Int] = []
        var paired = [Bool](repeating: false, count: parens.count)
        func flag(_ i: Int) { hits.append(markHit(s[i], at: unit.sourceSpan(i..<(i + 1)))) }
        for (k, i) in parens.enumerated() {
            if s[i] == "(" || s[i] == "（" {
                open.append(k)
                continue
            }
            guard let openK = open.popLast() else { continue }
            let o = parens[openK]
            paired[openK] = true
            paired[k] = true
            let (openASCII, closeASCII) = (s[o].isASCII, s[i].isASCII)
            guard openASCII || closeASCII else { continue }
            let mixed = openASCII != closeASCII
            let content = s[(o + 1)..<i]
            let chinese =
                content.contains(where: ProseScalar.isHan) && !content.contains(where: ProseScalar.isLatinLetter)
            let afterLatin = previous(s, o).map { ProseScalar.isLatinLetter(s[$0]) } ?? false
            if mixed || (chinese && !afterLatin) {
                if openASCII { flag(o) }
                if closeASCII { flag(i) }
            }
        }
        for (k, i) in parens.enumerated() where s[i].isASCII && !paired[k] {
            if let p = previous(s, i), let n = next(s, i), ProseScalar.isHan(s[p]), ProseScalar.isHan(s[n]) { flag(i) }
        }
        return hits
    }

    /// ASCII double quotes taken in pairs; a pair around Chinese text becomes “…”.
    private static func quoteHits(_ s: [Unicode.Scalar], _ quotes: [Int], unit: MappedText) -> [StyleHit] {
        var hits: [StyleHit] = []
        var k = 0
        while k + 1 < quotes.count {
            let (o, c) = (quotes[k], quotes[k + 1])
            let content = s[(o + 1)..<c]
            if content.contains(where: ProseScalar.isHan), !content.contains(where: ProseScalar.isLatinLetter) {
                hits.append(StyleHit(span: unit.sourceSpan(o..<(o + 1)), texts: openQuoteTexts))
                hits.append(StyleHit(span: unit.sourceSpan(c..<(c + 1)), texts: closeQuoteTexts))
            }
            k += 2
        }
        return hits
    }

    /// "??" and "!!" are a placeholder or an exclamation, not a slip of the input method.
    private static func isRepeated(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let same: (Unicode.Scalar) -> Bool = { $0 == "?" || $0 == "？" || $0 == "!" || $0 == "！" }
        return (i > 0 && same(s[i - 1])) || (i + 1 < s.count && same(s[i + 1]))
    }

    /// The nearest scalar before `i` that is not a space.
    static func previous(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var k = i - 1
        while k >= 0, ProseScalar.isSpace(s[k]) { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// The nearest scalar after `i` that is not a space.
    static func next(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var k = i + 1
        while k < s.count, ProseScalar.isSpace(s[k]) { k += 1 }
        return k < s.count ? k : nil
    }
}
