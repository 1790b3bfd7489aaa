from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.offsets import TracedText, apply_edits


def test_deletions_and_replacements_map_back() -> None:
    text = "当前位置：首页\n全年查办案件 2205 件"
    new, m = apply_edits(text, [(0, 8, ""), (14, 15, ""), (19, 20, "")])
    assert new == "全年查办案件2205件"
    start = new.index("2205")
    assert text[m.to_source(start) : m.to_source_end(start + 4)] == "2205"


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="甲乙丙丁0123 \n，。", min_size=1, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=10)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append((a, b, draw(st.sampled_from(["", "X", "YY"]))))
    return text, edits


@given(text_and_edits())
def test_every_copied_character_maps_to_itself(case) -> None:
    text, edits = case
    new, m = apply_edits(text, edits)
    for i, ch in enumerate(new):
        src = m.to_source(i)
        assert 0 <= src < len(text)
        assert src < m.to_source_end(i + 1) <= len(text)
        if ch not in "XY":  # replacements use letters the source never has
            assert text[src] == ch


def test_chained_maps_compose() -> None:
    traced = TracedText("ab  cd ef")
    traced = traced.edit([(2, 4, "")])  # "abcd ef"
    traced = traced.edit([(4, 5, "")])  # "abcdef"
    assert traced.text == "abcdef"
    assert traced.raw_span(4, 6) == (7, 9)


@given(text_and_edits(), st.data())
def test_composed_maps_agree_with_the_chain(case, data) -> None:
    text, edits = case
    traced = TracedText(text).edit(edits)
    second = data.draw(text_and_edits_for(traced.text))
    traced = traced.edit(second)
    flat = traced.flattened()
    for start in range(len(traced.text) + 1):
        for end in range(start + 1, min(len(traced.text), start + 4) + 1):
            assert flat.raw_span(start, end) == traced.raw_span(start, end)


def text_and_edits_for(text: str):
    @st.composite
    def strategy(draw):
        cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
        return [
            (a, b, draw(st.sampled_from(["", "X", "YY"])))
            for a, b in zip(cuts[::2], cuts[1::2], strict=False)
        ]

    return strategy()
