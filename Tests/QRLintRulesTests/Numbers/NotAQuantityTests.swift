import Testing

@testable import QRLintRules

/// Numbers that are not amounts are not read: dates, document numbers, codes, phones, list markers, heading
/// numbers, ranks, names with digits, page numbers.
struct NotAQuantityTests {
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
