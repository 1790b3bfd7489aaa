"""Fast paths agree with the slow ones they stand in for.

The extraction chain skips a regex scan when a cheap test (a substring, a character,
a window) proves it cannot match. These tests check each shortcut against the scan it
replaces, on every report of the seeds and dev corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import periods
from pipeline.clean import clean_report
from pipeline.ingest import read_report, scan_folder


@pytest.fixture(scope="module")
def clean_texts(seeds_dir: Path, dev_dir: Path) -> list[str]:
    texts = []
    for folder in (seeds_dir, dev_dir):
        for f in scan_folder(folder):
            raw = read_report(f.path)
            texts.append(clean_report(raw.text, raw.kind).text)
    return texts


def test_every_time_phrase_contains_one_of_its_words(clean_texts: list[str]) -> None:
    for kind, pattern, words in periods._MARKERS:
        for text in clean_texts:
            for m in pattern.finditer(text):
                assert any(word in m.group() for word in words), (kind, m.group())
