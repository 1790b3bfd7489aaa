"""Tables: figures read cell by cell.

The metric and unit come from one axis (a column header such as
挽回经济损失（万元）, or a row label with a 单位 column), the period or year from
the other (1月…5月, 合计, 2023年/2022年, 本期/上年同期), and a 同比增减 column
gives the current figure's yoy_pct. A category axis (餐饮服务, 食品…) makes the
figures components, so `subset`.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

import regex

from pipeline.catalog import CueHit, Metric
from pipeline.figures import (
    CLOSED_PAREN_RE,
    COUNT_SUFFIX_RE,
    FILLER_RE,
    Extraction,
    Figure,
    accepts,
    mark_kinds_as_parts,
    names_associations_whole,
    names_bare_case_action,
    received_headline,
    set_metric,
    set_uncatalogued,
    topic_metric,
)
from pipeline.numbers import MULTIPLIERS, UNIT_MAP, Quantity, parse_arabic
from pipeline.periods import (
    TIME_WORD_RE,
    doc_end_month,
    marker_period,
    section_period,
    span_period,
    whole_year_period,
)
from pipeline.segment import HEADER_UNIT_RE, Cell, Sentence, Table

_NUMBER_ONLY_RE = regex.compile(r"^[-+]?[\d,.]+%?$")
_HAN_RE = regex.compile(r"\p{Han}")
# A row or column label naming a period: "2023年", "5月", "三季度", "全年合计", "上年同期", "本月数量",
# "去年同期累计", "2025年12月", "2024年第三季度"
_TABLE_PERIOD_RE = regex.compile(
    r"^(?:(?P<dated_year>\d{4})\s*年\s*(?:(?P<dated_month>\d{1,2})\s*月(?:份)?|第?(?P<dated_quarter>[一二三四1-4])\s*季度)"
    r"|(?P<year>\d{4})\s*年(?:度)?|(?P<month>\d{1,2})\s*月(?:份)?|(?P<quarter>第?[一二三四1-4])\s*季度(?:合计|累计|小计)?"
    r"|(?:\d{4}\s*年\s*)?(?:1|一)\s*[-—–~至]\s*(?P<span>\d{1,2})\s*月(?:份)?(?:累计|合计)?"
    r"|(?P<total>(?:全年|年度|本年)?(?:合计|总计|累计|小计)|全年)|(?P<prev>(?:(?:上年|去年)同(?:期|月|季度?)|同期|上年|去年)(?:累计|合计)?)"
    r"|(?P<pop>上月|上季度|上期|环比)|(?P<this>本月|本季度|本期|本年|当月|当季|(?:实际)?完成(?:值|数|情况)|实际(?:值|数)))(?:数量|数值|数)?$"
)
# A period opening a column's header: "本季度投诉量", "上季度投诉量", "上年同期立案数", "2024年投诉量"
_COLUMN_PERIOD_RE = regex.compile(
    r"^(?:本月|本季度|本期|本年|当月|当季|上月|上季度|上期|上年同期|去年同期|全年|第?[一二三四]季度|\d{4}年(?:度)?"
    r"|(?:\d{4}年)?(?:1|一)[-—–~至]\d{1,2}月(?:份)?(?:累计)?)(?=\p{Han})"
)
_YOY_HEADER_RE = regex.compile(r"同比|增减|增幅|增长")
# A column that names one case per row: a list of penalty decisions, not a table of totals
_CASE_ID_HEADER_RE = regex.compile(r"决定书(?:文)?号|文书(?:编)?号|案号|案件编号|当事人(?:名称)?$")
_UNIT_HEADER_RE = regex.compile(r"^(?:计量)?单位$")
_LABEL_HEADER_RE = regex.compile(r"指标|项目|名称|类别|类型|月份|时间|期间|分类|内容|地区|单位名称")
# A caption's unit for money, and the column headers that name amounts of money
_CAPTION_MONEY_RE = regex.compile(r"单位[：:]\s*((?:万|亿|千)?元)")
_MONEY_HEADER_RE = regex.compile(r"金额|资金|款|费|收入|支出|元")
# A first column of categories, not of metrics: "类别", "投诉类别", "行业", "商品和服务"
_CATEGORY_HEADER_RE = regex.compile(r"类别|分类|类型|行业|领域|商品|服务|渠道|来源|方式")
_INDEX_HEADER_RE = regex.compile(r"^(?:序号|编号|排名|No\.?)$")
_SHARE_HEADER_RE = regex.compile(r"占|比例|比重|占比")
# A table cell holding a number: "1023.57", "-14.7", "17.74%"
_CELL_NUMBER_RE = regex.compile(r"[-+]?\d+(?:\.\d+)?")
_CELL_UNITS = "|".join(sorted((u for u in UNIT_MAP if u != "%"), key=len, reverse=True))
_CELL_WITH_UNIT_RE = regex.compile(rf"(-?\d+(?:\.\d+)?)\s*((?:万|亿)?(?:{_CELL_UNITS}))")
# A performance table's score column: "得分", "评分", "分值"
_SCORE_HEADER_RE = regex.compile(r"得分|评分|分值")
# A column that counts without saying what: "件数", "数量（件）", "受理量（件）"
_BARE_COUNT_RE = regex.compile(
    r"^\s*(?:受理|接收|登记|收到)?(?:件数|数量|总数|总量|总件数|数|宗数|起数|量)\s*$"
)
# A row for the whole jurisdiction among rows of places: "全省", "全市合计"
# A row naming a kind of the topic's cases, one part of it: "投诉举报处理类复议", "行政处罚类诉讼"
_CATEGORY_OF_TOPIC_RE = regex.compile(r"类(?:行政)?(?:复议|诉讼|应诉)")
_WHOLE_AREA_RE = regex.compile(r"^(?:全[省市区县州盟国]|本[省市区县])(?:合计|总计)?$")
# A column summing its group's columns, named under the group: "案件数：小计（件）"
_SUBTOTAL_HEADER_RE = regex.compile(r"^(.+?)\s*[：:]\s*(?:小计|合计|总计)$")
# A row that sums the others, and the words around a caption's subject
_TOTAL_LABEL_RE = regex.compile(r"^(?:合计|总计|小计|总数|全部)$")
# A header naming one thing per topic row: "维持/胜诉", "纠错率／败诉率"
_ALTERNATIVES_RE = regex.compile(r"\s*[/／]\s*")
_CAPTION_HEAD_RE = regex.compile(
    r"^(?:表\s*[\d一二三四五六七八九十]+\s*[：:.、]?\s*)?(?:\d{4}年(?:度)?)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份)?)?"
    r"(?:第?[一二三四]季度|上半年|前三季度)?(?:全[省市区县])?"
)
_CAPTION_TAIL_RE = regex.compile(
    r"(?:情况)?(?:分类|分项|分月|分季度|分地区|分渠道)?(?:统计|情况|汇总)?(?:表|一览表)?$"
)
# A table of the online market alone: its caption names it, or its rows are platforms
# ("分平台类型网络市场监管情况", 平台类型 | 受理投诉举报（件）): every complaint in it is an online one
_ONLINE_CAPTION_RE = regex.compile(r"网络(?:市场|交易|购物|消费)|电子商务|电商")
_PLATFORM_HEADER_RE = regex.compile(r"平台(?:类型|类别|名称)")
_ONLINE_CATEGORY = "网络交易"
# A row label naming a component: "其中：依法受理"
_COMPONENT_LABEL_RE = regex.compile(r"^其中[：:，,]?")

# The table of the national template every government-information disclosure report
# (政府信息公开工作年度报告) fills in: reconsiderations and lawsuits over the bureau's disclosure
# work, 15 numbers in a fixed order under merged headers: 行政复议, then 行政诉讼 未经复议直接起诉
# and 复议后起诉, each 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计. The merged headers cannot
# be paired with the numbers cell by cell; the template's order can. Every figure counts only
# disclosure cases, so each is a part of the bureau's reconsiderations or lawsuits.
_REVIEW_TEMPLATE_WORDS = ("结果维持", "结果纠正", "尚未审结")
_REVIEW_TEMPLATE_MARK_RE = regex.compile(r"复议后起诉|未经复议直接起诉")
_REVIEW_STACKED_WORDS = ("结果结果其他尚未总计", "维持纠正结果审结")
_SPACE_RE = regex.compile(r"\s+")
# Per group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
_RECONSIDERATION_CELLS = (
    "litigation.reconsideration_upheld",
    "litigation.reconsideration_corrected",
    "litigation.other_outcomes",
    "litigation.reconsideration_pending",
    "litigation.reconsideration_received",
)
_LAWSUIT_CELLS = (
    "litigation.lawsuits_won",
    "litigation.lawsuits_lost",
    "litigation.other_outcomes",
    "litigation.reconsideration_pending",
    "litigation.lawsuits_received",
)
# The outcome columns of each group, in the template's order.
_REVIEW_OUTCOMES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
# Reconsiderations, lawsuits filed directly, lawsuits filed after a reconsideration.
_REVIEW_TEMPLATE_SLOTS = (*_RECONSIDERATION_CELLS, *_LAWSUIT_CELLS, *_LAWSUIT_CELLS)


def table_figures(ctx: Extraction) -> list[Figure]:
    figures, template_spans = _application_template_figures(ctx)
    proactive, proactive_spans = _proactive_template_figures(ctx)
    figures.extend(proactive)
    template_spans.extend(proactive_spans)
    for table in ctx.seg.tables:
        # Rows of a template table the cleaner turned into a table of their own are read already.
        if not any(start <= table.start < end for start, end in template_spans):
            figures.extend(_table_observations(ctx, table))
    figures.extend(_review_template_text_figures(ctx, {f.q.start for f in figures}))
    figures.extend(_review_template_pair_figures(ctx, {f.q.start for f in figures}))
    return figures


# The disclosure report's table of requests (收到和处理政府信息公开申请情况), flattened: a corner
# cell 申请人情况, the applicant columns (自然人 | 法人或其他组织, or its parts 商业企业…其他 |
# 总计), then each row label followed by one number per column. Cells may sit one per line or
# several to a line, apart by spaces ("一、本年新收政府信息公开申请数量　31 5 0 0 2 0 38"). Its
# long labels carry commas, so the segmenter does not take it for a table; the template's shape
# finds it.
_APPLICANT_CORNER_RE = regex.compile(r"^[ \t\u3000|]*申请人情况", regex.M)
_APPLICANT_COLUMN_RE = regex.compile(
    r"自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计"
)
_APPLICANT_GROUP = "法人或其他组织"
_APPLICANT_PARTS = frozenset({"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"})
_FIRST_ROW_RE = regex.compile(r"^(?:[一二三四五六七八九十]+、|本年新收)")
_SUB_ROW_RE = regex.compile(r"^\d{1,2}[.．、]")
# A sub-row written after its group's label: "（三）不予公开1.属于国家秘密"
_INNER_SUB_ROW_RE = regex.compile(r"(?<=[\p{Han}）)])\d{1,2}[.．、](?=\p{Han})")
# A cell: a number standing alone, or a label up to the number that follows it unspaced
# ("（一）予以公开9 1 0 …": the cleaner drops the spaces between words and figures).
_TOKEN_RE = regex.compile(
    r"[-+]?\d+(?:\.\d+)?(?=[\s|]|\Z)|[^\s|]+?(?=[-+]?\d+(?:\.\d+)?(?:[\s|]|\Z)|[\s|]|\Z)"
)
# Row label -> what it counts, first match wins (总计 after the outcomes it sums).
_APPLICATION_ROWS = (
    ("新收", "received"),
    ("上年结转", "carried_over"),
    ("结转下年度", "carried_forward"),
    ("部分公开", "partly_granted"),
    ("不予公开", "refused"),
    ("予以公开", "granted"),
    ("无法提供", "info_unavailable"),
    ("不予处理", "not_processed"),
    ("其他处理", "other_handling"),
    ("尚未办结", "pending"),
    ("总计", "handled"),
)
_LAST_ROW_KIND = "carried_forward"
# The same table printed with its 总计 column only: no corner, a number after each label, on its
# line or the next ("本年新收政府信息公开申请数量\n23").
_TOTALS_ONLY_FIRST_ROW_RE = regex.compile(
    r"^[ \t\u3000|]*(?:一、)?本年新收政府信息公开申请数量[ \t\u3000|]*\n?[ \t\u3000|]*\d+[ \t|]*$", regex.M
)


def _application_template_figures(ctx: Extraction) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The request table's figures, and the stretches of text it covers."""
    text = ctx.clean.text
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for corner in _APPLICANT_CORNER_RE.finditer(text):
        line_end = text.find("\n", corner.end())
        line_end = len(text) if line_end < 0 else line_end
        columns = _APPLICANT_COLUMN_RE.findall(text, corner.end(), line_end)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, line_end)]
        rows = _application_rows(ctx, corner.start(), columns, tokens)
        if rows:
            figures.extend(rows)
            spans.append((corner.start(), rows[-1].q.end))
    for first_row in _TOTALS_ONLY_FIRST_ROW_RE.finditer(text):
        if any(start <= first_row.start() < end for start, end in spans):
            continue
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, first_row.start())]
        rows = _application_rows(ctx, first_row.start(), ["总计"], tokens)
        if rows:
            figures.extend(rows)
            spans.append((first_row.start(), rows[-1].q.end))
    return figures, spans


