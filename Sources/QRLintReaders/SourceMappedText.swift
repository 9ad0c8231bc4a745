import QRLintCore

/// `MappedText` built straight from the source scalars, for the readers' hot paths. The values are equal
/// to what `MappedText(source:range:)`, `trimmed()` and `MappedTextBuilder` give; the difference is the
/// cost: one exactly sized copy of the scalars instead of arrays grown by appends, no generic slice copy,
/// and no `SourceText` passed by value (its path, scalars and line table were retained and released on
/// every call). Blocks are built once per heading, paragraph, caption and cell, so this is the readers'
/// main allocation cost.
enum SourceMappedText {
    /// Equal to `MappedText(source: source, range: range)`.
    static func text(_ s: [Unicode.Scalar], _ range: Range<Int>) -> MappedText {
        MappedText(
            scalars: copy(s, range),
            segment: MappedText.Segment(textStart: 0, sourceStart: range.lowerBound, length: range.count))
    }

    /// Equal to `MappedText(source: source, range: range).trimmed()`.
    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> MappedText {
        let trimmed = trimmedRange(s, range)
        // `trimmed()` returns the text itself when nothing is cut, and a slice keeps no empty segment.
        if trimmed == range { return text(s, range) }
        return trimmed.isEmpty ? .empty : text(s, trimmed)
    }

    /// `range` without leading and trailing white space, as `MappedText.trimmed()` cuts it.
    static func trimmedRange(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, s[lower].isUnicodeWhitespace { lower += 1 }
        while upper > lower, s[upper - 1].isUnicodeWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// `s[range]` as a new array, copied in one go. (`Array(unsafeUninitializedCapacity:)` is not
    /// specialized here: its allocation runs generic library code, several hundred instructions a call.)
    static func copy(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar] {
        s.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

/// Builds a `MappedText` from source ranges and synthetic scalars, equal to what `MappedTextBuilder` builds
/// from the same calls. It records only the segments while appending (the first one inline, so a one-line
/// paragraph grows no array) and copies the scalars once, at the end, into an array of the final size.
struct SourceTextJoiner {
    private var first: MappedText.Segment?
    /// All segments once there are two or more (the first included).
    private var more: [MappedText.Segment] = []
    /// Text positions of synthetic scalars (rare: a space between two Latin words).
    private var synthetic: [(at: Int, scalar: Unicode.Scalar)] = []
    private(set) var count = 0
    private(set) var last: Unicode.Scalar?

    init() {}

    /// Appends source scalars `range`, extending the last segment when the source is contiguous.
    mutating func append(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        last = s[range.upperBound - 1]
        add(MappedText.Segment(textStart: count, sourceStart: range.lowerBound, length: range.count))
    }

    /// Appends a scalar that is not in the source (a joining space), mapped to `sourceOffset`.
    mutating func appendSynthetic(_ scalar: Unicode.Scalar, at sourceOffset: Int) {
        synthetic.append((count, scalar))
        last = scalar
        // `MappedTextBuilder` never extends a segment with a synthetic scalar, but may extend one after it.
        appendSegment(MappedText.Segment(textStart: count, sourceStart: sourceOffset, length: 1))
        count += 1
    }

    private mutating func add(_ segment: MappedText.Segment) {
        if more.isEmpty, var tail = first, tail.sourceStart + tail.length == segment.sourceStart {
            tail.length += segment.length
            first = tail
        } else if let tail = more.last, tail.sourceStart + tail.length == segment.sourceStart {
            more[more.count - 1].length += segment.length
        } else {
            appendSegment(segment)
        }
        count += segment.length
    }

    private mutating func appendSegment(_ segment: MappedText.Segment) {
        if let first, more.isEmpty {
            more.reserveCapacity(4)
            more.append(first)
            more.append(segment)
        } else if first == nil {
            first = segment
        } else {
            more.append(segment)
        }
    }

    /// The text built so far, and the joiner emptied for the next text with its storage kept: a reader
    /// that joins many texts (one per paragraph) grows the segment array once, not once per text.
    mutating func take(_ s: [Unicode.Scalar]) -> MappedText {
        // A copy of the segments, exactly sized: `more` stays with the joiner.
        let built = build(s, segments: more.isEmpty ? nil : Array(more))
        first = nil
        // Most texts are one segment without synthetic scalars: nothing to empty (`removeAll` is a call).
        if !more.isEmpty { more.removeAll(keepingCapacity: true) }
        if !synthetic.isEmpty { synthetic.removeAll(keepingCapacity: true) }
        count = 0
        last = nil
        return built
    }

    func build(_ s: [Unicode.Scalar]) -> MappedText {
        build(s, segments: more.isEmpty ? nil : more)
    }

    /// `segments` is nil for a text of one segment (`first`).
    @inline(__always)
    private func build(_ s: [Unicode.Scalar], segments more: [MappedText.Segment]?) -> MappedText {
        guard let first else { return .empty }
        if more == nil, synthetic.isEmpty {
            guard count > 0 else { return MappedText(scalars: [], segment: first) }
            let range = first.sourceStart..<first.sourceStart + count
            return MappedText(scalars: SourceMappedText.copy(s, range), segment: first)
        }
        let segments = more ?? [first]
        guard count > 0 else { return MappedText(scalars: [], segments: segments) }
        // Filled with spaces first: the synthetic scalars are spaces, and a synthetic segment may point past
        // the source's end.
        var scalars = [Unicode.Scalar](repeating: " ", count: count)
        scalars.withUnsafeMutableBufferPointer { buffer in
            s.withUnsafeBufferPointer { source in
                for segment in segments {
                    let available = max(0, min(segment.length, source.count - segment.sourceStart))
                    (buffer.baseAddress! + segment.textStart).update(
                        from: source.baseAddress! + segment.sourceStart, count: available)
                }
            }
            for (at, scalar) in synthetic { buffer[at] = scalar }
        }
        return MappedText(scalars: scalars, segments: segments)
    }
}
