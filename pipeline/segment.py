"""Segment: the heading tree, paragraphs, sentences and tables of a clean report.

Headings are recognised by their numbering (一、 / （一） / 1、 1. / （1） and the
inline 一是…二是… items); a heading line often carries body text after its
first full stop, so the heading is the part before it and the whole line is
still a paragraph. Tables come in three shapes: pipe rows (Markdown, or HTML
converted by `clean`), and tables flattened to one cell per line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import polars as pl
import regex

from pipeline.clean import CleanReport

# Heading numbering, by level.
# e.g. "一、依法全面履行政府职能情况" (1), "（二）在战疫情中显担当。" (2), "3、大力弘扬宪法精神。" (3),
# "1.执法办案。" (3), "（1）总结推广…" (4)
_HEADING_RES = (
    (
        1,
        regex.compile(
            r"^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:部分|章|节)[ 、]?)"
        ),
    ),
    (2, regex.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    (3, regex.compile(r"^\d{1,2}[、．.](?![\d.])")),
    (4, regex.compile(r"^[（(]\d{1,2}[）)]")),
)
# Inline enumerations inside a paragraph: "一是全方位推行“网上办”。" "二是…" "（2）市局…"
_ITEM_RE = regex.compile(
    r"(?<=^|[。；;：:！？\s])(?:[一二三四五六七八九十]是(?=\p{Han}|“)|[（(]\d{1,2}[）)](?=\p{Han}))"
)
# Where a heading ends inside a line that goes on with body text.
_HEADING_END_RE = regex.compile(r"[。：；！？]")
# A sentence: up to a full stop, question or exclamation mark, or the end of the line.
_SENTENCE_RE = regex.compile(r"[^。！？\n]+[。！？]*|[。！？]+")
# A pipe-table row: "| 1月 | 24135 | 5318 |"
_PIPE_ROW_RE = regex.compile(r"^\|.*\|[ \t]*$")
_PIPE_RULE_RE = regex.compile(r"^\|?[ \t:|+-]*-{3,}[ \t:|+-]*$")
# A row of a plain-text table with pipes between its cells only: "新收行政复议案件  |   27   |   19"
_INNER_PIPE_ROW_RE = regex.compile(r"^[^|\n]*\S[^|\n]*(?:\|[^|\n]*){2,}$")
_MIN_INNER_PIPE_ROWS = 3
# A line that can be one cell of a flattened table: short, no clause punctuation, though a row
# label may open with 其中： ("其中：预付式消费", a part of the row above).
_CELL_LINE_RE = regex.compile(r"^(?:其中[：:])?[^。，；：！？]{1,24}$")
_NUMERIC_CELL_RE = regex.compile(r"^[-+]?[\d,.]+%?$")
_CAPTION_RE = regex.compile(r"^表\s*\d+")
# A note naming units on the line under a caption: "（…罚没款单位：万元）", "单位：万元"
_UNIT_NOTE_RE = regex.compile(
    r"^\s*(?:[（(][^（）()\n]{0,30}单位[^（）()\n]{0,20}[）)]|单位[：:]\s*\S{1,12})\s*$"
)
# Cells standing for "no figure": they fit a column of numbers or of words.
_PLACEHOLDER_CELLS = frozenset({"", "-", "—", "–", "/", "——", "--", "*"})
_DIGIT_RE = regex.compile(r"\d")
_HAN_RE = regex.compile(r"\p{Han}")
# Words around a cell's figures, more than a unit or a hedge: "党组会议研究法治工作5次"
_PROSE_CELL_RE = regex.compile(r"\p{Han}{3}")
# A column headed by its period: "2023年", "10月", "2024年3月", "1—10月累计", "前三季度" has no digit
_PERIOD_HEADER_RE = regex.compile(
    r"^(?:\d{4}\s*年度?|(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月份?(?:累计)?"
    r"|前\d{1,2}个?月(?:累计)?)$"
)
# A lower header cell naming a period relative to the report's: "去年同期", "本期"
_RELATIVE_PERIOD_HEADER_RE = regex.compile(
    r"^(?:本月|本季度|本期|本年|上月|上季度|上期|上年同期|去年同期|同期)$"
)
# A period spanning the columns of this period and the year before's: "1—9月累计", "9月当月"
_SPAN_OVER_RELATIVE_RE = regex.compile(
    r"^(?P<span>(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月份?(?:累计)?)(?:当月)?$"
)
_THIS_PERIOD_RE = regex.compile(r"^(?:本月|本季度|本期|本年|当月)$")
# A unit closing a header: "挽回经济损失（万元）" -> 万元 (the table reader uses it too)
HEADER_UNIT_RE = regex.compile(r"[（(]\s*(?P<unit>[^（）()]{1,6})\s*[）)]\s*$")


@dataclass(slots=True)
class Section:
    section_id: int
    level: int
    heading: str
    path: str
    start: int  # clean offset of the heading
    end: int


@dataclass(slots=True)
class Sentence:
    sentence_id: int
    paragraph_id: int
    section_id: int
    start: int
    end: int
    text: str
    item: str = ""  # the inline 一是/二是 item this sentence belongs to, if any


@dataclass(slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Table:
    table_id: int
    section_id: int
    caption: str
    start: int
    end: int
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(slots=True)
class Paragraph:
    paragraph_id: int
    section_id: int
    start: int
    end: int


@dataclass
class Segmentation:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def section(self, section_id: int) -> Section:
        return self.sections[section_id]


ROOT = Section(section_id=0, level=0, heading="", path="", start=0, end=0)


def heading_level(line: str) -> int:
    line = _without_figure_mark(line)
    if _SUCCESSIVE_PERIODS_RE.match(line):
        return 0
    for level, pattern in _HEADING_RES:
        if pattern.match(line):
            return level
    return 0


# A sentence opening on two successive quarters or months, not a heading numbered 二:
# "二、三季度案件量明显高于一季度", "一、二月份受理…" (but "一、一季度工作情况" is a heading).
_SUCCESSIVE_PERIODS_RE = regex.compile(
    r"^(?:一、二|二、三|三、四|四、五|五、六|六、七|七、八|八、九|九、十)(?:季度|月)"
)
# The mark an infographic's text puts before each panel: "[图] 第三部分　消费维权"
_FIGURE_MARK_RE = regex.compile(r"^[\[【](?:图|图片|配图)\d{0,2}[\]】]\s*")


def _without_figure_mark(line: str) -> str:
    return _FIGURE_MARK_RE.sub("", line, count=1) if line[:1] in "[【" else line


def heading_words(heading: str) -> str:
    """A heading without its number: "（一）按投诉性质分析" -> "按投诉性质分析"."""
    heading = _without_figure_mark(heading)
    for _, pattern in _HEADING_RES:
        m = pattern.match(heading)
        if m:
            return heading[m.end() :].lstrip()
    return heading


def heading_text(line: str) -> str:
    """The heading part of a line that may continue with body text."""
    m = _HEADING_END_RE.search(line)
    if m and m.start() <= 60:
        return line[: m.start()]
    if len(line) <= 60:
        return line
    comma = line.find("，")
    return line[: comma if 0 < comma <= 60 else 60]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _split_cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    cells = []
    line = text[start:end]
    parts = line.split("|")
    offset = start
    for i, part in enumerate(parts):
        if 0 < i < len(parts) - 1 or (i == 0 and part.strip()) or (i == len(parts) - 1 and part.strip()):
            stripped = part.strip()
            lead = len(part) - len(part.lstrip())
            cell_start = offset + lead
            cells.append(Cell(stripped, cell_start, cell_start + len(stripped)))
        offset += len(part) + 1
    return tuple(cells)


def _pipe_table(
    text: str, rows: list[tuple[int, int]], table_id: int, section_id: int, caption: str
) -> Table:
    cells = [_split_cells(text, s, e) for s, e in rows if not _PIPE_RULE_RE.match(text[s:e])]
    header, body = cells[0], cells[1:]
    if body and _continues_header(header, body[0]):
        header, body = _merged_header(header, body[0]), body[1:]
    return Table(table_id, section_id, caption, rows[0][0], rows[-1][1], header, tuple(body))


def _continues_header(header: tuple[Cell, ...], row: tuple[Cell, ...]) -> bool:
    """A second header row under merged cells: as wide as the first, no figures (a year or month
    naming a column is not one), and blank where a cell of the first row spans it
    (| 受理量（件） | | | over | 投诉 | 举报 | 咨询 |, | 数量 | | over | 2023年 | 2022年 |)."""
    if len(row) != len(header) or any(
        _DIGIT_RE.search(c.text) and not _PERIOD_HEADER_RE.match(c.text.strip()) for c in row
    ):
        return False
    spans = any(not c.text.strip() for c in row) and any(not c.text.strip() for c in header[1:])
    return (spans and any(c.text.strip() for c in row)) or _repeats_a_spanning_header(header, row)


def _repeats_a_spanning_header(header: tuple[Cell, ...], row: tuple[Cell, ...]) -> bool:
    """Merged cells written out in full, as a markdown export does: | 项目 | 2025年 | 2025年 | over
    | 项目 | 立案（件） | 罚没款（万元） | (the corner repeated, a period over each pair)."""
    tops = [c.text.strip() for c in header[1:]]
    return (
        row[0].text.strip() == header[0].text.strip() != ""
        and len(set(tops)) < len(tops)
        and all(c.text.strip() for c in row[1:])
    )


_SUBTOTAL_NAMES = frozenset({"小计", "合计", "总计"})


def _merged_header(top: tuple[Cell, ...], below: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """One header from two rows: a spanning cell's words over each column it spans, the lower
    cell naming the column and the upper one's unit kept ("案件数（件）" over "立案" -> "立案（件）")."""
    merged = []
    above = ""
    for upper, lower in zip(top, below, strict=True):
        above = upper.text.strip() or above  # a blank upper cell is covered by the one to its left
        name = lower.text.strip()
        if not name:
            merged.append(Cell(above, upper.start, upper.end))
            continue
        unit = HEADER_UNIT_RE.search(above)
        if name == above:
            pass  # the corner written twice: | 项目 | over | 项目 |
        elif name in _SUBTOTAL_NAMES:
            name = above[: unit.start()] if unit else above  # "案件数（件）" over "小计": all the cases
        elif _RELATIVE_PERIOD_HEADER_RE.match(name) and (span := _SPAN_OVER_RELATIVE_RE.match(above)):
            # "1—9月累计" over "本年" | "上年同期", "9月当月" over "本月" | "上年同月": this period,
            # or the same part of the year before
            name = span.group("span") if _THIS_PERIOD_RE.match(name) else name
        elif _PERIOD_HEADER_RE.match(name) or _RELATIVE_PERIOD_HEADER_RE.match(name):
            # "案件数（件）" over "2025年1-11月" | "去年同期": the period of the upper cell's metric
            name += above[: unit.start()] if unit else above
        elif _PERIOD_HEADER_RE.match(above) or _RELATIVE_PERIOD_HEADER_RE.match(above):
            name = above + name  # "2025年" over "立案（件）": the metric of that period
        merged.append(Cell(name + (unit.group() if unit else ""), lower.start, lower.end))
    return tuple(merged)


