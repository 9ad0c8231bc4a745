/// What the whole input says about its line breaks: how long a wrapped line is, and which short lines
/// are running headers. Both need every line first, so they are computed once before assembling.
struct PlainTextLayout {
    /// A line at least this long (in scalars) that does not end a sentence was broken by the layout,
    /// so the sentence goes on after blank lines and page numbers.
    ///
    /// Extracted text comes in two shapes: hard-wrapped at the page width (every full line about the
    /// same length, e.g. 26–34 scalars of Chinese) or one line per paragraph (lengths all over the
    /// place, mostly far longer than a title). The median length of plain-text lines finds the width in
    /// the first shape; three quarters of it leaves room for lines with wide Latin digits and for
    /// punctuation pushed to the next line. A line longer than a title (40) is never a title, so the
    /// threshold never exceeds 40, which covers the second shape; it never drops below 12 so that
    /// short cover lines stay apart in short inputs.
    let wrapThreshold: Int

    /// Adjacent lines (no blank line between) are joined when the first is at least this long: a hard
    /// break inside a block. Short adjacent lines are cover or signature lines and stay apart.
    var adjacentThreshold: Int { min(wrapThreshold, 20) }

    static let defaultThreshold = 40
    static let minThreshold = 12
    /// A running header is a short line seen at least this often.
    static let headerRepeats = 3
    static let maxHeaderLength = 40

    init(wrapThreshold: Int) {
        self.wrapThreshold = wrapThreshold
    }

    /// Measures the input and marks running headers in `lines`.
    static func measure(_ lines: inout [PlainTextLine], _ s: [Unicode.Scalar]) -> PlainTextLayout {
        var histogram = [Int](repeating: 0, count: 201)
        var plainCount = 0
        var candidates: [HeaderCandidate] = []
        // The cover page (before the first heading) has no running header; the school's name written
        // there must not count as one.
        // The lines are read in place: copying each (a large struct) cost more than the tests.
        lines.withUnsafeBufferPointer { lines in
            var bodyStart = 0
            while bodyStart < lines.count, !lines[bodyStart].isHeadingShaped { bodyStart += 1 }
            for index in lines.indices {
                guard lines[index].isPlain, !lines[index].isDataRow, !lines[index].isDate else { continue }
                let length = lines[index].length
                histogram[min(length, 200)] += 1
                plainCount += 1
                if index >= bodyStart, isHeaderCandidate(lines[index]) {
                    let text = lines[index].text
                    candidates.append(HeaderCandidate(fingerprint: fingerprint(s, text), index: index, text: text))
                }
            }
        }
        markRunningHeaders(&lines, candidates, s)
        guard plainCount > 0 else { return PlainTextLayout(wrapThreshold: defaultThreshold) }
        var seen = 0
        var median = 0
        for (length, count) in histogram.enumerated() {
            seen += count
            if seen * 2 >= plainCount {
                median = length
                break
            }
        }
        return PlainTextLayout(wrapThreshold: max(minThreshold, min(defaultThreshold, median * 3 / 4)))
    }

    /// A header candidate line and its text's fingerprint.
    private struct HeaderCandidate {
        var fingerprint: UInt64
        var index: Int
        /// The line's text, kept here so that comparing candidates does not read the (large) lines again.
        var text: Range<Int>
    }

    /// A cheap fingerprint of a line's text (FNV-1a).
    private static func fingerprint(_ s: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        // Two scalars a step: a chain of multiplications waits on each one, and half as many wait half as
        // long. Only lines with equal fingerprints are compared, and equal texts always hash alike, so the
        // choice of hash decides nothing but the speed.
        s.withUnsafeBufferPointer { buffer in
            var fingerprint: UInt64 = 0xCBF2_9CE4_8422_2325
            var i = range.lowerBound
            while i &+ 2 <= range.upperBound {
                let pair = UInt64(buffer[i].value) | UInt64(buffer[i &+ 1].value) &<< 32
                fingerprint = (fingerprint ^ pair) &* 0x100_0000_01B3
                i &+= 2
            }
            if i < range.upperBound { fingerprint = (fingerprint ^ UInt64(buffer[i].value)) &* 0x100_0000_01B3 }
            return fingerprint
        }
    }

