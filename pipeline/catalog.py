"""Catalog: the metric catalog data file, loaded and compiled once.

The extractor asks the catalog one question per figure: which metric names
the words just before it (or the noun phrase just after it)? All cues of all
metrics are compiled into one reverse, leftmost-longest (POSIX) pattern
anchored at the end of the words before a figure, so a single search returns
the longest cue that ends there, which is the most specific one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import regex

from pipeline.cuechars import edge_chars

CATALOG_PATH = Path(__file__).with_name("metric_catalog.toml")
CORE_DOMAINS = ("enforcement", "complaints", "litigation")

# Units a figure may be written in for a metric of a given unit.
_DEFAULT_UNITS = {
    "case": ("case",),
    "item": ("case", "item", "record"),
    "record": ("record", "case"),
    "appearance": ("time", "case", "appearance"),
    "yuan": ("yuan",),
    "percent": ("percent",),
}


@dataclass(frozen=True)
class Metric:
    code: str
    domain: str
    name_zh: str
    name_en: str
    unit: str
    description: str
    core: bool
    units: tuple[str, ...]
    context: regex.Pattern[str] | None
    not_context: regex.Pattern[str] | None
    # The words naming one kind of the metric, anchored at the end of a figure's words.
    kinds: regex.Pattern[str] | None = None


@dataclass(frozen=True)
class CueHit:
    metric: Metric
    subset: bool  # the cue names only a component of the metric
    length: int  # characters the cue covers


class _CueIndex:
    """Cue patterns grouped by the character they can end (or start) with.

    A lookup compiles, once, one POSIX (leftmost-longest) pattern of just the
    cues that can end with the last character before a figure; most words end
    with a character no cue ends with, and cost a dictionary lookup.
    """

    def __init__(self, cues: list[tuple[str, str]], reverse: bool) -> None:
        self.reverse = reverse
        self.by_char: dict[str, list[tuple[str, str]]] = {}
        self.anywhere: list[tuple[str, str]] = []
        for name, pattern in cues:
            last, first = edge_chars(pattern)
            chars = last if reverse else first
            if chars is None:
                self.anywhere.append((name, pattern))
            else:
                for ch in chars:
                    self.by_char.setdefault(ch, []).append((name, pattern))
        self._compiled: dict[str, regex.Pattern[str] | None] = {}
        self._groups: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
        self._names = list(dict.fromkeys(name for name, _ in cues))

    def pattern_for(self, ch: str) -> regex.Pattern[str] | None:
        if ch not in self._compiled:
            cues = self.by_char.get(ch, []) + self.anywhere
            self._compiled[ch] = _combined(cues, self.reverse) if cues else None
        return self._compiled[ch]

    def groups_for(self, ch: str) -> list[tuple[str, regex.Pattern[str]]]:
        """Each group's own pattern of the cues that can end (or start) with `ch`, in catalog order."""
        if ch not in self._groups:
            cues = self.by_char.get(ch, []) + self.anywhere
            self._groups[ch] = [
                (name, _combined([c for c in cues if c[0] == name], self.reverse))
                for name in self._names
                if any(c[0] == name for c in cues)
            ]
        return self._groups[ch]


def _with_synonyms(pattern: str, synonyms: dict[str, list[str]]) -> str:
    """Every word of `synonyms` in a cue also matches its synonyms: 投诉 -> (?:投诉|申诉)."""
    for word, others in synonyms.items():
        pattern = pattern.replace(word, "(?:" + "|".join([word, *others]) + ")")
    return pattern


def _combined(cues: list[tuple[str, str]], reverse: bool) -> regex.Pattern[str]:
    groups: dict[str, list[str]] = {}
    for name, pattern in cues:
        groups.setdefault(name, []).append(f"(?:{pattern})")
    body = "|".join(f"(?P<{name}>{'|'.join(alternatives)})" for name, alternatives in groups.items())
    return regex.compile(r"(?rp)(?:" + body + r")\Z" if reverse else r"(?p)(?:" + body + r")")


