"""HTML to plain text with a map back to the HTML source.

The standard library's `html.parser` reports where each tag and text run
starts, which is what keeping offsets needs; DOM parsers (lxml, selectolax)
drop source positions, so they cannot ground a figure in the raw file.
Tables become pipe rows (`| a | b |`) so the table reader handles them like
Markdown tables. A merged cell (rowspan, colspan) leaves an empty cell in every
grid position it covers beyond its first, so each row has a cell per column.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from pipeline.offsets import Edit

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "table",
        "caption",
        "blockquote",
        "pre",
        "hr",
        "dl",
        "dt",
        "dd",
        "form",
        "title",
        "address",
        "figure",
        "figcaption",
    ]
)
# Table sections (thead, tbody, tfoot) are not listed: a line break between them would split
# one table's rows into two tables.
_SKIP_CONTENT = frozenset({"script", "style", "noscript", "template", "head"})
_KEEP_IN_HEAD = frozenset({"title"})


# A list item's whole content one link: "<li><a href=…>运城市…查处价格违法案件312件</a></li>"
_LINK_ONLY_ITEM_RE = regex.compile(r"\s*<a\b[^>]*>[^<]{0,120}</a>\s*</li>", regex.I)
_EMPTY_CELL = " |"
_MAX_SPAN = 50


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or ""
    return min(int(value), _MAX_SPAN) if value.strip().isdigit() and int(value) > 0 else 1


class _TableGrid:
    """Where a table's rows stand: the next column, and the columns rows above still cover."""

    def __init__(self) -> None:
        self.column = 0
        self.covered: dict[int, int] = {}  # column -> rows it is still covered for

    def skip_covered(self) -> int:
        """Step over the columns a cell above covers; how many."""
        skipped = 0
        while self.covered.get(self.column, 0) > 0:
            self.covered[self.column] -= 1
            self.column += 1
            skipped += 1
        return skipped

    def place(self, colspan: int, rowspan: int) -> None:
        for c in range(self.column, self.column + colspan):
            if rowspan > 1:
                self.covered[c] = rowspan - 1
        self.column += colspan

    def rest_of_row(self) -> int:
        """Covered columns after the row's last cell; how many."""
        skipped = 0
        for c in sorted(c for c, rows in self.covered.items() if c >= self.column and rows > 0):
            self.covered[c] -= 1
            skipped += 1
        return skipped


class _Collector(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.edits: list[Edit] = []
        self.skip_depth = 0
        self.skip_tag: list[str] = []
        self.in_title = False
        self.grids: list[_TableGrid] = []
        self.colspans: list[int] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _tag_end(self, start: int) -> int:
        end = self.source.find(">", start)
        return len(self.source) if end < 0 else end + 1

    def _replace_tag(self, start: int, replacement: str) -> None:
        self.edits.append((start, self._tag_end(start), replacement))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        if tag in _SKIP_CONTENT and tag not in _KEEP_IN_HEAD:
            self.skip_tag.append(tag)
            self.skip_depth += 1
        if tag == "li" and _LINK_ONLY_ITEM_RE.match(self.source, self._tag_end(start)):
            # A list item that is one link (相关阅读, 上一篇, a site menu) names another page; its
            # headline's figures are that page's.
            self.skip_tag.append(tag)
            self.skip_depth += 1
        if tag == "title":
            self.in_title = True
            # The page title is a likely report title; give it a line of its own.
            self._replace_tag(start, "\n")
            return
        if tag == "table":
            self.grids.append(_TableGrid())
        if tag == "tr":
            if self.grids:
                self.grids[-1].column = 0
            self.colspans.clear()  # a cell left open (</td> may be omitted) ends with its row
            self._replace_tag(start, "\n|")
        elif tag in ("td", "th"):
            colspan = _span(attrs, "colspan")
            covered = 0
            if self.grids:
                covered = self.grids[-1].skip_covered()
                self.grids[-1].place(colspan, _span(attrs, "rowspan"))
            self.colspans.append(colspan)
            self._replace_tag(start, _EMPTY_CELL * covered + " ")
        elif tag in _BLOCK_TAGS:
            self._replace_tag(start, self._line_break())
        else:
            self._replace_tag(start, "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        self._replace_tag(start, self._line_break() if tag in _BLOCK_TAGS else "")

    def _line_break(self) -> str:
        """A block's line break, or nothing inside a table cell ("罚没款<br>（万元）"): a row stays
        on one line."""
        return "" if self.colspans else "\n"

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        if self.skip_tag and tag == self.skip_tag[-1]:
            self.skip_tag.pop()
            self.skip_depth -= 1
        if tag == "title":
            self.in_title = False
            self._replace_tag(start, "\n")
            return
        if tag == "table":
            self.colspans.clear()
            if self.grids:
                self.grids.pop()
        if tag in ("td", "th"):
            colspan = self.colspans.pop() if self.colspans else 1
            self._replace_tag(start, " |" + _EMPTY_CELL * (colspan - 1))
        elif tag == "tr":
            covered = self.grids[-1].rest_of_row() if self.grids else 0
            # The next <tr> starts a new line; a blank line would end the table.
            self._replace_tag(start, _EMPTY_CELL * covered)
        elif tag in _BLOCK_TAGS:
            self._replace_tag(start, self._line_break())
        else:
            self._replace_tag(start, "")

    def _drop(self, start: int, length: int) -> None:
        if length > 0:
            self.edits.append((start, start + length, ""))

    def handle_data(self, data: str) -> None:
        start = self._pos()
        if self.skip_depth and not self.in_title:
            self._drop(start, len(data))
            return
        # Source line breaks inside running text are spaces in HTML.
        for i, ch in enumerate(data):
            if ch in "\n\r\t":
                self.edits.append((start + i, start + i + 1, " "))

    def _entity(self, text: str) -> None:
        start = self._pos()
        length = len(text)
        if not self.source.startswith(text, start):
            return
        if self.skip_depth and not self.in_title:
            self._drop(start, length)
            return
        self.edits.append((start, start + length, html.unescape(text)))

    def handle_entityref(self, name: str) -> None:
        start = self._pos()
        semicolon = self.source.startswith(";", start + 1 + len(name))
        self._entity("&" + name + (";" if semicolon else ""))

    def handle_charref(self, name: str) -> None:
        start = self._pos()
        semicolon = self.source.startswith(";", start + 2 + len(name))
        self._entity("&#" + name + (";" if semicolon else ""))

    def _drop_construct(self, opener: str, closer: str) -> None:
        start = self._pos()
        end = self.source.find(closer, start + len(opener))
        end = len(self.source) if end < 0 else end + len(closer)
        self.edits.append((start, end, ""))

    def handle_comment(self, data: str) -> None:
        self._drop_construct("<!--", "-->")

    def handle_decl(self, decl: str) -> None:
        self._drop_construct("<!", ">")

    def handle_pi(self, data: str) -> None:
        self._drop_construct("<?", ">")

    def unknown_decl(self, data: str) -> None:
        self._drop_construct("<![", "]>")


def html_edits(source: str) -> list[Edit]:
    """Edits that turn HTML source into plain text (tags out, entities decoded, tables as pipes)."""
    collector = _Collector(source)
    collector.feed(source)
    collector.close()
    edits = sorted(set(collector.edits))
    merged: list[Edit] = []
    for start, end, replacement in edits:
        if merged and start < merged[-1][1]:
            continue  # a construct the parser reported twice; keep the first
        merged.append((start, end, replacement))
    return merged
