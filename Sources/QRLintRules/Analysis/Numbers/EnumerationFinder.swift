/// Finds stated counts with the items they count, in one paragraph: "A、B、C三个专业群" (the list before the count),
/// "包括四个方面：A；B；C；D" (after a colon), "从三个方面推进。一是…二是…三是…" (一是 markers).
struct EnumerationFinder {
    let paragraph: ParagraphText
    let quantities: [Quantity]
    let lexicon: NumberLexicon

    private var s: [Unicode.Scalar] { paragraph.scalars }

    /// Units that count kinds of things a list can name (not people, times or rooms).
    private static let listUnits: Set<String> = ["个", "项", "类", "种", "所", "家", "门", "条", "支", "部", "本", "套", "处"]
    /// The same units by their one scalar: a bit test instead of hashing a string for every count.
    private static let listUnitScalars = ScalarBitSet(listUnits.flatMap { $0.unicodeScalars.map(\.value) })

    static func isListUnit(_ unit: String) -> Bool {
        var scalars = unit.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return listUnitScalars.contains(first.value)
    }

    /// Whether `quantities[k]` can count a list: an exact count of 2 to 30 in a unit that counts kinds of things.
    /// A paragraph with none has no enumeration (the finder is not even built for it).
    static func isListCount(_ quantities: [Quantity], _ k: Int, lexicon: NumberLexicon) -> Bool {
        guard
            quantities[k].kind == .count && quantities[k].approximation == nil && quantities[k].value >= 2
                && quantities[k].value <= 30 && quantities[k].value == quantities[k].value.rounded(),
            let unit = quantities[k].unit
        else { return false }
        return lexicon.unitScalars[unit].map { listUnitScalars.contains($0.value) } ?? false
    }

    /// Appends to the document's list: an array of its own per paragraph was one more release each.
    func find(into claims: inout [EnumerationClaim]) {
        var markers: [(value: Int, range: Range<Int>)]? = nil
        // By index, each count found as the one before it is read: a list of them cost an allocation per paragraph,
        // and filtering the quantities themselves would copy every one.
        var nextCount = firstCount(from: 0)
        while let k = nextCount {
            nextCount = firstCount(from: k + 1)
            let q = quantities[k]
            // The thing counted must follow the unit ("三个专业群", "4项工作"); "3个。" counts nothing listable.
            guard q.range.upperBound < s.count, NumberScalars.isHan(s[q.range.upperBound]) else { continue }
            if let claim = listBefore(q) ?? listAfterColon(q) {
                claims.append(claim)
                continue
            }
            if markers == nil { markers = findMarkers() }
            let next = nextCount.map { quantities[$0].range.lowerBound } ?? s.count
            if let claim = markersAfter(q, markers: markers ?? [], before: next) { claims.append(claim) }
        }
    }

    /// The first quantity at or after `index` that can count a list.
    private func firstCount(from index: Int) -> Int? {
        var k = index
        while k < quantities.count {
            if Self.isListCount(quantities, k, lexicon: lexicon) { return k }
            k += 1
        }
        return nil
    }

    // MARK: A、B、C 三个…

    private func listBefore(_ q: Quantity) -> EnumerationClaim? {
        var end = q.range.lowerBound
        while end > 0, s[end - 1] == " " { end -= 1 }
        var open = false
        for w in Self.wordsBeforeCount where LabelText.hasSuffix(s, 0, end, w) {
            end -= w.count
            open = w[0] == "等"
            break
        }
        guard end > 0,
            !NumberScalars.endsClause(s[end - 1]) || NumberScalars.isClosingQuote(s[end - 1]) || s[end - 1] == "》",
            !NumberScalars.isOpeningQuote(s[end - 1])
        else { return nil }
        var start = end
        // Room for a usual list at once: grown from empty, the list reallocated at its second, third and fifth item.
        var separators: [Int] = []
        separators.reserveCapacity(8)
        while start > 0, end - start < 120 {
            let c = s[start - 1]
            if c == "、" {
                separators.append(start - 1)
            } else if NumberScalars.endsClause(c), c != "《", c != "》" {
                break
            }
            start -= 1
        }
        guard !separators.isEmpty else { return nil }
        separators.reverse()
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(separators.count + 2)
        var itemStart = start
        for separator in separators {
            ranges.append(itemStart..<separator)
            itemStart = separator + 1
        }
        // The last item may be joined by 和/及/以及: "A、B和C".
        let last = itemStart..<end
        if let join = lastJoin(in: last) {
            ranges.append(last.lowerBound..<join.lowerBound)
            ranges.append(join.upperBound..<last.upperBound)
        } else {
            ranges.append(last)
        }
        // "一、二、三等奖9个" counts awards, not the three grades: an item that is only a numeral abbreviates.
        guard ranges.allSatisfy({ !$0.isEmpty && $0.count <= 30 }),
            !ranges.contains(where: { range in range.allSatisfy { NumberScalars.isChineseNumeral(s[$0]) } })
        else { return nil }
        // Items with numbers ("一等奖3项、二等奖5项") are amounts, not names; a quote left open means the list
        // is cut in the middle of a name.
        for range in ranges {
            var quotes = 0
            for k in range {
                if NumberScalars.isDigit(s[k]) { return nil }
                if s[k] == "“" { quotes += 1 } else if s[k] == "”" { quotes -= 1 }
            }
            if quotes != 0 { return nil }
        }
        // The first item carries the words before the list ("形成智能制造"); a last item that is a whole clause
        // ("…签订了") means the number counts something else.
        // A switch, not a search of a string's scalars (a string's view was walked for every list).
        if let lastScalar = ranges.last.map({ s[$0.upperBound - 1] }) {
            switch lastScalar {
            case "了", "的", "过", "着", "将", "为": return nil
            default: break
            }
        }
        // "A、B和C" with a name that holds 和 ("产教融合和校企合作"): count it both ways; either may be meant.
        if Double(ranges.count) != q.value, ranges.count >= 3, lastJoin(in: last) != nil,
            Double(ranges.count - 1) == q.value
        {
            ranges.removeLast(2)
            ranges.append(last)
        }
        return EnumerationClaim(count: q, block: paragraph.block, items: ranges, open: open)
    }

