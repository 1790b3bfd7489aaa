from __future__ import annotations

from pipeline.clean import _WIDTH_CHARS_RE, _WIDTH_MAP, clean_report


def _clean(text: str, kind: str = "text"):
    return clean_report(text, kind)


def _raw_of(report, raw: str, needle: str) -> str:
    start = report.text.index(needle)
    s, e = report.raw_span(start, start + len(needle))
    return raw[s:e]


def test_web_chrome_lines_are_removed() -> None:
    raw = (
        "当前位置：首页 > 政务公开 > 工作动态\n"
        "某市市场监管局2023年工作总结\n"
        "发布时间：2024-01-26  来源：某市市场监督管理局  浏览次数：1,204  字号：大 中 小\n"
        "全年查办案件326件。\n"
        "【打印本页】　【关闭窗口】\n"
        "上一篇：某某通知\n"
    )
    text = _clean(raw).text
    assert (
        "当前位置" not in text and "浏览次数" not in text and "打印本页" not in text and "上一篇" not in text
    )
    assert "全年查办案件326件。" in text


def test_page_break_inside_a_sentence_is_mended_and_page_numbers_dropped() -> None:
    raw = "（二）严格执法，维护市场秩序。全年共查\n\n- 2 -\n\n办案件 326 件，结案 298 件。\n"
    report = _clean(raw)
    assert "全年共查办案件326件，结案298件。" in report.text
    assert _raw_of(report, raw, "326件") == "326 件"


def test_title_lines_are_not_joined_to_the_paragraph_after_them() -> None:
    raw = "某县市场监督管理局2023年法治政府建设情况报告\n\n2023年，县局扎实推进法治建设，成效明显，现报告如下：\n"
    assert _clean(raw).text.startswith("某县市场监督管理局2023年法治政府建设情况报告\n")


def test_full_width_digits_and_spaces_inside_numbers() -> None:
    report = _clean("完成抽检１２３６批次，立案 1 5起，合格率 97.82 %。")
    assert "1236批次" in report.text
    assert "15起" in report.text
    assert "97.82%" in report.text
    assert "4126台" in _clean("在用电梯4 126台（部）").text  # a space as thousands separator
    assert "2400余条" in _clean("收到举报线索2 400余条").text


def test_the_width_pattern_finds_exactly_the_mapped_characters() -> None:
    # The pattern is written as ranges for speed; it must not drift from the map.
    candidates = "".join(chr(code) for code in range(0x80, 0x10000))
    found = set("".join(_WIDTH_CHARS_RE.findall(candidates)))
    assert found == set(_WIDTH_MAP)


def test_ascii_punctuation_used_as_chinese_becomes_full_width_but_numbers_keep_theirs() -> None:
    text = _clean("2020年,在(一)说明:本表;浏览2,386次,时间10:32").text
    assert text == "2020年，在（一）说明：本表；浏览2,386次，时间10:32"


def test_traditional_characters_are_converted_keeping_offsets() -> None:
    raw = "全省共查辦各類違法案件8.26萬件，罰沒款合計184536.2萬元。"
    report = _clean(raw)
    assert report.converted_from_traditional
    assert "查办各类违法案件8.26万件" in report.text
    assert _raw_of(report, raw, "8.26万件") == "8.26萬件"


def test_pinyin_glosses_and_stray_tags_are_removed() -> None:
    raw = '加強監(jiān)管，<span class="x">查處</span>案件12件&nbsp;。'
    report = _clean(raw)
    assert "加强监管，查处案件12件。" in report.text
    assert _raw_of(report, raw, "12件") == "12件"


def test_repost_header_keeps_the_headline_as_text() -> None:
    text = _clean("【本文转载自“某某发布”微信公众号，原标题：《全市受理诉求超40万件》】\n正文。").text
    assert "全市受理诉求超40万件" in text and "转载" not in text and "《" not in text


def test_running_title_repeated_mid_text_is_dropped() -> None:
    raw = "某市市场监管局2023年度工作报告\n\n正文第一段，有数字12件。\n\n某市市场监管局2023年度工作报告\n\n正文第二段。\n"
    text = _clean(raw).text
    assert text.count("某市市场监管局2023年度工作报告") == 1


