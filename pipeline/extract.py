"""Extract: every figure of a report as an observation with its meaning.

For each quantity `numbers.find_quantities` finds in the clean text, in
reading order, sentence by sentence:

1. skip what is not a fact of the period: figures inside quotes or book
   titles, ordinals, legal thresholds (5万元以上的), ranges (5%~15%), targets
   (力争…) and future-plan sections (years, dates, codes and names such as
   12315 never become quantities: they carry no unit);
2. decide its role: a figure of its own, a comparison value (比去年同期（N件）
   -> prior_year, 环比上月 -> prior_period), a percentage change (goes into the
   compared figure's yoy_pct or delta_pct_points), or a share of a total;
3. name its metric: the longest catalog cue ending at the words before it, or
   starting the noun phrase after it, or the set it is a part of (其中…, 从…看,
   不服…的N件), or the figure it is listed beside, else `<domain>.other_<unit>`;
4. give it a scope (a campaign, sub-unit, category or component is `subset`),
   a period (`periods`), a year, a qualifier, its sentence as evidence and its
   raw span.

Tables are read cell by cell (`tables`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import polars as pl
import regex

from pipeline.catalog import Catalog, CueHit, Metric, default_catalog
from pipeline.clean import CleanReport, to_simplified
from pipeline.describe import ReportMeta, leading_place
from pipeline.figures import (
    CLOSED_PAREN_RE,
    COUNT_SUFFIX_RE,
    Extraction,
    Figure,
    accepted_cue,
    accepts,
    mark_kinds_as_parts,
    names_associations_whole,
    names_bare_case_action,
    received_headline,
    remember_received_headline,
    sentence_before,
    set_metric,
    set_uncatalogued,
    strip_filler,
    title_topic,
    topic_metric,
)
from pipeline.numbers import Quantity, find_labelled_values, find_quantities
from pipeline.periods import TIME_WORDS, figure_period, first_end, prior_year_of
from pipeline.schemas import OBSERVATION_SCHEMA
from pipeline.segment import Paragraph, Segmentation, Sentence, heading_words
from pipeline.tables import table_figures

_CLAUSE_DELIMS = "，；：。！？\n"
_CONNECTORS = frozenset("、，,和及与以并")
# The noun phrase after a figure, up to the next punctuation or number: "行政处罚案件进行评查"
# (the kinds of case counted may be listed: "五件复议、诉讼案件中")
_NOUN_AFTER_RE = regex.compile(r"[^，；。：！？、\n（(\d]{1,24}(?:、[^，；。：！？、\n（(\d]{1,8}?案件)?")
# List connectors at either end of a figure's own words: "、举报", "江汉区、武昌区和"
_LIST_CONNECTORS_RE = regex.compile(r"^[、，,和及与以及并]+|[、，,和及与以及]+$")
# An ordinal or rank just before a number: "第4类", "全市排名第2"
_ORDINAL_BEFORE_RE = regex.compile(
    r"(?r)(?:第|排名|排第|[分并名位]列|序号|(?:位居|居|排(?:名|在)?|位列|列)(?:全[国省市区县])?前)\s*\Z"
)
_ORDINAL_LAST = frozenset("第名列号前 ")
# A ranking before a list: "…投诉举报数量居前三位，分别为", "投诉量居前三位的是A、B和C，分别为";
# the words before it name the metric, and the ranked figures are parts of it.
_RANK = (
    r"(?:数量|数|量)?均?(?:(?:位居|位列|居|排(?:名|在)?|列)(?:全[国省市区县])?(?:第|前)[一二两三四五六七八九十\d]{1,2}(?:位|名)?"
    r"|前[一二两三四五六七八九十\d]{1,2}(?:位|名)(?=(?:的[\p{Han}]{0,8}?)?(?:依次|分别))"
    # "投诉量排名靠前的A、B、C分别为": the top few, their number unsaid
    r"|(?:排名|排位|位次)?(?:靠前|居前列|位居前列)(?=的[\p{Han}、和及]{1,40}?(?:依次|分别)))"
)
_RANK_TAIL_RE = regex.compile(
    _RANK
    + r"(?:(?:的[\p{Han}]{0,4}?)?(?:(?:分别|依次)(?:为|是)|是|(?<=的)为)[^，,；。]{1,60}|的[\p{Han}、和及]{1,40}?(?=(?:分别|依次)))?"
    + r"[，,]?(?:分别|依次)?(?:为|是|[\p{Han}]{1,2})?\Z"
)
# A ranking that leads a list of items in clauses of their own: "投诉量居前五位的依次为：" (the
# ranked words then name no metric of their own)
_RANK_LEAD_RE = regex.compile(_RANK + r"(?:的[\p{Han}]{0,8}?)?[，,]?(?:依次|分别)(?:为|是)[：:]?")
# A ranking after the list it ranks: "餐饮服务892件、美容美发服务517件，分列服务类投诉前两位"
_RANK_AFTER_RE = regex.compile(
    r"[^。；;]*?[，,](?:分列|位列|分居|列)([\p{Han}]{1,12}?)(?:数量|量)?(?:的)?"
    r"(?:前[一二两三四五六七八九十\d]{1,2}(?:位|名)|第一位|首位)"
)
# A superlative leading the figure's clause: "5月是本季度受理量最高的月份，共"
_SUPERLATIVE_LEAD_RE = regex.compile(
    r"(\p{Han}{1,8}?)(?:数量|数|量)(?:最高|最多|最大)(?:的\p{Han}{1,4})?[，,](?:共计|合计|共|达|为|计)?\Z"
)
# A ranking inside a list's lead line: "9月份投诉量排名前五位的商品和服务类别依次为："
_RANK_RE = regex.compile(_RANK)
# What a ranking ranks by, after the thing counted: "投诉热点前五位" ranks complaints
_RANKED_BY_TAIL_RE = regex.compile(r"(?:热点|热点问题|热点领域|类别|排名|排行)\Z")
# A ranking's frame naming what it sorts by: "按投诉量排序，居前五位的…"
_SORTED_BY_RE = regex.compile(r"按(\p{Han}{1,10}?)(?:从高到低|由高到低|多少)?(?:排序|排名|排列|排行)[，,]?\Z")
# A count of batches or rounds right before a figure: "两批|12个", "分3轮|检查86户"
_BATCHES_BEFORE_RE = regex.compile(r"(?:\d+|[一二两三四五六七八九十]{1,3})(?:批|轮|期)(?:共计|合计|共|计)?\Z")
# Words before a figure that state a fact in a section of plans: what remains to be done, or
# what was done already ("发布会上，省局还通报了5起…典型案例")
# A sentence's opening period that is already over: "1—8月，", "今年以来，", "截至2024年9月底，";
# or a summing-up, which looks back ("综上，2025年全县…取得一定成效")
_PAST_OPENER_RE = regex.compile(
    r"(?:(?P<year>20\d{2})年)?(?:1\s*[-—–~至]\s*(?P<last_month>\d{1,2})月(?:份)?|今年以来|年初以来|截至|截止|当前|目前)"
    r"[^，。；！？]{0,12}[，,]"
    r"|(?:综上所述|综上|总之|总的来看|总的看|总体来看|总体看|总体上看|总体而言|综合来看)[，,]\s*(?:(?P<year>20\d{2})年)?"
)
_REMAINING_RE = regex.compile(r"尚未|仍未|未完成|剩余|\p{Han}了\s*\Z")
_BASE_OF_PLAN_RE = regex.compile(r"(?:的|之)?基础上")
# A list line: "1. 食品：2861件", "（2）餐饮服务…"
_NUMBERED_ITEM_RE = regex.compile(r"^\s*(?:\d{1,2}[、．.](?![\d.])|[（(]\d{1,2}[）)])")
_LIST_LEAD_END = ("：", ":")
# Some of the figure right before: "9件|案件中有|7件"
_AMONG_RE = regex.compile(r"^(?:案件|申请|投诉|举报|诉讼|复议)?中(?:有|共有|的)$")
_THRESHOLD_NEXT = frozenset("以的内之及")
# Words that only continue a list: "、", "分别为", "和"
# A label that only names a period, after a figure of the list: "，11月", "、第三季度", "；2023年"
_PERIOD_ONLY_RE = regex.compile(
    r"^[，、；,;”“]{0,3}(?:(?:1[0-2]|[1-9])月(?:份)?|第?[一二三四]季度|(?:20|19)\d{2}年(?:度)?)[为是]?$"
)
_CONNECTOR_ONLY_RE = regex.compile(
    r"^(?:[、，和及与以及或]|分别(?:为|是|达到|达)?|其中|另有|另|各|均为|依次为)*$"
)
# Quoted names and book titles, whose figures are names, not facts: “4进3”, 《…（2021—2025年）》
_QUOTE_SPANS_RE = regex.compile(
    r"“[^”\n]{0,24}”|「[^」\n]{0,24}」|《[^》\n]{0,80}》|〈[^〉\n]{0,60}〉|\"[^\"\n]{0,24}\""
)
# A quoted data label, a year and its figure, is a fact, not a name: 柱体标注为“2024年 241件”
_QUOTED_DATA_LABEL_RE = regex.compile(r"“(?:19|20)\d{2}年度?[：:\s]*\d[\d,.]*\s*\p{Han}{1,2}”")
# (the catalog marker decides: 五年来, not 近年来; 三年中, not 2023年中)
_CUMULATIVE_HINTS = ("累计", "历年", "年来", "年间", "年中", "五期间", "五时期", "五以来", "五”")
# A bracketed value right after a change: "（7月22568件）", "（上月3270件）", "（上年同期8559件）",
# "（上年立案148件）"
_BRACKETED_COMPARISON_RE = regex.compile(
    r"^[（(](?:(?:上年同期|去年同期|上年|去年|上月|上季度|上期)(?:\p{Han}{1,6}?(?<!其中|含|包括))?|同期|本月"
    r"|\d{1,2}月(?:份)?"
    r"|\d{4}年(?:同期|上半年|下半年|第?[一二三四]季度)?|[一二三四]季度)?(?:为|是)?$"
)
# A change named right after a bracketed value: "（33102件）环比下降"
_CHANGE_AFTER_BRACKET_RE = regex.compile(r"[）)](环比|同比)")
_PRIOR_PERIOD_WORD_RE = regex.compile(r"上月|上季度|上期|\d{1,2}月|[一二三四]季度")
# The words of a change, to find the metric it is a change of: "举报量环比下降" -> "举报量"
_CHANGE_WORDS_RE = regex.compile(
    r"(?r)(?:(?:同比|环比|比上年|较上年|比去年|较去年|较上月|比上月)(?:分别)?)?"
    r"(?:增长|下降|上升|减少|提高|降低|增加|回落|增幅|降幅)(?:了)?$"
)
# The last marker of a component before a figure: "其中投诉…", "（含申请人撤回申请31件）"
_COMPONENT_RE = regex.compile(r"(?r)其中|[（(]含|[（(]包括")
_QUOTE_CHARS_RE = regex.compile(r"[“「《〈\"]")
# Figures derived from leads or checks are part of the whole: "依据举报线索立案查处162件",
# "处理举报493件，立案21件" (reports alone, counted right before), "不合格样品核查处置6批次，立案查处4件"
_LEAD_SOURCE_RE = regex.compile(
    # (not "接收各类案件线索5,216条，立案…": leads of every kind are no one source of the cases)
    r"线索(?<!各类线索|各类案件线索)|依托投诉|依据举报|经核查|其中涉及|诉转案|核查处置"
    r"|(?<!投诉)举报[\d,.]+万?[件条][，,]\p{Han}{0,4}$"
)
# A referral of crime leads, or of cases and their leads (移送涉嫌犯罪案件（线索）38件), starts from no lead source
_CRIME_LEAD_RE = regex.compile(r"犯罪线索|案件(?:[（(]线索[）)]|[及和、与]线索)")
# A part named as a category: "食品类", "药品类"
_CATEGORY_PART_RE = regex.compile(r"\p{Han}类$")
# The field a part is about: "其中涉及食品安全的11件", "涉及价格的"
_INVOLVING_PART_RE = regex.compile(r"涉及[\p{Han}、]{2,12}的?$")
# After an amount with no unit: it names a category, not a count ("超千万规模直播间")
_ATTRIBUTE_AFTER_RE = regex.compile(r"规模|级|量级|以上|以下|[A-Za-z\d]")
_HAN_RE = regex.compile(r"\p{Han}")
_TWO_HAN_RE = regex.compile(r"\p{Han}{2}")
# A range: "1至2件", "5%~15%", "7月25日-8月10日"
_RANGE_AFTER_RE = regex.compile(r"[-—~至到]\d")
# The next item of a list: "9件、2件"
_LIST_NEXT_RE = regex.compile(r"[、和及]")
# A campaign phrase followed by its own count: "开展整治行动37起"
_OWN_COUNT_RE = regex.compile(r"\d|[一二两三四五六七八九十]+[起次项个场]")
# "审结案件中" / "败诉案件分布在": the words before name the whole of the parts after
_FRAME_OF_WHOLE_RE = regex.compile(r"^(.+?)(?:中|分布(?:在|于|为|是))$")
# "…，一审收案中，" / "败诉案件中，因…": a clause inside a sentence naming the whole of the parts after it
_INNER_FRAME_RE = regex.compile(r"(?<=[，；：])([^，。；：]{2,16}?)中(?=[，,]|涉及)")
# The label of one part in a list of parts: "不服行政处罚的9件", "涉及行政处罚的案件5件", "其他2件"
_PART_LABEL_RE = regex.compile(r"(?:的|的案件|的申请|的投诉)(?:分别(?:为|是))?$|^其他")
_RESPECTIVELY_RE = regex.compile(r"分别(?:为|是|达到|达)?$")
_YEAR_RE = regex.compile(r"(20\d{2}|19\d{2})年")
# Cases referred to as a kind named before them: "共查办此类案件9件"
_THIS_KIND_OF_CASES_RE = regex.compile(r"(?:此类|这类|该类)案件$")
_CASE_NOUN_END_RE = regex.compile(r"案件?")
# One case named before a figure in its clause run: "查处的一起加油站计量作弊案，", "某商贸有限公司擅自
# 使用“房县黄酒”地理标志案，违法经营额达…" (not "查办某公司虚假宣传案等一批大案")
_SINGLE_CASE_RE = regex.compile(
    r"[一1]起[^，。；]{0,30}案|某[^，。；“”]{1,20}(?:“[^”]{1,10}”)?[^，。；“”]{0,12}案中?(?=[，：；])"
)
# Cases named again by reference, in the clauses after them: "查处商标侵权案件386件；查处假冒专利
# 案件42件；两类案件罚没款共计1,563.8万元，移送…27件"
_CASES_REFERRED_TO_RE = regex.compile(
    r"(?:上述|以上|这些|此类|该类|[两二三四五六七八九几]类)[\p{Han}]{0,4}?案件[^；;。]*\Z"
)
# Frames that list a figure's parts by some dimension: 从领域分布看, 分地区看, 按类别分
_DISTRIBUTION_OPENERS = frozenset("从分按")
# "由2022年的16.67%降至", "由2022年的22件下降至2023年的": between a change's subject and its figures
_FROM_TO_RE = regex.compile(
    r"由(?:20\d{2}年度?)?的?(?:[\d.]+[%件起家户人个项次万亿元]*)?"
    r"(?:(?:下降|上升|提高|增加|减少|降低|增长|降|升|增|减)[至到为]|变为)?(?:20\d{2}年度?的?)?\Z"
)
# A year as a time phrase (not 2015年以来, 2022年同期, 2022年底, 2022年12月), and the words that
# make a later figure the value a change went to.
# (not the start of a stretch: "自2022年全区启动整治以来"; nor where carried-over cases came from: "2022年结转的")
_YEAR_MARK_RE = regex.compile(r"(?<![自从])(20\d{2})年度?(?!以来|同期|底|末|初|结转|结存|遗留|\d)")
_LAST_YEAR_WHOLE_RE = regex.compile(r"(?:去年|上年|上一年)(?:全年|度)(?!\p{Han}{0,2}报告)")
# A run of clauses opened by the same part of the year before: "2024年同期，", "去年同期，"
_PRIOR_SAME_PART_OPENER_RE = regex.compile(r"\s*(?:(20\d{2})年|去年|上年)同期[，,]")
# A clause of its own on last year: "，去年受理418件", "，上年同期查处37件"
_LAST_YEAR_CLAUSE_RE = regex.compile(r"(?:而|但)?(?:去年|上年|上一年)(?!度)(?:同期)?(?=\p{Han}{1,10}\Z)")
# A year right before a figure: "2023年的", "2023年9月（"
_YEAR_BEFORE_FIGURE_RE = regex.compile(r"(20\d{2})年度?(?:同期|同月|\d{1,2}月份?)?(?:的|为|是)?[（(]?$")
# A share and what it is taken of: "占新收复议案件的71.15%", "占全部投诉量的比重为38.2%"
_SHARE_OF_RE = regex.compile(r"占([^，。；、%\d]{2,16}?)(?:的)?(?:比重|比例)?(?:为|达)?\d")
# A label opening a list line: "樊城区局：", "市局本级：" (a unit's name, not a clause)
_LEAD_LABEL_RE = regex.compile(r"\s*([^：:，。；、\d]{2,14}(?:局|所|队|本级|中心))[：:]")
_NEW_VALUE_RE = regex.compile(r"[降升增减提][至到]|下降至|上升至|提高到|增加到|减少到|降低到|变为")
# A change named right after a compared year: "比2023年|增加|7件", "较2022年同期|减少了|12件"
_COMPARED_WITH = frozenset("比较与")
_COMPARISON_DONE_RE = regex.compile(
    r"(?:[^，,；;]|,(?=\d{3}))*?(?:增加|减少|增长|下降|上升|提高|降低)(?:[^，,；;]|,(?=\d{3}))*?\d[^，,；;]*[，,]"
)
_CHANGE_SINCE_RE = regex.compile(
    r"(?:同期)?(?:相比)?[，,]?(?:净)?(?:增加|减少|增长|下降|上升|提高|降低|多|少)了?"
)


# A count by which a figure changed, right after what it is compared with: "比上年（35件）增加7件",
# "同比减少12件" (a change, not a figure of either year)
_CHANGE_AMOUNT_RE = regex.compile(
    r"(?:(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度|\d{4}年)|[）)])"
    + _CHANGE_SINCE_RE.pattern
    # or a bare change right after a figure's clause, its comparison said once before: "举报74件，减少17件"
    + r"|(?<=\d\p{Han}{1,2}[，,])(?:净)?(?:增加|减少|多|少)了?)\Z"
)
# The most characters _CHANGE_AMOUNT_RE can span ("较2023年同期相比，净增加了"): how far back to look
_CHANGE_AMOUNT_REACH = 16


@dataclass
class _Scan:
    """What a sentence says once, for all its figures: marker positions, found on first use."""

    text: str
    markers: dict[str, regex.Pattern[str]]
    quoted: list[tuple[int, int]]
    target_at: int
    frame: regex.Match[str] | None
    # Where the first time word (TIME_WORDS) and the first 累计-like word end: the words
    # before a figure contain one exactly when they reach that far.
    time_word_end: int
    cumulative_end: int
    context: str = ""
    _marks: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def _spans(self, kind: str) -> list[tuple[int, int]]:
        marks = self._marks.get(kind)
        if marks is None:
            marks = self._marks[kind] = [m.span() for m in self.markers[kind].finditer(self.text)]
        return marks

    def first(self, kind: str, before: int, after: int = 0) -> tuple[int, int] | None:
        """The first marker of `kind` (a catalog marker) within [after, before) of the sentence."""
        return next((m for m in self._spans(kind) if after <= m[0] < before), None)

    def spans(self, kind: str, before: int, after: int = 0) -> list[tuple[int, int]]:
        """Every marker of `kind` within [after, before) of the sentence."""
        return [m for m in self._spans(kind) if after <= m[0] < before]

    def words(self, kind: str, before: int, after: int = 0) -> list[str]:
        """Every marker of `kind` within [after, before), as the words the sentence writes."""
        return [self.text[s:e] for s, e in self._spans(kind) if after <= s < before]


@dataclass
class _SentenceState:
    """What earlier figures of the sentence tell later ones."""

    mains: list[Figure] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    topic: str = ""  # the cue words of the last core figure: "新收行政复议案件"
    respective: list[_SubjectList] = field(default_factory=list)


@dataclass
class _SubjectList:
    """Metrics named in a list before 分别, which the values after it take in order:
    "投诉、举报、咨询分别为…", "投诉、举报、咨询三项分别环比上月（a、b、c）"."""

    values_from: int  # where the values may start: just after 分别
    subjects: list[str]
    taken: int = 0
    role: str = "main"  # prior_year or prior_period when the values are the compared ones
    periods: bool = False  # the names are months or quarters: "4月、5月、6月分别受理…"
    compared: bool = False  # the values follow 较…的 before 分别: an earlier time's


def extract_observations(
    clean: CleanReport,
    seg: Segmentation,
    meta: ReportMeta,
    report_id: str,
    source_file: str,
    catalog: Catalog | None = None,
) -> pl.DataFrame:
    """The `Observations` frame of one report."""
    catalog = catalog or default_catalog()
    ctx = Extraction(clean, seg, meta, catalog, meta.report_year or 0)
    ctx.future_sections = _future_sections(ctx)
    prose = _prose_figures(ctx)  # first: tables read against the prose's headline figures
    tabled = _as_fields_tables(ctx, table_figures(ctx))
    # A template read from prose ("结果维持2件、结果纠正1件…") is read once, as the template.
    read_as_template = {f.q.start for f in tabled}
    figures = [f for f in prose if f.q.start not in read_as_template]
    figures.extend(tabled)
    _parts_in_a_rows_words(ctx, figures)
    if catalog.markers["consumer_association"].search(meta.agency or ""):
        _as_the_associations_own(ctx, figures)
    _requests_answered(ctx, figures)
    _decisions_as_the_case_count(ctx, figures)
    _weak_figures_beside_a_named_total(figures)
    _money_owed_to_the_treasury(ctx, figures)
    _mediation_as_the_resolved_count(ctx, figures)
    _appeals_as_the_documents_whole(ctx, figures)
    _restatements_keep_their_figures_scope(figures)
    _restated_counts(ctx, figures)
    _parts_take_the_metric_they_sum_to(figures)
    return _frame(ctx, figures, report_id, source_file)


def _parts_in_a_rows_words(ctx: Extraction, figures: list[Figure]) -> None:
    """ "食品安全 | 58 | … | 其中网络餐饮12件": a 其中 in a row's words cell names a part of what the
    row's first number counts, whatever the sentences before the table were about."""
    parts = [
        f
        for f in figures
        if f.sentence.text.startswith("其中")
        and not f.rule.startswith("table")
        and not f.q.is_percent
        and any(t.start <= f.q.start < t.end for t in ctx.seg.tables)
    ]
    if not parts:
        return
    firsts: dict[tuple[int, int], Figure] = {}  # a row's span -> the figure of its first number
    for f in figures:
        if f.rule.startswith("table") and f.metric is not None:
            row = _row_span_of(ctx, f.q.start)
            if row is not None and (row not in firsts or f.q.start < firsts[row].q.start):
                firsts[row] = f
    for f in parts:
        row = _row_span_of(ctx, f.q.start)
        first = firsts.get(row) if row is not None else None
        if first is None or first.q.unit != f.q.unit or not f.rule.startswith(("breakdown", "fallback")):
            continue
        set_metric(f, first.metric, "row_part")
        f.scope, f.period, f.year = "subset", first.period, first.year


def _row_span_of(ctx: Extraction, at: int) -> tuple[int, int] | None:
    for table in ctx.seg.tables:
        if table.start <= at < table.end:
            for row in table.rows:
                if row and row[0].start <= at <= row[-1].end:
                    return row[0].start, row[-1].end
    return None


def _parts_take_the_metric_they_sum_to(figures: list[Figure]) -> None:
    """A sentence's parts by some dimension (分地区看，甲区1,247件、乙市896件…) that add up exactly to
    a whole of another metric, and to none of their own, are that metric's parts: 4,438 is the
    complaints, reports and inquiries together, not the complaints alone."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        if f.scope == "subset" and f.role == "main" and f.metric is not None and not f.q.is_percent:
            by_sentence.setdefault(f.sentence.sentence_id, []).append(f)
    for parts in by_sentence.values():
        code, period = parts[0].code, parts[0].period
        if any(f.code != code or f.period != period for f in parts):
            continue
        listed = _leading_list(parts)
        sentence = parts[0].sentence
        span = sentence.text[listed[0].q.start - sentence.start : listed[-1].q.end - sentence.start]
        if "；" in span:
            continue  # one list, not parts of clauses that happen to add up
        opening = sentence.text[: parts[0].q.start - sentence.start]
        if len(listed) < (2 if _BY_DIMENSION_RE.search(opening) else 3):
            continue
        total = sum(f.q.value for f in listed)
        wholes = [
            f
            for f in figures
            if f.scope == "total"
            and f.period == period
            and f.q.unit == parts[0].q.unit
            and f.q.value == total
        ]
        if not wholes or any(f.code == code for f in wholes):
            continue
        metrics = {f.code: f.metric for f in wholes if f.metric is not None}
        if len(metrics) == 1:
            (metric,) = metrics.values()
            for f in parts:
                set_metric(f, metric, f.rule.split(":", 1)[0] + "_sum")


def _restatements_keep_their_figures_scope(figures: list[Figure]) -> None:
    """A bracketed figure that rounds the one before it ("罚没款合计556130.00元（约55.61万元）") is
    that figure again, whole or part as it is."""
    for i, figure in enumerate(figures):
        if not figure.rule.startswith("bracketed_part"):
            continue
        before = next(
            (
                f
                for f in reversed(figures[:i])
                if f.sentence is figure.sentence and f.code == figure.code and f.q.end <= figure.q.start
            ),
            None,
        )
        if before is not None and _restates(before.q.value, figure.q.value):
            figure.scope = before.scope


_MEDIATED = "complaints.mediated_settlements"
_ON_THE_SPOT_RE = regex.compile(r"当场|现场")
_RESOLVED = "complaints.resolved"


def _mediation_as_the_resolved_count(ctx: Extraction, figures: list[Figure]) -> None:
    """ "受理投诉1.2万件，调解成功3571件" states how many complaints were settled and nothing else:
    that is the resolved count of whoever the paragraph is about. Beside "办结投诉举报37318件" it
    is a part of another kind; "当场调解成功17件" at an event is the event's."""
    resolved = {(f.sentence.paragraph_id, f.period) for f in figures if f.code == _RESOLVED}
    text = ctx.clean.text
    for f in figures:
        words = text[max(0, f.q.start - 8) : f.q.start]
        if (
            f.code == _MEDIATED
            and not f.q.is_percent
            and (f.sentence.paragraph_id, f.period) not in resolved
            and "调解成功" in words
            and not _ON_THE_SPOT_RE.search(words)
            and "投诉" in f.sentence.text[: f.q.start - f.sentence.start]  # not 法院委派的纠纷
        ):
            set_metric(f, ctx.catalog.by_code[_RESOLVED], "mediated_as_resolved")


_APPEALS = "complaints.consumer_appeals"
_RECEIVED_INCL_INQUIRIES = "complaints.received_incl_inquiries"


