"""Figures: a quantity on its way to becoming an observation, and the rules every reader shares.

`extract` (prose) and `tables` (cells) both turn quantities into `Figure`s and
name their metrics with the same catalog lookups defined here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from pipeline.catalog import Catalog, CueHit, Metric
from pipeline.clean import CleanReport
from pipeline.describe import ReportMeta
from pipeline.numbers import Quantity
from pipeline.schemas import UNITS
from pipeline.segment import Segmentation, Sentence

# Words between a cue and its figure that do not change the meaning.
# e.g. "纠错率为" -> "纠错率"; "罚没款合计人民币" -> "罚没款"; "分别为" -> ""; "被投诉量：" -> "被投诉量";
# "纠错率降至" -> "纠错率" (the value it went to);
# "提起行政诉讼的，全年共" -> "提起行政诉讼" (a clause ending in 的 names what the count after it counts);
# "法院审结其中" -> "法院审结" (of the cases just named, the court closed N); "出庭应诉率保持" -> "出庭应诉率"
# a time word between the figure and its metric's name: "立案数2025年全年为", "立案数已达到上年全年（"
_TIME_FILLER = r"(?:(?:19|20)\d{2}年)?(?:全年|本年度|本年|今年|当年|上年|去年)(?:同期)?[（(]?"
_FILLER = (
    _TIME_FILLER
    + r"|(?:变更|调整|改|下降|上升|提升|提高|降低|增加|减少|回落|降|升)(?:为|至|到)|的，(?:全年|本年|今年|当年)?|[：:]|人民币|(?:分别|依次)(?:为|是|达到|达)?|共计|合计|总计|累计|共有|共|计|(?<!行)为|达到|达|保持在|保持|稳定在|是|有|了|至|(?<!收)到|约|近|超过|超|突破|已|均|的|合|总|就|仅|只有|(?<=[结理收办查处审])其中"
)
FILLER_RE = regex.compile(rf"(?r)(?:{_FILLER})+\Z")
_ONE_FILLER_RE = regex.compile(rf"(?r)(?:{_FILLER})\Z")
# A parenthetical closed before the figure: "以我局为共同被告（复议维持案件）的6件"
CLOSED_PAREN_RE = regex.compile(r"[（(][^（）()]*[）)]")
CONTRACT_UNITS = frozenset(UNITS)


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
    local_label: str = ""  # words since the clause start or the previous figure
    explicit_total: bool = False  # 共计/合计/各类… make it the whole
    period_name: str = ""  # the month or quarter a list before 分别 gave it: "4月、5月、6月分别…"


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
    # The first figure of the report's period of each unit in a section: what 从…看 breaks down.
    headline_totals: dict[tuple[int, str], Figure] = field(default_factory=dict)
    # The first figure of the report's period of each unit that says what was received (受理…):
    # what a bare 受理 elsewhere counts, though another figure leads its section.
    received_headlines: dict[str, Figure] = field(default_factory=dict)
    section_periods: dict[int, str | None] = field(default_factory=dict)
    heading_frames: dict[int, regex.Match[str] | None] = field(default_factory=dict)
    sentence_hints: dict[int, tuple[str, str]] = field(default_factory=dict)  # own, carried on
    # The main figures of each sentence read so far: "其中，…" opening a sentence divides them.
    sentence_mains: dict[int, list[Figure]] = field(default_factory=dict)
    # The whole each section's counts were last said to be shares of ("占投诉总量的"): the
    # parallel sentences after it ("…，共1,203件，占18.84%") share it without naming it again.
    share_wholes: dict[int, str] = field(default_factory=dict)


def sentence_before(ctx: Extraction, sentence: Sentence) -> str:
    """The text of the sentence before this one in its paragraph, or "" when it opens one."""
    previous = ctx.seg.sentences[sentence.sentence_id - 1] if sentence.sentence_id > 0 else None
    return previous.text if previous is not None and previous.paragraph_id == sentence.paragraph_id else ""


def accepts(metric: Metric, q: Quantity, context: str, words: str = "") -> bool:
    """Can this quantity be a value of this metric here (unit, context words)?"""
    unit = q.unit or ("yuan" if q.multiplier and metric.unit == "yuan" else "")
    if metric.unit == "percent":
        if not q.is_percent:
            return False
    elif q.is_percent or unit not in metric.units:
        return False
    if metric.context is not None and not metric.context.search(context):
        return False
    return not (metric.not_context is not None and metric.not_context.search(words))


_FILLER_LAST = frozenset("币别为是到达计共有了至约近超破已均的合总：:，年就中持在仅")


def strip_filler(words: str) -> str:
    return FILLER_RE.sub("", words) if words and words[-1] in _FILLER_LAST else words


def _filler_strips(words: str) -> list[str]:
    """`words`, then without each trailing filler in turn: the last may belong to the cue
    (收到的 -> 收到 -> 收), so every step is a candidate."""
    candidates = [words]
    while candidates[-1] and candidates[-1][-1] in _FILLER_LAST:
        m = _ONE_FILLER_RE.search(candidates[-1])
        if m is None:
            break
        candidates.append(candidates[-1][: m.start()])
    return candidates


# What follows a verb phrase to make it name cases: "撤诉的案件"
_OF_CASES = "的案件"
_DUE_RE = regex.compile(r"(?:需|须|应)\p{Han}{0,10}$")


def accepted_cue(catalog: Catalog, words: str, q: Quantity, context: str) -> CueHit | None:
    """The longest acceptable cue ending at `words` (also tried without trailing filler like 为/共计)."""
    candidates = _filler_strips(words)
    # "原告撤诉的案件158件", "确认违法的案件共4件": the clause before 的 says which cases, before
    # any cue that ends on 案件 (违法…案件); not what was due (需负责人出庭的案件)
    of_cases = next((c for c in candidates if c.endswith(_OF_CASES)), None)
    which = of_cases.removesuffix(_OF_CASES) if of_cases is not None else ""
    of_which = _filler_strips(which) if which and not _DUE_RE.search(which) else []
    for candidate in of_which + candidates:
        # the clause says which cases: only a metric counting cases (not 未依法公示…信息的案件, the
        # records a 公示 cue counts)
        of_cases_only = candidate in of_which
        for hit in _cues_longest_first(catalog, candidate):
            if of_cases_only and hit.metric.unit != "case":
                continue
            if accepts(hit.metric, q, context, candidate):
                return hit
    return None


def _cues_longest_first(catalog: Catalog, words: str) -> Iterator[CueHit]:
    """The longest cue ending at `words`, then, only if asked for more, every other (slow path)."""
    hit = catalog.cue_before(words)
    if hit is None:
        return
    yield hit
    yield from catalog.cues_before_all(words)


# 投诉 right after the verb: "共受理消费者投诉41826件" (not "受理预付式消费投诉" or "质量问题投诉",
# whose category stands before the noun).
_RECEIVED_COMPLAINTS_RE = regex.compile(r"^(?:受理|登记|接收|收到|接到|处理)(?:消费者)?投诉")


def names_associations_whole(ctx: Extraction, hit: CueHit, cue_text: str, column: bool = False) -> bool:
    """In a consumer association's own report, complaints are all it takes: the cue that makes
    投诉 a part of 投诉举报 names the association's whole there, said with its verb in prose, or
    as a table's column (whose rows say which are categories)."""
    return (
        hit.subset
        and hit.metric.code == "complaints.received"
        and "举报" not in cue_text
        and (column or _RECEIVED_COMPLAINTS_RE.match(cue_text) is not None)
        and ctx.catalog.markers["consumer_association"].search(ctx.meta.agency or "") is not None
    )


