"""Evidence pages: every figure of a report shown where it was read.

One self-contained HTML page per report shows the cleaned text with each
extracted figure highlighted (coloured by domain; metric, value, qualifier,
period and scope on hover) and a table of its observations linking to their
spans. An index page lists every report with its figures and conflicts.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean import CleanReport
from pipeline.files import write_atomic
from pipeline.offsets import derived_span

DOMAIN_COLOURS = {
    "enforcement": "#f4a261",
    "complaints": "#8ecae6",
    "litigation": "#cdb4db",
}
OTHER_COLOUR = "#e9edc9"

_STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:60rem;
line-height:1.7;color:#222;padding:0 1rem}
h1{font-size:1.4rem}.meta{color:#555;font-size:.9rem}.legend span{padding:.1rem .5rem;margin-right:.5rem;border-radius:3px}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px;background:#fff}
mark{padding:0 .1rem;border-radius:3px;cursor:help;position:relative}
mark.core{outline:1px solid #555}
mark:target{outline:2px solid #d00}
mark:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;z-index:9;background:#222;color:#fff;
padding:.3rem .5rem;border-radius:4px;font-size:.8rem;white-space:pre;line-height:1.4}
table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}
th{background:#f5f5f5}tr.core td:first-child{font-weight:bold}
"""


@dataclass(frozen=True)
class PageObservation:
    """What a page needs of one observation (a row of v_observations)."""

    ordinal: int
    metric_code: str
    name_zh: str
    domain: str
    core: bool
    value: float
    unit: str
    qualifier: str
    period: str
    year: int | None
    scope: str
    yoy_pct: float | None
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class ReportInfo:
    report_id: str
    source_file: str
    title: str | None
    agency: str | None
    report_year: int | None
    report_type: str
    observations: int
    core_observations: int
    conflicts: int


def colour(domain: str) -> str:
    return DOMAIN_COLOURS.get(domain, OTHER_COLOUR)


def _value(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.4f}".rstrip("0").rstrip(".")


def _tip(o: PageObservation) -> str:
    lines = [
        f"{o.metric_code} {o.name_zh}",
        f"{_value(o.value)} {o.unit} ({o.qualifier})",
        f"{o.period} {o.year or ''} · {o.scope}",
    ]
    if o.yoy_pct is not None:
        lines.append(f"同比 {o.yoy_pct:+g}%")
    return "\n".join(lines)


def highlighted_text(clean: CleanReport, observations: list[PageObservation]) -> str:
    """The clean text as HTML with one <mark> per figure span (figures sharing a span share a mark)."""
    spans: dict[tuple[int, int], list[PageObservation]] = {}
    for o in observations:
        start, end = derived_span(clean.traced, o.raw_start, o.raw_end)
        if end > start:
            spans.setdefault((start, end), []).append(o)
    out: list[str] = []
    pos = 0
    text = clean.text
    for (start, end), group in sorted(spans.items()):
        if start < pos:
            continue  # overlapping spans keep the first mark; the table still lists every figure
        out.append(html.escape(text[pos:start]))
        first = group[0]
        classes = f"d-{first.domain}" + (" core" if any(o.core for o in group) else "")
        ids = " ".join(f"obs-{o.ordinal}" for o in group)
        out.append(
            f'<mark id="obs-{first.ordinal}" class="{classes}" data-obs="{ids}" '
            f'data-core="{int(any(o.core for o in group))}" data-metric="{html.escape(first.metric_code)}" '
            f'style="background:{colour(first.domain)}" data-tip="{html.escape(" | ".join(_tip(o) for o in group))}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def report_page(
    info: ReportInfo, clean: CleanReport, observations: list[PageObservation], index_href: str
) -> str:
    """A self-contained HTML page: the highlighted text and the table of observations."""
    first_at: dict[tuple[int, int], int] = {}
    for o in observations:
        first_at.setdefault((o.raw_start, o.raw_end), o.ordinal)
    anchors = {o.ordinal: first_at[(o.raw_start, o.raw_end)] for o in observations}
    legend = "".join(f'<span style="background:{colour(d)}">{d}</span>' for d in (*DOMAIN_COLOURS, "other"))
    rows = "".join(
        f'<tr class="{"core" if o.core else ""}"><td><a href="#obs-{anchors[o.ordinal]}">{o.ordinal}</a></td>'
        f"<td>{html.escape(o.metric_code)}</td><td>{html.escape(o.name_zh)}</td><td>{_value(o.value)}</td>"
        f"<td>{o.unit}</td><td>{o.qualifier}</td><td>{o.period}</td><td>{o.year or ''}</td><td>{o.scope}</td>"
        f"<td>{'' if o.yoy_pct is None else f'{o.yoy_pct:+g}%'}</td></tr>"
        for o in observations
    )
    title = html.escape(info.title or info.source_file)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><style>{_STYLE}</style></head>
