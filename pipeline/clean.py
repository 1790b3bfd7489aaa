"""Clean: turn a published report into readable text, keeping the way back.

Passes, in order: HTML or Markdown markup out; widths and punctuation
normalised (length-preserving, so no map is needed); Traditional characters
to Simplified (OpenCC); pinyin glosses and stray tags out; web-page chrome and
page numbers out; repeated running titles out; sentences broken by PDF page
breaks joined; stray spaces inside numbers and between Chinese characters out.
Every pass that changes lengths adds an offset map, so any span of the clean
text maps back to the raw text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import opencc
import regex

from pipeline.htmltext import html_edits
from pipeline.offsets import Edit, TracedText

# Full-width ASCII (！ to ～) maps to half-width by a fixed offset; the ideographic
# space and no-break space become plain spaces; odd dashes become '-'. Chinese
# sentence punctuation (，。；：（）) is kept full-width: clause splitting keys on it.
_WIDTH_MAP = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_MAP.update({"\u3000": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": " "})
_WIDTH_MAP.update({"‐": "-", "‑": "-", "–": "-", "─": "—", "﹣": "-", "～": "~"})
for _full in "，；：（）！？":
    _WIDTH_MAP.pop(_full, None)
# Written as ranges less the kept marks: a class listing each of ~90 characters scans
# three times slower.
_WIDTH_CHARS_RE = regex.compile(
    r"(?V1)[[\uff01-\uff5e\u3000\xa0\u2002\u2003\u2009\u200b\u2010\u2011\u2013\u2500\ufe63]--[，；：（）！？]]+"
)

# ASCII punctuation used as Chinese punctuation becomes full-width, one pattern
# per mark so each replacement is a constant. e.g. "2020年,在" -> "2020年，在";
# "环节,30分钟" -> "环节，30分钟"; "说明:本表" -> "说明：本表"; but "1,204", "1,\n204" and
# "10:32" stay.
_ASCII_PUNCT_RES = tuple(
    (
        mark,
        regex.compile(
            rf"(?<=[\p{{Han}}\p{{P}}%\s]|^){regex.escape(mark)}(?=[\p{{Han}}\p{{Ps}}“‘《\s\d]|$)"
            rf"|(?<=\d){regex.escape(mark)}(?=[\p{{Han}}\p{{Ps}}“‘《\s]|$)"
            # but a thousands comma cut by a line break stays: "1,\n234件"
            + (r"(?<!\d{4},)(?!\s+\d{3}(?![\d.]))" if mark == "," else ""),
            regex.M,
        ),
        full,
    )
    for mark, full in ((",", "，"), (";", "；"), (":", "："), ("!", "！"), ("?", "？"))
)
# A '?' standing in for a lost middle dot between digits: "12?4" -> "12·4"
_LOST_DOT_RE = regex.compile(r"(?<=\d)[?？](?=\d)|(?<=[“\"])[?？](?=\p{Han})|(?<=\p{Han})[?？](?=\p{Han})")

# Inline pinyin gloss after a character: "監(jiān)管" -> "監管"
_PINYIN_RE = regex.compile(r"(?<=\p{Han})[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")
# Stray markup in text files: "<br>", "<span class=x>", "&nbsp;"
_TAG_RE = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")
_TEMPLATE_RE = regex.compile(r"\{\{[^{}\n]{0,40}\}\}|\{%[^%\n]{0,40}%\}")
_ENTITY_RE = regex.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|middot|#\d{2,5});")
_ENTITIES = {
    "&nbsp;": " ",
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&ldquo;": "“",
    "&rdquo;": "”",
    "&middot;": "·",
}

# Markdown markup: heading hashes, emphasis, block quotes.
# e.g. "## 一、总体情况" -> "一、总体情况"; "**罚没款**" -> "罚没款"
_MD_RE = regex.compile(r"^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?|\*\*|__(?=\S)|(?<=\S)__", regex.M)

# Bold markers a copied WeChat article keeps in plain text: "受理投诉 **3,452** 件"
_BOLD_RE = regex.compile(r"\*\*")

# Brackets a WeChat post sets around a figure to make it stand out: "立案查处各类案件：【612】件"
_FIGURE_BRACKETS_RE = regex.compile(r"【(?=[\d,.]+%?】)|】(?<=【[\d,.]+%?】)")

# Page furniture from PDF conversion: "- 2 -", "— 3 —", "第 2 页", "2/10"
_PAGE_NUMBER_RE = regex.compile(
    r"^[ \t]*(?:[-—–]+[ \t]*\d{1,4}[ \t]*[-—–]+|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*$",
    regex.M,
)

# Web-page chrome, matched against a whole line. Each alternative names a widget
# or metadata field, e.g. "当前位置：首页 > 新闻中心", "发布时间：2024-03-14 10:32 来源：…",
# "【打印本页】 【关闭窗口】", "上一篇：…", "网站标识码：6101000031", "心灵港湾 2024-02-07 浏览(36852)".
_CHROME_LINE_RE = regex.compile(
    r"^[ \t]*(?:"
    r"(?:您(?:现在|当前)?的|当前|所在|现在|当前所在)?位置[：:]"
    r"|(?:首页|网站首页)[ \t]*[|｜>»]"
    r"|(?:信息索引号|索引号|发布单位|发文机关|发布机构|责任部门|公开形式|公开时限|公开方式|公开范围|成文日期|主题分类"
    r"|发布日期|发布时间|信息来源|文章来源|来源|作者|编辑|责任编辑|审核|浏览次数|点击数|阅读数|字号|主办单位|承办单位"
    r"|协办单位|网站标识码|网站标识|技术支持|版权所有|联系人|联系电话|联系方式|地址|邮编|扫一扫|分享到|附件|附件下载"
    r"|相关文档|相关链接|相关附件|上一篇|下一篇|上一条|下一条)[ \t]*[：:]"
    r"|[【\[]?(?:字体|字号)[:：]?.{0,30}$"
    r"|.{0,40}(?:打印本页|关闭窗口|【关闭】|【打印】|关闭打印|收藏本页|返回顶部|置顶)"
    r"|.{0,30}\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?.{0,8}(?:浏览|阅读|点击)[（(]?\d*[)）]?"
    r"|文章目录.{0,6}"
    r"|[-–][ \t]*N[ \t]*\+"
    r"|附件下载|相关文档|相关链接|分享到.{0,20}"
    r"|（?\(?(?:来源|稿源)[：:].{0,40}[)）]?"
    r"|.{0,30}(?:ICP备|公网安备|网站标识码).*"
    r")[^\n]*$",
    regex.M,
)
# A navigation bar: three or more short items between separators, no sentence punctuation.
# e.g. "首页 | 机构概况 | 政务公开 | 新闻中心"
_TABLE_RULE_RE = regex.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_NAV_BAR_RE = regex.compile(
    # (a row of a table with pipes between its cells has a number among them: not a menu)
    r"^(?![^\n]*[|｜][ \t]*[-+]?\d[\d.,]*%?[ \t]*(?:[|｜]|$))"
    r"[ \t]*[^\s|｜。，；\d][^|｜。，；\n]{0,10}(?:[ \t]*[|｜][ \t]*[^|｜。，；\n]{1,10}){2,}[ \t]*$",
    regex.M,
)
# A repost header: "【本文转载自“X”微信公众号，原标题：《headline》】"; the headline is kept
# as plain text (not as a book title, whose figures are skipped).
_REPOST_RE = regex.compile(
    r"[【\[](?:本文)?(?:转载|转自)[^《】\]\n]{0,60}?(?:原标题|原题)[：:]?[ \t]*《|》[】\]]"
)
# Line-level whitespace: indentation, trailing spaces.
_EDGE_SPACE_RE = regex.compile(r"^[ \t]+|[ \t]+$", regex.M)
# Spaces that are layout, not content: between two Chinese characters or
# punctuation marks, and between a Chinese character and a digit.
# e.g. "共查办各类 案件 2205 件" -> "共查办各类案件2205件"
_INNER_SPACE_RE = regex.compile(
    r"(?<=[\p{Han}\p{P}\p{S}])[ \t]+(?=[\p{Han}\p{P}\p{S}\d])|(?<=[\d%])[ \t]+(?=[\p{Han}\p{P}])"
)
# Spaces splitting a short number before its unit: "1 5起" -> "15起", "2 7 6件" -> "276件",
# "1 2 6.3万元" -> "126.3万元", "3 218台" -> "3218台" (a run of at most four groups, not part of a longer run of numbers)
_SPLIT_NUMBER_RE = regex.compile(
    r"(?<=(?:^|[^\d.\s])\d{1,3}(?:[ \t]\d{1,3}){0,2})[ \t]"
    r"(?=(?:\d{1,3}[ \t]){0,2}\d{1,3}(?:\.\d+)?(?:余|多)?[件起宗例家户所人名位个项条次元万亿%卷批份篇部台套只辆张])"
)

_TERMINAL = "。！？；：:…”’）)】」』》"
_HEADING_START_RE = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]+[章节部分])"
)


_HAN_RUN_RE = regex.compile(r"\p{Han}+")
_SENTENCE_PUNCT_RE = regex.compile(r"[。，；]")
_CLAUSE_PUNCT_RE = regex.compile(r"[，。；、]")
_ANY_PUNCT_RE = regex.compile(r"[，。；、：！？]")
# A line, the line breaks after it, and (looked ahead) the next line.
_LINE_BREAKS_RE = regex.compile(r"([^\n]+)(\n[ \t]*)+(?=([^\n]+))")
# How the rest of a sentence cut by a page break can start: "况，区级…", "办案件326件", "（复议…"
_CONTINUATION_START_RE = regex.compile(r"[\p{Han}\d“《（(]")
# A line ending inside a thousands-grouped number ("…案件1,2" over "34件"): the number goes on below.
_CUT_NUMBER_END_RE = regex.compile(r"\d,(\d{1,2})$")
# …or at a group's end ("…投诉举报4," over "316件"), its comma made prose's by then
_CUT_AT_GROUP_END_RE = regex.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})*[，,]$")
_GROUP_START_RE = regex.compile(r"\d{3}(?![\d])")
_LEADING_DIGITS_RE = regex.compile(r"\d+")
# What a line that finishes a figure starts with: its unit, then the rest of the sentence.
_UNIT_START_RE = regex.compile(r"(?:余|多)?[件起宗例家户所人名位个项条次元万亿%卷批份篇部台套只辆张](?!\n)")


@dataclass(frozen=True)
class CleanReport:
    """Clean text of one report, with the map back to its raw text."""

    text: str
    traced: TracedText
    converted_from_traditional: bool

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.traced.raw_span(start, end)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# A full-width comma grouping full-width digits, as typeset (and OCR'd) reports print them:
# "３，２１８件" is 3,218 cases, not a list of 3 and 218.
_FULL_WIDTH_GROUP_RE = regex.compile(
    r"，(?<=(?:^|[^０-９])[０-９]{1,3}(?:，[０-９]{3})*，)(?=[０-９]{3}(?![０-９]))"
)


def _width_normalised(text: str) -> str:
    """Length-preserving normalisation of widths, spaces, dashes and ASCII punctuation."""
    text = _FULL_WIDTH_GROUP_RE.sub(",", text)
    text = _WIDTH_CHARS_RE.sub(lambda m: "".join(_WIDTH_MAP[ch] for ch in m.group()), text)
    text = text.replace("(", "（").replace(")", "）")
    for mark, pattern, full in _ASCII_PUNCT_RES:
        if mark in text:
            text = pattern.sub(full, text)
    return _LOST_DOT_RE.sub("·", text) if ("?" in text or "？" in text) else text


def _traditional_share(text: str) -> float:
    """Share of Chinese characters that OpenCC would change from Traditional to Simplified."""
    sample = "".join(_HAN_RUN_RE.findall(text, 0, 3000))
    if not sample:
        return 0.0
    converted = _t2s().convert(sample)
    if converted == sample:
        return 0.0
    if len(converted) != len(sample):
        return 1.0
    return sum(map(str.__ne__, sample, converted)) / len(sample)


def to_simplified(text: str) -> str:
    """Convert with OpenCC, keeping the length so offsets stay valid."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    lines = text.split("\n")
    out = []
    for line in lines:
        new = _t2s().convert(line)
        if len(new) != len(line):
            # Phrase rules changed the length: convert character by character.
            new = "".join(ch if len(c := _t2s().convert(ch)) != 1 else c for ch in line)
        out.append(new)
    return "\n".join(out)


