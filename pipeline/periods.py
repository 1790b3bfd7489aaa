"""Periods: which stretch of time a figure covers.

A figure inherits the period of its document (title or opening: 2020年度,
上半年, 1—11月, 三季度, 5月) unless a time phrase in its sentence, its
paragraph's opening sentence or its section heading says otherwise (截至…,
今年以来, 1—9月, 累计, 上半年). The rules follow ../shared/metric_catalog.md.
"""

from __future__ import annotations

import regex

from pipeline.describe import ReportMeta
from pipeline.figures import Extraction, Figure
from pipeline.segment import Sentence

# "1—9月" / "前11个月": months 1..N
_SPAN_RE = regex.compile(r"(?<!\d)1\s*[-—–~至]\s*(\d{1,2})\s*月|前(\d{1,2})个月")
# "截至9月底" / "截止2017年9月25日" / "截至目前"
_UNTIL_RE = regex.compile(r"截[至止](?:目前|\d{4}年)?(?:(\d{1,2})月(?:份)?(?:底|末|\d{1,2}日)?)?")
# "今年以来" / "9月1日以来" / "上线运行以来" / "2015年以来"
_SINCE_RE = regex.compile(r"(今年|年初|本年|\d{1,2}月(?:份)?(?:\d{1,2}日)?|\d{4}年)?以来")
_NOW_RE = regex.compile(r"目前|至今|迄今")
_HALF_RE = regex.compile(r"上半年")
_QUARTER_RE = regex.compile(r"第?[一二三四1-4]季度")
_QUARTER_SINCE_RE = regex.compile(r"第?[一二三四]季度以来")
# Words that can make a time phrase; a quick test before the full rules.
TIME_WORD_RE = regex.compile(r"截|以来|目前|至今|迄今|月|季度|半年")
# A sentence opening with a year or 全年 resets any carried period: "2023年，…", "全年，…"
_YEAR_OPENER_RE = regex.compile(r"(?:20\d{2}|19\d{2})年(?:度)?[，,]|全年[，,]|今年[，,]")
# The phrase before a sentence's first comma: "截至目前，", "1—9月，"
_OPENER_RE = regex.compile(r"[^，。；]{1,14}[，,]")
_YEAR_RE = regex.compile(r"(20\d{2}|19\d{2})年")


def doc_end_month(meta: ReportMeta) -> int:
    return meta.period_month or 12


def span_period(month: int) -> str:
    """The period of months 1..N of a year."""
    return {12: "year", 6: "half_year", 3: "quarter"}.get(month, "to_date")


def marker_period(ctx: Extraction, text: str) -> str | None:
    """The period a time phrase in `text` gives the figures after it, or None if it names none."""
    base = ctx.meta.period
    m = _SPAN_RE.search(text)
    if m:
        return span_period(int(m.group(1) or m.group(2)))
    m = _UNTIL_RE.search(text)
    if m:
        # 截至…: to-date in a whole-year report, even at year end; in a partial report, the
        # report's own period when it ends where the report does (截至6月底 in 上半年).
        if base == "year":
            return "to_date"
        return base if not m.group(1) or int(m.group(1)) == doc_end_month(ctx.meta) else "to_date"
    m = _SINCE_RE.search(text)
    if m:
        since = m.group(1) or ""
        if not since or (since[:-1].isdigit() and since.endswith("年") and int(since[:-1]) < ctx.report_year):
            return "cumulative"  # 上线运行以来, 2015年以来: no bound within the year
        return "to_date" if base == "year" else base
    if _NOW_RE.search(text):
        return "to_date" if base == "year" else base
    if base == "year" and _HALF_RE.search(text):
        return "half_year"
    if base == "year" and _QUARTER_RE.search(text) and not _QUARTER_SINCE_RE.search(text):
        return "quarter"
    return None


def sentence_hint(ctx: Extraction, sentence: Sentence) -> str:
    """The period a paragraph's earlier opening phrase (截至目前，/ 1—9月，) carries to this sentence,
    until another phrase, a year opener or a new enumerated item (三是…, （2）…)."""
    sentences = ctx.seg.sentences
    first = sentence.sentence_id
    while first not in ctx.sentence_hints and first > 0:
        previous = sentences[first - 1]
        if previous.paragraph_id != sentence.paragraph_id or previous.item != sentences[first].item:
            break
        first -= 1
    hint = ctx.sentence_hints.get(first, "") if first != sentence.sentence_id else ""
    for current in sentences[first : sentence.sentence_id + 1]:
        if current.sentence_id in ctx.sentence_hints:
            hint = ctx.sentence_hints[current.sentence_id]
            continue
        head = current.text[:16]
        if _YEAR_OPENER_RE.match(head):
            hint = ""
        else:
            opener = _OPENER_RE.match(head)
            if opener and TIME_WORD_RE.search(opener.group()):
                hint = marker_period(ctx, opener.group()) or hint
        ctx.sentence_hints[current.sentence_id] = hint
    return hint


def section_period(ctx: Extraction, section_id: int) -> str | None:
    if section_id not in ctx.section_periods:
        heading = ctx.seg.section(section_id).heading
        ctx.section_periods[section_id] = (
            marker_period(ctx, heading) if TIME_WORD_RE.search(heading) else None
        )
    return ctx.section_periods[section_id]


def figure_period(
    ctx: Extraction, figure: Figure, before: str, cumulative_at: int, year_bound_at: int
) -> str:
    """The period of a figure, given the sentence text before it and where 累计 / 今年 sit in it."""
    hint = sentence_hint(ctx, figure.sentence)
    period = hint or section_period(ctx, figure.sentence.section_id) or ctx.meta.period
    in_sentence = marker_period(ctx, before) if TIME_WORD_RE.search(before) else None
    if in_sentence:
        period = in_sentence
    if 0 <= cumulative_at < len(before):
        lead = before[:cumulative_at]
        if in_sentence or hint:
            pass  # 截至目前，累计…: the time phrase bounds the running total
        elif 0 <= year_bound_at < cumulative_at or _report_year_in(ctx, lead):
            period = ctx.meta.period  # 今年累计, 防疫期间累计: bounded to the report's period
        else:
            period = "cumulative"
    return period


def _report_year_in(ctx: Extraction, text: str) -> bool:
    return any(int(y) == ctx.report_year for y in _YEAR_RE.findall(text))


def prior_year_of(ctx: Extraction, label: str, anchor_year: int | None) -> int | None:
    """The year a prior-year comparison refers to: written (2019年同期) or the year before."""
    explicit = _YEAR_RE.search(label)
    if explicit:
        return int(explicit.group(1))
    base = anchor_year or ctx.report_year
    return base - 1 if base else None