<body>
<p><a href="{index_href}">← all reports</a></p>
<h1>{title}</h1>
<p class="meta">{html.escape(info.agency or "agency not named")} · {info.report_year or "year unknown"} ·
{info.report_type} · {html.escape(info.source_file)} · report {info.report_id}<br>
{info.observations} figures, {info.core_observations} in the core domains, {info.conflicts} conflicts</p>
<p class="legend">{legend}</p>
<div class="text">{highlighted_text(clean, observations)}</div>
<h2>Observations</h2>
<table><thead><tr><th>#</th><th>metric</th><th>name</th><th>value</th><th>unit</th><th>qualifier</th>
<th>period</th><th>year</th><th>scope</th><th>yoy</th></tr></thead><tbody>{rows}</tbody></table>
</body></html>
"""


def page_name(info: ReportInfo) -> str:
    return f"{info.source_file}.html"


def index_page(reports: list[ReportInfo], charts: list[str]) -> str:
    """The list of every report, linking to its evidence page, and to the charts."""
    rows = "".join(
        f'<tr><td><a href="{html.escape(page_name(r))}">{html.escape(r.title or r.source_file)}</a></td>'
        f"<td>{html.escape(r.agency or '')}</td><td>{r.report_year or ''}</td><td>{r.report_type}</td>"
        f"<td>{r.observations}</td><td>{r.core_observations}</td><td>{r.conflicts}</td></tr>"
        for r in sorted(reports, key=lambda r: (r.agency or "", r.report_year or 0, r.source_file))
    )
    chart_links = " · ".join(f'<a href="{html.escape(c)}">{html.escape(Path(c).stem)}</a>' for c in charts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Reports and evidence</title><style>{_STYLE}</style></head>
<body>
<h1>Reports and evidence</h1>
<p class="meta">{len(reports)} reports. Charts: {chart_links or "none yet"}</p>
<table><thead><tr><th>report</th><th>agency</th><th>year</th><th>type</th><th>figures</th><th>core</th>
<th>conflicts</th></tr></thead><tbody>{rows}</tbody></table>
</body></html>
"""


def write_evidence(con, raw_dir: Path, out_dir: Path, chart_files: list[str]) -> list[Path]:
    """Write one page per report whose raw file is still the loaded version, and the index."""
    from pipeline.clean import clean_report
    from pipeline.ingest import IngestError, read_report

    out_dir.mkdir(parents=True, exist_ok=True)
    reports = [ReportInfo(*row) for row in con.execute(_REPORTS_SQL).fetchall()]
    shas = dict(con.execute("SELECT report_id, sha256 FROM dim_report").fetchall())
    written = []
    for info in reports:
        try:
            raw = read_report(raw_dir / info.source_file)
        except (IngestError, OSError):
            continue
        if raw.sha256 != shas.get(info.report_id):
            continue  # the file changed since it was loaded; its next load writes the page
        observations = [
            PageObservation(*row) for row in con.execute(_OBSERVATIONS_SQL, [info.report_id]).fetchall()
        ]
        page = report_page(info, clean_report(raw.text, raw.kind), observations, "index.html")
        path = out_dir / page_name(info)
        write_atomic(path, page)
        written.append(path)
    index = out_dir / "index.html"
    write_atomic(index, index_page(reports, [f"../charts/{Path(c).name}" for c in chart_files]))
    keep = {p.name for p in written} | {"index.html"}
    for stale in out_dir.glob("*.html"):
        if stale.name not in keep:
            stale.unlink()  # the report left the warehouse
    return [*written, index]


_REPORTS_SQL = """
SELECT r.report_id, r.source_file, r.title, a.agency, r.report_year, r.report_type,
       count(o.metric_code) AS observations, count(o.metric_code) FILTER (WHERE o.core) AS core_observations,
       (SELECT count(*) FROM v_conflicts c WHERE c.source_file_a = r.source_file OR c.source_file_b = r.source_file)
FROM dim_report r
JOIN dim_agency a USING (agency_key)
LEFT JOIN v_observations o ON o.report_id = r.report_id
GROUP BY ALL
ORDER BY r.source_file
"""

_OBSERVATIONS_SQL = """
SELECT o.ordinal, o.metric_code, coalesce(m.name_zh, o.metric_code), o.domain, o.core, o.value, o.unit,
       o.qualifier, o.period, o.year, o.scope, o.yoy_pct, o.raw_start, o.raw_end
FROM v_observations o
JOIN dim_metric m USING (metric_code)
WHERE o.report_id = ?
ORDER BY o.ordinal
"""