# Words that make a case count the bureau's own enforcement, whatever the section is about.
_ENFORCEMENT_WORDS_RE = regex.compile(r"查|立案|违法|罚|处罚|大要案|移送")
_GENERIC_CASE_METRICS = frozenset({"enforcement.cases_filed", "enforcement.cases_closed"})


def names_bare_case_action(hit: CueHit, cue_text: str) -> bool:
    """结案 / 办结 with nothing saying the cases are enforcement's: the action takes the metric of
    the topic at hand (a reconsideration's 结案 is a reconsideration closed)."""
    return hit.metric.code in _GENERIC_CASE_METRICS and not _ENFORCEMENT_WORDS_RE.search(cue_text)


# "数" / "量" ending words that name a count: "立案数", "投诉数量", "受理量", "查处案件数" (not 案件's 件)
COUNT_SUFFIX_RE = regex.compile(r"(?<=\p{Han})(?:数量|总数|(?<!案)件数|数|量)\Z")
# The verbs of a headline that counts what a body received
RECEIVED_VERB_RE = regex.compile(r"受理|收到|接收|登记")


def received_headline(ctx: Extraction, figure: Figure, words: str, any_period: bool = False) -> Metric | None:
    """ "受理量居前三位的是南明区（9864件）": a bare 受理 ranks what the report's headline received,
    the first figure of the unit and period that says 受理 and names its metric."""
    if ctx.catalog.action_of(strip_filler(words)) != "received":
        return None
    headline = ctx.received_headlines.get(figure.q.unit)
    if headline is not None and (any_period or headline.period == figure.period):
        return headline.metric
    return None


