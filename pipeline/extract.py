"""Extract: every figure of a report as an observation with its meaning.

For each quantity `numbers.find_quantities` finds in the clean text, in
reading order:

1. skip what is not a fact of the period: dates, ordinals, document numbers,
   phone numbers, names (12315), figures inside quotes or book titles, legal
   thresholds (5万元以上的), targets (力争…) and future-plan sections;
2. decide its role: a figure of its own, a comparison value (比去年同期（N件）
   -> prior_year, 环比上月 -> prior_period), a percentage change (goes into the
   compared figure's yoy_pct or delta_pct_points), or a share of a total;
3. name its metric: the longest catalog cue ending at the words before it, else
   the noun phrase after it, else the set it is a part of (其中…, 从…看, 分别,
   不服…的N件), else the figure it is listed beside, else `<domain>.other_<unit>`;
4. give it a scope (a campaign, sub-unit, category or component is `subset`),
   a period (the document's, unless the sentence says 截至/累计/去年同期…),
   a year, a qualifier, its sentence as evidence and its raw span.

Tables are read cell by cell (see `_table_observations`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import polars as pl
import regex

from pipeline.catalog import Catalog, CueHit, Metric, default_catalog
from pipeline.clean import CleanReport
from pipeline.describe import ReportMeta
from pipeline.numbers import Quantity, find_quantities, parse_arabic
from pipeline.schemas import OBSERVATION_SCHEMA
from pipeline.segment import Segmentation, Sentence, Table

# Words between a cue and its figure that do not change the meaning.
# e.g. "纠错率为" -> "纠错率"; "罚没款合计" keeps 合计 for the total marker but the cue still ends at 款.
_FILLER_RE = regex.compile(
    r"(?r)(?:分别(?:为|是|达到|达)?|共计|合计|总计|累计|共有|共|计|为|达到|达|是|有|了|至|到|约|近|超过|超|突破|已|均|的|合|总)+\Z"
)
# A parenthetical closed before the figure: "以我局为共同被告（复议维持案件）的6件"
_CLOSED_PAREN_RE = regex.compile(r"[（(][^（）()]*[）)]")
# Separators of list items and clauses.
_CLAUSE_DELIMS = "，；：。！？\n"
_LIST_CONNECTORS_RE = regex.compile(r"^[、，,和及与以及并]+|[、，,和及与以及]+$")
_ORDINAL_BEFORE_RE = regex.compile(r"(?r)(?:第|排名|排第|名列|位列|序号)\s*\Z")
_CONNECTOR_ONLY_RE = regex.compile(
    r"^(?:[、，和及与以及或]|分别(?:为|是|达到|达)?|其中|另有|另|各|均为|依次为)*$"
)
_QUOTE_SPANS_RE = regex.compile(
    r"“[^”\n]{0,24}”|「[^」\n]{0,24}」|《[^》\n]{0,80}》|〈[^〉\n]{0,60}〉|\"[^\"\n]{0,24}\""
)
_YEAR_IN_LABEL_RE = regex.compile(r"(20\d{2}|19\d{2})年")
_SUBSET_SOURCE_RE = regex.compile(r"线索|依托投诉|依据举报|经核查|其中涉及")
_MONTH_END_RE = regex.compile(r"截[至止](?:\d{4}年)?(\d{1,2})月(?:底|末|\d{1,2}日)?")
_SECTION_TO_DATE_RE = regex.compile(r"(?<!\d)1\s*[-—–~至]\s*\d{1,2}\s*月|前\d{1,2}个月|累计情况|截[至止]")
_TABLE_PERIOD_RE = regex.compile(
    r"^(?:(?P<year>\d{4})\s*年(?:度)?|(?P<month>\d{1,2})\s*月(?:份)?|(?P<quarter>第?[一二三四1-4])\s*季度"
    r"|(?P<total>合计|总计|累计|小计|全年)|(?P<prev>上年同期|去年同期|同期|上年|去年)|(?P<pop>上月|上季度|上期|环比)"
    r"|(?P<this>本月|本季度|本期|本年|当月|当季))$"
)
_HEADER_UNIT_RE = regex.compile(r"[（(]\s*(?P<unit>[^（）()]{1,6})\s*[）)]\s*$")
_YOY_HEADER_RE = regex.compile(r"同比|增减|增幅|增长")
_UNIT_HEADER_RE = regex.compile(r"^(?:计量)?单位$")
_LABEL_HEADER_RE = regex.compile(r"指标|项目|名称|类别|类型|月份|时间|期间|分类|内容|地区|单位名称")
_INDEX_HEADER_RE = regex.compile(r"^(?:序号|编号|排名|No\.?)$")
_SHARE_HEADER_RE = regex.compile(r"占|比例|比重|占比")


@dataclass(slots=True)
class Figure:
    """A quantity being turned into an observation."""

    q: Quantity
    sentence: Sentence
    role: str = "main"  # main, prior_year, prior_period, change, points, share, skip
    metric: Metric | None = None
    code: str = ""
    unit: str = ""
    scope: str = "total"
    period: str = "year"
    year: int | None = None
    yoy_pct: Decimal | None = None
    delta_pct_points: Decimal | None = None
    rule: str = ""
    local_label: str = ""
    anchor: Figure | None = None  # the main figure a comparison, change or share belongs to
    explicit_total: bool = False


@dataclass
class _SentenceState:
    """What earlier figures of the sentence tell later ones."""

    mains: list[Figure] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Extraction:
    """The context of one report while its figures are read."""

    clean: CleanReport
    seg: Segmentation
    meta: ReportMeta
    catalog: Catalog
    report_year: int
    future_sections: set[int] = field(default_factory=set)
    paragraph_totals: dict[int, Figure] = field(default_factory=dict)
    section_totals: dict[int, Figure] = field(default_factory=dict)


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
    figures = _prose_figures(ctx)
    figures.extend(_table_figures(ctx))
    return _frame(ctx, figures, report_id, source_file)


# ------------------------------------------------------------------ prose


def _future_sections(ctx: Extraction) -> set[int]:
    """Sections about plans for later periods (下一步, 2025年工作打算, …), and their children."""
    future_word = ctx.catalog.markers["future_section"]
    out: set[int] = set()
    stack: list[tuple[int, bool]] = []
    for section in ctx.seg.sections[1:]:
        while stack and stack[-1][0] >= section.level:
            stack.pop()
        years = [int(y) for y in _YEAR_IN_LABEL_RE.findall(section.heading)]
        is_future = bool(future_word.search(section.heading)) or any(y > ctx.report_year for y in years)
        inherited = any(flag for _, flag in stack)
        if is_future or inherited:
            out.add(section.section_id)
        stack.append((section.level, is_future or inherited))
    return out


def _prose_figures(ctx: Extraction) -> list[Figure]:
    text = ctx.clean.text
    table_spans = [(t.start, t.end) for t in ctx.seg.tables]
    quantities = [q for q in find_quantities(text) if not any(s <= q.start < e for s, e in table_spans)]
    figures: list[Figure] = []
    sentences = ctx.seg.sentences
    qi = 0
    carried: dict[int, str] = {}
    for sentence in sentences:
        while qi < len(quantities) and quantities[qi].start < sentence.start:
            qi += 1
        batch = []
        while qi < len(quantities) and quantities[qi].start < sentence.end:
            batch.append(quantities[qi])
            qi += 1
        period_hint = _sentence_period(ctx, sentence, carried)
        if batch:
            figures.extend(_sentence_figures(ctx, sentence, batch, period_hint))
    return figures


def _sentence_period(ctx: Extraction, sentence: Sentence, carried: dict[int, str]) -> str:
    """A period word at the start of a sentence carries to the rest of its paragraph."""
    head = sentence.text[:14]
    markers = ctx.catalog.markers
    hint = carried.get(sentence.paragraph_id, "")
    if regex.match(r"(?:20\d{2}|19\d{2})年(?:度)?[，,]", head) or head.startswith(("全年", "今年，")):
        hint = ""
    elif (
        markers["to_date"].match(head)
        or regex.match(r"截[至止]", head)
        or regex.match(r"(?<!\d)1\s*[-—–~至]\s*\d{1,2}\s*月", head)
    ):
        hint = "to_date"
    carried[sentence.paragraph_id] = hint
    return hint


def _sentence_figures(
    ctx: Extraction, sentence: Sentence, quantities: list[Quantity], period_hint: str
) -> list[Figure]:
    state = _SentenceState()
    s_text = sentence.text
    base = sentence.start
    quoted = [(m.start() + base, m.end() + base) for m in _QUOTE_SPANS_RE.finditer(s_text)]
    in_future = sentence.section_id in ctx.future_sections
    target_at = _first(ctx.catalog.markers["target"], s_text)
    previous_end = base
    for q in quantities:
        figure = Figure(q=q, sentence=sentence)
        clause_start = _clause_start(ctx.clean.text, q.start, base)
        local_start = max(clause_start, previous_end)
        figure.local_label = ctx.clean.text[local_start : q.num_start]
        previous_end = q.end
        if _skip(ctx, figure, quoted, in_future, target_at):
            continue
        _assign_role(ctx, figure, state)
        if figure.role == "skip":
            continue
        if figure.role == "main":
            _classify(ctx, figure, state)
            _scope(ctx, figure, state)
            _period(ctx, figure, period_hint)
            state.mains.append(figure)
            _remember_total(ctx, figure)
        state.figures.append(figure)
    _resolve_dependents(ctx, state)
    _parts_without_sum(state)
    return [f for f in state.figures if f.role in ("main", "prior_year", "prior_period", "share") and f.code]


def _first(pattern: regex.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return m.start() if m else -1


def _clause_start(text: str, pos: int, floor: int) -> int:
    best = floor
    for ch in _CLAUSE_DELIMS:
        i = text.rfind(ch, floor, pos)
        if i + 1 > best:
            best = i + 1
    return best


def _chain_start(text: str, pos: int, floor: int) -> int:
    """Start of the run of clauses a figure belongs to: the sentence, or after the last '；'."""
    i = text.rfind("；", floor, pos)
    return floor if i < 0 else i + 1


def _skip(
    ctx: Extraction, figure: Figure, quoted: list[tuple[int, int]], in_future: bool, target_at: int
) -> bool:
    """True for numbers that are not figures of the reporting period."""
    q = figure.q
    text = ctx.clean.text
    if in_future:
        return True
    if not q.unit and not q.is_percent:
        # A bare number is a name, code, year or date (12315, 〔2023〕, 2020年, 9月30日),
        # unless a multiplier makes it an amount ("总阅读量22.3万", "罚没款1847.77万").
        if not q.multiplier:
            return True
        following = text[q.end : q.end + 1]
        if following and regex.match(r"[\p{Han}A-Za-z\d]", following):
            return True  # "超千万规模直播间": the amount names a category
    if any(s <= q.start < e for s, e in quoted):
        return True
    before = text[max(0, q.start - 4) : q.start]
    if _ORDINAL_BEFORE_RE.search(before):
        return True
    if q.is_chinese and q.value == 1 and q.unit not in ("person", "entity"):
        return True  # 一个目标, 一件事, 一批: words, not counts
    markers = ctx.catalog.markers
    after = text[q.end : q.end + 12]
    if not q.is_percent and markers["threshold_after"].search(after):
        return True
    if markers["threshold_before"].search(figure.local_label):
        return True
    offset = q.start - figure.sentence.start
    if 0 <= target_at < offset:
        return True
    # A range "1至2件", "5%~15%": a rule parameter or an estimate, not a reported figure.
    return bool(regex.match(r"[-—~至到]\d", text[q.end : q.end + 2]))


def _assign_role(ctx: Extraction, figure: Figure, state: _SentenceState) -> None:
    q = figure.q
    label = figure.local_label
    markers = ctx.catalog.markers
    if q.is_points:
        figure.role = "points"
        return
    if q.is_percent and markers["change"].search(label):
        figure.role = "change"
        return
    if (
        q.is_percent
        and state.figures
        and state.figures[-1].role == "change"
        and _CONNECTOR_ONLY_RE.match(label)
    ):
        figure.role = "change"  # 同比分别增长5.6%、7.2%、12.3%
        return
    if q.is_percent and markers["share"].search(label):
        figure.role = "share"
        return
    if (
        q.is_percent
        and state.figures
        and state.figures[-1].role == "share"
        and _CONNECTOR_ONLY_RE.match(label)
    ):
        figure.role = "share"  # 分别占总量的47.43%、11.36%、41.21%
        return
    if state.mains and markers["prior_period"].search(label):
        figure.role = "prior_period"
        return
    if state.mains and markers["prior_year"].search(label):
        figure.role = "prior_year"
        return


def _words_before(ctx: Extraction, figure: Figure) -> str:
    """The words a cue must end at: from the clause run's start to the figure, tidied."""
    q = figure.q
    start = _chain_start(ctx.clean.text, q.num_start, figure.sentence.start)
    words = ctx.clean.text[start : q.num_start]
    if "）" in words or ")" in words:
        words = _CLOSED_PAREN_RE.sub("", words)
    return _FILLER_RE.sub("", words)


