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

/// The byte search agrees with Foundation's `contains` on the texts qrlint compares.
struct StringSearchTests {
    @Test(arguments: [
        ("全日制在校生人数", "在校生", true), ("全日制在校生人数", "在校学生", false), ("生师比", "生师比", true),
        ("", "", true), ("率", "", true), ("", "率", false), ("教职工😀总数", "😀总", true), ("abc", "abcd", false),
        ("专业群数量（个）", "（个）", true), ("满意度%", "%", true),
    ])
    func containsText(haystack: String, needle: String, expected: Bool) {
        #expect(haystack.containsText(needle) == expected)
        #expect(haystack[...].containsText(needle[...]) == expected)
    }
}