def _appeals_as_the_documents_whole(ctx: Extraction, figures: list[Figure]) -> None:
    """A report that counts what it received as 投诉举报咨询 calls the same whole 诉求 elsewhere
    ("受理投诉举报咨询89,201件" … "诉求量居前三位的区县", "涉疫情诉求864件，占诉求总量的…"): its
    诉求 are complaints, reports and inquiries together, not a hotline's appeals of another count."""
    if not any(f.code == _RECEIVED_INCL_INQUIRIES and f.rule.startswith(("cue:", "table:")) for f in figures):
        return
    whole = ctx.catalog.by_code[_RECEIVED_INCL_INQUIRIES]
    for f in figures:
        if f.code == _APPEALS:
            set_metric(f, whole, "appeals_as_received")
            if _APPEALS_OF_ONE_MATTER_RE.search(f.local_label):
                f.scope = "subset"  # 涉及疫情的诉求864件: a part of that whole


# Appeals about one matter: "涉及疫情的诉求", "涉疫诉求", "预付式消费类诉求"
_APPEALS_OF_ONE_MATTER_RE = regex.compile(
    r"(?:涉[\p{Han}、]{1,12}?|\p{Han}{2,8}?[类相关]+的?)诉求(?:量|件数)?[为共计达]*$"
)


_PENALTY_MONEY = frozenset(
    {"enforcement.fines_cny", "enforcement.confiscations_cny", "enforcement.fines_and_confiscations_cny"}
)
# Penalty money as an audit finding about its collection: "罚没收入23.40万元未在规定时限内缴入国库",
# "应收未收罚款38.6万元", "罚没款合计236.4万元在过渡账户停留"
_TREASURY_STATUS_RE = regex.compile(
    r"(?:未|延迟|逾期|推迟)[\p{Han}]{0,10}缴(?:入|进|至)?(?:国库|财政|专户)|未(?:及时|按时|按期)?缴库"
    r"|过渡账户|应收未收|欠缴|未缴纳|追缴|滞留"
)
_CLAUSE_END_RE = regex.compile(r"[，,。；;！？\n]")


def _money_owed_to_the_treasury(ctx: Extraction, figures: list[Figure]) -> None:
    """Fines an audit found paid late or unpaid measure collection, not enforcement: their clause
    says so. They leave the penalty metrics for the `other` domain's money code."""
    text = ctx.clean.text
    for f in figures:
        if f.code not in _PENALTY_MONEY or f.role != "main":
            continue
        start = f.sentence.start + max(0, _last_match_end(_CLAUSE_END_RE, text[f.sentence.start : f.q.start]))
        end_match = _CLAUSE_END_RE.search(text, f.q.end, f.sentence.end)
        end = end_match.start() if end_match else f.sentence.end
        if _TREASURY_STATUS_RE.search(text, start, end):
            f.metric = None
            set_uncatalogued(f, "other", "treasury_status")


def _weak_figures_beside_a_named_total(figures: list[Figure]) -> None:
    """A bare "案件N件" that disagrees with a total its metric's own words state ("立案查处各类
    案件386件") is a part of that total (cases of one kind, one party, one audit finding), not a
    rival count of the whole."""
    named: dict[tuple[str, str, int | None], set[Decimal]] = {}
    for f in figures:
        if f.scope == "total" and f.metric is not None and not f.rule.startswith("weak_cue"):
            named.setdefault((f.code, f.period, f.year), set()).add(f.q.value)
    for f in figures:
        if f.scope == "total" and f.rule.startswith("weak_cue"):
            totals = named.get((f.code, f.period, f.year))
            if totals and f.q.value not in totals:
                f.scope = "subset"


_CLOSED = "enforcement.cases_closed"
_FILED = "enforcement.cases_filed"
# Requests for government information, named before an answered count: "收到政府信息公开申请28件，
# …；全年办结27件"
_REQUESTS_RE = regex.compile(r"公开申请|依申请公开|(?<!复议|诉讼)申请\d")


def _requests_answered(ctx: Extraction, figures: list[Figure]) -> None:
    """办结N件 right after requests for information were counted, with no case named in between, is
    the requests answered, not enforcement cases closed."""
    text = ctx.clean.text
    for f in figures:
        if f.code != _CLOSED or not f.rule.startswith("cue:") or "案" in f.local_label:
            continue
        before = sentence_before(ctx, f.sentence) + text[f.sentence.start : f.q.start]
        requests = _last_match_end(_REQUESTS_RE, before)
        if requests > 0 and "案" not in before[requests:]:
            f.metric = None
            set_uncatalogued(f, "legal_affairs", "requests_answered")


# The words of a count of penalties: "作出行政处罚决定", a table's "行政处罚（合计）"
_PENALTY_COUNT_RE = regex.compile(r"处罚决定|行政处罚(?:[（(]?合计[）)]?)?\s*$")
_CASE_CLOSING_RE = regex.compile(r"结案|办结|查结")
# Rules that read a figure by its own words or its row: "cue:", "table:enforcement.cases_closed",
# the disclosure template's row "行政处罚 | 本年处理决定数量"
_DIRECT_RULES = ("cue:", f"table:{_CLOSED}", f"table:disclosure_template:{_CLOSED}")


def _decisions_as_the_case_count(ctx: Extraction, figures: list[Figure]) -> None:
    """A report that counts its penalty decisions (作出行政处罚决定1382件) and states no cases filed
    and nothing closed in other words gives that count as its case count: the decisions, their
    parts and comparisons become cases filed. Beside a 立案 figure of the whole they stay what was
    closed, as they do after the part filed in their own sentence (经核查后立案14件，已作出行政处罚决定9件);
    another body's cases filed elsewhere (县局已立案查处其中4起) are no case count of the report's."""
    if any(f.code == _FILED and f.scope == "total" for f in figures):
        return
    closed = [f for f in figures if f.code == _CLOSED or f.code == f"{_CLOSED}_share_pct"]
    direct = [f for f in closed if f.code == _CLOSED and f.rule.startswith(_DIRECT_RULES)]
    filed_in = {f.sentence.sentence_id for f in figures if f.code == _FILED}
    if any(f.sentence.sentence_id in filed_in for f in direct):
        return
    words = [_cue_words(ctx, f) for f in direct]
    if any(_CASE_CLOSING_RE.search(w) for w in words) or not any(_PENALTY_COUNT_RE.search(w) for w in words):
        return
    filed = ctx.catalog.by_code[_FILED]
    for figure in closed:
        if figure.code == _CLOSED:
            figure.metric, figure.code = filed, _FILED
        else:
            figure.code = f"{_FILED}_share_pct"
        figure.rule = figure.rule.replace(_CLOSED, _FILED)


def _cue_words(ctx: Extraction, figure: Figure) -> str:
    """The figure's label, or the clause before it in its sentence."""
    before = ctx.clean.text[figure.sentence.start : figure.q.start]
    return figure.local_label or before[max(before.rfind("，"), before.rfind("；"), before.rfind(","), 0) :]


def _as_the_associations_own(ctx: Extraction, figures: list[Figure]) -> None:
    """In a consumer association's own report, the complaints it counts (质量问题投诉, 旅游服务投诉
    365件) are complaints the association received, unless their sentence credits the regulator
    (据市市场监督管理局统计，全市12315平台共受理投诉举报…)."""
    association = ctx.catalog.by_code["complaints.consumer_association_received"]
    for figure in figures:
        if figure.code != "complaints.received":
            continue
        if _credits_the_regulator(ctx, figure):
            continue
        set_metric(figure, association, figure.rule.split(":", 1)[0])


# 办结投诉 / 投诉办结 with nothing between: complaints closed, no category named
_COMPLAINTS_RESOLVED_RE = regex.compile(r"^(?:办结|解决|处理完毕)(?:消费者?)?投诉$|^(?:消费者?)?投诉办结$")


def _resolves_associations_whole(ctx: Extraction, figure: Figure, hit: CueHit, cue_text: str) -> bool:
    """In a consumer association's own report, 办结投诉 closes all it took: complaints are its
    whole, not the part of 投诉举报 they are in a regulator's report."""
    return (
        hit.subset
        and hit.metric.code == "complaints.resolved"
        and _COMPLAINTS_RESOLVED_RE.match(cue_text) is not None
        and ctx.catalog.markers["consumer_association"].search(ctx.meta.agency or "") is not None
        and not _credits_the_regulator(ctx, figure)
    )


def _credits_the_regulator(ctx: Extraction, figure: Figure) -> bool:
    """The nearest body named before the figure in its sentence is the regulator or its 12315
    channel, not the association (依托12315平台消协投诉模块汇总，各级消委组织受理… is the association's)."""
    before = ctx.clean.text[figure.sentence.start : figure.q.start]
    regulator = max(
        (
            m.end()
            for m in ctx.catalog.markers["regulator_channel"].finditer(before)
            if not _PARTNER_BEFORE_RE.search(before, 0, m.start())
        ),
        default=-1,
    )
    return regulator > _last_match_end(ctx.catalog.markers["consumer_association"], before)


# A body named as a partner of the reporting one: "联合市场监管等部门开展…" is still the association's
_PARTNER_BEFORE_RE = regex.compile(r"(?:联合|会同|协同|配合|联同)\Z")


def _last_match_end(pattern: regex.Pattern[str], text: str) -> int:
    return max((m.end() for m in pattern.finditer(text)), default=-1)


def _last_match_start(pattern: regex.Pattern[str], text: str) -> int:
    return max((m.start() for m in pattern.finditer(text)), default=-1)


# ------------------------------------------------------------------ sentences


def _future_sections(ctx: Extraction) -> set[int]:
    """Sections about plans for later periods (下一步, 2025年工作打算, …), and their children."""
    future_word = ctx.catalog.markers["future_section"]
    out: set[int] = set()
    stack: list[tuple[int, bool]] = []
    for section in ctx.seg.sections[1:]:
        while stack and stack[-1][0] >= section.level:
            stack.pop()
        years = [int(y) for y in _YEAR_RE.findall(section.heading)]
        is_future = bool(future_word.search(section.heading)) or any(y > ctx.report_year for y in years)
        inherited = any(flag for _, flag in stack)
        if is_future or inherited:
            out.add(section.section_id)
        stack.append((section.level, is_future or inherited))
    return out


def _prose_figures(ctx: Extraction) -> list[Figure]:
    text = ctx.clean.text
    table_spans = [(t.start, t.end) for t in ctx.seg.tables]
    found = find_quantities(text)
    if "）：" in text or "）:" in text or "):" in text or ")：" in text:
        found = sorted([*found, *find_labelled_values(text)], key=lambda q: q.start)
    # A table's words-and-figures cells are sentences of their own; its number cells are not.
    cell_spans = [
        (s.start, s.end) for s in ctx.seg.sentences if any(a <= s.start < b for a, b in table_spans)
    ]
    quantities = [
        q
        for q in found
        if not any(s <= q.start < e for s, e in table_spans) or any(s <= q.start < e for s, e in cell_spans)
    ]
    figures: list[Figure] = []
    qi = 0
    for sentence in ctx.seg.sentences:
        while qi < len(quantities) and quantities[qi].start < sentence.start:
            qi += 1
        batch = []
        while qi < len(quantities) and quantities[qi].start < sentence.end:
            batch.append(quantities[qi])
            qi += 1
        if batch and sentence.section_id in ctx.future_sections and not _opens_with_past(ctx, sentence):
            batch = [q for q in batch if _states_what_remains(text, sentence, q)]
        if batch:
            figures.extend(_sentence_figures(ctx, sentence, batch))
    _parts_on_lines_of_their_own(ctx, figures)
    _own_level_after_the_systems(ctx, figures)
    _later_items_of_a_list_of_parts(figures)
    _values_of_a_span_of_years(ctx, figures)
    return figures


# A demonstrative right before a count: "在这17件申请中", "上述5件", "以上12件"
_RESTATING_RE = regex.compile(r"(?:这|上述|以上|前述)\s*\Z")


def _restated_counts(ctx: Extraction, figures: list[Figure]) -> None:
    """ "共收到申请17件……在这17件申请中，受理15件": a count a demonstrative points back to is
    the earlier figure of that value again, whatever generic noun or verb follows it ("上述217件
    投诉已办结209件" is not 217 resolved)."""
    text = ctx.clean.text
    for i, f in enumerate(figures):
        if not f.rule.startswith(("fallback", "cue_after")) or f.q.is_percent:
            continue
        if not _RESTATING_RE.search(text, max(f.sentence.start, f.q.start - 4), f.q.start):
            continue
        earlier = next(
            (
                g
                for g in reversed(figures[:i])
                if g.metric is not None and g.role == "main" and g.q.value == f.q.value and g.unit == f.unit
            ),
            None,
        )
        if earlier is not None:
            f.metric, f.code, f.unit, f.rule = (
                earlier.metric,
                earlier.code,
                earlier.unit,
                f"restated:{earlier.code}",
            )
            f.scope, f.period, f.year = earlier.scope, earlier.period, earlier.year


# A span of years whose values a list gives one by one: "2021年至2025年，全市立案数分别为…"
_YEAR_SPAN_LIST_RE = regex.compile(r"(20\d{2})年?(?:至|到|—|–|-|~)(20\d{2})年[^。]*?分别")
# A count of years, then their values one by one: "三年收案数分别为", "近五年…依次为"
_COUNT_OF_YEARS_LIST_RE = regex.compile(
    r"(?<![\d一二三四五六七八九十])(?:近|这|过去)?([两二三四五3-5])年(?:来|间|中)?[^，。；\d]{0,12}?(?:分别|依次)"
)
_YEARS_COUNTED = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "3": 3, "4": 4, "5": 5}


def _years_named_before_respectively(text: str) -> tuple[int, int, int] | None:
    """Consecutive years the sentence has named one by one before its 分别 ("2021年2件、2022年1件、
    …、2025年1件，年度纠错率分别为15.38%、…和5%"): the first, the last, and where the list starts."""
    at = text.find("分别")
    if at < 0:
        return None
    years = [int(y) for y in _YEAR_RE.findall(text, 0, at)]
    if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    return years[0], years[-1], at


def _values_of_a_span_of_years(ctx: Extraction, figures: list[Figure]) -> None:
    """Each value listed over a span of years is that year's whole: the report's year, or an
    earlier year's figure for comparison (2021年至2025年…分别为2,964件、…、4,531件)."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.sentence_id, []).append(f)
    for group in by_sentence.values():
        sentence = group[0].sentence
        m = _YEAR_SPAN_LIST_RE.search(sentence.text)
        counted = _COUNT_OF_YEARS_LIST_RE.search(sentence.text) if m is None and ctx.report_year else None
        if m is not None:
            first, last, list_start = int(m.group(1)), int(m.group(2)), m.end()
        elif counted is not None:
            # 三年收案数分别为52件、61件、74件: the last N years, up to the report's
            last = ctx.report_year
            first = last - _YEARS_COUNTED[counted.group(1)] + 1
            list_start = counted.end()
        elif (named := _years_named_before_respectively(sentence.text)) is not None:
            first, last, list_start = named
        else:
            continue
        listed = [f for f in group if f.q.start >= sentence.start + list_start and f.metric is not None]
        for code in dict.fromkeys(f.code for f in listed):
            # a rate's yearly values, not the changes a list of counts goes on with
            values = [
                f for f in listed if f.code == code and (not f.q.is_percent or f.metric.unit == "percent")
            ]
            if len(values) == last - first + 2 and values[-1].q.value == sum(f.q.value for f in values[:-1]):
                # …分别为1.52万件、…和2.46万件，五年累计10.1万件: the span's sum after its years
                values[-1].scope = "total"
                if "年均" in sentence.text:
                    values[-1].yoy_pct = None  # 年均增长14.9%: no change of the sum's own
                values = values[:-1]
            if len(values) != last - first + 1:
                continue
            for year, f in zip(range(first, last + 1), values, strict=True):
                if ctx.report_year and year > ctx.report_year:
                    break
                f.period = "year" if year == ctx.report_year else "prior_year"
                f.year, f.scope = year, "total"
                if "年均" in sentence.text:
                    f.yoy_pct = None  # 年均增长11.2%: the span's average growth, no year's change


_LISTED_DOMAINS = frozenset({"enforcement", "complaints"})


def _later_items_of_a_list_of_parts(figures: list[Figure]) -> None:
    """ "查处商标侵权案件2846件，占案件总数的78.53%；查处假冒专利案件512件；查处地理标志违法案件187件":
    once an item of a list in one sentence is a part of its metric, the items after it, of the
    same metric and period and with no word of a whole, are parts too."""
    seen_part: set[tuple[int, str, str]] = set()
    for f in figures:
        if f.metric is None or f.metric.domain not in _LISTED_DOMAINS or f.role != "main" or f.q.is_percent:
            continue  # a litigation list ends in its sum: "撤销1件、确认违法1件，共纠错2件"
        key = (f.sentence.sentence_id, f.code, f.period)
        if _SYSTEM_WIDE_RE.search(f.local_label):
            # "市局本级立案97件，罚没款412.6万元；全市市场监管系统立案1,683件，罚没款3,276.5万元":
            # the whole system's figures start a new list
            seen_part = {k for k in seen_part if k[0] != key[0]}
        if f.scope == "subset":
            seen_part.add(key)
        elif key in seen_part and not f.explicit_total:
            f.scope = "subset"


# The whole system of a place: "全省市场监管系统", "全市各级市场监管部门"
_SYSTEM_WIDE_RE = regex.compile(
    r"全(?:省|市|区|县|州|盟|旗)(?:各级)?市场监(?:督)?管(?:理)?(?:系统|部门)|全(?:省|市)?系统|各级市场监管部门"
)
# The author's own level as the party to a dispute: "以省局为被申请人", "以本局为被告", "市局本级"
_OWN_LEVEL_RE = regex.compile(
    r"以(?:本局|[省市区县]局(?:本级|机关)?)(?:作)?为(?:被申请人|被告|复议被申请人)|[省市区县]局本级"
)


def _own_level_after_the_systems(ctx: Extraction, figures: list[Figure]) -> None:
    """Disputes of the bureau's own level, after its whole system's are stated, are a part of them:
    "全省市场监管系统共收到行政复议申请1862件…以省局为被申请人的行政复议案件46件，全年审结43件"."""
    system_seen = False
    for f in figures:
        if f.metric is None or f.metric.domain != "litigation":
            continue
        before = f.sentence.text[: f.q.start - f.sentence.start]
        own = _last_match_start(_OWN_LEVEL_RE, before)
        wide = _last_match_start(_SYSTEM_WIDE_RE, before)
        if own >= 0 and wide < own:
            if system_seen and f.scope == "total":
                f.scope = "subset"
        elif wide >= 0 and f.scope == "total":
            system_seen = True


def _one_sums_the_rest(group: list[Figure]) -> bool:
    return any(f.q.value == sum(g.q.value for g in group if g is not f) for f in group)


def _parts_on_lines_of_their_own(ctx: Extraction, figures: list[Figure]) -> None:
    """Lines of one section that each give one part ("其中维持：14件" then "其中驳回复议申请：5件"):
    two or more of one metric with no stated sum are its parts, as in one sentence."""
    groups: dict[tuple[int, str, str], list[Figure]] = {}
    for f in figures:
        if (
            f.role == "main"
            and f.metric is not None
            and f.metric.core
            and f.sentence.text.startswith("其中")
            and len(ctx.sentence_mains.get(f.sentence.sentence_id, ())) == 1
        ):
            groups.setdefault((f.sentence.section_id, f.code, f.period), []).append(f)
    for group in groups.values():
        if len(group) >= 2 and len({f.q.value for f in group}) > 1 and not _one_sums_the_rest(group):
            for f in group:
                f.scope = "subset"


# A footnote's start: "①", "[1]", "注1：" (the notes explain the figures reported, not plans)
_FOOTNOTE_START_RE = regex.compile(r"\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\[\d{1,2}\]|注\d{1,2}[：:])")


def _opens_with_past(ctx: Extraction, sentence: Sentence) -> bool:
    """A sentence of a plans section that opens with a period already over states facts:
    "1—8月，全市累计受理…" in a report on August, "今年以来，…", "截至9月底，…"."""
    if _FOOTNOTE_START_RE.match(sentence.text):
        return True  # "[1]立案数含上级机关指定管辖案件12件。" in the notes after a plans section
    m = _PAST_OPENER_RE.match(sentence.text)
    if m is None or ctx.catalog.markers["target"].search(sentence.text):
        return False
    if m["year"] and int(m["year"]) > ctx.report_year:
        return False
    if m["last_month"]:
        return ctx.meta.period_month is not None and int(m["last_month"]) <= ctx.meta.period_month
    return True


def _states_what_remains(text: str, sentence: Sentence, q: Quantity) -> bool:
    """A plan can state where things stand now: "紧盯尚未完成整改的2个问题", "在今年办结率99.4%的
    基础上" (the level it builds on) are facts, not plans."""
    return (
        _REMAINING_RE.search(text, max(sentence.start, q.start - 12), q.start) is not None
        or _BASE_OF_PLAN_RE.match(text, q.end, sentence.end) is not None
    )


def _scan(ctx: Extraction, sentence: Sentence) -> _Scan:
    markers = ctx.catalog.markers
    text = sentence.text
    target = markers["target"].search(text)
    return _Scan(
        text=text,
        markers=markers,
        quoted=_quoted_names(text),
        target_at=target.start() if target else -1,
        frame=markers["breakdown_frame"].search(text) or _heading_frame(ctx, sentence),
        time_word_end=first_end(text, TIME_WORDS),
        cumulative_end=first_end(text, _CUMULATIVE_HINTS),
    )


def _quoted_names(text: str) -> list[tuple[int, int]]:
    if not _QUOTE_CHARS_RE.search(text):
        return []
    return [
        m.span() for m in _QUOTE_SPANS_RE.finditer(text) if not _QUOTED_DATA_LABEL_RE.fullmatch(m.group())
    ]


def _heading_frame(ctx: Extraction, sentence: Sentence) -> regex.Match[str] | None:
    """A section headed by a distribution ("（一）按投诉性质分析") frames each of its sentences."""
    section_id = sentence.section_id
    if section_id not in ctx.heading_frames:
        heading = heading_words(ctx.seg.section(section_id).heading)
        opens = heading[:1] in _DISTRIBUTION_OPENERS
        ctx.heading_frames[section_id] = (
            ctx.catalog.markers["breakdown_frame"].search(heading) if opens else None
        )
    return ctx.heading_frames[section_id]


def _sentence_figures(ctx: Extraction, sentence: Sentence, quantities: list[Quantity]) -> list[Figure]:
    state = _SentenceState()
    scan = _scan(ctx, sentence)
    text = ctx.clean.text
    if "分别" in sentence.text:
        state.respective = _subject_lists(ctx, sentence)
    previous_end = sentence.start
    for q in quantities:
        figure = Figure(q=q, sentence=sentence)
        clause_start = _clause_start(text, q.start, sentence.start)
        year_colon = _BRACKETED_YEAR_COLON_RE.search(text, sentence.start, clause_start)
        if year_colon is not None:
            clause_start = year_colon.start(1)  # "（2021年：6件）": the year names the value
        figure.local_label = text[max(clause_start, previous_end) : q.start]
        if _skip(ctx, figure, scan):
            continue  # a skipped number does not end the words before the next figure
        previous_end = q.end
        figure.role = _role(ctx, figure, state)
        subject = _respective_subject(ctx, figure, state, scan) if state.respective else None
        if subject is not None and subject.hit is not None and subject.role != "main":
            _set_respective_comparison(ctx, figure, subject.hit, subject.role)
        if figure.role == "main":
            # "对2023年以来办结的320件案卷逐卷评查": a time inside the 对…的 clause says which files,
            # not the span counted
            before = _without_object_clause(text[sentence.start : q.start])
            cumulative = scan.first("cumulative", len(before)) if scan.cumulative_end <= len(before) else None
            year_bound = scan.first("year_bound", len(before)) if cumulative else None
            figure.period = figure_period(
                ctx,
                figure,
                before,
                cumulative[0] if cumulative else -1,
                year_bound[0] if year_bound else -1,
                scan.time_word_end,
            )
            figure.year = ctx.report_year or None
            earlier = _earlier_year(ctx, figure)
            if earlier is not None and (
                figure.period != "cumulative" or _YEAR_AT_END_RE.search(figure.local_label)
            ):
                # "；2022年审结6件，其中胜诉4件"; but "2019年机构改革以来，累计…" starts a span there
                figure.period, figure.year = "prior_year", earlier
            _classify(ctx, figure, state, scan)
            _scope(ctx, figure, state, scan)
            if _whole_of_a_time_in_a_time_frame(figure, scan):
                figure.scope = "total"
                # each its own period, not parts of one another (the list names no sum of them)
                figure.period_name = figure.period_name or f"{figure.period}@{figure.q.start}"
            if figure.period == "cumulative" and _names_the_report_year(ctx, figure.local_label):
                # "2019年至2021年共…126件，其中…2021年47件": the span's last year, a whole of its own
                figure.period, figure.scope = "year", "total"
            if subject is not None and subject.hit is None:
                figure.scope = "total"  # 4月、5月、6月分别受理…: each month's own whole
                figure.period_name = subject.name
            elif subject is not None and subject.hit.metric is not figure.metric:
                set_metric(figure, subject.hit.metric, "respective_subject")
                figure.scope = "subset" if subject.hit.subset else "total"
            state.mains.append(figure)
            _remember_total(ctx, figure)
        state.figures.append(figure)
    ctx.sentence_mains[sentence.sentence_id] = state.mains
    _resolve_dependents(ctx, state)
    _time_parts_of_each_whole(state)
    _parts_without_sum(state, ctx.catalog.markers)
    return [f for f in state.figures if f.role in ("main", "prior_year", "prior_period", "share") and f.code]


# The relative clause of a 对 object right before its figure: "对2023年以来办结的|320件"
_OBJECT_CLAUSE_RE = regex.compile(r"对[^，,；;。对]{2,24}的\Z")


def _without_object_clause(before: str) -> str:
    """The words before a figure up to the 对…的 clause that says which things it counts."""
    m = _OBJECT_CLAUSE_RE.search(before)
    return before[: m.start()] if m is not None else before


# A list of two or more names right before 分别, with perhaps a count of them: "投诉、举报和咨询三项"
_SUBJECT_LIST_RE = regex.compile(
    r"(?:[\p{Han}\d]{1,12}[、和])+[\p{Han}\d]{1,12}?(?:[二两三四五六七八九十]{1,2}(?:项|类|个方面|者))?"
    r"(?=(?:同比|环比|较上年|比上年)?分别)"
)
# A list of names, then the values of an earlier time they are compared with, then 分别: "行政复议、
# 行政诉讼较“十三五”时期的71件、26件分别增长32.4%和57.7%"
_COMPARED_SUBJECT_LIST_RE = regex.compile(
    r"(?:[\p{Han}\d]{1,12}[、和])+[\p{Han}\d]{1,12}?"
    r"(?=(?:较|比)[^，。；\d]{1,16}?的?(?:\d[\d,.]*[\p{Han}]{0,2}[、和])+\d[\d,.]*[\p{Han}]{0,2}分别)"
)
# 分别 again at a clause's start, with no names before it: the values of the list named earlier
_RESPECTIVE_AGAIN_RE = regex.compile(r"[，；]分别")
_SUBJECT_SPLIT_RE = regex.compile(r"[、和]")
_PERIOD_NAME_RE = regex.compile(r"\d{1,2}月份?|第?[一二三四]季度")
_SUBJECT_COUNT_RE = regex.compile(r"[二两三四五六七八九十]{1,2}(?:项|类|个方面|者)$")