class Catalog:
    """The compiled catalog: metrics, cue matchers and language markers."""

    def __init__(self, data: dict, source: str = "") -> None:
        self.version = str(data.get("version", ""))
        self.source = source
        self.metrics: list[Metric] = []
        main_cues: list[tuple[str, str]] = []
        weak_cues: list[tuple[str, str]] = []
        self._group_metric: dict[str, tuple[Metric, bool]] = {}
        synonyms = data.get("synonyms", {})
        for i, entry in enumerate(data["metric"]):
            metric = _metric_from_entry(entry)
            self.metrics.append(metric)
            for kind, key, subset in (
                ("m", "cues", False),
                ("s", "subset_cues", True),
                ("w", "weak_cues", False),
            ):
                name = f"{kind}{i}"
                for pattern in entry.get(key, []):
                    self._group_metric[name] = (metric, subset)
                    pattern = _with_synonyms(pattern, synonyms)
                    (weak_cues if kind == "w" else main_cues).append((name, _checked(pattern, metric.code)))
        self.by_code = {m.code: m for m in self.metrics}
        if len(self.by_code) != len(self.metrics):
            raise ValueError("duplicate metric codes in the catalog")
        # Reverse + POSIX, anchored at the end of the words before a figure: the longest cue wins.
        self._suffix = _CueIndex(main_cues, reverse=True)
        self._weak_suffix = _CueIndex(weak_cues, reverse=True)
        # Forward + POSIX at the start of the noun phrase after a figure: "对93件|行政处罚案件进行评查".
        self._prefix = _CueIndex(main_cues, reverse=False)
        raw_markers = data.get("markers", {})
        self.markers = {k: regex.compile(v) for k, v in raw_markers.items()}
        # The words just before a figure that make it a comparison, a change or a share;
        # one reverse search, alternatives in priority order.
        self._role_percent_re = _alternation(raw_markers, ("change", "share", "prior_period", "prior_year"))
        self._role_count_re = _alternation(raw_markers, ("prior_period", "prior_year"))
        # Nearest domain word wins (a reverse search finds the last one in the text).
        self._domain_re = _alternation(data.get("domains", {}), tuple(data.get("domains", {})))
        # Bare actions on cases (收案, 审结, 办结) take the metric of their topic (a reconsideration,
        # a lawsuit, a complaint); an action named for one topic moves to the topic at hand.
        self.topics = {k: regex.compile(v) for k, v in data.get("topics", {}).items()}
        self.topic_actions = {k: regex.compile(v) for k, v in data.get("topic_actions", {}).items()}
        self.topic_metrics = {k: self.by_code[v] for k, v in data.get("topic_metrics", {}).items()}
        self.topic_action_of = {m.code: key.split(".", 1) for key, m in self.topic_metrics.items()}
        self.headline_parts = self._code_sets(data, "headline_parts")
        self.sums = self._code_sets(data, "sums")
        self.category_of = self._code_sets(data, "category_of")

    def _code_sets(self, data: dict, key: str) -> dict[str, frozenset[str]]:
        """A [key] table of metric code -> list of metric codes, every code checked."""
        table = {k: frozenset(v) for k, v in data.get(key, {}).items()}
        unknown = {c for k, v in table.items() for c in (k, *v)} - set(self.by_code)
        if unknown:
            raise ValueError(f"{key} names unknown metrics: {sorted(unknown)}")
        return table

    def _hit(self, m: regex.Match[str] | None) -> CueHit | None:
        if m is None:
            return None
        metric, subset = self._group_metric[m.lastgroup]
        return CueHit(metric, subset, m.end() - m.start())

    def cue_before(self, words: str) -> CueHit | None:
        """The longest cue ending exactly at the end of `words`."""
        pattern = self._suffix.pattern_for(words[-1]) if words else None
        return self._hit(pattern.search(words)) if pattern is not None else None

    def weak_cue_before(self, words: str) -> CueHit | None:
        pattern = self._weak_suffix.pattern_for(words[-1]) if words else None
        return self._hit(pattern.search(words)) if pattern is not None else None

    def cue_after(self, words: str) -> CueHit | None:
        """The longest cue starting exactly at the start of `words`."""
        pattern = self._prefix.pattern_for(words[0]) if words else None
        return self._hit(pattern.match(words)) if pattern is not None else None

    def cues_before_all(self, words: str) -> list[CueHit]:
        """Every metric with a cue ending at the end of `words`, longest first (slow path)."""
        hits = []
        for name, pattern in self._suffix.groups_for(words[-1]) if words else ():
            m = pattern.search(words)
            if m:
                metric, subset = self._group_metric[name]
                hits.append(CueHit(metric, subset, m.end() - m.start()))
        return sorted(hits, key=lambda h: -h.length)

    def role_before(self, words: str, percent: bool) -> str:
        """change, share, prior_period or prior_year when `words` end like one, else ""."""
        m = (self._role_percent_re if percent else self._role_count_re).search(words)
        return m.lastgroup if m else ""

    def action_of(self, words: str) -> str | None:
        """The bare action `words` end with (审结, 收案, 经调解结案), if any."""
        return next((a for a, pattern in self.topic_actions.items() if pattern.search(words)), None)

    def rightmost_topic(self, text: str) -> str | None:
        """The topic whose words appear last in `text`."""
        best, best_at = None, -1
        for name, pattern in self.topics.items():
            for m in pattern.finditer(text):
                if m.start() > best_at:
                    best, best_at = name, m.start()
        return best

    def domain_for(self, text: str) -> str:
        """The domain whose words appear last in `text` (nearest the figure), or ""."""
        m = self._domain_re.search(text)
        return m.lastgroup if m else ""

    def frame(self) -> pl.DataFrame:
        """The catalog as a `MetricCatalog` frame (loaded into dim_metric)."""
        return pl.DataFrame(
            {
                "metric_code": [m.code for m in self.metrics],
                "domain": [m.domain for m in self.metrics],
                "name_zh": [m.name_zh for m in self.metrics],
                "name_en": [m.name_en for m in self.metrics],
                "unit": [m.unit for m in self.metrics],
                "description": [m.description for m in self.metrics],
                "core": [m.core for m in self.metrics],
            }
        )


