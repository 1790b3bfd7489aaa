"""Which extractor produced a report's rows: the catalog's version and a hash of the code.

A warehouse row carries this label, so a run after the rules changed loads again every report
an older extractor read, instead of keeping its stale rows beside the new ones' file hashes.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from pipeline.catalog import default_catalog

_PACKAGE = Path(__file__).resolve().parent


@cache
def code_fingerprint() -> str:
    """The first 12 hex digits of a hash over the package's modules and catalog file."""
    digest = hashlib.sha256()
    for path in sorted([*_PACKAGE.glob("*.py"), *_PACKAGE.glob("*.toml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extractor_label() -> str:
    return f"catalog {default_catalog().version} / code {code_fingerprint()}"
