-- Star schema of the metrics warehouse (see ../shared/warehouse_contract.md).
-- Keys are derived from natural keys by a hash, so reloading gives the same keys.

CREATE TABLE IF NOT EXISTS dim_agency (
    agency_key   BIGINT PRIMARY KEY,
    agency       VARCHAR,           -- NULL when a report names no agency
    province     VARCHAR,
    city         VARCHAR,
    district     VARCHAR,
    level        VARCHAR            -- province, city, district, county
);

CREATE TABLE IF NOT EXISTS dim_report (
    report_key      BIGINT PRIMARY KEY,
    report_id       VARCHAR NOT NULL UNIQUE,  -- first 16 hex digits of the content hash
    source_file     VARCHAR NOT NULL UNIQUE,
    sha256          VARCHAR NOT NULL,
    title           VARCHAR,
    report_year     INTEGER,
    report_type     VARCHAR NOT NULL,
    published_date  DATE,
    agency_key      BIGINT NOT NULL,
    ingested_at     TIMESTAMP NOT NULL,
    encoding        VARCHAR,
    size_bytes      BIGINT,
    period          VARCHAR,                  -- the period the whole document covers
    extractor       VARCHAR                   -- catalog version and code version that produced the rows
);

CREATE TABLE IF NOT EXISTS dim_metric (
    metric_key   BIGINT PRIMARY KEY,
    metric_code  VARCHAR NOT NULL UNIQUE,
    domain       VARCHAR NOT NULL,
    name_zh      VARCHAR,
    name_en      VARCHAR,
    unit         VARCHAR,
    description  VARCHAR,
    core         BOOLEAN NOT NULL,            -- a scored catalog metric (enforcement, complaints, litigation)
    in_catalog   BOOLEAN NOT NULL             -- false for codes the extractor made up for uncatalogued figures
);

CREATE TABLE IF NOT EXISTS dim_period (
    period_key  BIGINT PRIMARY KEY,
    year        INTEGER,
    period      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_section (
    section_key   BIGINT PRIMARY KEY,
    report_key    BIGINT NOT NULL,
    section_path  VARCHAR NOT NULL,           -- '' for text before the first heading
    level         INTEGER NOT NULL,
    heading       VARCHAR NOT NULL,
    raw_start     INTEGER,
    raw_end       INTEGER
);

CREATE TABLE IF NOT EXISTS fact_observation (
    observation_key   BIGINT PRIMARY KEY,
    report_key        BIGINT NOT NULL,
    agency_key        BIGINT NOT NULL,
    metric_key        BIGINT NOT NULL,
    period_key        BIGINT NOT NULL,
    section_key       BIGINT NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,
    yoy_pct           DOUBLE,
    delta_pct_points  DOUBLE,
    scope             VARCHAR NOT NULL,
    raw_start         INTEGER NOT NULL,
    raw_end           INTEGER NOT NULL,
    evidence          VARCHAR NOT NULL,
    rule              VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL        -- reading order within the report
);

CREATE TABLE IF NOT EXISTS quarantine (
    source_file  VARCHAR NOT NULL,
    sha256       VARCHAR,
    stage        VARCHAR NOT NULL,
    error        VARCHAR NOT NULL,
    seen_at      TIMESTAMP NOT NULL
);