def _noun_after(ctx: Extraction, figure: Figure) -> str:
    """The noun phrase right after a figure's unit: "对93件|行政处罚案件进行评查"."""
    text = ctx.clean.text
    end = figure.q.end
    stop = end
    limit = min(len(text), end + 24)
    while stop < limit and text[stop] not in "，；。：！？、\n（(" and not text[stop].isdigit():
        stop += 1
    return text[end:stop]


def _accepts(metric: Metric, figure: Figure, context: str) -> bool:
    q = figure.q
    unit = q.unit or ("yuan" if q.multiplier and metric.unit == "yuan" else "")
    if metric.unit == "percent":
        if not q.is_percent:
            return False
    elif q.is_percent or unit not in metric.units:
        return False
    if metric.context is not None and not metric.context.search(context):
        return False
    return not (metric.not_context is not None and metric.not_context.search(context))


def _context_text(ctx: Extraction, figure: Figure) -> str:
    section = ctx.seg.section(figure.sentence.section_id)
    return figure.sentence.text + "\n" + section.path + "\n" + (ctx.meta.title or "")


def _classify(ctx: Extraction, figure: Figure, state: _SentenceState) -> None:
    catalog = ctx.catalog
    context = _context_text(ctx, figure)
    words = _words_before(ctx, figure)
    local = _LIST_CONNECTORS_RE.sub("", _FILLER_RE.sub("", _CLOSED_PAREN_RE.sub("", figure.local_label)))
    hit = catalog.cue_before(words)
    if hit is not None and not _accepts(hit.metric, figure, context):
        hit = next((h for h in catalog.cues_before_all(words) if _accepts(h.metric, figure, context)), None)
    after_hit = None
    if hit is None or not local:
        noun = _noun_after(ctx, figure)
        after_hit = catalog.cue_after(noun) if noun else None
        if after_hit is not None and not _accepts(after_hit.metric, figure, context):
            after_hit = None
    breakdown_parent = _breakdown_parent(ctx, figure, state, local)
    if (
        breakdown_parent is not None
        and (hit is None or hit.metric.domain != breakdown_parent.metric.domain)
        and (after_hit is None or after_hit.metric.domain != breakdown_parent.metric.domain)
        and _accepts(breakdown_parent.metric, figure, context)
    ):
        _set_metric(figure, breakdown_parent.metric, "breakdown")
        figure.scope = "subset"
        return
    chosen: CueHit | None = hit or after_hit
    if chosen is not None:
        _set_metric(figure, chosen.metric, "cue" if chosen is hit else "cue_after")
        if chosen.subset:
            figure.scope = "subset"
        return
    sibling = state.mains[-1] if state.mains else None
    if (
        sibling is not None
        and sibling.metric is not None
        and _CONNECTOR_ONLY_RE.match(local)
        and _accepts(sibling.metric, figure, context)
    ):
        _set_metric(figure, sibling.metric, "listed_with")
        figure.scope = sibling.scope if sibling.scope == "subset" else figure.scope
        return
    weak = catalog.weak_cue_before(words)
    if weak is not None and _accepts(weak.metric, figure, context):
        _set_metric(figure, weak.metric, "weak_cue")
        return
    _fallback(ctx, figure, words)