def _subject_lists(ctx: Extraction, sentence: Sentence) -> list[_SubjectList]:
    """Lists before 分别 whose every name is a metric's cue; a list of categories is not one."""
    lists = []
    for m in _SUBJECT_LIST_RE.finditer(sentence.text):
        subjects = _SUBJECT_SPLIT_RE.split(_SUBJECT_COUNT_RE.sub("", m.group()))
        periods = all(_PERIOD_NAME_RE.fullmatch(name) for name in subjects)
        if periods or all(_names_a_metric(ctx.catalog, name) for name in subjects):
            after = sentence.text.index("分别", m.end()) + 2
            lists.append(_SubjectList(sentence.start + after, subjects, periods=periods))
    for m in _COMPARED_SUBJECT_LIST_RE.finditer(sentence.text):
        subjects = _SUBJECT_SPLIT_RE.split(m.group())
        if all(_names_a_metric(ctx.catalog, name) for name in subjects):
            lists.append(_SubjectList(sentence.start + m.end(), subjects, compared=True))
    lists.sort(key=lambda listed: listed.values_from)
    if lists:
        # "案件数、罚没款同比分别增长5.6%、12.1%，分别达到2,345件、8,765.4万元"
        for m in _RESPECTIVE_AGAIN_RE.finditer(sentence.text, lists[-1].values_from - sentence.start):
            lists.append(
                _SubjectList(sentence.start + m.end(), lists[-1].subjects, periods=lists[-1].periods)
            )
    return lists


def _names_a_metric(catalog: Catalog, name: str) -> bool:
    return (
        catalog.cue_before(name) is not None or catalog.cue_before(COUNT_SUFFIX_RE.sub("", name)) is not None
    )


class _Respective(NamedTuple):
    hit: CueHit | None  # None for a listed month or quarter
    role: str
    name: str


def _respective_subject(
    ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan
) -> _Respective | None:
    """The cue of the listed name this figure is the value of (None for a listed month or
    quarter), and the values' role."""
    q = figure.q
    listed = next((s for s in reversed(state.respective) if s.values_from <= q.start), None)
    if listed is None or q.is_percent or listed.taken >= len(listed.subjects):
        return None
    text = ctx.clean.text
    if listed.taken == 0:
        lead = text[listed.values_from : q.start]
        if _CLAUSE_BREAK_RE.search(lead):
            listed.taken = len(listed.subjects)  # the values are not right after 分别
            return None
        role = ctx.catalog.role_before(lead, percent=False)
        if role not in ("prior_year", "prior_period"):
            role = "prior_period" if listed.compared else "main"  # 较上一个五年的: an earlier span
        listed.role = role
    elif not _CONNECTOR_ONLY_RE.match(figure.local_label):
        listed.taken = len(listed.subjects)
        return None
    name = listed.subjects[listed.taken]
    listed.taken += 1
    if listed.periods:
        return _Respective(None, "main", name)
    context = _context_text(ctx, figure, scan)
    hit = accepted_cue(ctx.catalog, name, q, context) or accepted_cue(
        ctx.catalog, COUNT_SUFFIX_RE.sub("", name), q, context
    )  # 罚没款数: the amount itself
    return _Respective(hit, listed.role, name) if hit is not None else None


_CLAUSE_BREAK_RE = regex.compile(r"[，。；：]")


def _set_respective_comparison(ctx: Extraction, figure: Figure, hit: CueHit, role: str) -> None:
    """A compared value of a listed name: "…三项分别环比上月（211,904件、…）"."""
    figure.role = role
    set_metric(figure, hit.metric, "respective_subject")
    figure.scope = "subset" if hit.subset else "total"
    figure.period = role
    year = ctx.report_year or None
    figure.year = prior_year_of(ctx, figure.local_label, year) if role == "prior_year" else year


# A bracketed earlier year and a colon just before a figure's clause: "（2021年：" of "（2021年：6件）"
_BRACKETED_YEAR_COLON_RE = regex.compile(r"[（(]((?:\d{4}年度?|去年|上年)(?:同期)?[：:])\Z")


def _clause_start(text: str, pos: int, floor: int) -> int:
    best = floor
    for ch in _CLAUSE_DELIMS:
        i = text.rfind(ch, floor, pos)
        if i + 1 > best:
            best = i + 1
    return best


_BRACKETED_YEAR_RE = regex.compile(r"[（(](\d{4}\s*年度?)[）)]")


def _earlier_year(ctx: Extraction, figure: Figure) -> int | None:
    """An earlier year named last before the figure in its clause run ("2022年审结6件",
    "2022年纠错率为13.33%"), unless the figure is what a change went to (由2022年的16.67%降至0%)."""
    q = figure.q
    text = ctx.clean.text
    if not ctx.report_year:
        return None
    if "年" not in text[figure.sentence.start : q.start]:
        return _year_the_paragraph_opened(ctx, figure)
    words = text[_chain_start(text, q.start, figure.sentence.start) : q.start]
    if "）" in words or ")" in words:
        # "首轮（2024年）查办…": a year in brackets of its own names the year of what it follows;
        # "（2022年为103件），其中…" is a comparison aside
        words = CLOSED_PAREN_RE.sub("", _BRACKETED_YEAR_RE.sub(r"\1", words))
    last = None
    for last in _YEAR_MARK_RE.finditer(words):  # noqa: B007 - the last one counts
        pass
    if last is None:
        same_part = _PRIOR_SAME_PART_OPENER_RE.match(words)
        if same_part is not None:
            # "2024年同期，我局查办了1起…": the clauses are about that part of the year before
            year = int(same_part.group(1)) if same_part.group(1) else ctx.report_year - 1
            return year if year < ctx.report_year else None
        # "去年全年，全市共查办…1,862件": the whole of last year, named without its number; "全年
        # 受理投诉举报612件，去年受理418件": last year's, in a clause of its own
        whole = _LAST_YEAR_WHOLE_RE.search(words)
        if whole is None or (
            # "与上年度评查（评查58卷" names last year's figures, as "与2024年度评查（评查66卷" does;
            # not "与上年度相比，…" or "比上年度增加7件"
            words[whole.start() - 1 : whole.start()] in _COMPARED_WITH
            and (
                _CHANGE_SINCE_RE.fullmatch(words, whole.end())
                or _COMPARISON_DONE_RE.match(words, whole.end())
            )
        ):
            whole = _LAST_YEAR_CLAUSE_RE.match(figure.local_label)
            if whole is None or not _follows_a_clause_break(text, figure):
                return None
        if _published_the_year_after(ctx):
            return None  # said in January of the next year, 去年全年 is the year reported on
        return ctx.report_year - 1
    if int(last.group(1)) >= ctx.report_year:
        return None
    if words[last.start() - 1 : last.start()] in _COMPARED_WITH and (
        _CHANGE_SINCE_RE.fullmatch(words, last.end()) or _COMPARISON_DONE_RE.match(words, last.end())
    ):
        # 比2023年增加7件: the change this year, not a figure of 2023; after "较2018年的15,907件
        # 增长17.2%，" the comparison is over and the figures go on about this year.
        return None
    return None if _NEW_VALUE_RE.search(words, last.end()) else int(last.group(1))


def _year_the_paragraph_opened(ctx: Extraction, figure: Figure) -> int | None:
    """An earlier year the sentence before opened with, when this one names no time of its own:
    "2024年，全区…共受理…3.86万件。依托投诉举报线索立案查处案件137件" goes on about 2024."""
    sentence = figure.sentence
    if _TIME_WORD_RE.search(ctx.clean.text, sentence.start, figure.q.start):
        return None
    opener = _YEAR_OPENER_RE.match(sentence_before(ctx, sentence))
    if opener is None or int(opener.group(1)) >= ctx.report_year:
        return None
    return int(opener.group(1))


# A sentence opened by a year alone: "2024年，", "2023年度，"
_YEAR_OPENER_RE = regex.compile(r"\s*(20\d{2})年度?(?:全年)?[，,]")
_TIME_WORD_RE = regex.compile(r"年|月|季度|以来|截至|截止|同期|期间|当日|当天|目前|现有|新增")


def _follows_a_clause_break(text: str, figure: Figure) -> bool:
    """The figure's own words start a clause: the sentence's, or one after a comma or semicolon."""
    at = figure.q.start - len(figure.local_label)
    return at == figure.sentence.start or text[at - 1 : at] in ("，", ",", "；", ";")


def _published_the_year_after(ctx: Extraction) -> bool:
    """The report came out in the year after the one it reports on (a January interview on 2025)."""
    published = ctx.meta.published_date
    return bool(published and ctx.report_year and int(published[:4]) == ctx.report_year + 1)


# Nouns a count follows directly: "发生行政诉讼案件一件，"
_COUNTED_NOUN_ENDS = ("案件", "申请", "投诉", "举报", "诉讼", "复议", "出庭", "应诉")


def _counts_one(text: str, q: Quantity) -> bool:
    """一件 right after the noun it counts and before a stop is a count of one, not an article; so
    is one case closing a clause of a list of outcomes (撤销一件，; 原告撤诉一件；; 终止审理一件（…）)."""
    after = text[q.end : q.end + 1]
    if text[q.start - 2 : q.start] in _COUNTED_NOUN_ENDS and after in _COUNT_STOPS:
        return True
    return (
        q.unit_text in _CASE_UNITS
        and (after in _COUNT_STOPS or after in "（(")
        and text[q.start - 1 : q.start] not in _NOT_A_COUNT_BEFORE
        and not _one_by_one_slogan(text[max(0, q.start - 16) : q.end + 16])
    )


_OTHER_COUNT_RE = regex.compile(r"\d|[两二三四五六七八九十百千零]+[件起宗]")
_PARALLEL_ONES_RE = regex.compile(
    r"一[件起宗][、，]\p{Han}{1,3}一|一\p{Han}{1,2}[、，]\p{Han}{1,3}一[件起宗]"
)


def _one_by_one_slogan(window: str) -> bool:
    """ "发现一起、查处一起、曝光一起", "查处一起、警示一片": a pledge about every case, not counts."""
    return bool(_PARALLEL_ONES_RE.search(window)) and not _OTHER_COUNT_RE.search(window)


_COUNT_STOPS = frozenset("，。；、")
_CASE_UNITS = frozenset({"件", "起", "宗"})
_NOT_A_COUNT_BEFORE = frozenset("这那每逐同哪任第单某其")


def _chain_start(text: str, pos: int, floor: int) -> int:
    """Start of the run of clauses a figure belongs to: the sentence, or after the last '；'."""
    i = text.rfind("；", floor, pos)
    return floor if i < 0 else i + 1


def _target_subject(words: str) -> str:
    """What the target before an achieved figure is of: "投诉举报办结率" of "投诉举报办结率目标98%，
    实际达到"."""
    target = words.rfind("目标")
    if target <= 0:
        return ""
    start = max(words.rfind(c, 0, target) for c in "：:；;，,") + 1
    return words[start:target]


# What was achieved beside a target: "实际完成2046批次", "实际达到99.8%"
_ACTUAL_RE = regex.compile(r"\s*实际")
# A number the word 目标 follows: the target itself ("1500件目标任务", "95%的目标")
_TARGET_AFTER_RE = regex.compile(r"(?:的)?(?:目标|任务目标)")


def _skip(ctx: Extraction, figure: Figure, scan: _Scan) -> bool:
    """True for numbers that are not figures of the reporting period."""
    q = figure.q
    text = ctx.clean.text
    offset = q.start - figure.sentence.start
    if not q.unit and not q.is_percent and _ATTRIBUTE_AFTER_RE.match(text, q.end):
        return True  # an amount with no unit naming a category: "超千万规模直播间"
    if any(s <= offset < e for s, e in scan.quoted):
        return True
    if (
        0 <= scan.target_at < offset
        and not _states_what_remains(text, figure.sentence, q)
        and not _ACTUAL_RE.match(figure.local_label)
    ):
        # not "将继续紧盯尚未完成整改的2个问题": where things stand now; nor "目标450件，实际立案486件"
        return True
    if _TARGET_AFTER_RE.match(text, q.end):
        return True  # "超额完成年初确定的1500件目标任务": the target met, not a count
    if text[q.start - 1 : q.start] in _ORDINAL_LAST and _ORDINAL_BEFORE_RE.search(
        text, max(0, q.start - 4), q.start
    ):
        return True
    if q.unit_text in ("位", "名") and _RANK_COUNT_BEFORE_RE.search(text, max(0, q.start - 2), q.start):
        return True  # "热点投诉前五位依次为": how many a ranking lists (not 目前3名工作人员)
    if q.is_chinese and q.value == 1 and q.unit not in ("person", "entity") and not _counts_one(text, q):
        return True  # 一个目标, 一件事, 一批: words, not counts
    if not q.is_percent and _is_threshold(ctx, q, figure.local_label):
        return True
    if q.is_chinese and _counts_the_list_before(text, figure.local_label, q):
        return True  # "投诉、举报、咨询三项分别…": how many things were just named
    if q.is_chinese and _names_the_kinds_listed_earlier(text, figure, q):
        return True  # "质量、合同、售后服务问题合计占…，仍是最集中的三类问题"
    if q.is_chinese and _TRAITS_AFTER_RE.match(text, q.end):
        return True  # "主要呈现三个特点：一是…": how the text is laid out
    if q.is_chinese and q.unit_text in _KINDS_CLASSIFIERS and _SUMMED_AFTER_RE.match(text, q.end):
        return True  # "…，两项合计超过投诉总量的五成": how many things are summed
    if q.is_chinese and q.unit_text in _KINDS_CLASSIFIERS and _AMONG_AFTER_RE.match(text, q.end):
        return True  # "三类诉求中，咨询占比最大": the kinds a comparison runs over
    if _STREAK_BEFORE_RE.search(text, max(0, q.start - 3), q.start) and _STREAK_AFTER_RE.match(text, q.end):
        return True  # "连续两个季度居首位": how long a streak ran
    return bool(_RANGE_AFTER_RE.match(text, q.end))  # "1至2件", "5%~15%": a parameter or estimate


_STREAK_BEFORE_RE = regex.compile(r"连续第?\Z")
_STREAK_AFTER_RE = regex.compile(r"个?(?:季度|月|年|周|天|日|期|轮)")


_RANK_COUNT_BEFORE_RE = regex.compile(r"(?<![目以此之提当日年])前\Z")
_TRAITS_AFTER_RE = regex.compile(r"(?:个|大|方面)?(?:特点|特征)")
_SUMMED_AFTER_RE = regex.compile(r"合计|共计|总计|相加|之和")
_AMONG_AFTER_RE = regex.compile(r"\p{Han}{0,6}?[中里][，,]")
# Items of a list of names right before a count of them: "投诉、举报和咨询"
_NAMED_LIST_RE = regex.compile(r"(?:\p{Han}{1,8}[、和及与])+\p{Han}{1,8}\Z")
_LIST_ITEM_SPLIT_RE = regex.compile(r"[、和及与]")
_KINDS_CLASSIFIERS = frozenset("项类个者")


def _counts_the_list_before(text: str, label: str, q: Quantity) -> bool:
    """ "投诉、举报、咨询三项": a count of names by a classifier of kinds, not "食品和药品案件两起"."""
    if (
        text[q.end - 1 : q.end] not in _KINDS_CLASSIFIERS
        and text[q.end : q.end + 1] not in _KINDS_CLASSIFIERS
    ):
        return False
    m = _NAMED_LIST_RE.search(label)
    return m is not None and len(_LIST_ITEM_SPLIT_RE.split(m.group())) == q.value


# The kinds a clause ends by naming: "三类问题。", "两项，"
_KINDS_NAMED_AFTER_RE = regex.compile(r"\p{Han}{0,4}[。；，,;]")
_LIST_IN_SENTENCE_RE = regex.compile(r"(?:\p{Han}{1,8}、)+\p{Han}{1,8}(?:[和及与]\p{Han}{1,8})?")


def _names_the_kinds_listed_earlier(text: str, figure: Figure, q: Quantity) -> bool:
    """ "三类问题" ending a clause, where the sentence listed three names before: how many kinds were
    named, not a count of the period."""
    if q.unit_text not in ("类", "项") or not _KINDS_NAMED_AFTER_RE.match(text, q.end):
        return False
    before = text[figure.sentence.start : q.start]
    return any(
        len(_LIST_ITEM_SPLIT_RE.split(m.group())) == q.value for m in _LIST_IN_SENTENCE_RE.finditer(before)
    )


# A duration brought down to a limit: "压缩至", "稳定在", "控制在"
_LIMIT_REACHED_RE = regex.compile(
    r"(?:压缩|缩短|压减|缩减|减少|降低|下降|控制|稳定|保持)(?:至|在|到)(?:平均)?\Z"
)
# A bracket opened before a figure and not yet closed: "查处大要案（罚没款"
_OPEN_BRACKET_RE = regex.compile(r"[（(][^）)]*$")
# 对 + a case's value: the start of a rule's condition ("对案值不足一万元…的轻微违法行为")
_CONDITION_ON_VALUE_RE = regex.compile(r"对\p{Han}{0,4}?(?:案值|货值|涉案金额|金额|违法所得|标的额?)(?:在)?$")


def _is_threshold(ctx: Extraction, q: Quantity, label: str) -> bool:
    """A bound in a rule, not a figure: "案值5万元以上的大要案", "处以30000元以上罚款", "最高可获30万元"."""
    markers = ctx.catalog.markers
    after = ctx.clean.text[q.end : q.end + 12]
    if q.post in ("以内", "内") and _LIMIT_REACHED_RE.search(label):
        return False  # "企业开办时间压缩至1个工作日内": a limit the period reached
    if q.post == "内":
        return True  # "20个工作日内向社会公示", "承诺3个工作日内，": a time limit set or promised
    if after[:1] in _THRESHOLD_NEXT and markers["threshold_after"].search(after):
        return True
    if q.post in ("以上", "以下", "以内") and _HAN_RE.match(after):
        return True
    if q.post in ("以上", "以下") and after[:1] in "）)" and _OPEN_BRACKET_RE.search(label):
        return True  # "大要案（罚没款10万元以上）9件": the bracket defines the cases counted
    if q.unit == "yuan" and q.qualifier in ("over", "under"):
        if after.startswith("的"):
            return True  # "金额超过100万元的合同"
        if _CONDITION_ON_VALUE_RE.search(label):
            return True  # "对案值不足一万元、当事人主动消除违法后果的…": whom a rule covers
    return bool(markers["threshold_before"].search(label))


def _role(ctx: Extraction, figure: Figure, state: _SentenceState) -> str:
    """main, change (a % change), points (个百分点), share (占…%), prior_year or prior_period."""
    q = figure.q
    if q.is_points:
        return "points"
    label = figure.local_label
    last = state.figures[-1] if state.figures else None
    if (
        q.is_percent
        and last is not None
        and last.role in ("change", "share")
        and _CONNECTOR_ONLY_RE.match(label)
    ):
        return last.role  # 同比分别增长5.6%、7.2%、12.3%; 分别占总量的47.43%、11.36%
    if last is not None and last.role == "change" and _BRACKETED_COMPARISON_RE.match(label):
        # "环比下降3.2%（7月22568件）": the value a change was computed from.
        pop = ctx.catalog.markers["pop_change"].search(last.local_label) or _PRIOR_PERIOD_WORD_RE.search(
            label
        )
        return "prior_period" if pop else "prior_year"
    after = _CHANGE_AFTER_BRACKET_RE.match(ctx.clean.text, q.end) if label.endswith(("（", "(")) else None
    if after is not None and state.mains and not q.is_percent:
        # "较2023年下半年（33102件）环比下降4.88%": the change named after the bracket says which
        return "prior_period" if after.group(1) == "环比" else "prior_year"
    if after is None and state.mains and not q.is_percent and _compared_with_an_earlier_year(ctx, figure):
        return "prior_year"  # "较2024年同期开展的专项行动（53件）增长26.4%": what it was compared with
    m = ctx.catalog.role_before(label, percent=q.is_percent)
    if m == "prior_year" and _names_the_part_of_the_year_before(ctx, label):
        m = "prior_period"  # "2024年下半年为150件" in a report on 2025's first half
    if m in ("prior_year", "prior_period") and not state.mains and not _follows_change(state):
        return m if _subject_of_comparison(ctx, figure) is not None else "main"
    if m == "prior_year" and _NEW_VALUE_RE.search(label) and _names_current_year(ctx, label):
        return "main"  # "由2022年的22件下降至2023年的15件" in a 2023 report: 15 is this year's
    if m == "prior_year" and _names_the_report_year(ctx, label):
        return "main"  # "其中2019年38件、2021年47件" in a 2021 report: 47 is this year's
    if m == "prior_year" and _cue_then_year(ctx, label) is not None:
        return "main"  # "负责人出庭应诉2019年9次": that year's figure of the metric, not a comparison
    return m or "main"


# A bracketed value after the words a comparison opens with, a change after it:
# "较2024年同期开展的夏季专项行动（53件）增长26.4%"
_COMPARED_WITH_EARLIER_RE = regex.compile(
    r"(?:较|比)(?:(?P<year>\d{4})年|上年|去年)(?:同期)?[^，。；：（(]{0,24}[（(]$"
)
_CHANGE_VERB_AFTER_BRACKET_RE = regex.compile(r"[）)](?:增长|下降|增加|减少|上升)")


def _compared_with_an_earlier_year(ctx: Extraction, figure: Figure) -> bool:
    m = _COMPARED_WITH_EARLIER_RE.search(figure.local_label)
    if m is None or not _CHANGE_VERB_AFTER_BRACKET_RE.match(ctx.clean.text, figure.q.end):
        return False
    return m.group("year") is None or (bool(ctx.report_year) and int(m.group("year")) < ctx.report_year)


# A year's half or quarter named at the end of a comparison's words: "较2024年下半年的"
_PART_OF_YEAR_RE = regex.compile(r"(\d{4})年(上半年|下半年|第?[一二三四]季度)(?:的|为|是)?[（(]?$")
_QUARTER_NUMBERS = {"一": 3, "二": 6, "三": 9, "四": 12}


def _names_the_part_of_the_year_before(ctx: Extraction, label: str) -> bool:
    """The words name another half or quarter of the year before than the report's own: 2024年下半年
    for a report on 2025's first half, 2024年第四季度 for its first quarter (the same one, 2024年上半年,
    is the year-on-year comparison)."""
    m = _PART_OF_YEAR_RE.search(label)
    if m is None or not ctx.report_year or int(m.group(1)) != ctx.report_year - 1:
        return False
    named_month = (
        6 if m.group(2) == "上半年" else 12 if m.group(2) == "下半年" else _QUARTER_NUMBERS[m.group(2)[-3]]
    )
    own_month = ctx.meta.period_month
    return ctx.meta.period in ("half_year", "quarter") and own_month is not None and named_month != own_month


def _names_current_year(ctx: Extraction, label: str) -> bool:
    """The words end at a year no earlier than the report's: "下降至2023年的"."""
    m = _YEAR_BEFORE_FIGURE_RE.search(label)
    return m is not None and bool(ctx.report_year) and int(m.group(1)) >= ctx.report_year


# A bare year right before a figure: "、2021年47件", "2021年：47件"
_BARE_YEAR_BEFORE_FIGURE_RE = regex.compile(r"(?<![比较与])(20\d{2})年度?(?:的|为|是|[：:])?$")


# A metric's words, then a year, right before its figure: "负责人出庭应诉2019年"
_CUE_THEN_YEAR_RE = regex.compile(r"(?P<words>\p{Han}{2,})[：:“]?(?:19|20)\d{2}年度?(?:为|是|[：:])?$")
_YEAR_AT_END_RE = regex.compile(r"“?(?:19|20)\d{2}年度?(?:为|是|的|[：:])?$")
_COMPARISON_WORD_END_RE = regex.compile(r"(?:较|比|与|同比|环比|去年|上年|由|从|的|至|到)$")


def _cue_then_year(ctx: Extraction, words: str) -> CueHit | None:
    """The cue of a figure labelled by its metric, then its year ("负责人出庭应诉2019年9次")."""
    m = _CUE_THEN_YEAR_RE.search(words)
    if m is None or _COMPARISON_WORD_END_RE.search(m.group("words")):
        return None
    return ctx.catalog.cue_before(strip_filler(m.group("words")))


def _names_the_report_year(ctx: Extraction, label: str) -> bool:
    m = _BARE_YEAR_BEFORE_FIGURE_RE.search(label)
    return m is not None and int(m.group(1)) == ctx.report_year


def _follows_change(state: _SentenceState) -> bool:
    return bool(state.figures) and state.figures[-1].role == "change"


# ------------------------------------------------------------------ metric


def _words_before(ctx: Extraction, figure: Figure) -> str:
    """The words a cue must end at: from the clause run's start to the figure, parentheticals out."""
    q = figure.q
    words = ctx.clean.text[_chain_start(ctx.clean.text, q.start, figure.sentence.start) : q.start]
    if words[-1:] in ("（", "("):
        words = words[:-1]  # 立案总数（1.66万件）: a figure in brackets gives the words before them
    elif not strip_filler(figure.local_label):
        batches = _BATCHES_BEFORE_RE.search(words)
        if batches:
            words = words[: batches.start()]  # 发布典型案例两批12个, 3批共25个: the things, not the batches
    return CLOSED_PAREN_RE.sub("", words) if ("）" in words or ")" in words) else words


def _noun_after(ctx: Extraction, figure: Figure) -> str:
    """The noun phrase right after a figure's unit: "对93件|行政处罚案件进行评查"."""
    m = _NOUN_AFTER_RE.match(ctx.clean.text, figure.q.end)
    return m.group() if m else ""


# A heading that only names a category: "（二）网络购物", "3. 食品"
_CATEGORY_HEADING_RE = regex.compile(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*(\p{Han}{2,8})"
)


def _part_of_the_category_before(
    ctx: Extraction, figure: Figure, state: _SentenceState, hit: CueHit, parent: Metric
) -> bool:
    """其中直播带货相关投诉137件 right after 涉及网络购物的投诉举报612件: a part of the category's
    figure, though its own words name only complaints at large."""
    last = state.mains[-1] if state.mains else None
    return (
        last is not None
        and last.metric is parent
        and figure.local_label.lstrip("，,").startswith("其中")
        and hit.metric.code in ctx.catalog.category_of.get(parent.code, ())
    )


def _heading_category_metric(
    ctx: Extraction, figure: Figure, cue_words: str, metric: Metric
) -> Metric | None:
    """A core metric of its own that the figure's heading and cue name together, the heading
    being a bare category: 受理投诉 under "（二）网络购物" counts online-shopping complaints."""
    heading = ctx.seg.section(figure.sentence.section_id).heading
    category = _CATEGORY_HEADING_RE.fullmatch(heading)
    if category is None or ctx.catalog.cue_before(category.group(1)) is not None:
        return None  # "二、投诉举报" names a metric, not a category of one
    words = category.group(1) + cue_words
    hit = ctx.catalog.cue_before(words)
    if hit is None or not hit.metric.core or hit.metric is metric or hit.length < len(words):
        return None  # the cue must take in the whole category: not 特种设备 of "食品及特种设备"
    return hit.metric


