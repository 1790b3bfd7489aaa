"""Periods: which stretch of time a figure covers.

A figure inherits the period of its document (title or opening: 2020年度,
上半年, 1—11月, 三季度, 5月) unless a time phrase in its sentence, its
paragraph's opening sentence or its section heading says otherwise (截至…,
今年以来, 1—9月, 累计, 上半年). The rules follow ../shared/metric_catalog.md.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.describe import ReportMeta
from pipeline.figures import Extraction, Figure, sentence_before
from pipeline.segment import Sentence

# "1—9月" / "1月至9月" / "前11个月" / "前三季度": months 1..N
_SPAN_RE = regex.compile(
    r"(?<!\d)1\s*月?\s*[-—–~至到]\s*(?P<months>\d{1,2})\s*月|前(?P<months2>\d{1,2})个月|前(?P<quarters>[一二两三1-3])个?季度"
)
# "截至9月底" / "截止2017年9月25日" / "截至目前"
_UNTIL_RE = regex.compile(r"截[至止](?:目前|\d{4}年)?(?:(?P<month>\d{1,2})月(?:份)?(?:底|末|\d{1,2}日)?)?")
# "今年以来" / "9月1日以来" / "上线运行以来" / "2015年以来"
# "自2022年全区启动整治以来", "2019年机构改革以来" name the year the stretch began, away from 以来
_SINCE_RE = regex.compile(
    r"(?:[自从]?(?P<from_year>\d{4})年[^，。；\d]{0,30}?"
    r"|(?P<since>今年|年初|本年|\d{1,2}月(?:份)?(?:\d{1,2}日)?|\d{4}年))?以来"
)
# "专项行动开展以来", "整治启动以来"
_CAMPAIGN_SINCE_RE = regex.compile(r"(?:行动|整治|专项|活动)(?:开展|启动|实施)?\Z")
_NOW_RE = regex.compile(r"目前|至今|迄今")
# A stretch of whole years: "2019年至2021年", "2019—2021年"; not of months ("2023年1月至2024年6月")
_YEAR_SPAN_RE = regex.compile(
    r"(?<!\d)(?P<from_year>(?:19|20)\d{2})\s*年?\s*(?:至|到|—|-|~)\s*(?P<to_year>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"
)
_YEAR_SPAN_WORDS = ("至20", "到20", "—20", "-20", "~20")
_HALF_RE = regex.compile(r"[上下]半年")
# "三季度", and a later quarter's months: "7—9月", "（7月至9月）"; not a dated stretch
# ("于2023年4月至6月对…进行了审计")
_QUARTER_RE = regex.compile(
    r"(?<!前)第?[一二三四1-4]季度(?!以来)|(?<![\d年])(?:4\s*月?\s*[-—–~至到]\s*6|7\s*月?\s*[-—–~至到]\s*9|10\s*月?\s*[-—–~至到]\s*12)\s*月(?![底末])"
)
# A single month: "9月份", "8月当月", "3月，"; not a dated event (2023年5月，…接到), a date
# (3月15日), either end of a span (1—9月, 3月至6月开展的…行动期间) or 月底
_MONTH_RE = regex.compile(
    r"(?<![\d—\-–~至到年])(?:1[0-2]|[1-9])月(?:份|当月)?(?![\d底末初中以至到—\-–~])|[当本]月"
)
# Words that can make a time phrase; a quick test before the full rules.
TIME_WORDS = ("截", "以来", "目前", "至今", "迄今", "月", "季度", "半年", "全年", "本年度", *_YEAR_SPAN_WORDS)
TIME_WORD_RE = regex.compile("|".join(TIME_WORDS))
# A sentence opening with a year or 全年 resets any carried period: "2023年，…", "全年全县共受理…"
_YEAR_OPENER_RE = regex.compile(r"(?:20\d{2}|19\d{2})年(?:度)?[，,]|全年|今年[，,]")
_YEAR_OPENER_FIRST = frozenset("12全今")  # what such an opening starts with
# The phrase before a sentence's first comma: "截至目前，", "1—9月，"
# (after a topic phrase: "在执法办案方面，截至10月底，")
_OPENER_RE = regex.compile(r"(?:[^，。；]{1,10}方面[，,])?[^，。；]{1,14}[，,]")
_YEAR_RE = regex.compile(r"(20\d{2}|19\d{2})年")
# Months leading a sentence straight into its words: "1-9月审结的…", "1—11月收到…"
_LEADING_SPAN_RE = regex.compile(r"1\s*月?\s*[-—–~至到]\s*\d{1,2}\s*月(?=\p{Han})")
# A count in a clause: "第三季度单季立案152件，" states a figure, it does not open a paragraph's period
_COUNT_RE = regex.compile(r"\d(?:万|亿)?[件起宗例家户人元批项个条次%]")
# A time word as the subject of a cause, not a time frame: "三季度受旅游旺季影响，" says why that
# quarter stood out, and the paragraph's next sentences are not about that quarter alone
_CAUSE_OF_PERIOD_RE = regex.compile(r"(?:季度|月份?|年|期间)(?:受(?!理)|因|由于)")
# A paragraph opening that divides the figures before it: "从领域分布看，", "按案件类型划分，"
_DIVISION_LEAD_RE = regex.compile(r"\s*(?:从|按)[^，。；\d]{1,14}(?:看|分|划分)[，,]")
# The whole year named: "全年", "从全年看", "本年度"; not a year's plan or target (全年目标)
_WHOLE_YEAR_RE = regex.compile(r"全年(?:度)?(?!目标|计划|任务)|本年度")
_QUARTERS = {"一": 1, "二": 2, "两": 2, "三": 3, "1": 1, "2": 2, "3": 3}
# Each time phrase with the words one of which every match of it contains: a substring test
# skips the pattern's scan for the many texts that name no such phrase.
_MARKERS = (
    ("whole_year", _WHOLE_YEAR_RE, ("全年", "本年度")),
    ("span", _SPAN_RE, ("月", "前")),
    ("until", _UNTIL_RE, ("截",)),
    ("since", _SINCE_RE, ("以来",)),
    ("now", _NOW_RE, ("目前", "至今", "迄今")),
    ("years", _YEAR_SPAN_RE, _YEAR_SPAN_WORDS),
    ("half", _HALF_RE, ("上半年", "下半年")),
    ("quarter", _QUARTER_RE, ("季度", "月")),
    ("month", _MONTH_RE, ("月",)),
)


def doc_end_month(meta: ReportMeta) -> int:
    return meta.period_month or 12


# How many months a partial report's own period spans
_MONTHS_IN = {"month": 1, "quarter": 3, "half_year": 6}


def span_period(month: int) -> str:
    """The period of months 1..N of a year."""
    return {12: "year", 6: "half_year", 3: "quarter"}.get(month, "to_date")


def marker_period(ctx: Extraction, text: str) -> str | None:
    """The period the time phrase nearest the end of `text` gives the figures after it, or None."""
    found = _last_marker(text, whole_year=_part_ending_in_december(ctx))
    if found is None:
        return None
    kind, m = found
    base = ctx.meta.period
    if kind == "whole_year":
        return "year"
    partial_base = "to_date" if base == "year" else base
    if kind == "span":
        if m.group("quarters"):
            return span_period(3 * _QUARTERS[m.group("quarters")])
        return span_period(int(m.group("months") or m.group("months2")))
    if kind == "until":
        # 截至…: to-date in a whole-year report, even at year end; in a partial report, the
        # report's own period when it ends where the report does (截至6月底 in 上半年), to date
        # when it names no month (截至目前, 截至公告发布之日: past the period's end).
        if base == "year":
            return "to_date"
        month = m.group("month")
        return base if month and int(month) == doc_end_month(ctx.meta) else "to_date"
    if kind == "since":
        if m.group("from_year"):
            return "cumulative" if int(m.group("from_year")) < ctx.report_year else partial_base
        since = m.group("since") or ""
        if not since and _CAMPAIGN_SINCE_RE.search(text, max(0, m.start() - 8), m.start()):
            return partial_base  # 行动开展以来: a campaign runs within the report's period
        if not since or (since[:-1].isdigit() and since.endswith("年") and int(since[:-1]) < ctx.report_year):
            return "cumulative"  # 上线运行以来, 2015年以来: no bound within the year
        if since in ("今年", "年初", "本年") and doc_end_month(ctx.meta) > _MONTHS_IN.get(base, 12):
            return "to_date"  # 今年以来 in a report on November (or the third quarter): 1—11月
        return partial_base
    if kind == "now":
        return partial_base
    if kind == "years":
        # several years summed; one year's figure names its own year after the span
        return "cumulative" if int(m.group("from_year")) < int(m.group("to_year")) else None
    if kind == "half":
        return "half_year"
    if kind == "quarter":
        return "quarter"
    return "month"


def _last_marker(text: str, whole_year: bool) -> tuple[str, regex.Match[str]] | None:
    """The time phrase that ends last in `text`; on a tie, the earlier rule of `_MARKERS`. 全年
    counts only where it names a year other than the report's own period (`whole_year`)."""
    best: tuple[str, regex.Match[str]] | None = None
    for kind, pattern, words in _MARKERS:
        if not any(word in text for word in words) or (kind == "whole_year" and not whole_year):
            continue
        last = None
        for last in pattern.finditer(text):  # noqa: B007 - only the last match counts
            pass
        if last is not None and (best is None or last.end() > best[1].end()):
            best = (kind, last)
    return best


