extension String {
    /// `count` copies of one ASCII character ("   ", "^^^^"): `String(repeating:count:)` appends a string per
    /// copy, and the human output draws a gutter, an indent and an underline for every snippet.
    static func asciiRun(_ character: Unicode.Scalar, count: Int) -> String {
        precondition(character.isASCII, "asciiRun takes an ASCII character")
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(character.value))
            return count
        }
    }
}
