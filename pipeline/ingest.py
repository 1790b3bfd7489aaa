"""Ingest: find report files, decode them, fingerprint them.

A report's identity is its content: `report_id` is derived from the SHA-256 of
the raw bytes, so the same bytes always give the same id and any edit gives a
new one.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".md")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Encodings tried in order before falling back to detection. GB18030 is a
# superset of GBK and GB2312, so one attempt covers all three.
# UTF-8 keeps its BOM as U+FEFF so offsets match a plain `open(encoding="utf-8")`
# read of the same file; `clean` drops it.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class IngestError(Exception):
    """A file that cannot become a report; it is quarantined with this reason."""

    stage = "ingest"


@dataclass(frozen=True)
class RawFile:
    """A file seen in the raw folder, before it is read."""

    name: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class RawReport:
    """A decoded report, exactly as published."""

    report_id: str
    source_file: str
    sha256: str
    encoding: str
    size_bytes: int
    kind: str  # text, html or markdown
    text: str


def scan_folder(raw_dir: str | os.PathLike[str]) -> list[RawFile]:
    """Report files directly inside `raw_dir`, sorted by name (hidden files skipped)."""
    folder = Path(raw_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"raw folder not found: {folder}")
    files = []
    for entry in os.scandir(folder):
        name = entry.name
        if name.startswith(".") or not entry.is_file() or name.upper().startswith("README"):
            continue  # hidden files, folders and a README documenting the folder are not reports
        if not name.lower().endswith(SUPPORTED_SUFFIXES):
            continue
        stat = entry.stat()
        files.append(RawFile(name=name, path=Path(entry.path), size=stat.st_size, mtime_ns=stat.st_mtime_ns))
    return sorted(files, key=lambda f: f.name)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def report_id_for(sha256: str) -> str:
    """Stable report id: the first 16 hex digits of the content hash."""
    return sha256[:16]


def kind_for(name: str) -> str:
    lower = name.lower()
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith(".md"):
        return "markdown"
    return "text"


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > half * 0.2 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.2 and odd_nuls < half * 0.05:
        return "utf-16-be"
    # CJK text in UTF-16 has few NULs; a decode check decides.
    return None


def _is_plausible_text(text: str) -> bool:
    if not text.strip():
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= max(2, len(text) // 1000)


def _big5_rather_than_gb(data: bytes) -> tuple[str, str] | None:
    """Big5 bytes (a Traditional mirror) that also decode as GB18030, into rare characters and kana:
    when both decode, charset_normalizer's language coherence tells them apart."""
    try:
        data.decode("cp950")
    except UnicodeDecodeError:
        return None
    best = charset_normalizer.from_bytes(data, cp_isolation=["gb18030", "cp950", "big5"]).best()
    if best is None or best.encoding == "gb18030":
        return None
    text = str(best)
    return (text, best.encoding) if _is_plausible_text(text) else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes; returns (text, encoding) or raises IngestError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"byte-order mark says {encoding} but decoding failed: {exc}") from exc
    candidates = ["utf-8"]
    utf16 = _looks_like_utf16(data)
    if utf16:
        candidates.insert(0, utf16)
    candidates.append("gb18030")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _is_plausible_text(text):
            continue
        if encoding == "gb18030":
            return _big5_rather_than_gb(data) or (text, encoding)
        return text, encoding
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _is_plausible_text(text):
            return text, best.encoding
    raise IngestError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5, and no encoding could be detected")


def read_report(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> RawReport:
    """Read and decode one report file; raises IngestError for files to quarantine."""
    file_path = Path(path)
    size = file_path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"file is {size} bytes, over the {max_bytes}-byte limit")
    if size == 0:
        raise IngestError("file is empty")
    data = file_path.read_bytes()
    return report_from_bytes(file_path.name, data)


def report_from_bytes(name: str, data: bytes) -> RawReport:
    text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = sha256_hex(data)
    return RawReport(
        report_id=report_id_for(digest),
        source_file=name,
        sha256=digest,
        encoding=encoding,
        size_bytes=len(data),
        kind=kind_for(name),
        text=text,
    )
