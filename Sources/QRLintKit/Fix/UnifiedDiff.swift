/// A line diff in the unified format (`diff -u`), for `qrlint --fix --dry-run`: Myers' O(ND) algorithm, which
/// is fast when the two texts differ in few lines, as fixed drafts do.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let context = 3

    /// "" when the texts are equal.
    public static func render(old: String, new: String, oldName: String, newName: String) -> String {
        let a = lines(old)
        let b = lines(new)
        guard a != b else { return "" }
        return "--- \(oldName)\n+++ \(newName)\n" + hunks(script(a, b), a, b).joined()
    }

    enum Edit: Equatable {
        /// Line `x` of the old text equals line `y` of the new one.
        case keep(Int, Int)
        /// Line `x` of the old text is removed.
        case delete(Int)
        /// Line `y` of the new text is added.
        case insert(Int)
    }

    /// Lines without their terminators; a final line break does not make an empty last line.
    static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The shortest edit script from `a` to `b`, in order.
    static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count
        let m = b.count
        let offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back through the frontier saved before each round.
        var edits: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(.keep(x, y))
            }
            guard d > 0 else { break }
            if down {
                y -= 1
                edits.append(.insert(y))
            } else {
                x -= 1
                edits.append(.delete(x))
            }
        }
        return edits.reversed()
    }

    /// Groups the script into hunks with `context` lines around the changes.
    static func hunks(_ edits: [Edit], _ a: [Substring], _ b: [Substring]) -> [String] {
        // Old and new line numbers (0-based) before each edit.
        var positions: [(old: Int, new: Int)] = []
        var ranges: [Range<Int>] = []
        var old = 0
        var new = 0
        for (i, edit) in edits.enumerated() {
            positions.append((old, new))
            switch edit {
            case .keep:
                old += 1
                new += 1
                continue
            case .delete: old += 1
            case .insert: new += 1
            }
            let lower = max(0, i - context)
            let upper = min(edits.count, i + context + 1)
            if let last = ranges.last, lower <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                ranges.append(lower..<upper)
            }
        }
        return ranges.map { range in
            var oldCount = 0
            var newCount = 0
            var body = ""
            for edit in edits[range] {
                switch edit {
                case .keep(let x, _):
                    oldCount += 1
                    newCount += 1
                    body += " \(a[x])\n"
                case .delete(let x):
                    oldCount += 1
                    body += "-\(a[x])\n"
                case .insert(let y):
                    newCount += 1
                    body += "+\(b[y])\n"
                }
            }
            let start = positions[range.lowerBound]
            // diff -u numbers an empty side by the line before it.
            let oldStart = oldCount == 0 ? start.old : start.old + 1
            let newStart = newCount == 0 ? start.new : start.new + 1
            return "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
        }
    }
}