def _regex_edits(pattern: regex.Pattern[str], text: str, replacement: str = "") -> list[Edit]:
    return [(m.start(), m.end(), replacement) for m in pattern.finditer(text)]


# Lines that may be chrome contain one of these; the full patterns run only on them.
_CHROME_HINT_RE = regex.compile(
    r"[：:|｜>»【\[{]|浏览|阅读|点击|打印|关闭|置顶|页|N|文章目录|附件|相关|分享|来源|ICP|标识码|^\s*[-—–]"
)


def _line_edits(text: str) -> list[Edit]:
    """Delete whole chrome lines, page numbers and navigation bars (with their newline)."""
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip() or line.startswith("|") or len(line) > 160 or not _CHROME_HINT_RE.search(line):
            continue
        end = min(pos, len(text))
        if _CHROME_LINE_RE.match(text, start, start + len(line)) or _PAGE_NUMBER_RE.match(
            text, start, start + len(line)
        ):
            edits.append((start, end, ""))
        elif _NAV_BAR_RE.match(text, start, start + len(line)) and not _TABLE_RULE_RE.match(text, end):
            edits.append((start, end, ""))  # a navigation bar, not the header of a table without outer pipes
    return edits


def _disjoint(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for edit in sorted(edits):
        if out and edit[0] < out[-1][1]:
            if edit[1] > out[-1][1]:
                out[-1] = (out[-1][0], edit[1], out[-1][2] + edit[2])
            continue
        out.append(edit)
    return out


# Cells of a table laid out with spaces (PDF text): tabs or runs of 2+ spaces, or single
# spaces between short tokens. e.g. "立案查处各类案件  件  2874  2516  14.2"
_CELL_GAP_RE = regex.compile(r"\t+|[ \u3000]{2,}| ")
_NUMERIC_TOKEN_RE = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
# A number cell, with the unit or the bound a table row may write in it: "1356件", "≥98%"
_NUMBER_CELL_RE = regex.compile(
    r"[≥≤><]?[-+]?\d[\d,]*(?:\.\d+)?(?:%|[万亿]?元|万?(?:件|起|宗|家|户|人次|人|名|批次|条|次|个|项))?"
)
_TABLE_UNFRIENDLY_RE = regex.compile(r"[。，；！？]")


def _space_table_edits(text: str) -> list[Edit]:
    """Rewrite a block of space-aligned table rows as pipe rows ("| a | b |"), which the
    segmenter reads as a table. Only blocks of 2+ lines with the same number (3+) of cells,
    no sentence punctuation, and numbers in most rows qualify."""
    edits: list[Edit] = []
    block: list[tuple[int, str, list[regex.Match[str]]]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        # a row with pipes between its cells is a pipe row already, however it is spaced
        gaps = list(_CELL_GAP_RE.finditer(line)) if line.strip() and "|" not in line else []
        if (
            gaps
            and not _TABLE_UNFRIENDLY_RE.search(line)
            and (len(gaps) >= 2 or _label_and_value(line, gaps))
        ):
            if (
                block
                and len(gaps) != len(block[-1][2])
                and not _header_over_corner(block, gaps)
                and not _total_row_under_an_index(block, line, gaps)
            ):
                edits.extend(_table_block_edits(block))
                block = []
            block.append((pos, line, gaps))
        else:
            edits.extend(_table_block_edits(block))
            block = []
        pos += len(line) + 1
    return edits


# A list of label-value lines under a caption giving their unit, as a web page flattens a ranking
# table: "（一）商品类投诉前十位（单位：件）" over "1.食品　2864" (one full-width space is a gap)
_UNIT_CAPTION_RE = regex.compile(
    r"[（(]单位[：:][ \t]*(?:万|亿)?(?:件|起|宗|家|户|人次|人|名|元|批次|条|次|个|项)[）)][：:]?[ \t]*$"
)
_CAPTIONED_ROW_RE = regex.compile(
    r"^[ \t]*(?:\d{1,2}[.．、][ \t]*)?\p{Han}[^|。，；！？\t\u3000]*?(?P<gap>\t+|[ \u3000]+)[-+]?\d[\d,]*(?:\.\d+)?%?[ \t]*$"
)


def _captioned_list_edits(text: str) -> list[Edit]:
    """Rewrite the label-value lines under a unit caption as a pipe table with a blank header,
    whose rows are kinds of what the caption counts."""
    edits: list[Edit] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if not _UNIT_CAPTION_RE.search(lines[i]):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and (m := _CAPTIONED_ROW_RE.match(lines[j])) is not None:
            rows.append((starts[j], lines[j], m))
            j += 1
        if len(rows) >= 2:
            for start, line, m in rows:
                # no header is given: a blank one over the first row
                edits.append((start, start, "|  |  |\n| " if start == rows[0][0] else "| "))
                edits.append((start + m.start("gap"), start + m.end("gap"), " | "))
                edits.append((start + len(line.rstrip()), start + len(line.rstrip()), " |"))
        i = max(j, i + 1)
    return edits


def _header_over_corner(block: list[tuple[int, str, list[regex.Match[str]]]], gaps: list) -> bool:
    """A header line without numbers, one cell short of the rows under it: its first column (the
    row labels) has no name. "结果维持  结果纠正  总计" over "行政复议  1  0  1"."""
    return len(block) == 1 and len(gaps) == len(block[0][2]) + 1 and not _NUMERIC_TOKEN_RE.search(block[0][1])


# A total row's label opening its line: "合计\t4,127\t…" (its blank index cell lost with the line's edge)
_TOTAL_ROW_START_RE = regex.compile(r"(?:合计|总计|小计|全[省市区县](?:合计|总计)?)(?=[ \t\u3000])")


def _total_row_under_an_index(
    block: list[tuple[int, str, list[regex.Match[str]]]], line: str, gaps: list
) -> bool:
    """A 合计 row one cell short of the rows above it, under a rank or index column it leaves blank:
    "1\t东昌府区局\t742…" over "\t合计\t4,127…", whose leading tab went with the line's edge."""
    return len(block) >= 2 and len(gaps) == len(block[-1][2]) - 1 and bool(_TOTAL_ROW_START_RE.match(line))


def _label_and_value(line: str, gaps: list[regex.Match[str]]) -> bool:
    """A row of a two-column table: a label, a wide gap, one value or a column's name
    ("公示行政执法信息（条）      3298", "项目      2025年")."""
    return len(gaps) == 1 and _WIDE_GAP_RE.fullmatch(gaps[0].group()) is not None


def _table_block_edits(block: list[tuple[int, str, list[regex.Match[str]]]]) -> list[Edit]:
    if len(block) < 2:
        return []
    if len(block[0][2]) == 1:
        if not _two_column_table(block):
            return []
    elif not _mostly_numeric_rows(block):
        return []
    edits: list[Edit] = []
    width = max(len(gaps) for _, _, gaps in block)
    for start, line, gaps in block:
        edits.append((start, start, "| " if len(gaps) == width else "|  | "))  # the empty corner
        edits.extend((start + g.start(), start + g.end(), " | ") for g in gaps)
        edits.append((start + len(line), start + len(line), " |"))
    return edits


def _mostly_numeric_rows(block: list[tuple[int, str, list[regex.Match[str]]]]) -> bool:
    numeric_rows = sum(
        sum(1 for cell in _CELL_GAP_RE.split(line) if _NUMBER_CELL_RE.fullmatch(cell)) >= 2
        for _, line, _ in block
    )
    body_rows = len(block) - 1  # the first line may be a header without numbers
    return numeric_rows >= max(1, (body_rows + 1) // 2)


def _two_column_table(block: list[tuple[int, str, list[regex.Match[str]]]]) -> bool:
    """Label | value rows under a header naming the value column ("项目      2025年"): the header
    keeps a list of contents ("一、总体情况      3") from reading as a table."""
    header, *rows = (_CELL_GAP_RE.split(line) for _, line, _ in block)
    return (
        len(rows) >= 2
        and _VALUE_COLUMN_NAME_RE.fullmatch(header[-1]) is not None
        and all(_NUMBER_CELL_RE.fullmatch(row[-1]) for row in rows)
    )


_VALUE_COLUMN_NAME_RE = regex.compile(r"(?:19|20)\d{2}年(?:度)?|本年(?:度)?|数量|数值|数据|合计|总计|件数")


# A table row under a header: a label, a wide gap, a number ending the line.
_TABLE_ROW_END_RE = regex.compile(r"\S(?:\t|[ \u3000]{2,})[-+]?\d[\d,.]*(?: \d{3})*%?[ \t]*$")
# A word printed letter-spaced, as scans and PDF headings set it: "合 计", "领 域", "全 年 共 立 案".
_SPACED_LETTERS_RE = regex.compile(r"(?<![^\s|])\p{Han}(?: \p{Han})+(?![^\s|])")
_WIDE_GAP_RE = regex.compile(r"\t|[ \u3000]{2,}")
# Pieces of a table row that a narrow PDF column pushed onto a line of their own
_LABEL_PIECE_RE = regex.compile(r"\p{Han}{2,8}")
_GROUP_LABEL_END = ("类", "业", "项", "计", "中")
# A number alone on its line: a table cell, never a phrase of prose
_LONE_NUMBER_RE = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")


def _letter_spacing_edits(text: str) -> list[Edit]:
    """Close up letter-spaced words, so the spaces inside them are not read as table gaps."""
    return [
        (m.start() + i, m.start() + i + 1, "")
        for m in _SPACED_LETTERS_RE.finditer(text)
        for i in range(1, len(m.group()), 2)
    ]


# A block of phrase-per-line text, as WeChat articles set it: short lines, no table cells, no
# bare numbers (a table flattened one cell per line), and at least one figure with its unit.
_FRAGMENT_LINE_MAX = 20  # a PDF's wrapped lines run longer, to the page's width
_NUMBERS_SIDE_BY_SIDE_RE = regex.compile(r"\d\s+[-+]?\d")  # a table row: "食品 4,318 5,126.4 61"
_FIGURE_WITH_UNIT_RE = regex.compile(r"\d[\d,.]*\s*(?:万|亿)?(?:件|起|宗|家|户|人|元|%|批次|条|次)")
_LINE_LEAD_SYMBOLS_RE = regex.compile(r"[\p{S}\s]*")
_JOINING_END = frozenset("，,、：:（(")


def _fragment_block_edits(text: str) -> list[Edit]:
    """Join the phrase-per-line blocks of a WeChat-style article into sentences: a line that
    names what the next line's number counts runs straight on ("受理投诉举报咨询" + "6,318 件"),
    other lines are clauses of one sentence ("，")."""
    edits: list[Edit] = []
    pos = 0
    for block in text.split("\n\n"):
        lines = block.rstrip("\n").split("\n")  # the text's last line break ends no line
        fragments = _is_fragment_block(lines) or _is_figure_over_label(lines)
        at = pos
        for line, following in pairwise(lines):
            at += len(line)
            if line and line[-1] not in _TERMINAL:
                if fragments:
                    run_on = line[-1] in _JOINING_END or _starts_with_number(following)
                    edits.append((at, at + 1, "" if run_on else "，"))
                elif _ends_prose_before_its_figure(line, following):
                    edits.append((at, at + 1, ""))
            at += 1
        pos += len(block) + 2
    return edits


def _is_fragment_block(lines: list[str]) -> bool:
    return (
        len(lines) >= 2
        and all(0 < len(line) <= _FRAGMENT_LINE_MAX for line in lines)
        and not any(
            line.startswith("|")
            or _LONE_NUMBER_RE.fullmatch(line)
            or _HEADING_START_RE.match(line)
            or _WIDE_GAP_RE.search(line)
            or _NUMBERS_SIDE_BY_SIDE_RE.search(line)
            for line in lines
        )
        and any(_FIGURE_WITH_UNIT_RE.search(line) for line in lines)
    )


def _is_figure_over_label(lines: list[str]) -> bool:
    """A card of two lines, its figure over its label: "99.6%" / "投诉举报办结率"."""
    return (
        len(lines) == 2
        and _LONE_FIGURE_LINE_RE.fullmatch(lines[0]) is not None  # with its unit: not a bare count
        and _LABEL_LINE_RE.fullmatch(lines[1]) is not None
    )


# A card joined into one line, its figure then its label: "126件，立案查处各类案件"
_CARD_LINE_RE = regex.compile(
    r"[\p{S}\s]*(?:近|约|超过|超|逾)?\s*\d[\d,.]*\s*[%\p{Han}]{0,3}[，,][\p{Han}“”]{2,16}"
)


def _starts_with_number(line: str) -> bool:
    """ "6,318 件", "近 1.6万件": a line that opens with a figure, a qualifier word allowed."""
    return bool(_FIGURE_FIRST_RE.match(line))


_FIGURE_FIRST_RE = regex.compile(r"[\p{S}\s]*(?:近|约|超过|超|逾)?\s*\d")
# A line holding one figure and nothing else: "53件", "✅ 218.4 万元"
_LONE_FIGURE_LINE_RE = regex.compile(
    r"[\p{S}\s]*(?:近|约|超过|超|逾|达|共)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?"
    r"(?:件|起|宗|家|户|人次|人|元|%|批次|条|次|个)[\p{S}\s]*"
)


def _ends_prose_before_its_figure(line: str, following: str) -> bool:
    """ "对轻微违法行为坚持首违不罚，全年依法不予处罚" + "53件": a sentence whose figure was set on a
    line of its own (not a table's label cell, which is short and has no clause break)."""
    return (
        _HAN_END_RE.search(line) is not None
        and ("，" in line or len(line) > _FRAGMENT_LINE_MAX)
        and _LONE_FIGURE_LINE_RE.fullmatch(following) is not None
    )


_HAN_END_RE = regex.compile(r"\p{Han}\Z")


def _wrapped_cell_edits(text: str) -> list[Edit]:
    """Put back table cells a narrow column wrapped onto a line of their own: a label's first
    characters above its row ("药品医疗器" over "械化妆品   348   405.18"), or a row's last number
    below it ("广告   219" over "96.72") when the rows around have one cell more."""
    if "  " not in text and "\t" not in text:
        return []  # no space-aligned rows at all
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    gaps = [len(_WIDE_GAP_RE.findall(line)) for line in lines]
    edits: list[Edit] = []
    for i in range(1, len(lines) - 1):
        above, line, below = lines[i - 1], lines[i], lines[i + 1]
        if (
            _LABEL_PIECE_RE.fullmatch(line)
            and not line.endswith(_GROUP_LABEL_END)
            and gaps[i - 1] >= 1
            and _TABLE_ROW_END_RE.search(below)
            and _TABLE_ROW_END_RE.search(above)
            and below[:1].isalpha()
        ):
            edits.append((starts[i + 1] - 1, starts[i + 1], ""))  # the label goes on below
        elif (
            _LONE_NUMBER_RE.fullmatch(line)
            and _TABLE_ROW_END_RE.search(above)
            and i >= 2
            and gaps[i - 1] + 1 == max(gaps[i - 2], gaps[i + 1])
        ):
            edits.append((starts[i] - 1, starts[i], "  "))  # the number ends the row above
    return edits


# A table of contents: "目录" on its own line, then its entries up to the next blank line
_CONTENTS_RE = regex.compile(r"^[ \t]*目[ \t　]*录[ \t]*\n(?:[^\n]*\S[^\n]*\n)+", regex.M)


def _contents_edits(text: str) -> list[Edit]:
    """Drop a table of contents: its entries are the headings below, and left in place they would
    stand as empty sections and make the real headings look like running titles."""
    return [(m.start(), m.end(), "") for m in _CONTENTS_RE.finditer(text)]


def _repeated_title_edits(text: str) -> list[Edit]:
    """Drop later copies of a heading-like line (a running title repeated mid-text), and the first
    copy too when the body has already begun above it: a running header, not the title. A line
    over a table row is the table's header, however often it repeats."""
    lines = text.split("\n")
    counts = Counter(line.strip() for line in lines)
    edits: list[Edit] = []
    seen: set[str] = set()
    body_begun = False
    pos = 0
    for i, line in enumerate(lines):
        key = line.strip()
        repeated = counts[key] > 1 and len(key) >= 10 and not key.startswith("|")
        if repeated and not _SENTENCE_PUNCT_RE.search(key) and not _heads_a_table(lines, i):
            if key in seen or body_begun:
                edits.append((pos, min(len(text), pos + len(line) + 1), ""))
            seen.add(key)
        body_begun = body_begun or _is_body_line(key)
        pos += len(line) + 1
    return edits


def _heads_a_table(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and bool(_TABLE_ROW_END_RE.search(lines[i + 1]))


def _is_body_line(line: str) -> bool:
    return len(line) >= 12 and bool(_CLAUSE_PUNCT_RE.search(line))


def _completes_cut_number(previous: str, following: str) -> bool:
    """ "1,2" then "34件": the digits below finish the three-digit group cut at the line's end."""
    cut = _CUT_NUMBER_END_RE.search(previous)
    rest = _LEADING_DIGITS_RE.match(following)
    return bool(cut and rest) and len(cut.group(1)) + len(rest.group()) == 3


def _opening_title(text: str, m: regex.Match[str], previous: str) -> bool:
    """A short line without sentence punctuation among the document's first lines, with a blank
    line under it: the title, whatever paragraph follows."""
    return (
        len(previous) <= 30
        and not _SENTENCE_PUNCT_RE.search(previous)
        and m.group().count("\n") >= 2
        and text.count("\n", 0, m.start()) < 6
    )


def _number_between_cut_lines(text: str, m: regex.Match[str], previous: str, following: str) -> bool:
    """A number wrapped onto a line of its own between its noun and its unit ("立案查处违法案件"
    / "1,862" / "件，已办结…"): both breaks go, the one above and the one below."""
    if _LONE_NUMBER_RE.fullmatch(following):
        below = text.find("\n", m.end())
        if below < 0:
            return False
        if _LABEL_LINE_RE.fullmatch(previous):  # a card: "立案查处各类案件" / "263" / "件"
            return bool(_UNIT_LINE_RE.match(text, below + 1))
        above_ok = bool(previous) and previous[-1] not in _TERMINAL and _is_body_line(previous)
        return above_ok and bool(_UNIT_START_RE.match(text, below + 1))
    if _LONE_NUMBER_RE.fullmatch(previous) and _UNIT_START_RE.match(following):
        above_end = text.rfind("\n", 0, m.start(1))
        above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : above_end].rstrip()
        return (
            above_end > 0
            and bool(above)
            and above[-1] not in _TERMINAL
            and (
                _is_body_line(above)
                # a card's unit alone on its line under its number, not a next label (予以公开/9/部分公开)
                or bool(_LABEL_LINE_RE.fullmatch(above) and _UNIT_LINE_RE.fullmatch(following))
            )
        )
    return False


# A card's label on a line of its own (an infographic's text, a poster): "罚没款", "万元以上大要案"
_LABEL_LINE_RE = regex.compile(r"[\p{Han}“”]{2,16}")
# A unit alone on its line, under a card's number
_UNIT_LINE_RE = regex.compile(r"(?:万|亿)?(?:件|起|宗|家|户|人次|人|元|批次|条|次|个|台)[ \t]*(?:\n|\Z)")
# A change on the line under its figure: "同比增长9.1%"
_CHANGE_LINE_RE = regex.compile(r"(?:同比|环比|较上年|比上年)[\p{Han}]{0,4}?\d[\d.]*%")
_ENDS_WITH_FIGURE_RE = regex.compile(
    r"\d[\d,.]*\s*(?:万|亿)?(?:件|起|宗|家|户|人次|人|元|批次|条|次|个|台)\Z"
)


def _card_join(text: str, m: regex.Match[str], previous: str, following: str) -> str | None:
    """An infographic card set one item per line: its label over its figure ("罚没款" / "187.5万元")
    runs on; a change under a figure ("…263件" / "同比增长9.1%") is a clause of its sentence. Only
    across a single line break, so a table flattened one cell per line (bare numbers) keeps its lines."""
    if text.count("\n", m.end(1), m.end()) != 1:
        return None
    if (
        _LABEL_LINE_RE.fullmatch(previous)
        and _LONE_FIGURE_LINE_RE.fullmatch(following)
        and not _figure_line_follows(text, m.end() + len(following))
    ):
        return ""  # (a table flattened one cell per line has more figures under the first)
    # the line above ends on a figure ("…263件") or is its unit alone ("件")
    ends_on_figure = _ENDS_WITH_FIGURE_RE.search(previous) or _UNIT_LINE_RE.fullmatch(previous)
    if ends_on_figure and _CHANGE_LINE_RE.fullmatch(following):
        return "，"
    return None


def _figure_line_follows(text: str, at: int) -> bool:
    """The line after the one ending at `at` is a lone number or figure."""
    start = text.find("\n", at)
    if start < 0:
        return False
    end = text.find("\n", start + 1)
    line = text[start + 1 : end if end >= 0 else len(text)].strip()
    return bool(_LONE_NUMBER_RE.fullmatch(line) or _LONE_FIGURE_LINE_RE.fullmatch(line))


def _page_break_edits(text: str) -> list[Edit]:
    """Join a paragraph cut by a page break: 'sentence cut mid-wo\\n\\nrd continues'."""
    edits: list[Edit] = []
    for m in _LINE_BREAKS_RE.finditer(text):
        previous, following = m.group(1).rstrip(), m.group(3).lstrip()
        if _completes_cut_number(previous, following):
            edits.append((m.end(1), m.end(), ""))
            continue
        if _CUT_AT_GROUP_END_RE.search(previous) and _GROUP_START_RE.match(following):
            # "…投诉举报4," over a page break, then "316件": the comma groups thousands
            edits.append((m.start(1) + len(previous) - 1, m.end(), ","))
            continue
        if _number_between_cut_lines(text, m, previous, following):
            edits.append((m.end(1), m.end(), ""))
            continue
        card = _card_join(text, m, previous, following)
        if card is not None:
            edits.append((m.end(1), m.end(), card))
            continue
        if _CARD_LINE_RE.fullmatch(previous) and text.count("\n", m.end(1), m.end()) > 1:
            continue  # a whole card ("126件，立案查处各类案件"), the next card below a blank line
        if not previous or previous[-1] in _TERMINAL or not _is_body_line(previous):
            continue
        if _opening_title(text, m, previous):
            continue  # a title with a list in it (“双随机、一公开”监管工作总结), not a cut sentence
        if _HEADING_START_RE.match(previous) and "。" not in previous:
            continue  # a heading line ends without punctuation by design
        if following.startswith("|") or _HEADING_START_RE.match(following):
            continue
        if not _CONTINUATION_START_RE.match(following):
            continue
        if (
            len(following) < 40
            and not _ANY_PUNCT_RE.search(following)
            and not _CUT_NUMBER_END_RE.search(following)
        ):
            continue  # a short unpunctuated line is a title, not the rest of a sentence
        edits.append((m.end(1), m.end(), ""))
    return edits


# An item and its value on lines of their own: "项目：新收行政复议案件\n数值：27件"
_ITEM_VALUE_PAIR_RE = regex.compile(
    r"^(?:统计项目|项目|指标名称|指标|事项)[：:][ \t]*(?P<label>[^\n：:]{1,40}?)[ \t]*"
    r"(?P<join>\n(?:[ \t]*\n)*(?:数值|数量|数据|统计值|值)[：:][ \t]*)(?=[^\n]*\d)",
    regex.M,
)


def _item_value_pair_edits(text: str) -> list[Edit]:
    """Join each item to its value as one labelled line ("新收行政复议案件：27件"), so the value's
    words name what it counts."""
    if "项目" not in text and "指标" not in text and "事项" not in text:
        return []
    edits: list[Edit] = []
    for m in _ITEM_VALUE_PAIR_RE.finditer(text):
        edits.append((m.start(), m.start("label"), ""))
        edits.append((m.end("label"), m.end("join"), "："))
    return edits


# An HTML table pasted into a Markdown or text file (a CMS export): read like an HTML page's.
_EMBEDDED_TABLE_RE = regex.compile(r"<table\b.*?</table\s*>", regex.S | regex.I)


def _embedded_table_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _EMBEDDED_TABLE_RE.finditer(text):
        edits.extend((m.start() + a, m.start() + b, new) for a, b, new in html_edits(m.group()))
    return edits


def clean_report(raw_text: str, kind: str = "text") -> CleanReport:
    """Clean a decoded report; `kind` is text, html or markdown."""
    traced = TracedText(raw_text)
    traced = traced.edit([(0, 1, "")] if raw_text.startswith("\ufeff") else [])
    if kind == "html":
        traced = traced.edit(html_edits(traced.text))
    else:
        traced = traced.edit(_embedded_table_edits(traced.text))
    traced = traced.then(_width_normalised(traced.text), None)
    converted = False
    if _traditional_share(traced.text) > 0.03:
        traced = traced.then(to_simplified(traced.text), None)
        converted = True
    if kind == "markdown":
        traced = traced.edit(_regex_edits(_MD_RE, traced.text))
    inline = _regex_edits(_PINYIN_RE, traced.text) + _regex_edits(_TEMPLATE_RE, traced.text)
    if kind == "text":
        inline += _regex_edits(_BOLD_RE, traced.text)
    if kind != "html":
        inline += _regex_edits(_TAG_RE, traced.text)
        inline += [
            (m.start(), m.end(), _ENTITIES.get(m.group(), "")) for m in _ENTITY_RE.finditer(traced.text)
        ]
    inline += _regex_edits(_REPOST_RE, traced.text)
    if "【" in traced.text:
        inline += _regex_edits(_FIGURE_BRACKETS_RE, traced.text)
    traced = traced.edit(_disjoint(inline))
    traced = traced.edit(_regex_edits(_EDGE_SPACE_RE, traced.text))
    traced = traced.edit(_line_edits(traced.text))
    traced = traced.edit(_item_value_pair_edits(traced.text))
    traced = traced.edit(_fragment_block_edits(traced.text))
    traced = traced.edit(_letter_spacing_edits(traced.text))
    traced = traced.edit(_wrapped_cell_edits(traced.text))
    traced = traced.edit(_space_table_edits(traced.text))
    traced = traced.edit(_captioned_list_edits(traced.text))
    traced = traced.edit(_contents_edits(traced.text))
    traced = traced.edit(_repeated_title_edits(traced.text))
    traced = traced.edit(_page_break_edits(traced.text))
    traced = traced.edit(_regex_edits(_INNER_SPACE_RE, traced.text))
    traced = traced.edit(_regex_edits(_SPLIT_NUMBER_RE, traced.text))
    return CleanReport(text=traced.text, traced=traced.flattened(), converted_from_traditional=converted)
