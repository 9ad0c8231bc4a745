/// Lines made of numbers: page numbers ("- 5 -", "第 5 页", "5 / 40"), bare values left by a flattened
/// table or chart ("410", "363 339", "96%"), and date lines ("2026 年 1 月 5 日").
enum PlainTextNumberLines {
    enum NumericShape {
        /// 1–3 digits alone: a page number or a table value, decided by the neighbours.
        case loneInteger
        case other
    }

    /// Only numbers, separated by spaces, with decimal points, percent signs and signs.
    static func numericShape(_ s: [Unicode.Scalar], _ text: Range<Int>) -> NumericShape? {
        var digits = 0
        var onlyDigits = true
        for i in text {
            let c = s[i]
            if ScalarClass.digitValue(c) != nil {
                digits += 1
                continue
            }
            onlyDigits = false
            switch c {
            case ".", "．", ",", "%", "％", "‰", "+", "-", "−": continue
            default:
                if ScalarClass.isSpace(c) { continue }
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return onlyDigits && digits <= 3 ? .loneInteger : .other
    }

    /// Space-separated tokens that are bare numbers ("312", "91.2%", "20:1", "2023-2024"), counted up to
    /// `limit`: the caller only asks whether there are two.
    static func bareNumberCount(_ s: [Unicode.Scalar], _ text: Range<Int>, limit: Int = .max) -> Int {
        // Read over a raw buffer: the words between numbers are most of the line, and bounds checks cost
        // more than the tests.
        s.withUnsafeBufferPointer { buffer in
            let s = buffer.baseAddress!
            var count = 0
            var i = text.lowerBound
            let end = text.upperBound
            while i < end {
                while i < end, ScalarClass.isSpace(s[i]) { i &+= 1 }
                var digits = 0
                var bare = true
                while i < end {
                    let c = s[i]
                    if ScalarClass.isSpace(c) { break }
                    if ScalarClass.digitValue(c) != nil {
                        digits += 1
                    } else if !(c == "." || c == "%" || c == "％" || c == ":" || c == "：" || c == "-" || c == "/") {
                        bare = false
                        break
                    }
                    i &+= 1
                }
                if bare {
                    if digits > 0 {
                        count += 1
                        if count >= limit { return count }
                    }
                } else {
                    // Most tokens are words, mostly Han (never a space): the rest of one needs no more tests
                    // than where it ends, four Han scalars at a time.
                    while i &+ 4 <= end, ScalarRun.areCommonHan(s + i) { i &+= 4 }
                    while i < end, !ScalarClass.isSpace(s[i]) { i &+= 1 }
                }
            }
            return count
        }
    }

    /// "- 5 -", "— 12 —", "第 5 页", "第 5 页 共 40 页", "5 / 40", "Page 5".
    static func isPageNumber(_ s: [Unicode.Scalar], _ text: Range<Int>) -> Bool {
        guard text.count <= 24, let first = text.first.map({ s[$0] }) else { return false }
        // Most lines start and end with none of these: decide before copying anything.
        let last = s[text.upperBound - 1]
        let maybe =
            (isDash(first) && isDash(last)) || (first == "第" && last == "页")
            || ((first == "P" || first == "p" || ScalarClass.digitValue(first) != nil)
                && ScalarClass.digitValue(last) != nil)
        guard maybe else { return false }
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(text.count)
        for i in text where !ScalarClass.isSpace(s[i]) { compact.append(s[i]) }
        if isDash(first), isDash(last) {
            var i = 0
            while i < compact.count, isDash(compact[i]) { i += 1 }
            var j = compact.count
            while j > i, isDash(compact[j - 1]) { j -= 1 }
            return i < j && j - i <= 4 && (allDigits(compact[i..<j]) || isRoman(compact[i..<j]))
        }
        if first == "第" {
            return pagePhrases(compact)
        }
        if let slash = compact.firstIndex(where: { $0 == "/" || $0 == "／" }) {
            return slash > 0 && slash < compact.count - 1 && allDigits(compact[..<slash])
                && allDigits(compact[(slash + 1)...])
        }
        if compact.count > 4, first == "P" || first == "p",
            String(scalars: compact[0..<4]).lowercased() == "page"
        {
            let rest = compact[4...]
            if allDigits(rest) { return true }
            if let of = rest.firstIndex(where: { $0 == "o" || $0 == "O" }), of + 1 < compact.count,
                compact[of + 1] == "f" || compact[of + 1] == "F"
            {
                return allDigits(rest[..<of]) && allDigits(compact[(of + 2)...])
            }
        }
        return false
    }

    /// "第5页", "第5页共40页", "第5页/共40页", "第5页，共40页" (spaces already removed).
    private static func pagePhrases(_ c: [Unicode.Scalar]) -> Bool {
        var i = 0
        var phrases = 0
        while i < c.count {
            if phrases > 0, c[i] == "/" || c[i] == "，" || c[i] == "," || c[i] == "／" { i += 1 }
            guard i < c.count, c[i] == "第" || c[i] == "共" else { return false }
            i += 1
            let digitsStart = i
            while i < c.count, ScalarClass.digitValue(c[i]) != nil { i += 1 }
            guard i > digitsStart, i - digitsStart <= 4, i < c.count, c[i] == "页" else { return false }
            i += 1
            phrases += 1
        }
        return phrases > 0
    }

    /// "2026 年 1 月 5 日", "2026年1月": only digits and 年月日, with a year.
    static func isDate(_ s: [Unicode.Scalar], _ text: Range<Int>) -> Bool {
        guard text.count <= 20 else { return false }
        var sawYear = false
        var sawDigit = false
        for i in text {
            let c = s[i]
            if ScalarClass.digitValue(c) != nil {
                sawDigit = true
            } else if c == "年" {
                sawYear = true
            } else if c != "月" && c != "日" && !ScalarClass.isSpace(c) {
                return false
            }
        }
        return sawYear && sawDigit
    }

    /// "I", "iv", "XII": front-matter page numbers, only between dashes ("- I -").
    private static func isRoman(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        c.allSatisfy { "IVXivx".unicodeScalars.contains($0) }
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "—" || c == "–" || c == "－" || c == "―" || c == "‐" || c == "−"
    }

    private static func allDigits<C: Collection>(_ c: C) -> Bool where C.Element == Unicode.Scalar {
        !c.isEmpty && c.allSatisfy { ScalarClass.digitValue($0) != nil }
    }
}