def _application_rows(
    ctx: Extraction, corner: int, columns: list[str], tokens: list[tuple[int, int, str]]
) -> list[Figure]:
    at = 0
    # the column names, read joined: PDF text may break one over lines ("商业\n企业")
    header, named = "", list(columns)
    while at < len(tokens) and not _FIRST_ROW_RE.match(tokens[at][2]) and len(named) < 10:
        header += tokens[at][2]
        named = columns + _APPLICANT_COLUMN_RE.findall(header)
        at += 1
    columns = named
    if _APPLICANT_PARTS & set(columns):
        # the group's parts stand for it; 总计, printed beside the group above its parts, sums them
        columns = [c for c in columns if c not in (_APPLICANT_GROUP, "总计")] + ["总计"] * ("总计" in columns)
    if not columns or columns[-1] != "总计" or at == len(tokens):
        return []
    section_id = next(s.section_id for s in reversed(ctx.seg.sections) if s.start <= corner)
    figures: list[Figure] = []
    label, kind, cells = "", "", []
    label_open = False  # the label goes on over the next line: "一、本年新收政府信息公开\n申请数量"
    for start, end, token in tokens[at:]:
        if _CELL_NUMBER_RE.fullmatch(token):
            label_open = False
            cells.append((start, end, token))
            if len(cells) == len(columns):
                figures.extend(_application_row(ctx, section_id, label, kind, columns, cells))
                cells = []
                if kind == _LAST_ROW_KIND:
                    break
            continue
        if cells or "。" in token or len(token) > 60:
            break  # the table ended
        if label_open and not _SUB_ROW_RE.match(token) and not _FIRST_ROW_RE.match(token):
            token = label + token
        row_kind = next((k for word, k in _APPLICATION_ROWS if word in token), "")
        if not _SUB_ROW_RE.match(token) or not kind:
            kind = row_kind
        label, label_open = token, True
    return figures


# The disclosure report's tables of what was published of its own accord (主动公开政府信息情况):
# a corner 信息内容, one to three column names, then each row label with one number per column,
# one cell per line or several to a line ("行政许可              1846"). A two-column table does not
# look like a table to the cleaner, so the template's words find it.
_PROACTIVE_CORNER_RE = regex.compile(r"^[ \t\u3000|]*信息内容", regex.M)
_PROACTIVE_COLUMNS = (
    ("制发", "issued"),
    ("废止", "repealed"),
    ("现行有效", "in_force"),
    ("处理决定", ""),
    ("收费金额", ""),
    # the older form's columns: the matters listed a year before, and this year's change in them
    ("上一年项目数量", "@items"),
    ("增/减", "@items_net_change"),
    ("增减", "@items_net_change"),
)
# Row label -> the code of the matters (事项) the older form lists for it
_PROACTIVE_ITEMS = {
    "行政许可": "legal_affairs.permit_items",
    "行政处罚": "legal_affairs.penalty_items",
    "行政强制": "legal_affairs.coercion_items",
    "收费": "legal_affairs.fee_items",
}
# Row label -> code and unit word; the decision and fee rows count under the row's name alone.
_PROACTIVE_ROWS = (
    ("规章", "legal_affairs.rules", "件"),
    ("规范性文件", "legal_affairs.normative_documents", "件"),
    ("行政许可", "registration.licensing_decisions", "项"),
    # the penalties decided: counted as cases closed, as "作出行政处罚决定N件" is
    ("行政处罚", "enforcement.cases_closed", "件"),
    ("行政强制", "legal_affairs.coercive_measure_decisions", "件"),
    ("收费", "legal_affairs.administrative_fees_cny", "元"),
)
_PROACTIVE_UNITS = {"legal_affairs.rules": "document", "legal_affairs.normative_documents": "document"}


def _proactive_template_figures(ctx: Extraction) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The proactive-disclosure tables' figures, and the stretches of text they cover."""
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for corner in _PROACTIVE_CORNER_RE.finditer(ctx.clean.text):
        columns, rows = _proactive_table(ctx.clean.text, corner.end())
        if len(columns) == 1:
            rows = [(label, _thousands_regrouped(ctx.clean.text, cells)) for label, cells in rows]
        if not rows or any(len(cells) != len(columns) for _, cells in rows):
            continue
        for label, cells in rows:
            for (suffix, header_unit), cell in zip(columns, cells, strict=True):
                if cell is not None:
                    figures.extend(_proactive_cell(ctx, label, suffix, header_unit, cell))
        ends = [cell[1] for _, cells in rows for cell in cells if cell is not None]
        spans.append((corner.start(), max(ends, default=corner.end())))
    return figures, spans


NumberCell = tuple[int, int, str]  # start, end, the number as written without its spaces
_HEADER_TAIL_RE = regex.compile(r"数量|件数|金额|[万亿]?元[）)]?|[）)]")
# A cell the template leaves empty with a dash ("规章 — — —"): no figure, but it holds its column
_EMPTY_CELL_RE = regex.compile(r"[—–－\-/／]+|无")


_THOUSANDS_GROUP_RE = regex.compile(r"\d{3}")


def _thousands_regrouped(text: str, cells: list[NumberCell | None]) -> list[NumberCell | None]:
    """A one-column row's number written with spaces between its thousands ("行政处罚    1 537")
    reads as one cell: one space apart, groups of three after the first."""
    if len(cells) < 2 or None in cells or len(cells[0][2]) > 3:
        return cells
    joined = all(
        _THOUSANDS_GROUP_RE.fullmatch(text_) and text[prev_end:start] == " "
        for (_, prev_end, _), (start, _, text_) in itertools.pairwise(cells)
    )
    return [(cells[0][0], cells[-1][1], "".join(c[2] for c in cells))] if joined else cells