def test_a_table_header_repeated_over_several_tables_is_kept() -> None:
    raw = (
        "某局2023年政府信息公开工作年度报告\n\n正文第一段，有数字12件。\n\n"
        "信息内容              本年处理决定数量\n行政许可              1846\n\n"
        "信息内容              本年处理决定数量\n行政处罚              131\n"
    )
    text = _clean(raw).text
    assert text.count("信息内容") == 2


def test_a_repeated_header_over_a_row_whose_number_has_spaced_thousands_is_kept() -> None:
    raw = (
        "某局2023年政府信息公开工作年度报告\n\n正文第一段，有数字12件。\n\n"
        "信息内容        本年处理决定数量\n行政许可        21 604\n\n"
        "信息内容        本年处理决定数量\n行政处罚        2 318\n"
    )
    assert _clean(raw).text.count("信息内容") == 2


def test_a_thousands_comma_cut_by_a_line_break_keeps_the_number_whole() -> None:
    raw = "正文第一段，全局共立案查处各类违法案件1,\n234件，罚没款2,345.6万元。\n环节,30分钟。\n"
    text = _clean(raw).text
    assert "1,234件" in text and "环节，30分钟" in text
    assert _raw_of(_clean(raw), raw, "1,234件") == "1,\n234件"


def test_html_becomes_text_with_pipe_tables_and_offsets() -> None:
    raw = (
        "<html><head><title>某县12315数据</title><style>p{color:red}</style></head><body>"
        "<p>全县受理投诉&amp;举报\n4,386件。</p>"
        "<table><tr><th>月份</th><th>投诉(件)</th></tr><tr><td>7月</td><td>812</td></tr></table>"
        "</body></html>"
    )
    report = _clean(raw, "html")
    assert "color" not in report.text
    assert "全县受理投诉&举报4,386件。" in report.text
    rows = [line.replace(" ", "") for line in report.text.split("\n") if line.startswith("|")]
    assert rows == ["|月份|投诉（件）|", "|7月|812|"]
    assert _raw_of(report, raw, "812") == "812"


def test_merged_html_cells_leave_an_empty_cell_in_each_position_they_cover() -> None:
    raw = (
        "<html><body><table>"
        "<tr><th rowspan='2'>领域</th><th colspan='2'>案件数（件）</th><th rowspan='2'>罚没款<br>（万元）</th></tr>"
        "<tr><th>立案</th><th>结案</th></tr>"
        "<tr><td rowspan='2'>食品</td><td>31</td><td>30</td><td>12.5</td></tr>"
        "<tr><td>28</td><td>27</td><td>9.8</td></tr>"
        "</table></body></html>"
    )
    report = _clean(raw, "html")
    rows = [line.replace(" ", "") for line in report.text.split("\n") if line.startswith("|")]
    assert rows == [
        "|领域|案件数（件）||罚没款（万元）|",
        "||立案|结案||",
        "|食品|31|30|12.5|",
        "||28|27|9.8|",
    ]
    assert _raw_of(report, raw, "9.8") == "9.8"


def test_markdown_markup_is_removed() -> None:
    report = _clean("# 某市2023年行政复议情况\n\n## 一、总体情况\n\n**收到**行政复议58件。\n", "markdown")
    assert "一、总体情况" in report.text.split("\n")
    assert "收到行政复议58件。" in report.text


def test_cells_left_open_do_not_swallow_the_line_breaks_after_the_table() -> None:
    raw = "<html><body><table><tr><td>月份<td>投诉</tr><tr><td>7月<td>812</tr></table><p>第一段。</p><p>第二段。</p></body></html>"
    lines = [line.strip() for line in _clean(raw, "html").text.split("\n")]
    assert "第一段。" in lines and "第二段。" in lines


def test_a_thousands_grouped_number_cut_at_a_line_end_is_joined() -> None:
    raw = "（二）知识产权执法。开展专项行动，查处侵\n犯知识产权案件1,2\n34件，其中商标侵权案件986件。\n"
    assert "查处侵犯知识产权案件1,234件，其中" in _clean(raw).text


