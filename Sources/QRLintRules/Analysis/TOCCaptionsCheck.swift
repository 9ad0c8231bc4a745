import QRLintCore

/// `reference.toc` for 图目录 / 表目录 / 案例目录: pairs each line with the caption of the same kind and
/// number, then reports lines without a caption, captions without a line, and reworded titles.
enum TOCCaptionsCheck {
    static func check(
        _ list: TOCLists.List, captions: CaptionIndex, prefixes: BlockPrefixes, context: LintContext
    ) -> [Finding] {
        let parsed = list.entries.compactMap { entry, _ -> (TOCEntry, CaptionText.Parsed)? in
            CaptionText.parse(entry.text.scalars).map { (entry, $0) }
        }
        guard !parsed.isEmpty, case .captions(let declared) = list.kind else { return [] }
        let kinds = declared.union(parsed.map(\.1.kind)).reduce(0) { $0 | Listed.bit($1) }
        let body = captions.entries.indices.filter {
            kinds & Listed.bit(captions.entries[$0].kind) != 0 && captions.entries[$0].blockIndex > list.headingBlock
        }
        // The body's captions by kind and number, in body order: a file holding many reports has many lists
        // and many captions, and comparing every line with every caption was quadratic.
        var byNumber: [Listed: [Int]] = [:]
        for index in body {
            byNumber[Listed(kind: captions.entries[index].kind, number: captions.entries[index].number), default: []]
                .append(index)
        }
        // Indexed by caption: a flag per caption instead of a set asked once per pair of line and caption.
        var used = [Bool](repeating: false, count: captions.entries.count)
        var findings: [Finding] = []
        for (entry, item) in parsed {
            let sameNumber = (byNumber[Listed(kind: item.kind, number: item.number)] ?? []).filter { !used[$0] }
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
        let listedNumbers = Set(parsed.map { Listed(kind: $0.1.kind, number: $0.1.number) })
        for index in body where !used[index] && !captions.entries[index].inAppendix {
            let caption = captions.entries[index]
            guard !listedNumbers.contains(Listed(kind: caption.kind, number: caption.number)) else { continue }
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
    private struct Listed: Hashable {
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
