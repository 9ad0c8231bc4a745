import QRLintCore

/// Figure, table and case numbers with a gap, a duplicate, a restart, or two numbering schemes mixed.
public struct CaptionSequence: Rule {
    public static let description = RuleDescription(
        id: "reference.sequence",
        defaultSeverity: .warning,
        summary: "图、表、案例编号不连续、重复、中途重新编号或混用两种编号方式",
        rationale: """
            图、表、案例（以及附表）按出现顺序连续编号（图 1、图 2……），或按章编号（图 2-1、【案例 2-1】）。删改内容后常留下\
            断号、重号，或一部分按章编号、一部分连续编号，正文里的“见表 3”也随之指错。附表（附件中的指标表）另起编号，单独\
            检查。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况

                图 1 学校大门

                ⟦图 3 实训中心⟧
                """, messageContains: "缺少“图 2”"),
            RuleExample(
                """
                # 1 学校概况

                表 1 学生情况统计表

                ⟦表 1 教师情况统计表⟧
                """, messageContains: "重复"),
            RuleExample(
                """
                # 2 人才培养

                【案例 2-1】红色研学

                【案例 2-2】劳动教育

                ⟦典型案例 3：技能竞赛⟧
                """, messageContains: "混用"),
            RuleExample(
                """
                # 1 学校概况

                图 1 学校大门

                图 2 实训中心

                # 2 人才培养

                ⟦图 1 技能大赛⟧
                """, messageContains: "重新从 1 开始"),
        ],
        nonTriggering: [
            // 附表（附件中的指标表）另起编号。
            RuleExample(
                """
                # 1 学校概况

                图 1 学校大门

                表 1 学生情况统计表

                # 2 人才培养

                图 2 实训中心

                【案例 2-1】红色研学

                【案例 2-2】劳动教育

                # 8 附表

                表 1 人才培养质量计分卡
                """)
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let entries = context.captions.entries
        var findings: [Finding] = []
        // The captions of each kind as indices into the index's entries, in the body and in the appendix:
        // filtering copies of the entries retained each one's arrays and text.
        var body: [Int] = []
        var appendix: [Int] = []
        for kind in CaptionText.Kind.allCases {
            body.removeAll(keepingCapacity: true)
            appendix.removeAll(keepingCapacity: true)
            for index in entries.indices where entries[index].kind == kind {
                if entries[index].inAppendix { appendix.append(index) } else { body.append(index) }
            }
            findings += checkScheme(body, of: entries)
            findings += checkScheme(appendix, of: entries)
        }
        return findings.sorted { $0.span < $1.span }
    }

    /// Reports a mixed scheme once, then checks the numbers of the prevailing scheme.
    /// - Parameter members: indices into `entries`, in document order.
    private func checkScheme(_ members: [Int], of entries: [CaptionIndex.Entry]) -> [Finding] {
        guard let first = members.first else { return [] }
        let continuous = members.filter { entries[$0].number.count == 1 }
        let perChapter = members.filter { entries[$0].number.count == 2 }
        guard !continuous.isEmpty, !perChapter.isEmpty else { return checkNumbers(members, of: entries) }
        let firstIsContinuous = entries[first].number.count == 1
        let (major, minor) =
            continuous.count > perChapter.count || (continuous.count == perChapter.count && firstIsContinuous)
            ? (continuous, perChapter) : (perChapter, continuous)
        let odd = entries[minor[0]]
        let prevailing = entries[major[0]]
        let message = "\(odd.kind.word)的编号混用了连续编号和分章编号：“\(odd.label)”与“\(prevailing.label)”不是同一种编号方式"
        let note = Note(message: "“\(prevailing.label)”在此", span: prevailing.span)
        return [Finding(message: message, span: odd.span, notes: [note])] + checkNumbers(major, of: entries)
    }

    /// Gaps, duplicates and restarts. Per-chapter numbers ("2-3") restart in every chapter.
    /// - Parameter members: indices into `entries`, in document order.
    private func checkNumbers(_ members: [Int], of entries: [CaptionIndex.Entry]) -> [Finding] {
        var findings: [Finding] = []
        // Entry indices keyed by packed numbers, not entries keyed by arrays: no entry copies, no array hashing.
        var keys = CaptionNumberKeys()
        var seen: [Int: Int] = [:]
        var lastInGroup: [Int: Int] = [:]
        var lastGroup: Int?
        func groupOf(_ number: [Int]) -> Int { number.count == 2 ? number[0] : 0 }
        for index in members {
            let entry = entries[index]
            let group = groupOf(entry.number)
            let value = entry.number.last!
            let key = keys.key(entry.number)
            if value == 1, let previousIndex = lastInGroup[group], entries[previousIndex].number.last! > 1,
                lastGroup == group
            {
                // A new series: "图 1" after "图 10" (numbered per chapter, written without the chapter).
                let previous = entries[previousIndex]
                let note = Note(message: "上一个是“\(previous.label)”", span: previous.span)
                let message = "\(entry.kind.word)的编号在“\(entry.label)”处重新从 1 开始（上一个是“\(previous.label)”）"
                findings.append(Finding(message: message, span: entry.span, notes: [note]))
                seen = seen.filter { groupOf(entries[$0.value].number) != group }
                seen[key] = index
                lastInGroup[group] = index
                continue
            }
            if let earlierIndex = seen[key] {
                let earlier = entries[earlierIndex]
                let note = Note(message: "“\(earlier.label)”已在此", span: earlier.span)
                findings.append(Finding(message: "“\(entry.label)”重复", span: entry.span, notes: [note]))
                continue
            }
            seen[key] = index
            defer {
                lastInGroup[group] = index
                lastGroup = group
            }
            if let previousGroup = lastGroup, group < previousGroup, let lastIndex = lastInGroup[previousGroup] {
                let last = entries[lastIndex]
                let note = Note(message: "“\(last.label)”在此", span: last.span)
                findings.append(
                    Finding(message: "“\(entry.label)”排在“\(last.label)”之后，顺序倒置", span: entry.span, notes: [note]))
                continue
            }
            let previous = lastInGroup[group].map { entries[$0] }
            let expected = (previous?.number.last ?? 0) + 1
            if value == expected { continue }
            if value > expected {
                let missing = (expected..<value).map { label(entry, value: $0) }
                let list = missing.prefix(3).map { "“\($0)”" }.joined(separator: "、") + (missing.count > 3 ? "等" : "")
                let notes = previous.map { [Note(message: "上一个是“\($0.label)”", span: $0.span)] } ?? []
                findings.append(Finding(message: "“\(entry.label)”之前缺少\(list)", span: entry.span, notes: notes))
            } else if let previous {
                let note = Note(message: "上一个是“\(previous.label)”", span: previous.span)
                let message = "“\(entry.label)”排在“\(previous.label)”之后，顺序倒置"
                findings.append(Finding(message: message, span: entry.span, notes: [note]))
            }
        }
        return findings
    }

    private func label(_ entry: CaptionIndex.Entry, value: Int) -> String {
        CaptionText.label(entry.kind, Array(entry.number.dropLast()) + [value])
    }
}
