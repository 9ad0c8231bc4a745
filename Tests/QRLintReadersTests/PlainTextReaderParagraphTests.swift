import QRLintCore
import QRLintReaders
import Testing

@Suite("PlainTextReader paragraphs")
struct PlainTextReaderParagraphTests {
    @Test func wrappedLinesWithBlankLinesBetween() {
        let text = """
            重庆市星河职业技术学校

            2025 年度质量年度报告

            1 学校概况

            1.1 基本情况

            重庆市星河职业技术学校是一所公办中等职业学校，始建于

            1985 年，学校占地面积 120 亩，现有在校生 3200 人，教职工

            286 人。学校开设专业 12 个，其中市级骨干专业 3 个。

            学校坚持立德树人根本任务，深化产教融合，累计为社会培养
            技能人才 4.2 万人。
            """
        print(plainTextDump(text))
    }
}