def _proactive_table(
    text: str, start: int
) -> tuple[list[tuple[str, str]], list[tuple[str, list[NumberCell | None]]]]:
    """Column names (suffix, unit) and rows (label, number cells) of the table after a corner."""
    columns: list[tuple[str, str]] = []
    rows: list[tuple[str, list[NumberCell | None]]] = []
    column_words = ""
    for m in _TOKEN_RE.finditer(text, start):
        token = m.group()
        column = next((suffix for word, suffix in _PROACTIVE_COLUMNS if word in token), None)
        if column is not None and not rows:
            column_words = token
            columns.append((column, _caption_money_unit(token) or _header_unit(token)[1]))
        elif columns and not rows and _HEADER_TAIL_RE.fullmatch(token):
            # the rest of a column's words on a line of its own: "本年处理决定\n数量", "（单位：万\n元）"
            column_words += token
            columns[-1] = (columns[-1][0], _caption_money_unit(column_words) or _header_unit(column_words)[1])
        elif _CELL_NUMBER_RE.fullmatch(token) and rows:
            rows[-1][1].append((m.start(), m.end(), token))
        elif _EMPTY_CELL_RE.fullmatch(token) and rows:
            rows[-1][1].append(None)
        elif columns and len(token) <= 20 and any(word in token for word, _, _ in _PROACTIVE_ROWS):
            rows.append((token, []))
        else:
            break  # the table ended
    return columns, rows


def _proactive_cell(
    ctx: Extraction, label: str, suffix: str, header_unit: str, cell: NumberCell
) -> list[Figure]:
    word, code, unit_word = next(row for row in _PROACTIVE_ROWS if row[0] in label)
    start, end, number = cell
    if suffix.startswith("@"):
        return _proactive_items_cell(ctx, label, word, suffix, cell)
    q = _cell_quantity(number, start, end, header_unit or unit_word)
    if q is None:
        return []
    unit = _PROACTIVE_UNITS.get(code, q.unit or "item")
    figure = Figure(
        q=q,
        sentence=_cell_sentence(ctx, start, end),
        local_label=label,
        code=f"{code}_{suffix}" if suffix else code,
        unit=unit,
    )
    figure.rule = "table:disclosure_template"
    if not suffix and code in ctx.catalog.by_code:
        set_metric(figure, ctx.catalog.by_code[code], figure.rule)
    figure.period, figure.year = ctx.meta.period, ctx.report_year or None
    return [figure]


def _cell_sentence(ctx: Extraction, start: int, end: int) -> Sentence:
    """A template cell as a sentence of its own, in the section it stands in."""
    section_id = next(s.section_id for s in reversed(ctx.seg.sections) if s.start <= start)
    return Sentence(-1, -1, section_id, start, end, ctx.clean.text[start:end])


def _proactive_items_cell(
    ctx: Extraction, label: str, word: str, suffix: str, cell: NumberCell
) -> list[Figure]:
    """The older form's 上一年项目数量 (the matters listed at the end of the year before) and
    本年增/减 (this year's change in them): counts of matters, not of decisions."""
    start, end, number = cell
    q = _cell_quantity(number, start, end, "项")
    if q is None or word not in _PROACTIVE_ITEMS:
        return []
    code = _PROACTIVE_ITEMS[word] + suffix.removeprefix("@items")
    figure = Figure(q=q, sentence=_cell_sentence(ctx, start, end), local_label=label, code=code, unit="item")
    figure.rule = "table:disclosure_template"
    prior = suffix == "@items" and ctx.report_year
    figure.period = "prior_year" if prior else ctx.meta.period
    figure.year = (ctx.report_year - 1 if prior else ctx.report_year) or None
    return [figure]


def _application_row(
    ctx: Extraction, section_id: int, label: str, kind: str, columns: list[str], cells: list
) -> list[Figure]:
    code = f"legal_affairs.disclosure_requests_{kind or 'other'}"
    part_row = bool(_SUB_ROW_RE.match(label) or _INNER_SUB_ROW_RE.search(label))
    figures = []
    for column, (start, end, text) in zip(columns, cells, strict=True):
        q = _cell_quantity(text, start, end, "件")
        if q is None:
            continue
        sentence = Sentence(-1, -1, section_id, start, end, text)
        figure = Figure(q=q, sentence=sentence, local_label=label, code=code, unit="item")
        figure.rule = "table:disclosure_template"
        figure.scope = "total" if column == "总计" and not part_row else "subset"
        figure.period, figure.year = ctx.meta.period, ctx.report_year or None
        figures.append(figure)
    return figures


def _header_unit(header: str) -> tuple[str, str]:
    """'挽回经济损失（万元）' -> ('挽回经济损失', '万元')."""
    m = HEADER_UNIT_RE.search(header)
    if m:
        return header[: m.start()].strip(), m.group("unit")
    return header.strip(), ""


def _table_observations(ctx: Extraction, table: Table) -> list[Figure]:
    """Cells of a table: metric and unit from one axis, period from the other."""
    template = _review_template_figures(ctx, table)
    if template is not None:
        return template
    if not table.rows or len(table.header) < 2:
        return []
    table = _categories_across(table)
    value_col = _key_value_column(table)
    if value_col is not None and _rows_are_metrics(ctx, table, value_col):
        column_periods = [_TABLE_PERIOD_RE.match(_header_unit(c.text)[0]) for c in table.header]
        return _metric_rows(ctx, table, column_periods)  # 项目 | 数量: each row names its metric
    indexed = _without_index_column(table)
    if indexed is not table:
        figures = _unindexed_table_observations(ctx, indexed)
        _numbered_parts_take_their_rows_metric(table, figures)
        return figures
    return _unindexed_table_observations(ctx, table)


def _rows_are_metrics(ctx: Extraction, table: Table, value_col: int) -> bool:
    """The labels of a 项目 | 数量 table name what each row counts, unless they are categories of
    what the caption counts (投诉类别 | 数量 under "投诉分类情况"); categories of a caption naming
    no metric are kinds of work, each its own count (执法类别 | 数量 under "行政执法数据汇总表")."""
    if not _CATEGORY_HEADER_RE.search(table.header[value_col - 1].text):
        return True
    return _caption_cue(ctx, table) is None


def _categories_across(table: Table) -> Table:
    """A header of categories over one row of counts (食品 | 药品 | … | 合计 over 23 | 8 | … | 86),
    turned to a column of categories (类别 | 数量) the caption's metric counts; other tables as
    they are."""
    if len(table.rows) != 1 or len(table.rows[0]) != len(table.header):
        return table
    row = table.rows[0]
    periods = [_TABLE_PERIOD_RE.match(c.text) for c in table.header]
    if not all(_HAN_RE.search(c.text) for c in table.header) or any(
        p is not None and not p.group("total") for p in periods
    ):
        return table  # (a 合计 among the categories is their sum, no period)
    if not all(_CELL_NUMBER_RE.fullmatch(c.text.replace(",", "").strip()) for c in row):
        return table
    header = (Cell("类别", table.start, table.start), Cell("数量", table.start, table.start))
    rows = tuple((name, count) for name, count in zip(table.header, row, strict=True))
    return replace(table, header=header, rows=rows)


def _unindexed_table_observations(ctx: Extraction, table: Table) -> list[Figure]:
    header = [c.text for c in table.header]
    column_periods = [_TABLE_PERIOD_RE.match(_header_unit(h)[0]) for h in header]
    grouped = _grouped_by_period(table)
    if grouped is not None:
        table, row_periods = grouped
        return _metric_columns(ctx, table, row_periods)
    row_labels = [row[0].text if row else "" for row in table.rows]
    row_periods = [_TABLE_PERIOD_RE.match(label) for label in row_labels]
    if (
        any(p is not None and not p.group("pop") for p in column_periods)  # not a lone 环比 column
        and not all(row_periods)
        and not _columns_name_metrics(ctx, header, column_periods)
    ):
        return _metric_rows(ctx, table, column_periods)
    return _metric_columns(ctx, table, row_periods)


def _numbered_parts_take_their_rows_metric(table: Table, figures: list[Figure]) -> None:
    """Rows numbered 2.1, 2.2 … under row 2 (行政处罚（合计） over 警告, 罚款 …) are its parts: a part
    whose own label names no metric counts row 2's metric, as a subset, in the same column."""
    number_of_row = {}
    for row in table.rows:
        number = row[0].text.strip().replace("．", ".") if row else ""
        if number:
            number_of_row[number] = row
    at_cell = {f.sentence.start: f for f in figures}  # a table figure's sentence is its cell
    for number, row in number_of_row.items():
        parent = number_of_row.get(number.rpartition(".")[0]) if "." in number else None
        if parent is None or len(parent) != len(row):
            continue
        for part_cell, whole_cell in zip(row[1:], parent[1:], strict=True):
            part, whole = at_cell.get(part_cell.start), at_cell.get(whole_cell.start)
            if part is None or whole is None or whole.metric is None or part.rule != "table:fallback":
                continue
            if part.q.unit != whole.q.unit:
                continue
            set_metric(part, whole.metric, "table")
            part.scope = "subset"


_ROW_NUMBER_RE = regex.compile(r"(?:\d{1,3}(?:[.．]\d{1,2}){0,2})?")
_PERIOD_HEADER_RE = regex.compile(r"(?:统计)?(?:期间|时间|时段|月份|周期)")


