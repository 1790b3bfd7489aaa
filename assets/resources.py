"""Configuration and storage, read in one place.

Defaults work from a fresh checkout (the project's `raw/` folder and
`warehouse/metrics.duckdb`); environment variables override them:
MR_RAW_DIR, MR_WAREHOUSE, MR_MAX_BYTES, MR_SETTLE_SECONDS.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.warehouse import WarehousePaths, paths_for

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETTLE_SECONDS = 2.0


class PipelineConfig(dg.ConfigurableResource):
    """Where reports come from and where the warehouse goes."""

    raw_dir: str
    warehouse_path: str
    max_bytes: int = DEFAULT_MAX_BYTES
    # A file modified more recently than this is still being written: the sensor waits a tick.
    settle_seconds: float = DEFAULT_SETTLE_SECONDS

    @classmethod
    def from_env(cls) -> PipelineConfig:
        return cls(
            raw_dir=os.environ.get("MR_RAW_DIR", str(PROJECT_ROOT / "raw")),
            warehouse_path=os.environ.get("MR_WAREHOUSE", str(PROJECT_ROOT / "warehouse" / "metrics.duckdb")),
            max_bytes=int(os.environ.get("MR_MAX_BYTES", DEFAULT_MAX_BYTES)),
            settle_seconds=float(os.environ.get("MR_SETTLE_SECONDS", DEFAULT_SETTLE_SECONDS)),
        )

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_dir).resolve()

    @property
    def paths(self) -> WarehousePaths:
        return paths_for(self.warehouse_path)

    @property
    def raw_index_path(self) -> Path:
        """The sensor's {file: [size, mtime_ns, sha256]} index, beside the warehouse's private state."""
        return self.paths.state_dir / "raw_index.json"


class StageStore(dg.ConfigurableIOManager):
    """Keeps each report's output of each stage as one pickle per partition.

    Partitioned assets take and return {partition_key: value} for every key of
    the run, so one run can carry thousands of reports (single-run backfill).
    """

    base_dir: str

    def _path(self, asset_key: dg.AssetKey, partition: str) -> Path:
        safe = partition.replace("/", "_")
        return Path(self.base_dir) / "_".join(asset_key.path) / f"{safe}.pkl"

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        if not context.has_asset_partitions or obj is None:
            return
        for key, value in obj.items():
            path = self._path(context.asset_key, key)
            path.parent.mkdir(parents=True, exist_ok=True)
            # A private temporary name: two overlapping runs may store the same partition.
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem[:40]}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def load_input(self, context: dg.InputContext) -> dict[str, Any]:
        out = {}
        for key in sorted(context.asset_partition_keys):
            with open(self._path(context.asset_key, key), "rb") as f:
                out[key] = pickle.load(f)
        return out

    def forget(self, asset_keys: list[dg.AssetKey], partitions: list[str]) -> None:
        """Delete stored outputs of retired partitions."""
        for asset_key in asset_keys:
            for partition in partitions:
                self._path(asset_key, partition).unlink(missing_ok=True)


def stage_store_for(config: PipelineConfig) -> StageStore:
    """The stage store that goes with a configuration (beside the warehouse's private state)."""
    return StageStore(base_dir=str(config.paths.stage_store))
