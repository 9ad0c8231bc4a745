import QRLintCore

/// The order of a report's diagnostics: by span start, then span end, rule id and message; diagnostics
/// equal in all four keep the order the rules gave them.
enum DiagnosticOrder {
    /// Sorts the indices first and then moves each diagnostic once, along the cycles of the permutation:
    /// sorting the diagnostics themselves moved every one of them (well over a hundred bytes) at each merge.
    static func sort(_ diagnostics: inout [Diagnostic]) {
        var order = Array(diagnostics.indices)
        diagnostics.withUnsafeBufferPointer { diagnostics in
            // Fields are read in place: a diagnostic copied out per comparison retained all its strings.
            order.sort { a, b in
                let x = diagnostics[a].span
                let y = diagnostics[b].span
                if x.start != y.start { return x.start < y.start }
                if x.end != y.end { return x.end < y.end }
                if diagnostics[a].ruleID != diagnostics[b].ruleID {
                    return diagnostics[a].ruleID < diagnostics[b].ruleID
                }
                if diagnostics[a].message != diagnostics[b].message {
                    return diagnostics[a].message < diagnostics[b].message
                }
                return a < b
            }
        }
        // `order[i]` is the index of the diagnostic that belongs at `i`. Each cycle is closed by swaps: the
        // diagnostic first at the cycle's start travels along it to the place that wants it.
        // Through the buffer: its `swapAt` moves the two values, where the array's copied both.
        diagnostics.withUnsafeMutableBufferPointer { diagnostics in
            for start in order.indices where order[start] != start {
                var at = start
                while order[at] != start {
                    let next = order[at]
                    diagnostics.swapAt(at, next)
                    order[at] = at
                    at = next
                }
                order[at] = at
            }
        }
    }
}
