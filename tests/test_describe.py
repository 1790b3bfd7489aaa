from __future__ import annotations

import pytest

from pipeline.clean import clean_report
from pipeline.describe import agency_mentions, describe_report, parse_region


def _describe(raw: str):
    return describe_report(clean_report(raw), raw)


def test_title_line_gives_agency_year_type_and_region() -> None:
    meta = _describe("宁波市市场监督管理局2023年度法治政府建设情况报告\n\n2023年，我局……\n")
    assert meta.agency == "宁波市市场监督管理局"
    assert (meta.province, meta.city, meta.district, meta.level) == ("浙江省", "宁波市", None, "city")
    assert meta.report_year == 2023 and meta.report_type == "rule_of_law_annual" and meta.period == "year"


def test_gazetteer_resolves_districts_counties_and_development_zones() -> None:
    assert parse_region("方城县市场监督管理局") == ("河南省", "南阳市", "方城县")
    assert parse_region("杭州高新技术产业开发区(滨江)市场监督管理局")[2] == "滨江区"
    meta = _describe("德清县市场监督管理局2024年上半年工作总结\n\n今年以来，我局……\n")
    assert meta.level == "county" and meta.period == "half_year" and meta.report_type == "work_summary"


def test_agency_named_only_in_the_text_is_found_in_full() -> None:
    raw = "今年以来，区局认真工作。\n一、2024年度主要举措\n依据《温州市鹿城区市场监督管理局行政应诉工作规则》，我局……\n"
    meta = _describe(raw)
    assert meta.agency == "温州市鹿城区市场监督管理局"
    assert meta.title is None and meta.report_year == 2024


def test_no_agency_named_means_null_not_a_guess() -> None:
    meta = _describe("关于做好统计工作的说明\n\n各单位要按时报送数据。\n")
    assert meta.agency is None and meta.level is None


@pytest.mark.parametrize(
    ("title", "period", "month"),
    [
        ("某市2024年5月全市12315投诉举报咨询情况分析", "month", 5),
        ("某市市场监督管理局2024年第三季度投诉举报统计", "quarter", 9),
        ("关于2023年1—11月全市市场监管重点工作进展情况的通报", "to_date", 11),
        ("某区市场监督管理局2024年上半年工作总结", "half_year", 6),
        ("某市市场监督管理局2023年度工作总结", "year", None),
    ],
)
def test_period_the_document_covers(title: str, period: str, month: int | None) -> None:
    meta = _describe(title + "\n\n正文。\n")
    assert (meta.period, meta.period_month) == (period, month)


def test_publication_dates_and_repost_dates() -> None:
    meta = _describe(
        "某某博客 2024-02-07 浏览(3685)\n某市市场监督管理局2023年度法治政府建设工作报告\n正文。\n"
    )
    assert meta.published_date == "2024-02-07" and meta.report_year == 2023
    meta = _describe(
        "某市市场监督管理局2023年执法稽查工作总结\n正文。\n\n某市市场监督管理局\n2024年1月10日\n"
    )
    assert meta.published_date == "2024-01-10"


def test_agency_mentions_skip_bodies_without_a_place() -> None:
    assert agency_mentions("发布单位：市场监督管理局") == []
    assert [name for _, name in agency_mentions("来源：昆明市市场监督管理局")] == ["昆明市市场监督管理局"]


def test_seed_metadata_matches_the_gold(seeds_dir, dev_dir, gold_documents) -> None:
    from pipeline.ingest import read_report

    fields = ("agency", "province", "city", "district", "level", "report_year", "report_type", "title")
    for folder in (seeds_dir, dev_dir):
        for path in sorted(folder.glob("*.txt")):
            raw = read_report(path)
            meta = describe_report(clean_report(raw.text, raw.kind), raw.text)
            gold = gold_documents[path.name]
            got = {f: getattr(meta, f) for f in fields} | {"published": meta.published_date}
            want = {f: gold[f] for f in fields} | {"published": gold["published"]}
            assert got == want, path.name
