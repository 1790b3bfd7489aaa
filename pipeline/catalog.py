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


@dataclass(frozen=True)
class CueHit:
    metric: Metric
    subset: bool  # the cue names only a component of the metric
    length: int  # characters the cue covers


class Catalog:
    """The compiled catalog: metrics, cue matchers and language markers."""

    def __init__(self, data: dict, source: str = "") -> None:
        self.version = str(data.get("version", ""))
        self.source = source
        self.metrics: list[Metric] = []
        main_groups, weak_groups, head_groups = [], [], []
        self._group_metric: dict[str, tuple[Metric, bool]] = {}
        for i, entry in enumerate(data["metric"]):
            metric = _metric_from_entry(entry)
            self.metrics.append(metric)
            cues, subset_cues, weak = (entry.get(k, []) for k in ("cues", "subset_cues", "weak_cues"))
            for kind, patterns, subset in (("m", cues, False), ("s", subset_cues, True)):
                if patterns:
                    name = f"{kind}{i}"
                    self._group_metric[name] = (metric, subset)
                    body = "|".join(f"(?:{_checked(p, metric.code)})" for p in patterns)
                    main_groups.append(f"(?P<{name}>{body})")
                    head_groups.append(f"(?P<{name}>{body})")
            if weak:
                name = f"w{i}"
                self._group_metric[name] = (metric, False)
                weak_groups.append(f"(?P<{name}>{'|'.join(f'(?:{_checked(p, metric.code)})' for p in weak)})")
        self.by_code = {m.code: m for m in self.metrics}
        if len(self.by_code) != len(self.metrics):
            raise ValueError("duplicate metric codes in the catalog")
        # Reverse + POSIX: tried only at the end of the words before a figure, longest cue wins.
        self._suffix_re = regex.compile(r"(?rp)(?:" + "|".join(main_groups) + r")\Z")
        self._weak_suffix_re = regex.compile(r"(?rp)(?:" + "|".join(weak_groups) + r")\Z")
        # Forward + POSIX at the start of the noun phrase after a figure: "对93件|行政处罚案件进行评查".
        self._prefix_re = regex.compile(r"(?p)(?:" + "|".join(head_groups) + r")")
        self.markers = {k: regex.compile(v) for k, v in data.get("markers", {}).items()}
        self.domain_words = [
            (domain, regex.compile(words)) for domain, words in data.get("domains", {}).items()
        ]

    def _hit(self, m: regex.Match[str] | None) -> CueHit | None:
        if m is None:
            return None
        metric, subset = self._group_metric[m.lastgroup]
        return CueHit(metric, subset, m.end() - m.start())

    def cue_before(self, words: str) -> CueHit | None:
        """The longest cue ending exactly at the end of `words`."""
        return self._hit(self._suffix_re.search(words)) if words else None

    def weak_cue_before(self, words: str) -> CueHit | None:
        return self._hit(self._weak_suffix_re.search(words)) if words else None

    def cue_after(self, words: str) -> CueHit | None:
        """The longest cue starting exactly at the start of `words`."""
        return self._hit(self._prefix_re.match(words)) if words else None

    def cues_before_all(self, words: str) -> list[CueHit]:
        """Every metric with a cue ending at the end of `words`, longest first (slow path)."""
        hits = []
        for name, (metric, subset) in self._group_metric.items():
            if name.startswith("w"):
                continue
            pattern = _group_pattern(self._suffix_re.pattern, name)
            m = pattern.search(words)
            if m:
                hits.append(CueHit(metric, subset, m.end() - m.start()))
        return sorted(hits, key=lambda h: -h.length)

    def domain_for(self, text: str) -> str:
        for domain, words in self.domain_words:
            if words.search(text):
                return domain
        return "other"

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


@cache
def _group_pattern(full_pattern: str, name: str) -> regex.Pattern[str]:
    """One named group of the combined suffix pattern, compiled on its own."""
    start = full_pattern.index(f"(?P<{name}>")
    depth, i = 0, start
    while True:
        ch = full_pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return regex.compile(r"(?rp)(?:" + full_pattern[start : i + 1] + r")\Z")


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
    )


def load_catalog(path: str | Path = CATALOG_PATH) -> Catalog:
    with open(path, "rb") as f:
        return Catalog(tomllib.load(f), source=str(path))


@cache
def default_catalog() -> Catalog:
    return load_catalog()
