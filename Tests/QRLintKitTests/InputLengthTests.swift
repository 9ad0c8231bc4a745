import QRLintCore
import Testing

@testable import QRLintKit

/// A text too long for the analyses' 32-bit offsets is refused as an input error (exit 2), not left to trap.
struct InputLengthTests {
    @Test func aTextAtTheLimitIsAccepted() throws {
        try Linter.checkLength(100, path: "a.txt", limit: 100)
    }

    @Test func aLongerTextIsAnInputErrorNamingTheFile() {
        #expect {
            try Linter.checkLength(101, path: "a.txt", limit: 100)
        } throws: { error in
            guard let error = error as? QRLintError else { return false }
            return error.kind == .input && error.message.hasPrefix("a.txt：") && error.message.contains("101")
        }
    }

    @Test func theLimitIsFarBelowWhereOffsetsOverflow() {
        #expect(Linter.maximumScalars * 8 <= Int(Int32.max) + 1)
    }
}
