import QRLintCore

/// "见表3", "如图2-1所示", "（见附表2）" where the document has no such caption.
public struct DanglingReference: Rule {
    public static let description = RuleDescription(
        id: "reference.dangling",
        defaultSeverity: .warning,
        summary: "正文引用的图、表、案例、附表不存在",
        rationale: """
            “见表 3”“如图 2-1 所示”“（见附表 2）”引用的编号在正文中找不到，多是删改图表或重新编号后没有同步修改正文。\
            只在文中确有同类图注（或表题、案例标题）时检查，以免把读取不到的图注当成缺失。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况

                学校在校生规模稳步扩大（见⟦表 3⟧）。

                表 1 学生情况统计表

                表 2 教师情况统计表
                """, messageContains: "“表 3”"),
            RuleExample(
                """
                # 2 人才培养

                实训中心布局如⟦图2-3⟧所示，工位见图 2-1、⟦2-4⟧。

                图 2-1 实训中心

                图 2-2 实训工位
                """),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况

                学校在校生规模稳步扩大（见表 2）。如图 1 所示，校园布局合理。详见附表 1。

                图 1 校园平面图

                表 1 学生情况统计表

                表 2 教师情况统计表

                # 8 附表

                表 1 人才培养质量计分卡
                """),
            // 文中没有任何图注时不检查（可能是读取不到）。
            RuleExample(
                """
                # 1 学校概况

