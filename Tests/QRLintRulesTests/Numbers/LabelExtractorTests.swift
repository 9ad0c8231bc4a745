import Testing

@testable import QRLintRules

/// The noun phrase before a number and the measure it names through the pack's labels.
struct LabelExtractorTests {
    /// The measure id and the qualifier of the first quantity's label.
    private func label(_ text: String) -> (measure: String?, qualifier: String)? {
        let analysis = Numbers.analyse(text)
        guard let label = analysis.quantities.first?.label else { return nil }
        return (Numbers.measure(label), analysis.qualifier(label))
    }

    @Test func measuresThroughAliases() {
        #expect(label("全校教职工总数639人")?.measure == "staff")
        #expect(label("专任教师数488，")?.measure == "full-time-teachers")
        #expect(label("在校学生9313人")?.measure == "students")
        #expect(label("学校全日制在校生 4800 人")?.measure == "students")
        #expect(label("学历教育在校生总数9313人")?.measure == "students")
        #expect(label("专任教师中“双师型”教师 150 人")?.measure == "dual-teachers")
        #expect(label("2025 届毕业生 1480 人")?.measure == "graduates")
        #expect(label("2024年毕业2926人")?.measure == "graduates")
    }

    /// What stays in front of a known label qualifies it: "初级“双师素质”" is not "“双师素质”".
    @Test func qualifiers() {
        #expect(label("具有“双师素质”225人")?.qualifier == "")
        #expect(label("其中具有初级“双师素质”135人")?.qualifier == "初级")
        #expect(label("市级骨干专业 3 个")?.qualifier == "市级骨干")
        // "专任教师中": the measure the “双师型” teachers lie within says where they are counted, not which part.
        #expect(label("专任教师中“双师型”教师 150 人")?.qualifier == "")
        #expect(label("就业学生中对口就业 620 人")?.qualifier == "")
    }

    /// A unit that does not fit the measure: 资助学生 3600 人次 is not a count of 学生 in 人.
    @Test func unitMustFit() {
        #expect(label("在校生满意度 95%")?.measure == "satisfaction")
        #expect(label("培训在校生 300 人次")?.measure == nil)
    }

    @Test func labelTextStripping() {
        #expect(LabelText.strip(Array("学校现有教职工".unicodeScalars)) == Array("教职工".unicodeScalars))
        #expect(LabelText.strip(Array("2024年度全校教职工总数为".unicodeScalars)) == Array("教职工总数".unicodeScalars))
        #expect(LabelText.strip(Array("报告2024年学校在校生".unicodeScalars)) == Array("在校生".unicodeScalars))
        #expect(LabelText.normalize(Array("“双师型” 教师".unicodeScalars)) == "双师型教师")
    }

    /// "在校生总数（5175人）": the number opening a parenthesis takes the phrase before it.
    @Test func parenthesisedNumber() {
        let q = Numbers.quantities("约占全区中职在校生总数（5175人）的三分之一")
        #expect(Numbers.measure(q.first?.label) == "students")
    }

    @Test func clauseEndBitsMatchThePredicate() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if NumberScalars.clauseEnds.contains(value) != NumberScalars.endsClause(scalar) {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
    }
}

/// The scanner's label buffer, kept from one label to the next, gives the labels a fresh array gave.
struct LabelScratchTests {
    @Test func reusedBufferGivesTheSameLabels() {
        let phrases = ["“双师型”教师", "专任 教师", "在校生", "“1+X”证书 获得者"].map { Array($0.unicodeScalars) }
        var pool = ScalarPool()
        var scratch: [Unicode.Scalar] = Array("很长的上一个短语留下的内容".unicodeScalars)
        for phrase in phrases {
            let fresh = LabelExtractor.label(
                phrase, range: 0..<phrase.count, baseUnit: nil, kind: .bare, lexicon: Numbers.lexicon, pool: &pool)
            let reused = LabelExtractor.label(
                phrase, range: 0..<phrase.count, baseUnit: nil, kind: .bare, lexicon: Numbers.lexicon, pool: &pool,
                scratch: &scratch)
            #expect(pool.string(fresh.scalars) == pool.string(reused.scalars))
            #expect(fresh.measure == reused.measure)
            #expect(pool.string(fresh.qualifier) == pool.string(reused.qualifier))
        }
    }
}