def _set_metric(figure: Figure, metric: Metric, rule: str) -> None:
    figure.metric = metric
    figure.code = metric.code
    figure.unit = metric.unit if metric.unit != "other" else (figure.q.unit or "other")
    if metric.unit == "other" or (
        len(metric.units) > 1 and metric.unit not in ("item", "appearance", "record")
    ):
        figure.unit = figure.q.unit if figure.q.unit in _CONTRACT_UNITS else "other"
    if metric.unit in ("yuan", "percent"):
        figure.unit = metric.unit
    figure.rule = f"{rule}:{metric.code}"


_CONTRACT_UNITS = {
    "case",
    "item",
    "record",
    "appearance",
    "yuan",
    "percent",
    "entity",
    "person",
    "batch",
    "document",
    "piece",
    "time",
    "other",
}


def _fallback(ctx: Extraction, figure: Figure, words: str) -> None:
    """A figure outside the catalog keeps a code of its domain, so nothing is dropped."""
    q = figure.q
    section = ctx.seg.section(figure.sentence.section_id)
    domain = ctx.catalog.domain_for(words[-16:] + _noun_after(ctx, figure))
    if domain == "other":
        domain = ctx.catalog.domain_for(figure.sentence.text + section.heading)
    unit = "percent" if q.is_percent else (q.unit or ("yuan" if q.multiplier else "other"))
    figure.code = f"{domain}.{'rate' if q.is_percent else 'other_' + unit}"
    figure.unit = unit if unit in _CONTRACT_UNITS else "other"
    figure.rule = "fallback:domain"


