import Testing

@testable import QRLintRules

struct ChangeFinderTests {
    private func changes(_ text: String) -> [ChangeClaim] { Numbers.analyse(text).claims.changes }

    @Test func absoluteRelativeAndPoints() {
        let a = changes("2025年度学校共计招生3211人，同比上一年减少224人。")
        #expect(a.first?.current.value == 3211)
        #expect(a.first?.change.value == 224)
        #expect(a.first?.direction == .down)
        #expect(changes("经费收入9000万元，较上年增长12.5%。").first?.change.kind == .percent)
        #expect(changes("落实率97.3%，较上年提高2.2个百分点。").first?.change.kind == .points)
    }

    /// "增长至" states the new value; a new subject between value and comparison is another statement.
    @Test func notChanges() {
        #expect(changes("在校生4800人，较上年增长至5000人。").isEmpty)
        #expect(changes("落实人数1420人，毕业去向落实率较上年提高12.2%。").isEmpty)
        #expect(changes("学校招生3211人。").isEmpty)
    }
}