                校园布局如图 1 所示。
                """),
        ]
    )

    public init() {}

    /// The length of the trigger word at `i`, 0 for none. "见" covers 详见 / 参见; "如" covers 如图 … 所示; and
    /// 参照. Compared in place: a list of the words read through a `static let` cost a `swift_once` call at
    /// every 见, 如 and 参.
    @inline(__always)
    private static func triggerLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Int {
        switch s[i] {
        case "见", "如": 1
        case "参": i + 1 < s.count && s[i + 1] == "照" ? 2 : 0
        default: 0
        }
    }

    /// Joins another reference to the one before ("图 1、图 2"): a switch, not a set hashed per reference.
    private static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "、", "和", "及", "与", "至", "—", "～", "~": true
        default: false
        }
    }

    public func check(_ context: LintContext) -> [Finding] {
        let captions = context.captions
        // What each reference asks of all the captions, asked once per kind instead of once per reference.
        // Lists of at most four kinds, not sets: a set of kinds made the runtime scan every conformance record for
        // the kind's, once per run.
        let families = CaptionText.Kind.allCases.filter { hasFamily($0, captions) }
        var twoPartNumbers: [CaptionText.Kind] = []
        for entry in captions.entries where entry.number.count == 2 && !twoPartNumbers.contains(entry.kind) {
            twoPartNumbers.append(entry.kind)
        }
        var findings: [Finding] = []
        // The paragraphs are the prose units of that kind, read in the shared scalar buffer: binding each
        // paragraph block copied its text (a retain and two releases per paragraph).
        let prose = context.prose
        // One list for every paragraph, emptied after each: returning a list per paragraph cost a release each.
        var found: [(CaptionText.Kind, [Int], Range<Int>)] = []
        prose.scalars.withUnits { texts in
            for index in prose.units.indices where prose.units[index].kind == .paragraph {
                references(in: texts[index], into: &found)
                guard !found.isEmpty else { continue }
                defer { found.removeAll(keepingCapacity: true) }
                for (kind, number, range) in found {
                    guard families.contains(kind), !exists(kind, number, captions, twoPartNumbers: twoPartNumbers)
                    else {
                        continue
                    }
                    let label = CaptionText.label(kind, number)
                    let message = "引用的“\(label)”在正文中不存在"
                    findings.append(Finding(message: message, span: prose.span(of: index, range)))
                }
            }
        }
        return findings
    }

    /// References after 见 / 如 / 参照, with the ones joined to them ("见图 1、图 2"). One pass over the
    /// scalars; a reference is only parsed where a trigger word stands.
    private func references(
        in s: UnsafeBufferPointer<Unicode.Scalar>, into found: inout [(CaptionText.Kind, [Int], Range<Int>)]
    ) {
        var i = 0
        while i < s.count {
            // Most scalars start no trigger: skipped eight at a time on the raw buffer, instead of a prefix test
            // per trigger.
            i = ScalarSearch.firstIndex(of: "见", "如", "参", in: s, from: i)
            guard i < s.count else { return }
            let trigger = Self.triggerLength(s, at: i)
            guard trigger > 0 else {
                i += 1
                continue
            }
            var at = i + trigger
            var kind: CaptionText.Kind?
            while let (k, number, range) = reference(s, at, kind: kind) {
                found.append((k, number, range))
                kind = k
                at = range.upperBound
                // "图 1、图 2" / "图 1、2": another reference joined to this one.
                guard at < s.count, Self.isJoiner(s[at]) else { break }
                at += 1
            }
            i = max(i + 1, at)
        }
    }

    private static let kindWords: [(CaptionText.Kind, [Unicode.Scalar])] = [
        (.appendixTable, Array("附表".unicodeScalars)), (.caseStudy, Array("典型案例".unicodeScalars)),
        (.caseStudy, Array("案例".unicodeScalars)), (.figure, ["图"]), (.table, ["表"]),
    ]

    /// One "表 3" / "附表 2" / "图 2-1" at `start` (spaces allowed); when `kind` is given, a bare number too
    /// (the "2" of "图 1、2").
    private func reference(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, kind: CaptionText.Kind?) -> (
        CaptionText.Kind, [Int], Range<Int>
    )? {
        var i = start
        while i < s.count, CaptionText.isSpace(s[i]) { i += 1 }
        let labelStart = i
        let referenced: CaptionText.Kind
        if let kind, i < s.count, ("0"..."9").contains(s[i]) {
            referenced = kind
        } else if let (word, letters) = Self.kindWords.first(where: { ScalarRun.hasPrefix(s, at: i, $0.1) }) {
            referenced = word
            i += letters.count
            while i < s.count, CaptionText.isSpace(s[i]) { i += 1 }
        } else {
            return nil
        }
        guard let (number, end) = parseNumber(s, i) else { return nil }
        return (referenced, number, labelStart..<end)
    }

    /// The number at `start`: "3", "2-1"; not "3.5万" or "1999年".
    private func parseNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> (number: [Int], end: Int)? {
        var i = start
        var number: [Int] = []
        while true {
            let digitsStart = i
            var value = 0
            while i < s.count, i - digitsStart < 3, ("0"..."9").contains(s[i]) {
                value = value * 10 + Int(s[i].value - 0x30)
                i += 1
            }
            guard i > digitsStart, i == s.count || !("0"..."9").contains(s[i]) else { return nil }
            number.append(value)
            if number.count == 1, i + 1 < s.count, s[i] == "-" || s[i] == "－" || s[i] == "—",
                ("0"..."9").contains(s[i + 1])
            {
                i += 1
                continue
            }
            break
        }
        // A decimal or a unit after the number means it is not a reference ("表3.5万").
        if i < s.count, s[i] == "." || s[i] == "万" || s[i] == "年" || s[i] == "%" { return nil }
        return (number, i)
    }

    /// The document has captions of this kind at all (else the reader may simply not see them).
    private func hasFamily(_ kind: CaptionText.Kind, _ captions: CaptionIndex) -> Bool {
        switch kind {
        case .appendixTable:
            captions.entries.contains { $0.kind == .appendixTable || ($0.kind == .table && $0.inAppendix) }
        default: captions.entries.contains { $0.kind == kind }
        }
    }

    /// - Parameter twoPartNumbers: the kinds with a caption numbered in two parts ("表 2-1").
    private func exists(
        _ kind: CaptionText.Kind, _ number: [Int], _ captions: CaptionIndex, twoPartNumbers: [CaptionText.Kind]
    ) -> Bool {
        // "见表 1-3" where tables are numbered 1, 2, 3 …: a range, not table 3 of chapter 1.
        if number.count == 2, number[0] < number[1], !twoPartNumbers.contains(kind) {
            return existsExactly(kind, [number[0]], captions) && existsExactly(kind, [number[1]], captions)
        }
        return existsExactly(kind, number, captions)
    }

    private func existsExactly(_ kind: CaptionText.Kind, _ number: [Int], _ captions: CaptionIndex) -> Bool {
        switch kind {
        case .appendixTable:
            captions.entries.contains {
                $0.number == number && ($0.kind == .appendixTable || ($0.kind == .table && $0.inAppendix))
            }
        default:
            captions.contains(kind, number)
        }
    }
}