def _breakdown_parent(ctx: Extraction, figure: Figure, state: _SentenceState, local: str) -> Figure | None:
    """The figure this one is a part of, when the sentence lists parts (其中, 从…看, 不服…的N件)."""
    text = figure.sentence.text
    markers = ctx.catalog.markers
    label = figure.local_label
    frame = markers["breakdown_frame"].search(text)
    part_like = (
        label.endswith(("的", "的案件")) or local.startswith("其他") or _CONNECTOR_ONLY_RE.match(local)
    )
    listed = bool(frame) or (text.count("的") >= 2 and part_like)
    if not (part_like or (frame and not ctx.catalog.cue_before(local))):
        return None
    if not listed:
        return None
    if frame and frame.group().endswith("中"):
        parent_hit = ctx.catalog.cue_before(_FILLER_RE.sub("", frame.group()[:-1]))
        if parent_hit is not None:
            return Figure(
                q=figure.q, sentence=figure.sentence, metric=parent_hit.metric, code=parent_hit.metric.code
            )
    for main in reversed(state.mains):
        if main.metric is not None and main.metric.core:
            return main
    parent = ctx.paragraph_totals.get(figure.sentence.paragraph_id) or ctx.section_totals.get(
        figure.sentence.section_id
    )
    return parent


def _remember_total(ctx: Extraction, figure: Figure) -> None:
    if figure.metric is not None and figure.metric.core and figure.role == "main":
        ctx.paragraph_totals[figure.sentence.paragraph_id] = figure
        ctx.section_totals[figure.sentence.section_id] = figure


