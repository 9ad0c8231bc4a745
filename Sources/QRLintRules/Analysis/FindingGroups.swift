import QRLintCore

/// What a style rule says at a place: its message, its certain replacement when there is one, and its label.
struct StyleTexts: Sendable {
    var message: String
    /// Replacement for the hit's span; nil when the rule can only point at the place.
    var replacement: String?
    /// The short label counted in a systemic summary: "“,”".
    var label: String
    /// What the fix does, when "改为“…”" does not say it.
    var fixMessage: String? = nil
}

/// One place a style rule would flag. Its texts are an index into the rule's table of `StyleTexts`: a draft
/// typed with a half-width input method has tens of thousands of hits with a handful of distinct texts, and
/// strings in every hit were retained and released at every copy.
struct StyleHit: Sendable {
    var span: Span
    /// Index into the `StyleTexts` table passed with the hits to `FindingGroups.findings`.
    var texts: Int
    /// The prose unit (paragraph) the hit is in, for rules that report a paragraph once.
    var unit: Int = 0
}

/// A noisy style rule must not drown the report (DOMAIN.md §5): past a threshold its hits become one
/// finding with the count, the first few places as notes, and one fix that applies every replacement.
enum FindingGroups {
    /// More hits than this in one document are reported as one systemic finding.
    static let systemicThreshold = 10
    /// Places shown as notes in a systemic finding.
    static let notedPlaces = 5

    /// One finding per hit (or per paragraph when `perParagraph`), or a single systemic finding.
    /// - Parameters:
    ///   - summary: builds the systemic message from the count and the per-label counts ("“,” 120 处、“:” 3 处").
    ///   - fixMessage: what a combined fix does, from the number of replacements.
    static func findings(
        _ hits: [StyleHit], texts: [StyleTexts], safe: Bool, perParagraph: Bool = false,
        summary: (Int, String) -> String, fixMessage: (Int) -> String, noteMessage: String
    ) -> [Finding] {
        // Most rules collect their hits in order: then the array is kept, not copied and sorted.
        let inOrder = hits.indices.dropFirst().allSatisfy { !(hits[$0].span < hits[$0 - 1].span) }
        let sorted = inOrder ? hits : hits.sorted { $0.span < $1.span }
        guard sorted.count > systemicThreshold, let first = sorted.first else {
            guard perParagraph else { return sorted.map { single($0, texts, safe: safe) } }
            var findings: [Finding] = []
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count, sorted[end].unit == sorted[start].unit { end += 1 }
                let group = Array(sorted[start..<end])
                if group.count == 1 {
                    findings.append(single(group[0], texts, safe: safe))
                } else {
                    findings.append(
                        Finding(
                            message: texts[group[0].texts].message + "（本段共 \(group.count) 处）", span: group[0].span,
                            notes: group.dropFirst().map { Note(message: noteMessage, span: $0.span) },
                            fix: combinedFix(group, texts, safe: safe, message: fixMessage)))
                }
                start = end
            }
            return findings
        }
        // A handful of labels over thousands of hits. Counted first per texts entry, then per label as written
        // (its bytes: comparing strings that differ normalises them, and hashing normalises every one), then the
        // labels that are equal as strings merged, in the order they first occur, as a dictionary keyed by label
        // would count.
        var entryOrder: [Int] = []
        var entryCounts = [Int](repeating: 0, count: texts.count)
        for index in sorted.indices {
            let entry = sorted[index].texts
            if entryCounts[entry] == 0 { entryOrder.append(entry) }
            entryCounts[entry] += 1
        }
        var written: [String] = []
        var writtenCounts: [Int] = []
        var last = -1
        for entry in entryOrder {
            let label = texts[entry].label
            if last < 0 || !sameBytes(written[last], label) {
                last = written.firstIndex { sameBytes($0, label) } ?? -1
                if last < 0 {
                    written.append(label)
                    writtenCounts.append(0)
                    last = written.count - 1
                }
            }
            writtenCounts[last] += entryCounts[entry]
        }
        var order: [String] = []
        var counts: [Int] = []
        for (label, count) in zip(written, writtenCounts) {
            if let k = order.firstIndex(of: label) {
                counts[k] += count
            } else {
                order.append(label)
                counts.append(count)
            }
        }
        let breakdown = order.indices.sorted { counts[$0] > counts[$1] }.map { "\(order[$0]) \(counts[$0]) 处" }
            .joined(separator: "、")
        let notes = sorted.dropFirst().prefix(notedPlaces).map { Note(message: noteMessage, span: $0.span) }
        return [
            Finding(
                message: summary(sorted.count, breakdown), span: first.span, notes: Array(notes),
                fix: combinedFix(sorted, texts, safe: safe, message: fixMessage))
        ]
    }

    /// Whether two strings have the same UTF-8 bytes (then they are equal; the converse needs `==`).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                for i in 0..<x.count where x[i] != y[i] { return false }
                return true
            }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    private static func single(_ hit: StyleHit, _ texts: [StyleTexts], safe: Bool) -> Finding {
        let entry = texts[hit.texts]
        return Finding(
            message: entry.message, span: hit.span,
            fix: entry.replacement.map {
                Fix(span: hit.span, replacement: $0, isSafe: safe, message: entry.fixMessage ?? "改为“\($0)”")
            })
    }

    /// One fix with every hit's replacement as an edit: `--fix` then corrects all of them at once.
    private static func combinedFix(
        _ hits: [StyleHit], _ texts: [StyleTexts], safe: Bool, message: (Int) -> String
    ) -> Fix? {
        var edits: [Fix.Edit] = []
        var at = 0
        for index in hits.indices where hits[index].span.start >= at {
            guard let replacement = texts[hits[index].texts].replacement else { continue }
            edits.append(Fix.Edit(span: hits[index].span, replacement: replacement))
            at = hits[index].span.end
        }
        return Fix(edits: edits, isSafe: safe, message: message(edits.count))
    }
}
