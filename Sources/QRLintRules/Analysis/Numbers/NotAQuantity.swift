/// What around an Arabic number shows it is not an amount of anything: a rank (第3名), a code or name with
/// digits (5G, 1+X, “3+2”, ISO9001), a list marker ("1." "（2）"), a date or time (2024年6月, 8:30), a
/// document number (〔2024〕29号), a phone number, a section number (2.1.3), a page number ("- 12 -").
enum NotAQuantity {
    /// Decided from the scalars around the number `start..<end` (its digits and decimals only).
    static func isExcluded(_ s: [Unicode.Scalar], start: Int, end: Int, number: ArabicNumber, limit: Int) -> Bool {
        // Most numbers sit between Chinese characters, with or without a space ("教职工639人", "毕业生 1480 人"): of
        // the tests below only the ones for long digit runs and for "2024.09 " can hold there, unless the
        // character before is 第/每/前 or the one after 年/月.
        if start > 0, end < limit {
            let first = s[start - 1] == " " && start > 1 ? s[start - 2] : s[start - 1]
            let after = s[end]
            if isPlainHan(first), first != "第", first != "每", first != "前",
                after == " " || isPlainHan(after) && after != "年" && after != "月"
            {
                if number.integerDigits >= 7, !number.grouped, number.decimals == 0 { return true }
                return after == " " && number.integerDigits == 4 && (1...2).contains(number.decimals)
                    && (1990...2099).contains(Int(number.value))
            }
        }
        return isExcludedByEveryTest(s, start: start, end: end, number: number, limit: limit)
    }

    /// `isExcluded` without the shortcut for numbers between Chinese characters: every test in turn (a test
    /// checks that both agree).
    static func isExcludedByEveryTest(
        _ s: [Unicode.Scalar], start: Int, end: Int, number: ArabicNumber, limit: Int
    ) -> Bool {
        let before = start > 0 ? s[start - 1] : nil
        let beforeSkippingSpace = previous(s, start)
        let after = end < limit ? s[end] : nil
        if let before {
            if NumberScalars.isLatinLetter(before) || before == "+" || before == "＋" || before == "×" || before == "*"
                || before == "#" || before == "№" || before == "_" || before == "@" || before == "/"
            {
                return true
            }
            // "2.1.3", "V2.0": part of a dotted number.
            if before == "." || before == "．", start >= 2, NumberScalars.isDigit(s[start - 2]) { return true }
        }
        if let b = beforeSkippingSpace, b == "第" || b == "每" || b == "前" { return true }
        if let after {
            if after == "+" || after == "＋" || after == "×" || after == "*" || after == "_" || after == "@" {
                return true
            }
            // "2.1.3": a second dot.
            if after == "." || after == "．", end + 1 < limit, NumberScalars.isDigit(s[end + 1]) { return true }
            // "023-68001234", "2024-09-01", "2024/9/1": codes and dates.
            if after == "/" || after == "／", end + 1 < limit, NumberScalars.isDigit(s[end + 1]) { return true }
            if after == "-" || after == "－", isLongDigitRun(s, from: end + 1, limit: limit) { return true }
        }
        if let before, before == "-" || before == "－", start >= 2, NumberScalars.isDigit(s[start - 2]),
            number.integerDigits >= 3
        {
            return true
        }
        // Document numbers and bracketed years: 〔2024〕, [2024], 【2023】.
        if let before, before == "〔" || before == "[" || before == "【" || before == "［" { return true }
        // Phone numbers, ID and account numbers: seven digits or more, ungrouped, without decimals.
        if number.integerDigits >= 7, !number.grouped, number.decimals == 0 { return true }
        // "2024.09": a year and a month.
        if number.integerDigits == 4, (1...2).contains(number.decimals), (1990...2099).contains(Int(number.value)),
            after.map({ !NumberScalars.isHan($0) || $0 == "年" || $0 == "月" }) ?? true
        {
            return true
        }
        if isListMarker(s, start: start, end: end, number: number, limit: limit) { return true }
        if isPageNumber(s, start: start, end: end, limit: limit) { return true }
        return false
    }

    /// A CJK unified ideograph of the basic block: no mark, digit, letter, bracket or dash.
    private static func isPlainHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

    /// The scalar before `start`, skipping one space.
    private static func previous(_ s: [Unicode.Scalar], _ start: Int) -> Unicode.Scalar? {
        var k = start - 1
        if k >= 0, s[k] == " " { k -= 1 }
        return k >= 0 ? s[k] : nil
    }

    private static func isLongDigitRun(_ s: [Unicode.Scalar], from: Int, limit: Int) -> Bool {
        var k = from
        while k < limit, NumberScalars.isDigit(s[k]) { k += 1 }
        return k - from >= 2 && (k - from >= 5 || (k < limit && (s[k] == "-" || s[k] == "－")))
    }

    /// "1." "2、" "（3）" "4）" at the start of the text or of a sentence; "(1)" anywhere.
    private static func isListMarker(
        _ s: [Unicode.Scalar], start: Int, end: Int, number: ArabicNumber, limit: Int
    ) -> Bool {
        guard number.decimals == 0, number.integerDigits <= 2 else { return false }
        let after = end < limit ? s[end] : nil
        let before = start > 0 ? s[start - 1] : nil
        if let before, before == "（" || before == "(", let after, after == "）" || after == ")" { return true }
        guard let after, after == "." || after == "、" || after == "．" || after == "）" || after == ")" else {
            return false
        }
        // "1." followed by a digit was read as a decimal; here the mark is followed by text.
        var k = start - 1
        while k >= 0, NumberScalars.isSpace(s[k]) { k -= 1 }
        guard k >= 0 else { return true }
        switch s[k] {
        case "。", "；", "：", ";", ":", "！", "？", "\n": return true
        default: return false
        }
    }

    /// "- 12 -" or "—12—" left in the text by a PDF extraction.
    private static func isPageNumber(_ s: [Unicode.Scalar], start: Int, end: Int, limit: Int) -> Bool {
        var k = start - 1
        while k >= 0, s[k] == " " { k -= 1 }
        var j = end
        while j < limit, s[j] == " " { j += 1 }
        guard k >= 0, j < limit else { return false }
        return isDash(s[k]) && isDash(s[j]) && !(k >= 1 && NumberScalars.isDigit(s[k - 1]))
    }

    private static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "－" || s == "—"
    }

    /// Words after a number that make it a date, a time, an ordinal or a duration, not an amount.
    static let temporalWords: [[Unicode.Scalar]] = [
        "学年", "年度", "年", "月", "日", "号", "时", "点", "分", "秒", "周", "天", "期", "届", "级", "版", "楼", "层", "路", "号线",
        "栋楼", "单元", "室", "批次", "轮",
    ].map { Array($0.unicodeScalars) }

    static func startsTemporalWord(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        for word in temporalWords where LabelText.hasPrefix(s, i, limit, word) { return true }
        return false
    }
}
