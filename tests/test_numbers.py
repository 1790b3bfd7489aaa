"""Numbers: a long table of forms as reports write them, and round trips of generated numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.numbers import find_labelled_values, find_quantities, parse_chinese_numeral, parse_quantity

# (as written, value, unit, qualifier)
FORMS = [
    ("2205件", "2205", "case", "exact"),
    ("2,205件", "2205", "case", "exact"),
    ("四十五点六万元", "456000", "yuan", "exact"),
    ("一百零二点五万元", "1025000", "yuan", "exact"),
    ("十二点三%", "12.3", "percent", "exact"),
    ("1,234,567元", "1234567", "yuan", "exact"),
    ("２２０５件", "2205", "case", "exact"),
    ("2205 件", "2205", "case", "exact"),
    ("1 5起", "15", "case", "exact"),
    ("40 个", "40", "item", "exact"),
    ("10.6万件", "106000", "case", "exact"),
    ("1847.77万", "18477700", "", "exact"),
    ("1847.77 万元", "18477700", "yuan", "exact"),
    ("1.12亿元", "112000000", "yuan", "exact"),
    ("4.4亿", "440000000", "", "exact"),
    ("0.35亿元", "35000000", "yuan", "exact"),
    ("3.85億元", "385000000", "yuan", "exact"),
    ("184536.2萬元", "1845362000", "yuan", "exact"),
    ("2千万元", "20000000", "yuan", "exact"),
    ("5千元", "5000", "yuan", "exact"),
    ("97.72%", "97.72", "percent", "exact"),
    ("97.72％", "97.72", "percent", "exact"),
    ("100%", "100", "percent", "exact"),
    ("2.1个百分点", "2.1", "percent", "exact"),
    ("十二件", "12", "case", "exact"),
    ("两起", "2", "case", "exact"),
    ("十项", "10", "item", "exact"),
    ("一百零五家", "105", "entity", "exact"),
    ("两千人次", "2000", "person", "exact"),
    ("三万五千元", "35000", "yuan", "exact"),
    ("二十余件", "20", "case", "over"),
    ("三十多起", "30", "case", "over"),
    ("三分之一", "33.33", "percent", "approx"),
    ("四分之一", "25", "percent", "exact"),
    ("1/4以上", "25", "percent", "over"),
    ("百分之百", "100", "percent", "exact"),
    ("百分之三十五", "35", "percent", "exact"),
    ("超过六成", "60", "percent", "over"),
    ("46笔", "46", "record", "exact"),
    ("七成以上", "70", "percent", "over"),
    ("近三成", "30", "percent", "approx"),
    ("两成左右", "20", "percent", "approx"),
    ("不到三成", "30", "percent", "under"),
    ("约3.2亿元", "320000000", "yuan", "approx"),
    ("近50%", "50", "percent", "approx"),
    ("近 40 万余", "400000", "", "approx"),
    ("3000件左右", "3000", "case", "approx"),
    ("大约70%以上", "70", "percent", "over"),
    ("800余人", "800", "person", "over"),
    ("1010 余万只", "10100000", "piece", "over"),
    ("14000 多家", "14000", "entity", "over"),
    ("1.2万+件", "12000", "case", "over"),
    ("5000+家次", "5000", "entity", "over"),
    ("1 万余家", "10000", "entity", "over"),
    ("32 万余人次", "320000", "person", "over"),
    ("6320余万元", "63200000", "yuan", "over"),
    ("95万多家", "950000", "entity", "over"),
    ("1200余万元", "12000000", "yuan", "over"),
    ("超过1.1万件", "11000", "case", "over"),
    ("超23亿元", "2300000000", "yuan", "over"),
    ("突破131万户", "1310000", "entity", "over"),
    ("逾千家", "1000", "entity", "over"),
    ("400家以上", "400", "entity", "over"),
    ("2300多万元", "23000000", "yuan", "over"),
    ("近百件", "100", "case", "approx"),
    ("超百万", "1000000", "", "over"),
    ("百余家", "100", "entity", "over"),
    ("万余件", "10000", "case", "over"),
    ("亿余元", "100000000", "yuan", "over"),
    ("数万条", "10000", "record", "over"),
    ("上万家", "10000", "entity", "over"),
    ("十几起", "10", "case", "over"),
    ("不足4个工作日", "4", "other", "under"),
    ("不足1%", "1", "percent", "under"),
    ("0.5个工作日以内", "0.5", "other", "under"),
    ("3.2天", "3.2", "other", "exact"),
    ("2983批次", "2983", "batch", "exact"),
    ("655条", "655", "record", "exact"),
    ("16次", "16", "time", "exact"),
    ("7期", "7", "time", "exact"),
    ("28场", "28", "time", "exact"),
    ("96卷", "96", "case", "exact"),
    ("6份", "6", "document", "exact"),
    ("9篇", "9", "document", "exact"),
    ("35部", "35", "document", "exact"),
    ("7004台", "7004", "piece", "exact"),
    ("570万只", "5700000", "piece", "exact"),
    ("2,400余瓶", "2400", "piece", "over"),
    ("36箱", "36", "piece", "exact"),
    ("81.38万户", "813800", "entity", "exact"),
    ("367家次", "367", "entity", "exact"),
    ("3.6万余户次", "36000", "entity", "over"),
    ("46人次", "46", "person", "exact"),
    ("2名", "2", "person", "exact"),
    ("87种", "87", "item", "exact"),
    ("7方面", "7", "item", "exact"),
    ("3,215单", "3215", "item", "exact"),
    ("12个", "12", "item", "exact"),
    ("5个工作小时", "5", "other", "exact"),
    ("1,204", "1204", "", "exact"),
    ("一百零五", "105", "", "exact"),
    ("1500册", "1500", "document", "exact"),
    ("18秒", "18", "other", "exact"),
    ("一半以上", "50", "percent", "over"),
    ("过半", "50", "percent", "over"),
    ("半数", "50", "percent", "exact"),
    ("半个工作日以内", "0.5", "other", "under"),
    ("1个工作日内", "1", "other", "under"),
    ("3天内", "3", "other", "under"),
]


@pytest.mark.parametrize(("written", "value", "unit", "qualifier"), FORMS, ids=[f[0] for f in FORMS])
def test_forms_as_written(written: str, value: str, unit: str, qualifier: str) -> None:
    q = parse_quantity(written)
    assert q.value == Decimal(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_values_are_exact_decimals() -> None:
    assert parse_quantity("4.4亿").value == Decimal("440000000")
    assert float(parse_quantity("4.4亿").value) == 440000000.0
    assert float(parse_quantity("1847.77万元").value) == 18477700.0
    assert float(parse_quantity("0.92亿元").value) == 92000000.0


@pytest.mark.parametrize(
    "text",
    [
        "2020年",
        "9月30日",
        "〔2023〕58号",
        "12315平台",
        "0871-63120736",
        "十四五",
        "3·15",
        "1+3+X",
        "4进3",
        "一是",
        "统一",
        "进一步",
        "一成不变",
        "三成员单位",
        "九成新",
        "尚未过半",
        "一半是",
        "每一位消费者",  # "each", not a count of one
        "每十件",
        "第一百零二条",
        "二十几件",  # only "more than twenty": no value is read rather than ten
    ],
)
def test_names_dates_and_codes_are_not_quantities(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit] == []


def test_qualifier_words_are_outside_the_number_but_inside_the_span() -> None:
    (q,) = find_quantities("挽回经济损失约3.2亿元。")
    text = "挽回经济损失约3.2亿元。"
    assert text[q.start : q.end] == "约3.2亿元" and text[q.num_start : q.end] == "3.2亿元"


# ---------------------------------------------------------------- round trips

_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Render 1..99999999 the way reports write Chinese numerals (十二, 一百零五, 三万五千)."""

    def below_10000(m: int) -> str:
        out, zero = "", False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = m // value % 10
            if digit:
                if zero and out:
                    out += "零"
                out += ("" if (name == "十" and digit == 1 and not out) else _DIGITS[digit]) + name
                zero = False
            elif out:
                zero = True
        return out

    if n < 10000:
        return below_10000(n)
    high, low = divmod(n, 10000)
    return below_10000(high) + "万" + (("零" if low < 1000 else "") + below_10000(low) if low else "")