def _flat_table(
    text: str, lines: list[tuple[int, int]], table_id: int, section_id: int, caption: str
) -> Table | None:
    """A table flattened to one cell per line: header cells, then rows of the same width."""
    values = [text[s:e].strip() for s, e in lines]
    width = _header_width(values)
    if width < 2 or len(values) < width * 2 or (len(values) - width) % width:
        return None
    body = values[width:]
    rows = [body[i : i + width] for i in range(0, len(body), width)]
    numeric_columns = sum(all(_NUMERIC_CELL_RE.match(row[c]) for row in rows) for c in range(width))
    if numeric_columns == 0:
        return None
    cells = [Cell(values[i], lines[i][0], lines[i][1]) for i in range(len(values))]
    header = tuple(cells[:width])
    grid = tuple(tuple(cells[width + r * width : width + (r + 1) * width]) for r in range(len(rows)))
    return Table(table_id, section_id, caption, lines[0][0], lines[-1][1], header, grid)


def _header_width(values: list[str]) -> int:
    """How many cells the header has: the leading cells without digits, or one or two fewer when
    the last of them are the first row's label and unit ("季度 | 立案数 | 罚没款 || 一季度 | 86 |
    112.4 || 二季度 | …", "指标 | 单位 | 10月 || 新登记经营主体 | 户 | 1862"), which only the
    narrower reading lays out in columns of one kind each."""
    width = 0
    # A column may be headed by its year or month ("项目 | 2023年 | 2022年 | 增减%")
    while width < len(values) and (
        not _DIGIT_RE.search(values[width]) or (width and _PERIOD_HEADER_RE.match(values[width]))
    ):
        width += 1
    for candidate in (width, width - 1, width - 2):
        fits = candidate >= 2 and len(values) >= candidate * 2 and not (len(values) - candidate) % candidate
        if fits and _columns_of_one_kind(values[candidate:], candidate):
            return candidate
    return width