def test_a_number_wrapped_onto_a_line_of_its_own_rejoins_its_noun_and_unit() -> None:
    raw = "（二）规范执法。全年全系统共立案查处各类违法案件\n2,407\n件，办结2,315件，罚没款1,026.9万元。\n"
    assert "各类违法案件2,407件，办结" in _clean(raw).text


def test_a_flattened_table_keeps_its_number_cells_on_lines_of_their_own() -> None:
    raw = "表1 执法情况\n项目\n立案数\n罚没款\n合计\n2407\n1026.9\n"
    assert "\n2407\n1026.9" in _clean(raw).text


def test_a_line_ending_in_a_comma_is_not_glued_to_a_number_below() -> None:
    raw = "全年查办案件共3,\n15件为简易程序案件。\n"  # a half-width comma ends a clause here
    assert "3,15" not in _clean(raw).text


def test_full_width_digits_grouped_by_a_full_width_comma_are_one_number() -> None:
    assert "立案4,567件" in _clean("全年共立案４，５６７件，同比增长５%。").text
    assert "3，21件" in _clean("分别为３，２１件。").text  # two digits after it: not a thousands group


def test_letter_spaced_words_and_wrapped_cells_keep_a_pdf_table_whole() -> None:
    raw = (
        "表2  分领域案件情况\n"
        "领 域        案件数（件）    罚没款（万元）\n"
        "食品          512           233.5\n"
        "农资化肥\n"
        "及种子         86            41.2\n"
        "计量           63\n"
        "               18.75\n"
        "合 计          661           293.45\n"
    )
    lines = _clean(raw).text.split("\n")
    rows = [line.replace(" ", "") for line in lines if line.startswith("|")]
    assert rows == [
        "|领域|案件数（件）|罚没款（万元）|",
        "|食品|512|233.5|",
        "|农资化肥及种子|86|41.2|",
        "|计量|63|18.75|",
        "|合计|661|293.45|",
    ]


def test_a_title_with_a_list_in_it_is_not_glued_to_the_paragraph_under_it() -> None:
    raw = "某县市场监督管理局\n2023年“双随机、一公开”监管工作总结\n\n2023年，县局全面推行联合抽查，共完成抽查任务36项。\n"
    assert "2023年“双随机、一公开”监管工作总结\n" in _clean(raw).text


def test_a_sentence_cut_by_a_line_wrap_is_still_joined_after_a_list() -> None:
    raw = "一、普法\n" + "全年" * 3 + "围绕“3·15”、宪法宣传周、质量月等节点开\n展宣传活动31场。\n"
    assert "节点开展宣传活动31场" in _clean(raw).text


def test_a_wechat_articles_phrase_per_line_blocks_become_sentences() -> None:
    raw = (
        "📌 **数据速览**\n\n✅ 受理消费者投诉\n**2,816** 件\n▲ 同比增长6.1%\n\n"
        "✅ 帮消费者挽回经济损失\n**58.3万元**\n比去年同期（49.6万元）\n"
    )
    text = _clean(raw).text
    assert "**" not in text
    assert "受理消费者投诉2,816件，▲同比增长6.1%" in text
    assert "挽回经济损失58.3万元，比去年同期（49.6万元）" in text


def test_short_pdf_table_rows_and_wrapped_prose_are_not_fragment_blocks() -> None:
    raw = "表3 分领域情况\n领域 案件数 罚没款\n食品 512 233.5\n计量 63 18.7\n"
    assert "|食品|512 |233.5 |\n|计量|63 |18.7 |" in _clean(raw).text  # still a table


def test_an_item_and_its_value_on_lines_of_their_own_are_joined() -> None:
    raw = "一、行政复议\n\n项目：审结行政复议案件\n数值：26件\n\n指标：纠错率\n\n数值：11.54%\n"
    report = _clean(raw)
    assert "审结行政复议案件：26件" in report.text
    assert "纠错率：11.54%" in report.text
    assert "项目" not in report.text and "数值" not in report.text
    assert _raw_of(report, raw, "26件") == "26件"