@given(st.integers(min_value=1, max_value=99_999_999))
@example(22_040_010)  # 二千二百零四万零十: a 十 after 零 means 一十
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_chinese_numeral(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["件", "起", "家", "元", "批次", "人次"]))
def test_arabic_numbers_with_and_without_separators(n: int, unit: str) -> None:
    assert parse_quantity(f"{n}{unit}").value == n
    assert parse_quantity(f"{n:,}{unit}").value == n


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2),
    st.sampled_from([("万", 10_000), ("亿", 100_000_000)]),
)
def test_decimals_with_multipliers_are_exact(d: Decimal, multiplier: tuple[str, int]) -> None:
    word, factor = multiplier
    q = parse_quantity(f"{d}{word}元")
    assert q.value == d * factor and q.unit == "yuan"


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2))
def test_percentages(d: Decimal) -> None:
    assert parse_quantity(f"{d}%").value == d


@given(st.integers(min_value=1, max_value=9999))
def test_full_width_digits(n: int) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert parse_quantity(f"{full}件").value == n


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["件", "家", "人", "项"]))
def test_chinese_counts_in_running_text(n: int, unit: str) -> None:
    text = f"全年共完成{to_chinese(n)}{unit}。"
    (q,) = [q for q in find_quantities(text) if q.unit]
    assert q.value == n and q.is_chinese


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("我局败诉数为零。", "case"),
        ("行政复议纠错率为0，", "percent"),
        ("被撤销案件均为零；", "case"),
        ("行政诉讼败诉零件。", "case"),
        ("复议被纠错零起，", "case"),
    ],
)
def test_an_outcome_that_did_not_happen_is_a_zero(text: str, unit: str) -> None:
    [q] = find_quantities(text)
    assert (q.value, q.unit) == (Decimal(0), unit)


