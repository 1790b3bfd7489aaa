"""Shared test fixtures: where the test corpus lives (read at run time, never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "dev"
GOLD = SHARED / "gold"
RAW = PROJECT_ROOT / "raw"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"test corpus missing: {path} (../shared must sit beside the checkout)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _require(SEEDS)


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return _require(DEV)


@pytest.fixture(scope="session")
def gold_documents() -> dict[str, dict]:
    docs = {}
    for name in ("documents.jsonl", "dev_documents.jsonl"):
        for line in _require(GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs[row["doc"]] = row
    return docs
