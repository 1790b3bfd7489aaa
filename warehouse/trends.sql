-- Trend views: one row per agency and year, one column per core metric of a domain,
-- from total-scope figures only (a campaign's count never stands in for the year's).
-- A year's own report wins; a later report's prior-year figure fills a year that no
-- report of its own states. v_trend_cells says which report and sentence each cell
-- came from. The metric columns follow the catalog's core metrics (a test checks).

CREATE OR REPLACE VIEW v_trend_cells AS
WITH candidates AS (
    SELECT agency, province, city, district, domain, metric_code, year, value, unit, period, source_file,
           evidence, report_year, ordinal,
           CASE WHEN period = 'year' AND year = report_year THEN 1 ELSE 2 END AS priority
    FROM v_observations
    WHERE scope = 'total' AND core AND agency IS NOT NULL AND year IS NOT NULL
      AND (period = 'year' OR (period = 'prior_year' AND report_year = year + 1))
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY agency, year, metric_code
        ORDER BY priority, abs(report_year - year), source_file, ordinal
    ) AS rank
    FROM candidates
)
SELECT agency, province, city, district, domain, metric_code, year, value, unit,
       period AS source_period, source_file, evidence
FROM ranked
WHERE rank = 1;

CREATE OR REPLACE VIEW v_enforcement_trend AS
SELECT
    agency, any_value(province) AS province, any_value(city) AS city, any_value(district) AS district, year,
    max(value) FILTER (WHERE metric_code = 'enforcement.cases_filed') AS cases_filed,
    max(value) FILTER (WHERE metric_code = 'enforcement.cases_general_procedure') AS cases_general_procedure,
    max(value) FILTER (WHERE metric_code = 'enforcement.cases_closed') AS cases_closed,
    max(value) FILTER (WHERE metric_code = 'enforcement.major_cases') AS major_cases,
    max(value) FILTER (WHERE metric_code = 'enforcement.fines_and_confiscations_cny') AS fines_and_confiscations_cny,
    max(value) FILTER (WHERE metric_code = 'enforcement.fines_cny') AS fines_cny,
    max(value) FILTER (WHERE metric_code = 'enforcement.criminal_referrals') AS criminal_referrals,
    max(value) FILTER (WHERE metric_code = 'enforcement.lenient_decisions') AS lenient_decisions,
    max(value) FILTER (WHERE metric_code = 'enforcement.lenient_amount_cny') AS lenient_amount_cny,
    max(value) FILTER (WHERE metric_code = 'enforcement.major_decisions_reviewed') AS major_decisions_reviewed,
    max(value) FILTER (WHERE metric_code = 'enforcement.case_files_reviewed') AS case_files_reviewed,
    max(value) FILTER (WHERE metric_code = 'enforcement.penalties_published') AS penalties_published,
    max(value) FILTER (WHERE metric_code = 'enforcement.penalties_published_rate') AS penalties_published_rate,
    max(value) FILTER (WHERE metric_code = 'enforcement.case_value_cny') AS case_value_cny,
    max(value) FILTER (WHERE metric_code = 'enforcement.typical_cases_publicized') AS typical_cases_publicized,
    string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_files
FROM v_trend_cells
WHERE domain = 'enforcement'
GROUP BY agency, year
ORDER BY agency, year;

CREATE OR REPLACE VIEW v_complaints_trend AS
SELECT
    agency, any_value(province) AS province, any_value(city) AS city, any_value(district) AS district, year,
    max(value) FILTER (WHERE metric_code = 'complaints.received') AS received,
    max(value) FILTER (WHERE metric_code = 'complaints.received_incl_inquiries') AS received_incl_inquiries,
    max(value) FILTER (WHERE metric_code = 'complaints.inquiries') AS inquiries,
    max(value) FILTER (WHERE metric_code = 'complaints.consumer_appeals') AS consumer_appeals,
    max(value) FILTER (WHERE metric_code = 'complaints.consumer_association_received') AS consumer_association_received,
    max(value) FILTER (WHERE metric_code = 'complaints.resolved') AS resolved,
    max(value) FILTER (WHERE metric_code = 'complaints.resolution_rate') AS resolution_rate,
    max(value) FILTER (WHERE metric_code = 'complaints.losses_recovered_cny') AS losses_recovered_cny,
    max(value) FILTER (WHERE metric_code = 'complaints.online_shopping') AS online_shopping,
    max(value) FILTER (WHERE metric_code = 'complaints.special_equipment') AS special_equipment,
    max(value) FILTER (WHERE metric_code = 'complaints.public_opinion_handled') AS public_opinion_handled,
    string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_files
FROM v_trend_cells
WHERE domain = 'complaints'
GROUP BY agency, year
ORDER BY agency, year;

CREATE OR REPLACE VIEW v_litigation_trend AS
SELECT
    agency, any_value(province) AS province, any_value(city) AS city, any_value(district) AS district, year,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_received') AS reconsideration_received,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_received') AS lawsuits_received,
    max(value) FILTER (WHERE metric_code = 'litigation.disputes_total') AS disputes_total,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_closed') AS reconsideration_closed,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_corrected') AS reconsideration_corrected,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_correction_rate') AS reconsideration_correction_rate,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_closed') AS lawsuits_closed,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_lost') AS lawsuits_lost,
    max(value) FILTER (WHERE metric_code = 'litigation.head_appearances') AS head_appearances,
    max(value) FILTER (WHERE metric_code = 'litigation.head_appearance_rate') AS head_appearance_rate,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_upheld') AS reconsideration_upheld,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_terminated') AS reconsideration_terminated,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_won') AS lawsuits_won,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_withdrawn') AS lawsuits_withdrawn,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_loss_rate') AS lawsuits_loss_rate,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_win_rate') AS lawsuits_win_rate,
    max(value) FILTER (WHERE metric_code = 'litigation.reconsideration_mediated') AS reconsideration_mediated,
    max(value) FILTER (WHERE metric_code = 'litigation.lawsuits_mediated') AS lawsuits_mediated,
    max(value) FILTER (WHERE metric_code = 'litigation.procuratorate_referrals') AS procuratorate_referrals,
    string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_files
FROM v_trend_cells
WHERE domain = 'litigation'
GROUP BY agency, year
ORDER BY agency, year;
