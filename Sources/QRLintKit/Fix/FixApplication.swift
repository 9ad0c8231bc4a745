import QRLintCore

/// Applies safe fixes to a text: a pure function of the scalars and the diagnostics, so it is tested without
/// files. Fixes are applied from the start of the text; one that overlaps a fix already taken is left for the
/// next pass (the command lints again and repeats).
public enum FixApplication {
    public struct Result: Sendable {
        /// The text with the fixes applied.
        public var scalars: [Unicode.Scalar]
        /// The diagnostics whose fixes were applied, in text order.
        public var applied: [Diagnostic]
        /// Safe fixes left out because they overlap an applied one.
        public var skipped: [Diagnostic]

        public var text: String { String(scalars: scalars) }
    }

    /// The diagnostics with a safe fix, ordered so that earlier and shorter fixes come first.
    public static func safeFixes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.fix?.isSafe == true }.sorted {
            let (a, b) = ($0.fix!.span, $1.fix!.span)
            return (a.start, a.end, $0.ruleID) < (b.start, b.end, $1.ruleID)
        }
    }

    public static func apply(_ diagnostics: [Diagnostic], to scalars: [Unicode.Scalar]) -> Result {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var applied: [Diagnostic] = []
        var skipped: [Diagnostic] = []
        var copied = 0
        // Two insertions at one place would be ordered arbitrarily: after one, only a later start is taken.
        var lastWasInsertionAt: Int?
        for diagnostic in safeFixes(diagnostics) {
            let fix = diagnostic.fix!
            let span = fix.span
            guard span.start >= copied, span.end <= scalars.count, lastWasInsertionAt != span.start || !span.isEmpty
            else {
                skipped.append(diagnostic)
                continue
            }
            for edit in fix.edits {
                output.append(contentsOf: scalars[copied..<edit.span.start])
                output.append(contentsOf: edit.replacement.unicodeScalars)
                copied = edit.span.end
            }
            lastWasInsertionAt = span.isEmpty ? span.start : nil
            applied.append(diagnostic)
        }
        output.append(contentsOf: scalars[copied...])
        return Result(scalars: output, applied: applied, skipped: skipped)
    }
}
