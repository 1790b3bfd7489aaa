"""The raw folder as the sensor and the daily check see it, and what to do about it.

`scan` finds each report file's current version (its SHA-256). Hashing the
whole folder on every sensor tick would read every byte, so an index
{file: [size, mtime_ns, sha256]} kept beside the warehouse's private state
lets a tick re-hash only files whose size or modification time changed;
losing it costs one re-hash of the folder, nothing else.

`plan` compares the folder with the `reports` partitions the instance holds:
a new or changed file is a partition key not there yet (added at the end,
so a batch of them is one contiguous range, hence one run); a key whose file
is gone or has changed is retired.
"""

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from assets.partitions import file_of, partition_key
from pipeline.ingest import scan_folder

_INDEX_VERSION = 1


@dataclass(frozen=True)
class FolderScan:
    """The settled report files of the folder and their content hashes."""

    versions: dict[str, str]  # file name -> sha256
    pending: frozenset[str] = frozenset()  # seen, but still being written or unreadable: decide next tick
    hashed: int = 0  # files read and hashed by this scan
    index: dict[str, list] = field(default_factory=dict)  # the index to keep for the next scan

    def keys(self) -> dict[str, str]:
        """File name -> partition key of its current version."""
        return {name: partition_key(name, sha) for name, sha in self.versions.items()}


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def read_index(path: Path, raw_dir: Path) -> dict[str, list]:
    """The index left by the last scan of `raw_dir` ({} if missing, unreadable or of another folder)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("v") != _INDEX_VERSION or data.get("raw_dir") != str(raw_dir):
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def write_index(path: Path, raw_dir: Path, index: dict[str, list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    payload = {"v": _INDEX_VERSION, "raw_dir": str(raw_dir), "files": index}
    tmp.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def scan(
    raw_dir: Path,
    index: dict[str, list],
    settle_seconds: float = 0.0,
    deep: bool = False,
    now_ns: int | None = None,
) -> FolderScan:
    """Current version of every report file; `deep` re-hashes files the index says are unchanged."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    settle_ns = int(settle_seconds * 1e9)
    versions: dict[str, str] = {}
    pending: set[str] = set()
    new_index: dict[str, list] = {}
    hashed = 0
    for f in scan_folder(raw_dir):
        known = index.get(f.name)
        if not deep and known and known[0] == f.size and known[1] == f.mtime_ns:
            versions[f.name] = known[2]
            new_index[f.name] = known
            continue
        if now_ns - f.mtime_ns < settle_ns:
            pending.add(f.name)  # still being copied in
            continue
        try:
            sha = file_sha256(f.path)
        except OSError:
            pending.add(f.name)  # vanished or unreadable right now
            continue
        hashed += 1
        versions[f.name] = sha
        new_index[f.name] = [f.size, f.mtime_ns, sha]
    for name in pending:  # keep what we knew, so a file being rewritten is not taken for removed
        if name in index:
            new_index[name] = index[name]
    return FolderScan(versions, frozenset(pending), hashed, new_index)


@dataclass(frozen=True)
class Plan:
    """What a tick does to the `reports` partitions and which of them it loads."""

    add: list[str]  # new partition keys, in file-name order; they form the run's range
    retire: list[str]  # keys of removed files and of previous versions of changed files
    removed_files: list[str]  # files that left the folder (their warehouse rows must go)

    @property
    def changed(self) -> bool:
        return bool(self.add or self.retire)


def plan(folder: FolderScan, existing: list[str]) -> Plan:
    """Partition changes that make the instance's `reports` partitions mirror the folder."""
    current = folder.keys()
    have = set(existing)
    add = [key for _, key in sorted(current.items()) if key not in have]
    retire = [
        key for key in existing if file_of(key) not in folder.pending and current.get(file_of(key)) != key
    ]
    removed = sorted(
        {file_of(key) for key in retire} - set(current) - set(folder.pending),
    )
    return Plan(add=add, retire=retire, removed_files=removed)


def state_digest(keys: list[str] | set[str]) -> str:
    """A short fingerprint of a set of partition keys (the sensor's cursor, run keys)."""
    return hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:16]