def _alternation(patterns: dict[str, str], names: tuple[str, ...]) -> regex.Pattern[str]:
    """One reverse pattern trying the named patterns in order."""
    return regex.compile("(?r)" + "|".join(f"(?P<{name}>{patterns[name]})" for name in names))


def _checked(pattern: str, code: str) -> str:
    compiled = regex.compile(pattern)
    if compiled.groups:
        raise ValueError(f"cue for {code} has a capturing group; use (?:...): {pattern}")
    return pattern


def _metric_from_entry(entry: dict) -> Metric:
    code = entry["code"]
    domain, _, name = code.partition(".")
    if not name or not regex.fullmatch(r"[a-z_]+\.[a-z0-9_]+", code):
        raise ValueError(f"metric code must be <domain>.<snake_name>: {code!r}")
    unit = entry["unit"]
    units = tuple(entry.get("units") or _DEFAULT_UNITS.get(unit, (unit,)))
    core = bool(entry.get("core", domain in CORE_DOMAINS))
    context = entry.get("context")
    not_context = entry.get("not_context")
    kinds = entry.get("kinds")
    return Metric(
        code=code,
        domain=domain,
        name_zh=entry["name_zh"],
        name_en=entry["name_en"],
        unit=unit,
        description=entry.get("description", ""),
        core=core,
        units=units,
        context=regex.compile(context) if context else None,
        not_context=regex.compile(not_context) if not_context else None,
        kinds=regex.compile(f"(?:{'|'.join(kinds)})\\Z") if kinds else None,
    )


def load_catalog(path: str | Path = CATALOG_PATH) -> Catalog:
    with open(path, "rb") as f:
        return Catalog(tomllib.load(f), source=str(path))


@cache
def default_catalog() -> Catalog:
    return load_catalog()
