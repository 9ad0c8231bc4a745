import QRLintCore

/// Levels for headings that Word does not mark as headings, in a document that does use heading styles:
/// "（一）基本情况" typed in bold under a "一、学校概况" in Heading 1.
///
/// Styled headings keep the level of their style. A plain heading takes the level of the latest heading
/// with the same kind of number (a sibling), or one below the heading whose number it extends ("1.1"
/// under "1"), or else one below the latest heading: a new kind of number nests.
struct DocxHeadingLevels {
    /// The latest heading and its ancestors, outermost first.
    private var path: [(key: Key, level: Int)] = []

    struct Key: Hashable {
        var style: HeadingNumber.Style?
        var depth: Int

        init(_ number: HeadingNumber?) {
            style = number?.style
            depth = number?.depth ?? 0
        }
    }

    mutating func styled(level: Int, number: HeadingNumber?) {
        push(Key(number), level)
    }

    mutating func plainLevel(_ number: HeadingNumber) -> Int {
        let key = Key(number)
        let level: Int
        if let sibling = path.last(where: { $0.key == key }) {
            level = sibling.level
        } else if number.style == .arabic, number.depth > 1,
            let parent = path.last(where: { $0.key == Key(style: .arabic, depth: number.depth - 1) })
        {
            level = parent.level + 1
        } else {
            level = (path.last?.level ?? 0) + 1
        }
        let capped = min(level, 9)
        push(key, capped)
        return capped
    }

    private mutating func push(_ key: Key, _ level: Int) {
        while let last = path.last, last.level >= level { path.removeLast() }
        path.append((key, level))
    }
}

extension DocxHeadingLevels.Key {
    init(style: HeadingNumber.Style, depth: Int) {
        self.style = style
        self.depth = depth
    }
}