def _columns_of_one_kind(body: list[str], width: int) -> bool:
    """Every column all numbers or all words (blank and dash placeholders fit either)."""
    for c in range(width):
        kinds = {bool(_NUMERIC_CELL_RE.match(v)) for v in body[c::width] if v not in _PLACEHOLDER_CELLS}
        if len(kinds) > 1:
            return False
    return True


def segment_report(clean: CleanReport) -> Segmentation:
    """Sections, paragraphs, sentences and tables of a clean report."""
    text = clean.text
    seg = Segmentation(sections=[ROOT])
    stack: list[Section] = [ROOT]
    lines = [(s, e) for s, e in _lines(text)]
    caption = ""
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip():
            i += 1
            continue
        j = _pipe_rows_end(text, lines, i)
        if j > i:
            seg.tables.append(_pipe_table(text, lines[i:j], len(seg.tables), stack[-1].section_id, caption))
            _add_prose_cells(seg, text, seg.tables[-1])
            caption = ""
            i = j
            continue
        table = _maybe_flat_table(text, lines, i, seg, stack[-1].section_id, caption)
        if table is not None:
            seg.tables.append(table[0])
            _add_prose_cells(seg, text, table[0])
            caption = ""
            i = table[1]
            continue
        level = heading_level(line)
        if level:
            while stack[-1].level >= level:
                stack.pop()
            heading = heading_text(line)
            path = " > ".join([*(s.heading for s in stack[1:]), heading])
            section = Section(len(seg.sections), level, heading, path, start, start + len(heading))
            seg.sections.append(section)
            stack.append(section)
        if _CAPTION_RE.match(line):
            caption = line
        elif caption and _UNIT_NOTE_RE.match(line):
            caption += line  # "（数据截至6月30日，罚没款单位：万元）" under the caption: its units
        _add_paragraph(seg, text, start, end, stack[-1].section_id)
        i += 1
    return seg


