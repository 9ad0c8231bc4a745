import QRLintCore
import Testing

/// `ScalarSearch.firstIndex` (eight scalars compared at a time) must find what a plain scan finds, at every
/// start and wherever the scalar falls in or after the eight-scalar steps.
struct ScalarSearchTests {
    private func plain(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var k = start
        while k < s.count, !(s[k] == "见" || s[k] == "如" || s[k] == "参") { k += 1 }
        return k
    }

    @Test func findsWhatAPlainScanFinds() {
        let texts = [
            "", "见", "学校", "学校概况详见表1", "本校办学条件如图2所示参照标准，具体见附表", String(repeating: "学", count: 40) + "参",
            String(repeating: "学", count: 16) + "见" + String(repeating: "校", count: 7) + "如",
        ]
        for text in texts {
            let s = Array(text.unicodeScalars)
            for start in 0...s.count {
                let found = s.withUnsafeBufferPointer {
                    ScalarSearch.firstIndex(of: "见", "如", "参", in: $0, from: start)
                }
                #expect(found == plain(s, start), "\(text) from \(start)")
            }
        }
    }
}
