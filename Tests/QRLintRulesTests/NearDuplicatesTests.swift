import Testing

@testable import QRLintRules

/// Paragraph pairing for `structure.duplicate-paragraph`: exact copies and near copies, each later paragraph
/// paired with its best earlier one.
struct NearDuplicatesTests {
    private let base = Array("学校坚持立德树人根本任务构建思政课程与课程思政协同育人体系全年开展主题班会三百余场覆盖全体在校学生".unicodeScalars)
    private let other = Array("学校传承工匠精神邀请全国技术能手来校讲座六场组织学生参观本地非遗工坊开展传统技艺体验活动二十余次".unicodeScalars)

    @Test func everyCopyPairsWithTheFirstEvenWhenThereAreMany() {
        // More copies than a shingle may be shared by (`maxPostings`): still every copy is found.
        let texts = Array(repeating: base, count: 20) + [other]
        let pairs = NearDuplicates.pairs(texts, threshold: 0.8)
        #expect(pairs.map(\.later) == Array(1..<20))
        #expect(pairs.allSatisfy { $0.earlier == 0 && $0.similarity == 1 && $0.isCopy })
    }

    @Test func nearCopyPairsWithItsOriginalAndDifferentTextsDoNot() {
        var near = base
        near[near.count - 3] = "多"
        let pairs = NearDuplicates.pairs([base, other, near, base], threshold: 0.8)
        #expect(pairs.map { [$0.earlier, $0.later] } == [[0, 2], [0, 3]])
        #expect(pairs[0].similarity < 1 && pairs[0].similarity >= 0.8)
        #expect(pairs[1].similarity == 1)
        #expect(!pairs[0].isCopy && pairs[1].isCopy)
    }
}
