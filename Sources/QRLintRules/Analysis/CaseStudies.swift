import QRLintCore

/// The cases (典型案例 N / 【案例 2-1】) of a report, each with the blocks it spans and the parts it is
/// written in: background (背景), measures (举措), results (成效).
struct CaseStudies {
    enum Part: String, CaseIterable {
        case background
        case measures
        case results

        var name: String {
            switch self {
            case .background: "背景"
            case .measures: "举措"
            case .results: "成效"
            }
        }
    }

    struct Case {
        var caption: CaptionIndex.Entry
        /// Blocks after the caption up to the next case, or the next heading at the level of the section
        /// holding the case (or higher).
        var blocks: Range<Int>
        var parts: Set<Part>
        /// How many numbered parts ("一、…", "（二）…", sub-headings) the case is divided into, named or not.
        var segments: Int
        /// Scalars of the case's paragraphs, white space excluded.
        var length: Int

        /// Written in parts at all (by name, or three numbered parts however they are titled).
        var isStructured: Bool { !parts.isEmpty || segments >= 3 }

        /// Parts not found by name, when the case is not divided into three or more numbered parts (whose
        /// titles may describe a part without naming it: "二、协同三力并举，构建长效机制").
        var missingParts: [Part] {
            guard !parts.isEmpty, segments < 3 else { return [] }
            return Part.allCases.filter { !parts.contains($0) }
        }
    }

    let cases: [Case]

    private static let words: [(Part, [String])] = [
        (.background, ["背景", "起因", "缘起", "问题", "现状", "痛点", "目标", "目的"]),
        (.measures, ["举措", "做法", "措施", "过程", "路径", "实践", "方法", "经过"]),
        (.results, ["成效", "成果", "效果", "成绩", "经验", "启示", "反思"]),
    ]
    /// Part labels are short: a heading, or the few scalars after "一、" / at the start of a paragraph.
    private static let labelWindow = 10

    init(document: Document, outline: Outline, captions: CaptionIndex) {
        let entries = captions.of(.caseStudy)
        var cases: [Case] = []
        for (n, entry) in entries.enumerated() {
            let start = entry.blockIndex + 1
            var end = n + 1 < entries.count ? entries[n + 1].blockIndex : document.blocks.count
            // The level of the innermost section holding the caption (0 before the first heading).
            let holder = Self.firstSection(from: entry.blockIndex, outline: outline) - 1
            let level = holder >= 0 ? outline.sections[holder].level : 0
            // Sections and blocks are read by index: iterating them copied each one.
            let sections = outline.sections
            var next = Self.firstSection(from: entry.blockIndex + 1, outline: outline)
            while next < sections.count, sections[next].level > level { next += 1 }
            if next < sections.count { end = min(end, sections[next].blockIndex) }
            var parts: UInt8 = 0
            var headings = 0
            var ordinals: UInt16 = 0
            var length = 0
            let blocks = document.blocks
            for index in start..<max(start, end) {
                switch blocks[index] {
                case .heading(let h):
                    headings += 1
                    parts |= Self.parts(in: h.title.scalars[...])
                case .paragraph(let p):
                    let labels = Self.labels(in: p.text.scalars)
                    parts |= labels.parts
                    ordinals |= labels.ordinals
                    length += Self.nonSpaceCount(p.text.scalars)
                default:
                    break
                }
            }
            let named = Set(Self.words.enumerated().filter { parts & 1 << UInt8($0.offset) != 0 }.map(\.element.0))
            cases.append(
                Case(
                    caption: entry, blocks: start..<max(start, end), parts: named,
                    segments: max(headings, ordinals.nonzeroBitCount), length: length))
        }
        self.cases = cases
    }

    /// The index of the first section whose heading is at or after a block (sections are in block order).
    private static func firstSection(from block: Int, outline: Outline) -> Int {
        var low = 0
        var high = outline.sections.count
        while low < high {
            let mid = (low + high) / 2
            if outline.sections[mid].blockIndex < block { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The scalars of `s` that are not white space: ideographs (most of a case) are told apart by one
    /// comparison before the full test.
    static func nonSpaceCount(_ s: [Unicode.Scalar]) -> Int {
        s.withUnsafeBufferPointer { buffer in
            var count = 0
            for scalar in buffer where scalar.value > 0x3000 || !scalar.isUnicodeWhitespace { count += 1 }
            return count
        }
    }

    /// The parts named in `s`, as a mask of `wordPairs` bits.
    private static func parts(in s: ArraySlice<Unicode.Scalar>) -> UInt8 {
        // Every word is two scalars: each two neighbours of the comparable text are compared with the words as
        // one integer, with no text folded into an array first (every label of every case is asked).
        let pairs = wordPairs
        var found: UInt8 = 0
        var previous: UInt32?
        for scalar in s {
            guard let kept = ComparableText.fold(scalar)?.value else { continue }
            if let previous {
                let key = UInt64(previous) << 32 | UInt64(kept)
                for pair in pairs where pair.key == key { found |= pair.bit }
            }
            previous = kept
        }
        return found
    }

    /// `words` as (first << 32 | second, the part's bit `1 << index`): searched in the folded scalars with no
    /// string built per heading or label, and the parts found kept as a mask (a `Set<Part>` hashed each part's
    /// raw string). Every word is two scalars, which `parts(in:)` relies on.
    private static let wordPairs: [(key: UInt64, bit: UInt8)] = words.enumerated().flatMap { index, part in
        part.1.map { word in
            let scalars = Array(word.unicodeScalars)
            precondition(scalars.count == 2, "a case-study part word must be two scalars")
            return (UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value), UInt8(1) << UInt8(index))
        }
    }

    /// Parts named by labels inside a paragraph — at its start ("实施背景：……") or after an enumerator
    /// ("一、背景与目的。……二、具体举措。……") — as a mask of `wordPairs` bits, and the enumerators ("一", "二")
    /// found, a bit per numeral.
    private static func labels(in s: [Unicode.Scalar]) -> (parts: UInt8, ordinals: UInt16) {
        // 一 … 九 number a list; 〇, 零 and 两 do not.
        func numeral(_ s: Unicode.Scalar) -> Int? {
            guard s != "两", let n = ChineseDigit.value(of: s), n > 0 else { return nil }
            return n
        }
        var found: UInt8 = 0
        var ordinals: UInt16 = 0
        func label(at start: Int) {
            let window = s[start..<min(s.count, start + labelWindow)]
            // A label ends soon: "背景与目的。", "主要做法：".
            guard
                let stop = window.firstIndex(where: { $0 == "：" || $0 == ":" || $0 == "。" || $0 == "." || $0 == "；" })
                    ?? (start == 0 ? nil : window.endIndex)
            else { return }
            found |= parts(in: window[..<stop])
        }
        label(at: 0)
        // Only at a "、" (after a numeral) or a "（" (before one): the marks are searched for, eight scalars at a
        // time, since most of a case is neither.
        s.withUnsafeBufferPointer { buffer in
            var j = ScalarSearch.firstIndex(of: "、", "（", "（", in: buffer, from: 0)
            while j < buffer.count {
                if buffer[j] == "、" {
                    if j > 0, let n = numeral(buffer[j - 1]) {
                        label(at: j + 1)
                        ordinals |= 1 << n
                    }
                } else if j + 2 < buffer.count, let n = numeral(buffer[j + 1]), buffer[j + 2] == "）" {
                    label(at: j + 3)
                    ordinals |= 1 << n
                }
                j = ScalarSearch.firstIndex(of: "、", "（", "（", in: buffer, from: j + 1)
            }
        }
        return (found, ordinals)
    }
}
