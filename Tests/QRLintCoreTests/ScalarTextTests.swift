import QRLintCore
import Testing

/// The fast scalar helpers agree with the standard library's slower ones.
struct ScalarTextTests {
    @Test func whitespaceMatchesTheUnicodeProperty() {
        for value in UInt32(0)...0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isUnicodeWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func stringFromScalarsEncodesEveryWidth() {
        let text = "aé学😀\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(String(scalars: Array(text.unicodeScalars)) == text)
        #expect(String(scalars: Array(text.unicodeScalars)[2..<4]) == "学😀")
        #expect(String(scalars: [Unicode.Scalar]()) == "")
    }
}
