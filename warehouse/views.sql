-- Analyst views. Recreated after every load; see ../shared/warehouse_contract.md.

CREATE OR REPLACE VIEW v_observations AS
SELECT
    r.report_id,
    r.source_file,
    a.agency,
    a.province,
    a.city,
    a.district,
    r.report_year,
    r.report_type,
    m.metric_code,
    m.domain,
    f.value,
    f.unit,
    f.qualifier,
    p.period,
    p.year,
    f.yoy_pct,
    f.delta_pct_points,
    f.scope,
    s.section_path,
    f.evidence,
    f.raw_start,
    f.raw_end,
    f.rule,
    m.core,
    f.ordinal
FROM fact_observation f
JOIN dim_report  r ON r.report_key  = f.report_key
JOIN dim_agency  a ON a.agency_key  = f.agency_key
JOIN dim_metric  m ON m.metric_key  = f.metric_key
JOIN dim_period  p ON p.period_key  = f.period_key
JOIN dim_section s ON s.section_key = f.section_key;

-- Same metric, period, year and scope stated with two different values: within one
-- report (kind within_report), or a later report's prior-year figure against an earlier
-- report's own figure for that year (kind across_reports, same agency). Both rows are
-- kept in v_observations; this view pairs them so neither is silently picked. Core
-- metrics only: a code made up for uncatalogued figures lumps different things together.
CREATE OR REPLACE VIEW v_conflicts AS
WITH obs AS (
    SELECT agency, metric_code, year, period, scope, value, source_file, evidence, raw_start,
           CASE WHEN period = 'prior_year' THEN 'year' ELSE period END AS period_norm
    FROM v_observations
    WHERE core AND year IS NOT NULL AND period IN ('year', 'prior_year', 'half_year', 'quarter', 'month', 'to_date')
)
SELECT
    coalesce(a.agency, b.agency) AS agency, a.metric_code, a.year, a.period_norm AS period,
    a.value AS value_a, b.value AS value_b,
    a.source_file AS source_file_a, b.source_file AS source_file_b,
    a.evidence AS evidence_a, b.evidence AS evidence_b,
    a.scope,
    CASE WHEN a.source_file = b.source_file THEN 'within_report' ELSE 'across_reports' END AS kind
FROM obs a
JOIN obs b
  ON a.metric_code = b.metric_code AND a.year = b.year AND a.period_norm = b.period_norm
 AND a.scope = b.scope AND a.value <> b.value
 AND (
      (a.source_file = b.source_file AND a.period = b.period AND a.raw_start < b.raw_start)
   OR (a.source_file < b.source_file AND a.agency = b.agency)
 )
WHERE a.scope = 'total';

CREATE OR REPLACE VIEW v_metric_dictionary AS
SELECT
    m.metric_code, m.domain, m.name_zh, m.name_en, m.unit, m.description,
    COUNT(f.observation_key) AS observations,
    m.core, m.in_catalog
FROM dim_metric m
LEFT JOIN fact_observation f ON f.metric_key = m.metric_key
GROUP BY ALL
ORDER BY m.domain, m.metric_code;
