import Testing

@testable import QRLintRules

/// Numbers that are not amounts are not read: dates, document numbers, codes, phones, list markers, heading
/// numbers, ranks, names with digits, page numbers.
struct NotAQuantityTests {
    /// The shortcut for numbers between Chinese characters answers as every test in turn does, for numbers of
    /// every shape the tests look at between neighbours of every kind they tell apart.
    @Test func shortcutAgreesWithEveryTest() {
        let befores = ["", "教", "数 ", "第", "第 ", "每", "前", " ", "  ", "-", "—", "（", "(", "V", "〔", "。", "1.", "1-"]
        let afters = ["", "人", "年", "月", " ", " 人", "  ", "-", "—", "）", ")", ".", ".5", "/1", "-12345", "、", "+"]
        let numbers = ["3", "12", "639", "2024", "2024.09", "2024.9", "1990.123", "13800138000", "1,234,567", "0.5"]
        for before in befores {
            for after in afters {
                for written in numbers {
                    let s = Array((before + written + after).unicodeScalars)
                    let start = before.unicodeScalars.count
                    guard let number = ArabicNumberReader.read(s, at: start, limit: s.count) else { continue }
                    #expect(
                        NotAQuantity.isExcluded(s, start: start, end: number.end, number: number, limit: s.count)
                            == NotAQuantity.isExcludedByEveryTest(
                                s, start: start, end: number.end, number: number, limit: s.count),
                        "\(before)|\(written)|\(after)")
                }
            }
        }
    }

    @Test(arguments: [
        "2026 年 1 月 8 日",
        "按照渝教职成发〔2023〕2号文件要求",
        "实施“1+X”证书制度",
        "开展“3+2”中高职贯通培养",
        "建成5G实训室",
        "联系电话：023-68001234",
        "手机 13800138000",
        "1. 完善制度；2. 加强培训",
        "（1）完善制度",
        "详见 2.1.3 节",
        "荣获全市第一名，第3名",
        "位于正舟路北段503号",
        "围绕“33618”现代制造业集群",
        "如表1所示",
        "- 12 -",
        "近3年来",
        "每5年轮训一次",
        "ISO9001质量体系",
        "2024.09 开学",
        "网址为 https://www.example.cn/2024/1.html",
        "十四五规划，三教改革，一带一路，五育并举",
        "一年级、高二学生",
    ])
    func notAQuantity(_ text: String) {
        let analysis = Numbers.analyse(text)
        let found = analysis.quantities
        #expect(found.isEmpty, "\(text) → \(found.map(analysis.text))")
    }
}