def _scope(ctx: Extraction, figure: Figure, state: _SentenceState) -> None:
    if figure.metric is None or figure.scope == "subset":
        return
    markers = ctx.catalog.markers
    metric = figure.metric
    sentence = figure.sentence
    before = ctx.clean.text[sentence.start : figure.q.num_start]
    local = figure.local_label
    total_marker = markers["total"].search(local) or markers["total"].search(before[-12:])
    figure.explicit_total = bool(total_marker)
    # 其中: a component of the same metric as the figure it breaks down.
    if "其中" in before:
        parent = next((m for m in reversed(state.mains) if m.metric is not None), None)
        if parent is not None and parent.code == figure.code and parent.scope == "total":
            figure.scope = "subset"
            return
    one_value = not regex.search(r"[、和及]", ctx.clean.text[figure.q.end : figure.q.end + 2])
    if "分别" in local and one_value and (not state.mains or state.mains[-1].code != figure.code):
        figure.scope = "subset"  # 分别处罚9.5万元: one value for each of several parties
        return
    sub_unit = markers["sub_unit"].search(before)
    if sub_unit and not (metric.code.endswith("association_received")) and not total_marker:
        figure.scope = "subset"
        return
    if metric.domain == "enforcement":
        if _SUBSET_SOURCE_RE.search(before):
            figure.scope = "subset"
            return
        campaign = markers["campaign"].search(before)
        if (
            campaign
            and not _campaign_counted(ctx, campaign, sentence, figure)
            and not markers["total"].search(before[campaign.end() :])
        ):
            figure.scope = "subset"
            return
        if markers["total"].search(local):
            return
        if markers["subdomain"].search(local):
            figure.scope = "subset"
            return
        section = ctx.seg.section(sentence.section_id)
        tail = section.heading
        if markers["subdomain"].search(tail) and not markers["total"].search(before):
            figure.scope = "subset"
            return


def _campaign_counted(
    ctx: Extraction, campaign: regex.Match[str], sentence: Sentence, figure: Figure
) -> bool:
    """'开展整治行动37起': the campaign phrase has a count of its own, so it does not scope what follows."""
    after = ctx.clean.text[sentence.start + campaign.end() : figure.q.num_start]
    return bool(regex.match(r"\d", after)) or bool(
        regex.match(r"[\d一二两三四五六七八九十]+[起次项个场]", after)
    )


def _period(ctx: Extraction, figure: Figure, period_hint: str) -> None:
    meta = ctx.meta
    markers = ctx.catalog.markers
    sentence = figure.sentence
    base = meta.period
    before = ctx.clean.text[sentence.start : figure.q.num_start]
    section = ctx.seg.section(sentence.section_id)
    figure.year = ctx.report_year or None
    period = base
    if _SECTION_TO_DATE_RE.search(section.path) and base != "to_date":
        period = "to_date"
    to_date = markers["to_date"].search(before)
    cumulative = markers["cumulative"].search(before)
    if cumulative:
        bound = markers["year_bound"].search(before[: cumulative.start()]) or _report_year_in(ctx, before)
        if to_date or period_hint == "to_date":
            period = _to_date_period(ctx, before)
        elif bound:
            period = base
        else:
            period = "cumulative"
    elif to_date:
        if regex.search(r"[\p{Han}]以来", before) and not regex.search(
            r"(?:今年|年初|\d月\d{0,2}日?)以来", before
        ):
            period = "cumulative" if not _report_year_in(ctx, before) else base
        else:
            period = _to_date_period(ctx, before)
    elif period_hint == "to_date":
        period = _to_date_period(ctx, before)
    elif regex.search(r"上半年", before) and base == "year":
        period = "half_year"
    elif regex.search(r"(?<!\d)1\s*[-—–~至]\s*\d{1,2}\s*月", before) and base != "to_date":
        period = "to_date"
    figure.period = period