def _complaints_are_all_it_counts(ctx: Extraction, hit: CueHit) -> bool:
    """投诉 alone is a part of 投诉举报, unless a regulator's report never counts 举报: then its
    受理消费投诉1,048件 is all the complaints there are (a consumer association's categories of
    投诉 stay parts of all it took)."""
    return (
        hit.metric.code == "complaints.received"
        and "举报" not in ctx.clean.text
        and ctx.catalog.markers["consumer_association"].search(ctx.meta.agency or "") is None
    )


def _verb_and_object(catalog: Catalog, words: str, noun: str) -> CueHit | None:
    """A cue made of the verb before a figure and its object after it, the object's end found
    back from the noun's: "公布了3起电动自行车违法改装典型案例", "抽取600件行政处罚案卷逐卷打分"."""
    for end in range(len(noun), 1, -1):
        hit = catalog.cue_before(words + noun[:end])
        if hit is not None and hit.length > end:
            return hit
    return None


# The rest of a clause after a figure: "初次、轻微违法行为依法不予行政处罚"
_CLAUSE_REST_RE = regex.compile(r"[^，,；;。！？\n]{1,40}")
# A clause that ends on the noun a 对 brings in, its verb in the next clause: "…的案件，"
_OBJECT_END_RE = regex.compile(r"(?:案件|行为|当事人|经营者|经营主体|企业|公司|商户|单位)\Z")


# A 对 whose object opens with a relative clause: "对2023年办结的|168件…进行评查"
# (after a short subject or time: "，去年市局对全市系统办理的|420卷行政处罚案卷开展了集中评查")
_RELATIVE_OBJECT_RE = regex.compile(r"(?:^|[，,；;])\p{Han}{0,8}?对[^，,；;。对]{1,16}的\Z")
# Words between 对 and the figure it brings in, or the rest of a group with no 对: "对拒不整改的|
# 17家店铺", "对…的口罩、…的染发产品等|4件案件", "，其余|8户依法立案查处"
_OBJECT_OF_DUI_RE = regex.compile(
    r"(?:^|[，,；;])(?:对[^，,；;。对]{1,16}的|对[^，,；;。对]{2,40}等|对?(?:其余|另外|剩余))\Z"
)
# …and a verb of its own after the object, in the same clause: "…案卷|进行了逐卷审查"
_DONE_TO_OBJECT_RE = regex.compile(
    r"[^，,；;。]{0,12}?(?:进行|开展|予以|作出|组织|实施|逐[卷件案个]|评查|审查|复查)"
)


def _verb_of_object(ctx: Extraction, figure: Figure, context: str, noun: str) -> CueHit | None:
    """The cue ending the clause of a figure brought in by 对, what was done to the things
    counted: "对29件初次、轻微违法行为依法不予行政处罚"; or, when that clause ends on the things
    themselves, the clause after it: "对5件轻微违法案件，依法作出不予处罚决定"."""
    text = ctx.clean.text
    counted = figure.q
    hits = []
    m = _CLAUSE_REST_RE.match(text, figure.q.end)
    if m is not None and _OBJECT_END_RE.search(m.group()) and text[m.end() : m.end() + 1] in ("，", ","):
        after = _CLAUSE_REST_RE.match(text, m.end() + 1)
        hits.append(ctx.catalog.cue_before(after.group()) if after else None)
    hits.append(ctx.catalog.cue_before(m.group()) if m else None)
    for hit in hits:
        if hit is None:
            continue
        one_case_each = counted.unit == "entity" and hit.metric.unit == "case"
        # 对2家培训机构立案调查: one case per firm
        if accepts(hit.metric, replace(counted, unit="case") if one_case_each else counted, context, noun):
            return hit
    return None


def _context_text(ctx: Extraction, figure: Figure, scan: _Scan) -> str:
    """The sentence, the one before it in its paragraph, its section path and the title: where a
    metric's context words must appear ("收到行政复议申请64件。经审理，维持…41件")."""
    if not scan.context:
        sentence = figure.sentence
        section = ctx.seg.section(sentence.section_id)
        lead = sentence_before(ctx, sentence)
        scan.context = "\n".join((lead, sentence.text, section.path, ctx.meta.title or ""))
    return scan.context


def _local_words(label: str) -> str:
    """A figure's own words: parentheticals, list connectors and trailing filler out."""
    if "）" in label or ")" in label:
        label = CLOSED_PAREN_RE.sub("", label)
    label = strip_filler(label)
    return (
        _LIST_CONNECTORS_RE.sub("", label)
        if label and (label[0] in _CONNECTORS or label[-1] in _CONNECTORS)
        else label
    )


def _classify(ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan) -> None:
    words = _words_before(ctx, figure)
    ranked = _RANK_TAIL_RE.search(words) if "前" in words or "第" in words else None
    if ranked:
        words = _ranked_by(words[: ranked.start()])
    elif _NUMBERED_ITEM_RE.match(figure.sentence.text):
        subject = _ranking_lead_subject(ctx, figure.sentence)
        if subject and ctx.catalog.cue_before(strip_filler(words.rstrip("：:"))) is None:
            words, ranked = subject, True  # 1. 食品：2861件 under "投诉量排名前五位的…依次为："
    elif "前" in figure.sentence.text or "首位" in figure.sentence.text:
        subject = _ranked_earlier_in_sentence(ctx, figure) or _ranked_later_in_sentence(ctx, figure)
        if subject and ctx.catalog.cue_before(strip_filler(words)) is None:
            words, ranked = subject, True  # "…依次为：食品类503件；家用电器类442件" (the second)
    if _refund_in_one_dispute(ctx, figure, words):
        return
    from_to = _FROM_TO_RE.search(words) if "由" in words else None
    if from_to:
        words = words[: from_to.start()]  # 败诉率|由2022年的16.67%降至|0%: the subject names both
    elif _ACTUAL_RE.match(figure.local_label) and (subject := _target_subject(words)):
        # 投诉举报办结率目标98%，实际达到|99.8%: the target's subject, then what was done
        words = subject + _ACTUAL_RE.sub("", figure.local_label, count=1)
    _classify_words(ctx, figure, state, scan, words)
    if not ranked and (figure.metric is None or not figure.metric.core):
        headline = (
            _headline_of_the_list_lead(ctx, figure) if _NUMBERED_ITEM_RE.match(figure.sentence.text) else None
        )
        if headline is not None:
            set_metric(figure, headline, "listed_part")  # 1.食品安全领域：412件 under "按执法领域分列如下："
            figure.scope = "subset"
            return
        _after_superlative(ctx, figure)
    if ranked and (figure.metric is None or not figure.metric.core or figure.rule.startswith("breakdown")):
        # A ranking by bare 受理量 ranks what the report's headline received, even inside a
        # distribution whose section leads with a part (从属地分布看 under 投诉31286件).
        received = received_headline(ctx, figure, words)
        if received is not None:
            set_metric(figure, received, "ranked_received")
    if ranked and figure.metric is not None and figure.metric.core:
        figure.scope = "subset"  # the top few of a ranking are parts of the whole
    if not figure.q.is_percent:
        _average_is_no_count(figure, state)


# An average per day, week, month or year: "日均402.8件", "假期期间每日受理投诉二三十件"
_AVERAGE_RE = regex.compile(r"(?:([日月周年])均|平均每?([日天月周年])|每([日天月周]))")
_AVERAGE_SPANS = {"日": "daily", "天": "daily", "周": "weekly", "月": "monthly", "年": "yearly"}


def _average_is_no_count(figure: Figure, state: _SentenceState) -> None:
    """A figure's own words that make it an average: a rate of work, not a count of the period
    ("受理投诉8,500件，日均23件": an average of what the figure before it counted)."""
    m = _AVERAGE_RE.search(figure.local_label)
    if m is None:
        _ratio_is_no_count(figure)
        return
    of = figure.code if figure.metric is not None else None
    if of is None and state.mains and _AVERAGE_RE.fullmatch(figure.local_label.lstrip("，,、；;")):
        of, figure.unit = state.mains[-1].code, state.mains[-1].unit
    if of is None:
        return
    span = _AVERAGE_SPANS[next(g for g in m.groups() if g)]
    code = f"{of}_{span}_avg"
    figure.metric = None
    figure.code, figure.rule = code, f"average:{code}"


def _ratio_is_no_count(figure: Figure) -> None:
    """A count per so many firms or people, or a peers' average, is no count of the period:
    "每万户经营主体立案数71.2件，高于全省平均水平（41.6件）"."""
    if figure.metric is None:
        return
    per = _PER_UNIT_RE.search(figure.local_label)
    if per is not None:
        code = f"{figure.code}_per_{_PER_UNITS[per.group(1)]}"
    elif _PEERS_AVERAGE_RE.search(figure.local_label):
        code = f"{figure.code}_peers_avg"
    else:
        return
    figure.metric = None
    figure.code, figure.rule = code, f"ratio:{code}"


_PER_UNIT_RE = regex.compile(r"每(十万|百万|万|千|百)(?:户|人|家|名|个|位)")
_PER_UNITS = {"百": "100", "千": "1k", "万": "10k", "十万": "100k", "百万": "1m"}
_PEERS_AVERAGE_RE = regex.compile(r"平均(?:水平|值|数)[（(]?$")


# A lead that lists the parts of what its paragraph counted: "按执法领域分列如下：", "具体如下："
_PARTS_LEAD_RE = regex.compile(r"(?:分列|分布|具体|情况)(?:如下|见下)[：:]$")


def _headline_of_the_list_lead(ctx: Extraction, figure: Figure) -> Metric | None:
    """The metric of the first whole figure, in the unit of this one, of the paragraph whose last
    sentence leads the numbered list this figure's item belongs to."""
    sentences = ctx.seg.sentences
    at = figure.sentence.sentence_id - 1
    while at >= 0 and _NUMBERED_ITEM_RE.match(sentences[at].text):
        at -= 1
    if at < 0 or not _PARTS_LEAD_RE.search(sentences[at].text.strip()):
        return None
    paragraph = sentences[at].paragraph_id
    while at > 0 and sentences[at - 1].paragraph_id == paragraph:
        at -= 1
    for sentence in sentences[at : figure.sentence.sentence_id]:
        for main in ctx.sentence_mains.get(sentence.sentence_id, ()):
            if (
                main.metric is not None
                and main.metric.core
                and main.scope == "total"
                and main.q.unit == figure.q.unit
            ):
                return main.metric
    return None


def _refund_in_one_dispute(ctx: Extraction, figure: Figure, words: str) -> bool:
    """ "经调解，商家退还王某预付款3,680元": what a business paid back in one consumer dispute is
    the loss recovered in that dispute, a part of the year's."""
    markers = ctx.catalog.markers
    if figure.q.unit != "yuan" or not markers["refund"].search(words):
        return False
    if not (markers["dispute"].search(figure.sentence.text) or _in_one_case_story(ctx, figure)):
        return False
    set_metric(figure, ctx.catalog.by_code["complaints.losses_recovered_cny"], "refund_in_one_dispute")
    figure.scope = "subset"
    return True


def _after_superlative(ctx: Extraction, figure: Figure) -> None:
    """ "5月是本季度受理量最高的月份，共3923件": the figure after a superlative counts what the
    superlative ranks by; a bare 受理量 is what the report's headline received."""
    before = ctx.clean.text[figure.sentence.start : figure.q.start]
    lead = _SUPERLATIVE_LEAD_RE.search(before)
    received = received_headline(ctx, figure, lead.group(1), any_period=True) if lead else None
    if received is not None:
        set_metric(figure, received, "superlative_received")


def _bracketed(text: str, q: Quantity) -> bool:
    """The figure alone in brackets: "食品安全（1486件）"."""
    return text[q.start - 1 : q.start] in ("（", "(") and text[q.end : q.end + 1] in ("）", ")")


def _ranked_earlier_in_sentence(ctx: Extraction, figure: Figure) -> str:
    """What a ranking lead earlier in the sentence ranks ("热点投诉前五位依次为：" -> "热点投诉"),
    for the items after the first, each in a clause of its own; "" if there is none."""
    sentence = figure.sentence
    before = ctx.clean.text[sentence.start : figure.q.start]
    lead = _RANK_LEAD_RE.search(before)
    return _ranked_by(before[: lead.start()]) if lead else ""


def _ranked_by(words: str) -> str:
    """What the words before a ranking rank by: "投诉热点" -> "投诉", "按投诉量排序，" -> "投诉量"."""
    frame = _SORTED_BY_RE.search(words)
    return frame.group(1) if frame else _RANKED_BY_TAIL_RE.sub("", words)


def _ranked_later_in_sentence(ctx: Extraction, figure: Figure) -> str:
    """What a ranking after the figure's list ranks ("…，分列服务类投诉前三位" -> "服务类投诉"),
    or "" if there is none."""
    m = _RANK_AFTER_RE.match(ctx.clean.text, figure.q.end, figure.sentence.end)
    return m.group(1) if m else ""


def _ranking_lead_subject(ctx: Extraction, sentence: Sentence) -> str:
    """What a numbered list ranks, from the line leading it ("9月份投诉量排名前五位的商品和服务
    类别依次为：" -> "9月份投诉"), or "" when the list has no ranking lead."""
    sentences = ctx.seg.sentences
    at = sentence.sentence_id - 1
    while at >= 0 and _NUMBERED_ITEM_RE.match(sentences[at].text):
        at -= 1
    lead = sentences[at].text.strip() if at >= 0 else ""
    if not lead.endswith(_LIST_LEAD_END):
        return ""
    rank = _RANK_RE.search(lead)
    return _ranked_by(lead[: rank.start()]) if rank else ""


def _repeats_the_topics_verb(catalog: Catalog, local: str, topic: str) -> bool:
    """The figure's words end with the two-character action that opens the sentence's topic cue
    (受理 of 受理投诉, 查处 of 查处案件)."""
    verb = topic[:2]
    return (
        len(topic) > 2
        and local.endswith(verb)
        and (catalog.action_of(verb) is not None or verb in _CASE_VERBS)
    )


# Verbs of enforcement cases that a list repeats without their object: "甲区局查处案件612件，
# 乙区局查处418件"
_CASE_VERBS = frozenset({"查处", "查办", "侦办", "移送"})


def _names_the_topics_verb(label: str, topic: str) -> bool:
    """The figure's words end with "<verb>的", the verb a word of the sentence's topic cue."""
    verb = label[-3:-1]
    return label.endswith("的") and _TWO_HAN_RE.fullmatch(verb) is not None and verb in topic[:-2]


def _passive_outcome(catalog: Catalog, noun: str) -> CueHit | None:
    """What befell the things counted, when the words after a figure say so in the passive:
    "1件行政复议因程序瑕疵被复议机关确认违法" is a corrected case, not just a reconsideration."""
    by = noun.rfind("被")
    hit = catalog.cue_before(noun) if by >= 0 else None
    return hit if hit is not None and by < len(noun) - hit.length else None


def _classify_by_noun_after(ctx: Extraction, figure: Figure, words: str, context: str) -> None:
    """ "十大典型案例", "两大热点": the noun after 大 is what is counted, whatever the words before
    name ("…成为投诉的两大热点" counts hot spots, not complaints)."""
    noun = _noun_after(ctx, figure)
    hit = accepted_cue(ctx.catalog, words + noun, figure.q, context) if noun else None
    if hit is not None:
        set_metric(figure, hit.metric, "cue_around")
        return
    around = ctx.seg.section(figure.sentence.section_id).heading + "\n" + words + noun
    set_uncatalogued(figure, ctx.catalog.domain_for(around) or "other", "fallback:domain")


# A subject named before its verb: "大要案共查办57件", "投诉举报共受理1,234件", "罚没款共收缴86万元"
_VERBS_AFTER_SUBJECT = ("受理", "查办", "查处", "办结", "收到", "接收", "立案", "收缴", "移送", "挽回")
_SUBJECT_THEN_VERB_RE = regex.compile(
    r"(?P<subject>\p{Han}{2,16}?)(?P<adverb>共|总共|共计|累计|合计|全年|当年)?"
    rf"(?P<verb>{'|'.join(_VERBS_AFTER_SUBJECT)})$"
)
_SUBJECT_THEN_VERB_REACH = 16 + 2 + 2  # the longest subject, adverb and verb


def _subject_before_verb(catalog: Catalog, words: str, q: Quantity, context: str) -> CueHit | None:
    """The cue of a subject put before its verb, read in the usual order (共查办大要案). Not a
    lawsuit's or reconsideration's stage (一审审结, 复议办结): those go by the topic's actions."""
    if not words.endswith(_VERBS_AFTER_SUBJECT):
        return None  # the quick test: most words end otherwise
    tail_at = max(0, len(words) - _SUBJECT_THEN_VERB_REACH)
    m = _SUBJECT_THEN_VERB_RE.search(words, tail_at)
    if m is None or catalog.rightmost_topic(m.group("subject")) in _LITIGATION_TOPICS:
        return None
    reordered = words[: m.start()] + (m.group("adverb") or "") + m.group("verb") + m.group("subject")
    return accepted_cue(catalog, reordered, q, context)


def _kind_of_cases_named_before(ctx: Extraction, figure: Figure, q: Quantity, context: str) -> CueHit | None:
    """The kind of case named earlier in the sentence, when cases are counted as "此类案件":
    "对…食品安全大案实行督办，共查办此类案件9件"."""
    before = ctx.clean.text[figure.sentence.start : q.start]
    referring = _THIS_KIND_OF_CASES_RE.search(before)
    if referring is None:
        return None
    named = before[: referring.start()]
    for m in reversed(list(_CASE_NOUN_END_RE.finditer(named))):
        hit = ctx.catalog.cue_before(named[: m.end()])
        if (
            hit is not None
            and hit.metric.core
            and hit.metric.unit == "case"
            and accepts(hit.metric, q, context)
        ):
            return CueHit(hit.metric, hit.subset, len(referring.group()))
    return None


# A part that tells what became of the things counted: "线索5条，其中立案查处3件" are cases opened,
# as are "其中举报线索转立案的12件"
_OPENED_AS_CASES_RE = regex.compile(
    r"(?:^|其中|[、，,])(?:依法)?(?:(?:投诉|举报)*(?:线索)?转)?立案(?:查处|调查|查办)?的?$"
)


# A figure set over its label, as in a post's "数读" cards ("**126件**" above "立案查处各类案件"), the
# lines joined into one sentence: markup only before the figure, one label of words after it
_CARD_BEFORE_RE = regex.compile(r"[\s*#>]*")
_CARD_LABEL_RE = regex.compile(r"[\s*]*[，,]\s*(\p{Han}[\p{Han}（）()]{1,20})[\s*]*")


def _card_label(ctx: Extraction, figure: Figure) -> str:
    """The label under a figure that stands alone on its line: "**87.4万元**" over "罚没款"."""
    text = ctx.clean.text
    if not _CARD_BEFORE_RE.fullmatch(text, figure.sentence.start, figure.q.start):
        return ""
    m = _CARD_LABEL_RE.fullmatch(text, figure.q.end, figure.sentence.end)
    return m.group(1) if m else ""


def _classify_words(ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan, words: str) -> None:
    catalog = ctx.catalog
    q = figure.q
    reach = max(figure.sentence.start, q.start - _CHANGE_AMOUNT_REACH)
    if not q.is_percent and _CHANGE_AMOUNT_RE.search(ctx.clean.text, reach, q.start):
        around = ctx.seg.section(figure.sentence.section_id).heading + "\n" + words
        set_uncatalogued(figure, catalog.domain_for(around) or "other", "change_amount")
        return
    context = _context_text(ctx, figure, scan)
    if q.unit_text == "大":
        _classify_by_noun_after(ctx, figure, words, context)  # 十大典型案例, 两大热点
        return
    local = _local_words(figure.local_label)
    if words[-1:] in "年度" and _cue_then_year(ctx, words) is not None:
        words = _YEAR_AT_END_RE.sub("", words)  # 负责人出庭应诉2019年9次: the year names the period
    hit = accepted_cue(catalog, words, q, context)
    if hit is None and _CARD_BEFORE_RE.fullmatch(words):
        label = _card_label(ctx, figure)
        hit = accepted_cue(catalog, label, q, context) if label else None
    borrowed = hit is None  # a cue found with the topic's words does not name a new topic
    if _RELATIVE_OBJECT_RE.search(words) and _DONE_TO_OBJECT_RE.match(
        ctx.clean.text, figure.q.end, figure.sentence.end
    ):
        # 对2023年办结的168件案卷进行了逐卷审查: 办结 says which files; 审查 is what was done to them
        verb = _verb_of_object(ctx, figure, context, _noun_after(ctx, figure))
        if verb is not None:
            hit, borrowed = verb, True
    if hit is not None and _acts_on_an_uncatalogued_subject(ctx, figure, state, local, hit):
        # "受理专利侵权纠纷行政裁决案件326件，结案298件": closed disputes, not closed penalty cases
        set_uncatalogued(figure, state.mains[-1].metric.domain, "action_of_subject")
        return
    copula = figure.local_label.lstrip("，,")
    if hit is None and not local and _COPULA_RE.fullmatch(copula) and words.endswith(copula):
        # "罚没款同比下降8.5%，为312.6万元": the clause before names what the value is
        hit = _subject_before_copula(ctx, figure, words[: len(words) - len(copula)], context)
    if hit is None and state.topic and local:
        # "新收行政复议案件87件；审结84件": 审结 takes the object of the sentence's topic.
        hit = accepted_cue(catalog, state.topic + local, q, context)
        if hit is None and _repeats_the_topics_verb(catalog, local, state.topic):
            # "甲分会受理投诉7214宗；乙分会受理2371宗": the verb repeated without its object
            hit = accepted_cue(catalog, local + state.topic[2:], q, context)
    if hit is None:
        hit = _subject_before_verb(catalog, words, q, context)
    remapped = _topic_metric(ctx, figure, words, local, hit, context)
    if remapped is not None:
        set_metric(figure, remapped, "topic")
        parent = _breakdown_parent(ctx, figure, state, scan, local, context)
        if parent is remapped:
            figure.scope = "subset"
        return
    category_of_whole = _category_share_of_whole(ctx, figure, context) if hit is None else None
    if category_of_whole is not None:
        set_metric(figure, category_of_whole.metric, "share_of_whole")
        figure.scope = "subset"
        return
    after_hit = None
    if hit is None or not local:
        noun = _noun_after(ctx, figure)
        after_hit = (
            _passive_outcome(catalog, noun) or catalog.cue_after(noun) or catalog.cue_before(noun)
            if noun
            else None
        )
        if after_hit is None and noun and words:
            after_hit = _verb_and_object(catalog, words.removesuffix("了"), noun)
        if after_hit is not None and not accepts(after_hit.metric, q, context, noun):
            after_hit = None
        if words.endswith("对") or _OBJECT_OF_DUI_RE.search(words):
            # 对5件轻微违法案件，依法不予处罚: what was done to the things counted names them
            after_hit = _verb_of_object(ctx, figure, context, noun) or after_hit
    over_years = _sum_over_the_years_listed(figure, state) if hit is None and after_hit is None else None
    if over_years is not None and accepts(over_years, q, context):
        set_metric(figure, over_years, "sum_over_years")  # 2019年9次、2020年27次、2021年53次，三年共计89次
        return
    year_of_total = _one_year_of_a_running_total(figure, state) if hit is None and after_hit is None else None
    if year_of_total is not None and accepts(year_of_total, q, context):
        set_metric(figure, year_of_total, "year_of_total")  # 五年累计受理2.37万件，其中2025年受理5388件
        return
    changed_from = _value_it_changed_from(ctx, figure, state) if hit is None and after_hit is None else None
    if (
        changed_from is not None
        and changed_from.metric is not None
        and accepts(changed_from.metric, q, context)
    ):
        set_metric(figure, changed_from.metric, "changed_from")  # 由2021年的96件增加到2023年的143件
        figure.scope = changed_from.scope
        return
    parent = _breakdown_parent(ctx, figure, state, scan, local, context)
    if (
        parent is not None
        and (
            hit is None
            or (hit.metric.domain != parent.domain and not _OPENED_AS_CASES_RE.search(local))
            or hit.metric.code in catalog.headline_parts.get(parent.code, ())
            or _part_of_the_category_before(ctx, figure, state, hit, parent)
        )
        and (after_hit is None or after_hit.metric.domain != parent.domain)
        and accepts(parent, q, context)
    ):
        category = _complaint_category_metric(ctx, figure, parent, context)
        set_metric(figure, category or parent, "breakdown")
        # 投诉举报2.41万件，其中涉及网络交易的9,097件: all of the category's 投诉举报, its code's whole
        whole_category = category is not None and _parent_counts_both(state, parent)
        # 其中四季度2件: all of the whole's count for a shorter time, the whole of its period
        whole_of_its_time = _TIME_PART_RE.match(CLOSED_PAREN_RE.sub("", figure.local_label)) is not None
        figure.scope = "total" if whole_category or whole_of_its_time else "subset"
        return
    chosen: CueHit | None = hit or after_hit
    if chosen is hit and hit is not None and hit.metric.core:
        narrower = _heading_category_metric(ctx, figure, words[-hit.length :], hit.metric)
        if narrower is not None:
            set_metric(figure, narrower, "heading_category")  # （二）网络购物。受理投诉2417宗
            return
    if (
        chosen is hit
        and hit is not None
        and names_associations_whole(ctx, hit, words[-hit.length :])
        and catalog.markers["total"].search(figure.local_label)
        and not _credits_the_regulator(ctx, figure)
    ):
        # 各级消保委…，共受理消费者投诉41826件: all the association took (not 分会受理投诉7214宗)
        chosen = hit = CueHit(hit.metric, False, hit.length)
    if (
        chosen is hit
        and hit is not None
        and _resolves_associations_whole(ctx, figure, hit, words[-hit.length :])
    ):
        chosen = hit = CueHit(hit.metric, False, hit.length)
    if chosen is not None:
        set_metric(figure, chosen.metric, "cue" if chosen is hit else "cue_after")
        if (chosen.subset and not _complaints_are_all_it_counts(ctx, chosen)) or (
            parent is not None and chosen.metric is parent and not _TIME_PART_RE.match(local)
        ):
            figure.scope = "subset"
        elif parent is not None and _OPENED_AS_CASES_RE.search(local):
            figure.scope = "subset"  # the cases opened from the clues counted, not all cases
        elif chosen is after_hit and q.unit == "entity" and words.endswith(("其余", "剩余")):
            # 发现问题37户，责令整改29户，其余8户依法立案查处: the cases of firms one check found
            figure.scope = "subset"
        if chosen is hit and chosen.metric.core and not borrowed:
            state.topic = words[-chosen.length :]
        return
    summed = _sum_of_listed(ctx, figure, state, context)
    if summed is not None:
        set_metric(figure, summed, "sum_of_listed")  # 投诉A件、举报B件、咨询C件，共计N件
        return
    sibling = state.mains[-1] if state.mains else None
    if (
        sibling is not None
        and sibling.metric is not None
        and _CONNECTOR_ONLY_RE.match(local)
        and accepts(sibling.metric, q, context)
    ):
        set_metric(figure, sibling.metric, "listed_with")
        figure.scope = sibling.scope if sibling.scope == "subset" else figure.scope
        return
    if (
        sibling is not None
        and sibling.metric is not None
        and sibling.q.unit == q.unit
        and _PERIOD_ONLY_RE.match(figure.local_label)
        and accepts(sibling.metric, q, context)
    ):
        # 10月接收3,016件，11月3,187件，12月3,269件: the same count, period by period
        set_metric(figure, sibling.metric, "listed_by_period")
        figure.scope = sibling.scope
        return
    if (
        sibling is not None
        and sibling.metric is not None
        and sibling.q.end == q.start - len(figure.local_label)
        and _AMONG_RE.match(figure.local_label)
        and accepts(sibling.metric, q, context)
    ):
        set_metric(figure, sibling.metric, "among")
        figure.scope = "subset"  # 被纠错的9件案件中有7件…: some of the figure right before
        return
    if (
        sibling is not None
        and sibling.metric is not None
        and sibling.metric.core
        and sibling.q.unit == q.unit
        and _bracketed(ctx.clean.text, q)
        and accepts(sibling.metric, q, context)
    ):
        # 受理举报5673件，主要涉及食品安全（1486件）、价格收费（812件）: parts named beside them
        set_metric(figure, sibling.metric, "bracketed_part")
        figure.scope = "subset"  # (a rounded restatement takes its figure's scope at the end)
        return
    lead_hit = _subject_of_concentration(ctx, figure, context)
    if lead_hit is not None:
        set_metric(figure, lead_hit.metric, "concentrated_in")
        figure.scope = "subset"
        return
    whole = _share_of_whole_after(ctx, figure, context)
    if whole is not None:
        set_metric(figure, whole.metric, "share_of_whole")  # 网络购物，共962件，占投诉总量的15.07%
        figure.scope = "subset"
        return
    weak = catalog.weak_cue_before(strip_filler(words))
    if weak is not None and _ACTS_ON_EXISTING_CASES_RE.search(local):
        weak = None  # 集中研究重大疑难案件41件: cases discussed, not cases of their own
    if weak is not None and accepts(weak.metric, q, context):
        sibling = state.mains[-1] if state.mains else None
        if (
            local.startswith("其中")
            and sibling is not None
            and sibling.metric is None
            and sibling.q.unit == q.unit
        ):
            # 集体审议疑难案件34件，其中市场监管类案件5件: a part of a figure no cue named either
            figure.code, figure.unit, figure.rule = sibling.code, sibling.unit, "part_of_uncatalogued"
            figure.scope = "subset"
            return
        litigated = (
            _litigation_received(ctx, figure, local, context) if _CASE_CATEGORY_RE.fullmatch(local) else None
        )
        if litigated is not None:
            # 全年收到行政复议申请1146件。市场监管类案件214件: a category of the topic's cases
            set_metric(figure, litigated, "topic_cases")
            figure.scope = "subset"
            return
        disputed = _cases_of_the_dispute_kind_named(ctx, figure, context)
        if disputed is not None:
            # 复议诉讼案件合计24件。复议案件增多主要源于…，同一申请人提起的案件达到4件: among those
            set_metric(figure, disputed, "kind_of_dispute")
            figure.scope = "subset"
            return
        referent = _kind_of_cases_named_before(ctx, figure, q, context)
        if referent is not None:
            set_metric(figure, referent.metric, "kind_named_before")  # 督办…大案，共查办此类案件9件
            return
        set_metric(figure, weak.metric, "weak_cue")
        return
    noun = _noun_after(ctx, figure) if weak is None else ""
    litigated = (
        _litigation_received(ctx, figure, noun, context)
        if _CASE_CATEGORY_RE.fullmatch(noun.removesuffix("中"))
        else None
    )
    if litigated is not None:
        set_metric(figure, litigated, "topic_cases")  # 在214件市场监管类案件中: the category named after it
        figure.scope = "subset"
        return
    received = received_headline(ctx, figure, words, any_period=True)
    if received is not None and accepts(received, q, context):
        # "1—11月累计受理4127件" after "11月共受理消费者投诉举报386件": a bare 受理 counts what the
        # report's headline received.
        set_metric(figure, received, "received_headline")
        return
    if state.topic and _names_the_topics_verb(figure.local_label, state.topic):
        # "移送涉嫌犯罪案件218件，已超过上年全年移送的205件": the topic's own verb, as a 的 clause
        topical = accepted_cue(catalog, state.topic, q, context)
        if topical is not None:
            set_metric(figure, topical.metric, "topic_verb")
            return
    # The domain word nearest the figure: in the heading, the sentence, then the words around it.
    around = ctx.seg.section(figure.sentence.section_id).heading + "\n" + words + _noun_after(ctx, figure)
    set_uncatalogued(figure, catalog.domain_for(around) or "other", "fallback:domain")


