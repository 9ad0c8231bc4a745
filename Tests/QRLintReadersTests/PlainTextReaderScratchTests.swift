import QRLintCore
import QRLintReaders
import Testing

@Test func plainTextScratch() {
    let inputs = [
        // split number, page numbers mid-sentence
        """
        学校现有教职工共计 12
        34 人，其中专任教师 1002 人，兼职教师 232 人，外聘行业
        
        - 5 -
        
        导师 45 人。学校生师比为 18：1，双师型教师占比 86%，高
        
        6
        
        于全市平均水平。
        """,
        // lone numbers that are table values, not page numbers
        """
        表 3 学生规模近三年变化趋势

        997

        363 339

        96%

        学校在校生人数稳定增长，招生人数和毕业生人数保持平稳。
        """,
        // TOC
        """
        目 录

        前言\t1
        1 学校概况\t1
        1.1 基本情况\t1
        1.2 办学条件 ........ 2

        2 人才培养 3
        - I -

        图目录

        图 1 学校大门\t2
        表 1：学生情况统计表……5

        1 学校概况

        1.1 基本情况

        图 1 学校大门
        """,
        // TOC elsewhere: heading-like line with tab page
        """
        前言

        2.1 立德树人\t6
        """,
        // nesting
        """
        2 人才培养

        2.5 教师队伍建设

        典型案例 3：校企共建教师发展中心

        一、背景与目的

        学校以教师发展中心为平台，推动教师专业成长。

        二、具体举措

        2.6 实训基地建设

        （一）建设情况
        """,
        """
        一、学校概况

        （一）基本情况

        1.办学历史

        2.办学条件

        （二）专业设置

        二、人才培养
        """,
        // list items and years
        """
        6.2 政策落实

        近两年学校主要做了以下工作：

        1.学校办学条件达标工作全面合格；

        2.《职业学校学生实习管理规定》实施以来，学校严守“1 个

        底线”，规范实习管理。

        2023 年：1：20

        1996 年 5 月经市人力社保局批准成立

        27 人。

        96 人；公共管理与服务类 23 人；旅游类 27 人；电子与信息类
        """,
    ]
    for input in inputs {
        print("=====")
        print(plainTextDump(input))
    }
}