def remember_received_headline(ctx: Extraction, figure: Figure) -> None:
    """Keep the figure as its unit's received headline if it is the first to say 受理 and name
    its metric."""
    if (
        figure.q.unit not in ctx.received_headlines
        and figure.metric is not None
        and figure.metric.core
        and figure.rule.startswith("cue")
        and RECEIVED_VERB_RE.search(ctx.clean.text, figure.sentence.start, figure.q.start)
    ):
        ctx.received_headlines[figure.q.unit] = figure


def set_metric(figure: Figure, metric: Metric, rule: str) -> None:
    """Name the figure's metric; its unit is the metric's, or the one written for loose metrics."""
    figure.metric = metric
    figure.code = metric.code
    written = figure.q.unit if figure.q.unit in CONTRACT_UNITS else "other"
    if metric.unit in ("yuan", "percent", "case", "item", "record", "appearance"):
        figure.unit = metric.unit
    else:
        figure.unit = written
    figure.rule = f"{rule}:{metric.code}"


def set_uncatalogued(figure: Figure, domain: str, rule: str) -> None:
    """A figure no catalog metric names keeps a code of its domain, so nothing is dropped."""
    q = figure.q
    unit = "percent" if q.is_percent else (q.unit or ("yuan" if q.multiplier.endswith("元") else "other"))
    figure.unit = unit if unit in CONTRACT_UNITS else "other"
    figure.code = f"{domain}.{'rate' if q.is_percent else 'other_' + figure.unit}"
    figure.rule = rule


def topic_metric(catalog: Catalog, action: str, texts: list[str], title: str | None) -> Metric | None:
    """The metric of `action` for the first topic found in `texts` that has one (nearest first, the
    last topic word of each text counting), else the title's topic when it names exactly one."""
    for text in texts:
        topic = catalog.rightmost_topic(text)
        if topic is not None and f"{topic}.{action}" in catalog.topic_metrics:
            return catalog.topic_metrics[f"{topic}.{action}"]
    topic = title_topic(catalog, title)
    return catalog.topic_metrics.get(f"{topic}.{action}") if topic is not None else None


def title_topic(catalog: Catalog, title: str | None) -> str | None:
    """The one topic a title names (行政复议工作报告), or None if it names none or several."""
    named = [name for name, pattern in catalog.topics.items() if pattern.search(title or "")]
    return named[0] if len(named) == 1 else None


def kind_named(figure: Figure) -> str:
    """The words naming one kind of the figure's metric right before it (撤销 of corrections);
    a table row labelled 其中：… is a kind too."""
    kinds = figure.metric.kinds if figure.metric is not None else None
    if kinds is None:
        return ""
    if figure.local_label == "其中":
        return "其中"
    # A row's unit in brackets is not part of its name: 驳回(件)
    m = kinds.search(strip_filler(CLOSED_PAREN_RE.sub("", figure.local_label)))
    return m.group() if m else ""


def mark_kinds_as_parts(group: list[Figure]) -> bool:
    """Figures of one metric, some naming a kind of it: 撤销a件、确认违法b件, or 撤销a件 beside
    被纠错N件. Each kind is then a part (a subset), even of an equal whole. False if none is."""
    kinds = [kind_named(f) for f in group]
    if not any(kinds) or len(set(kinds)) == 1:
        return False
    for f, kind in zip(group, kinds, strict=True):
        if kind:
            f.scope = "subset"
    return True
