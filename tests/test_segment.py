from __future__ import annotations

from pipeline.clean import clean_report
from pipeline.segment import heading_level, heading_text, heading_words, segment_report

REPORT = """某区市场监督管理局2023年工作总结

一、执法办案

（一）查处违法案件。全年立案查处案件412件。一是开展“铁拳”行动，查处案件63件。二是加强行刑衔接。

1、案件质量。开展案卷评查2次。

二、消费维权

受理投诉举报9637件！办结率99.3%？
"""


def _segments(text: str = REPORT):
    clean = clean_report(text)
    return clean, segment_report(clean)


def test_heading_levels_and_text() -> None:
    assert heading_level("一、执法办案") == 1
    assert heading_level("（二）在战疫情中显担当。") == 2
    assert heading_level("(三)规范程序") == 2
    assert heading_level("3、大力弘扬宪法精神。") == 3
    assert heading_level("1.执法办案。全区立案") == 3
    assert heading_level("1.5万件") == 0
    assert heading_level("（1）总结推广") == 4
    assert heading_text("（一）深化改革。一是全方位推行网上办。") == "（一）深化改革"


def test_section_paths_follow_the_heading_tree() -> None:
    _, seg = _segments()
    paths = [s.path for s in seg.sections[1:]]
    assert paths == [
        "一、执法办案",
        "一、执法办案 > （一）查处违法案件",
        "一、执法办案 > （一）查处违法案件 > 1、案件质量",
        "二、消费维权",
    ]


def test_sentences_carry_their_section_and_inline_item() -> None:
    clean, seg = _segments()
    by_text = {s.text: s for s in seg.sentences}
    campaign = by_text["一是开展“铁拳”行动，查处案件63件。"]
    assert campaign.item == "一是开展“铁拳”行动，查处案件63件" or campaign.item.startswith("一是开展")
    assert seg.section(campaign.section_id).heading == "（一）查处违法案件"
    assert clean.text[campaign.start : campaign.end] == campaign.text
    assert "受理投诉举报9637件！" in by_text and "办结率99.3%？" in by_text


def test_pipe_tables_are_read_as_cells() -> None:
    text = "表1  分月情况\n\n| 月份 | 投诉 | 挽回经济损失(万元) |\n| --- | --- | --- |\n| 1月 | 24 | 10.5 |\n| 合计 | 50 | 20.1 |\n"
    clean, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["月份", "投诉", "挽回经济损失（万元）"]
    assert [[c.text for c in row] for row in table.rows] == [["1月", "24", "10.5"], ["合计", "50", "20.1"]]
    cell = table.rows[0][2]
    assert clean.text[cell.start : cell.end] == "10.5"
    assert table.caption.startswith("表1")


def test_a_second_header_row_under_merged_cells_names_the_columns() -> None:
    text = (
        "表2 受理情况\n\n| 年度 | 受理量（件） | | | 办结率（%） |\n| | 投诉 | 举报 | 咨询 | |\n"
        "| 2023年 | 1648 | 310 | 973 | 99.2 |\n"
    )
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["年度", "投诉（件）", "举报（件）", "咨询（件）", "办结率（%）"]
    assert [[c.text for c in row] for row in table.rows] == [["2023年", "1648", "310", "973", "99.2"]]


def test_periods_under_a_merged_header_keep_its_metric() -> None:
    text = (
        "| 领域 | 案件数（件） | | 罚没金额（万元） | |\n| | 2025年1-11月 | 去年同期 | 2025年1-11月 | 去年同期 |\n"
        "| 食品 | 40 | 35 | 12.5 | 9.8 |\n"
    )
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == [
        "领域",
        "2025年1-11月案件数（件）",
        "去年同期案件数（件）",
        "2025年1-11月罚没金额（万元）",
        "去年同期罚没金额（万元）",
    ]


def test_merged_cells_written_out_in_full_name_each_column_with_its_period() -> None:
    text = (
        "| 项目 | 2025年 | 2025年 | 2024年 | 2024年 |\n| --- | --- | --- | --- | --- |\n"
        "| 项目 | 立案（件） | 罚没款（万元） | 立案（件） | 罚没款（万元） |\n| 食品 | 31 | 4.2 | 27 | 3.9 |\n"
    )
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == [
        "项目",
        "2025年立案（件）",
        "2025年罚没款（万元）",
        "2024年立案（件）",
        "2024年罚没款（万元）",
    ]
    assert [[c.text for c in row] for row in table.rows] == [["食品", "31", "4.2", "27", "3.9"]]


def test_a_first_row_that_repeats_no_corner_is_a_row() -> None:
    text = "| 项目 | 2025年 | 2025年 |\n| --- | --- | --- |\n| 食品 | 立案 | 罚没 |\n| 药品 | 3 | 4 |\n"
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["项目", "2025年", "2025年"]


def test_tables_flattened_to_one_cell_per_line() -> None:
    text = "表2  投诉量居前的类别\n序号\n类别\n投诉量(件)\n1\n餐饮服务\n4862\n2\n食品\n3327\n\n正文继续。\n"
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["序号", "类别", "投诉量（件）"]
    assert [[c.text for c in row] for row in table.rows] == [["1", "餐饮服务", "4862"], ["2", "食品", "3327"]]
    assert any(s.text == "正文继续。" for s in seg.sentences)


