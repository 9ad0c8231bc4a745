import Testing

@testable import QRLintRules

/// `LabelText.isIgnorable` tests ranges of values instead of listing its scalars: it must hold for exactly the
/// quotes, spaces and line breaks it names.
struct LabelTextIgnorableTests {
    @Test func holdsForExactlyTheListedScalars() {
        let listed: Set<UInt32> = Set(
            ["“", "”", "\"", "'", "‘", "’", "「", "」", "『", "』", " ", "\t", "\u{3000}", "\u{A0}", "\n", "\r"]
                .map { ($0 as Unicode.Scalar).value })
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x2_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if LabelText.isIgnorable(scalar) != listed.contains(value) { wrong.append(value) }
        }
        #expect(wrong.isEmpty)
    }
}
