import QRLintCore

/// `reference.toc` for 图目录 / 表目录 / 案例目录: pairs each line with the caption of the same kind and
/// number, then reports lines without a caption, captions without a line, and reworded titles.
enum TOCCaptionsCheck {
    /// The captions grouped by kind and number, built once for all the lists of a document: a file holding
    /// many reports has many lists and many captions, and grouping the captions after each list again was
    /// quadratic.
    struct Groups {
        /// Per caption, its group.
        fileprivate var groupOf: [Int] = []
        /// Per group, its captions in body order.
        fileprivate var members: [[Int]] = []
        fileprivate var byKey: [Listed: Int] = [:]

        init(_ captions: CaptionIndex) {
            groupOf.reserveCapacity(captions.entries.count)
            for index in captions.entries.indices {
                let key = Listed(kind: captions.entries[index].kind, number: captions.entries[index].number)
                let group: Int
                if let known = byKey[key] {
                    group = known
                    members[group].append(index)
                } else {
                    group = members.count
                    byKey[key] = group
                    members.append([index])
                }
                groupOf.append(group)
            }
        }
    }

    static func check(
        _ list: TOCLists.List, captions: CaptionIndex, groups: Groups, prefixes: BlockPrefixes, context: LintContext
    ) -> [Finding] {
        let parsed = list.entries.compactMap { entry, _ -> (TOCEntry, CaptionText.Parsed)? in
            CaptionText.parse(entry.text.scalars).map { (entry, $0) }
        }
        guard !parsed.isEmpty, case .captions(let declared) = list.kind else { return [] }
        let kinds = (declared + parsed.map(\.1.kind)).reduce(0) { $0 | Listed.bit($1) }
        // Indexed by caption: a flag per caption instead of a set asked once per pair of line and caption.
        var used = [Bool](repeating: false, count: captions.entries.count)
        var findings: [Finding] = []
        for (entry, item) in parsed {
            // The group's captions in the body (after the list) and not yet paired; the list names its own kinds.
            let group = groups.byKey[Listed(kind: item.kind, number: item.number)]
            let sameNumber = (group.map { groups.members[$0] } ?? []).filter {
                captions.entries[$0].blockIndex > list.headingBlock && !used[$0]
            }
            // The body's captions before the appendix's, which are numbered apart.
            guard let pick = sameNumber.first(where: { !captions.entries[$0].inAppendix }) ?? sameNumber.first else {
                if prefixes.someBlock(after: list.headingBlock, startsWith: ComparableText.of(entry.text.scalars)) {
                    continue
                }
                let message = "\(list.name)中的“\(entry.text.string)”在正文中找不到"
                findings.append(Finding(message: message, span: entry.span))
                continue
            }
            used[pick] = true
            let caption = captions.entries[pick]
            let listed = ComparableText.of(entry.text.scalars[item.title])
            guard !ComparableText.agree(listed: listed, text: ComparableText.of(caption.title.scalars)) else {
                continue
            }
            let message = "\(list.name)中的“\(entry.text.string)”与正文的“\(text(caption))”不一致"
            findings.append(
                Finding(message: message, span: entry.span, notes: [Note(message: "正文在此", span: caption.span)]))
        }
        // The groups the list names, as flags by group: no key hashed per caption of the body.
        var listedGroups = [Bool](repeating: false, count: groups.members.count)
        for (_, item) in parsed {
            if let group = groups.byKey[Listed(kind: item.kind, number: item.number)] { listedGroups[group] = true }
        }
        // The body's captions of the listed kinds after the list, neither paired nor in a group the list names,
        // found group by group: a group the list names is skipped whole (a file holding many reports has many
        // lists, each followed by most of the captions, and walking every caption per list was most of the work).
        var unlisted: [Int] = []
        for group in groups.members.indices where !listedGroups[group] {
            let members = groups.members[group]
            // A group's captions share its kind.
            guard kinds & Listed.bit(captions.entries[members[0]].kind) != 0 else { continue }
            for index in members
            where !used[index] && !captions.entries[index].inAppendix
                && captions.entries[index].blockIndex > list.headingBlock
            {
                unlisted.append(index)
            }
        }
        // In body order, as the captions come.
        unlisted.sort()
        for index in unlisted {
            let caption = captions.entries[index]
            // Report at the line the caption belongs before, else after the last line of its kind.
            let sameKind = parsed.filter { $0.1.kind == caption.kind }
            let before = sameKind.first { $0.1.number.lexicographicallyPrecedes(caption.number) == false }
            let span = (before ?? sameKind.last ?? parsed.last!).0.span
            let message = "\(list.name)缺少“\(text(caption))”"
            findings.append(
                Finding(
                    message: message, span: span,
                    notes: [Note(message: "正文中的“\(caption.label)”在此", span: caption.span)]))
        }
        return findings
    }

    /// A kind and number a list names (a key, not a string: printing the number was the slow part). Hashed
    /// by a bit per kind: the kind's own `Hashable` hashes its raw string.
    fileprivate struct Listed: Hashable {
        var kind: CaptionText.Kind
        var number: [Int]

        static func bit(_ kind: CaptionText.Kind) -> Int {
            switch kind {
            case .figure: 1
            case .table: 2
            case .caseStudy: 4
            case .appendixTable: 8
            }
        }

        static func == (a: Listed, b: Listed) -> Bool { bit(a.kind) == bit(b.kind) && a.number == b.number }

        func hash(into hasher: inout Hasher) {
            hasher.combine(Self.bit(kind))
            hasher.combine(number)
        }
    }

    private static func text(_ caption: CaptionIndex.Entry) -> String {
        "\(caption.label) \(caption.title.string)"
    }
}
