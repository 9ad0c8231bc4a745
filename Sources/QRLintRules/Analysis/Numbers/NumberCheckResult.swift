import QRLintCore

/// The outcome of one arithmetic check that did not come out consistent: what to say and where. A `.mismatch`
/// is reported by the check's own rule; a `.truncationOnly` by `numbers.rounding` (info).
public struct NumberCheckResult: Sendable {
    public var consistency: Consistency
    public var message: String
    public var span: Span
    public var notes: [Note]

    public var finding: Finding { Finding(message: message, span: span, notes: notes) }
}

extension Array where Element == NumberCheckResult {
    /// The findings of a rule: the results of one consistency, in source order, one per place.
    func findings(_ consistency: Consistency) -> [Finding] {
        // The places and indices of the results, sorted by both: the first of a run of one place is its first
        // result, the one kept. A set of the places seen cost some thousand instructions a result (growing and
        // hashing), and filtering first copied every result kept.
        var places: [(span: Span, index: Int)] = []
        for k in indices where self[k].consistency == consistency { places.append((self[k].span, k)) }
        places.sort { $0.span < $1.span || ($0.span == $1.span && $0.index < $1.index) }
        var findings: [Finding] = []
        findings.reserveCapacity(places.count)
        for k in places.indices where k == 0 || places[k].span != places[k - 1].span {
            findings.append(self[places[k].index].finding)
        }
        return findings
    }
}

extension [Quantity] {
    // Sums in a loop, in order (as `reduce` added them): mapping the quantities first made an array per sum.

    /// The sum of the intervals.
    var intervalSum: NumberInterval {
        var sum = NumberInterval.point(0)
        for k in indices { sum = sum + self[k].interval }
        return sum
    }

    /// The sum of the loose intervals (truncation allowed).
    var looseIntervalSum: NumberInterval {
        var sum = NumberInterval.point(0)
        for k in indices { sum = sum + self[k].looseInterval }
        return sum
    }

    /// The sum of the values.
    var valueSum: Double {
        var sum = 0.0
        for k in indices { sum += self[k].value }
        return sum
    }
}

extension Quantity {
    /// "在编 380人": the label and the number, for notes.
    func described(in pool: ScalarPool) -> String { described(after: "", in: pool) }

    /// "分项：在编 380人": a note's words, then the label and the number, written into one buffer.
    func described(after prefix: String, in pool: ScalarPool) -> String {
        var text = MessageText(capacity: prefix.utf8.count + 3 * (label.scalars.count + self.text.count) + 1)
        text.append(prefix)
        text.appendDescription(of: self, in: pool)
        return text.string
    }
}
