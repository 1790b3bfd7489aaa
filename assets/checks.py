"""Asset checks: invalid rows never reach the warehouse, and the warehouse stays consistent."""

from typing import Any

import dagster as dg
import pandera.polars as pa

from assets.reports import observation_frame, report_observations
from pipeline.schemas import Observations


@dg.asset_check(
    asset=report_observations,
    blocking=True,
    description="Every observation passes the pandera `Observations` schema (blocks the load).",
)
def observations_match_schema(report_observations: dict[str, Any]) -> dg.AssetCheckResult:
    frame = observation_frame(report_observations)
    if frame.is_empty():
        return dg.AssetCheckResult(passed=True, metadata={"rows": 0})
    try:
        Observations.validate(frame, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as exc:
        return dg.AssetCheckResult(passed=False, metadata={"rows": frame.height, "error": str(exc)[:2000]})
    return dg.AssetCheckResult(passed=True, metadata={"rows": frame.height})