def test_a_rate_that_fell_to_a_bare_zero_is_a_zero_percent() -> None:
    *_, q = find_quantities("败诉率由上年的12.5%降至0。")
    assert (q.value, q.unit) == (Decimal(0), "percent")


@pytest.mark.parametrize(
    ("text", "unit"),
    [("复议纠错率为20%，去年同期为0。", "percent"), ("败诉案件1件，上年为零；", "case")],
)
def test_a_compared_outcome_of_nothing_takes_the_unit_of_the_clause_before(text: str, unit: str) -> None:
    *_, q = find_quantities(text)
    assert (q.value, q.unit) == (Decimal(0), unit)


@pytest.mark.parametrize("text", ["表1分领域案件情况\n", "前言\n图2分季度投诉量\n", "附表3分局情况"])
def test_a_captions_number_is_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["某某市年鉴（2024卷）", "《某某县志·2021卷》", "某某年鉴 2023卷\n"])
def test_a_yearbooks_volume_is_no_count_of_case_files(text: str) -> None:
    assert find_quantities(text) == []


def test_case_files_counted_under_a_yearbook_heading_are_read() -> None:
    [q] = find_quantities("某某年鉴（2024卷）\n全年评查案卷2024卷。")
    assert (q.value, q.unit) == (Decimal(2024), "case")


def test_a_number_after_a_representative_is_still_a_quantity() -> None:
    [q] = find_quantities("新增人大代表1名。")
    assert q.value == 1


@pytest.mark.parametrize(
    "text",
    [
        "零售药店3家",
        "投诉1件，去年同期为0。",
        "实现零的突破。",
        "库存为零。",
        "编号为0。",
        "抽检汽车零件。",
        "败诉零件厂商，",
    ],
)
def test_zero_words_elsewhere_are_not_quantities(text: str) -> None:
    assert all(q.value != 0 for q in find_quantities(text))


@pytest.mark.parametrize(
    ("line", "value", "unit"),
    [
        ("罚没金额（万元）：2,356.7", Decimal("23567000"), "yuan"),
        ("立案数(件): 1235", Decimal("1235"), "case"),
        ("办结率（%）：99.2；", Decimal("99.2"), "percent"),
        ("检查经营主体（户）：3,108", Decimal("3108"), "entity"),
    ],
)
def test_a_value_after_a_label_with_its_unit_in_brackets(line: str, value: Decimal, unit: str) -> None:
    (q,) = find_labelled_values(f"一、执法\n{line}\n")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "line", ["罚没金额（万元）：2,356.7，同比增长5%", "（2023）：12", "罚没金额：2,356.7"]
)
def test_a_labelled_value_must_end_its_line_and_name_a_unit(line: str) -> None:
    assert find_labelled_values(line) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两三起", 2),
        ("二三十家", 20),
        ("三四百件", 300),
        ("七八千元", 7000),
        ("十五六件", 15),
        ("二十三四人", 23),
    ],
)
def test_two_neighbouring_digits_are_a_range_read_as_its_lower_bound(text: str, value: int) -> None:
    [q] = find_quantities(f"全年共处理{text}。")
    assert (q.value, q.qualifier) == (Decimal(value), "over")


@pytest.mark.parametrize(("text", "value"), [("二十三件", 23), ("一百二十三件", 123), ("三十四家", 34)])
def test_digits_that_are_not_neighbours_of_a_range_read_as_written(text: str, value: int) -> None:
    [q] = find_quantities(f"全年共处理{text}。")
    assert (q.value, q.qualifier) == (Decimal(value), "exact")
