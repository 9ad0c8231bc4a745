/// A few scalars, each with a number (its place in the list it was made from), found by hashing into an
/// open-addressed table a few times larger than the list: one multiplication and a probe or two, where halving a
/// sorted list of fifty scalars took six steps. The scanner asks it after every number (is a unit written here?)
/// and for every label (which measure labels end with this scalar?).
struct ScalarIndex: Sendable {
    /// The scalar held in each slot; `UInt32.max` (no scalar has that value) marks an empty one.
    private let keys: [UInt32]
    private let numbers: [Int32]
    private let shift: UInt32

    /// - Parameter scalars: distinct scalar values; each is numbered by its place in the list.
    init(_ scalars: [UInt32]) {
        // At least four slots per scalar: probes stay short.
        var bits: UInt32 = 3
        while 1 << bits < 4 * scalars.count { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt32](repeating: .max, count: size)
        var numbers = [Int32](repeating: -1, count: size)
        shift = 32 - bits
        for (number, scalar) in scalars.enumerated() {
            var slot = Self.slot(scalar, shift: shift)
            while keys[slot] != .max, keys[slot] != scalar { slot = (slot + 1) & (size - 1) }
            keys[slot] = scalar
            numbers[slot] = Int32(number)
        }
        self.keys = keys
        self.numbers = numbers
    }

    /// The number of `scalar`, or nil when it is not in the list.
    func number(of scalar: UInt32) -> Int? {
        let mask = keys.count - 1
        var slot = Self.slot(scalar, shift: shift)
        while true {
            let key = keys[slot]
            if key == scalar { return Int(numbers[slot]) }
            if key == .max { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Fibonacci hashing: the top bits of the product spread scalars that differ only in their low bits.
    private static func slot(_ scalar: UInt32, shift: UInt32) -> Int {
        Int((scalar &* 0x9E37_79B1) >> shift)
    }
}
