import QRLintCore

/// What sibling and parent heading numbers are compared by, as plain integers, kept with each outline section:
/// read by index without copying the `HeadingNumber` (a copy retains its array and string, and every heading
/// is compared with its previous sibling and its parent).
struct HeadingNumberFacts: Sendable, Equatable {
    /// The number's style; nil when there is no number.
    var style: HeadingNumber.Style?
    /// As `HeadingNumber.depth` (1 when unnumbered).
    var depth: Int
    /// The last component (0 when there is none).
    var last: Int
    /// The components, 16 bits each, the last lowest; nil when there are more than four or one does not fit.
    var packed: UInt64?

    init(_ number: borrowing HeadingNumber?) {
        switch number {
        case .none: self.init(style: nil, components: UnsafeBufferPointer(start: nil, count: 0))
        case .some(let number):
            self = number.components.withUnsafeBufferPointer { Self(style: number.style, components: $0) }
        }
    }

    /// The facts of a number with this style and these components (a nil style: no number, whatever the
    /// components). From the parts: the outline reads them in place, where passing the number copied it.
    init(style: HeadingNumber.Style?, components: UnsafeBufferPointer<Int>) {
        guard let style else {
            self.style = nil
            depth = 1
            last = 0
            packed = nil
            return
        }
        self.style = style
        depth = style == .arabic ? components.count : 1
        last = components.last ?? 0
        packed = Self.pack(components)
    }

    private static func pack(_ components: UnsafeBufferPointer<Int>) -> UInt64? {
        guard components.count <= 4 else { return nil }
        var packed: UInt64 = 0
        for component in components {
            guard component >= 0, component < 1 << 16 else { return nil }
            packed = packed << 16 | UInt64(component)
        }
        return packed
    }

    /// Whether these components are `parent`'s with one more at the end, when the packings tell (both numbers
    /// packed, one component deeper); nil when they do not, and the components must be compared.
    func extends(_ parent: HeadingNumberFacts) -> Bool? {
        guard let packed, let parentPacked = parent.packed, depth == parent.depth + 1 else { return nil }
        return packed >> 16 == parentPacked
    }
}