    /// Words between a list and its count ("A、B等三个"); those starting with 等 leave the list open.
    private static let wordsBeforeCount: [[Unicode.Scalar]] = ["在内的", "等共", "等", "共", "这", "此"].map {
        Array($0.unicodeScalars)
    }

    private static let joins: [[Unicode.Scalar]] = ["以及", "和", "及"].map { Array($0.unicodeScalars) }

    private func lastJoin(in range: Range<Int>) -> Range<Int>? {
        for w in Self.joins {
            if let at = paragraph.findLast(w, in: range), at > range.lowerBound, at + w.count < range.upperBound {
                return at..<(at + w.count)
            }
        }
        return nil
    }

    // MARK: 四个方面：A；B；C；D

    private func listAfterColon(_ q: Quantity) -> EnumerationClaim? {
        let sentence = paragraph.sentence(containing: q.range.lowerBound)
        var k = q.range.upperBound
        while k < sentence.upperBound, k - q.range.upperBound < 8, s[k] != "：", s[k] != ":" {
            if NumberScalars.endsClause(s[k]) { return nil }
            k += 1
        }
        guard k < sentence.upperBound, s[k] == "：" || s[k] == ":" else { return nil }
        let body = (k + 1)..<sentence.upperBound
        let separator: Unicode.Scalar = paragraph.contains(["；"], in: body) ? "；" : "、"
        var ranges: [Range<Int>] = []
        var itemStart = body.lowerBound
        for i in body {
            if s[i] == separator || s[i] == "。" {
                if i > itemStart { ranges.append(itemStart..<i) }
                itemStart = i + 1
            }
        }
        if itemStart < body.upperBound { ranges.append(itemStart..<body.upperBound) }
        // A last item with 等 anywhere ("…等") leaves the list open: no count to check.
        guard ranges.count >= 2, let lastItem = ranges.last, !lastItem.contains(where: { s[$0] == "等" }) else {
            return nil
        }
        return EnumerationClaim(count: q, block: paragraph.block, items: ranges, open: false)
    }

    // MARK: 一是…二是…

    /// Every "一是", "二是" … of the paragraph, once.
    private func findMarkers() -> [(value: Int, range: Range<Int>)] {
        var found: [(value: Int, range: Range<Int>)] = []
        var k = 0
        while k + 1 < s.count {
            if s[k + 1] == "是", k == 0 || !NumberScalars.isChineseNumeral(s[k - 1]) {
                if let value = NumberScalars.chineseDigit(s[k]), value > 0 {
                    found.append((value, k..<(k + 2)))
                } else if s[k] == "十" {
                    found.append((10, k..<(k + 2)))
                }
            }
            k += 1
        }
        return found
    }

    /// "从三个方面推进：一是…二是…三是…": the 一是 sequence that starts in the sentence after the count, before
    /// the next count.
    private func markersAfter(
        _ q: Quantity, markers: [(value: Int, range: Range<Int>)], before limit: Int
    ) -> EnumerationClaim? {
        guard let first = markers.firstIndex(where: { $0.range.lowerBound > q.range.upperBound && $0.value == 1 }),
            markers[first].range.lowerBound < limit
        else { return nil }
        let sentence = paragraph.sentence(containing: q.range.lowerBound)
        let next = paragraph.sentence(containing: min(sentence.upperBound, s.count - 1))
        guard markers[first].range.lowerBound < max(sentence.upperBound, next.upperBound) else { return nil }
        var spans: [Range<Int>] = []
        var expected = 1
        for marker in markers[first...] where marker.value == expected {
            spans.append(marker.range)
            expected += 1
        }
        guard spans.count >= 2 else { return nil }
        var claim = EnumerationClaim(count: q, block: paragraph.block, items: spans, open: false)
        claim.markerBlock = paragraph.block
        return claim
    }
}