def _report_year_in(ctx: Extraction, text: str) -> bool:
    return any(int(y) == ctx.report_year for y in _YEAR_IN_LABEL_RE.findall(text))


def _to_date_period(ctx: Extraction, before: str) -> str:
    """截至/今年以来 in a partial-year document means that document's period."""
    meta = ctx.meta
    if meta.period == "year":
        return "to_date"
    m = _MONTH_END_RE.search(before)
    if m and meta.period_month and int(m.group(1)) != meta.period_month:
        return "to_date"
    if meta.period == "half_year" and m and int(m.group(1)) != 6:
        return "to_date"
    return meta.period


def _resolve_dependents(ctx: Extraction, state: _SentenceState) -> None:
    """Comparison values take the metric of the figure they compare to; changes and shares attach."""
    markers = ctx.catalog.markers
    figures = state.figures
    pending_changes: list[Figure] = []
    for i, figure in enumerate(figures):
        if figure.role in ("prior_year", "prior_period"):
            anchor = _previous_main(figures, i)
            if anchor is None or anchor.metric is None:
                figure.role = "skip"
                continue
            figure.anchor = anchor
            figure.metric = anchor.metric
            figure.code = anchor.code
            figure.unit = anchor.unit
            figure.scope = anchor.scope
            figure.period = figure.role
            figure.rule = f"comparison:{figure.role}"
            if figure.role == "prior_year":
                explicit = _YEAR_IN_LABEL_RE.search(figure.local_label)
                figure.year = int(explicit.group(1)) if explicit else (anchor.year or ctx.report_year) - 1
            else:
                figure.year = anchor.year
        elif figure.role in ("change", "points"):
            pending_changes.append(figure)
            following = figures[i + 1] if i + 1 < len(figures) else None
            if following is not None and following.role == figure.role:
                continue
            _attach_changes(ctx, figures, pending_changes, markers)
            pending_changes = []
        elif figure.role == "share":
            anchor = _share_anchor(figures, i)
            if anchor is None or anchor.metric is None:
                figure.role = "skip"
                continue
            figure.anchor = anchor
            figure.code = f"{anchor.code}_share_pct"
            figure.unit = "percent"
            figure.scope = "total"
            figure.period = anchor.period
            figure.year = anchor.year
            figure.rule = f"share_of:{anchor.code}"


def _previous_main(figures: list[Figure], i: int) -> Figure | None:
    for j in range(i - 1, -1, -1):
        if figures[j].role == "main":
            return figures[j]
    return None


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


def _attach_changes(ctx: Extraction, figures: list[Figure], changes: list[Figure], markers: dict) -> None:
    first_index = figures.index(changes[0])
    anchors: list[Figure] = []
    if len(changes) > 1:
        mains = [f for f in figures[:first_index] if f.role == "main"]
        # 分别同比增长a、b、c: the last len(changes) mains, in order.
        anchors = mains[-len(changes) :] if len(mains) >= len(changes) else []
    if not anchors:
        anchor = _previous_main(figures, first_index)
        anchors = [anchor] * len(changes) if anchor is not None else []
    sign = 1
    for change, anchor in zip(changes, anchors, strict=False):
        label = change.local_label
        if markers["down_words"].search(label):
            sign = -1
        elif markers["up_words"].search(label):
            sign = 1
        if anchor is None or anchor.metric is None:
            continue
        between = figures[figures.index(anchor) + 1 : figures.index(change)]
        prior = next((f for f in reversed(between) if f.role in ("prior_year", "prior_period")), None)
        if markers["pop_change"].search(label) or (prior is not None and prior.role == "prior_period"):
            continue  # a change on the previous month or quarter is not year-on-year
        value = sign * change.q.value
        if change.role == "points" or (anchor.q.is_percent and prior is not None):
            anchor.delta_pct_points = value
        elif anchor.yoy_pct is None:
            anchor.yoy_pct = value