def test_a_flattened_table_with_columns_headed_by_years() -> None:
    text = "项目\n2023年\n2022年\n增减%\n收到复议申请（件）\n215\n190\n13.16\n纠错率\n9.3%\n11.1%\n—\n\n正文继续。\n"
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["项目", "2023年", "2022年", "增减%"]
    assert [row[0].text for row in table.rows] == ["收到复议申请（件）", "纠错率"]


def test_a_flattened_table_with_rows_headed_by_months() -> None:
    text = "月份\n受理量\n办结量\n1月\n2035\n1980\n2月\n2101\n2050\n\n正文继续。\n"
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["月份", "受理量", "办结量"]
    assert [row[0].text for row in table.rows] == ["1月", "2月"]


def test_a_flattened_tables_row_may_open_with_qizhong() -> None:
    text = (
        "类别\n件数\n同比（%）\n服务类\n1834\n7.2\n其中：美容美发\n412\n9.5\n合计\n3071\n5.1\n\n正文继续。\n"
    )
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [row[0].text for row in table.rows] == ["服务类", "其中：美容美发", "合计"]


def test_a_flattened_table_whose_row_labels_have_no_digits_starts_its_rows_at_the_first_label() -> None:
    text = (
        "表3 分季度办案情况\n季度\n立案数（件）\n罚没款（万元）\n"
        "一季度\n41\n63.5\n二季度\n57\n—\n全年合计\n98\n63.5\n\n正文继续。\n"
    )
    _, seg = _segments(text)
    (table,) = seg.tables
    assert [c.text for c in table.header] == ["季度", "立案数（件）", "罚没款（万元）"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["一季度", "41", "63.5"],
        ["二季度", "57", "—"],
        ["全年合计", "98", "63.5"],
    ]


def test_heading_words_drop_the_number() -> None:
    assert heading_words("（一）按投诉性质分析") == "按投诉性质分析"
    assert heading_words("二、投诉的主要特点") == "投诉的主要特点"
    assert heading_words("从渠道看") == "从渠道看"


def test_a_sentence_opening_on_two_successive_quarters_is_not_a_heading() -> None:
    assert heading_level("二、三季度案件量明显高于一季度，主要是旅游旺季违法多发。") == 0
    assert heading_level("一、二月份受理投诉较少。") == 0
    assert heading_level("一、一季度工作情况") == 1
    assert heading_level("三、价格监督检查") == 1


def test_an_infographic_panel_marked_as_a_figure_is_still_a_heading() -> None:
    assert heading_level("[图] 第二部分　维权服务") == 1
    assert heading_level("【图片】二、执法办案") == 1
    assert heading_words("[图] 第二部分　维权服务") == "维权服务"
    assert heading_level("[图] 柱状图：近三年投诉量变化") == 0


def test_a_bare_rate_card_under_an_infographic_panel_takes_the_panels_topic() -> None:
    text = "某县市场监管局一图读懂\n\n[图] 第二部分　维权服务\n处理投诉\n1,204件\n按时办结率\n99.6%\n"
    _, seg = _segments(text)
    rate = next(s for s in seg.sentences if "办结率" in s.text)
    assert "维权服务" in seg.section(rate.section_id).path


def test_a_cell_of_words_with_figures_is_a_sentence_but_labels_and_numbers_are_not() -> None:
    _, seg = _segments(
        "| 项目 | 得分 | 佐证材料 |\n| --- | --- | --- |\n| 执法办案 | 18 | 查办案件35件 |\n| 普法宣传 | 9 | 开展活动 |\n"
    )
    assert [s.text for s in seg.sentences] == ["查办案件35件"]


def test_rows_with_pipes_between_their_cells_only_are_a_table() -> None:
    text = "项目        | 2025年 | 2024年\n------------+--------+-------\n立案查处案件 |  412   |  388\n罚没款（万元）| 356.2  | 301.7\n"
    _, seg = _segments(text)
    assert len(seg.tables) == 1
    table = seg.tables[0]
    assert [c.text for c in table.header] == ["项目", "2025年", "2024年"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["立案查处案件", "412", "388"],
        ["罚没款（万元）", "356.2", "301.7"],
    ]


def test_a_span_over_this_periods_and_last_years_columns_names_each() -> None:
    text = (
        "| 指标 | 1—6月累计 | | 6月当月 | |\n| --- | --- | --- | --- | --- |\n"
        "| | 本年 | 上年同期 | 本月 | 上年同月 |\n| 立案 | 812 | 760 | 141 | 133 |\n"
    )
    _, seg = _segments(text)
    assert [c.text for c in seg.tables[0].header] == ["指标", "1—6月累计", "上年同期", "6月", "上年同月"]


def test_a_bracketed_unit_note_under_a_caption_belongs_to_it() -> None:
    text = "表2　各县执法情况\n（数据截至6月30日，罚没款单位：万元）\n\n| 单位 | 立案数 | 罚没款 |\n| --- | --- | --- |\n| 甲县 | 41 | 52.3 |\n"
    _, seg = _segments(text)
    assert seg.tables[0].caption.endswith("罚没款单位：万元）")
