import QRLintCore
import Testing

@testable import QRLintRules

struct TitleKeyTests {
    @Test func equalTitlesAreTheSame() {
        #expect(TitleKey("学校概况").same(as: TitleKey("学校概况")))
        #expect(!TitleKey("学校概况").same(as: TitleKey("学校概貌")))
        #expect(TitleKey("学校概况").isStable)
        #expect(TitleKey("（一）Abc：1").isStable)
    }

    @Test func countIsTheNumberOfScalars() {
        #expect(TitleKey("学校概况").count == 4)
        #expect(TitleKey("").count == 0)
        #expect(TitleKey("cafe\u{301}").count == 5)
    }

    @Test func equivalentSpellingsAreTheSameAsStrings() {
        // A CJK compatibility ideograph and its canonical twin, a decomposed and a composed é.
        let compatibility = TitleKey("\u{F900}")
        let unified = TitleKey("\u{8C48}")
        #expect(!compatibility.isStable)
        #expect(unified.isStable)
        #expect(compatibility.same(as: unified) == ("\u{F900}" == "\u{8C48}"))
        #expect(TitleKey("cafe\u{301}").same(as: TitleKey("caf\u{E9}")))
        #expect(!TitleKey("cafe\u{301}").same(as: TitleKey("cafe")))
    }

    @Test func tableUnitesTheMasksOfEqualEntries() {
        var table = TitleTable()
        table.insert(TitleKey("人才培养"), mask: 1)
        table.insert(TitleKey("人才培养"), mask: 4)
        table.insert(TitleKey("服务贡献"), mask: 2)
        table.insert(TitleKey("caf\u{E9}"), mask: 8)
        table.insert(TitleKey("cafe\u{301}"), mask: 16)
        #expect(table.mask(TitleKey("人才培养")) == 5)
        #expect(table.mask(TitleKey("服务贡献")) == 2)
        #expect(table.mask(TitleKey("国际合作")) == 0)
        #expect(table.mask(TitleKey("caf\u{E9}")) == 24)
        #expect(table.mask(TitleKey("cafe\u{301}")) == 24)
    }

    /// Read through a pointer, a key gives the table the mask it gives by value, with or without an entry
    /// compared as a string.
    @Test func tableMaskOfAKeyInPlaceIsTheMaskOfItsValue() {
        var stableOnly = TitleTable()
        stableOnly.insert(TitleKey("人才培养"), mask: 1)
        stableOnly.insert(TitleKey("caf\u{E9}"), mask: 8)
        var mixed = stableOnly
        mixed.insert(TitleKey("cafe\u{301}"), mask: 16)
        for table in [stableOnly, mixed] {
            for title in ["人才培养", "服务贡献", "caf\u{E9}", "cafe\u{301}", "\u{F900}", ""] {
                let key = TitleKey(title)
                #expect(withUnsafePointer(to: key) { table.mask($0) } == table.mask(key), "\(title)")
            }
        }
    }

    @Test func titleMatchFindsExactAliasAndNear() {
        let target = NormalizedTitle("学校概况", aliases: ["学校基本情况"], accepted: ["学校情况"])
        #expect(TitleMatch.of(normalized: "学校概况", target: target) == .exact)
        #expect(TitleMatch.of(normalized: "学校情况", target: target) == .exact)
        #expect(TitleMatch.of(normalized: "学校基本情况", target: target) == .alias("学校基本情况"))
        #expect(TitleMatch.of(normalized: "学校概貌", target: target) == .near)
        #expect(TitleMatch.of(normalized: "国际合作", target: target) == nil)
        #expect(TitleMatch.of(normalized: "", target: target) == nil)
    }

    @Test func normalizedScalarsMatchNormalize() {
        for title in ["“三教”改革", "前 言", "目录：”", "一、学校概况。", "", "：", "《年报》公开"] {
            let scalars = Array(title.unicodeScalars)
            #expect(String(scalars: TitleText.normalizedScalars(scalars)) == TitleText.normalize(scalars))
        }
        #expect(TitleText.normalize("“三教”改革") == "三教改革")
        #expect(TitleText.normalize("前 言") == "前言")
    }
}
