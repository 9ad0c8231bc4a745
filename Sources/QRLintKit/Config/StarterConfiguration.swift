/// What `qrlint init` writes: every key, with its meaning in `//` entries.
enum StarterConfiguration {
    static let text = """
        {
          "//": "qrlint 配置文件。qrlint 从每个被检查文件所在目录向上查找 .qrlint.json；命令行选项优先于这里的设置。",
          "template": "auto",
          "//template": "模板：auto 自动识别，或 zhongzhi-2025、jigong-2024、district 等（qrlint templates 列出全部）",
          "reportYear": 2025,
          "//reportYear": "报告年度：标题里没有写年度时使用",
          "rules": {
            "structure.order": "info",
            "//": "每条规则可设为 error、warning、info 或 off（关闭）；qrlint rules 列出全部规则"
          },
          "ignore": ["归档/**"],
          "//ignore": "不检查的文件（相对本文件所在目录；* 匹配一层，** 匹配多层）",
          "extends": [],
          "//extends": "继承的其他配置文件，或附加的规则包目录"
        }

        """
}