# What a count is spread over: "投诉主要集中在食品（231件）、家用电器（156件）".
_CONCENTRATION_RE = regex.compile(r"(?:主要|大多|多)?(?:集中在|集中于|涉及|分布在|反映的问题主要涉及)")
_SUBJECT_TAIL_RE = regex.compile(r"的?(?:热点|焦点|问题|内容)$")  # 投诉热点, 举报内容: about 投诉, 举报


# The words from one value to the value it became: "增加到2023年的", "下降至", "发展到"
_CHANGED_TO_RE = regex.compile(
    r"^[，,]?(?:[增减上下提降扩压缩发]\p{Han}?|发展|提升|降低)(?:至|到)(?:(?:20|19)\d{2}年(?:底|末)?)?(?:的)?$"
)
# The value a change starts from: "由2021年的", "从上年的"
_CHANGED_FROM_RE = regex.compile(r"[由从][^，。；\d]{0,10}?(?:(?:20|19)\d{2}年(?:底|末)?)?(?:的)?$")


# One year's share of a running total: "，其中2025年受理", "，其中2025年完成"
_ONE_YEAR_OF_TOTAL_RE = regex.compile(r"^[，,]?其中(?:20\d{2})年度?(\p{Han}{0,4})$")


def _one_year_of_a_running_total(figure: Figure, state: _SentenceState) -> Metric | None:
    """The metric of a running total the figure gives one year of, in its own words' verb only:
    in "五年累计受理投诉举报2.37万件，其中2025年受理5388件", 5388 is all of 2025's complaints."""
    m = _ONE_YEAR_OF_TOTAL_RE.match(figure.local_label)
    if m is None or figure.period == "cumulative":
        return None
    verb = m.group(1)  # the whole's own verb, when it repeats one: "其中2025年查处127件"
    whole = next(
        (f for f in reversed(state.mains) if f.q.unit == figure.q.unit and verb in f.local_label), None
    )
    if whole is None or whole.period != "cumulative" or whole.metric is None:
        return None
    return whole.metric


def _value_it_changed_from(ctx: Extraction, figure: Figure, state: _SentenceState) -> Figure | None:
    """The figure a value grew or fell from, in "由A件增加到B件": B counts what A counts."""
    if not state.figures or not _CHANGED_TO_RE.match(figure.local_label):
        return None
    previous = state.figures[-1]
    if previous.q.unit != figure.q.unit or not _CHANGED_FROM_RE.search(previous.local_label):
        return None
    if previous.role == "main":
        return previous
    if previous.role != "prior_year":
        return None
    # the base of a comparison, not yet resolved: "出庭应诉率由2019年的45.2%提升至…"
    subject = _subject_of_comparison(ctx, previous)
    if subject is not None:
        return subject
    # 立案6,482件；案件量由2023年的5,236件增至6,482件: the value stated before, restated
    return next(
        (
            f
            for f in state.figures
            if f.role == "main"
            and f.metric is not None
            and f.q.unit == figure.q.unit
            and f.q.value == figure.q.value
        ),
        None,
    )


def _subject_of_concentration(ctx: Extraction, figure: Figure, context: str) -> CueHit | None:
    """The sentence's subject, when the sentence says what that subject concentrates in and the
    figure counts one of those things: bracketed after it or listed with 分别为."""
    text = ctx.clean.text
    if not _bracketed(text, figure.q) and "分别" not in figure.local_label:
        return None
    lead = text[figure.sentence.start : figure.q.start]
    m = _CONCENTRATION_RE.search(lead)
    if m is None or m.start() == 0:
        return None
    subject = _SUBJECT_TAIL_RE.sub("", strip_filler(lead[: m.start()]))
    if _BARE_CASES_RE.fullmatch(subject):
        # 新收一审行政诉讼案件23件。案件主要集中在…三类，分别为11件、7件和5件: the cases just counted
        counted = _first_count_of_sentence_before(ctx, figure)
        return CueHit(counted, False, len(subject)) if counted is not None else None
    hit = accepted_cue(ctx.catalog, subject, figure.q, context)
    return hit if hit is not None and hit.metric.core else None


_BARE_CASES_RE = regex.compile(r"(?:上述|这些|以上|各类)?案件")


def _first_count_of_sentence_before(ctx: Extraction, figure: Figure) -> Metric | None:
    """The metric of the first core count of the figure's unit in the sentence before it, in its
    paragraph."""
    at = figure.sentence.sentence_id - 1
    if at < 0 or ctx.seg.sentences[at].paragraph_id != figure.sentence.paragraph_id:
        return None
    return next(
        (
            m.metric
            for m in ctx.sentence_mains.get(at, [])
            if m.metric is not None
            and m.metric.core
            and m.q.unit == figure.q.unit
            and m.period == figure.period
        ),
        None,
    )


# The whole a count is a share of, named after it: "…，共962件，占投诉总量的15.07%",
# "登记注册的1,562件、食品经营许可的734件，分别占咨询总量的…"; or not named ("…，占18.84%")
# after the whole named before in the section
_SHARE_OF_WHOLE_AFTER_RE = regex.compile(
    r"(?:[^。；;，,]*?[，,](?:约|共)?|(?:[^。；;，,]*?[，,、]){1,4}?分别)"
    r"占(?:(?:全[市省区县]|全部|同期)?(\p{Han}{2,8}?)(?:总量|总数|总件数|总和)|(?=\d))"
)
_LEAD_CONNECTOR_RE = regex.compile(r"[，,]?(?:共计|合计|共|计|为|有)?\Z")


def _share_of_whole_after(ctx: Extraction, figure: Figure, context: str) -> CueHit | None:
    """A count with no name of its own, said after it to be a share of a whole (or of the whole
    its section last named): it is a part of that whole's metric, or of the narrower metric its
    category names with the whole's word (网络购物 + 投诉 -> online shopping complaints)."""
    q = figure.q
    if q.is_percent:
        return None
    m = _SHARE_OF_WHOLE_AFTER_RE.match(ctx.clean.text, q.end, figure.sentence.end)
    if m is None:
        return None
    section_id = figure.sentence.section_id
    whole_word = m.group(1) or ctx.share_wholes.get(section_id)
    whole = accepted_cue(ctx.catalog, whole_word, q, context) if whole_word else None
    if whole is None or not whole.metric.core:
        return None
    ctx.share_wholes[section_id] = whole_word
    category = _LEAD_CONNECTOR_RE.sub("", ctx.clean.text[figure.sentence.start : q.start])
    narrower = accepted_cue(ctx.catalog, category + whole_word, q, context) if category else None
    if narrower is not None and narrower.metric.domain == whole.metric.domain:
        return narrower
    return whole


# "11件投诉举报类案件占一审收案的57.89%": a category of cases, then the whole it is a share of
_CATEGORY_SHARE_RE = regex.compile(
    r"\p{Han}{1,10}?类(?:的)?案件占(?:全[市省区县]|全部)?(\p{Han}{2,8}?)(?:总量|总数|总件数)?的"
)


def _category_share_of_whole(ctx: Extraction, figure: Figure, context: str) -> CueHit | None:
    """A count of one category of cases, said to be a share of a whole, is a part of the whole's
    metric (not of a metric the category's name happens to cue: 投诉举报类 is no complaint)."""
    if figure.q.is_percent:
        return None
    m = _CATEGORY_SHARE_RE.match(ctx.clean.text, figure.q.end, figure.sentence.end)
    whole = accepted_cue(ctx.catalog, m.group(1), figure.q, context) if m else None
    return whole if whole is not None and whole.metric.core else None


# A share said right after a count, of a whole named with no wider place: "，占咨询总量的23.4%"
# (not "占全省总量的12%", where the author's own whole is a share of a wider one)
_SHARE_RIGHT_AFTER_RE = regex.compile(r"[，,](?:约)?占(?!全)(\p{Han}{2,8}?)(?:的)?(?:总量|总数|总件数|总和)")


def _share_of_its_own_whole(ctx: Extraction, figure: Figure) -> bool:
    """A count said to be a share of the whole of its own metric is a part of that whole."""
    if figure.q.is_percent or figure.metric is None:
        return False
    m = _SHARE_RIGHT_AFTER_RE.match(ctx.clean.text, figure.q.end, figure.sentence.end)
    hit = ctx.catalog.cue_before(m.group(1)) if m else None
    return hit is not None and hit.metric is figure.metric


# A figure named only as the sum of what its sentence listed before it: "，共计27735件"
_SUM_LABEL_RE = regex.compile(r"^[，,、；]?(?:以上)?(?:共计|合计|总计|共)$")


def _sum_of_listed(ctx: Extraction, figure: Figure, state: _SentenceState, context: str) -> Metric | None:
    """The metric that sums the different metrics listed before the figure in its sentence, when
    the catalog names one (投诉 + 举报 + 咨询 -> 投诉举报咨询)."""
    if not _SUM_LABEL_RE.match(figure.local_label) or len(state.mains) < 2:
        return None
    codes = {m.code for m in state.mains if m.period == figure.period and m.q.unit == figure.q.unit}
    if len(codes) < 2:
        return None
    for total, parts in ctx.catalog.sums.items():
        if codes <= parts | {total} and total not in codes:
            metric = ctx.catalog.by_code[total]
            return metric if accepts(metric, figure.q, context) else None
    return None


# A sentence opened by the dimension its parts are split by: "按承办单位分，", "分地区看，"
_BY_DIMENSION_RE = regex.compile(r"(?:按|从|分)\p{Han}{1,8}?(?:分|看|来看|划分)[，,：:]")


def _leading_list(parts: list[Figure]) -> list[Figure]:
    """The parts before a nested breakdown: in "执法大队97件，各所289件，其中甲所、乙所分别41件、
    38件", the list that can add up to a whole is 97 and 289; a breakdown in brackets is passed
    over ("食品领域7件（其中保健食品3件），其他领域2件": 7 and 2)."""
    sentence = parts[0].sentence
    outer = [f for f in parts if not _in_bracketed_parts(sentence.text, f.q.start - sentence.start)]
    outer = outer or parts
    for i in range(1, len(outer)):
        gap = sentence.text[outer[i - 1].q.end - sentence.start : outer[i].q.start - sentence.start]
        if "其中" in CLOSED_PAREN_RE.sub("", gap):
            return outer[:i]
    return outer


def _in_bracketed_parts(text: str, at: int) -> bool:
    """Inside an open bracket of parts: "（其中保健食品3件" (not "食品安全（1486件"'s own figure)."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    closed = max(text.rfind("）", 0, at), text.rfind(")", 0, at))
    return opened > closed and text.startswith("其中", opened + 1)


# The sum of a list of years' values: "，三年共计", "，合计"
_YEARS_SUM_LABEL_RE = regex.compile(
    r"^[，,；;]?(?:(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间)?)?(?:共计|合计|总计|累计|总共|共)(?:为|达)?$"
)


# The values of a respective list: "2021年至2025年…分别为|1.52万件、|1.78万件…和|2.46万件"
_RESPECTIVE_ITEM_RE = regex.compile(r"(?:分别为|分别是|分别|^[、和及])$")


def _sum_over_the_years_listed(figure: Figure, state: _SentenceState) -> Metric | None:
    """The metric of the years' values listed right before a figure that is their sum."""
    if not _YEARS_SUM_LABEL_RE.match(figure.local_label):
        return None
    listed: list[Figure] = []
    for earlier in reversed(state.figures):
        if earlier.q.unit != figure.q.unit or not (
            _YEAR_AT_END_RE.search(earlier.local_label) or _RESPECTIVE_ITEM_RE.search(earlier.local_label)
        ):
            break
        listed.append(earlier)
    codes = {f.code for f in listed if f.role == "main"}
    if len(listed) < 2 or len(codes) != 1 or sum(f.q.value for f in listed) != figure.q.value:
        return None
    return next(f.metric for f in listed if f.role == "main")


# The noun phrase of cases right after a figure: "1件|复议案件", "3件|行政诉讼案件"
_CASES_AFTER_RE = regex.compile(r"\p{Han}{0,6}?案件")


def _topic_metric(
    ctx: Extraction, figure: Figure, words: str, local: str, hit: CueHit | None, context: str
) -> Metric | None:
    """收案 / 审结 / 办结 / 经调解结案 with no object, or 确认违法 with no topic of its own: the
    metric of that action for the topic nearest the figure (its sentence, its paragraph, the
    paragraph before, then its section headings, then the title)."""
    catalog = ctx.catalog
    action = None
    if hit is not None:
        cue_text = words[-hit.length :]
        if catalog.rightmost_topic(cue_text) is not None or _COURT_ACT_RE.search(cue_text):
            # the cue names its topic (收到行政复议申请), or a court's act (复议决定被判决撤销)
            return None
        if hit.metric.code in catalog.topic_action_of:
            action = catalog.topic_action_of[hit.metric.code][1]
            if action == "terminated" and catalog.action_of(local or strip_filler(words)) == "mediated":
                action = "mediated"  # 经调解和解后撤回申请而终止: settled first, then withdrawn
        elif not names_bare_case_action(hit, cue_text):
            return None
    bare = local or strip_filler(words)
    if "败诉" in bare:
        return None  # 被纠错11件、败诉4件; 我局败诉数为零: only a lawsuit is lost, whatever the topic
    # 收案数, 审结量: the count of an action is the action's
    action = action or catalog.action_of(bare) or catalog.action_of(COUNT_SUFFIX_RE.sub("", bare))
    if action is None:
        return None
    before = _SUBJECT_MATTER_RE.sub("", ctx.clean.text[figure.sentence.start : figure.q.start])
    if (
        hit is not None
        and catalog.rightmost_topic(before) == "enforcement"
        and _CASES_FILED_RE.search(before)
    ):
        # "立案查处案件1,204件，结案1,150件": the cases the sentence filed are the ones it closes,
        # whatever the paragraph before was about
        return None
    # Then the paragraph's earlier sentences: "收到行政复议申请7件。已审结6件" is about reconsideration.
    paragraph = ctx.seg.paragraphs[figure.sentence.paragraph_id]
    earlier = _SUBJECT_MATTER_RE.sub("", ctx.clean.text[paragraph.start : figure.sentence.start])
    # First the cases the figure counts, when named right after it: "被纠正的1件复议案件".
    counted = _CASES_AFTER_RE.match(ctx.clean.text, figure.q.end, figure.sentence.end)
    texts = [
        counted.group() if counted else "",
        before,
        earlier,
        *_previous_paragraph(ctx, paragraph),
        *_headings_nearest_first(ctx, figure),
    ]
    metric = topic_metric(catalog, action, texts, ctx.meta.title)
    if metric is None or (hit is not None and metric is hit.metric):
        return None
    return metric if accepts(metric, figure.q, context) else None


_LITIGATION_TOPICS = ("reconsideration", "lawsuit")
# Cases filed right before the figure: "立案查处案件1,204件，结案"
_CASES_FILED_RE = regex.compile(r"(?:立案|查处|查办)[^，,；;。\d]{0,12}[\d,.]+万?件[，,、]\p{Han}{0,8}\Z")
# What is done to cases already counted elsewhere: discussed, followed up, heard, defended in court
_ACTS_ON_EXISTING_CASES_RE = regex.compile(r"研究|审议|讨论|回访|会商|评查|出庭|旁听|点评|听证|改判|发回重审")
# A category of cases and nothing else, no verb: "市场监管类案件", "其中公安类的案件"
_CASE_CATEGORY_RE = regex.compile(r"(?:其中)?\p{Han}{1,10}?类的?案件")


def _litigation_received(ctx: Extraction, figure: Figure, cue_text: str, context: str) -> Metric | None:
    """Bare cases (案件, 市场监管类案件) counted where the nearest topic is a reconsideration or a
    lawsuit (the sentence, its paragraph, the paragraph before, its headings, then the title):
    that topic's received cases. A nearer topic of another kind (立案, 投诉) keeps the cases what
    they were."""
    catalog = ctx.catalog
    if catalog.rightmost_topic(cue_text) is not None:
        return None
    paragraph = ctx.seg.paragraphs[figure.sentence.paragraph_id]
    texts = [
        ctx.clean.text[figure.sentence.start : figure.q.start],
        ctx.clean.text[paragraph.start : figure.sentence.start],
        *_previous_paragraph(ctx, paragraph),
        *_headings_nearest_first(ctx, figure),
    ]
    topic = next((t for t in map(catalog.rightmost_topic, texts) if t is not None), None)
    topic = topic or title_topic(catalog, ctx.meta.title)
    if topic not in _LITIGATION_TOPICS:
        return None
    metric = catalog.topic_metrics.get(f"{topic}.received")
    return metric if metric is not None and accepts(metric, figure.q, context) else None


# A court's act in a cue: what it decided ends a lawsuit, whatever topic the words name
_COURT_ACT_RE = regex.compile(r"判决|裁定|法院")

# What cases were about, not what they were: "…复议案件47件，主要涉及投诉举报处理答复、价格违法处罚；
# 审结45件" closes reconsiderations, not complaints or penalties.
_SUBJECT_MATTER_RE = regex.compile(
    r"(?<=[，,])(?:主要|大多|多)?(?:涉及|集中(?:在|于))[^，；。\d]*(?=[，；。])"
    # What they arose from, the 不服 that names a dispute kept: "因不服投诉举报处理引发的11件"
    r"|(?<=不服)(?:(?!诉讼|复议)[^，；。\d]){1,14}?(?=(?:引发|引起|申请)?的)"
    r"|(?<=因)(?:(?!诉讼|复议|不服)[^，；。\d]){1,14}?(?=引发|引起)"
    # What they were compared with: "行政复议案件数量是同期一审行政诉讼案件的2.3倍"
    r"|(?:是|为|相当于)(?:同期)?[^，；。]{1,24}?的[\d.一二两三四五六七八九十]+倍"
)


# The whole's own count inside a frame's words: "被纠错的|8件|复议案件"
_COUNT_IN_FRAME_RE = regex.compile(r"\d+(?:\.\d+)?[件起宗个项]")


def _whole_named_by(ctx: Extraction, figure: Figure, framed: str, context: str) -> Metric | None:
    """The core metric the words of a "…中" frame name (审结案件中, 在受理的案件中)."""
    framed = strip_filler(framed)
    counted = _COUNT_IN_FRAME_RE.search(framed)
    if counted is not None:
        # "被纠错的8件复议案件中": the whole is what the words before its count say it is
        before_count = ctx.catalog.cue_before(strip_filler(framed[: counted.start()]))
        if before_count is not None and before_count.metric.core:
            return before_count.metric
    parent_hit = ctx.catalog.cue_before(framed)
    if parent_hit is not None and parent_hit.metric.core:
        return parent_hit.metric
    action = ctx.catalog.action_of(framed)  # 在受理的案件中: what the section's topic received
    if action is not None:
        texts = [framed, *_headings_nearest_first(ctx, figure)]
        metric = topic_metric(ctx.catalog, action, texts, ctx.meta.title)
        if metric is not None and accepts(metric, figure.q, context):
            return metric
    return None


# A distribution frame after the headline, in the same sentence: "受理…347件，其中投诉286件；|从来源看|，"
_LATER_DISTRIBUTION_FRAME_RE = regex.compile(
    r"(?<=[；;，,])(?:从[^，。；]{1,12}?(?:看|来看|上看|分析)|按[^，。；]{1,10}(?:分|统计))(?=[，,])"
)


def _later_distribution_frame(figure: Figure, scan: _Scan) -> regex.Match[str] | None:
    """The last 从…看 frame opening a clause between the sentence's start and the figure."""
    found = None
    for m in _LATER_DISTRIBUTION_FRAME_RE.finditer(scan.text, 0, figure.q.start - figure.sentence.start):
        found = m
    return found


def _inner_frame(figure: Figure, scan: _Scan) -> str | None:
    """The words of the last "…中，" clause before the figure that is not the sentence's opening
    frame itself."""
    before = scan.text[: figure.q.start - figure.sentence.start]
    found = None
    for m in _INNER_FRAME_RE.finditer(before):
        found = m
    if found is None or (scan.frame is not None and found.start(1) < scan.frame.end()):
        return None
    return found.group(1)


# The end of a frame a figure opens: "(在开庭审理的48件)案件中，"
_FRAME_CLOSE_RE = regex.compile(r"\p{Han}{0,6}?中[，,]")


