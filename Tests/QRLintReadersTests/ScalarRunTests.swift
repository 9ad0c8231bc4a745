import Testing

@testable import QRLintReaders

/// `ScalarRun.areCommonHan` must agree with the scalar test (U+4E00…U+9FFF) at every place of the four,
/// including the range's edges and values that wrap around when the range start is subtracted.
@Suite("ScalarRun")
struct ScalarRunTests {
    private static let edges: [UInt32] = [
        0, 0x41, 0x3000, 0x4DFF, 0x4E00, 0x4E01, 0x5B66, 0x9FFE, 0x9FFF, 0xA000, 0xFF0C, 0x2_0000,
    ]

    @Test(arguments: 0..<4)
    func oneScalarDecidesAtEachPlace(_ place: Int) {
        for value in Self.edges {
            var four: [Unicode.Scalar] = ["学", "校", "概", "况"]
            four[place] = Unicode.Scalar(value)!
            let expected = (0x4E00...0x9FFF).contains(value)
            #expect(four.withUnsafeBufferPointer { ScalarRun.areCommonHan($0.baseAddress!) } == expected)
        }
    }

    @Test func readsFromAnyOffset() {
        let scalars = Array("a职业教育质量年度报告".unicodeScalars)
        scalars.withUnsafeBufferPointer { buffer in
            #expect(!ScalarRun.areCommonHan(buffer.baseAddress!))
            for start in 1...(buffer.count - 4) {
                #expect(ScalarRun.areCommonHan(buffer.baseAddress! + start))
            }
        }
    }

    @Test(arguments: 0..<4)
    func aDifferenceIsFoundAtEachPlace(_ place: Int) {
        let four: [Unicode.Scalar] = ["学", "校", "a", "况"]
        #expect(!four.withUnsafeBufferPointer { ScalarRun.differ($0.baseAddress!, $0.baseAddress!) })
        for other: Unicode.Scalar in ["b", "\u{0}", "\u{20000}", "字"] {
            var changed = four
            changed[place] = other
            let differ = four.withUnsafeBufferPointer { a in
                changed.withUnsafeBufferPointer { b in ScalarRun.differ(a.baseAddress!, b.baseAddress!) }
            }
            #expect(differ == (four[place] != other))
        }
    }
}