def _grouped_by_period(table: Table) -> tuple[Table, list] | None:
    """类别 | 统计期间 | 收到 | 审结 …, with 行政复议 over the rows 第三季度 and 1-9月 (a merged cell,
    blank below its first row): each row is its group's figures for the period beside it. The
    group is filled down so every row names it."""
    width = len(table.header)
    if width < 3 or not _PERIOD_HEADER_RE.fullmatch(table.header[1].text.strip()):
        return None
    rows = [row for row in table.rows if len(row) == width]
    periods = [_TABLE_PERIOD_RE.match(row[1].text.strip()) for row in rows]
    if not rows or not all(periods) or not rows[0][0].text.strip():
        return None
    filled: list[tuple[Cell, ...]] = []
    group = rows[0][0]
    for row in rows:
        group = row[0] if row[0].text.strip() else group
        filled.append((group, *row[1:]))
    return replace(table, rows=tuple(filled)), periods


def _without_index_column(table: Table) -> Table:
    """The table without a leading column of row numbers (序号 | 类别 | 件数 | 占比), so that the
    rows' labels, and the header that says what they are, come first."""
    width = len(table.header)
    if width < 3 or not _INDEX_HEADER_RE.match(table.header[0].text.strip()):
        return table
    rows = [row for row in table.rows if len(row) == width]
    # an unranked row may dash its number out: "—\t市局执法支队\t106…" (不参与排名)
    numbers = [row[0].text.strip() for row in rows]
    if not rows or not all(_ROW_NUMBER_RE.fullmatch(n) or _EMPTY_CELL_RE.fullmatch(n) for n in numbers):
        return table
    body = tuple(row[1:] if len(row) == width else row for row in table.rows)
    return replace(table, header=table.header[1:], rows=body)


def _review_template_figures(ctx: Extraction, table: Table) -> list[Figure] | None:
    """The disclosure report's reconsideration and lawsuit table, read in the template's order;
    None when the table is not that one (its words, or not exactly 15 numbers)."""
    transposed = _transposed_review_figures(ctx, table)
    if transposed is not None:
        return transposed
    cells = [*table.header, *(cell for row in table.rows for cell in row)]
    # the words of a cell may be broken over cells of their own ("结果", "维持")
    words = "".join(cell.text.strip() for cell in cells)
    if not all(w in words for w in _REVIEW_TEMPLATE_WORDS):
        return None
    # the groups' names may be lines over the table, outside it (a PDF's text of a two-row header)
    named_above = _REVIEW_TEMPLATE_MARK_RE.search(ctx.clean.text, max(0, table.start - 200), table.start)
    if not _REVIEW_TEMPLATE_MARK_RE.search(words) and not named_above:
        return None
    numbers = [cell for cell in cells if _CELL_NUMBER_RE.fullmatch(cell.text.strip())]
    if len(numbers) != len(_REVIEW_TEMPLATE_SLOTS):
        return None
    return _review_cells_figures(ctx, [(c.start, c.end, c.text) for c in numbers], table.section_id)


def _transposed_review_figures(ctx: Extraction, table: Table) -> list[Figure] | None:
    """The same table turned on its side: a row per outcome (结果维持 … 总计), a column per group in
    the template's order (行政复议 | 未经复议直接起诉 | 复议后起诉, named in the line above it)."""
    # The group names may head the columns over a corner (empty, or "结果类型"), or sit in the line
    # above, leaving the first outcome as the header.
    header_is_outcome = bool(table.header) and table.header[0].text.strip() in _REVIEW_OUTCOMES
    rows = [table.header, *table.rows] if header_is_outcome else list(table.rows)
    outcomes = [row[0].text.strip() for row in rows]
    if sorted(outcomes) != sorted(_REVIEW_OUTCOMES):
        return None
    named_above = _REVIEW_TEMPLATE_MARK_RE.search(ctx.clean.text, max(0, table.start - 200), table.start)
    if not named_above and not any(_REVIEW_TEMPLATE_MARK_RE.search(c.text) for c in table.header):
        return None
    groups = len(_REVIEW_TEMPLATE_SLOTS) // len(_REVIEW_OUTCOMES)
    if any(
        len(row) != groups + 1 or not all(_CELL_NUMBER_RE.fullmatch(c.text.strip()) for c in row[1:])
        for row in rows
    ):
        return None
    numbers: list[tuple[int, int, str]] = [(0, 0, "")] * len(_REVIEW_TEMPLATE_SLOTS)
    for outcome, row in zip(outcomes, rows, strict=True):
        k = _REVIEW_OUTCOMES.index(outcome)
        for group, cell in enumerate(row[1:]):
            numbers[group * len(_REVIEW_OUTCOMES) + k] = (cell.start, cell.end, cell.text)
    return _review_cells_figures(ctx, numbers, table.section_id)


def _names_review_outcomes(window: str) -> bool:
    """The template's outcome columns are named, each in one piece ("结果维持") or stacked over
    two header lines ("结果 结果 其他 尚未 总计" over "维持 纠正 结果 审结")."""
    # one cell a line, its words broken too ("结果\n维持\n结果\n纠正"): read without the breaks
    joined = _SPACE_RE.sub("", window)
    return any(all(w in text for w in _REVIEW_TEMPLATE_WORDS) for text in (window, joined)) or all(
        w in window for w in _REVIEW_STACKED_WORDS
    )


def _review_template_text_figures(ctx: Extraction, taken: set[int]) -> list[Figure]:
    """The same table flattened into text: its header words (some run together on one line:
    "行政诉讼：未经复议直接起诉（结果维持结果纠正…总计）；复议后起诉（…）"), then its 15 numbers."""
    text = ctx.clean.text
    figures: list[Figure] = []
    read_until = 0
    for mark in _REVIEW_TEMPLATE_MARK_RE.finditer(text):
        window = text[max(0, mark.start() - 300) : mark.end() + 300]
        if mark.start() < read_until or not _names_review_outcomes(window):
            continue
        numbers: list[tuple[int, int, str]] = []
        for m in _TOKEN_RE.finditer(text, mark.end()):
            if _CELL_NUMBER_RE.fullmatch(m.group()):
                numbers.append((m.start(), m.end(), m.group()))
            elif numbers or "。" in m.group() or len(m.group()) > 80:
                break  # the numbers ended, or the header words gave way to prose
        if len(numbers) != len(_REVIEW_TEMPLATE_SLOTS) or any(n[0] in taken for n in numbers):
            continue
        section_id = next(s.section_id for s in reversed(ctx.seg.sections) if s.start <= numbers[0][0])
        cells = _review_cells_figures(ctx, numbers, section_id)
        if cells:
            figures.extend(cells)
            read_until = numbers[-1][1]
    return figures


# The same table written as outcome and number pairs, a group at a time, on lines of their own
# ("结果维持\n2\n结果纠正\n1…") or in a sentence ("行政复议结果维持2件、结果纠正1件…总计3件；").
_REVIEW_PAIR_RE = regex.compile(r"(结果维持|结果纠正|其他结果|尚未审结|总计)[\s:：为]*(\d+)[ \t]*件?")
_REVIEW_PAIR_GAP_RE = regex.compile(r"[\s、，,；;]*")
# The group a run of pairs belongs to, named last before it.
_REVIEW_GROUP_RE = regex.compile(r"(?P<lawsuit>复议后起诉|直接起诉|行政诉讼)|(?P<reconsideration>行政复议)")
_REVIEW_GROUP_REACH = 40


def _review_template_pair_figures(ctx: Extraction, taken: set[int]) -> list[Figure]:
    """The template's groups given as outcome-number pairs: each run of the five outcomes in the
    template's order, under the group named right before it."""
    text = ctx.clean.text
    figures: list[Figure] = []
    if _REVIEW_OUTCOMES[0] not in text:
        return figures  # most reports: no scan for pairs
    for run in _review_pair_runs(text):
        if any(m.start(2) in taken for m in run):
            continue
        reach = text[max(0, run[0].start() - _REVIEW_GROUP_REACH) : run[0].start()]
        groups = list(_REVIEW_GROUP_RE.finditer(reach))
        if not groups:
            continue
        group = groups[-1]
        slots = _LAWSUIT_CELLS if group.lastgroup == "lawsuit" else _RECONSIDERATION_CELLS
        numbers = [(m.start(2), m.end(2), m.group(2)) for m in run]
        section_id = next(s.section_id for s in reversed(ctx.seg.sections) if s.start <= numbers[0][0])
        figures.extend(_review_cells_figures(ctx, numbers, section_id, slots) or [])
    return figures


def _review_pair_runs(text: str) -> list[list[regex.Match[str]]]:
    """Runs of outcome-number pairs, each the five outcomes in the template's order, apart by no
    more than separators."""
    runs: list[list[regex.Match[str]]] = []
    run: list[regex.Match[str]] = []
    for pair in _REVIEW_PAIR_RE.finditer(text):
        joined = bool(run) and _REVIEW_PAIR_GAP_RE.fullmatch(text, run[-1].end(), pair.start()) is not None
        run = [*run, pair] if joined else [pair]
        if [m.group(1) for m in run] == list(_REVIEW_OUTCOMES[: len(run)]):
            if len(run) == len(_REVIEW_OUTCOMES):
                runs.append(run)
                run = []
        else:
            run = [pair] if pair.group(1) == _REVIEW_OUTCOMES[0] else []
    return runs