def sentence_hint(ctx: Extraction, sentence: Sentence) -> str:
    """The period a paragraph's earlier opening phrase (截至目前，/ 1—9月，) carries to this sentence,
    until another phrase, a year opener or a new enumerated item (三是…, （2）…). A month or a
    since-phrase opening a sentence inside the paragraph names its own sentence's period only
    ("…。12月，…。向公安机关移送…", "…。“十四五”以来，累计…。办理不予处罚案件…")."""
    hints = ctx.sentence_hints
    if sentence.sentence_id in hints:
        return hints[sentence.sentence_id][0]  # an earlier figure of the sentence asked
    sentences = ctx.seg.sentences
    first = sentence.sentence_id
    while first not in hints and first > 0 and _same_paragraph(sentences[first - 1], sentences[first]):
        first -= 1
    if first in hints:
        carried, first = hints[first][1], first + 1
    else:
        carried = _divided_paragraphs_hint(ctx, sentences[first])
    own = carried
    for current in sentences[first : sentence.sentence_id + 1]:
        own = carried
        opens = current.sentence_id == 0 or not _same_paragraph(sentences[current.sentence_id - 1], current)
        head = current.text[:28]
        if head[:1] in _YEAR_OPENER_FIRST and _YEAR_OPENER_RE.match(head):
            own = carried = ""
        elif "，" in head or "," in head:  # an opening phrase ends at a comma
            opener = _OPENER_RE.match(head)
            if (
                opener
                and TIME_WORD_RE.search(opener.group())
                and not _COUNT_RE.search(opener.group())
                and not _CAUSE_OF_PERIOD_RE.search(opener.group())
            ):
                own = marker_period(ctx, opener.group()) or own
                if opens or own not in ("month", "cumulative"):
                    carried = own
                elif own == "cumulative":
                    carried = ""  # an aside on the years before ends what the paragraph carried
            elif leading := _LEADING_SPAN_RE.match(head):
                # "1-9月审结的10件一审行政诉讼案件中，…": a sentence led by its months sets them for
                # the rest of its paragraph
                own = carried = marker_period(ctx, leading.group()) or own
        hints[current.sentence_id] = (own, carried)
    return own


