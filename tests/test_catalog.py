from __future__ import annotations

import re
import tomllib

import pytest

from pipeline.catalog import CATALOG_PATH, Catalog, default_catalog
from pipeline.schemas import MetricCatalog
from tests.conftest import PROJECT_ROOT, SHARED


def test_catalog_codes_match_the_shared_catalog() -> None:
    # Codes defined in the catalog tables (the conventions text also names an example share code).
    shared = set(
        re.findall(
            r"^\| `((?:enforcement|complaints|litigation)\.[a-z_]+)` \|",
            (SHARED / "metric_catalog.md").read_text(encoding="utf-8"),
            re.M,
        )
    )
    ours = {m.code for m in default_catalog().metrics if m.core}
    assert ours == shared


def test_catalog_frame_is_valid() -> None:
    frame = MetricCatalog.validate(default_catalog().frame())
    assert frame.height == len(default_catalog().metrics)


def test_longest_cue_ending_at_the_figure_wins() -> None:
    catalog = default_catalog()
    cases = {
        "全局共查办各类案件": "enforcement.cases_filed",
        "一般程序案件": "enforcement.cases_general_procedure",
        "移送公安案件": "enforcement.criminal_referrals",
        "行政复议被纠错": "litigation.reconsideration_corrected",
        "行政诉讼已结案": "litigation.lawsuits_closed",
        "共受理消费者投诉举报咨询": "complaints.received_incl_inquiries",
        "处理特种设备类举报投诉": "complaints.special_equipment",
        "挽回经济损失": "complaints.losses_recovered_cny",
    }
    for words, code in cases.items():
        hit = catalog.cue_before(words)
        assert hit is not None and hit.metric.code == code, words


def test_a_component_cue_marks_a_subset() -> None:
    hit = default_catalog().cue_before("其中投诉")
    assert hit.metric.code == "complaints.received" and hit.subset


def test_trend_views_have_one_column_per_core_metric() -> None:
    sql = (PROJECT_ROOT / "warehouse" / "trends.sql").read_text(encoding="utf-8")
    for domain in ("enforcement", "complaints", "litigation"):
        view = sql.split(f"CREATE OR REPLACE VIEW v_{domain}_trend")[1].split(";")[0]
        columns = set(re.findall(rf"metric_code = '{domain}\.([a-z_]+)'", view))
        core = {m.code.split(".")[1] for m in default_catalog().metrics if m.core and m.domain == domain}
        assert columns == core, domain


def test_cues_start_and_end_with_known_characters() -> None:
    """A cue starting with a wildcard (e.g. [\\p{Han}]{1,10}类案件) would win by swallowing the words
    before it; one ending with a wildcard is tried after every figure. Neither is allowed."""
    import tomllib

    from pipeline.catalog import CATALOG_PATH
    from pipeline.cuechars import edge_chars

    data = tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    for entry in data["metric"]:
        for key in ("cues", "subset_cues", "weak_cues"):
            for pattern in entry.get(key, []):
                last, first = edge_chars(pattern)
                assert first is not None and last is not None, (entry["code"], pattern)


def test_edge_chars_reads_the_cue_language() -> None:
    from pipeline.cuechars import edge_chars

    assert edge_chars("查结(?:各类)?(?:违法)?(?:案件)?") == (frozenset("类件法结"), frozenset("查"))
    assert edge_chars("(?:受理|登记)?(?<!举报)投诉(?:量)?") == (frozenset("诉量"), frozenset("受登投"))
    assert edge_chars("移送[\\p{Han}]{0,6}案件") == (frozenset("件"), frozenset("移"))
    assert edge_chars("[\\p{Han}]{1,10}类案件")[1] is None


def test_headline_parts_must_name_catalog_metrics() -> None:
    data = tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    assert Catalog(data).headline_parts  # the shipped catalog has some, all known
    data["headline_parts"] = {"complaints.received_incl_inquiries": ["complaints.no_such_metric"]}
    with pytest.raises(ValueError, match="no_such_metric"):
        Catalog(data)
