from __future__ import annotations

import codecs

import pytest

from pipeline.ingest import (
    IngestError,
    decode_bytes,
    read_report,
    report_from_bytes,
    report_id_for,
    scan_folder,
)

TEXT = "某某市市场监督管理局2023年工作总结\n全年查办案件1,204件，罚没款86.5万元。\n"
# A Traditional mirror saved as Big5: its bytes also decode as GB18030, into nonsense.
TRADITIONAL = (
    "某某市市場監督管理局2022年工作總結\n全年查辦各類案件4,862件，罰沒款8,963.4萬元，移送公安機關42件。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_decodes_the_encodings_reports_come_in(data: bytes, encoding: str) -> None:
    text, used = decode_bytes(data)
    assert text.lstrip("\ufeff") == TEXT
    assert used == encoding


def test_big5_is_not_read_as_gb18030() -> None:
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030") != TRADITIONAL  # both decode: the choice has to be made
    assert decode_bytes(data) == (TRADITIONAL, "big5")
    assert decode_bytes(TRADITIONAL.encode("gb18030")) == (TRADITIONAL, "gb18030")


def test_utf8_bom_is_kept_so_offsets_match_a_plain_utf8_read() -> None:
    text, _ = decode_bytes(codecs.BOM_UTF8 + "罚没款".encode())
    assert text == "\ufeff罚没款"


def test_undecodable_bytes_are_an_ingest_error() -> None:
    with pytest.raises(IngestError):
        decode_bytes(bytes(range(0, 32)) * 40)


def test_size_guard_and_empty_file(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(IngestError, match="limit"):
        read_report(big, max_bytes=100)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        read_report(empty)


def test_report_id_is_derived_from_content_only() -> None:
    a = report_from_bytes("a.txt", TEXT.encode())
    b = report_from_bytes("b.txt", TEXT.encode())
    c = report_from_bytes("a.txt", (TEXT + "。").encode())
    assert a.report_id == b.report_id == report_id_for(a.sha256) == a.sha256[:16]
    assert a.report_id != c.report_id


def test_windows_newlines_become_newlines_as_python_reads_them() -> None:
    report = report_from_bytes("a.txt", "第一行\r\n第二行\r\n".encode())
    assert report.text == "第一行\n第二行\n"


def test_scan_folder_lists_report_files_only(tmp_path) -> None:
    for name in ("b.txt", "a.html", "c.md", "notes.docx", ".hidden.txt", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [f.name for f in scan_folder(tmp_path)] == ["a.html", "b.txt", "c.md"]