    /// Marks the candidates whose text comes `headerRepeats` times or more. Candidates are grouped by
    /// fingerprint in an open-addressing table, each group a list through `previous`: one probe a line,
    /// where sorting by fingerprint cost a merge sort (and a dictionary a hash of the text per line before).
    private static func markRunningHeaders(
        _ lines: inout [PlainTextLine], _ candidates: [HeaderCandidate], _ s: [Unicode.Scalar]
    ) {
        guard candidates.count >= headerRepeats else { return }
        var capacity = 16
        while capacity < candidates.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        // Per slot: the last candidate of a fingerprint (-1 when the slot is empty) and how many it has.
        var last = [Int](repeating: -1, count: capacity)
        var size = [Int](repeating: 0, count: capacity)
        // Per candidate: the one before it with the same fingerprint (-1 for the first).
        var previous = [Int](repeating: -1, count: candidates.count)
        for k in candidates.indices {
            let fingerprint = candidates[k].fingerprint
            // The high bits of a multiplicative hash pick the slot: FNV's low bits alone spread badly.
            var slot = Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) &>> shift)
            while last[slot] >= 0, candidates[last[slot]].fingerprint != fingerprint { slot = (slot + 1) & mask }
            previous[k] = last[slot]
            last[slot] = k
            size[slot] += 1
        }
        for slot in 0..<capacity where size[slot] >= headerRepeats {
            markEqualTexts(&lines, candidates, from: last[slot], previous, s)
        }
    }

    /// Within the candidates of one fingerprint (a list through `previous` from `start`), marks each group
    /// of equal texts that is large enough. The texts almost always are all equal: that is checked first,
    /// without building arrays; a collision splits the group.
    private static func markEqualTexts(
        _ lines: inout [PlainTextLine], _ candidates: [HeaderCandidate], from start: Int, _ previous: [Int],
        _ s: [Unicode.Scalar]
    ) {
        let first = candidates[start].text
        var k = previous[start]
        var allEqual = true
        while k >= 0, allEqual {
            allEqual = equal(s, candidates[k].text, first)
            k = previous[k]
        }
        // Candidates (indices into `candidates`) whose text differs from the first one's.
        var left: [Int] = []
        k = start
        while k >= 0 {
            if allEqual {
                lines[candidates[k].index].isRunningHeader = true
            } else {
                left.append(k)
            }
            k = previous[k]
        }
        while left.count >= headerRepeats {
            let first = candidates[left[0]].text
            var same: [Int] = []
            var other: [Int] = []
            for k in left {
                if equal(s, candidates[k].text, first) { same.append(k) } else { other.append(k) }
            }
            if same.count >= headerRepeats {
                for k in same { lines[candidates[k].index].isRunningHeader = true }
            }
            left = other
        }
    }

    private static func equal(_ s: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        return s.withUnsafeBufferPointer { buffer in
            var p = buffer.baseAddress! + a.lowerBound
            var q = buffer.baseAddress! + b.lowerBound
            let end = p + a.count
            // Four scalars a step (one vector compare): the texts compared are mostly equal, and whole.
            while end - p >= 4 {
                if ScalarRun.differ(p, q) { return false }
                p += 4
                q += 4
            }
            while p < end {
                if p.pointee != q.pointee { return false }
                p += 1
                q += 1
            }
            return true
        }
    }

    private static func isHeaderCandidate(_ line: PlainTextLine) -> Bool {
        line.length >= 4 && line.length <= maxHeaderLength && !line.endsSentence && !line.isDate
            && !line.isDataRow
    }

    /// A line that ends open and is long (or is prose: a full stop inside, or a comma inside and a break
    /// in the middle of a number): its sentence goes on across blank lines and page breaks.
    func isProseOpen(_ line: PlainTextLine) -> Bool {
        guard !line.endsSentence else { return false }
        return line.length >= wrapThreshold || line.hasInnerSentenceMark
            || (line.hasInnerComma && line.endsInsideToken)
    }

    /// Like `isProseOpen`, for the last line of a paragraph whose earlier lines were `widest` scalars at
    /// most: a line about as long as the lines above it was wrapped too (a page whose width differs
    /// from the rest of the document).
    func isProseOpen(_ line: PlainTextLine, widestEarlierLine widest: Int) -> Bool {
        if isProseOpen(line) { return true }
        return !line.endsSentence && widest >= adjacentThreshold && line.length * 4 >= widest * 3
    }

    /// A line that can be the rest of a sentence after a page break: long, ending a sentence, or with a
    /// comma or full stop inside. A short bare line ("2022 年：964.2 万元", a chart label) is not.
    func isContinuation(_ line: PlainTextLine) -> Bool {
        line.length >= wrapThreshold || line.endsSentence || line.hasInnerComma
    }

    /// Whether `next`, right below `previous` with no blank line between, goes on with its sentence.
    func continuesDirectly(_ previous: PlainTextLine, _ next: PlainTextLine) -> Bool {
        guard !previous.endsSentence, !next.isDate, !startsListItem(previous, next) else { return false }
        guard previous.length >= adjacentThreshold || previous.hasInnerClauseMark else { return false }
        // An English line (a school's name in pinyin) above a Chinese line is a cover line.
        return previous.hasHan || !next.startsWithHan
    }

    /// Whether `next`, after blank lines, page numbers or running headers, goes on with the sentence.
    func continuesAcrossGap(_ previous: PlainTextLine, widestEarlierLine: Int, _ next: PlainTextLine) -> Bool {
        isProseOpen(previous, widestEarlierLine: widestEarlierLine) && isContinuation(next) && !next.isDate
            && !startsListItem(previous, next)
    }

    /// "…做了以下工作：" then "1.学校办学条件…": a numbered item after a colon starts its own paragraph.
    private func startsListItem(_ previous: PlainTextLine, _ next: PlainTextLine) -> Bool {
        previous.endsWithColon && next.startsWithNumber
    }
}
