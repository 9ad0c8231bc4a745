import QRLintOutput
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), (" ", 1), ("%", 1),
        ("中", 2), ("〇", 2), ("㐀", 2), ("𠀀", 2), ("가", 2), ("あ", 2),
        ("，", 2), ("。", 2), ("、", 2), ("（", 2), ("：", 2), ("〔", 2), ("《", 2), ("￥", 2), ("ｘ", 2),
        ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FEFF}", 0), ("\u{FE0F}", 0), ("\t", 0),
        ("😀", 2), ("🏫", 2), ("🚀", 2), ("🤝", 2), ("✅", 2),
        ("“", 1), ("…", 1), ("·", 1), ("é", 1), ("×", 1), ("①", 1),
    ])
    func scalarWidth(text: String, width: Int) {
        let scalar = text.unicodeScalars.first!
        #expect(DisplayWidth.of(scalar) == width, "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }

    @Test func stringWidthAddsScalarWidths() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文abc") == 7)
        #expect(DisplayWidth.of("Jose\u{301}") == 4)
        #expect(DisplayWidth.of("学校，🏫") == 8)
    }

    @Test func rangeEdgesAreWide() {
        for value: UInt32 in [
            0x1100, 0x115F, 0x2E80, 0x303E, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xFF01, 0xFF60,
            0x1F300, 0x1F64F, 0x1F900, 0x1F9FF, 0x20000, 0x2FFFD,
        ] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 2, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x10FF, 0x303F, 0xA4D0, 0xD7B0, 0xFF61, 0xFFE7, 0x1F650] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 1, "U+\(String(value, radix: 16))")
        }
    }
}

extension DisplayWidthTests {
    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) before \(later)")
        }
    }
}