def _breakdown_parent(
    ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan, local: str, context: str
) -> Metric | None:
    """The metric of the figure this one is a part of, when the sentence lists parts
    (其中…, 从…看, 审结案件中，…, 不服…的N件)."""
    frame = scan.frame or _later_distribution_frame(figure, scan)
    if (
        frame is not None
        and frame.string is scan.text
        and figure.q.end - figure.sentence.start <= frame.end()
    ):
        return None  # "全年五件复议、诉讼案件中，…的有四件": the figure is the whole the frame names
    label = CLOSED_PAREN_RE.sub("", figure.local_label)
    if label.startswith("在") and _FRAME_CLOSE_RE.match(ctx.clean.text, figure.q.end):
        return None  # "在开庭审理的48件案件中，…": the whole of the clauses after it, named by its own words
    part_like = (
        bool(_PART_LABEL_RE.search(label))
        or bool(_PART_LABEL_RE.search(local))
        or ("其中" in label and _RESPECTIVELY_RE.search(label) is not None)
        or label.startswith("其中")  # ，其中教育培训类412件
    )
    # ，其中教育培训类412件、健身类365件: the next part of the same list
    continues_parts = (
        label[:1] in "、和及" and bool(state.mains) and state.mains[-1].rule.startswith("breakdown")
    ) or _next_part_after_comma(ctx, figure, state, label)
    # 受理投诉举报1000件，食品类300件，药品类200件: a category with no words of its own after a figure
    category_part = (
        not part_like
        and bool(state.mains)
        and _CATEGORY_PART_RE.search(strip_filler(label)) is not None
        and ctx.catalog.cue_before(strip_filler(label)) is None
    )
    # "…公示行政处罚信息2,964条。其中，市本级公示318条": the first figure of a sentence opened by 其中
    opens_parts = figure.sentence.text.startswith("其中") and not state.mains
    part_like = part_like or continues_parts or category_part or opens_parts
    distribution = frame is not None and frame.group()[:1] in _DISTRIBUTION_OPENERS
    # The figure's own cue matters only to a distribution's headline or to rule out a part.
    needs_own = bool(local) and frame is not None and (distribution or not part_like)
    own = accepted_cue(ctx.catalog, local, figure.q, context) if needs_own else None
    if own is not None and distribution:
        headline = _headline_with_part(ctx, figure, own.metric)
        if headline is not None:
            return headline
        if _one_kind_of_the_headline(ctx, figure, own.metric, frame.group()):
            return own.metric
    if not part_like and (frame is None or own is not None):
        return None
    lone = not (continues_parts or category_part)
    if frame is None and figure.sentence.text.count("的") < 2 and "其中" not in label and lone:
        # a lone "…的N件" is not a list of parts, unless it goes on with the sentence before's
        return _parts_continued(ctx, figure, label, context)
    whole_words = _FRAME_OF_WHOLE_RE.search(frame.group()) if frame is not None else None
    if whole_words is not None:
        named = _whole_named_by(ctx, figure, whole_words.group(1), context)
        if named is not None:
            return named
    inner = _inner_frame(figure, scan)
    if inner is not None:
        # 从被诉主体看，一审收案中，深圳市17件…；败诉案件中，因…的3件: the nearer "…中" names the whole
        named = _whole_named_by(ctx, figure, inner, context)
        if named is not None:
            return named
    if opens_parts or (
        figure.sentence.text.startswith("其中") and _first_after_a_semicolon(ctx, figure, state)
    ):
        # 其中投诉…、咨询16,316件；通过12345热线转办的3,862件 (其中，一般程序案件81件；从领域看，食品类
        # 案件41件): the first list is over, and the new part is one of the whole the sentence
        # before counted, not of the first list's last kind
        whole = _whole_of_sentence_before(ctx, figure)
        if whole is not None:
            return whole
    for main in reversed(state.mains):
        if (
            main.metric is not None
            and main.metric.core
            and (main.period == figure.period or _time_part_of(main, figure, label))
            and not _other_months(main, figure)  # 1月受理22105件，2月…19486件: siblings, not parts
        ):
            if (
                (_CATEGORY_PART_RE.search(local) or _INVOLVING_PART_RE.search(local) or main.q.unit == "yuan")
                and not figure.q.is_percent
                and main.q.unit != figure.q.unit
            ):
                # 查办案件412件，罚没款615.3万元，其中食品类238件 (其中涉及食品安全的11件, 其中网络广告
                # 41件): a category of the cases, not of the money; a count is never a part of money
                return next((m.metric for m in state.mains if m.q.unit == figure.q.unit and m.metric), None)
            return main.metric  # 其中9月份立案N件 after a quarter's figure is the month's whole
    if frame is not None and frame.group()[:1] in _DISTRIBUTION_OPENERS:
        # 从案件起因看，不服投诉举报处理的37件，占新收复议案件的71.15%: the share names the whole.
        denominator = _share_denominator(ctx, scan, figure, context)
        if denominator is not None:
            return denominator
        # "…共受理投诉举报1583件。从渠道看，…转办的有612件": the channels of what the paragraph
        # just counted (a 领域 or 类型 frame may go on with parts of a part: 一般程序案件…。从领域看)
        by_channel = bool(_CHANNEL_FRAME_RE.search(frame.group())) and _same_paragraph_as_before(ctx, figure)
        whole = _whole_of_sentence_before(ctx, figure) if by_channel else None
        if whole is not None and accepts(whole, figure.q, context):
            return whole
        # 从领域分布看，食品领域案件N件: the parts of the section's headline figure.
        headline = ctx.headline_totals.get((figure.sentence.section_id, figure.q.unit))
        if headline is None and ctx.catalog.rightmost_topic(frame.group()) is None:
            # 从受理渠道看 with no headline in its section: the report's first headline of the unit
            # ("10月，共受理…6025件" above). A frame naming a topic (从投诉类别看) picks its own.
            headline = next(
                (f for (_, unit), f in ctx.headline_totals.items() if unit == figure.q.unit), None
            )
        if headline is not None and headline.metric is not None and headline.period == figure.period:
            return headline.metric
        # No headline in the section: the parts of what its topic received ("二、行政复议案件情况
        # > （一）案件来源": 从申请事项看，不服…的17件).
        received = topic_metric(ctx.catalog, "received", _headings_nearest_first(ctx, figure), ctx.meta.title)
        if received is not None and accepts(received, figure.q, context):
            return received
    if _RESPECTIVELY_RE.search(label):
        # "青秀区、西乡塘区、江南区诉求量居全市前三，分别为4873件": the nearest cue earlier in the sentence.
        subject = _nearest_cue_before(ctx, figure, context)
        if subject is not None:
            return subject
    if label.startswith("其中") and figure.sentence.text.startswith("其中"):
        subject = _subject_of_sentence_before(ctx, figure, context)
        if subject is not None:
            return subject  # 预付式消费投诉居第一位。其中健身类1536件: parts of what it named
    total = ctx.paragraph_totals.get(figure.sentence.paragraph_id) or ctx.section_totals.get(
        figure.sentence.section_id
    )
    if total is not None and total.metric is not None and total.metric.code == _DISPUTES_TOTAL:
        # 行政发案量合计38件。复议案件增长的原因是…，同一申请人提起的案件达到9件: the sentence names
        # which of the two kinds its part belongs to
        named = _one_kind_of_dispute_named(ctx, figure, context)
        if named is not None and total.period == figure.period:
            return named
    if total is not None:
        return total.metric if total.period == figure.period and not _other_months(total, figure) else None
    if distribution:
        # 按投诉性质分析 with nothing nearer: the report's first headline whose own words name the
        # frame's topic (共受理消费者投诉15863件).
        topic = ctx.catalog.rightmost_topic(frame.group())
        headline = next(
            (
                f
                for (_, unit), f in ctx.headline_totals.items()
                if unit == figure.q.unit and topic is not None and _names_topic(ctx, f, topic)
            ),
            None,
        )
        if headline is not None and headline.metric is not None and headline.period == figure.period:
            return headline.metric
    return None


_DISPUTES_TOTAL = "litigation.disputes_total"


def _one_kind_of_dispute_named(ctx: Extraction, figure: Figure, context: str) -> Metric | None:
    """The cases received of the one topic (复议 or 诉讼) the sentence names before the figure."""
    before = ctx.clean.text[figure.sentence.start : figure.q.start]
    named = {ctx.catalog.rightmost_topic(m.group()) for m in _DISPUTE_KIND_RE.finditer(before)}
    if len(named) != 1:
        return None
    received = ctx.catalog.topic_metrics.get(f"{named.pop()}.received")
    return received if received is not None and accepts(received, figure.q, context) else None


_DISPUTE_KIND_RE = regex.compile(r"复议|诉讼|应诉")


def _cases_of_the_dispute_kind_named(ctx: Extraction, figure: Figure, context: str) -> Metric | None:
    """Bare 案件 in a paragraph that counted reconsiderations or lawsuits, in a sentence that names
    one of the two: some of that kind's cases."""
    total = ctx.paragraph_totals.get(figure.sentence.paragraph_id)
    if total is None or total.metric is None or total.metric.domain != "litigation":
        return None
    return _one_kind_of_dispute_named(ctx, figure, context)


# ，线下400件 after 其中线上800件: a bare name of the next part, with no verb, time or comparison
_PART_NAME_RE = regex.compile(r"\p{Han}{1,6}")
_NOT_A_PART_NAME_RE = regex.compile(
    r"同期|上年|去年|同比|环比|[较比]|[年月]|共|合计|累计|其中|另|[尚仍还]|剩余"
)


def _next_part_after_comma(ctx: Extraction, figure: Figure, state: _SentenceState, label: str) -> bool:
    """ "其中受理前调解化解19件，受理后27件": a comma-separated list of parts goes on while each
    clause only names its part; a clause with a cue of its own (，结案25件) is a figure of its own."""
    starts = figure.q.start - len(figure.local_label)
    if (
        not state.mains
        or figure.local_label != label
        or ctx.clean.text[starts - 1 : starts] not in ("，", ",")
        or not _PART_NAME_RE.fullmatch(label)
        or _NOT_A_PART_NAME_RE.search(label)
    ):
        return False
    last = state.mains[-1]
    return (
        last.scope == "subset"
        and last.q.unit == figure.q.unit
        and (last.rule.startswith("breakdown") or last.rule.startswith("topic"))
        and ctx.catalog.cue_before(label) is None
    )


def _restates(value: Decimal, other: Decimal) -> bool:
    """`other` is `value` rounded (within half a percent)."""
    return value != 0 and abs(value - other) <= abs(value) * Decimal("0.005")


# A sentence's opening words naming what its figure involves: "涉及市执法支队执法行为的"
_INVOLVING_WHAT_RE = regex.compile(r"(?:其中)?涉及[\p{Han}、“”]{2,30}的$")


def _parts_continued(ctx: Extraction, figure: Figure, label: str, context: str) -> Metric | None:
    """A sentence opening with "涉及…的N件" right after a sentence of parts (从申请事项看，不服…的29件，
    …): one more part of the same whole, cut another way."""
    at = figure.sentence.sentence_id - 1
    if at < 0 or label != ctx.clean.text[figure.sentence.start : figure.q.start]:
        return None
    if (
        not _INVOLVING_WHAT_RE.match(label)
        or ctx.seg.sentences[at].paragraph_id != figure.sentence.paragraph_id
    ):
        return None
    last = (ctx.sentence_mains.get(at) or [None])[-1]
    if last is None or last.metric is None or not last.rule.startswith("breakdown"):
        return None
    if last.q.unit != figure.q.unit or last.period != figure.period:
        return None
    return last.metric if accepts(last.metric, figure.q, context) else None


def _subject_of_sentence_before(ctx: Extraction, figure: Figure, context: str) -> Metric | None:
    """What the sentence before names, when it states no figure: its cue nearest its end."""
    at = figure.sentence.sentence_id - 1
    if at < 0 or ctx.sentence_mains.get(at):
        return None
    previous = ctx.seg.sentences[at]
    if previous.paragraph_id != figure.sentence.paragraph_id:
        return None
    return _nearest_cue_before(ctx, figure, context, at=previous)


def _first_after_a_semicolon(ctx: Extraction, figure: Figure, state: _SentenceState) -> bool:
    """A semicolon stands between the sentence's figures so far and this one."""
    text = ctx.clean.text
    start, end = figure.sentence.start, figure.q.start
    semicolon = max(text.rfind("；", start, end), text.rfind(";", start, end))
    return semicolon >= 0 and all(m.q.end <= semicolon for m in state.mains)


_CHANNEL_FRAME_RE = regex.compile(r"渠道|来源|途径")


def _same_paragraph_as_before(ctx: Extraction, figure: Figure) -> bool:
    at = figure.sentence.sentence_id
    return at > 0 and ctx.seg.sentences[at - 1].paragraph_id == figure.sentence.paragraph_id


def _whole_of_sentence_before(ctx: Extraction, figure: Figure) -> Metric | None:
    """The metric of the first whole the sentence before counted in the figure's unit and period."""
    at = figure.sentence.sentence_id - 1
    return next(
        (
            m.metric
            for m in ctx.sentence_mains.get(at, [])
            if m.metric is not None
            and m.metric.core
            and m.scope == "total"
            and m.q.unit == figure.q.unit
            and m.period == figure.period
        ),
        None,
    )


_MONTH_IN_LABEL_RE = regex.compile(r"(\d{1,2})月")


def _whole_of_a_time_in_a_time_frame(figure: Figure, scan: _Scan) -> bool:
    """ "分季度看，一季度受理2871件，二季度3152件": the parts of a span by time are each the whole
    of a shorter period."""
    frame = scan.frame
    return (
        frame is not None
        and frame.string is scan.text
        and _TIME_FRAME_RE.search(frame.group()) is not None
        and figure.period in ("month", "quarter", "half_year")
    )


_TIME_FRAME_RE = regex.compile(r"^[从分按](?:季度|月度|月份|月|半年|时间|时段|进度)")


def _time_parts_of_each_whole(state: _SentenceState) -> None:
    """ "收到行政复议申请7件、一审行政诉讼3件，其中四季度分别为2件和1件": each value is the time
    part of the whole listed in its place, in order."""
    for i, first in enumerate(state.mains):
        if not _RESPECTIVE_TIME_PART_RE.match(CLOSED_PAREN_RE.sub("", first.local_label)):
            continue
        values = [first]
        for f in state.mains[i + 1 :]:
            if not _CONNECTOR_ONLY_RE.match(f.local_label):
                break
            values.append(f)
        wholes = [w for w in state.mains[:i] if w.q.unit == first.q.unit][-len(values) :]
        if len(wholes) != len(values) or len({w.code for w in wholes}) != len(wholes):
            continue
        for whole, value in zip(wholes, values, strict=True):
            if whole.metric is not None:
                set_metric(value, whole.metric, "respective_whole")
                value.scope = "total"


def _time_part_of(main: Figure, figure: Figure, label: str) -> bool:
    """ "全年移送…5件，其中四季度2件", "…12件，其中5月移送3件": the part of the whole's time a 其中
    names, a shorter period within the whole's."""
    return _TIME_PART_RE.match(label) is not None and _PERIOD_LENGTH.get(
        figure.period, 0
    ) < _PERIOD_LENGTH.get(main.period, 0)


# A 其中 naming a shorter time of the whole before it, then perhaps 分别 for several wholes
_TIME_PART_RE = regex.compile(r"其中[，,]?(?:\d{1,2}月份?|第?[一二三四]季度|上半年|下半年)")
_RESPECTIVE_TIME_PART_RE = regex.compile(_TIME_PART_RE.pattern + r"(?:分别|依次)(?:为|是)?$")
_PERIOD_LENGTH = {"month": 1, "quarter": 3, "half_year": 6, "to_date": 7, "year": 12, "cumulative": 13}


def _other_months(main: Figure, figure: Figure) -> bool:
    """Both figures' own words name a month, and not the same one."""
    a = _MONTH_IN_LABEL_RE.search(main.local_label)
    b = _MONTH_IN_LABEL_RE.search(figure.local_label)
    return a is not None and b is not None and a.group(1) != b.group(1)


def _names_topic(ctx: Extraction, figure: Figure, topic: str) -> bool:
    """The words of a figure's sentence before it name `topic` (投诉 for complaint)."""
    words = ctx.clean.text[figure.sentence.start : figure.q.start]
    return ctx.catalog.topics[topic].search(words) is not None


def _share_denominator(ctx: Extraction, scan: _Scan, figure: Figure, context: str) -> Metric | None:
    """The core metric a share in the sentence is taken of: "占新收复议案件的71.15%"."""
    m = _SHARE_OF_RE.search(scan.text)
    hit = ctx.catalog.cue_before(strip_filler(m.group(1))) if m else None
    if hit is None or not hit.metric.core or hit.subset:
        return None
    return hit.metric if accepts(hit.metric, figure.q, context) else None


def _previous_paragraph(ctx: Extraction, paragraph: Paragraph) -> list[str]:
    """The paragraph before, in the same section: a news page's "针对被确认违法的2件案件" takes up the
    reconsiderations of the paragraph above it, which no heading names."""
    if paragraph.paragraph_id == 0:
        return []
    previous = ctx.seg.paragraphs[paragraph.paragraph_id - 1]
    if previous.section_id != paragraph.section_id:
        return []
    return [ctx.clean.text[previous.start : previous.end]]


def _headings_nearest_first(ctx: Extraction, figure: Figure) -> list[str]:
    """The headings above a figure, its own section's first."""
    return list(reversed(ctx.seg.section(figure.sentence.section_id).path.split(" > ")))


# A distribution by a kind of its parts, not an overview: "从诉求渠道看", "按案件类别分" (not
# "从全年情况看", "从执法办案总体情况看")
_KIND_FRAME_RE = regex.compile(
    r"渠道|类别|类型|领域|来源|方式|身份|主体|年龄|地区|区域|行业|性质|案由|申请人|原告|当事人|机关|机构|层级"
)


def _one_kind_of_the_headline(ctx: Extraction, figure: Figure, metric: Metric, frame: str) -> bool:
    """In "从诉求渠道看，通过12315平台提交的诉求5,684件", the figure is one channel's part of the
    headline figure of its own metric stated above it."""
    if not _KIND_FRAME_RE.search(frame) or ctx.catalog.markers["total"].search(figure.local_label):
        return False
    return any(
        headline is not figure and headline.metric is metric and headline.period == figure.period
        for (_, unit), headline in ctx.headline_totals.items()
        if unit == figure.q.unit
    )


def _headline_with_part(ctx: Extraction, figure: Figure, part: Metric) -> Metric | None:
    """The headline figure (its section's first, else the report's) that `part` is listed as a part
    of in the catalog's [headline_parts]."""
    unit = figure.q.unit
    own_section = ctx.headline_totals.get((figure.sentence.section_id, unit))
    others = [f for (_, u), f in ctx.headline_totals.items() if u == unit]
    for headline in ([own_section] if own_section else []) + others:
        if (
            headline.metric is not None
            and headline.period == figure.period
            and part.code in ctx.catalog.headline_parts.get(headline.metric.code, ())
        ):
            return headline.metric
    return None


def _nearest_cue_before(
    ctx: Extraction, figure: Figure, context: str, at: Sentence | None = None
) -> Metric | None:
    """The core metric whose cue ends nearest before the figure's words in its sentence (or ends
    nearest the end of sentence `at`)."""
    text = ctx.clean.text
    start = (at or figure.sentence).start
    end = at.end if at is not None else figure.q.start - len(figure.local_label)
    for stop in range(end, max(start, end - 40), -1):
        hit = ctx.catalog.cue_before(text[start:stop])
        if hit is not None and hit.metric.core and accepts(hit.metric, figure.q, context):
            return hit.metric
    return None


def _remember_total(ctx: Extraction, figure: Figure) -> None:
    if figure.metric is not None and figure.metric.core:
        ctx.paragraph_totals[figure.sentence.paragraph_id] = figure
        ctx.section_totals[figure.sentence.section_id] = figure
        # A year's report that speaks of the year so far (今年以来, in a press conference) leads
        # with that figure.
        so_far = figure.period == "to_date" and ctx.meta.period == "year"
        if figure.period == ctx.meta.period or so_far:
            # The section's first figure of the period leads it, even a part of the whole
            # (全市查处食品安全违法案件1046件 in a food-safety report).
            ctx.headline_totals.setdefault((figure.sentence.section_id, figure.q.unit), figure)
            remember_received_headline(ctx, figure)


# ------------------------------------------------------------------ scope


# A holiday or an event within the report's period: "国庆假期期间", "春节前后", "专项行动期间"
_WINDOW_RE = regex.compile(
    r"(?:国庆|春节|元旦|五一|劳动节|清明|端午|中秋|节日|节假日|假日|黄金周|双十一|双11|两节|"
    r"3[·.•]15|行动|活动)[”」]?(?:国际)?(?:消费者权益日)?(?:假期|长假|小长假|黄金周)?(?:期间|前后)"
)


def _part_ended_by_a_semicolon(before: str, sub_unit: tuple[int, int]) -> bool:
    """A sub-unit that 其中 named as a part is the subject of its clause only, up to a semicolon;
    a sub-unit that opens the sentence (我市各级消委会共受理…；为消费者挽回…) is the subject of all."""
    return "；" in before[sub_unit[1] :] and "其中" in before[max(0, sub_unit[0] - 6) : sub_unit[0]]


# The body's own level alone, not "市局本级及所属执法单位" (its level and the units under it: the whole)
_OWN_LEVEL_ONLY_RE = regex.compile(r"本级(?![及和与、](?:其)?(?:所属|下属|直属|各))")


def _scope(ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan) -> None:
    """A campaign's, sub-unit's, category's or component's figure is a subset of the whole."""
    if figure.metric is None or figure.scope == "subset":
        return
    metric = figure.metric
    sentence = figure.sentence
    text = ctx.clean.text
    offset = figure.q.start - sentence.start
    local_start = offset - len(figure.local_label)
    total_marker = scan.first("total", offset, local_start) or scan.first(
        "total", offset, max(0, offset - 12)
    )
    # 全市市场监管系统 names the whole as plainly as 共计 does
    figure.explicit_total = total_marker is not None or bool(_SYSTEM_WIDE_RE.search(figure.local_label))
    before = sentence.text[:offset]
    component = _COMPONENT_RE.search(before)
    if component:
        # 其中 / （含…）: a component of the same metric as a figure stated before the marker.
        at = sentence.start + component.start()
        parent = next(
            (
                m
                for m in _component_parents(ctx, sentence, state, component.start())
                if m.code == figure.code
                and m.q.end <= at
                and m.period == figure.period  # 其中9月份…: the month's whole, not a part of the quarter's
            ),
            None,
        )
        if parent is not None:
            figure.scope = "subset"
            return
    if _rate_of_part(ctx, figure, state) and (
        figure.q.is_percent or ctx.catalog.action_of(_local_words(figure.local_label)) == "closed"
    ):
        # 办结投诉40187件，办结率97.46%: the rate of that part; 受理价格类投诉举报318件，办结312件
        figure.scope = "subset"
        return
    if _accepted_of_applications(ctx, figure, state):
        figure.scope = "subset"  # 收到行政复议申请74件。…依法受理68件: the accepted part
        return
    if _share_of_its_own_whole(ctx, figure):
        figure.scope = "subset"  # 涉及登记注册的咨询8126件，占咨询总量的23.4%: a part of its metric's whole
        return
    if _in_one_case_story(ctx, figure):
        figure.scope = "subset"  # 案例二：某加油站计量作弊案。…对其罚款12万元: one case's figure
        return
    one_value = not _LIST_NEXT_RE.match(text, figure.q.end)
    if (
        "分别" in figure.local_label
        and one_value
        and (not state.mains or state.mains[-1].code != figure.code)
    ):
        figure.scope = "subset"  # 分别处罚9.5万元: one value for each of several parties
        return
    if _OWN_LEVEL_ONLY_RE.search(figure.local_label) or _in_own_level_section(ctx, figure):
        # 市消协本级受理投诉612件, or under "三、市本级案件被申请人分布": the body's own level, not
        # its whole system
        figure.scope = "subset"
        return
    if metric.domain != "litigation" and _WINDOW_RE.search(before, before.rfind("；") + 1):
        figure.scope = "subset"  # 国庆假期期间，…受理投诉举报418件: a window within the period
        return
    sub_unit = scan.first("sub_unit", offset)
    if sub_unit and _part_ended_by_a_semicolon(before, sub_unit):
        sub_unit = None  # "…1,106件，其中市局本级63件；组织全市案卷评查3轮，评查案卷418卷"
    if sub_unit and _names_the_author(ctx, scan.text[sub_unit[0] : sub_unit[1]]):
        sub_unit = None  # 市消委会…解决11935宗 in the consumer council's own report: its whole
    if sub_unit and _SYSTEM_WIDE_RE.search(before, sub_unit[1]):
        sub_unit = None  # "市局本级立案97件…；全市市场监管系统立案1,683件": the whole system's again
    if (
        sub_unit
        and not metric.code.endswith("association_received")
        and (not total_marker or _sums_a_sub_unit(scan, total_marker, local_start))
    ):
        figure.scope = "subset"
        return
    if _in_other_organs_section(ctx, figure) and not metric.code.endswith("association_received"):
        # "（四）市公安局" in a city government's notice: one organ's figures (a consumer council's
        # complaints are its own metric's whole)
        figure.scope = "subset"
        return
    if (not total_marker or _lists_places(figure)) and _names_other_place(ctx, figure):
        # 兰州市立案4127件 in a provincial report: one city's figure; "甲县、乙县市场监管局共立案
        # 1106件": 共 sums the places listed, still a part of the whole
        figure.scope = "subset"
        return
    if _led_by_sub_unit(ctx, scan):
        figure.scope = "subset"  # "樊城区局：复议14件、一审诉讼9件": one unit's line of a list
        return
    if metric.domain == "litigation" and _cases_of_one_cause(ctx, figure, before):
        figure.scope = "subset"  # 因政府信息公开工作引发行政复议5件: cases over one kind of work
        return
    if metric.domain == "litigation" and _market_share_of_wider_caseload(ctx, figure, before):
        figure.scope = "subset"  # 以市场监管部门为被告的一审行政案件68件 in a court's white paper
        return
    if metric.domain == "enforcement" and _enforcement_part(
        ctx, figure, state, scan, offset, local_start, before
    ):
        figure.scope = "subset"
        return
    if metric.domain == "complaints" and _WITHIN_A_CATEGORY_RE.search(before):
        figure.scope = "subset"  # 化妆品类中，通过网络购买引发的投诉举报908件: within one category
        return
    if (
        metric.domain == "complaints"
        and not total_marker
        and not figure.q.is_percent
        and (
            _COMPLAINT_CATEGORY_HEADING_RE.search(ctx.seg.section(sentence.section_id).heading)
            or (
                metric.code not in _CATEGORY_COMPLAINTS
                and _names_a_category_of_complaints(ctx, figure.local_label)
            )
        )
    ):
        # （一）生活社会服务类投诉居服务类首位 / 全年受理1,438件; 本月受理价格类投诉举报318件
        figure.scope = "subset"
        return
    if (
        metric.code in _OUTCOMES_OF_COMPLAINTS
        and not total_marker
        and _of_a_category_of_complaints(ctx, state, figure)
    ):
        figure.scope = "subset"  # 受理价格类投诉举报1,486件，…按期办结率99.6%: that category's outcome
        return
    if (
        metric.core
        and metric.domain != "complaints"  # 12315 takes complaints of every field, campaign or not
        and not total_marker
        and figure.code not in _SCOPED_BY_DOMAIN
        and _report_on_one_field(ctx, fields_only=True)
    ):
        figure.scope = "subset"  # 行政复议案件2件 in a report on 知识产权保护: that field's cases


# A clause opening "within one category": "化妆品类中，", "其中食品类投诉中，" (not 各类中)
_WITHIN_A_CATEGORY_RE = regex.compile(
    r"(?:^|[，。；：])\s*(?:其中|在)?\p{Han}{2,8}?(?<![各全几多两三四五六七八九十此该本这])类"
    r"(?:投诉举报|举报投诉|投诉|举报|咨询|诉求)?中[，,]"
)
# What came of the complaints counted before them in the sentence
_OUTCOMES_OF_COMPLAINTS = frozenset(
    {"complaints.resolution_rate", "complaints.losses_recovered_cny", "complaints.resolved"}
)
# Losses won back for one kind of consumer: "为网络消费者挽回经济损失387.6万元" (not 为消费者, 为广大消费者)
_KIND_OF_CONSUMER_RE = regex.compile(
    r"为(?:网络|网购|线上|跨境|老年|农村|外地|异地|境外|港澳台?|未成年|学生|外籍)\p{Han}{0,3}消费者(?:挽回|追回|争取)"
)


def _of_a_category_of_complaints(ctx: Extraction, state: _SentenceState, figure: Figure) -> bool:
    """The sentence's complaints are one category's (价格类投诉举报, 特种设备类投诉举报), so what came
    of them is that category's too; or the words name one kind of consumer."""
    if _KIND_OF_CONSUMER_RE.search(figure.local_label):
        return True
    head = next((m for m in state.mains if m.metric is not None and m.metric.domain == "complaints"), None)
    if head is None or head.metric.unit != "item" or head.rule.startswith("breakdown"):
        return False
    return head.code in _CATEGORY_COMPLAINTS or _names_a_category_of_complaints(ctx, head.local_label)


def _names_a_category_of_complaints(ctx: Extraction, label: str) -> bool:
    """受理价格类投诉举报, 涉旅游投诉, 价格投诉举报 (not 投诉 alone, a part of 投诉举报 of every kind)."""
    return bool(
        _COMPLAINT_CATEGORY_RE.search(label)
        or _INVOLVING_COMPLAINTS_RE.search(label)
        or _field_complaints(ctx, label)
    )


def _complaint_category_metric(
    ctx: Extraction, figure: Figure, parent: Metric, context: str
) -> Metric | None:
    """A category of complaints that has a code of its own, listed among others without the word
    投诉: "网络购物类415件", "网络购物类（含跨境电商、直播销售）48件" under 服务类投诉中."""
    if parent.domain != "complaints" or parent.unit != "item":
        return None
    words = strip_filler(_words_before_aside(ctx.clean.text, figure.q.start, figure.sentence.start))
    if not _SHOPPING_CATEGORY_RE.fullmatch(words):
        return None  # not "网络销售违规" (a kind of violation), nor words already read (…投诉)
    online = ctx.catalog.by_code["complaints.online_shopping"]
    return online if accepts(online, figure.q, context) else None


