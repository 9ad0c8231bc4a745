import QRLintCore

/// A stated count against the items listed with it: "智能制造、现代服务三个专业群" lists two. A list closed by 等
/// may hold fewer items than the count, never more; a "一是…二是…" list may go on in the next paragraphs.
enum EnumerationCheck {
    static func results(_ numbers: NumberAnalysis, document: Document) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for claim in numbers.claims.enumerations {
            let stated = Int(claim.count.value)
            var found = claim.items.count
            if let block = claim.markerBlock, found < stated {
                found += continuedMarkers(after: block, next: found + 1, document: document)
            }
            guard found != stated, !(claim.open && found < stated) else { continue }
            let items = claim.itemTexts(in: document)
            // "写作“<count>”，但列出了 <found> 项：“a”、“b”…", written into one buffer: the interpolation made a
            // string of each quoted item and of their joined list, and grew the message piece by piece.
            var text = MessageText()
            text.append("写作“")
            text.append(numbers.pool[claim.count.text])
            text.append("”，但列出了 ")
            text.append(String(found))
            text.append(" 项：")
            for k in items.indices.prefix(8) {
                if k > 0 { text.append("、") }
                text.append("“")
                text.append(items[k])
                text.append("”")
            }
            if items.count > 8 { text.append("等") }
            let message = text.string
            let notes = zip(items, claim.itemSpans(in: document)).prefix(12).map {
                Note(message: "列举项：" + $0, span: $1)
            }
            results.append(
                NumberCheckResult(consistency: .mismatch, message: message, span: claim.count.span, notes: Array(notes))
            )
        }
        return results
    }

    /// "二是…", "三是…" opening the paragraphs after `block`, up to the next heading.
    private static func continuedMarkers(after block: Int, next: Int, document: Document) -> Int {
        var expected = next
        var index = block + 1
        var count = 0
        while index < document.blocks.count, index <= block + 40 {
            guard case .paragraph(let paragraph) = document.blocks[index] else {
                if case .heading = document.blocks[index] { break }
                index += 1
                continue
            }
            let s = paragraph.text.scalars
            var k = 0
            while k + 1 < s.count {
                if s[k + 1] == "是", NumberScalars.chineseDigit(s[k]) == expected || (expected == 10 && s[k] == "十"),
                    k == 0 || !NumberScalars.isChineseNumeral(s[k - 1])
                {
                    count += 1
                    expected += 1
                }
                k += 1
            }
            index += 1
        }
        return count
    }
}
