import Testing

@testable import QRLintRules

/// The quantity extractor: numbers, units, multipliers, approximations, ranges, Chinese numerals.
struct QuantityScannerTests {
    private func one(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
        let analysis = Numbers.analyse(text)
        let found = analysis.quantities
        #expect(found.count == 1, "\(found.map(analysis.text))", sourceLocation: sourceLocation)
        return found.first
    }

    @Test func activeScalarsAreExactlyThoseThePredicateAccepts() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let inSet = QuantityScanner.active.contains(value)
            if inSet != QuantityScanner.isActive(scalar) { Issue.record("U+\(String(value, radix: 16))") }
        }
    }

    /// The table of kinds agrees with the predicates for every scalar of the BMP: inactive ones are `.none`, and
    /// an active one takes the branch the scan's tests give it.
    @Test func scalarKindsAreThoseOfThePredicates() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if QuantityScanner.scalarKinds[Int(value)] != QuantityScanner.kind(of: scalar) {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
        #expect(QuantityScanner.kind(of: "学") == .entityOnly)
        #expect(QuantityScanner.kind(of: "一") == .other)
        #expect(QuantityScanner.kind(of: "。") == .sentenceEnd)
        #expect(QuantityScanner.kind(of: "３") == .digit)
        #expect(QuantityScanner.kind(of: "教") == .none)
    }

    @Test func unitsAndBaseValues() {
        #expect(one("学校有教职工 286 人。")?.value == 286)
        #expect(one("学校有教职工 286 人。")?.kind == .count)
        #expect(one("教学仪器设备总值 3200 万元。")?.value == 32_000_000)
        #expect(Numbers.baseUnit(one("教学仪器设备总值 3200 万元。")) == "元")
        #expect(one("全年经费 1.73亿元。")?.value == 173_000_000)
        #expect(one("馆藏图书 12 万册。")?.value == 120_000)
        #expect(one("占地面积329800.11m²。")?.value == 329_800.11)
        #expect(Numbers.baseUnit(one("新增市级骨干教师 4 名。")) == "人")
        #expect(one("较上年提高 2.1 个百分点。")?.kind == .points)
    }

    @Test func percentagesRatiosAndFullWidth() {
        let rate = one("毕业去向落实率 97.3%。")
        #expect(rate?.kind == .percent)
        #expect(rate?.interval == NumberInterval(low: 97.25, high: 97.35))
        #expect(one("占比 12.5％。")?.value == 12.5)
        #expect(one("生师比 18.7:1。")?.value == 18.7)
        #expect(one("生师比 18.7:1。")?.kind == .ratio)
        #expect(one("师生比 1：20。")?.value == 0.05)
        #expect(one("学校有教职工２８６人。")?.value == 286)
        #expect(one("学生 1,234 人。")?.value == 1234)
    }

    @Test func chineseNumerals() {
        #expect(one("开设二十二个专业。")?.value == 22)
        #expect(one("培训三千余人。")?.interval == NumberInterval(low: 3000, high: 4000))
        #expect(one("达到百分之九十五。")?.value == 95)
        #expect(one("形成两个专业群。")?.value == 2)
        let third = one("约占总数的三分之一。")
        #expect(third?.kind == .percent)
        #expect(third?.interval.contains(32.4) == true)
    }

    @Test func approximationsAndRanges() {
        #expect(one("在校生9300余人。")?.interval == NumberInterval(low: 9300, high: 9400))
        #expect(one("在校生9300余人。")?.approximation == .odd)
        #expect(one("总建筑面积约19万平方米。")?.approximation == .about)
        #expect(one("开展活动超过10项。")?.interval.high == .infinity)
        #expect(one("参与率90%以上。")?.approximation == .atLeast)
        #expect(one("新增课程3～5门。")?.interval == NumberInterval(low: 3, high: 5))
        #expect(one("生均经费1800元-2000元。")?.interval == NumberInterval(low: 1800, high: 2000))
        #expect(one("不足 100 人。")?.interval == NumberInterval(low: 0, high: 100))
    }

    /// Exact counts are points; printed decimals and multipliers are rounding intervals.
    @Test func precision() {
        #expect(one("学校有教职工 286 人。")?.interval.isPoint == true)
        #expect(one("学校有教职工 286 人。")?.roundingUnit == 0)
        let money = one("投入 6478.83万元。")
        #expect(money?.interval.width ?? 0 > 99.99)
        #expect(money?.interval.width ?? 0 < 100.01)
    }

    /// "51-60岁63人": the age band is the label of the count after it.
    @Test func numberRightBeforeANumberIsItsLabel() {
        let q = one("51-60岁63人。")
        #expect(q?.value == 63)
        let analysis = Numbers.analyse("51-60岁63人。")
        #expect(analysis.quantities.first.map { analysis.text($0.label) } == "51-60岁")
    }

    @Test func yearsScopeTheirSentence() {
        let found = Numbers.quantities("2024年毕业2926人，2025年毕业3112人。学校开设专业 22 个。")
        // The third sentence states no year: it is the report's year (nil here).
        #expect(found.map(\.year) == [2024, 2025, nil])
        let opening = Numbers.quantities("2024年度，全校教职工总数576人。专任教师数488，其中外聘128人。")
        #expect(opening.map(\.year) == [2024, 2024, 2024])
        // An event date does not scope: 创办于1985年.
        #expect(Numbers.quantities("学校创办于1985年，现有教职工286人。").first?.year == nil)
        // "上年" is the year before the report year (2025 in these tests).
        #expect(Numbers.quantities("上一学年共计招收新生2696人。").first?.year == 2024)
        // "由2024年的…": the year of that number only.
        #expect(Numbers.quantities("在校生由2024年的9647人减少到9313人。").map(\.year) == [2024, nil])
        // The base of a comparison is not a scope.
        #expect(Numbers.quantities("招生3211人，同比上一年减少224人。").map(\.year) == [nil, nil])
    }
}
