/// The edges of `PhraseMatcher`'s trie in one open-addressing table keyed by (parent node, scalar): a lookup is
/// a multiply, a shift and a compare or two, where a dictionary per node hashed every scalar of the text.
struct PhraseEdges: Sendable {
    /// (parent + 1) << 32 | scalar; 0 marks an empty slot.
    private var keys: [UInt64]
    private var children: [Int32]
    private var count = 0
    /// log2 of the table size.
    private var bits: Int

    init() {
        bits = 6
        keys = Array(repeating: 0, count: 1 << bits)
        children = Array(repeating: 0, count: 1 << bits)
    }

    @inline(__always)
    private static func key(_ parent: Int, _ scalar: UInt32) -> UInt64 {
        UInt64(parent + 1) << 32 | UInt64(scalar)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The child of `parent` along `scalar`, or nil.
    @inline(__always)
    func child(of parent: Int, _ scalar: UInt32) -> Int? {
        let key = Self.key(parent, scalar)
        let mask = (1 << bits) - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return Int(children[i]) }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(parent: Int, _ scalar: UInt32, child: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        place(Self.key(parent, scalar), Int32(child))
        count += 1
    }

    private mutating func place(_ key: UInt64, _ child: Int32) {
        let mask = (1 << bits) - 1
        var i = slot(key)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        children[i] = child
    }

    private mutating func grow() {
        let (oldKeys, oldChildren) = (keys, children)
        bits += 1
        keys = Array(repeating: 0, count: 1 << bits)
        children = Array(repeating: 0, count: 1 << bits)
        for (key, child) in zip(oldKeys, oldChildren) where key != 0 { place(key, child) }
    }
}
