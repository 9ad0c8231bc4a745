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
        var seen = Set<Span>()
        return self.filter { $0.consistency == consistency && seen.insert($0.span).inserted }.map(\.finding)
            .sorted { $0.span < $1.span }
    }
}

extension Quantity {
    /// "在编 380人": the label and the number, for notes.
    func described(in pool: ScalarPool) -> String {
        guard !label.scalars.isEmpty else { return pool.string(text) }
        // Encoded once from the scalars, without the two intermediate strings of an interpolation.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * (label.scalars.count + text.count) + 1)
        bytes.appendUTF8(of: pool[label.scalars])
        bytes.append(UInt8(ascii: " "))
        bytes.appendUTF8(of: pool[text])
        return String(decoding: bytes, as: UTF8.self)
    }
}