def test_an_item_line_without_a_value_line_is_left_alone() -> None:
    raw = "项目：市场主体登记便利化改革\n\n成效：办理时间压缩至1个工作日。\n"
    assert _clean(raw).text.startswith("项目：市场主体登记便利化改革")


def test_a_figure_on_a_line_of_its_own_under_its_sentence_is_joined_to_it() -> None:
    raw = "对轻微违法行为坚持包容审慎，全年依法不予处罚\n**47件**\n\n✅ 受理投诉举报咨询\n约 **2.1万件**\n"
    report = _clean(raw, "markdown")
    assert "全年依法不予处罚47件" in report.text
    assert "受理投诉举报咨询约2.1万件" in report.text
    assert _raw_of(report, raw, "47件") == "47件"


def test_a_flattened_table_of_numbers_keeps_its_cells_apart() -> None:
    raw = "类别\n投诉量\n占比\n食品\n3215\n18.6%\n服装\n1204\n7.0%\n"
    text = _clean(raw).text
    assert "321518.6%" not in text and "3215" in text


def test_an_html_table_pasted_into_markdown_becomes_a_table_with_raw_offsets() -> None:
    raw = (
        "## 投诉分类\n\n<table>\n<tr><th>类别</th><th>投诉量（件）</th></tr>\n"
        "<tr><td>食品类</td><td>241</td></tr>\n</table>\n\n以上为全年数据。\n"
    )
    clean = clean_report(raw, "markdown")
    assert "<td>" not in clean.text
    assert "|食品类|241 |" in clean.text  # one row to a line, cells apart by pipes
    at = clean.text.index("241")
    start, end = clean.traced.raw_span(at, at + 3)
    assert raw[start:end] == "241"


def test_a_table_of_contents_goes_and_the_headings_it_lists_stay() -> None:
    raw = (
        "某区市场监督管理局\n2025年工作汇报\n\n目 录\n一、年度工作总体情况\n二、2026年工作目标\n\n"
        "—— 第2页 ——\n\n一、年度工作总体情况\n● 立案查处各类违法案件612件\n\n二、2026年工作目标\n● 立案650件以上\n"
    )
    text = clean_report(raw).text
    assert "目录" not in text.replace(" ", "")
    assert text.count("一、年度工作总体情况") == 1 and text.count("二、2026年工作目标") == 1


def test_an_infographics_cards_run_on_and_a_flattened_tables_cells_do_not() -> None:
    cards = "[图] 执法办案\n立案查处各类案件\n263\n件\n同比增长9.1%\n罚没款\n187.5万元\n[图] 消费维权\n"
    text = clean_report(cards).text
    assert "立案查处各类案件263件，同比增长9.1%" in text, text
    assert "罚没款187.5万元" in text, text
    table = "项目\n2023年\n2022年\n纠错率\n11.45%\n13.66%\n予以公开\n9\n部分公开\n4\n"
    assert clean_report(table).text.startswith(table.rstrip("\n")), clean_report(table).text


def test_brackets_set_around_a_figure_are_dropped_and_its_span_kept() -> None:
    raw = "☎️ 受理投诉举报：【8,946】件\n✅ 办结率：【99.6%】\n【典型案例】2件\n"
    clean = clean_report(raw)
    assert "受理投诉举报：8,946件" in clean.text
    assert "办结率：99.6%" in clean.text
    assert "【典型案例】" in clean.text
    at = clean.text.index("8,946")
    start, end = clean.raw_span(at, at + 5)
    assert raw[start:end] == "8,946"


def test_a_thousands_comma_cut_from_its_digits_by_a_page_break_joins_them() -> None:
    raw = (
        "某省局投诉举报情况分析\n\n某省局2025年第三季度投诉举报情况分析\n\n"
        "一、总体情况\n\n本季度全省各级监管部门通过全国12315平台、12345热线转办等渠道，共受理投诉举报5,\n\n— 1 —\n\n某省局投诉举报情况分析\n\n"
        "208件，同比增长3.1%。\n\n二、办理情况\n\n办结率98%。\n\n— 2 —\n\n某省局投诉举报情况分析\n"
    )
    assert "共受理投诉举报5,208件，同比增长3.1%。" in clean_report(raw).text