def _pipe_rows_end(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """The end of the block of pipe rows starting at line `i`, `i` when none starts there: rows
    with outer pipes, or plain-text rows with pipes between cells only (and rules of dashes and
    plus signs), each with as many pipes as the first."""
    first = text[lines[i][0] : lines[i][1]]
    if "|" not in first:
        return i
    if _PIPE_ROW_RE.match(first):
        j = i
        while j < len(lines) and _PIPE_ROW_RE.match(text[lines[j][0] : lines[j][1]]):
            j += 1
        return j
    if not _INNER_PIPE_ROW_RE.match(first) or _PIPE_RULE_RE.match(first):
        return i
    pipes = first.count("|")
    j, rows = i, 0
    while j < len(lines):
        line = text[lines[j][0] : lines[j][1]]
        if _PIPE_RULE_RE.match(line):
            j += 1
            continue
        if line.count("|") != pipes or not _INNER_PIPE_ROW_RE.match(line):
            break
        rows += 1
        j += 1
    return j if rows >= _MIN_INNER_PIPE_ROWS else i


def _maybe_flat_table(
    text: str, lines: list[tuple[int, int]], i: int, seg: Segmentation, section_id: int, caption: str
) -> tuple[Table, int] | None:
    j = i
    block: list[tuple[int, int]] = []
    while j < len(lines):
        s, e = lines[j]
        line = text[s:e].strip()
        if not line and len(block) >= 6:
            # Blank lines left where a page break cut the table: it goes on if cells follow.
            k = j
            while k < len(lines) and not text[lines[k][0] : lines[k][1]].strip():
                k += 1
            if k < len(lines) and _is_cell_line(text[lines[k][0] : lines[k][1]].strip()):
                j = k
                continue
        if not line or not _is_cell_line(line):
            break
        block.append((s, e))
        j += 1
    if len(block) < 6:
        return None
    table = _flat_table(text, block, len(seg.tables), section_id, caption)
    return None if table is None else (table, j)


def _is_cell_line(line: str) -> bool:
    return bool(_CELL_LINE_RE.match(line)) and not heading_level(line) and not _CAPTION_RE.match(line)


def _add_paragraph(seg: Segmentation, text: str, start: int, end: int, section_id: int) -> None:
    paragraph_id = len(seg.paragraphs)
    seg.paragraphs.append(Paragraph(paragraph_id, section_id, start, end))
    line = text[start:end]
    # Each sentence belongs to the last numbered item opened at or before it.
    item_starts = [m.start() for m in _ITEM_RE.finditer(line)]
    item_names: dict[int, str] = {}
    for m in _SENTENCE_RE.finditer(line):
        sentence_text = m.group()
        if not sentence_text.strip():
            continue
        at = bisect_right(item_starts, m.start()) - 1
        if at >= 0 and at not in item_names:
            opened = start + item_starts[at]
            item_names[at] = heading_text(text[opened : opened + 40])
        item = item_names.get(at, "")
        seg.sentences.append(
            Sentence(
                sentence_id=len(seg.sentences),
                paragraph_id=paragraph_id,
                section_id=section_id,
                start=start + m.start(),
                end=start + m.end(),
                text=sentence_text,
                item=item,
            )
        )


def _add_prose_cells(seg: Segmentation, text: str, table: Table) -> None:
    """A cell after its row's label that is words with figures in them ("立案1286件，罚没款
    2043.6万元" under 佐证材料) is read as a paragraph of its own: the table reader takes a cell
    that is one number."""
    for row in table.rows:
        label = next((k for k, c in enumerate(row) if _HAN_RE.search(c.text)), len(row))
        for cell in row[label + 1 :]:
            if _PROSE_CELL_RE.search(cell.text) and _DIGIT_RE.search(cell.text):
                _add_paragraph(seg, text, cell.start, cell.start + len(cell.text), table.section_id)


def sections_frame(seg: Segmentation, clean: CleanReport, report_id: str) -> pl.DataFrame:
    """The `Sections` frame: one row per heading, with raw offsets."""
    rows = []
    for s in seg.sections[1:]:
        raw_start, raw_end = clean.raw_span(s.start, s.end)
        rows.append(
            {
                "report_id": report_id,
                "section_id": s.section_id,
                "level": s.level,
                "heading": s.heading,
                "section_path": s.path,
                "raw_start": raw_start,
                "raw_end": raw_end,
            }
        )
    return pl.DataFrame(
        rows,
        schema={
            "report_id": pl.String,
            "section_id": pl.Int64,
            "level": pl.Int64,
            "heading": pl.String,
            "section_path": pl.String,
            "raw_start": pl.Int64,
            "raw_end": pl.Int64,
        },
    )