def _same_paragraph(previous: Sentence, current: Sentence) -> bool:
    return previous.paragraph_id == current.paragraph_id and previous.item == current.item


def _divided_paragraphs_hint(ctx: Extraction, opening: Sentence) -> str:
    """A paragraph that opens by dividing what came before ("从领域分布看，…") covers the period
    of the paragraph it divides, when that period came from an opening phrase (今年以来，…)."""
    if opening.sentence_id == 0 or not _DIVISION_LEAD_RE.match(opening.text):
        return ""
    previous = ctx.seg.sentences[opening.sentence_id - 1]
    if previous.section_id != opening.section_id or previous.paragraph_id == opening.paragraph_id:
        return ""
    return sentence_hint(ctx, previous)


def section_period(ctx: Extraction, section_id: int) -> str | None:
    if section_id not in ctx.section_periods:
        # The nearest heading on the section's path that names a time: "一、7月主要工作数据" covers
        # its subsections too.
        period = None
        for heading in reversed(ctx.seg.section(section_id).path.split(" > ")):
            period = marker_period(ctx, heading) if TIME_WORD_RE.search(heading) else None
            if period:
                break
        ctx.section_periods[section_id] = period
    return ctx.section_periods[section_id]


def first_end(text: str, words: tuple[str, ...]) -> int:
    """Where the earliest-ending of `words` ends in `text`, or past its end when none occurs:
    a prefix of `text` contains one of the words exactly when it is at least this long."""
    ends = [at + len(word) for word in words if (at := text.find(word)) >= 0]
    return min(ends) if ends else len(text) + 1