def test_a_total_row_that_left_its_index_cell_blank_stays_in_its_table() -> None:
    text = (
        "排名\t单位\t立案数(件)\t罚没款(万元)\n1\t甲区局\t742\t816.4\n2\t乙县局\t571\t502.3\n"
        "\t合计\t1,313\t1,318.7\n\n注：本表不含简易程序案件。\n"
    )
    clean = _clean(text).text
    assert "||合计|1,313 |1,318.7 |" in clean, clean


def test_list_items_that_are_one_link_each_are_left_out_of_an_html_page() -> None:
    raw = (
        "<html><body><p>全年查处案件57件。</p><h3>相关阅读</h3><ul>"
        '<li><a href="/a/1.html">某县查处价格违法案件31件</a></li>'
        "<li>本局受理投诉<a href='/b'>详情</a>204件</li></ul></body></html>"
    )
    text = _clean(raw, "html").text
    assert "31件" not in text
    assert "全年查处案件57件" in text and "本局受理投诉详情204件" in text


def test_a_table_row_with_pipes_between_cells_is_neither_a_menu_nor_a_spaced_row() -> None:
    raw = "新收行政复议案件      |   27   |   19\n纠错(撤销/变更/确认违法)    |    2   |    3\n首页 | 机构概况 | 政务公开 | 新闻中心\n"
    text = _clean(raw).text
    first = next(line for line in text.split("\n") if "新收行政复议案件" in line)
    assert first.count("|") == 2 and "27" in first and "19" in first, text
    assert "纠错（撤销/变更/确认违法）" in text and "|||" not in text
    assert "机构概况" not in text


def test_cards_of_a_figure_over_its_label_stay_apart() -> None:
    raw = "## 数读上半年\n\n**352件**\n查办各类案件\n\n**96.5万元**\n罚没款\n\n**98.7%**\n投诉办结率\n\n正文。\n"
    text = _clean(raw, "markdown").text
    assert "352件，查办各类案件\n\n96.5万元，罚没款" in text
    assert "98.7%，投诉办结率" in text


def test_a_line_cut_after_a_figure_and_its_clause_still_runs_on() -> None:
    raw = (
        "（三）畅通维权渠道。全年处理各类投诉举报4.2万件，办结率\n\n"
        "99.1%，为消费者挽回经济损\n失517.6万元。推行在线消费纠纷解决机制，引导经营者主动化解\n矛盾。\n"
    )
    assert "办结率99.1%，为消费者挽回经济损失517.6万元" in _clean(raw).text


def test_a_two_column_space_aligned_table_under_a_header_naming_its_values_becomes_pipe_rows() -> None:
    raw = "项目                        2024年\n公示行政执法信息（条）        2710\n法制审核（件）                  19\n"
    rows = [line.replace(" ", "") for line in _clean(raw).text.split("\n") if line.startswith("|")]
    assert rows == ["|项目|2024年|", "|公示行政执法信息（条）|2710|", "|法制审核（件）|19|"]


def test_a_list_of_contents_with_page_numbers_is_not_a_two_column_table() -> None:
    raw = "目录\n一、总体情况            1\n二、主动公开情况        2\n三、依申请公开情况      4\n"
    assert "|" not in _clean(raw).text


def test_label_value_lines_under_a_unit_caption_become_a_table_with_a_blank_header() -> None:
    raw = "（二）服务类投诉前五位（单位：件）\n1.餐饮服务\u30003120\n2.教育培训服务\u30001045\n后续说明。\n"
    rows = [line.replace(" ", "") for line in _clean(raw).text.split("\n") if line.startswith("|")]
    assert rows == ["|||", "|1.餐饮服务|3120|", "|2.教育培训服务|1045|"]


def test_label_value_lines_without_a_unit_caption_stay_prose_lines() -> None:
    raw = "（二）服务类投诉前五位\n1.餐饮服务\u30003120\n2.教育培训服务\u30001045\n"
    assert "|" not in _clean(raw).text