def _parts_without_sum(state: _SentenceState) -> None:
    """Parts of one metric listed with no stated total are each a subset (维持N件，驳回M件)."""
    by_key: dict[tuple[str, str], list[Figure]] = {}
    for figure in state.mains:
        if figure.metric is not None and figure.metric.core:
            by_key.setdefault((figure.code, figure.period), []).append(figure)
    for group in by_key.values():
        if len(group) < 2:
            continue
        totals = [f for f in group if f.scope == "total"]
        if len(totals) == len(group) and not any(f.explicit_total for f in group):
            values = {f.q.value for f in group}
            if len(values) == len(group):
                for f in group[1:] if _first_is_sum(group) else group:
                    f.scope = "subset"


def _first_is_sum(group: list[Figure]) -> bool:
    return sum(f.q.value for f in group[1:]) <= group[0].q.value


# ------------------------------------------------------------------ tables


def _table_figures(ctx: Extraction) -> list[Figure]:
    figures: list[Figure] = []
    for table in ctx.seg.tables:
        figures.extend(_table_observations(ctx, table))
    return figures


def _header_unit(header: str) -> tuple[str, str]:
    """'挽回经济损失（万元）' -> ('挽回经济损失', '万元')."""
    m = _HEADER_UNIT_RE.search(header)
    if m:
        return header[: m.start()].strip(), m.group("unit")
    return header.strip(), ""


def _table_observations(ctx: Extraction, table: Table) -> list[Figure]:
    """Cells of a table: metric and unit from one axis, period from the other."""
    header = [c.text for c in table.header]
    if not table.rows or len(header) < 2:
        return []
    column_periods = [_TABLE_PERIOD_RE.match(_header_unit(h)[0]) for h in header]
    row_labels = [row[0].text if row else "" for row in table.rows]
    row_periods = [_TABLE_PERIOD_RE.match(label) for label in row_labels]
    if sum(1 for p in column_periods if p) >= 1 and not all(row_periods):
        return _metric_rows(ctx, table, column_periods)
    return _metric_columns(ctx, table, row_periods)


def _cell_quantity(text: str, start: int, end: int, unit_text: str) -> Quantity | None:
    value_text = text.strip().replace(",", "").rstrip("%")
    if not regex.fullmatch(r"-?\d+(?:\.\d+)?", value_text):
        return None
    negative = value_text.startswith("-")
    value = parse_arabic(value_text.lstrip("-"))
    if negative:
        value = -value
    multiplier = ""
    unit_word = unit_text
    for mult in ("亿", "万"):
        if unit_word.startswith(mult) and len(unit_word) > 1:
            multiplier, unit_word = mult, unit_word[1:]
            break
    if multiplier:
        value *= Decimal(10) ** (8 if multiplier == "亿" else 4)
    from pipeline.numbers import UNIT_MAP

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


def _table_period(ctx: Extraction, m: regex.Match[str] | None) -> tuple[str, int | None] | None:
    """(period, year) for a row or column label, relative to the document."""
    meta = ctx.meta
    year = ctx.report_year or None
    if m is None or m.group("this"):
        return meta.period, year
    if m.group("year"):
        label_year = int(m.group("year"))
        if label_year == ctx.report_year:
            return "year", label_year
        return ("prior_year", label_year) if label_year == ctx.report_year - 1 else None
    if m.group("month"):
        return "month", year
    if m.group("quarter"):
        return "quarter", year
    if m.group("total"):
        return ("to_date" if meta.period in ("month", "to_date") else meta.period), year
    if m.group("prev"):
        return "prior_year", (year - 1) if year else None
    if m.group("pop"):
        return "prior_period", year
    return meta.period, year


def _table_figure(
    ctx: Extraction, table: Table, cell, label: str, unit_text: str, period_year, scope_hint: str
):
    q = _cell_quantity(cell.text, cell.start, cell.end, unit_text)
    if q is None or period_year is None:
        return None
    sentence = Sentence(-1, -1, table.section_id, cell.start, cell.end, cell.text)
    figure = Figure(q=q, sentence=sentence, local_label=label)
    label_clean, _ = _header_unit(label)
    hit = ctx.catalog.cue_before(_FILLER_RE.sub("", label_clean.replace("其中：", "").replace("其中", "")))
    context = label + "\n" + table.caption + "\n" + ctx.seg.section(table.section_id).path
    if q.unit == "" and hit is not None and hit.metric.unit not in ("yuan", "percent"):
        q = _with_unit(q, hit.metric.units[0])
        figure.q = q
    if hit is not None and _accepts(hit.metric, figure, context):
        _set_metric(figure, hit.metric, "table")
        figure.scope = "subset" if hit.subset or scope_hint == "subset" else "total"
    else:
        if q.unit == "":
            figure.q = q = _with_unit(q, "other")
        domain = ctx.catalog.domain_for(label + table.caption)
        figure.code = f"{domain}.{'rate' if q.is_percent else 'other_' + q.unit}"
        figure.unit = q.unit if q.unit in _CONTRACT_UNITS else "other"
        figure.rule = "table:fallback"
    figure.period, figure.year = period_year
    return figure


