import Testing

@testable import QRLintRules

/// Institutions named in the text: their figures are not the report's own.
struct EntityMentionTests {
    private func entity(_ text: String, own: String = "") -> String? {
        let s = Array(text.unicodeScalars)
        for i in s.indices where EntityReader.mayStartSuffix(s[i]) {
            if let e = EntityReader.read(s, at: i, limit: s.count, own: Array(own.unicodeScalars)) {
                return LabelExtractor.string(s[e.range])
            }
        }
        return nil
    }

    @Test func namedInstitutions() {
        #expect(entity("璧山职教中心创建于1958年") == "璧山职教中心")
        #expect(entity("学校与重庆旅游职业学院合作") == "重庆旅游职业学院")
        #expect(entity("璧山工业学校：学校现有在校生") == "璧山工业学校")
    }

    @Test func genericWordsAndTheReportsOwnName() {
        #expect(entity("全区中职学校共有在校生") == nil)
        #expect(entity("各职业学校均开设") == nil)
        #expect(entity("与9所高职院校合作") == nil)
        #expect(entity("星河职业技术学校开设专业", own: "重庆市星河职业技术学校2025年度质量年度报告") == nil)
    }

    @Test func ownNameIsFoundWhereverItsSuffixLinesUp() {
        let own = Array("重庆市星河职业技术学校、星河学校与重庆大学联合报告".unicodeScalars)
        let name = OwnNameProbe(own)
        let names = ["星河职业技术学校", "河职业技术学校", "重庆市星河职业技术学校", "星河学校", "重庆大学", "庆大学", "星河大学", "联合学校"]
        for text in names {
            #expect(name.indexed(text) == name.bruteForce(text), "\(text)")
        }
        #expect(name.indexed("星河职业技术学校"))
        #expect(!name.indexed("星河大学"))
    }

    /// The own-name check against a plain search of the title.
    private struct OwnNameProbe {
        let own: [Unicode.Scalar]
        let index: EntityReader.OwnName
        init(_ own: [Unicode.Scalar]) {
            self.own = own
            index = EntityReader.OwnName(own)
        }
        func indexed(_ text: String) -> Bool {
            let s = Array(text.unicodeScalars)
            let suffixStart = s.indices.last { i in
                ["职业技术学校", "学校", "大学"].contains { LabelText.hasPrefix(s, i, s.count, Array($0.unicodeScalars)) }
            }!
            return index.contains(s, 0..<s.count, suffixStart: suffixStart)
        }
        func bruteForce(_ text: String) -> Bool {
            let s = Array(text.unicodeScalars)
            return own.indices.contains { LabelText.hasPrefix(own, $0, own.count, s) }
        }
    }

    @Test func figuresAfterAnInstitutionAreItsOwn() {
        let analysis = Numbers.analyse("璧山职教中心创建于1958年，现有在校生6200人。全区在校生12680人。")
        let q = analysis.quantities
        #expect(q.map { $0.entity.map(analysis.pool.string) } == ["璧山职教中心", nil])
    }

    @Test func suffixTableFindsTheLongestSuffixAtAPlace() {
        let s = Array("重庆旅游职业技术学院与璧山职校".unicodeScalars)
        #expect(EntityReader.tables.suffixLength(s, at: 4, limit: s.count) == 6)
        #expect(EntityReader.tables.suffixLength(s, at: 4, limit: 9) == 0)
        #expect(EntityReader.tables.suffixLength(s, at: 13, limit: s.count) == 2)
        #expect(EntityReader.tables.suffixLength(s, at: 0, limit: s.count) == 0)
    }
}
