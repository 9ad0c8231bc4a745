import QRLintCore

/// Quotation marks, brackets and title marks that do not pair within their paragraph.
public struct UnpairedMarks: Rule {
    public static let description = RuleDescription(
        id: "text.unpaired",
        defaultSeverity: .error,
        summary: "引号、括号或书名号不成对",
        rationale: """
            “ ” ‘ ’ 《 》 （ ） 【 】 〔 〕 必须在同一段内成对出现（GB/T 15834-2011）。缺了一半的引号或括号，多半是删改时\
            删掉了另一半，或把后引号打成了前引号（“三教“改革）。全角和半角括号视为同一种。从 PDF 提取的文字若一段在图表处\
            被截断，段尾未闭合的前半个、段首多出的后半个不报告。条目编号“1）”“a)”不算多出的括号。
            """,
        triggering: [
            RuleExample("学校秉持⟦“⟧乐业乐群的办学理念，推进内涵发展。", messageContains: "缺少配对"),
            RuleExample("学校推进“三教⟦“⟧改革，成效明显。", messageContains: "后引号"),
            RuleExample("学校修订⟦《⟧人才培养方案，完善制度。"),
            RuleExample("学校与企业共建实训基地（共 3 个）⟦）⟧。"),
            RuleExample("根据《关于印发⟦〈⟧实施方案的通知⟪》⟫，学校完善了制度。", messageContains: "〈"),
        ],
        nonTriggering: [
            RuleExample("学校与中德(重庆)智能产业园合作，落实《关于印发〈实施方案〉的通知》（渝教发〔2023〕2号）。"),
            RuleExample("学校推进“三教”改革，开展“‘岗课赛证’融通”试点。"),
            RuleExample("主要举措：1）完善制度；2）强化考核；a) 加强督导。"),
            RuleExample("按照“立足发展，服务师生”的理念，学校不断加大基础设"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        let signs = prose.signs
        var findings: [Finding] = []
        var previousEndsSentence = true
        // Plain text cut at a figure or a page: half a pair may sit in the neighbouring paragraph.
        let format = context.document.format
        let plain = format == .text || format == .pdf
        let units = prose.units
        // Read once here: a `static let` read per unit cost a `swift_once` call and a copy each time.
        let relevant = Self.relevant
        let marks = Self.marks
        // One stack for every unit, emptied after each: most units open a mark, and a new array each allocated.
        var stack: [(index: Int, family: Family)] = []
        prose.scalars.withUnits { texts in
            for index in units.indices {
                let kind = units[index].kind
                guard kind != .tableCell else { continue }
                let s = texts[index]
                // Asked only of plain text, where a paragraph may be cut: elsewhere both flags below are false
                // whatever it says, and reading every unit's end cost a cache miss each.
                let endsSentence = plain ? Self.endsSentence(s) : true
                let cut = plain && kind == .paragraph
                let places = signs.range(of: index)
                // A unit without a quote, bracket or title mark has nothing to pair (its sentence ends matter
                // only to a closer): most units, skipped on the signs' own scalars.
                if places.contains(where: { marks.contains(signs.scalars[$0].value) }) {
                    Self.problems(
                        in: s, of: prose, index, signs: signs, places, relevant: relevant, stack: &stack,
                        openAtEndIsCut: cut && !endsSentence, closeAtStartIsCut: cut && !previousEndsSentence,
                        into: &findings)
                }
                if kind == .paragraph { previousEndsSentence = endsSentence }
            }
        }
        return findings
    }

    private enum Family: Hashable {
        case doubleQuote, singleQuote, title, innerTitle, parenthesis, squareBracket, hexBracket

        init?(opening s: Unicode.Scalar) {
            switch s {
            case "“": self = .doubleQuote
            case "‘": self = .singleQuote
            case "《": self = .title
            case "〈": self = .innerTitle
            case "（", "(": self = .parenthesis
            case "【": self = .squareBracket
            case "〔": self = .hexBracket
            default: return nil
            }
        }

        init?(closing s: Unicode.Scalar) {
            switch s {
            case "”": self = .doubleQuote
            case "’": self = .singleQuote
            case "》": self = .title
            case "〉": self = .innerTitle
            case "）", ")": self = .parenthesis
            case "】": self = .squareBracket
            case "〕": self = .hexBracket
            default: return nil
            }
        }

        var closer: String {
            switch self {
            case .doubleQuote: "”"
            case .singleQuote: "’"
            case .title: "》"
            case .innerTitle: "〉"
            case .parenthesis: "）"
            case .squareBracket: "】"
            case .hexBracket: "〕"
            }
        }
    }

    /// Appends the unit's findings, sorted, to `findings` (one array for the whole document: most units have
    /// none, and an array per unit cost more than checking it).
    /// `s` is the text of unit `index` of `prose`, which is read only for a finding's span. `stack` is scratch
    /// space, empty on entry and on return.
    private static func problems(
        in s: UnsafeBufferPointer<Unicode.Scalar>, of prose: ProseScan, _ index: Int, signs: ProsePositions,
        _ places: Range<Int>, relevant: borrowing ScalarBitSet, stack: inout [(index: Int, family: Family)],
        openAtEndIsCut: Bool, closeAtStartIsCut: Bool, into all: inout [Finding]
    ) {
        func span(at i: Int) -> Span { prose.span(of: index, at: i) }
        let unitStart = all.count
        // Most units close what they open: emptying an empty stack still went through `replaceSubrange`.
        defer { if !stack.isEmpty { stack.removeAll(keepingCapacity: true) } }
        var sawSentenceEnd = false
        var pendingStrayCloser: Int?
        for k in places {
            let i = signs.indices[k]
            let c = s[i]
            // Most signs are commas and enumeration commas: one bit tells the branches below would all pass.
            guard relevant.contains(c.value) else { continue }
            if ProseScalar.isSentenceEnd(c) { sawSentenceEnd = true }
            if c == "“", let top = stack.last, top.family == .doubleQuote {
                // “三教“改革: a closing quote typed as an opening one.
                stack.removeLast()
                all.append(
                    Finding(
                        message: "此处应为后引号“””：前引号““”之后又出现前引号", span: span(at: i),
                        notes: [Note(message: "前引号在此", span: span(at: top.index))],
                        fix: Fix(span: span(at: i), replacement: "”", isSafe: false, message: "改为后引号“””")))
                continue
            }
            if let family = Family(opening: c) {
                stack.append((i, family))
                continue
            }
            if c == "\"", let top = stack.last, top.family == .doubleQuote {
                stack.removeLast()  // “…" : a half-width closing quote still closes
                continue
            }
            guard let family = Family(closing: c) else { continue }
            if let depth = stack.lastIndex(where: { $0.family == family }) {
                // Openers above the matching one were never closed.
                for open in stack[(depth + 1)...] {
                    var finding = unclosed(open.index, open.family, s, span(at: open.index))
                    finding.notes = [Note(message: "外层的“\(c)”在此已闭合", span: span(at: i))]
                    all.append(finding)
                }
                // Most closers close the top opener: removing the last costs far less than removing a subrange.
                if depth == stack.count - 1 { stack.removeLast() } else { stack.removeSubrange(depth...) }
                continue
            }
            if family == .parenthesis, isListMarker(s, i) { continue }
            if closeAtStartIsCut, !sawSentenceEnd { continue }
            if family == .doubleQuote, pendingStrayCloser == nil {
                pendingStrayCloser = i
                continue
            }
            all.append(
                Finding(message: "多出的“\(c)”：前面没有与之配对的符号", span: span(at: i)))
        }
        if let stray = pendingStrayCloser {
            all.append(
                Finding(message: "多出的“””：前面没有与之配对的前引号", span: span(at: stray)))
        }
        if !openAtEndIsCut {
            for open in stack { all.append(unclosed(open.index, open.family, s, span(at: open.index))) }
        }
        // The same stable sort as sorting the unit's findings on their own; most units have none or one.
        if all.count - unitStart > 1 { all[unitStart...].sort { $0.span < $1.span } }
    }

    /// The scalars `problems` acts on: sentence ends, the opening and closing marks, and the ASCII quote.
    private static let relevant = ScalarBitSet(
        "。！？；!?;…“‘《〈（(【〔”’》〉）)】〕\"".unicodeScalars.map(\.value))
    /// The opening and closing marks and the ASCII quote: a unit without one has no finding.
    private static let marks = ScalarBitSet("“‘《〈（(【〔”’》〉）)】〕\"".unicodeScalars.map(\.value))

    private static func unclosed(
        _ i: Int, _ family: Family, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span
    ) -> Finding {
        Finding(message: "“\(s[i])”缺少配对的“\(family.closer)”", span: span)
    }

    /// "1）", "a)", "（2）" style item numbers: a closer after one or two digits or a letter at an item start.
    private static func isListMarker(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        var k = i - 1
        var length = 0
        while k >= 0,
            ProseScalar.isDigit(s[k]) || ProseScalar.isLatinLetter(s[k]) || ProseScalar.chineseDigit(s[k]) != nil
        {
            k -= 1
            length += 1
        }
        guard (1...2).contains(length) else { return false }
        return k < 0 || ProseScalar.isSpace(s[k]) || ProseScalar.isClauseEnd(s[k])
    }

    /// The last scalar that is not a space ends a sentence (or closes a quotation or an aside after one).
    private static func endsSentence(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var k = s.count - 1
        while k >= 0, ProseScalar.isSpace(s[k]) { k -= 1 }
        guard k >= 0 else { return true }
        switch s[k] {
        case "。", "！", "？", "；", "!", "?", ";", "…", "”", "）", ")", "》", "：", ":": return true
        default: return false
        }
    }
}