def figure_period(
    ctx: Extraction,
    figure: Figure,
    before: str,
    cumulative_at: int,
    year_bound_at: int,
    time_word_end: int,
) -> str:
    """The period of a figure, given the sentence text before it, where 累计 / 今年 sit in it and
    where the sentence's first time word ends (`first_end` of TIME_WORDS)."""
    hint = sentence_hint(ctx, figure.sentence)
    period = (
        hint
        or section_period(ctx, figure.sentence.section_id)
        or _document_period(ctx, before, figure.sentence)
    )
    # a time part named after 其中 ends with its clause run: "其中四季度13件；公示…329条" is the year's
    in_sentence = (
        marker_period(ctx, _CLOSED_PART_RE.sub("", before)) if time_word_end <= len(before) else None
    )
    if in_sentence:
        period = in_sentence
    if 0 <= cumulative_at < len(before) and not _STOCK_BEFORE_RE.match(before, cumulative_at):
        lead = before[:cumulative_at]
        if _SPAN_OF_YEARS_RE.search(lead) and "；" not in before[cumulative_at:]:
            period = "cumulative"  # 2025年…，三年累计受理约5.23万件: a sum over several years
        elif _ran_since_an_earlier_year(ctx, figure.sentence, lead):
            period = "cumulative"  # 自2024年3月首轮开展以来…。截至今年6月底，累计查办…: since then
        elif (in_sentence or hint) and not (in_sentence == "month" and _NEWLY_ADDED_RE.search(lead)):
            pass  # 截至目前，累计…: the time phrase bounds the running total, not 本月新增12家，累计248家
        elif _PARAGRAPH_YEAR_RE.search(before, cumulative_at) or _year_part_of_total(
            ctx, figure, before, cumulative_at
        ):
            # 累计达到2,135家，…，全年办理退货3,920单; 五年累计受理2.37万件，其中2025年受理5388件:
            # the year named after it bounds the figure
            pass
        elif not _NEWLY_ADDED_RE.search(lead, max(0, year_bound_at)) and (
            0 <= year_bound_at < cumulative_at
            or _report_year_in(ctx, lead)
            or _paragraph_names_the_year(ctx, figure.sentence)
        ):
            # 今年累计, 防疫期间累计: bounded to the report's period; but after what the year added
            # (全年新增215家，累计达1032家) the running total reaches past the year.
            period = whole_year_period(ctx, lead[max(0, year_bound_at) :]) or ctx.meta.period
        else:
            period = "cumulative"
    return period


_CLOSED_PART_RE = regex.compile(r"其中[^；。]*；")


def _year_part_of_total(ctx: Extraction, figure: Figure, before: str, cumulative_at: int) -> bool:
    """The report's year named for the figure after a running total: in its own words, or after
    the 其中 that opens its list ("累计查办6,027件，其中2025年查办1,386件、罚没2,157.4万元")."""
    if len(figure.local_label) < len(before) - cumulative_at and _report_year_in(ctx, figure.local_label):
        return True
    part = before.rfind("其中", cumulative_at)
    return part >= 0 and "；" not in before[part:] and _report_year_in(ctx, before[part:])


# A stock reached in an earlier clause (累计达到1102家，…): the clauses after it are flows again
_STOCK_BEFORE_RE = regex.compile(r"累计(?:达到|达)[^，；。]*[，；]")
# What a period added to a stock: "新增", "新培育", "新认定"
_NEWLY_ADDED_RE = regex.compile(r"新(?:增|培育|认定|发展|创建|建成)")
# A count of years right before 累计: "三年累计", "近五年来累计", "3年累计"
_SPAN_OF_YEARS_RE = regex.compile(r"(?:近|过去)?(?:[两二三四五六七八九十]|(?<!\d)\d{1,2})个?年(?:来|间)?\Z")
# What a paragraph's earlier sentence says to name the year its 累计 runs within; a running
# total that started earlier (以来) or a stock the year added to (新培育…，累计达312家; 年末有效…)
# is not bounded by it.
_PARAGRAPH_YEAR_RE = regex.compile(r"全年|今年|本年")
_PARAGRAPH_SPAN_RE = regex.compile(r"以来|年来|新(?:增|建|发展|培育|设立|创建|认定)|累计达|年[末底]|有效")


