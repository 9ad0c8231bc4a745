/// Web addresses written in a text (the 年报公开形式及网址 part), and what is wrong with each: a scheme
/// without "://", a full-width "：" or "。" typed by a Chinese input method, a host that is not a domain.
public enum WebAddress {
    public struct Found: Sendable, Hashable {
        /// Scalar range in the searched text.
        public var range: Range<Int>
        public var text: String
        /// Why the address is malformed (Chinese), or nil when it is well formed.
        public var problem: String?
    }

    /// Every address in `s` that starts with "http" or "www.".
    public static func find(in s: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < s.count {
            guard startsAddress(s, i) else {
                i += 1
                continue
            }
            var end = i
            while end < s.count, isAddressScalar(s, end) { end += 1 }
            // Sentence punctuation after the address is not part of it.
            while end > i, ".,;:!?)]>'\"".unicodeScalars.contains(s[end - 1]) { end -= 1 }
            let text = string(s[i..<end])
            found.append(Found(range: i..<end, text: text, problem: problem(Array(s[i..<end]))))
            i = max(end, i + 1)
        }
        return found
    }

    private static func startsAddress(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if i > 0, isASCIIAlnum(s[i - 1]) { return false }
        return lowered(s, i, 4) == "http" || lowered(s, i, 4) == "www."
    }

    /// ASCII that may appear in a URL, and the full-width look-alikes a Chinese input method produces when
    /// they sit between address characters ("https：//", "www.example。cn").
    private static func isAddressScalar(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = s[i]
        if c.value > 0x20, c.value < 0x7F, c != "<", c != ">", c != "\"", c != "(", c != ")" { return true }
        guard c == "：" || c == "／" || c == "。" || c == "．" else { return false }
        return i + 1 < s.count && (isASCIIAlnum(s[i + 1]) || s[i + 1] == "/" || s[i + 1] == "／")
    }

    static func problem(_ url: [Unicode.Scalar]) -> String? {
        if let wide = url.first(where: { $0.value >= 0x80 }) {
            return "含有全角字符“\(wide)”"
        }
        var rest = url[...]
        let lower = string(url.prefix(8)).lowercased()
        if lower.hasPrefix("http") {
            if lower.hasPrefix("https://") {
                rest = rest.dropFirst(8)
            } else if lower.hasPrefix("http://") {
                rest = rest.dropFirst(7)
            } else {
                return "协议部分应写成“http://”或“https://”"
            }
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let hostText = string(host)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isHostScalar) }) else {
            return "域名“\(hostText)”不合法"
        }
        let top = labels.last!
        let numeric = labels.count == 4 && labels.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
        if !numeric, !(top.count >= 2 && top.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) })) {
            return "域名“\(hostText)”的后缀不合法"
        }
        return nil
    }

    private static func isHostScalar(_ c: Unicode.Scalar) -> Bool { isASCIIAlnum(c) || c == "-" }

    private static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func lowered(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> String {
        guard i + n <= s.count else { return "" }
        return string(s[i..<(i + n)]).lowercased()
    }

    private static func string<S: Collection>(_ s: S) -> String where S.Element == Unicode.Scalar {
        return String(scalars: s)
    }
}
