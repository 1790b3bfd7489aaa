"""Offset maps: every derived text can point back to the text it came from.

Cleaning rewrites a report in several passes (HTML to text, chrome removal,
PDF line-break repair, ...). Each pass that changes lengths returns an
`OffsetMap`; a `TracedText` keeps the chain so a span of the final clean text
maps back to the exact raw characters.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise map from positions in a derived text to its source text.

    Segment i covers derived[d_starts[i] : d_starts[i] + d_lens[i]] and came
    from source[s_starts[i] : s_starts[i] + s_lens[i]]. Copied segments map
    character by character; replaced segments map as a block.
    """

    d_starts: tuple[int, ...]
    s_starts: tuple[int, ...]
    d_lens: tuple[int, ...]
    s_lens: tuple[int, ...]
    copied: tuple[bool, ...]
    source_len: int

    def _segment(self, pos: int) -> int:
        return max(0, bisect_right(self.d_starts, pos) - 1)

    def to_source(self, pos: int) -> int:
        """Source position of the derived character at `pos`."""
        if not self.d_starts:
            return min(pos, self.source_len)
        i = self._segment(pos)
        offset = pos - self.d_starts[i]
        if self.copied[i]:
            return self.s_starts[i] + min(offset, self.s_lens[i])
        if offset >= self.d_lens[i]:
            return self.s_starts[i] + self.s_lens[i]
        return self.s_starts[i]

    def to_source_end(self, end: int) -> int:
        """Source position just after the derived character at `end - 1`."""
        if end <= 0:
            return 0
        if not self.d_starts:
            return min(end, self.source_len)
        i = self._segment(end - 1)
        offset = end - 1 - self.d_starts[i]
        if self.copied[i]:
            return self.s_starts[i] + min(offset, self.s_lens[i] - 1) + 1
        return self.s_starts[i] + self.s_lens[i]


Edit = tuple[int, int, str]  # (start, end, replacement) in the source text


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map back."""
    pieces: list[str] = []
    d_starts: list[int] = []
    s_starts: list[int] = []
    d_lens: list[int] = []
    s_lens: list[int] = []
    copied: list[bool] = []
    source_pos = 0
    derived_pos = 0

    def add(piece: str, s_start: int, s_len: int, is_copy: bool) -> None:
        nonlocal derived_pos
        if not piece and not s_len:
            return
        if piece:
            pieces.append(piece)
        d_starts.append(derived_pos)
        s_starts.append(s_start)
        d_lens.append(len(piece))
        s_lens.append(s_len)
        copied.append(is_copy)
        derived_pos += len(piece)

    for start, end, replacement in sorted(edits):
        if start < source_pos:
            raise ValueError(f"overlapping edit at {start} (already at {source_pos})")
        add(text[source_pos:start], source_pos, start - source_pos, True)
        same_length = len(replacement) == end - start
        if replacement or end > start:
            add(replacement, start, end - start, same_length)
        source_pos = end
    add(text[source_pos:], source_pos, len(text) - source_pos, True)
    # Deletions leave zero-length derived segments; drop them so bisect lands
    # on the segment that actually holds a derived character.
    keep = [i for i, n in enumerate(d_lens) if n > 0]
    return "".join(pieces), OffsetMap(
        d_starts=tuple(d_starts[i] for i in keep),
        s_starts=tuple(s_starts[i] for i in keep),
        d_lens=tuple(d_lens[i] for i in keep),
        s_lens=tuple(s_lens[i] for i in keep),
        copied=tuple(copied[i] for i in keep),
        source_len=len(text),
    )


@dataclass(frozen=True)
class TracedText:
    """A text plus the chain of maps back to the raw text it was cleaned from."""

    text: str
    maps: tuple[OffsetMap, ...] = field(default=())

    def then(self, new_text: str, offset_map: OffsetMap | None) -> TracedText:
        """The result of one more pass (`offset_map` is None when lengths are unchanged)."""
        if offset_map is None:
            if len(new_text) != len(self.text):
                raise ValueError("a pass without a map must keep the text length")
            return TracedText(new_text, self.maps)
        return TracedText(new_text, (*self.maps, offset_map))

    def edit(self, edits: Sequence[Edit]) -> TracedText:
        if not edits:
            return self
        new_text, offset_map = apply_edits(self.text, edits)
        return self.then(new_text, offset_map)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span of the clean span [start, end)."""
        raw_start, raw_end = start, end
        for offset_map in reversed(self.maps):
            raw_start, raw_end = offset_map.to_source(raw_start), offset_map.to_source_end(raw_end)
        return raw_start, max(raw_end, raw_start)

    def flattened(self) -> TracedText:
        """The same text with its chain of maps composed into one (faster lookups)."""
        if len(self.maps) <= 1:
            return self
        composed = self.maps[-1]
        for inner in reversed(self.maps[:-1]):
            composed = compose(composed, inner)
        return TracedText(self.text, (composed,))


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """One map equal to applying `outer` (derived -> middle) then `inner` (middle -> source)."""
    d_starts: list[int] = []
    s_starts: list[int] = []
    d_lens: list[int] = []
    s_lens: list[int] = []
    copied: list[bool] = []
    for d0, m0, dl, ml, is_copy in zip(
        outer.d_starts, outer.s_starts, outer.d_lens, outer.s_lens, outer.copied, strict=True
    ):
        if not is_copy:
            s0 = inner.to_source(m0)
            d_starts.append(d0)
            s_starts.append(s0)
            d_lens.append(dl)
            s_lens.append(max(inner.to_source_end(m0 + ml) - s0, 0) if ml else 0)
            copied.append(False)
            continue
        # A copied run of the middle text: split it where the inner map has breakpoints.
        pos = m0
        end = m0 + ml
        while pos < end:
            i = inner._segment(pos)
            seg_end = inner.d_starts[i] + inner.d_lens[i] if inner.d_starts else end
            piece_end = min(end, seg_end) if seg_end > pos else end
            d_starts.append(d0 + (pos - m0))
            s0 = inner.to_source(pos)
            s_starts.append(s0)
            d_lens.append(piece_end - pos)
            if not inner.d_starts or inner.copied[i]:
                s_lens.append(piece_end - pos)
                copied.append(True)
            else:
                s_lens.append(inner.to_source_end(piece_end) - s0)
                copied.append(False)
            pos = piece_end
    return OffsetMap(
        tuple(d_starts), tuple(s_starts), tuple(d_lens), tuple(s_lens), tuple(copied), inner.source_len
    )


def derived_span(traced: TracedText, raw_start: int, raw_end: int) -> tuple[int, int]:
    """The clean span whose characters came from the raw span [raw_start, raw_end): the inverse of
    `raw_span`, found by binary search (raw positions grow with clean positions)."""
    text_len = len(traced.text)

    def first_at_or_after(raw_pos: int) -> int:
        lo, hi = 0, text_len
        while lo < hi:
            mid = (lo + hi) // 2
            if traced.raw_span(mid, mid + 1)[0] < raw_pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    start = first_at_or_after(raw_start)
    end = first_at_or_after(raw_end)
    return start, max(end, start)
