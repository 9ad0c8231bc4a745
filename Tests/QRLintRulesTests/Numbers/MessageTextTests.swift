import Testing

@testable import QRLintRules

/// Messages written piece by piece into one UTF-8 buffer.
struct MessageTextTests {
    @Test func piecesAreJoinedInOrder() {
        let analysis = Numbers.analyse("专任教师中“双师型”教师 135 人，占比 60.5%。")
        let quantities = analysis.quantities
        #expect(quantities.count == 2)
        var text = MessageText(capacity: 4)
        text.append("比例：")
        text.appendNumber(of: quantities[1], in: analysis.pool)
        text.append(" ÷ ")
        text.append(analysis.pool[quantities[0].text])
        #expect(text.string == "比例：60.5 ÷ 135 人")
    }

    @Test func descriptionsMatchTheInterpolatedForm() {
        let analysis = Numbers.analyse("在编 380人，外聘教师 40 人。")
        for q in analysis.quantities {
            let label = analysis.text(q.label)
            let expected = label.isEmpty ? analysis.text(q) : "\(label) \(analysis.text(q))"
            #expect(q.described(in: analysis.pool) == expected)
            #expect(q.described(after: "分项：", in: analysis.pool) == "分项：" + expected)
        }
    }

    @Test func numbersAreJoinedBySeparators() {
        let analysis = Numbers.analyse("硕士32人，本科396人，本科以下60人。")
        var text = MessageText()
        text.appendNumbers(of: analysis.quantities[...], separator: "+", in: analysis.pool)
        #expect(text.string == "32+396+60")
        #expect(analysis.quantities.valueSum == 488)
        #expect(analysis.quantities.intervalSum == NumberInterval.point(488))
        #expect(analysis.quantities.looseIntervalSum == NumberInterval.sum(analysis.quantities.map(\.looseInterval)))
    }
}