def _review_cells_figures(
    ctx: Extraction,
    numbers: list[tuple[int, int, str]],
    section_id: int,
    slots: tuple[str, ...] = _REVIEW_TEMPLATE_SLOTS,
) -> list[Figure] | None:
    """The template's numbers in order, each a part (disclosure cases only) of its metric."""
    figures = []
    for (start, end, cell_text), code in zip(numbers, slots, strict=True):
        q = _cell_quantity(cell_text, start, end, "件")
        if q is None:
            return None
        sentence = Sentence(-1, -1, section_id, start, end, cell_text)
        figure = Figure(q=q, sentence=sentence, local_label=cell_text)
        set_metric(figure, ctx.catalog.by_code[code], "table:disclosure_template")
        figure.scope = "subset"
        figure.period, figure.year = ctx.meta.period, ctx.report_year or None
        figures.append(figure)
    return figures


def _columns_name_metrics(ctx: Extraction, header: list[str], column_periods: list) -> bool:
    """A 合计 column beside columns that name metrics (地区 | 投诉 | 举报 | 咨询 | 合计): the
    columns are metrics and 合计 their sum, not a period."""
    if any(p is not None and not p.group("total") for p in column_periods):
        return False
    named = [
        h
        for h, p in zip(header[1:], column_periods[1:], strict=True)
        if p is None and not _SHARE_HEADER_RE.search(h)  # 占比: a share of the sum, read with it
    ]
    return bool(named) and all(ctx.catalog.cue_before(_header_unit(h)[0]) is not None for h in named)


def _sum_metric(ctx: Extraction, table: Table, labels: list[str]) -> Metric | None:
    """The metric a 合计 sums, from the metrics of the labels beside it: one metric when they all
    name it, else the catalog's [sums] entry whose parts they are (投诉 + 举报 + 咨询)."""
    codes = set()
    for label in labels:
        clean_label, _ = _header_unit(label)
        if _TOTAL_LABEL_RE.match(clean_label) or _SHARE_HEADER_RE.search(clean_label):
            continue
        metric, _ = _label_metric(ctx, table, FILLER_RE.sub("", clean_label), label)
        if metric is None or not metric.core or metric.unit in ("yuan", "percent"):
            continue
        codes.add(metric.code)
    if len(codes) == 1:
        return ctx.catalog.by_code[codes.pop()]
    for total, parts in ctx.catalog.sums.items():
        if codes and codes <= parts | {total}:
            return ctx.catalog.by_code[total]
    return None


_CELL_MULTIPLIERS = ("万亿", "千万", "百万", "亿", "万", "千")


def _cell_quantity(text: str, start: int, end: int, unit_text: str) -> Quantity | None:
    value_text = text.strip().replace(",", "").rstrip("%").removeprefix("+")  # "+8.70%": a signed change
    if not _CELL_NUMBER_RE.fullmatch(value_text):
        with_unit = _CELL_WITH_UNIT_RE.fullmatch(value_text)
        if with_unit is None:
            return None
        value_text, unit_text = with_unit.group(1), with_unit.group(2)  # "356件": the cell's own unit
    negative = value_text.startswith("-")
    value = parse_arabic(value_text.lstrip("-"))
    if negative:
        value = -value
    multiplier = ""
    unit_word = unit_text
    for mult in _CELL_MULTIPLIERS:  # 万元, 亿元, and a statistics table's 千元 or 百万元
        if unit_word.startswith(mult) and len(unit_word) > len(mult):
            multiplier, unit_word = mult, unit_word[len(mult) :]
            break
    if multiplier:
        value *= MULTIPLIERS[multiplier]
    is_percent = text.strip().endswith("%") or unit_word in ("%", "百分比")
    unit = "percent" if is_percent else UNIT_MAP.get(unit_word, "")
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return Quantity(
        start=start,
        num_start=start,
        end=end,
        value=value,
        unit_text=unit_text,
        unit=unit,
        qualifier="exact",
        multiplier=multiplier,
        is_percent=is_percent,
        is_points=False,
        is_chinese=False,
        pre="",
        post="",
    )


def _table_base_period(ctx: Extraction, table: Table) -> str:
    """The period of a table's figures when no label names one: its caption's time phrase
    (表 2024年1—11月…分领域情况 in a yearly release), else its section's, else the document's."""
    if table.caption and TIME_WORD_RE.search(table.caption):
        period = marker_period(ctx, table.caption)
        if period:
            return period
    return section_period(ctx, table.section_id) or ctx.meta.period


def _table_period(ctx: Extraction, m: regex.Match[str] | None, base: str) -> tuple[str, int | None] | None:
    """(period, year) for a row or column label, relative to the table's own period `base`."""
    year = ctx.report_year or None
    if m is None:
        return base, year
    if m.group("this"):
        return ctx.meta.period, year  # 本月, 当月（8月）: the report's own period, whatever the caption spans
    if m.group("dated_year"):
        quarter = m.group("dated_quarter")
        month = int(m.group("dated_month")) if m.group("dated_month") else None
        return _dated_period(ctx, int(m.group("dated_year")), month, _QUARTER_INDEX.get(quarter or "", 0))
    if m.group("year"):
        label_year = int(m.group("year"))
        if label_year == ctx.report_year:
            return "year", label_year
        # Any earlier year is a comparison figure for that year (2021年 | 2022年 | 2023年); a later
        # one is a target.
        return ("prior_year", label_year) if ctx.report_year and label_year < ctx.report_year else None
    if m.group("span"):
        return span_period(int(m.group("span"))), year
    if m.group("month"):
        return "month", year
    if m.group("quarter"):
        return "quarter", year
    if m.group("total"):
        if whole_year_period(ctx, m.group("total")):
            return "year", year  # 全年 | 全年投诉(件) beside the fourth quarter's column
        return ("to_date" if base in ("month", "to_date") else base), year
    if m.group("prev"):
        return "prior_year", (year - 1) if year else None
    if m.group("pop"):
        return "prior_period", year
    return base, year