# A running start in a named year: "自2024年3月首轮开展以来", "2023年以来"
_SINCE_YEAR_RE = regex.compile(r"(\d{4})\s*年[^，。；]{0,16}?以来")


def _ran_since_an_earlier_year(ctx: Extraction, sentence: Sentence, lead: str) -> bool:
    """The running total's start, in its own words or the paragraph's sentence before, is in a year
    before the report's."""
    since = [int(m.group(1)) for m in _SINCE_YEAR_RE.finditer(sentence_before(ctx, sentence) + lead)]
    return bool(since) and bool(ctx.report_year) and since[-1] < ctx.report_year


def _paragraph_names_the_year(ctx: Extraction, sentence: Sentence) -> bool:
    """An earlier sentence of the paragraph names the report's year ("全年共接收投诉举报8642件。
    共办结6297件，累计挽回经济损失386.2万元"): its 累计 runs within that year."""
    if ctx.meta.period != "year":
        return False
    earlier = "".join(
        s.text
        for s in ctx.seg.sentences[max(0, sentence.sentence_id - 3) : sentence.sentence_id]
        if s.paragraph_id == sentence.paragraph_id
    )
    return (
        bool(earlier)
        and not _PARAGRAPH_SPAN_RE.search(earlier + sentence.text)
        and bool(_PARAGRAPH_YEAR_RE.search(earlier) or _report_year_in(ctx, earlier))
    )


def _part_ending_in_december(ctx: Extraction) -> bool:
    """A fourth quarter's or December's release: the year it is part of ends with it."""
    return ctx.meta.period != "year" and doc_end_month(ctx.meta) == 12


def whole_year_period(ctx: Extraction, text: str) -> str | None:
    """ "year" when `text` names the whole year (全年, or 今年累计 and 2024年…累计 bounded by the
    report's year) in a report whose own part of the year ends in December: its 全年 figures are
    the year's, not the quarter's."""
    if not _part_ending_in_december(ctx):
        return None
    if _WHOLE_YEAR_RE.search(text) or "今年" in text or _report_year_in(ctx, text):
        return "year"
    return None


def _document_period(ctx: Extraction, before: str, sentence: Sentence) -> str:
    """The period of a figure no phrase frames: the report's own; for a report on a span of
    years (关于2019—2021年…情况的通报), the span's sum, unless the sentence, or the opening of
    its paragraph ("2025年，全市查办案件2,987件。分区县看，…"), names its last year."""
    if ctx.meta.period != "year" or not _spans_years_to(ctx.meta.title or "", ctx.report_year):
        return ctx.meta.period
    named = _report_year_in(ctx, before) or _paragraph_opens_with_report_year(ctx, sentence)
    return "year" if named else "cumulative"


def _paragraph_opens_with_report_year(ctx: Extraction, sentence: Sentence) -> bool:
    sentences = ctx.seg.sentences
    first = sentence.sentence_id
    while first > 0 and _same_paragraph(sentences[first - 1], sentences[first]):
        first -= 1
    opener = _YEAR_OPENER_RE.match(sentences[first].text[:28])
    return opener is not None and _report_year_in(ctx, opener.group())


@lru_cache(maxsize=256)
def _spans_years_to(title: str, last_year: int) -> bool:
    m = _YEAR_SPAN_RE.search(title)
    if m is not None:
        return int(m.group("to_year")) == last_year and int(m.group("from_year")) < last_year
    plan = _PLAN_SPAN_TITLE_RE.search(title)
    # 十四五 is 2021—2025: the N-th plan's first year is 1951 + 5N
    return plan is not None and 1955 + 5 * _PLAN_NUMBER[plan.group(1)] == last_year


# A five-year plan's span named in a title: "关于“十四五”时期行政复议…工作情况的分析报告"
_PLAN_SPAN_TITLE_RE = regex.compile(r"十([一二三四五六])五[”\"’]?(?:时期|期间)")
_PLAN_NUMBER = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}


def _report_year_in(ctx: Extraction, text: str) -> bool:
    return any(int(y) == ctx.report_year for y in _YEAR_RE.findall(text))


def prior_year_of(ctx: Extraction, label: str, anchor_year: int | None) -> int | None:
    """The year a prior-year comparison refers to: written (2019年同期) or the year before."""
    explicit = _YEAR_RE.search(label)
    if explicit:
        return int(explicit.group(1))
    base = anchor_year or ctx.report_year
    return base - 1 if base else None
