"""Numbers: every way these reports write a quantity, read exactly.

`find_quantities` scans clean text once with one compiled pattern and returns
each quantity with its value (a Decimal, multiplier applied), its unit as
written and normalised, and its qualifier. `parse_quantity` reads a single
string and is what the tests exercise with a long table of real-world forms.
Values are Decimals end to end, so 4.4亿 is 440000000 and never a float
rounding away from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_SECTIONS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {
    "万亿": Decimal(10) ** 12,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
    "亿": Decimal(10) ** 8,
    "千": Decimal(1000),
}

# Unit words as written -> contract unit. Longest forms are listed first in
# the pattern below so 人次 wins over 人 and 个百分点 over 个.
UNIT_MAP: dict[str, str] = {
    "个百分点": "percent",
    "百分点": "percent",
    "%": "percent",
    "‰": "other",
    "人次": "person",
    "家次": "entity",
    "户次": "entity",
    "批次": "batch",
    "项次": "item",
    "场次": "time",
    "件次": "item",
    "起": "case",
    "宗": "case",
    "例": "case",
    "卷": "case",
    "件": "case",
    "元": "yuan",
    "家": "entity",
    "户": "entity",
    "所": "entity",
    "个": "item",
    "人": "person",
    "名": "person",
    "位": "person",
    "批": "batch",
    "份": "document",
    "篇": "document",
    "册": "document",
    "部": "document",
    "本": "document",
    "只": "piece",
    "台": "piece",
    "套": "piece",
    "辆": "piece",
    "张": "piece",
    "枚": "piece",
    "株": "piece",
    "瓶": "piece",  # seized goods: "侵权白酒2,400余瓶", "过期食品36箱"
    "箱": "piece",
    "盒": "piece",
    "袋": "piece",
    "罐": "piece",
    "桶": "piece",
    "双": "piece",
    "块": "piece",
    "条": "record",
    "笔": "record",  # transactions, registrations: entries in a ledger
    "次": "time",
    "期": "time",
    "场": "time",
    "轮": "time",
    "遍": "time",
    "项": "item",
    "类": "item",
    "种": "item",
    "方面": "item",
    "大": "item",
    "处": "item",
    "座": "item",
    "款": "item",
    "单": "item",  # 工单, 订单: 处理工单3,215单, 游客退货2130单
    "工作日": "other",
    "工作小时": "other",
    "个月": "other",
    "小时": "other",
    "天": "other",
    "分钟": "other",
    "秒": "other",
    "分": "other",
    "吨": "other",
    "公斤": "other",
    "千克": "other",
    "平方米": "other",
    "平米": "other",
    "亩": "other",
    "公里": "other",
    "万户": "entity",
}
_UNIT_ALTERNATIVES = "|".join(sorted((u for u in UNIT_MAP if u != "万户"), key=len, reverse=True))
# Measure word 个 followed by a noun that says what is counted: "5个工作日", "12个监管事项"
_GE_NOUN_UNIT = (
    ("工作日", "other"),
    ("工作小时", "other"),
    ("小时", "other"),
    ("月", "other"),
    ("星期", "other"),
    ("文件", "document"),
    ("方案", "document"),
    ("案卷", "case"),
    ("规范性", "document"),
    ("单位", "entity"),
    ("部门", "entity"),
    ("网点", "entity"),
    ("科室", "entity"),
    ("企业", "entity"),
    ("市场", "entity"),
    ("乡镇", "entity"),
    ("街道", "entity"),
    ("省", "other"),
    ("突击队", "other"),
    ("组", "other"),
    ("品牌", "other"),
    ("编制", "other"),
)

# What must follow a number for it to be a quantity rather than a year, a date,
# a code or a name (2020年, 9月30日, 12315平台): a multiplier or a unit.
_MULTIPLIER_ALTERNATIVES = r"万亿|千万|百万|万|亿|千(?=[万元人件家户个余多])"
# "+" after a number or its multiplier reads as 余: "1.2万+件", "5000+家次" (posters, WeChat posts)
_TAIL = rf"(?:余|多)?(?:{_MULTIPLIER_ALTERNATIVES})|(?:余|多|\+)?(?:个)?(?:{_UNIT_ALTERNATIVES})"

# A quantity as written. Groups: pre (qualifier before), num (Arabic), cn
# (Chinese numeral), frac (fraction), pct_cn (百分之…), mag (a bare magnitude:
# 近百, 超百万, 数万, 上万, 百余), tenths (N成: 超过六成 is over 60%; not 成功, 成员,
# 一成不变), mid (余/多 before a multiplier), mult, mid2,
# ge (个 before a duration), unit, post (qualifier after).
# e.g. "约3.2亿元", "近 40 万余", "1010 余万只", "14000 多家", "十二件", "两起", "三分之一",
# "百分之百", "97.72%", "下降2.1个百分点", "4.91萬件" (after conversion: 4.91万件), "1/4以上"
QUANTITY_RE = regex.compile(
    r"(?P<pre>大约|约为|约|将近|接近|近|超过|超|突破|逾|不足|不到|未满|高达|多达)?"
    r"(?:"
    r"(?P<frac>[一二三四五六七八九十]{1,2}分之[一二三四五六七八九十]{1,2}|(?<![\d.])\d{1,2}/\d{1,2}(?![\d/]))"
    r"|(?P<pct_cn>百分之(?:百|[一二三四五六七八九十百零两点]{1,6}|\d+(?:\.\d+)?))"
    rf"|(?P<num>(?:(?<![\d.])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|(?<![\d.])\d+(?:\.\d+)?(?![\d.]))(?={_TAIL}))"
    r"|(?P<mag>(?<=近|超|逾|约)(?:百万|千万|十万|万|亿|百|千)|(?:数|上|几)(?:百万|千万|十万|万|百|千|十)|(?<![零〇一二两三四五六七八九十百千万亿])十几"
    r"|(?<![零〇一二两三四五六七八九十百千万亿])(?:百万|千万|十万|百|千)(?=余|多)"
    # 万余件, 亿余元: ten thousand and more, a hundred million and more
    r"|(?<![\d.,零〇一二两三四五六七八九十百千万亿数上几])(?:万|亿)(?=余|多))"
    r"|(?P<half>(?=[一过半])(?<![零〇一二两三四五六七八九十百千万亿第每])(?<![未没不])"
    r"(?:(?:一半|过半|半数)(?=[^\p{Han}]|以上|以下|左右|多|\Z)|半(?=个(?:工作日|工作小时|小时|月|星期))))"
    r"|(?P<tenths>(?<![零〇一二两三四五六七八九十百千万亿第每])[一二两三四五六七八九]成"
    r"(?=[^\p{Han}]|以上|以下|左右|多|余|\Z))"
    r"|(?P<cn>(?<![零〇一二两三四五六七八九十百千万亿第每])"
    r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:[万亿][零〇一二两三四五六七八九十百千]*)?"
    rf"(?:点[零〇一二三四五六七八九]{{1,4}})?(?={_TAIL}))"
    # (the lookahead first: the lookbehinds below are tried only where a zero stands)
    r"|(?P<zero>(?=[零0])(?:(?<=(?:败诉|纠错|被撤销|被确认违法)\p{Han}{0,4}?(?:为|均为|是))(?:零|0)(?=[，。；,;、]|\Z)"
    # 败诉零件, 被纠错零起: 零 before a count word that ends the clause (汽车零件 never does)
    r"|(?<=(?:败诉|纠错|被撤销|被确认违法)\p{Han}{0,4}?)零(?=[件起](?:[，。；,;、]|\Z))"
    # 败诉率由上年的18.75%降至0。: a rate that fell to nothing
    r"|(?<=(?:败诉|纠错)率[^，。；]{0,16}?(?:降至|降为|降到|下降至|下降为|下降到))(?:零|0)(?=[，。；,;]|\Z)"
    # 复议纠错率20%，去年同期为0: the rate (or count) compared, written without its unit
    r"|(?<=(?:败诉|纠错)[^。；]{0,24}?[，,](?:去年|上年)(?:同期)?(?:为|是))(?:零|0)(?=[，。；,;]|\Z)))"
    r")"
    r"(?P<mid>余|多)?"
    rf"(?P<mult>{_MULTIPLIER_ALTERNATIVES})?"
    r"(?P<mid2>余|多|\+(?=[\p{Han}]))?"
    r"(?:(?P<ge>个)(?=工作日|工作小时|小时|月|星期))?"
    rf"(?P<unit>{_UNIT_ALTERNATIVES})?"
    # 内 only after a duration: "1个工作日内", not "5件内容"
    r"(?P<post>以上|以下|以内|(?<=[日时天月周])内|左右|之多|余|多)?",
)
# Group numbers in QUANTITY_RE, for reading a match without building a dict.
_G = {name: i for name, i in QUANTITY_RE.groupindex.items()}

_DECIMAL_RE = regex.compile(r"\d+(?:\.\d+)?")

_PRE_QUALIFIER = {
    "约": "approx",
    "约为": "approx",
    "大约": "approx",
    "近": "approx",
    "将近": "approx",
    "接近": "approx",
    "超过": "over",
    "超": "over",
    "突破": "over",
    "逾": "over",
    "高达": "exact",
    "多达": "exact",
    "不足": "under",
    "不到": "under",
    "未满": "under",
}
_POST_QUALIFIER = {
    "以上": "over",
    "余": "over",
    "多": "over",
    "之多": "over",
    "以下": "under",
    "以内": "under",
    "内": "under",
    "左右": "approx",
}


@dataclass(slots=True)
class Quantity:
    """A quantity found in text; offsets are into that text. (Not frozen: thousands are made per
    report, and frozen dataclasses are several times slower to create.)"""

    start: int  # first character as written, a qualifier word included (约, 近, 超过)
    num_start: int  # first character of the number itself
    end: int  # end of the unit or post-qualifier
    value: Decimal
    unit_text: str  # the unit as written: 件, 万元 (multiplier + unit), %, 个百分点, or ""
    unit: str  # contract unit, "" when the text gives none
    qualifier: str
    multiplier: str  # 万, 亿, ... or ""
    is_percent: bool
    is_points: bool  # 个百分点: a change between rates
    is_chinese: bool
    pre: str  # qualifier word before the number, as written
    post: str  # qualifier word after the number, as written


class NumberFormatError(ValueError):
    pass


def parse_chinese_numeral(text: str) -> Decimal:
    """'十二' -> 12, '一百零五' -> 105, '两千' -> 2000, '三万五千' -> 35000, '二〇二三' -> 2023."""
    if not text:
        raise NumberFormatError("empty numeral")
    if all(ch in _CN_DIGITS for ch in text) and len(text) > 1:
        return Decimal("".join(str(_CN_DIGITS[ch]) for ch in text))
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            # 零 only holds a place: "四万零十" is 40010, the 十 there means 一十.
            digit = _CN_DIGITS[ch] or None
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch in _CN_SECTIONS:
            section += digit or 0
            total += (section or 1) * _CN_SECTIONS[ch]
            section, digit = 0, None
        else:
            raise NumberFormatError(f"not a Chinese numeral: {text!r}")
    return Decimal(total + section + (digit or 0))


def parse_arabic(text: str) -> Decimal:
    """'1,204' -> 1204, '1847.77' -> 1847.77 (full-width digits are normalised by clean)."""
    cleaned = text.replace(",", "").replace(" ", "")
    if not _DECIMAL_RE.fullmatch(cleaned):
        raise NumberFormatError(f"not a number: {text!r}")
    return Decimal(cleaned)


def _fraction_percent(text: str) -> tuple[Decimal, bool]:
    """'三分之一' -> (33.33, inexact); '1/4' -> (25, exact). A fraction is a share, in percent."""
    if "分之" in text:
        denominator, numerator = text.split("分之")
        den, num = parse_chinese_numeral(denominator), parse_chinese_numeral(numerator)
    else:
        num_text, den_text = text.split("/")
        num, den = Decimal(num_text), Decimal(den_text)
    if den == 0:
        raise NumberFormatError("zero denominator")
    exact = num * 100 / den
    rounded = exact.quantize(Decimal("0.01"))
    return rounded.normalize() if rounded == exact else rounded, rounded == exact


def _chinese_decimal(text: str) -> Decimal:
    """'四十五点六' -> 45.6: the whole part as a numeral, the digits after 点 one by one."""
    whole, frac = text.split("点", 1)
    return Decimal(f"{parse_chinese_numeral(whole)}.{''.join(str(_CN_DIGITS[c]) for c in frac)}")


def _percent_cn(text: str) -> Decimal:
    body = text[3:]
    if body == "百":
        return Decimal(100)
    if _DECIMAL_RE.fullmatch(body):
        return Decimal(body)
    if "点" in body:
        return _chinese_decimal(body)
    return parse_chinese_numeral(body)


def _magnitude(word: str) -> Decimal:
    """'百' -> 100, '十万' -> 100000, '百万' -> 1000000."""
    value = Decimal(1)
    for ch in word:
        value *= MULTIPLIERS.get(ch) or Decimal(_CN_UNITS[ch])
    return value


def _unit_for(unit_text: str, following: str) -> str:
    if unit_text == "个":
        for noun, unit in _GE_NOUN_UNIT:
            if following.startswith(noun):
                return unit
        return "item"
    return UNIT_MAP.get(unit_text, "")


def _qualifier(pre: str, mid: str, post: str) -> str:
    """One qualifier for the whole quantity. Explicit bounds (以上, 以下, 不足) win over
    approximation; approximation (约, 近) wins over the 'and some' of 余/多."""
    post_q = _POST_QUALIFIER.get(post, "")
    pre_q = _PRE_QUALIFIER.get(pre, "")
    if post in ("以上", "以下", "以内", "内"):
        return post_q
    if pre_q in ("under", "over"):
        return pre_q
    if pre_q == "approx" or post_q == "approx":
        return "approx"
    if mid or post_q == "over":
        return "over"
    return "exact"


_GROUPS = (
    "pre",
    "frac",
    "pct_cn",
    "num",
    "mag",
    "tenths",
    "half",
    "cn",
    "zero",
    "mid",
    "mult",
    "mid2",
    "ge",
    "unit",
    "post",
)


# Two neighbouring digits say "this or the next": 两三起, 二三十家, 三四百件, 十五六件, 二十三四人
_NEIGHBOURS_RE = regex.compile(
    r"(?P<tens>十|[二三四五六七八九]十)?(?P<low>[一二两三四五六七八])(?P<high>[二三四五六七八九])"
    r"(?P<mag>十万|百万|千万|[十百千万])?"
)


def _range_of_neighbours(cn: str) -> Decimal | None:
    """The lower bound of a range written as two neighbouring digits, or None if `cn` is none."""
    m = _NEIGHBOURS_RE.fullmatch(cn)
    if m is None or _CN_DIGITS[m["high"]] != _CN_DIGITS[m["low"]] + 1 or (m["tens"] and m["mag"]):
        return None
    low = Decimal(_CN_DIGITS[m["low"]])
    if m["tens"]:
        return parse_chinese_numeral(m["tens"]) + low
    return low * (parse_chinese_numeral("一" + m["mag"]) if m["mag"] else 1)


def quantity_from_match(m: regex.Match[str], text: str) -> Quantity | None:
    """Build a Quantity from a QUANTITY_RE match, or None if the match is not a number."""
    pre, frac, pct_cn, num, mag, tenths, half, cn, zero, mid, mult, mid2, ge, unit_word, post = m.group(
        *_GROUPS
    )
    multiplier = mult or ""
    unit_text = (ge or "") + (unit_word or "")
    is_points = unit_text in ("个百分点", "百分点")
    is_percent = unit_text == "%" or is_points
    qualifier_override = ""
    is_chinese = False
    if num:
        value = Decimal(num.replace(",", "") if "," in num else num)
    elif cn:
        lower = _range_of_neighbours(cn)
        if lower is not None:
            value, qualifier_override = lower, "over"  # 二三十家: twenty or thirty, at least twenty
        else:
            value = _chinese_decimal(cn) if "点" in cn else parse_chinese_numeral(cn)
        is_chinese = True
    elif frac:
        value, exact = _fraction_percent(frac)
        is_percent = True
        unit_text = unit_text or "%"
        qualifier_override = "" if exact else "approx"
    elif pct_cn:
        value = _percent_cn(pct_cn)
        is_percent = True
        unit_text = "%"
        is_chinese = True
    elif tenths:
        if mult or unit_word:
            return None
        value = Decimal(_CN_DIGITS[tenths[0]] * 10)
        is_percent = True
        unit_text = "%"
        is_chinese = True
    elif half == "半":
        value = Decimal("0.5")  # "压缩至半个工作日以内": half of a duration
        is_chinese = True
    elif half:
        # "占不合格样品的一半以上", "合计占比过半": a share of one half
        if mult or unit_word:
            return None
        value = Decimal(50)
        is_percent = True
        unit_text = "%"
        is_chinese = True
        qualifier_override = "over" if half == "过半" else ""
    elif zero:
        # "败诉数为零", "纠错率为0": an outcome that did not happen, written without a unit
        value = Decimal(0)
        clauses = regex.split(r"[，。；,;]", text[max(0, m.start() - 40) : m.start()])
        clause = clauses[-1]
        if len(clauses) > 1 and clause.startswith(("去年", "上年")):
            clause = clauses[-2]  # 复议纠错率20%，去年同期为0: the rate compared
        is_percent = "率" in clause  # 纠错率为0, 败诉率由上年的18.75%降至0
        unit_text = "%" if is_percent else ""
        is_chinese = zero == "零"
    elif mag:
        vague = mag[0] in "数上几" or mag == "十几"  # 十几起: more than ten
        value = _magnitude("十" if mag == "十几" else mag[1:] if vague else mag)
        is_chinese = True
        qualifier_override = "over" if vague else ""
    else:
        return None
    if multiplier:
        value *= MULTIPLIERS[multiplier]
    if mag:
        multiplier = mag + multiplier  # 超百万, 数万: the magnitude word makes it an amount, as 万 does
    if is_percent and multiplier:
        return None
    if is_percent:
        unit = "percent"
    elif zero:
        unit = "case"
    elif unit_word and unit_word != "个":
        unit = UNIT_MAP.get(unit_word, "")
    else:
        unit = _unit_for(unit_word or ge or "", text[m.end() : m.end() + 4])
    qualifier = _qualifier(pre or "", mid or mid2 or "", post or "")
    if qualifier_override and qualifier == "exact":
        qualifier = qualifier_override
    return Quantity(
        start=m.start(),
        num_start=m.end(1) if pre else m.start(),
        end=m.end(),
        value=value,
        unit_text=multiplier + unit_text,
        unit=unit,
        qualifier=qualifier,
        multiplier=multiplier,
        is_percent=is_percent,
        is_points=is_points,
        is_chinese=is_chinese,
        pre=pre or "",
        post=post or "",
    )


# A caption's number at the start of a line: "表1 分领域案件情况" (its 1分 is no score)
_CAPTION_BEFORE_RE = regex.compile(r"(?:^|\n)[ \t]*附?[表图][ \t]*\Z")


# A yearbook's volume is named by its year: "某某市年鉴（2024卷）" holds no 2024 case files
_YEARBOOK_VOLUME_RE = regex.compile(r"(?<=(?:年鉴|志)[^，。；\n\d]{0,6}?)(?:19|20)\d\d卷(?![\p{Han}\d])")


def find_quantities(text: str) -> list[Quantity]:
    """All quantity-shaped matches in `text` (the extractor decides which are figures)."""
    out = []
    for m in QUANTITY_RE.finditer(text):
        if m.start() == m.end() or _CAPTION_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _YEARBOOK_VOLUME_RE.match(text, m.start()):
            continue
        try:
            quantity = quantity_from_match(m, text)
        except NumberFormatError:
            continue
        if quantity is not None:
            out.append(quantity)
    return out


# A value on a line of its own after its label, the unit in the label's brackets:
# "罚没金额（万元）：2,356.7", "立案数(件): 1235" (the lists of a data disclosure)
_LABELLED_VALUE_RE = regex.compile(
    r"(?m)^[^\n：:]{1,30}?[（(](?P<mult>万|亿)?(?P<unit>元|件|起|宗|户|家|人次|人|批次|次|条|个|项|%)[）)]"
    r"[：:][ \t]*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*[；;。]?[ \t]*$"
)


def find_labelled_values(text: str) -> list[Quantity]:
    """Values whose unit only their label's brackets give ("挽回经济损失（万元）：412.6")."""
    out = []
    for m in _LABELLED_VALUE_RE.finditer(text):
        multiplier, unit_text = m["mult"] or "", m["unit"]
        value = parse_arabic(m["num"]) * (MULTIPLIERS[multiplier] if multiplier else 1)
        is_percent = unit_text == "%"
        start, end = m.span("num")
        out.append(
            Quantity(
                start,
                start,
                end,
                value,
                multiplier + unit_text,
                _unit_for(unit_text, ""),
                "exact",
                multiplier,
                is_percent,
                False,
                False,
                "",
                "",
            )
        )
    return out


# A number on its own, as in a table cell or a test: "1,204", "一百零五", "1847.77"
BARE_NUMBER_RE = regex.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<cn>[零〇一二两三四五六七八九十百千万亿]+)"
)


def parse_quantity(text: str) -> Quantity:
    """Read one quantity that makes up the whole of `text` (surrounding spaces allowed)."""
    from pipeline.clean import clean_report  # normalises widths and stray spaces, as for reports

    normalised = clean_report(text.strip()).text
    m = QUANTITY_RE.fullmatch(normalised)
    quantity = quantity_from_match(m, normalised) if m else None
    if quantity is None:
        bare = BARE_NUMBER_RE.fullmatch(normalised)
        if bare is None:
            raise NumberFormatError(f"not a quantity: {text!r}")
        value = parse_arabic(bare["num"]) if bare["num"] else parse_chinese_numeral(bare["cn"])
        quantity = Quantity(
            0, 0, len(normalised), value, "", "", "exact", "", False, False, bool(bare["cn"]), "", ""
        )
    return quantity


def as_float(value: Decimal) -> float:
    """The nearest double; exact for every value these reports state."""
    return float(value)