_QUARTER_INDEX = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _dated_period(
    ctx: Extraction, year: int, month: int | None, quarter: int
) -> tuple[str, int | None] | None:
    """A column of one dated month or quarter (2026年1月 | 2025年1月 | 2025年12月) beside a release of
    that kind: its own period, the same period a year before, or the one just before it."""
    kind, per_year = ("month", 12) if month else ("quarter", 4)
    if not ctx.report_year:
        return kind, year
    end = doc_end_month(ctx.meta)
    own = ctx.report_year * per_year + (end if month else (end + 2) // 3)
    at = year * per_year + (month or quarter)
    if at > own:
        return None  # a later month's or quarter's: a target
    if ctx.meta.period == kind and at == own - per_year:
        return "prior_year", year
    if ctx.meta.period == kind and at == own - 1:
        return "prior_period", year
    return kind, year


# A part of a row's cases named by their cause: "不服投诉举报处理", "涉及登记注册", "因信息公开"
_CAUSE_LABEL_RE = regex.compile(r"不服|涉及|因")


def _table_figure(
    ctx: Extraction,
    table: Table,
    cell: Cell,
    label: str,
    unit_text: str,
    period_year: tuple[str, int | None] | None,
    scope_hint: str,
    above: tuple[str, ...] = (),
    sum_metric: Metric | None = None,
    caption_hit: CueHit | None = None,
    row_label: str = "",
) -> Figure | None:
    """The figure of one cell; `label` names its metric (the row's or the column's label) and
    `row_label`, when the label is the column's, says which row it is (合计 or a category)."""
    q = _cell_quantity(cell.text, cell.start, cell.end, unit_text)
    if q is None or period_year is None:
        return None
    sentence = Sentence(-1, -1, table.section_id, cell.start, cell.end, cell.text)
    figure = Figure(q=q, sentence=sentence, local_label=label)
    label_clean, _ = _header_unit(label)
    component = _COMPONENT_LABEL_RE.match(label_clean)
    words = FILLER_RE.sub("", label_clean[component.end() :] if component else label_clean)
    # "纠错（撤销/变更/确认违法）", "胜诉（驳回诉讼请求）": what the row counts, then its kinds
    words = CLOSED_PAREN_RE.sub("", words) or words
    figure.local_label = "其中" if component else label
    if _TOTAL_LABEL_RE.match(label_clean) and table.caption:
        words = _caption_subject(table.caption)  # 合计 of "2024年10月投诉举报咨询分类统计"
    section_path = ctx.seg.section(table.section_id).path
    # The header row is one subject's columns: 受理投诉举报 | 办结 counts complaints closed
    header_words = " ".join(c.text for c in table.header)
    context = "\n".join([label, *above, header_words, table.caption, section_path])
    if component and _CAUSE_LABEL_RE.match(words):
        # "其中：不服行政处罚": the cause of some of the row above's cases, not a count of penalties
        metric, subset = None, False
    else:
        metric, subset = _label_metric(ctx, table, words, label, above)
    if (
        metric is not None
        and caption_hit is not None
        and metric.unit != caption_hit.metric.unit
        and caption_hit.metric.unit == "yuan" == q.unit
    ):
        metric = None  # "ODR企业自行和解" under 挽回经济损失 in 万元: a channel of the money, no count
    if metric is None and caption_hit is not None:
        # A category row counts the caption's metric, a part of it; the 合计 row all of it.
        metric = caption_hit.metric
        subset = caption_hit.subset or not _TOTAL_LABEL_RE.match(row_label.strip() or label_clean)
    elif metric is None and _BARE_COUNT_RE.match(label_clean):
        # A bare 受理量 column counts what the report's headline received (各县区受理情况).
        metric = received_headline(ctx, figure, COUNT_SUFFIX_RE.sub("", label_clean), any_period=True)
    if sum_metric is not None and _TOTAL_LABEL_RE.match(label_clean):
        metric, subset = sum_metric, False
    if q.unit == "" and metric is not None and metric.unit not in ("yuan", "percent"):
        q = replace(q, unit=metric.units[0])
        figure.q = q
    elif q.unit == "" and metric is not None and metric.unit == "percent" and words.endswith("率"):
        # a 纠错率 row of a table whose unit line covers several units (单位：件、次、%)
        q = replace(q, unit="percent", is_percent=True)
        figure.q = q
    if metric is not None and accepts(metric, q, context):
        set_metric(figure, metric, "table")
        figure.scope = "subset" if subset or scope_hint == "subset" else "total"
    else:
        set_uncatalogued(figure, ctx.catalog.domain_for(label + table.caption) or "other", "table:fallback")
    figure.period, figure.year = period_year
    return figure


def _caption_subject(caption: str) -> str:
    """What a caption counts: "表1 2024年10月投诉举报咨询分类统计" -> "投诉举报咨询"."""
    return _CAPTION_TAIL_RE.sub("", _CAPTION_HEAD_RE.sub("", caption.strip()))


def _label_metric(
    ctx: Extraction, table: Table, words: str, label: str, above: tuple[str, ...] = ()
) -> tuple[Metric | None, bool]:
    """The metric a row or column label names, and whether it names only a part of it. A bare
    action (审结, 依法受理) or one cued for another topic takes the topic of the label, the rows
    above it (nearest first), the caption, the section, then the title."""
    catalog = ctx.catalog
    hit = catalog.cue_before(words) if words else None
    counted = COUNT_SUFFIX_RE.sub("", words)
    if hit is None and counted != words:
        hit = catalog.cue_before(counted)  # 立案数, 投诉数量 name 立案, 投诉
    if hit is None and counted.endswith("案件"):
        # A table's 行政处罚案件 row, or its 案件数 column, counts the cases handled.
        hit = catalog.cue_before("办理" + counted)
    names_topic = hit is not None and catalog.rightmost_topic(words[-hit.length :]) is not None
    action = None
    if hit is None:
        action = catalog.action_of(counted) if counted else None  # 受理量 is what was received
    elif not names_topic and hit.metric.code in catalog.topic_action_of:
        action = catalog.topic_action_of[hit.metric.code][1]
    elif not names_topic and names_bare_case_action(hit, words[-hit.length :]):
        action = catalog.action_of(words)
    if action is not None:
        section = ctx.seg.section(table.section_id)
        texts = [label, *reversed(above), table.caption, *reversed(section.path.split(" > "))]
        metric = topic_metric(catalog, action, texts, ctx.meta.title)
        if metric is not None:
            return metric, False
    if hit is None:
        return None, False
    # The rows of an association's 投诉量 column are its categories; its 总计 row is the whole.
    return hit.metric, hit.subset and not names_associations_whole(ctx, hit, words, column=True)


def _previous_month_column(ctx: Extraction, column_periods: list) -> int | None:
    """In a month's report, the column of the month before beside the month's own, when a 环比
    column compares them (项目 | 2月 | 3月 | 环比(%)): the base of the comparison, not a month
    reported in its own right (as in a series 1月 | 2月 | … | 5月)."""
    own = ctx.meta.period_month
    if ctx.meta.period != "month" or not own or own == 1:
        return None
    months = {
        i: int(m.group("month")) for i, m in enumerate(column_periods) if m is not None and m.group("month")
    }
    if sorted(months.values()) != [own - 1, own]:
        return None
    return next(i for i, month in months.items() if month == own - 1)


def _metric_rows(ctx: Extraction, table: Table, column_periods: list) -> list[Figure]:
    """Rows are metrics (指标名称 | 单位 | 2023年 | 2022年 | 同比增减(%))."""
    header = [c.text for c in table.header]
    base = _table_base_period(ctx, table)
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER_RE.match(h)), None)
    # 同比 first: a 环比增减 column is a change on the previous period, not on the year before.
    yoy_col = next((i for i, h in enumerate(header) if "同比" in h), None)
    if yoy_col is None:
        yoy_col = next(
            (i for i, h in enumerate(header) if _YOY_HEADER_RE.search(h) and "环比" not in h), None
        )
    # Other change columns (环比（%）, 环比增减) hold changes on the previous period, not figures.
    change_cols = {
        i
        for i, h in enumerate(header)
        if i != yoy_col
        and (_is_change_header(h) or (h.strip() in ("环比", "同比") and _percent_column(table, i)))
    }
    value_col = _key_value_column(table)  # 项目 | 数量: the lone value column holds the period's figures
    key_value = value_col is not None
    previous_month_col = _previous_month_column(ctx, column_periods) if change_cols else None
    label_col = _label_column(table, unit_col, value_col)
    sum_metric = _sum_metric(ctx, table, [row[label_col].text for row in table.rows if len(row) > label_col])
    # Rows of categories (类别 | 本月 | 上月) count what the caption names: "投诉量前五位类别情况"
    caption_cue = _categories_caption_cue(ctx, table)
    caption_hit, caption_words = caption_cue if caption_cue else (None, "")
    caption_money = _caption_money_unit(table.caption)
    # Columns naming no period beside a 合计 column are its parts (市局本级 | 县（市、区）局 | 合计).
    has_total = any(p is not None and p.group("total") for p in column_periods)
    figures: list[Figure] = []
    earlier_codes: set[str] = set()
    above: list[str] = []
    by_column: dict[int, list[Figure]] = {}
    # The rows of a 其中 block (其中：药品案件 | 医疗器械案件 | …) are parts of the row above the block
    parents: dict[int, Figure] = {}
    block_unit = previous_unit = ""
    for row in table.rows:
        if len(row) != len(header):
            continue
        # A label spanning the group column too sits left of the labels' column (| 小计（件） | | 38 |)
        label = next((row[c].text for c in range(label_col, -1, -1) if row[c].text), "")
        opens_block = bool(_COMPONENT_LABEL_RE.match(label.strip())) and not parents
        if opens_block:
            parents = {c: column[-1] for c, column in by_column.items() if column}
            block_unit = previous_unit
        in_block = opens_block and bool(parents)  # 其中：一般程序 names a metric, yet opens the block
        unit_text = row[unit_col].text if unit_col is not None else _header_unit(label)[1]
        if not unit_text and parents:
            unit_text = block_unit  # 其中：罚款 under 罚没款（万元）: its amounts in the head's 万元
        previous_unit = unit_text
        unit_text = unit_text or caption_money  # "表3 挽回经济损失情况" over "单位：万元"
        row_caption_hit = caption_hit
        if caption_hit is not None and _names_narrower_metric(ctx, table, label + caption_words, caption_hit):
            # 网络购物 under "受理投诉分类情况": the row and the caption's words name 网络购物投诉
            label, row_caption_hit = label + caption_words, None
        current: Figure | None = None
        cumulative: Figure | None = None
        for c, cell in enumerate(row):
            if c <= label_col or c in (unit_col, yoy_col) or c in change_cols:
                continue
            part_column = column_periods[c] is None and not (key_value and c == label_col + 1)
            if part_column and (not has_total or _SHARE_HEADER_RE.search(header[c])):
                if _SCORE_HEADER_RE.search(header[c]):
                    figures.extend(_score_figure(ctx, table, cell, base))
                continue
            period_year = _table_period(ctx, column_periods[c], base)
            if c == previous_month_col:
                period_year = ("prior_period", ctx.report_year or None)
            scope_hint = "subset" if part_column else "total"
            figure = _table_figure(
                ctx,
                table,
                cell,
                label,
                unit_text,
                period_year,
                scope_hint,
                tuple(above),
                sum_metric,
                row_caption_hit,
            )
            if figure is None:
                continue
            if figure.local_label == "其中" and figure.code in earlier_codes:
                figure.scope = "subset"  # 其中：依法受理 under 收到复议申请: a part of the row above
            if c in parents and (figure.metric is None or _part_named_of_another_count(figure, parents[c])):
                in_block = _part_of_the_block_head(figure, parents[c]) or in_block
            figures.append(figure)
            by_column.setdefault(c, []).append(figure)
            if figure.period in (base, ctx.meta.period) and current is None:
                current = figure
            if "累计" in header[c] and cumulative is None:
                cumulative = figure
        if not in_block:
            parents = {}  # a row named on its own closes the block
        earlier_codes.update(f.code for f in figures)
        above.append(label)  # a bare 撤销 row takes the topic of the rows above it (收到行政复议申请)
        if yoy_col is not None and cumulative is not None and "累计" in header[yoy_col]:
            current = cumulative  # 累计同比（%）: the change of the running total, not of the month
        if current is not None and yoy_col is not None:
            yoy = _cell_quantity(row[yoy_col].text, row[yoy_col].start, row[yoy_col].end, "%")
            if yoy is not None and yoy.unit_text.endswith("百分点"):
                current.delta_pct_points = yoy.value  # 纠错率 row: "-3.49个百分点"
            elif yoy is not None:
                current.yoy_pct = yoy.value
    for column in by_column.values():
        _rows_without_sum(column)
    return figures