def _parent_counts_both(state: _SentenceState, parent: Metric) -> bool:
    """The figure a category is taken from counts complaints and reports both (投诉举报), as the
    category's own code does; a part of 投诉 alone is a part of that code too."""
    main = next((m for m in reversed(state.mains) if m.metric is parent), None)
    return main is not None and _BOTH_KINDS_RE.search(main.local_label) is not None


_BOTH_KINDS_RE = regex.compile(r"投诉举报|举报投诉|投诉、举报")


# The name of a category of shopping alone, the whole of a part's words: "网络购物类", "网购",
# "其中涉及网络交易的"
_SHOPPING_CATEGORY_RE = regex.compile(
    r"(?:其中|另有)?(?:涉及|有关)?(?:网络购物|网购|网络交易|网络消费)(?:类|的|领域的?)?"
)


def _words_before_aside(text: str, pos: int, floor: int) -> str:
    """The clause's words before a figure, past a bracketed aside right before it:
    "网络购物类（含跨境电商、直播销售）48件" -> "网络购物类"."""
    end = pos
    if text[end - 1 : end] in ("）", ")"):
        opening = max(text.rfind("（", floor, end), text.rfind("(", floor, end))
        if opening >= 0:
            end = opening
    return text[_clause_start(text, end, floor) : end]


# A heading about one category of complaints: "（三）家用电子电器类投诉居商品类首位" (not 各类投诉)
_COMPLAINT_CATEGORY_HEADING_RE = regex.compile(
    r"\p{Han}{2}(?<![各全几多两三四五六七八九十此该本这])类(?:投诉|举报|咨询|诉求)"
)
# Metrics that are one category's complaints already: their category is their whole.
_CATEGORY_COMPLAINTS = frozenset({"complaints.online_shopping", "complaints.special_equipment"})
# A figure's words naming one category of complaints or inquiries: "受理价格类投诉举报",
# "登记注册类咨询" (not 消费类, 咨询类)
_COMPLAINT_CATEGORY_RE = regex.compile(
    r"\p{Han}{2}(?<![各全几多两三四五六七八九十此该本这]|消费|咨询|诉求)类(?:投诉|举报|咨询)"
)

# Complaints over one kind of matter or party: "受理涉港澳消费者投诉603宗", "涉旅游投诉" (not 涉及)
_INVOLVING_COMPLAINTS_RE = regex.compile(r"涉(?!及|嫌)\p{Han}{1,6}?(?:消费者)?(?:投诉|举报)")


def _field_complaints(ctx: Extraction, label: str) -> bool:
    """A field's name right before what was complained of: "受理价格投诉举报" (价格 is one field;
    药品 in a drug bureau's report is all it hears about)."""
    subdomain = ctx.catalog.markers["subdomain"]
    return bool(_field_complaints_re(subdomain.pattern).search(label)) and not _authors_field(
        ctx, subdomain.findall(label)
    )


@lru_cache(maxsize=4)
def _field_complaints_re(subdomain: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?:{subdomain})(?:领域|方面)?(?:投诉|举报)")


# One case told as a story. Its paragraph opens with a case label ("案例一：", "第二起是"), or
# its heading is the case's title ("（一）某商贸公司销售过期食品案") or a list of such cases.
_CASE_LABEL_RE = regex.compile(
    r"[*【\s]*(?:典型)?(?:案例[一二三四五六七八九十\d]{1,3}[：:、．.]|第[一二三四五六七八九十]起(?:是|为|案件))"
)
_CASE_LABEL_LINE_MAX = 48
_HEADING_ORDINAL_RE = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*"
)
_CASE_HEADING_RE = regex.compile(
    r"(?:[^，。；：:]{0,10}某[^，。；]{1,40}案|(?:部分|相关)?典型(?:案例|案件)(?:情况|简介|介绍|通报)?)[。：:]?"
)


# A sentence that opens on an example and names a party by 某: "例如，某公司…", "再如，某…"
_EXAMPLE_CASE_RE = regex.compile(r"(?:例如|比如|再如|又如|如)[，,：:][^。]{0,20}?某")


def _in_one_case_story(ctx: Extraction, figure: Figure) -> bool:
    """The figure is one case's, told under a case label or a case title, not the year's."""
    paragraph_id = figure.sentence.paragraph_id
    paragraph = ctx.seg.paragraphs[paragraph_id]
    if _CASE_LABEL_RE.match(ctx.clean.text, paragraph.start, paragraph.end):
        return True
    if paragraph_id > 0:
        # A case label on a line of its own, not taken for a heading: "案例二：某加油站计量作弊案"
        before = ctx.seg.paragraphs[paragraph_id - 1]
        label = ctx.clean.text[before.start : before.end].strip()
        if len(label) <= _CASE_LABEL_LINE_MAX and "。" not in label and _CASE_LABEL_RE.match(label):
            return True
    if _EXAMPLE_CASE_RE.match(figure.sentence.text):
        return True  # "再如，某教育咨询公司…，罚没款合计1039.1万元": an example case
    section = ctx.seg.section(figure.sentence.section_id)
    for heading in section.path.split(" > "):
        at = _HEADING_ORDINAL_RE.match(heading).end()
        if _CASE_LABEL_RE.match(heading, at) or _CASE_HEADING_RE.fullmatch(heading, at):
            return True
    return False


# What the applications received were called: "收到行政复议申请", "共收案163件"
_RECEIVED_WORDS_RE = regex.compile(r"申请|收案")


def _accepted_of_applications(ctx: Extraction, figure: Figure, state: _SentenceState) -> bool:
    """An accepted (受理) count after a larger count of the applications (申请) received, in its
    paragraph or the one before in its section ("…收到行政复议申请1128件…。\n\n经审查，依法受理1036件"):
    the applications accepted are a part of those received."""
    if "受理" not in figure.local_label:
        return False
    local = _local_words(figure.local_label)
    if "受理" not in local or "不予受理" in local or "申请" in local:
        return False
    sentence = figure.sentence
    earlier = list(state.mains)
    paragraphs = {sentence.paragraph_id, sentence.paragraph_id - 1}
    at = sentence.sentence_id - 1
    while (
        at >= 0
        and ctx.seg.sentences[at].paragraph_id in paragraphs
        and ctx.seg.sentences[at].section_id == sentence.section_id
    ):
        earlier.extend(ctx.sentence_mains.get(at, []))
        at -= 1
    return any(
        m.code == figure.code
        and m.period == figure.period
        and m.q.value > figure.q.value
        and _RECEIVED_WORDS_RE.search(m.local_label) is not None
        for m in earlier
    )


def _component_parents(
    ctx: Extraction, sentence: Sentence, state: _SentenceState, marker_at: int
) -> list[Figure]:
    """The figures a 其中 may divide, nearest first: the sentence's own, then, when 其中 opens the
    sentence, those of the sentence before it in the paragraph."""
    parents = list(reversed(state.mains))
    if marker_at <= 1 and sentence.sentence_id > 0:
        previous = ctx.seg.sentences[sentence.sentence_id - 1]
        if previous.paragraph_id == sentence.paragraph_id:
            parents.extend(reversed(ctx.sentence_mains.get(previous.sentence_id, [])))
    return parents


def _names_the_author(ctx: Extraction, unit_words: str) -> bool:
    """A sub-unit word that names the reporting body itself: a consumer association's, a city
    bureau's branch's (分局共立案…) or a township station's (监管所) own report."""
    agency = ctx.meta.agency or ""
    if unit_words.endswith("分局") and not unit_words.startswith("各"):
        return agency.endswith("分局")
    if unit_words.endswith("所") and not unit_words.startswith("各"):
        return agency.endswith("监管所")
    association = ctx.catalog.markers["consumer_association"]
    return bool(association.search(unit_words)) and bool(association.search(agency))


def _sums_a_sub_unit(scan: _Scan, total: tuple[int, int], local_start: int) -> bool:
    """A bare 共 after a sub-unit in the figure's own clause sums that sub-unit's work, not the
    bureau's: "六城区市场监管局共立案2,305件"."""
    return (
        scan.text[total[0] : total[1]] == "共" and scan.first("sub_unit", total[0], local_start) is not None
    )


_SEMICOLON_RE = regex.compile(r"[；;]")


def _rate_of_part(ctx: Extraction, figure: Figure, state: _SentenceState) -> bool:
    """A rate naming no subject of its own, right after a part's count of its domain; not after
    a list of the parts of a whole ("其中投诉19,652件、举报4,154件，办结率99.47%": all of it)."""
    previous = state.mains[-1] if state.mains else None
    listed = state.mains[-2] if len(state.mains) > 1 else None
    return (
        previous is not None
        and previous.scope == "subset"
        and not (listed is not None and listed.scope == "subset" and listed.code == previous.code)
        # "其中一般程序案件131件、简易程序案件83件；结案197件": a semicolon ends the parts' run
        and not _SEMICOLON_RE.search(ctx.clean.text, previous.q.end, figure.q.start)
        and previous.metric is not None
        and figure.metric is not None
        and previous.metric.domain == figure.metric.domain
        and not previous.q.is_percent
        and ctx.catalog.rightmost_topic(_local_words(figure.local_label)) is None
        # 收到申请9件，依法受理7件，审结7件: the accepted are all the cases there are to close
        and not _accepted_of_applications(ctx, previous, state)
    )


def _led_by_sub_unit(ctx: Extraction, scan: _Scan) -> bool:
    """The sentence opens with a label naming one unit below the agency: "樊城区局：",
    "市局本级：", "其他县（市）区局：", "稽查支队：" (a place other than the agency's, its own
    level, or a sub-unit word)."""
    m = _LEAD_LABEL_RE.match(scan.text)
    if m is None:
        return False
    label = m.group(1)
    if label.endswith("本级") or label.startswith("其他") or scan.markers["sub_unit"].search(label):
        return True
    place = leading_place(label)
    return place is not None and place not in (ctx.meta.agency or "")


def _cases_of_one_cause(ctx: Extraction, figure: Figure, before: str) -> bool:
    """Reconsiderations or lawsuits counted in a disclosure report (its title, or a heading like
    政府信息公开行政复议、行政诉讼情况), or said to arise from one kind of work (disclosure,
    penalties: 因行政处罚引发行政复议：4件)."""
    markers = ctx.catalog.markers
    report_or_heading = markers["disclosure_cases_report"]
    section = ctx.seg.section(figure.sentence.section_id)
    text, end = ctx.clean.text, figure.sentence.end
    after = markers["disclosure_cases_cause"].search(text, figure.q.end, end)
    if after and (
        after.start() - figure.q.end <= 6
        or "其中" in text[max(figure.q.end, after.start() - 4) : after.start()]
    ):
        # 复议案件共17件，其中因政府信息公开引发的3件: the 17 are all of them, and so are those of a
        # list the 其中 comes after (复议案件11件，诉讼案件13件，其中因信息公开引起的…)
        return False
    label = figure.local_label
    if (
        markers["strong_total"].search(label)
        and not markers["disclosure_cases_cause"].search(label)
        and not markers["cases_cause"].search(label)
    ):
        return False  # 占本机关全年行政复议案件总数（23件）的21.74%: all of them, whatever the report
    return bool(
        report_or_heading.search(ctx.meta.title or "")
        or report_or_heading.search(section.heading)
        or markers["disclosure_cases_cause"].search(before)
        or _led_by_a_cause(ctx, figure, before)
    )


def _led_by_a_cause(ctx: Extraction, figure: Figure, before: str) -> bool:
    """The clause run opens with what its cases arose from ("因行政处罚引发行政复议：4件，被纠错0件"),
    or the figure's own words do ("其中因行政处罚引发的12件"; the figures after that one are the
    whole's again)."""
    cause = None
    for cause in ctx.catalog.markers["cases_cause"].finditer(before):  # noqa: B007 - the last one
        pass
    if cause is None:
        return False
    if before.endswith("其中", 0, cause.start()):
        return cause.start() >= len(before) - len(figure.local_label)
    return cause.start() >= _chain_start(before, len(before), 0)


# A heading that is an organ's name, perhaps with what its section tells of it: "（一）市市场监督
# 管理局", "（四）市公安局", "3. 稽查局", "三、市市场监督管理局复议应诉情况"
_ORGAN_HEADING_RE = regex.compile(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*"
    r"([\p{Han}（）()]{2,20}?(?:局|厅|委员会|办公室))(?:[\p{Han}、]{0,10}?(?:情况|工作))?"
)


def _in_other_organs_section(ctx: Extraction, figure: Figure) -> bool:
    """The figure's section is headed by the name of an organ other than the author."""
    m = _ORGAN_HEADING_RE.fullmatch(ctx.seg.section(figure.sentence.section_id).heading)
    if m is None or not ctx.meta.agency:
        return False  # with no known author, a heading may name the author itself
    organ = m.group(1).replace("市场监管局", "市场监督管理局")
    place = leading_place(organ)
    own_name = organ[len(place) :] if place else organ
    if own_name[:1] in ("省", "区", "县") or (own_name[:1] == "市" and not own_name.startswith("市场")):
        own_name = own_name[1:]  # 市公安局 -> 公安局: the level word before the organ's own name
    return own_name not in ctx.meta.agency


# Words that cut market regulation's cases out of a court's or a reconsideration organ's caseload
_MARKET_SHARE_RE = regex.compile(
    r"市场监管类|涉(?:及)?市场监(?:督)?管|市场监(?:督)?管(?:领域|部门|系统)"
    r"|以(?:各级)?市场监(?:督管理|管)(?:部门|局|机关)(?:作为|为)(?:被告|被申请人)"
)
_MARKET_REGULATOR_RE = regex.compile(r"市场监(?:督)?管")


def _market_share_of_wider_caseload(ctx: Extraction, figure: Figure, before: str) -> bool:
    """Market regulation's cases in the report of a court, a justice bureau or a government,
    whose whole is all its cases: "二、涉市场监管领域行政案件情况", "其中涉及市场监管类12件"."""
    if _about_market_regulation(ctx):
        return False
    if _MARKET_SHARE_RE.search(before, _chain_start(before, len(before), 0)):
        return True
    if _paragraph_opens_on_market_cases(ctx, figure):
        return True  # "以市场监管部门为被告的57件案件中，…。法院审结其中54件": those cases' outcomes
    return _market_section_of_wider_report(ctx, figure.sentence.section_id)


def _paragraph_opens_on_market_cases(ctx: Extraction, figure: Figure) -> bool:
    """The figure's paragraph opens with market regulation's cases as its frame."""
    paragraph = ctx.seg.paragraphs[figure.sentence.paragraph_id]
    opening = ctx.clean.text[paragraph.start : min(paragraph.end, paragraph.start + 40)]
    frame = _MARKET_SHARE_RE.search(opening)
    return (
        frame is not None and frame.start() <= 2 and _FRAME_CLOSE_RE.search(opening, frame.end()) is not None
    )


def _about_market_regulation(ctx: Extraction) -> bool:
    """市场监管类 in a bureau's own report, or in a notice on 市场监管领域 cases, is all of it."""
    return bool(
        _MARKET_REGULATOR_RE.search(ctx.meta.agency or "")
        or _MARKET_REGULATOR_RE.search(ctx.meta.title or "")
    )


def _market_section_of_wider_report(ctx: Extraction, section_id: int) -> bool:
    """A section on market regulation's cases in the report of another body."""
    return not _about_market_regulation(ctx) and bool(
        _MARKET_SHARE_RE.search(ctx.seg.section(section_id).path)
    )


def _lists_places(figure: Figure) -> bool:
    """The figure's own words open with a list of places: "土默特左旗、托克托县…"."""
    words = _local_words(figure.local_label)
    place = leading_place(words)
    return (
        place is not None
        and words[len(place) : len(place) + 1] == "、"
        and (leading_place(words[len(place) + 1 :]) is not None)
    )


def _in_own_level_section(ctx: Extraction, figure: Figure) -> bool:
    """A heading above the figure names the body's own level (本级), which the title does not."""
    path = ctx.seg.section(figure.sentence.section_id).path
    return "本级" in path and "本级" not in (ctx.meta.title or "")


def _names_other_place(ctx: Extraction, figure: Figure) -> bool:
    """The figure's own words open with a place other than the reporting agency's."""
    place = leading_place(_local_words(figure.local_label))
    return place is not None and place not in (ctx.meta.agency or "")


# Enforcement metrics a campaign, a sub-domain section or a category scopes (counts and money of
# cases); reviews, publications and typical cases are the bureau's whole work wherever they sit.
_SCOPED_BY_DOMAIN = frozenset(
    {
        "enforcement.cases_filed",
        "enforcement.cases_closed",
        "enforcement.cases_general_procedure",
        "enforcement.major_cases",
        "enforcement.fines_and_confiscations_cny",
        "enforcement.fines_cny",
        "enforcement.criminal_referrals",
        "enforcement.case_value_cny",
        "enforcement.typical_cases_publicized",
    }
)


# Cases told by what was done, after their count: "1起|在食品中非法添加非食用物质的案件"
_KIND_OF_CASE_AFTER_RE = regex.compile(r"\p{Han}{2,18}?的案件")


def _enforcement_part(
    ctx: Extraction,
    figure: Figure,
    state: _SentenceState,
    scan: _Scan,
    offset: int,
    local_start: int,
    before: str,
) -> bool:
    """An enforcement figure of a campaign, a lead source or one sub-domain (食品类案件, 特种设备…)."""
    if figure.code not in _SCOPED_BY_DOMAIN:
        return False
    lead = _LEAD_SOURCE_RE.search(before)
    if lead and not (figure.code == "enforcement.criminal_referrals" and _CRIME_LEAD_RE.search(before)):
        return True  # not "发现涉嫌犯罪线索后，移送案件23件": every referral starts from a crime lead
    if _SINGLE_CASE_RE.search(before, before.rfind("；") + 1):
        return True  # 查处的一起…案，罚没款42.6万元: one case's figure
    if _CASES_REFERRED_TO_RE.search(before) and any(
        m.scope == "subset" and m.code == "enforcement.cases_filed" for m in state.mains
    ):
        return True  # 两类案件罚没款…: the money of the category's cases counted before it
    # "以“铁拳”行动为牵引，…，专项行动共查办案件64件": a campaign named as a means is not the subject
    campaign = next(
        (
            c
            for c in reversed(scan.spans("campaign", offset))
            if not _CAMPAIGN_AS_MEANS_RE.match(before, c[1])
        ),
        None,
    )  # the nearest: "…“双打”行动，查处…；开展“红盾护农”行动，…立案查处…4件" is the second's
    if (
        campaign
        and not _OWN_COUNT_RE.match(before, campaign[1])
        # "“铁拳”行动中全市共查办各类…案件": 各类 within the campaign is still the campaign's
        and (
            _within_campaign(scan.text, campaign)
            # "“铁拳”行动聚焦民生领域，查办案件73件；…；移送涉嫌犯罪案件6件": a campaign named as a
            # clause's subject does not reach past the semicolon that ends its clauses
            or not (
                _cases_made_whole(scan, state, figure, campaign[1], offset)
                or "；" in scan.text[campaign[1] : offset]
            )
        )
    ):
        return True
    if _continues_the_parts_before(ctx, figure, state, scan, offset):
        return True
    if (
        figure.code == "enforcement.cases_filed"
        and figure.rule.startswith("cue_after")
        and _KIND_OF_CASE_AFTER_RE.match(ctx.clean.text, figure.q.end)
    ):
        return True  # 查办了1起在食品中非法添加非食用物质的案件: cases of the kind told after them
    if _framed_by_a_field(ctx, before):
        return True  # 特种设备安全执法方面，立案查处违法案件1,053件: that field's cases
    strong_total = scan.first("strong_total", offset, local_start)
    fields = scan.words("subdomain", offset, local_start)
    if (
        strong_total
        and scan.text[strong_total[0] : strong_total[1]] not in _SUMS_ONLY_THEIR_FIGURE
        and not _all_kinds_of_a_field(scan, strong_total, offset, fields)
    ):
        return False
    if fields and not (_authors_field(ctx, fields) and not _another_bodys_cases(ctx, before)):
        return True  # a category beats a weak total word: "共立案食药类案件982件"
    if _INVOLVING_CASES_RE.search(figure.local_label) or _cases_of_another_field(ctx, figure.local_label):
        return True  # 查处涉旅违法案件296件, 查办消费领域违法案件286件: the cases of one kind or field
    total = scan.first("total", offset, local_start)
    if total and scan.text[total[0] : total[1]] not in _SUMS_ONLY_THEIR_FIGURE:
        return False
    # A category named earlier in the clause run carries on: "食药类案件立案982件，结案849件，罚没…";
    # 合计 only sums the figure it stands before: "立案查处17件，…罚没款合计8.64万元" is theirs too.
    # 一般程序 is a kind of its own beside 简易程序, not within it.
    chain_start = _chain_start(before, len(before), 0)
    earlier = [m for m in state.mains if m.code in _SCOPED_BY_DOMAIN and m.sentence is figure.sentence]
    if figure.code != "enforcement.cases_general_procedure" and any(
        m.scope == "subset"
        and (
            # 简易程序案件127件，移送…涉嫌犯罪案件两起: a procedure sorts the cases, it is no field
            set(scan.words("subdomain", m.q.start - figure.sentence.start, chain_start)) - _PROCEDURES
            # 查办消费领域违法案件286件，罚没款…, in the same clause run
            or (
                m.q.start - figure.sentence.start >= chain_start
                and _cases_of_another_field(ctx, m.local_label)
            )
        )
        for m in earlier
    ):
        return True
    if total:
        return False
    if _under_a_fields_heading(ctx, figure.sentence.section_id):
        # under "二、广告监管执法": 共立案查处违法广告案件137件…；办结130件 (the same cases)
        return any(m.scope == "subset" for m in earlier) or not scan.first("total", offset)
    # A release about one campaign (…“铁拳”行动取得明显成效): its figures are the campaign's unless
    # they, or a figure before them in the sentence, are the whole (共查处各类违法案件1528件，罚没款…).
    if any(m.code in _SCOPED_BY_DOMAIN and m.scope == "total" for m in earlier):
        return False
    return _report_on_one_field(ctx)


# A clause that opens the figure's clause run by naming where it belongs: "特种设备安全执法方面，",
# "在网络交易领域，"
_FIELD_FRAME_RE = regex.compile(r"(?<=^|[，；：])(?:在)?([^，。；：]{1,16}?)(?:方面|领域)[，：]")

_FOCUS_VERB_RE = regex.compile(
    r"聚焦|围绕|紧盯|针对|突出|聚力|紧扣|瞄准|重点|加强|强化|深化|关注|涉及|覆盖|坚持|推进|开展|加大"
)

# Cases over one kind of matter: "涉旅违法案件", "涉疫案件" (not 涉嫌, 涉及, 涉案, 涉刑, 涉罪)
_INVOLVING_CASES_RE = regex.compile(r"涉(?!及|嫌|案|刑|罪|黑|恶)\p{Han}{1,4}?(?:违法|违规|侵权)?案件")

# Cases of one field named as such: "消费领域违法案件", "重点领域案件" (not 各领域, 全领域, or market
# regulation itself, which is every case a bureau has)
_FIELD_CASES_RE = regex.compile(
    r"(?<![各全])(?<!市场监管)(?<!市场监督管理)\p{Han}{2,6}?领域(?:的)?(?:违法|违规|侵权)?案件"
)


def _cases_of_another_field(ctx: Extraction, label: str) -> bool:
    """The label names the cases of one field, not the author's own (知识产权 in an IP office's)."""
    m = _FIELD_CASES_RE.search(label)
    return m is not None and not _authors_field(ctx, ctx.catalog.markers["subdomain"].findall(m.group()))


def _framed_by_a_field(ctx: Extraction, before: str) -> bool:
    """The words before the figure in its sentence open with a field other than the author's own."""
    frame = next(iter(reversed(list(_FIELD_FRAME_RE.finditer(before)))), None)  # the nearest
    if frame is None or _FOCUS_VERB_RE.search(frame.group(1)):
        return False  # "聚焦民生重点领域，全年立案…" names an emphasis, not the figures' field
    fields = ctx.catalog.markers["subdomain"].findall(frame.group(1))
    return bool(fields) and not _authors_field(ctx, fields)


def _under_a_fields_heading(ctx: Extraction, section_id: int) -> bool:
    """The section is headed by a field other than the author's own: "（二）价格违法案件查处"."""
    fields = ctx.catalog.markers["subdomain"].findall(ctx.seg.section(section_id).heading)
    return bool(fields) and not _authors_field(ctx, fields)


def _report_on_one_field(ctx: Extraction, fields_only: bool = False) -> bool:
    """A report on one campaign or field (…广告监测工作报告, 知识产权年鉴条目, 价格监督检查…工作情况),
    unless it is also about enforcement at large (食品安全监管和执法办案情况). `fields_only`: a
    field or campaign named in the title, not a kind of supervision (双随机) that spans fields, and
    not a campaign reported beside the year's enforcement."""
    title = _simplified(ctx.meta.title or "")  # 知識產權行政保護 reads as 知识产权…
    markers = ctx.catalog.markers
    title_fields = markers["subdomain"].findall(title)
    named_field = bool(title_fields) and not _authors_field(ctx, title_fields)
    if fields_only:
        # a procuratorate's or court's report on one field is its own work's whole
        agency = ctx.meta.agency
        regulator = agency.endswith(("局", "厅")) if agency else not _JUDICIAL_BODY_RE.search(title)
        one_field = named_field or bool(markers["campaign"].search(title))
        return regulator and one_field and not _ALL_ENFORCEMENT_RE.search(title)
    one_field = (
        named_field or markers["supervision_report"].search(title)
    ) and not _ALL_ENFORCEMENT_RE.search(title)
    return bool(markers["campaign"].search(title) or one_field)


def _as_fields_tables(ctx: Extraction, figures: list[Figure]) -> list[Figure]:
    """A table under a field's heading, or in a report on one field or campaign, counts that
    field's cases, as the prose around it does: its enforcement figures, 全年 row too, are parts."""
    one_field = None
    for figure in figures:
        if figure.scope != "total" or figure.code not in _SCOPED_BY_DOMAIN:
            continue
        if one_field is None:
            one_field = _report_on_one_field(ctx)
        if one_field or _under_a_fields_heading(ctx, figure.sentence.section_id):
            figure.scope = "subset"
    for figure in figures:
        if (
            figure.scope == "total"
            and figure.metric is not None
            and figure.metric.domain == "litigation"
            and _market_section_of_wider_report(ctx, figure.sentence.section_id)
        ):
            figure.scope = "subset"  # 表1 under "三、市场监管领域行政复议情况" in a justice bureau's report
        elif figure.scope == "total" and figure.metric is not None and _in_own_level_section(ctx, figure):
            figure.scope = "subset"  # 表1 under "三、市本级案件被申请人分布": the body's own level
    return figures


def _authors_field(ctx: Extraction, fields: list[str]) -> bool:
    """A field the author is named for is its whole remit, not a part: 药品 in a 药品监督管理局's
    report ("药品、医疗器械、化妆品违法案件6842件" is all its cases), 知识产权 in a 知识产权局's. Not
    a body that enforces nothing: a 食品安全委员会办公室 reports the regulators' food cases."""
    agency = ctx.meta.agency or ""
    return agency.endswith(("局", "厅")) and any(word in agency for word in fields)


