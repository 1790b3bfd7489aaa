"""Per-report dynamic partitions: one partition per version of a report file.

The key names the file and the start of its content hash, so a changed file
is a new partition (appended, hence contiguous with other new ones for a
single-run backfill) and the UI shows which file a partition is.
"""

from __future__ import annotations

import dagster as dg

REPORTS = dg.DynamicPartitionsDefinition(name="reports")
_HASH_CHARS = 12


def partition_key(source_file: str, sha256: str) -> str:
    """`<file name>@<first 12 hex digits of its SHA-256>`; the file name is kept exactly."""
    return f"{source_file}@{sha256[:_HASH_CHARS]}"


def file_of(key: str) -> str:
    """The file name a partition key refers to."""
    return key.rsplit("@", 1)[0]


def contiguous_ranges(all_keys: list[str], wanted: set[str]) -> list[tuple[str, str]]:
    """Runs of consecutive keys (in partition order) covering `wanted`: one run each, not one per key."""
    ranges: list[tuple[str, str]] = []
    start = previous = None
    for key in all_keys:
        if key in wanted:
            if start is None:
                start = key
            previous = key
        elif start is not None:
            ranges.append((start, previous))
            start = previous = None
    if start is not None:
        ranges.append((start, previous))
    return ranges
