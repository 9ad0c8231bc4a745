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

    /// Keys are literals: written as they are, never escaped.
    mutating func key(_ name: StaticString) {
        #if DEBUG
            let text = name.description
            assert(lastKeys.last.flatMap { $0 }.map { $0 < text } ?? true, "JSON keys out of order: \(text)")
            lastKeys[lastKeys.count - 1] = text
        #endif
        newElement(key: name)
        afterKey = true
    }

    mutating func string(_ value: String) {
        beginString()
        stringContent(value)
        endString()
    }

    /// A string value written in pieces: `beginString()`, any number of `stringContent`, `endString()` — so a
    /// long text assembled from the source and edits is never built as a `String` first.
    mutating func beginString() {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func endString() { bytes.append(UInt8(ascii: "\"")) }

    mutating func stringContent(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            // Runs that need no escape are copied whole (as buffers, which `append` copies in one go): a long
            // replacement text is mostly such a run.
            var runStart = 0
            while runStart < utf8.count {
                let special = JSONEscaping.firstEscape(in: utf8, from: runStart)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<special]))
                guard special < utf8.count else { break }
                appendEscape(utf8[special])
                runStart = special + 1
            }
        }
    }

    /// The scalars' text inside a string value, encoded and escaped through a stack buffer appended a block
    /// of scalars at a time (a fix's replacement can be a megabyte of source). A block is sized so that even
    /// six bytes per scalar fit, which keeps the per-scalar loop free of a "buffer full" check.
    mutating func stringContent(scalars: ArraySlice<Unicode.Scalar>) {
        let chunkSize = 6 * 1024
        scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { chunk in
                var start = 0
                while start < scalars.count {
                    let end = min(scalars.count, start + chunkSize / 6)
                    var filled = 0
                    for index in start..<end {
                        filled = JSONEscaping.write(scalars[index], into: chunk, at: filled)
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<filled]))
                    start = end
                }
            }
        }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { escape in
            let end = JSONEscaping.writeEscape(byte, into: escape, at: 0)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: escape[..<end]))
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

    mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

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

    /// The separator before an element (`,`, line break, indent), and the element's `"key" : ` if it has one —
    /// assembled on the stack and appended at once: a report writes this some twenty times per finding.
    private mutating func newElement(key: StaticString? = nil) {
        let comma = open[open.count - 1]
        open[open.count - 1] = true
        let indentWidth = open.count * 2
        let keyWidth = key.map { $0.utf8CodeUnitCount + 5 } ?? 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 + indentWidth + keyWidth) { line in
            var i = 0
            if comma {
                line[i] = UInt8(ascii: ",")
                i += 1
            }
            line[i] = 0x0A
            i += 1
            for _ in 0..<indentWidth {
                line[i] = 0x20
                i += 1
            }
            if let key {
                line[i] = UInt8(ascii: "\"")
                i += 1
                for byte in UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount) {
                    line[i] = byte
                    i += 1
                }
                line[i] = UInt8(ascii: "\"")
                line[i + 1] = 0x20
                line[i + 2] = UInt8(ascii: ":")
                line[i + 3] = 0x20
                i += 4
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<i]))
        }
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
        // Copied from a literal of spaces: appending `repeatElement` went through a generic path per line.
        let spaces: StaticString = "                                "
        var count = depth * 2
        while count > 0 {
            let piece = min(count, spaces.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: piece))
            count -= piece
        }
    }
}