def _with_unit(q: Quantity, unit: str) -> Quantity:
    return Quantity(
        start=q.start,
        num_start=q.num_start,
        end=q.end,
        value=q.value,
        unit_text=q.unit_text,
        unit=unit,
        qualifier=q.qualifier,
        multiplier=q.multiplier,
        is_percent=q.is_percent,
        is_points=q.is_points,
        is_chinese=q.is_chinese,
        pre=q.pre,
        post=q.post,
    )


def _metric_rows(ctx: Extraction, table: Table, column_periods: list) -> list[Figure]:
    """Rows are metrics (指标名称 | 单位 | 2023年 | 2022年 | 同比增减(%))."""
    header = [c.text for c in table.header]
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER_RE.match(h)), None)
    yoy_col = next((i for i, h in enumerate(header) if _YOY_HEADER_RE.search(h)), None)
    label_col = 0
    figures = []
    for row in table.rows:
        if len(row) != len(header):
            continue
        label = row[label_col].text
        unit_text = row[unit_col].text if unit_col is not None else _header_unit(label)[1]
        current: Figure | None = None
        for c, cell in enumerate(row):
            if c in (label_col, unit_col, yoy_col) or column_periods[c] is None:
                continue
            period_year = _table_period(ctx, column_periods[c])
            figure = _table_figure(ctx, table, cell, label, unit_text, period_year, "total")
            if figure is None:
                continue
            figures.append(figure)
            if figure.period == ctx.meta.period and current is None:
                current = figure
        if current is not None and yoy_col is not None:
            yoy = _cell_quantity(row[yoy_col].text, row[yoy_col].start, row[yoy_col].end, "%")
            if yoy is not None:
                current.yoy_pct = yoy.value
    return figures


def _metric_columns(ctx: Extraction, table: Table, row_periods: list) -> list[Figure]:
    """Columns are metrics (月份 | 投诉 | 举报 | 挽回经济损失(万元)); rows are periods or categories."""
    header = [c.text for c in table.header]
    figures = []
    rows_are_periods = all(row_periods)
    for r, row in enumerate(table.rows):
        if len(row) != len(header):
            continue
        period_year = (
            _table_period(ctx, row_periods[r]) if rows_are_periods else (ctx.meta.period, ctx.report_year)
        )
        if rows_are_periods and row_periods[r] is not None and row_periods[r].group("month"):
            month = int(row_periods[r].group("month"))
            if ctx.meta.period == "month" and month != ctx.meta.period_month:
                period_year = ("month", ctx.report_year)
        for c, cell in enumerate(row):
            if c == 0 or _INDEX_HEADER_RE.match(header[c]) or _LABEL_HEADER_RE.search(header[c]):
                continue
            label, unit_text = _header_unit(header[c])
            if _SHARE_HEADER_RE.search(label):
                q = _cell_quantity(cell.text, cell.start, cell.end, "%")
                if q is None:
                    continue
                sentence = Sentence(-1, -1, table.section_id, cell.start, cell.end, cell.text)
                figure = Figure(q=q, sentence=sentence, local_label=label, code="", unit="percent")
                base = next((f for f in reversed(figures) if f.sentence.start < cell.start), None)
                figure.code = (
                    f"{base.code}_share_pct" if base is not None and base.code else "other.share_pct"
                )
                figure.period, figure.year = period_year
                figure.rule = "table:share"
                figures.append(figure)
                continue
            figure = _table_figure(
                ctx, table, cell, label, unit_text, period_year, "total" if rows_are_periods else "subset"
            )
            if figure is not None:
                figures.append(figure)
    return figures


# ------------------------------------------------------------------ frame


def _frame(ctx: Extraction, figures: list[Figure], report_id: str, source_file: str) -> pl.DataFrame:
    rows = []
    for figure in sorted(figures, key=lambda f: f.q.start):
        q = figure.q
        raw_start, raw_end = ctx.clean.raw_span(q.start, q.end)
        section = ctx.seg.section(figure.sentence.section_id)
        code = figure.code
        rows.append(
            (
                report_id,
                source_file,
                code,
                code.split(".", 1)[0],
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
