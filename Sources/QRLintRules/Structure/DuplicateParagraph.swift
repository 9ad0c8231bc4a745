import QRLintCore

/// The same or nearly the same long paragraph twice in the report.
public struct DuplicateParagraph: Rule {
    public static let description = RuleDescription(
        id: "structure.duplicate-paragraph",
        defaultSeverity: .info,
        summary: "同一段话（60 字以上）在报告中出现两次",
        rationale: """
            各部分由不同的人起草、再拼成一份报告时，同一段话常被写进两个章节；改稿时复制粘贴也会留下重复段落。比较时不计空格和\
            标点，相似度 80% 以上即视为几乎相同。重复未必是错（如两章都引用同一政策），只作提示。
            """,
        triggering: [
            RuleExample(
                """
                # 2 人才培养
                学校坚持立德树人根本任务，构建思政课程与课程思政协同育人体系，全年开展主题班会三百余场，覆盖全体在校学生，学生思想政治素质明显提升。
                # 4 文化传承
                ⟦学校坚持立德树人根本任务，构建思政课程与课程思政协同育人体系，全年开展主题班会三百余场，覆盖全体在校学生，学生思想政治素质明显提升。⟧
                """, messageContains: "“2 人才培养”"),
            RuleExample(
                """
                # 2 人才培养
                学校坚持立德树人根本任务，构建思政课程与课程思政协同育人体系，全年开展主题班会三百余场，覆盖全体在校学生，学生思想政治素质明显提升。
                # 4 文化传承
                ⟦学校坚持立德树人根本任务，构建思政课程与课程思政协同育人体系，全年开展主题班会三百多场，覆盖全体在校学生，学生思想政治素质明显提升。⟧
                """, messageContains: "几乎相同"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 2 人才培养
                学校坚持立德树人根本任务，构建思政课程与课程思政协同育人体系，全年开展主题班会三百余场，覆盖全体在校学生。
                # 4 文化传承
                学校传承工匠精神，邀请全国技术能手来校讲座六场，组织学生参观本地非遗工坊，开展传统技艺体验活动二十余次。
                """),
            // 不足 60 字的短段（日期、署名、图注说明）重复不报。
            RuleExample(
                """
                # 1 学校概况
                学校创办于 1985 年。
                # 2 人才培养
                学校创办于 1985 年。
                """),
        ]
    )

    public init() {}

    static let minimumLength = 60
    static let threshold = 0.8

    /// The message's inputs in one integer — the earlier paragraph's section (-1: before the first), whether
    /// the later one is in a section of the same path, and the similarity (-1: a copy) — so that the messages
    /// are keyed by integers: a dictionary keyed by a struct made the runtime scan every conformance record for
    /// the struct's, once per run.
    private static func messageKey(section: Int, same: Bool, percent: Int) -> Int {
        (section + 1) << 9 | (same ? 1 << 8 : 0) | (percent + 1)
    }

    public func check(_ context: LintContext) -> [Finding] {
        // The comparable texts of the long paragraphs, end to end in one array (one allocation per paragraph
        // was much of the rule's work).
        // Room for the whole source up front: the paragraphs' scalars come from it.
        var texts = FoldedTexts(capacity: context.document.source.scalars.count)
        // The long paragraphs as block indices and source starts: no copy of each paragraph's text.
        var paragraphs: [(block: Int, start: Int)] = []
        let blocks = context.document.blocks
        // The paragraphs are the prose units of that kind, read in the shared scalar buffer: binding each
        // paragraph block copied its text. A kept one's mapping is fetched for its source start.
        let prose = context.prose
        prose.scalars.withUnits { units in
            for index in prose.units.indices where prose.units[index].kind == .paragraph {
                // Folding keeps at most every scalar: a paragraph shorter than the minimum cannot reach it.
                let scalars = units[index]
                guard scalars.count >= Self.minimumLength else { continue }
                if texts.append(folding: scalars, minimum: Self.minimumLength) {
                    let text = prose.text(of: index)
                    paragraphs.append((prose.units[index].blockIndex, text.sourceSpan.start))
                }
            }
        }
        guard paragraphs.count > 1 else { return [] }
        var findings: [Finding] = []
        let outline = context.outline
        func section(_ index: Int) -> Int {
            outline.sectionIndex(at: paragraphs[index].start) ?? -1
        }
        func trimmedSpan(_ index: Int) -> Span {
            guard case .paragraph(let p) = blocks[paragraphs[index].block] else {
                preconditionFailure("not a paragraph")
            }
            return p.text.trimmed().sourceSpan
        }
        // The message depends only on the earlier paragraph's section, whether the later one is in a section of
        // the same path, and the similarity: built once per such key (a draft repeats one passage many times).
        var messages: [Int: String] = [:]
        // The labels `samePath` compares, kept here: the outline's shared ones are behind a lock, and a draft
        // pasted together from copies compares labels for every pair.
        var labels = LabelMemo()
        for pair in NearDuplicates.pairs(texts, threshold: Self.threshold) {
            let exact = pair.isCopy
            let hereSection = section(pair.later)
            let thereSection = section(pair.earlier)
            let same = hereSection == thereSection || Self.samePath(hereSection, thereSection, outline, &labels)
            let percent = exact ? -1 : Int((pair.similarity * 100).rounded(.down))
            let key = Self.messageKey(section: thereSection, same: same, percent: percent)
            let message: String
            if let known = messages[key] {
                message = known
            } else {
                let there = outline.sectionPath(ofSection: thereSection < 0 ? nil : thereSection)
                let place = same ? "本节前文" : (there.last.map { "“\($0)”" } ?? "报告开头")
                let how = exact ? "相同" : "几乎相同（相似度 \(percent)%）"
                message = "这一段与\(place)的一段\(how)"
                messages[key] = message
            }
            let note = Note(message: "先出现的段落在此", span: trimmedSpan(pair.earlier))
            findings.append(Finding(message: message, span: trimmedSpan(pair.later), notes: [note]))
        }
        return findings
    }

    /// Whether two sections (-1: before the first) have equal section paths, as `Outline.sectionPath` would
    /// give them, compared label by label up the two chains without building the paths (a draft pasted
    /// together from copies asks this for every paragraph).
    /// - Parameter labels: the labels already asked for.
    static func samePath(_ a: Int, _ b: Int, _ outline: Outline, _ labels: inout LabelMemo) -> Bool {
        func label(_ index: Int) -> String { labels.label(index, outline) }
        let sections = outline.sections
        var x: Int? = a < 0 ? nil : a
        var y: Int? = b < 0 ? nil : b
        while true {
            // A section above the chapter level ends its path, as it ends `sectionPath`.
            let i = x.flatMap { sections[$0].level >= outline.chapterLevel ? $0 : nil }
            let j = y.flatMap { sections[$0].level >= outline.chapterLevel ? $0 : nil }
            guard let i, let j else { return i == nil && j == nil }
            // One section: the rest of the two paths is the same too.
            if i == j { return true }
            if !Self.sameLabel(label(i), label(j)) { return false }
            x = sections[i].parent
            y = sections[j].parent
        }
    }

    /// Section labels asked for by `samePath`, by section: plain integers per section (an array of optional
    /// strings retained a nil per section to be made), the labels in a list of their own.
    struct LabelMemo {
        /// Per section: 1 + the label's index in `texts`, 0 before it is asked for. Empty until the first is.
        private var slots: [Int] = []
        private var texts: [String] = []

        mutating func label(_ section: Int, _ outline: Outline) -> String {
            if slots.isEmpty { slots = [Int](repeating: 0, count: outline.sections.count) }
            if slots[section] > 0 { return texts[slots[section] - 1] }
            let label = outline.label(ofSection: section)
            texts.append(label)
            slots[section] = texts.count
            return label
        }
    }

    /// `a == b`, answered from the bytes when they are the same (copies of one report): comparing unequal
    /// storage of non-ASCII strings goes through normalisation.
    private static func sameLabel(_ a: String, _ b: String) -> Bool {
        if a.utf8.count == b.utf8.count,
            let same = a.utf8.withContiguousStorageIfAvailable({ x in
                b.utf8.withContiguousStorageIfAvailable { y in
                    // Eight bytes a step: a byte loop was most of this rule's path comparison.
                    guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                    let (pa, pb) = (UnsafeRawPointer(p), UnsafeRawPointer(q))
                    var k = 0
                    while k + 8 <= x.count {
                        if pa.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                            != pb.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                        {
                            return false
                        }
                        k += 8
                    }
                    while k < x.count {
                        if x[k] != y[k] { return false }
                        k += 1
                    }
                    return true
                }
            }) ?? nil, same
        {
            return true
        }
        return a == b
    }
}
