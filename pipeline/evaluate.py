"""Evaluate: score observations against a hand-checked gold file.

The scoring follows ../shared/tools/score_warehouse.py exactly (a test checks
that both give the same figures on the same warehouse):

- core precision/recall/F1: a gold row of a core catalog code is found when a
  predicted row of the same document has the same metric code, period and
  value (relative tolerance 1e-6), matched one to one, greedily in gold order;
  predicted rows of codes outside the catalog are neither rewarded nor punished,
  nor are predicted rows sitting on a non-core gold figure with the same value;
- any-quantity recall: a gold row (core or not) is found when some predicted
  row of the document has the same value and a raw span overlapping the quote;
- scope accuracy: on matched core rows, the share with the gold scope.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CORE_DOMAINS = ("enforcement", "complaints", "litigation")


@dataclass
class DocScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    any_found: int = 0
    any_total: int = 0
    predicted: int = 0

    @property
    def any_recall(self) -> float:
        return self.any_found / max(1, self.any_total)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    any_recall: float
    scope_accuracy: float
    tp: int
    fp: int
    fn: int
    any_total: int
    docs: int
    per_doc: dict[str, DocScore] = field(default_factory=dict)
    misses: list[tuple] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)
    scope_n: int = 0
    scope_misses: list[tuple] = field(default_factory=list)

    def summary(self) -> str:
        scope = f"{self.scope_accuracy:.3f}" if self.scope_n else "n/a"
        return (
            f"core P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn}); scope acc={scope}; "
            f"any-quantity recall={self.any_recall:.3f} over {self.any_total} gold rows"
        )


def catalog_codes(catalog_md: str | os.PathLike[str]) -> set[str]:
    text = Path(catalog_md).read_text(encoding="utf-8")
    return set(re.findall(r"`((?:enforcement|complaints|litigation)\.[a-z_]+)`", text))


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def doc_key(name: str) -> str:
    return os.path.splitext(os.path.basename(name))[0]


def load_gold(path: str | os.PathLike[str]) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                gold[doc_key(row["doc"])].append(row)
    return gold


def read_texts(text_dir: str | os.PathLike[str], docs: list[str]) -> dict[str, str]:
    texts = {}
    for doc in docs:
        path = os.path.join(text_dir, doc + ".txt")
        texts[doc] = Path(path).read_text(encoding="utf-8", errors="replace") if os.path.exists(path) else ""
    return texts


def score(
    predictions: list[dict], gold: dict[str, list[dict]], texts: dict[str, str], codes: set[str]
) -> Score:
    """Score predicted rows (dicts with source_file, metric_code, value, period, raw_start, raw_end, scope)."""
    pred: dict[str, list[dict]] = defaultdict(list)
    for row in predictions:
        pred[doc_key(row["source_file"])].append(
            {
                "metric": row["metric_code"],
                "value": row["value"],
                "period": row["period"],
                "start": row["raw_start"],
                "end": row["raw_end"],
                "scope": row.get("scope"),
            }
        )
    tp = fp = fn = 0
    scope_ok = scope_n = 0
    any_found = any_total = 0
    per_doc: dict[str, DocScore] = {}
    misses: list[tuple] = []
    extras: list[tuple] = []
    scope_misses: list[tuple] = []
    for d in sorted(gold):
        g_core = [g for g in gold[d] if g.get("core", g["metric"] in codes)]
        p_core = [p for p in pred.get(d, []) if p["metric"] in codes]
        used: set[int] = set()
        dtp = 0
        for g in g_core:
            hit = None
            for i, p in enumerate(p_core):
                if i in used:
                    continue
                if (
                    p["metric"] == g["metric"]
                    and _same(p["value"], g["value"])
                    and p["period"] == g.get("period", "year")
                ):
                    hit = i
                    break
            if hit is None:
                misses.append((d, g["metric"], g["value"], g.get("period"), g["quote"]))
            else:
                used.add(hit)
                dtp += 1
                if "scope" in g:
                    scope_n += 1
                    scope_ok += p_core[hit]["scope"] == g["scope"]
                    if p_core[hit]["scope"] != g["scope"]:
                        scope_misses.append(
                            (d, g["metric"], g["value"], g.get("period"), g["scope"], g["quote"])
                        )
        text = texts.get(d, "")
        dont_care = []
        for g in gold[d]:
            if g in g_core:
                continue
            pos = text.find(g["quote"]) if text else -1
            dont_care.append((g["value"], pos, pos + len(g["quote"])))
        dfp = 0
        for i, p in enumerate(p_core):
            if i in used:
                continue
            if any(
                _same(p["value"], v) and (s < 0 or p["start"] is None or (p["start"] < e and p["end"] > s))
                for v, s, e in dont_care
            ):
                continue
            dfp += 1
            extras.append((d, p["metric"], p["value"], p["period"]))
        dfn = len(g_core) - dtp
        tp += dtp
        fp += dfp
        fn += dfn
        found = 0
        for g in gold[d]:
            pos = text.find(g["quote"]) if text else -1
            ok = False
            for p in pred.get(d, []):
                if not _same(p["value"], g["value"]):
                    continue
                if pos < 0 or p["start"] is None:
                    ok = True if pos < 0 else ok
                    continue
                if p["start"] < pos + len(g["quote"]) and p["end"] > pos:
                    ok = True
                    break
            found += ok
        any_found += found
        any_total += len(gold[d])
        per_doc[d] = DocScore(dtp, dfp, dfn, found, len(gold[d]), len(pred.get(d, [])))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision=precision,
        recall=recall,
        f1=f1,
        any_recall=any_found / any_total if any_total else 0.0,
        scope_accuracy=scope_ok / scope_n if scope_n else 0.0,
        tp=tp,
        fp=fp,
        fn=fn,
        any_total=any_total,
        docs=len(gold),
        per_doc=per_doc,
        misses=misses,
        extras=extras,
        scope_n=scope_n,
        scope_misses=scope_misses,
    )


def report(result: Score, verbose: bool = False) -> str:
    lines = []
    for d, s in result.per_doc.items():
        lines.append(
            f"{d}: tp={s.tp} fp={s.fp} fn={s.fn} any_recall={s.any_recall:.3f} predicted={s.predicted}"
        )
    if verbose:
        lines.extend("MISS " + " ".join(str(x) for x in m) for m in result.misses)
        lines.extend("EXTRA " + " ".join(str(x) for x in x_) for x_ in result.extras)
        lines.extend("SCOPE (gold) " + " ".join(str(x) for x in s_) for s_ in result.scope_misses)
    lines.append(result.summary())
    return "\n".join(lines)
