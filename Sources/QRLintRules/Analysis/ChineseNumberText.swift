/// Chinese numerals as written in running text: "九十五", "一百", "九十五点五", "零点五".
enum ChineseNumberText {
    /// A number at `i` as an Arabic string ("95", "95.5") and where it ends.
    static func decimal<S: ScalarText>(_ s: S, at i: Int) -> (String, Int)? {
        guard let (integer, afterInteger) = integer(s, at: i) else { return nil }
        var text = String(integer)
        var end = afterInteger
        if end + 1 < s.count, s[end] == "点", ProseScalar.chineseDigit(s[end + 1]) != nil {
            text += "."
            end += 1
            while end < s.count, let d = ProseScalar.chineseDigit(s[end]) {
                text += String(d)
                end += 1
            }
        }
        return (text, end)
    }

    /// 0…999 written with 十 and 百 ("九十五", "一百零五", "十二") or as plain digits ("零").
    static func integer<S: ScalarText>(_ s: S, at i: Int) -> (Int, Int)? {
        var k = i
        var total = 0
        var current = 0
        var any = false
        while k < s.count {
            if let d = ProseScalar.chineseDigit(s[k]) {
                current = d
                any = true
            } else if s[k] == "十" {
                total += (current == 0 && !any ? 1 : current) * 10
                current = 0
                any = true
            } else if s[k] == "百" {
                guard any else { break }
                total += max(current, 1) * 100
                current = 0
            } else {
                break
            }
            k += 1
        }
        return any || k > i ? (total + current, k) : nil
    }
}