def _part_named_of_another_count(figure: Figure, head: Figure) -> bool:
    """A row naming only a kind of cases (简易程序, 食品类案件) in the 其中 block of a row counting
    cases at another stage: a kind of what the head counts (作出处罚决定数 > 简易程序). Cases filed,
    closed and decided are stages side by side; complaint counts nest (投诉 within 投诉举报咨询),
    so a part named under one of them keeps its own code."""
    return (
        figure.scope == "subset"
        and figure.metric is not None
        and head.metric is not None
        and head.scope == "total"
        and figure.metric is not head.metric
        and figure.metric.unit == head.metric.unit
        and figure.metric.code.startswith(_STAGED_DOMAIN)
        and head.metric.code.startswith(_STAGED_DOMAIN)
    )


_STAGED_DOMAIN = "enforcement."


def _part_of_the_block_head(figure: Figure, head: Figure) -> bool:
    """A row of a 其中 block naming no metric of its own counts a part of what the head row counts."""
    if head.metric is None or not head.metric.core or figure.q.unit not in (head.q.unit, ""):
        return False
    figure.q = replace(figure.q, unit=head.q.unit)  # a unitless cell counts what its head counts
    set_metric(figure, head.metric, "table_part")
    figure.scope = "subset"
    return True


def _score_figure(ctx: Extraction, table: Table, cell: Cell, period: str) -> list[Figure]:
    """A performance table's 得分 cell: a figure of its own, though of no metric."""
    q = _cell_quantity(cell.text, cell.start, cell.end, "")
    if q is None:
        return []
    sentence = Sentence(-1, -1, table.section_id, cell.start, cell.end, cell.text)
    figure = Figure(q=q, sentence=sentence, local_label="得分")
    set_uncatalogued(figure, "other", "table:score")
    figure.period, figure.year = period, ctx.report_year
    return [figure]


def _label_column(table: Table, unit_col: int | None, value_col: int | None) -> int:
    """The column of the rows' labels: the first, or the one after it when the first groups rows
    under a merged cell, blank below its first row (行政处罚 | 结案（件） | 447 over | 罚没金额…)."""
    width = len(table.header)
    if value_col is not None and value_col >= 2 and _INDEX_HEADER_RE.match(table.header[0].text.strip()):
        return value_col - 1  # 序号 | 类别 | 统计项目 | 数量: the item beside the value names it
    rows = [row for row in table.rows if len(row) == width]
    if width < 3 or unit_col == 1 or not rows:
        return 0
    words = [row[1].text for row in rows]
    if all(row[0].text for row in rows):
        # 产出指标 | 查办各类违法案件 | …, 产出指标 | 食品抽检批次 | …: a group repeated down the first
        # column, each row's own name beside it
        groups = [row[0].text for row in rows]
        named = all(words) and len(set(words)) == len(words) and not any(map(_NUMBER_ONLY_RE.match, words))
        grouped = len(set(groups)) < len(groups) and not any(map(_NUMBER_ONLY_RE.match, groups))
        return 1 if named and grouped else 0
    return (
        1
        if sum(bool(w) for w in words) >= len(rows) - 1 and not any(map(_NUMBER_ONLY_RE.match, words))
        else 0
    )


def _key_value_column(table: Table) -> int | None:
    """The one column of values under a bare count, after labels (项目 | 数量), maybe behind an
    index and a group column (序号 | 执法行为类别 | 统计项目 | 数量) and before a unit or a remarks
    column (序号 | 执法类别 | 数量 | 计量单位 | 备注)."""
    header = [c.text.strip() for c in table.header]
    value_col = len(header) - 1
    while value_col > 1 and _TRAILING_HEADER_RE.match(header[value_col]):
        value_col -= 1
    if value_col < 1 or not _BARE_COUNT_RE.match(_header_unit(header[value_col])[0]):
        return None
    if value_col == 1:
        return value_col
    if not _INDEX_HEADER_RE.match(header[0]):
        return None
    rows = [row for row in table.rows if len(row) == len(header)]
    labelled = all(
        not _NUMBER_ONLY_RE.match(row[c].text.strip()) for row in rows for c in range(1, value_col)
    )
    return value_col if labelled else None


# Columns that may follow a table's values: their unit, a remark
_TRAILING_HEADER_RE = regex.compile(r"^(?:计量)?单位$|^备注$|^说明$")


# The row of what is left over (建议及其他, 其他): no metric of its own, and no category either
_OTHERS_LABEL_RE = regex.compile(r"^(?:\p{Han}{1,4}[及和、])?其[他它](?:类)?$")


def _rows_name_metrics(ctx: Extraction, table: Table, labels: list[str]) -> bool:
    """Every row but a 合计 names a core metric of its own: 投诉 | 举报 | 咨询 under 类别 | 件数."""
    named = [
        label for label in labels if not _TOTAL_LABEL_RE.match(label) and not _OTHERS_LABEL_RE.search(label)
    ]
    return len(named) >= 2 and all(
        (metric := _label_metric(ctx, table, FILLER_RE.sub("", label), label)[0]) is not None and metric.core
        for label in named
    )


def _caption_money_unit(caption: str) -> str:
    """The money unit a caption gives its amounts: "…统计表（单位：万元）" -> "万元"."""
    m = _CAPTION_MONEY_RE.search(caption)
    return m.group(1) if m else ""


def _percent_column(table: Table, column: int) -> bool:
    """Every filled cell of the column is a percentage ("-6.4%")."""
    cells = [row[column].text.strip() for row in table.rows if len(row) > column and row[column].text.strip()]
    return bool(cells) and all(c.endswith(("%", "％")) for c in cells)


def _names_narrower_metric(ctx: Extraction, table: Table, joint: str, caption_hit: CueHit) -> bool:
    """A category row whose name, with the caption's cue words after it, names a core metric of its
    own (网络购物 + 投诉 -> online-shopping complaints)."""
    metric = _label_metric(ctx, table, joint, joint)[0]
    return metric is not None and metric.core and metric is not caption_hit.metric


def _caption_words(ctx: Extraction, table: Table) -> str:
    caption = table.caption.strip() or ctx.seg.section(table.section_id).heading
    return CLOSED_PAREN_RE.sub("", _CAPTION_HEAD_RE.sub("", caption))


def _blank_header(table: Table) -> bool:
    return not any(c.text.strip() for c in table.header)


def _categories_caption_cue(ctx: Extraction, table: Table) -> tuple[CueHit, str] | None:
    """The caption's cue when the rows are categories of what it counts: under a 类别 header, or
    a blank one (a list of kinds under "投诉前十位（单位：件）")."""
    if _CATEGORY_HEADER_RE.search(table.header[0].text) or _blank_header(table):
        return _caption_cue(ctx, table)
    return None


def _caption_cue(ctx: Extraction, table: Table) -> tuple[CueHit, str] | None:
    """The first metric a caption names, read from its start, and the cue's words:
    "投诉量前五位类别情况（单位：件）" -> 投诉. A table without a caption takes its section's
    heading ("二、投诉热点")."""
    words = _caption_words(ctx, table)
    for end in range(len(words), 1, -1):
        hit = ctx.catalog.cue_before(words[:end])
        if hit is not None and hit.metric.core:
            return hit, words[end - hit.length : end]
    return _caption_received_cue(ctx, words)


# A caption naming only the act of receiving: "分渠道受理情况如下：", "受理量分布"
_CAPTION_RECEIVED_RE = regex.compile(
    r"(?:受理|接收|登记)(?:总体|基本)?(?:情况|量|数量|数)?(?:如下|分布|统计|汇总)?[：:]?\s*$"
)


def _caption_received_cue(ctx: Extraction, words: str) -> tuple[CueHit, str] | None:
    """A caption that names only 受理 counts what the report's one received headline counts: the
    channels of "分渠道受理情况如下" are parts of the 投诉举报咨询 received above."""
    if not _CAPTION_RECEIVED_RE.search(words):
        return None
    metrics = {f.code: f.metric for f in ctx.received_headlines.values() if f.metric is not None}
    if len(metrics) != 1:
        return None
    (metric,) = metrics.values()
    return CueHit(metric, False, 0), ""


def _is_change_header(header: str) -> bool:
    """A column of changes: "环比（%）", "同比增减", "增幅(%)"; not "上年同期" or "环比" alone."""
    label, unit = _header_unit(header)
    if _YOY_HEADER_RE.search(label):
        return True
    return ("环比" in label or "同比" in label) and unit in ("%", "％")


def _rows_without_sum(column: list[Figure]) -> None:
    """Rows of one metric in one column (维持 | 驳回复议申请, both upheld) are parts of it: the row
    that is the others' sum (a 小计 row) stays the whole; with no stated sum, every row is a part."""
    by_metric: dict[tuple[str, str, int | None], list[Figure]] = {}
    for f in column:
        if f.metric is not None and f.metric.core and f.scope == "total":
            by_metric.setdefault((f.code, f.period, f.year), []).append(f)
    for group in by_metric.values():
        if len(group) < 2 or mark_kinds_as_parts(group) or len({f.q.value for f in group}) == 1:
            continue
        whole = next((f for f in group if f.q.value == sum(g.q.value for g in group if g is not f)), None)
        for f in group:
            if f is not whole:
                f.scope = "subset"


