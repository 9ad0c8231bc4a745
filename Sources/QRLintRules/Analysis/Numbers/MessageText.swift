import QRLintCore

/// A finding's message written as UTF-8 bytes and made a `String` once. An interpolation makes a string of each
/// piece (a number read off the pool, a joined list) and grows the result piece by piece: a formula message cost
/// some 12 K instructions that way.
struct MessageText {
    private var bytes: [UInt8] = []

    init(capacity: Int = 128) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ scalars: ArraySlice<Unicode.Scalar>) {
        bytes.appendUTF8(of: scalars)
    }

    /// The number of a quantity as written, without its unit ("310人" → "310").
    mutating func appendNumber(of q: Quantity, in pool: ScalarPool) {
        bytes.appendUTF8(of: NumberText.numberScalars(q, in: pool))
    }

    /// The numbers of quantities as written, between separators ("310+120+56").
    mutating func appendNumbers(of quantities: ArraySlice<Quantity>, separator: String, in pool: ScalarPool) {
        for k in quantities.indices {
            if k > quantities.startIndex { append(separator) }
            appendNumber(of: quantities[k], in: pool)
        }
    }

    /// "在编 380人": the label and the number, as in notes.
    mutating func appendDescription(of q: Quantity, in pool: ScalarPool) {
        if !q.label.scalars.isEmpty {
            bytes.appendUTF8(of: pool[q.label.scalars])
            bytes.append(UInt8(ascii: " "))
        }
        bytes.appendUTF8(of: pool[q.text])
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
