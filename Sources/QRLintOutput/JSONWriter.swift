/// Writes JSON straight into UTF-8 bytes in the layout Foundation's `JSONEncoder` gives with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (two-space indent, `"key" : value`, empty
/// containers as `[\n\n]`), which the JSON format was first published in. `JSONEncoder` spent more time on a
/// report with thousands of findings than linting it did. Keys must be written in sorted order.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open container: whether it has an element yet.
    private var open: [Bool] = []
    #if DEBUG
        /// For each open container, the last key written (objects): keys must come in order.
        private var lastKeys: [String?] = []
    #endif
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A line break after the top-level value (appending to `text` would copy the whole output again).
    mutating func newline() { bytes.append(0x0A) }

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); push() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); push() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func push() {
        open.append(false)
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    mutating func key(_ name: String) {
        #if DEBUG
            assert(lastKeys.last.flatMap { $0 }.map { $0 < name } ?? true, "JSON keys out of order: \(name)")
            lastKeys[lastKeys.count - 1] = name
        #endif
        newElement()
        quoted(name)
        // Byte by byte: appending a literal's `utf8` view goes through a generic path at every key.
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
        afterKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        quoted(value)
    }

    private mutating func quoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs that need no escape are copied whole (as buffers, which `append` copies in one go): a long
            // replacement text is mostly such a run.
            var runStart = 0
            for i in utf8.indices {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                escape(byte)
                runStart = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    mutating func int(_ value: Int) {
        beginValue()
        // Digits written in place: `String(value)` allocated once per line and column of every finding.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
    mutating func bool(_ value: Bool) { beginValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { beginValue(); bytes.append(contentsOf: "null".utf8) }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }

    /// An array of values, each written by `element`.
    mutating func array<C: Collection>(_ values: C, _ element: (inout JSONWriter, C.Element) -> Void) {
        beginArray()
        for value in values { element(&self, value) }
        endArray()
    }

    /// Starts a value: after a key it follows on the line; in an array it is a new element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !open.isEmpty {
            newElement()
        }
    }

    private mutating func newElement() {
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        bytes.append(0x0A)
        indent(open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let hasElements = open.removeLast()
        #if DEBUG
            lastKeys.removeLast()
        #endif
        bytes.append(0x0A)
        if !hasElements { bytes.append(0x0A) }
        indent(open.count)
        bytes.append(bracket)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }
}
