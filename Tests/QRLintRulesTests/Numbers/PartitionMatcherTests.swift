import Testing

@testable import QRLintRules

struct PartitionMatcherTests {
    private func match(_ labels: [String]) -> PartitionMatch? {
        PartitionMatcher.match(labels: labels.map { Array($0.unicodeScalars) }, lexicon: Numbers.lexicon)
    }

    @Test func completeFamilies() {
        #expect(match(["男生", "女生"])?.complete == true)
        #expect(match(["一年级", "二年级", "三年级"])?.family == "school-years")
        #expect(match(["正式在编", "外聘"])?.complete == true)
        #expect(match(["硕士", "本科", "本科以下"])?.complete == true)
    }

    /// 职称: a complete list may fall short of the total (ungraded teachers).
    @Test func shortfallAllowed() {
        let titles = match(["初级职称", "中级职称", "副高级职称", "正高级职称"])
        #expect(titles?.family == "title-levels")
        #expect(titles?.complete == true)
        #expect(titles?.shortfallAllowed == true)
    }

    @Test func incompleteOrNoFamily() {
        #expect(match(["国家级", "市级"])?.complete == false)
        // Nested subsets name no family: they are not summed.
        #expect(match(["专利授权", "发明专利"]) == nil)
        // The same member twice is not a partition.
        #expect(match(["在编", "正式在编"]) == nil)
    }

    /// Labels given as ranges of one array (runs of the analysis's pool) match as the same labels one by one.
    @Test func rangesOfOneArrayMatchLikeArrays() {
        let lists = [
            ["男生", "女生"], ["初级职称", "中级职称", "副高级职称", "正高级职称"], ["国家级", "市级"],
            ["专利授权", "发明专利"], ["30岁以下", "31-40岁", "41-50岁", "51岁及以上"], ["21-30岁", "25-40岁"], ["硕士"],
        ]
        for labels in lists {
            var scalars = Array("前缀".unicodeScalars)
            var ranges: [Range<Int>] = []
            for label in labels {
                let start = scalars.count
                scalars += label.unicodeScalars
                ranges.append(start..<scalars.count)
            }
            #expect(
                PartitionMatcher.match(labels: ranges, in: scalars, lexicon: Numbers.lexicon) == match(labels),
                "\(labels)")
        }
    }

    @Test func ageBands() {
        #expect(match(["30岁以下", "31-40岁", "41-50岁", "51岁及以上"])?.complete == true)
        #expect(match(["21-30岁", "31-40岁", "41-50岁", "51-60岁"])?.complete == false)
        #expect(match(["21-30岁", "25-40岁"]) == nil)
    }

    /// Each family's spelling first scalars: every spelling starts with one, and a label without any names no
    /// member of the family.
    @Test func spellingFirstsCoverEverySpelling() {
        let lexicon = Numbers.lexicon
        for (index, spellings) in lexicon.familySpellings.enumerated() {
            for (_, spelling) in spellings {
                #expect(lexicon.familySpellingFirsts[index].contains(spelling[0].value))
            }
        }
        #expect(match(["图书馆", "实训室"]) == nil)
    }

    /// The member indices stand for the names: each spelling's index names its member, each cover's indices
    /// name the cover's members.
    @Test func memberIndicesNameTheMembers() {
        let lexicon = Numbers.lexicon
        for (index, family) in lexicon.families.enumerated() {
            let spellings = lexicon.familySpellings[index]
            let members = lexicon.familySpellingMembers[index]
            #expect(spellings.count == members.count)
            for (k, entry) in spellings.enumerated() {
                #expect(family.members[members[k]].name == entry.member)
            }
            #expect(lexicon.familyCoverMembers[index].map { $0.map { family.members[$0].name } } == family.covers)
        }
    }
}