def _metric_columns(ctx: Extraction, table: Table, row_periods: list) -> list[Figure]:
    """Columns are metrics (月份 | 投诉 | 举报 | 挽回经济损失(万元)); rows are periods or categories."""
    header = [c.text for c in table.header]
    figures: list[Figure] = []
    rows_are_periods = all(row_periods)
    base = _table_base_period(ctx, table)
    campaign = bool(ctx.catalog.markers["campaign"].search(table.caption + "\n" + (ctx.meta.title or "")))
    sum_metric = _sum_metric(ctx, table, [_header_unit(h)[0] for h in header[1:]])
    yoy_col = next((i for i, h in enumerate(header) if "同比" in h and _is_change_header(h)), None)
    topic_rows = [r for r, row in enumerate(table.rows) if row and ctx.catalog.rightmost_topic(row[0].text)]
    one_case_rows = any(_CASE_ID_HEADER_RE.search(h) for h in header)
    caption_money = _caption_money_unit(table.caption)
    # Categories counted in a bare 件数 column (类别 | 件数 | 占比) count what the caption names,
    # unless the rows name metrics themselves (投诉 | 举报 | 咨询 | 合计).
    blank_header = _blank_header(table)
    caption_cue = _categories_caption_cue(ctx, table)
    caption_hit, caption_words = caption_cue if caption_cue else (None, "")
    labels = [row[0].text.strip() for row in table.rows if row]
    metric_rows = _rows_name_metrics(ctx, table, labels)
    online = bool(_ONLINE_CAPTION_RE.search(table.caption) or _PLATFORM_HEADER_RE.search(header[0]))
    topic_columns = (
        not rows_are_periods
        and not topic_rows
        and _columns_name_topics(ctx, header)
        and _rows_name_actions(ctx, labels)
    )
    by_column: dict[int, list[Figure]] = {}
    row_sum = _sum_metric(ctx, table, labels) if metric_rows else None
    for r, row in enumerate(table.rows):
        if len(row) != len(header):
            continue
        period_year = (
            _table_period(ctx, row_periods[r], base) if rows_are_periods else (base, ctx.report_year)
        )
        if period_year is None:
            continue
        if rows_are_periods and row_periods[r] is not None and row_periods[r].group("month"):
            month = int(row_periods[r].group("month"))
            if ctx.meta.period == "month" and month != ctx.meta.period_month:
                period_year = ("month", ctx.report_year)
        row_label = row[0].text.strip()
        # A row naming a topic (行政复议 | 行政诉讼 under 收案 | 审结 | 维持/胜诉…) gives the columns'
        # actions their topic, and is a whole of its own, not a category.
        topic_row = ctx.catalog.rightmost_topic(row_label) is not None
        whole = (
            rows_are_periods
            or (topic_row and not _CATEGORY_OF_TOPIC_RE.search(row_label))
            or bool(_WHOLE_AREA_RE.match(row_label))
            or bool(_TOTAL_LABEL_RE.match(row_label) and not campaign)  # a campaign's 合计 is its own
        )
        if one_case_rows and not _TOTAL_LABEL_RE.match(row_label):
            whole = False  # 吉市监处罚〔2025〕231号 | 当事人 | … | 5000.00: one decision's row
        scope_hint = "total" if whole else "subset"  # 贵阳市 | … rows are parts; 全省 is the whole
        above = (row_label,) if topic_row else ()
        row_figures: list[Figure] = []
        for c, cell in enumerate(row):
            if c == 0 or _INDEX_HEADER_RE.match(header[c]) or _LABEL_HEADER_RE.search(header[c]):
                continue
            if _is_change_header(header[c]) or header[c].strip() in ("环比", "同比"):
                continue  # changes on another period, not figures (同比 is the row's yoy_pct)
            label, unit_text = _header_unit(header[c])
            label = _SUBTOTAL_HEADER_RE.sub(r"\1", label)  # 案件数：小计 counts all the cases
            if not unit_text and caption_money and _MONEY_HEADER_RE.search(label):
                unit_text = caption_money  # 涉及金额 under "统计表（单位：万元）"
            if topic_row:
                if unit_text and ctx.catalog.cue_before(unit_text) is not None:
                    # 纠错（败诉）: not a unit in the brackets but the second topic row's word
                    label, unit_text = f"{label}/{unit_text}", ""
                label = _alternative_for_row(label, topic_rows.index(r), len(topic_rows))
            cell_period = period_year
            column_period = _COLUMN_PERIOD_RE.match(label)
            if column_period and not rows_are_periods:
                # 本季度投诉量（件） | 上季度投诉量（件）: the column names its period and its metric.
                label = label[column_period.end() :]
                cell_period = _table_period(ctx, _TABLE_PERIOD_RE.match(column_period.group()), base)
                if cell_period is None:
                    continue
            if _SHARE_HEADER_RE.search(label):
                share = _share_cell(table, cell, label, cell_period, figures)
                if share is not None:
                    figures.append(share)
                continue
            if online and _online_complaints(ctx, label):
                label = _ONLINE_CATEGORY + label  # 受理投诉举报 of platforms: 网络交易投诉举报
            bare_count = caption_hit if _BARE_COUNT_RE.match(label) or blank_header else None
            if bare_count is not None and _names_narrower_metric(
                ctx, table, row_label + caption_words, bare_count
            ):
                # 网络购物 under "投诉热点": the row and the caption's words name 网络购物投诉 together
                label, bare_count = row_label + caption_words, None
            column_sum = sum_metric
            cell_scope = scope_hint
            cell_above = above
            if metric_rows and _BARE_COUNT_RE.match(label):
                # The row names the metric, a whole of its own unless its cue names a part.
                label, bare_count, column_sum, cell_scope = row_label, None, row_sum, "total"
            elif topic_columns:
                # 收案 | 审结 | 维持 rows under 行政复议（件） | 行政诉讼（件）: the row names the action,
                # its column the topic, and each row is a whole unless it is one kind of an outcome.
                label, cell_above, column_sum, cell_scope = row_label, (label,), None, "total"
            cell_figure = _table_figure(
                ctx,
                table,
                cell,
                label,
                unit_text,
                cell_period,
                cell_scope,
                cell_above,
                column_sum,
                bare_count,
                row_label if bare_count is not None else "",
            )
            if cell_figure is not None:
                figures.append(cell_figure)
                row_figures.append(cell_figure)
                by_column.setdefault(c, []).append(cell_figure)
        if yoy_col is not None:
            _attach_row_yoy(row, yoy_col, row_figures)
        _rows_without_sum(row_figures)  # 维持 | 驳回 columns of one row: both upheld, no sum given
    if topic_columns:
        for column in by_column.values():
            _rows_without_sum(column)  # 维持 | 驳回 rows of one topic's column: both upheld
    return figures


def _rows_name_actions(ctx: Extraction, labels: list[str]) -> bool:
    """Most rows name what was done (收案 | 审结 | 维持), not categories (综合电商平台 | 直播电商平台
    under 立案（件） | 受理投诉举报（件）, whose columns are metrics of topics of their own)."""
    named = [label for label in labels if not _TOTAL_LABEL_RE.match(label)]
    acting = [label for label in named if ctx.catalog.action_of(label) or ctx.catalog.cue_before(label)]
    return 2 * len(acting) >= len(named)


def _online_complaints(ctx: Extraction, label: str) -> bool:
    """A column of complaints that, in a table of the online market, counts online ones: the
    category's name before it makes a cue of online complaints (not of 网络交易违法案件)."""
    hit = ctx.catalog.cue_before(_ONLINE_CATEGORY + label)
    return hit is not None and hit.metric.code == "complaints.online_shopping"


def _columns_name_topics(ctx: Extraction, header: list[str]) -> bool:
    """Every column after the labels' names a topic of its own (行政复议（件） | 行政诉讼（件）)."""
    topics = [ctx.catalog.rightmost_topic(_header_unit(h)[0]) for h in header[1:]]
    return len(topics) >= 2 and all(topics) and len(set(topics)) == len(topics)


def _alternative_for_row(label: str, at: int, topic_rows: int) -> str:
    """维持/胜诉 over the rows 行政复议 | 行政诉讼: one word per topic row, in the rows' order."""
    alternatives = _ALTERNATIVES_RE.split(label)
    return alternatives[at] if len(alternatives) == topic_rows > 1 else label


def _share_cell(
    table: Table, cell: Cell, label: str, period_year: tuple[str, int | None], figures: list[Figure]
) -> Figure | None:
    """A 占比（%） cell: the share of the figure before it in the table."""
    q = _cell_quantity(cell.text, cell.start, cell.end, "%")
    if q is None:
        return None
    sentence = Sentence(-1, -1, table.section_id, cell.start, cell.end, cell.text)
    figure = Figure(q=q, sentence=sentence, local_label=label, code="", unit="percent")
    share_of = next((f for f in reversed(figures) if f.sentence.start < cell.start), None)
    figure.code = (
        f"{share_of.code}_share_pct" if share_of is not None and share_of.code else "other.share_pct"
    )
    figure.period, figure.year = period_year
    figure.rule = "table:share"
    return figure


def _attach_row_yoy(row: tuple[Cell, ...], yoy_col: int, row_figures: list[Figure]) -> None:
    """A 同比增减（%） cell is the yoy_pct of its row's first count."""
    counts = [f for f in row_figures if f.metric is not None and not f.q.is_percent]
    yoy = _cell_quantity(row[yoy_col].text, row[yoy_col].start, row[yoy_col].end, "%")
    if counts and yoy is not None and not yoy.unit_text.endswith("百分点"):
        counts[0].yoy_pct = yoy.value