def _all_kinds_of_a_field(scan: _Scan, strong_total: tuple[int, int], offset: int, fields: list[str]) -> bool:
    """各类 before a field's name counts every kind within the field: "查处各类食品违法案件1,427件"
    (not "各类案件", nor "食品等各类案件")."""
    if not fields or scan.text[strong_total[0] : strong_total[1]] not in _ALL_KINDS:
        return False
    return scan.markers["subdomain"].search(scan.text, strong_total[1], offset) is not None


_ALL_KINDS = ("各类", "各种")
_PROCEDURES = frozenset({"简易程序"})


def _another_bodys_cases(ctx: Extraction, before: str) -> bool:
    """The cases are the market regulators', named by a body of another kind: a 知识产权局 reporting
    "全市市场监管部门共查处…知识产权违法案件1,468件" gives a part of the regulators' cases."""
    agency = ctx.meta.agency or ""
    # not the regulators a system takes in: "全省药品监管系统（含市县市场监管部门）共查处…"
    said = CLOSED_PAREN_RE.sub("", before)
    if "市场监" in agency or _MARKET_REGULATORS_RE.search(said) is None:
        return False
    # nor the regulators beside the author's own: "全省各级知识产权管理部门和市场监管部门…"
    own_fields = ctx.catalog.markers["subdomain"].findall(agency)
    return not any(regex.search(field + _BODY_AFTER_FIELD, said) for field in own_fields)


_BODY_AFTER_FIELD = r"(?:管理|监管|监督管理|保护)?(?:部门|局|系统)"
_MARKET_REGULATORS_RE = regex.compile(r"市场监管(?:部门|系统|局)|市场监督管理(?:部门|系统|局)")
_JUDICIAL_BODY_RE = regex.compile(r"检察院|法院|检察机关|审判机关")
_ALL_ENFORCEMENT_RE = regex.compile(r"执法办案|执法稽查|综合执法")
_SUMS_ONLY_THEIR_FIGURE = ("合计", "总计")
_WITHIN = ("中", "期间")


def _within_campaign(text: str, campaign: tuple[int, int]) -> bool:
    """The campaign phrase says that what follows happened inside it: "“铁拳”行动中", "行动期间"."""
    start, end = campaign
    return text[start:end].endswith(_WITHIN) or text.startswith(_WITHIN, end)


_simplified = lru_cache(maxsize=64)(to_simplified)


# What cases filed bring in: their fines, their value, their referrals
_FIGURES_OF_CASES = frozenset(
    {
        "enforcement.fines_and_confiscations_cny",
        "enforcement.case_value_cny",
        "enforcement.criminal_referrals",
    }
)
# A sentence opening with a subject of its own: a time, a place, a unit or the bureau
_SUBJECT_OPENER_RE = regex.compile(
    r"(?:全|本|今年|去年|同期|\d{4}年|[一二三四五六七八九十\d]{1,2}月|上半年|下半年|此外|另外|同时"
    r"|[\p{Han}]{1,8}(?:局|所|队|中心|部门|机关))"
)


# A campaign named as the means of the whole year's work, not a part of it: "以“利剑护药”专项行动
# 为抓手，共查处…案件5246件"
_CAMPAIGN_AS_MEANS_RE = regex.compile(r"[”」]?为(?:抓手|契机|载体|牵引|主线|突破口)")


def _continues_the_parts_before(
    ctx: Extraction, figure: Figure, state: _SentenceState, scan: _Scan, offset: int
) -> bool:
    """A sentence with no subject of its own goes on about the cases of the one before it: after
    "查处知识产权违法案件1126件…", "罚没款合计2863.5万元，移送涉嫌犯罪案件23件" are those cases'."""
    sentence = figure.sentence
    previous = ctx.seg.sentences[sentence.sentence_id - 1] if sentence.sentence_id > 0 else None
    if (
        figure.code not in _FIGURES_OF_CASES
        or previous is None
        or previous.paragraph_id != sentence.paragraph_id
        or not ctx.catalog.markers["subdomain"].search(previous.text)
        or any(m.code not in _FIGURES_OF_CASES or m.scope == "total" for m in state.mains)
    ):
        return False  # a figure before it in its own sentence, not of those cases, is a subject
    scoped = [m for m in ctx.sentence_mains.get(previous.sentence_id, []) if m.code in _SCOPED_BY_DOMAIN]
    if not any(m.code == "enforcement.cases_filed" for m in scoped) or any(
        m.scope == "total" for m in scoped
    ):
        return False
    if _SUBJECT_OPENER_RE.match(sentence.text) or _whole_after(scan, 0, offset):
        return False
    found = scan.first("total", offset)
    return found is None or scan.text[found[0] : found[1]] in ("合计", "总计")


def _cases_made_whole(scan: _Scan, state: _SentenceState, figure: Figure, start: int, offset: int) -> bool:
    """A word for the whole between a campaign and a figure, in the figure's own clause or in
    the clause of an enforcement figure before it: "专项整治，全年立案查处各类案件318件，罚没款…"
    is the year's whole; "检查各类经营主体1138户次，立案查处…案件23件" is still the campaign's."""
    if not _whole_after(scan, start, offset):
        return False
    text = scan.text
    clause_starts = [_own_clause_start(text, offset)] + [
        _own_clause_start(text, m.q.start - figure.sentence.start)
        for m in state.mains
        if m.code in _SCOPED_BY_DOMAIN
    ]
    for clause_start in clause_starts:
        clause_end = min((i for i in (text.find("，", clause_start), offset) if i >= 0), default=offset)
        if clause_end > start and _whole_after(scan, max(start, clause_start), min(clause_end + 1, offset)):
            return True
    return False


def _own_clause_start(text: str, offset: int) -> int:
    return max(text.rfind("，", 0, offset), text.rfind(",", 0, offset), text.rfind("；", 0, offset)) + 1


def _whole_after(scan: _Scan, start: int, offset: int) -> bool:
    """A word for the whole (各类, 全部) between a campaign and a figure. 合计 / 总计 only sum
    the figure they stand before: 专项整治…罚没款合计187.4万元 is still the campaign's."""
    found = scan.first("strong_total", offset, start)
    while found is not None:
        if scan.text[found[0] : found[1]] not in ("合计", "总计"):
            return True
        found = scan.first("strong_total", offset, found[1])
    return False


# ------------------------------------------------------------------ dependents


def _resolve_dependents(ctx: Extraction, state: _SentenceState) -> None:
    """Comparison values take the metric of the figure they compare to; changes and shares attach."""
    figures = state.figures
    pending: list[Figure] = []
    for i, figure in enumerate(figures):
        if figure.role in ("prior_year", "prior_period") and not figure.code:
            _resolve_comparison(ctx, figure, _compared_main(figures, i), figures[:i])
        elif figure.role in ("change", "points"):
            pending.append(figure)
            following = figures[i + 1] if i + 1 < len(figures) else None
            if following is None or following.role != figure.role:
                _attach_changes(ctx, figures, pending)
                pending = []
        elif figure.role == "share":
            _resolve_share(ctx, figure, _share_anchor(figures, i))
    for figure in figures:
        if figure.role == "main" and figure.code and figure.yoy_pct is None and not figure.q.is_percent:
            figure.yoy_pct = _growth_as_a_multiple(ctx.clean.text, figure.q.end)


# A year-on-year change written as a multiple right after its figure: "214件，同比增长1.3倍" (+130%),
# "156件，是上年的2.1倍" (+110%), "93.6万元，较上年翻了一番" (+100%); not 三倍赔偿 (no comparison)
_MULTIPLE_RE = regex.compile(
    r"[，,]?(?:(?P<comp>同比|比上年|较上年|比去年|较去年)(?:同期)?)?"
    r"(?:(?:增长|增加|上升)了?(?P<more>\d+(?:\.\d+)?)倍"
    r"|(?:是|为|达)(?:上年|去年)(?:同期)?的(?P<times>\d+(?:\.\d+)?)倍"
    r"|翻了?(?P<doublings>一|两|二)番)"
)
_DOUBLINGS = {"一": 1, "两": 2, "二": 2}


def _growth_as_a_multiple(text: str, end: int) -> Decimal | None:
    m = _MULTIPLE_RE.match(text, end)
    if m is None:
        return None
    if m.group("more"):
        return Decimal(m.group("more")) * 100
    if m.group("times"):
        return (Decimal(m.group("times")) - 1) * 100
    if not m.group("comp"):
        return None  # 翻了一番 with no year named may be a target, not a change
    return Decimal(2 ** _DOUBLINGS[m.group("doublings")] - 1) * 100


def _resolve_comparison(
    ctx: Extraction, figure: Figure, anchor: Figure | None, figures: list[Figure] | None = None
) -> None:
    anchor = (
        _value_changed_from_before(figure, figures or [])
        or _subject_of_comparison(ctx, figure)
        or _main_done_the_same_way(figure, figures or [])
        or anchor
    )
    if (anchor is None or not anchor.code) and figures:
        anchor = _subject_of_change(ctx, figure, figures)
    if anchor is None or not anchor.code:
        figure.role = "skip"
        return
    figure.metric, figure.code, figure.unit, figure.scope = (
        anchor.metric,
        anchor.code,
        anchor.unit,
        anchor.scope,
    )
    figure.period = figure.role
    figure.rule = f"comparison:{figure.role}"
    if figure.role == "prior_year":
        figure.year = prior_year_of(ctx, figure.local_label, anchor.year)
    else:
        figure.year = anchor.year


def _value_changed_from_before(figure: Figure, earlier: list[Figure]) -> Figure | None:
    """An earlier year's value a change went to counts what the value it went from counts: in
    "受理投诉举报由2021年的6.9万件增至2025年的9.8万件", 9.8万 is complaints, as 6.9万 is. `earlier`:
    the sentence's figures before it."""
    if not earlier or not _CHANGED_TO_RE.match(figure.local_label):
        return None
    previous = earlier[-1]
    if (
        previous.q.unit != figure.q.unit
        or not previous.code
        or not _CHANGED_FROM_RE.search(previous.local_label)
    ):
        return None
    return previous


# Where a comparison's own words start: "投诉量|较上季度（", "举报量则|比一季度的"
# (or where the value it changed from is named: "出庭应诉率|由2019年的45.2%提升至…")
# The count a comparison names after its year, by the verb that made it: "较2017年三局合计受理量（"
_COMPARED_COUNT_RE = regex.compile(
    r"(?:较|比|与)(?:去年|上年|上一年|(?:19|20)\d{2}年)(?:同期)?的?\p{Han}{0,6}?(?P<verb>\p{Han}{2})"
    r"(?:数|量|数量|总量)(?:为|是)?[（(]?$"
)


def _main_done_the_same_way(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure a comparison names by its verb: in "受理投诉举报咨询1648件，其中…咨询761件，较2017年
    三局合计受理量（1392件）" the earlier total was 受理'd, not the inquiries just before."""
    m = _COMPARED_COUNT_RE.search(figure.local_label)
    if m is None:
        return None
    verb = m.group("verb")
    return next(
        (
            f
            for f in reversed(figures)
            if f.role == "main"
            and f.code
            and verb in f.local_label
            and _same_order(f.q.value, figure.q.value)
        ),
        None,
    )


_COMPARED_AT_RE = regex.compile(
    r"(?:[则也均都又还仍]{0,2})(?:较|比|与|环比|同比|[由从](?=(?:19|20)\d{2}年|上年|去年|上一年))"
)


def _subject_of_comparison(ctx: Extraction, figure: Figure) -> Figure | None:
    """ "投诉量较上季度（16,454件）有所上升": the comparison's clause names what it compares, so the
    value is a value of that metric, whatever figure came before."""
    label = figure.local_label
    m = _COMPARED_AT_RE.search(label)
    subject = strip_filler(label[: m.start()].lstrip("，,；、")) if m else ""
    subject = COUNT_SUFFIX_RE.sub("", subject)  # 查处案件数较上年: the cases' count
    if not subject:
        return None
    hit = accepted_cue(ctx.catalog, subject, figure.q, figure.sentence.text)
    action = ctx.catalog.action_of(subject) if hit is None else None
    if action is not None:
        # 新收案件较上年（34件） in a section on reconsiderations: the section's topic received them
        texts = [subject, *_headings_nearest_first(ctx, figure)]
        metric = topic_metric(ctx.catalog, action, texts, ctx.meta.title)
        if metric is not None and accepts(metric, figure.q, figure.sentence.text):
            hit = CueHit(metric, False, len(subject))
    return _stand_in(ctx, figure, hit) if hit is not None else None


# The words that only link a subject named before to its value: "…，为312.6万元", "…，达到856件"
_COPULA_RE = regex.compile(r"(?:共|总|合)?(?:为|达到|达|是|计)")
# The clause before a copula: its subject and what it was compared with, "罚没款同比下降8.5%，"
_CLAUSE_BEFORE_COPULA_RE = regex.compile(r"(?r)(?:^|[，,；;。：:])([^，,；;。：:]{2,40})[，,]\Z")


def _acts_on_an_uncatalogued_subject(
    ctx: Extraction, figure: Figure, state: _SentenceState, local: str, hit: CueHit
) -> bool:
    """A bare action (结案, 办结) right after a figure of a metric outside the core: the action is
    done to that figure's things."""
    previous = state.mains[-1] if state.mains else None
    return (
        previous is not None
        and previous.metric is not None
        and not previous.metric.core
        and hit.metric.core
        and hit.length >= len(local)
        and ctx.catalog.action_of(local) == "closed"
        and "；" not in ctx.clean.text[previous.q.end : figure.q.start]
    )


def _subject_before_copula(ctx: Extraction, figure: Figure, before: str, context: str) -> CueHit | None:
    """The cue of a clause that names a subject and compares it, when the figure comes after:
    "行政诉讼案件数量与上年持平，为4件", "立案查处案件同比增长12.3%，达到856件"."""
    clause = _CLAUSE_BEFORE_COPULA_RE.search(before)
    compared = _COMPARED_AT_RE.search(clause.group(1)) if clause else None
    if compared is None:
        return None
    subject = COUNT_SUFFIX_RE.sub("", strip_filler(clause.group(1)[: compared.start()]))
    return accepted_cue(ctx.catalog, subject, figure.q, context) if subject else None


def _stand_in(ctx: Extraction, figure: Figure, hit: CueHit) -> Figure:
    """A figure of the cue's metric, for a comparison value to take its meaning from."""
    stand_in = Figure(q=figure.q, sentence=figure.sentence, metric=hit.metric, code=hit.metric.code)
    stand_in.unit = hit.metric.unit if hit.metric.unit != "other" else figure.q.unit or "other"
    stand_in.scope = "subset" if hit.subset else "total"
    stand_in.year = ctx.report_year or None
    return stand_in


def _subject_of_change(ctx: Extraction, figure: Figure, earlier: list[Figure]) -> Figure | None:
    """ "咨询量同比下降2.3%（上年同期8559件）": no figure of its own precedes, but the change names
    what changed; the comparison value is a value of that metric."""
    change = next((f for f in reversed(earlier) if f.role == "change"), None)
    if change is None:
        return None
    subject = _CHANGE_WORDS_RE.sub("", _local_words(change.local_label))
    hit = accepted_cue(ctx.catalog, subject, figure.q, figure.sentence.text) if subject else None
    return _stand_in(ctx, figure, hit) if hit is not None else None


def _resolve_share(ctx: Extraction, figure: Figure, anchor: Figure | None) -> None:
    figure.unit, figure.scope = "percent", "total"
    if anchor is None or not anchor.code:
        # 占比10.29% with no figure of its own to be a share of: a share in the domain's work.
        domain = ctx.catalog.domain_for(figure.sentence.text) or "other"
        figure.code, figure.rule = f"{domain}.share_pct", "share"
        figure.period, figure.year = ctx.meta.period, ctx.report_year or None
        return
    figure.code, figure.rule = f"{anchor.code}_share_pct", f"share_of:{anchor.code}"
    figure.period, figure.year = anchor.period, anchor.year


def _previous_main(figures: list[Figure], i: int) -> Figure | None:
    for j in range(i - 1, -1, -1):
        if figures[j].role == "main":
            return figures[j]
    return None


def _compared_main(figures: list[Figure], i: int) -> Figure | None:
    """The main figure a prior value compares with: the nearest before it, unless that one is of
    another order of size and an earlier one is not ("共派转诉求12,486件，日均402.8件，环比上月
    （11,903件）": last month's value is the total's, not the daily average's). A change amount is
    no level to compare with ("案件3件，比上年多1件（2020年为2件）": 2 is a count of 案件)."""
    mains = [f for f in figures[:i] if f.role == "main"]
    levels = [f for f in mains if f.rule != "change_amount"]
    mains = levels or mains
    if not mains:
        return None
    value = figures[i].q.value
    comparable = [f for f in mains if f.q.unit == figures[i].q.unit and _same_order(f.q.value, value)]
    if _same_order(mains[-1].q.value, value) or not comparable or _none_now(mains[-1], figures[i]):
        return mains[-1]
    return comparable[-1]


def _none_now(main: Figure, prior: Figure) -> bool:
    """ "被纠错0件，2023年为2件": a count that fell to zero has no order of size to compare by."""
    return main.q.value == 0 and main.q.unit == prior.q.unit


def _same_order(a: Decimal, b: Decimal) -> bool:
    """Within a factor of five of each other: a year-on-year value beside this year's."""
    return a > 0 and b > 0 and max(a, b) <= 5 * min(a, b)


def _share_anchor(figures: list[Figure], i: int) -> Figure | None:
    """Shares listed together map, in order, to the mains listed before them."""
    first = i
    while first > 0 and figures[first - 1].role == "share":
        first -= 1
    last = i
    while last + 1 < len(figures) and figures[last + 1].role == "share":
        last += 1
    count = last - first + 1
    mains = [f for f in figures[:first] if f.role == "main"]
    if count > 1 and len(mains) >= count:
        return mains[len(mains) - count + (i - first)]
    return _previous_main(figures, i)


def _attach_changes(ctx: Extraction, figures: list[Figure], changes: list[Figure]) -> None:
    """同比增长x% -> yoy_pct of the figure it follows; 下降N个百分点 -> delta_pct_points of a rate;
    a list of changes (同比分别增长a%、b%、c%) maps in order to the figures listed before it."""
    markers = ctx.catalog.markers
    first_index = figures.index(changes[0])
    mains = [f for f in figures[:first_index] if f.role == "main"]
    anchors: list[Figure | None] = list(mains[-len(changes) :]) if 1 < len(changes) <= len(mains) else []
    if not anchors and len(changes) > 1:
        anchors = list(_respective_mains_after(figures, first_index + len(changes), len(changes)))
    if not anchors:
        anchor = (
            _named_subject_main(ctx, figures, first_index)
            or _copula_main_after(figures, first_index)
            or _previous_main(figures, first_index)
        )
        anchor = _main_of_the_base_before(figures, first_index) or anchor
        anchors = [_compared_figure(figures, anchor)] * len(changes)
    sign = 1
    for change, anchor in zip(changes, anchors, strict=True):
        label = change.local_label
        if markers["down_words"].search(label):
            sign = -1
        elif markers["up_words"].search(label):
            sign = 1
        if anchor is None or not anchor.code:
            continue
        between = figures[figures.index(anchor) + 1 : figures.index(change)]
        prior = next((f for f in reversed(between) if f.role in ("prior_year", "prior_period")), None)
        if markers["pop_change"].search(label) or (prior is not None and prior.role == "prior_period"):
            continue  # a change on the previous month or quarter is not year-on-year
        value = sign * change.q.value
        if anchor.q.is_percent and (change.role == "points" or prior is not None):
            anchor.delta_pct_points = value
        elif change.role == "change" and anchor.yoy_pct is None:
            anchor.yoy_pct = value


_COMPARED_WITH_RE = regex.compile(r"^[，,]?(?:较|比|与|同)")


def _main_of_the_base_before(figures: list[Figure], i: int) -> Figure | None:
    """A change right after a comparison base is the change of the figure that base was matched to:
    "受理…1648件，其中…咨询761件，较2017年三局合计受理量（1392件）增长18.4%" grows 1648, not 761."""
    base = figures[i - 1] if i > 0 else None
    if base is None or base.role != "prior_year" or not base.code:
        return None
    return next((f for f in reversed(figures[: i - 1]) if f.role == "main" and f.code == base.code), None)


def _compared_figure(figures: list[Figure], anchor: Figure | None) -> Figure | None:
    """A change after the base of a comparison is the compared figure's: in "立案1,025件，较2017年
    立案数（856件）增长19.7%" the growth is 1,025's, though 856 names its metric itself."""
    if anchor is None or anchor.period != "prior_year" or not anchor.code:
        return anchor
    if not _COMPARED_WITH_RE.search(anchor.local_label):
        return anchor  # "2024年立案856件，同比增长5%": the earlier year's own change
    at = figures.index(anchor)
    return next(
        (
            f
            for f in reversed(figures[:at])
            if f.role == "main" and f.code == anchor.code and f.period != "prior_year"
        ),
        anchor,
    )


# The subject a change names before its comparison: "案件数量较上年增长6.8%", "罚没款同比下降3.1%"
_CHANGE_SUBJECT_RE = regex.compile(r"^[，,]?(?P<subject>\p{Han}{2,12}?)(?:同比|环比|较|比|与)")


def _named_subject_main(ctx: Extraction, figures: list[Figure], index: int) -> Figure | None:
    """The figure a change names by its metric, not the one just before it: in "罚没款386.42万元，
    案件数量较上年增长6.8%" the change is the cases', stated earlier in the sentence."""
    m = _CHANGE_SUBJECT_RE.match(figures[index].local_label)
    hit = ctx.catalog.cue_before(m.group("subject")) if m else None
    if hit is None:
        return None
    return next(
        (f for f in reversed(figures[:index]) if f.role == "main" and f.code == hit.metric.code),
        None,
    )


# The values of a list whose changes were given first: "…同比分别增长5.6%、12.1%，分别达到…"
_RESPECTIVE_VALUES_RE = regex.compile(r"[，,]?分别(?:为|是|达到|达)")


def _respective_mains_after(figures: list[Figure], start: int, count: int) -> list[Figure]:
    """As many main figures right after the changes as there are changes, when they are given
    分别 after them; else none."""
    following = figures[start : start + count]
    if (
        len(following) < count
        or any(f.role != "main" for f in following)
        or not _RESPECTIVE_VALUES_RE.fullmatch(following[0].local_label)
    ):
        return []
    return following


def _copula_main_after(figures: list[Figure], index: int) -> Figure | None:
    """The figure a lone change names before it: "罚没款同比下降8.5%，为312.6万元"."""
    following = figures[index + 1] if index + 1 < len(figures) else None
    if following is None or following.role != "main":
        return None
    return following if _COPULA_RE.fullmatch(following.local_label.lstrip("，,")) else None


def _parts_without_sum(state: _SentenceState, markers: dict[str, regex.Pattern[str]]) -> None:
    """Figures of one metric listed together: the one that is their sum (or says 共计/合计) is the
    total and the others are parts; with no stated sum, every part is a subset (维持N件，驳回M件)."""
    by_key: dict[tuple[str, str, str], list[Figure]] = {}
    for figure in state.mains:
        if figure.metric is not None and figure.metric.core:
            # 1月受理N件，2月受理M件: one figure for each month, not parts of a whole
            month = _MONTH_IN_LABEL_RE.search(figure.local_label)
            name = month.group(1) if month else figure.period_name
            by_key.setdefault((figure.code, figure.period, name), []).append(figure)
    for group in by_key.values():
        if len(group) < 2:
            continue
        if mark_kinds_as_parts(group):
            continue
        if all(_restates(group[0].q.value, f.q.value) for f in group):
            continue  # a figure restated, or rounded (556130.00元（约55.61万元）), is no list of parts
        whole = next((f for f in group if f.explicit_total), None) or next(
            (f for f in group if f.q.value == sum(g.q.value for g in group if g is not f)), None
        )
        if whole is None and any(f.scope == "subset" for f in group):
            continue  # the parts are already marked (其中…): the rest are wholes
        whole = whole or _bracketing_whole(group) or _only_general(group, markers) or _only_summed(group)
        for f in group:
            # 合计查处价格收费违法案件76件，占…立案总数1,148件的6.62%: each names its own whole
            if f is not whole and not (whole is not None and whole.explicit_total and f.explicit_total):
                f.scope = "subset"


_SUMMED_RE = regex.compile(r"(?<!公)共(?![同享建治])")  # not 公共, 共同被告


def _only_summed(group: list[Figure]) -> Figure | None:
    """The one figure of a group its own words call a sum (共): "负责人共出庭应诉5次…主要负责人
    亲自出庭2次" -> the first is the whole."""
    summed = [f for f in group if _SUMMED_RE.search(f.local_label)]
    return summed[0] if len(summed) == 1 else None


_NARROWER_PARTY_RE = regex.compile(r"主要负责人|主要领导|一把手|分管(?:负责人|领导)|副职")


def _bracketing_whole(group: list[Figure]) -> Figure | None:
    """The figure whose bracket right after it holds all the others: "行政诉讼案件5件（一审4件，
    二审1件）" -> the 5 is the whole, its bracket lists parts even when some are another metric."""
    for f in group:
        text, offset = f.sentence.text, f.sentence.start
        after = f.q.end - offset
        if text[after : after + 1] not in ("（", "("):
            continue
        close = _closing_bracket(text, after)
        if all(after < g.q.start - offset < close for g in group if g is not f):
            return f
    return None


def _closing_bracket(text: str, opening: int) -> int:
    """Where the bracket opened at `opening` closes (the sentence's end if it never does)."""
    depth = 0
    for i in range(opening, len(text)):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _only_general(group: list[Figure], markers: dict[str, regex.Pattern[str]]) -> Figure | None:
    """The one figure of a group whose words name no category or narrower party, when all the
    others do: "网购投诉举报咨询N件…网购食品安全投诉举报M件" -> the first is the whole, as is
    "负责人出庭应诉523次" beside "主要负责人亲自出庭37次"."""
    general = [
        f
        for f in group
        if not markers["subdomain"].search(f.local_label) and not _NARROWER_PARTY_RE.search(f.local_label)
    ]
    return general[0] if len(general) == 1 else None


# ------------------------------------------------------------------ frame


def _frame(ctx: Extraction, figures: list[Figure], report_id: str, source_file: str) -> pl.DataFrame:
    rows = []
    for figure in sorted(figures, key=lambda f: f.q.start):
        q = figure.q
        raw_start, raw_end = ctx.clean.raw_span(q.start, q.end)
        section = ctx.seg.section(figure.sentence.section_id)
        rows.append(
            (
                report_id,
                source_file,
                figure.code,
                figure.code.split(".", 1)[0],
                float(q.value),
                figure.unit or "other",
                q.qualifier,
                figure.period,
                figure.year,
                None if figure.yoy_pct is None else float(figure.yoy_pct),
                None if figure.delta_pct_points is None else float(figure.delta_pct_points),
                figure.scope,
                section.path,
                figure.sentence.text.strip() or ctx.clean.text[q.start : q.end],
                raw_start,
                raw_end,
                figure.rule or "unknown",
            )
        )
    return pl.DataFrame(rows, schema=OBSERVATION_SCHEMA, orient="row")
