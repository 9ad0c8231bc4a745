/// Shell-style path patterns for `ignore`: `*` and `?` stay within one path component, `**` spans any
/// number of them.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        matches(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
    }

    private static func matches(_ p: [Unicode.Scalar], _ pi: Int, _ s: [Unicode.Scalar], _ si: Int) -> Bool {
        var pi = pi
        var si = si
        while pi < p.count {
            let c = p[pi]
            if c == "*" {
                let doubleStar = pi + 1 < p.count && p[pi + 1] == "*"
                var next = pi + (doubleStar ? 2 : 1)
                if doubleStar, next < p.count, p[next] == "/" { next += 1 }
                // Try every possible length for the star.
                var k = si
                while true {
                    if matches(p, next, s, k) { return true }
                    if k >= s.count || (!doubleStar && s[k] == "/") { return false }
                    k += 1
                }
            }
            guard si < s.count else { return false }
            if c == "?" {
                if s[si] == "/" { return false }
            } else if c != s[si] {
                return false
            }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
