"""The analyst layer over the seeds: the trend views answer the issue's acceptance questions, and
every example query in the README runs."""

import re

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


@pytest.fixture
def con(seeds_warehouse):
    connection = duckdb.connect(str(seeds_warehouse), read_only=True)
    yield connection
    connection.close()


def readme_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_yuhang_litigation_has_2019_from_the_2020_report_2020_and_2023(con) -> None:
    years = [
        y
        for (y,) in con.execute(
            "SELECT year FROM v_litigation_trend WHERE agency = '杭州市余杭区市场监督管理局' ORDER BY year"
        ).fetchall()
    ]
    assert years == [2019, 2020, 2023]
    filled = con.execute(
        "SELECT DISTINCT c.source_period, r.report_year FROM v_trend_cells c JOIN dim_report r USING (source_file) "
        "WHERE c.agency = '杭州市余杭区市场监督管理局' AND c.domain = 'litigation' AND c.year = 2019"
    ).fetchall()
    assert filled == [("prior_year", 2020)]


def test_yuhang_2020_enforcement_is_the_years_total_not_a_campaigns(con) -> None:
    (cases,) = con.execute(
        "SELECT cases_filed FROM v_enforcement_trend WHERE agency = '杭州市余杭区市场监督管理局' AND year = 2020"
    ).fetchone()
    assert cases == 2205
    campaign = con.execute(
        "SELECT count(*) FROM v_observations WHERE metric_code = 'enforcement.cases_filed' AND value = 60 "
        "AND scope = 'subset' AND year = 2020"
    ).fetchone()[0]
    assert campaign == 1  # the campaign's figure is kept, as a subset, and stays out of the trend


def test_the_readme_has_five_example_questions() -> None:
    assert len(readme_blocks("sql")) == 5


@pytest.mark.parametrize("index", range(5))
def test_every_readme_query_runs_and_answers(con, index) -> None:
    query = readme_blocks("sql")[index]
    rows = con.execute(query).fetchall()
    assert rows, f"README query {index + 1} returned nothing over the seeds:\n{query}"


def test_the_readme_python_snippets_run(seeds_warehouse) -> None:
    snippets = [b for b in readme_blocks("python") if "duckdb.connect" in b]
    assert snippets
    for snippet in snippets:
        namespace: dict = {}
        exec(snippet.replace("warehouse/metrics.duckdb", str(seeds_warehouse)), namespace)
        if "trend" in namespace:
            assert namespace["trend"].height >= 1


def test_the_conflicts_view_shows_both_values_evidences_and_reports(con) -> None:
    row = con.execute(
        "SELECT value_a, value_b, evidence_a, evidence_b, source_file_a, source_file_b FROM v_conflicts "
        "WHERE metric_code = 'enforcement.criminal_referrals'"
    ).fetchone()
    assert row is not None and row[0] != row[1] and row[2] and row[3] and row[4] and row[5]
