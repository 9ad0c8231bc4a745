/// Writes JSON straight into UTF-8 bytes in the layout Foundation's `JSONEncoder` gives with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (two-space indent, `"key" : value`, empty
/// containers as `[\n\n]`), which the JSON format was first published in. `JSONEncoder` spent more time on a
/// report with thousands of findings than linting it did. Keys must be written in sorted order.
struct JSONWriter {
    /// Shared by copies of the writer: a writer is passed `inout`, never copied.
    private let buffer: ByteBuffer
    /// How many containers are open.
    private var depth = 0
    /// Bit `d`: whether the container open at depth `d + 1` has an element yet. A bit set instead of a `[Bool]`
    /// stack: every element of a report touches it, and the array's uniqueness and bounds checks cost more
    /// than the separators they decided. Our reports nest six deep; 64 is a hard limit.
    private var hasElement: UInt64 = 0
    #if DEBUG
        /// For each open container, the last key written (objects): keys must come in order.
        private var lastKeys: [String?] = []
    #endif
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    init(capacity: Int = 0) { buffer = ByteBuffer(capacity: capacity) }

    var bytes: [UInt8] { buffer.bytes }
    /// The finished text without a copy; the writer is empty afterwards.
    mutating func takeBytes() -> [UInt8] { buffer.takeBytes() }
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A line break after the top-level value (appending to `text` would copy the whole output again).
    mutating func newline() { buffer.append(0x0A) }

    mutating func beginObject() {
        beginValue()
        buffer.append(UInt8(ascii: "{"))
        push()
    }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() {
        beginValue()
        buffer.append(UInt8(ascii: "["))
        push()
    }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func push() {
        precondition(depth < 64, "JSON nested deeper than 64 containers")
        depth += 1
        hasElement &= ~(1 << UInt64(depth - 1))
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
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func endString() { buffer.append(UInt8(ascii: "\"")) }

    mutating func stringContent(_ value: String) {
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ stringContent(utf8: $0) }) { return done }
        var copy = value
        copy.withUTF8 { stringContent(utf8: $0) }
    }

    private mutating func stringContent(utf8: UnsafeBufferPointer<UInt8>) {
        // Runs that need no escape are copied whole (as buffers, which `append` copies in one go): a long
        // replacement text is mostly such a run.
        var runStart = 0
        while runStart < utf8.count {
            let special = JSONEscaping.firstEscape(in: utf8, from: runStart)
            buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<special]))
            guard special < utf8.count else { break }
            appendEscape(utf8[special])
            runStart = special + 1
        }
    }

    /// The scalars' text inside a string value, encoded and escaped straight into the buffer a block of
    /// scalars at a time (a fix's replacement can be a megabyte of source). Each block reserves six bytes per
    /// scalar, the longest escape, so the per-scalar loop checks no room.
    mutating func stringContent(scalars: ArraySlice<Unicode.Scalar>) {
        let block = 1024
        scalars.withUnsafeBufferPointer { scalars in
            var start = 0
            while start < scalars.count {
                let end = min(scalars.count, start + block)
                buffer.write(upTo: 6 * (end - start)) { at in
                    let room = UnsafeMutableBufferPointer(start: at, count: 6 * (end - start))
                    var filled = 0
                    for index in start..<end {
                        let value = scalars[index].value
                        // Nearly all of a Chinese text is three bytes a scalar, and never escaped: one test.
                        if value &- 0x800 < 0x1_0000 - 0x800 {
                            JSONEscaping.writeThreeBytes(value, at: room.baseAddress.unsafelyUnwrapped + filled)
                            filled &+= 3
                        } else {
                            filled = JSONEscaping.write(scalars[index], into: room, at: filled)
                        }
                    }
                    return filled
                }
                start = end
            }
        }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        buffer.write(upTo: 6) { at in
            JSONEscaping.writeEscape(byte, into: UnsafeMutableBufferPointer(start: at, count: 6), at: 0)
        }
    }

    mutating func int(_ value: Int) {
        beginValue()
        // Digits written in place from the right, after counting them: `String(value)` allocated once per line
        // and column of every finding, and writing them elsewhere first cost a `memmove` per number.
        buffer.write(upTo: 20) { room in
            var magnitude = value.magnitude
            var digits = 1
            var rest = magnitude
            while rest >= 100 {
                rest /= 100
                digits += 2
            }
            if rest >= 10 { digits += 1 }
            var length = digits
            if value < 0 {
                room[0] = UInt8(ascii: "-")
                length += 1
            }
            // Two digits per division, from a table of the pairs "00" to "99".
            let pairs = Self.digitPairs.utf8Start
            var at = length
            while magnitude >= 10 {
                let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
                magnitude /= 100
                at &-= 2
                room[at] = pairs[pair]
                room[at &+ 1] = pairs[pair &+ 1]
            }
            if at > length &- digits { room[at &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude) }
            return length
        }
    }

    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    mutating func bool(_ value: Bool) {
        beginValue()
        buffer.append(value ? "true" : "false")
    }
    mutating func null() {
        beginValue()
        buffer.append("null")
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }
    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }
    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

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
        } else if depth > 0 {
            newElement()
        }
    }

    /// The separator before an element (`,`, line break, indent), and the element's `"key" : ` if it has one —
    /// written into room reserved at once: a report writes this some twenty times per finding.
    private mutating func newElement(key: StaticString? = nil) {
        let bit: UInt64 = 1 << UInt64(depth - 1)
        let comma = hasElement & bit != 0
        hasElement |= bit
        let indentWidth = depth * 2
        let keyWidth = key.map { $0.utf8CodeUnitCount } ?? 0
        buffer.write(upTo: 2 + indentWidth + 8 + keyWidth + 5) { line in
            var i = 0
            if comma {
                line[i] = UInt8(ascii: ",")
                i += 1
            }
            line[i] = 0x0A
            Self.writeSpaces(indentWidth, at: line + i + 1)
            i += 1 + indentWidth
            if let key {
                line[i] = UInt8(ascii: "\"")
                (line + i + 1).update(from: key.utf8Start, count: keyWidth)
                i += 1 + keyWidth
                line[i] = UInt8(ascii: "\"")
                line[i + 1] = 0x20
                line[i + 2] = UInt8(ascii: ":")
                line[i + 3] = 0x20
                i += 4
            }
            return i
        }
    }

    /// `count` spaces, eight at a time: an indent is a few bytes, and `memset` cost more as a call than the
    /// bytes. May write up to seven more spaces past `count`: the room must allow for them.
    @inline(__always) private static func writeSpaces(_ count: Int, at start: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(start)
        var written = 0
        while written < count {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: written, as: UInt64.self)
            written &+= 8
        }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let hasElements = hasElement & (1 << UInt64(depth)) != 0
        #if DEBUG
            lastKeys.removeLast()
        #endif
        let width = depth * 2
        buffer.write(upTo: 3 + width + 8) { line in
            var i = 0
            line[i] = 0x0A
            i += 1
            if !hasElements {
                line[i] = 0x0A
                i += 1
            }
            Self.writeSpaces(width, at: line + i)
            line[i + width] = bracket
            return i + width + 1
        }
    }
}
