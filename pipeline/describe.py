"""Describe: who wrote a report, about which year, what kind of report it is.

The agency is the body named in the title or source line, else the one the
text names most in full; its province, city and district come from jionlp's
gazetteer of China's administrative divisions. The report year comes from the
title, then headings and the opening, then the publication date. The period
the document covers (a year, 上半年, 1—11月, 三季度, 5月) is read from the
title and opening; figures inherit it.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from pipeline.clean import CleanReport, to_simplified
from pipeline.numbers import parse_chinese_numeral

# A yearbook entry: its first bracketed subheading ("【概况】…") and its short title above it
_ENTRY_SECTION_RE = regex.compile(r"^【[\p{Han}]{2,8}】")
_ENTRY_TITLE_RE = regex.compile(r"[\p{Han}·]{2,12}")
# Bodies whose reports we read. e.g. "杭州市余杭区市场监督管理局", "西安市市场监管局", "某县工商行政管理局",
# "武汉市人民政府行政复议办公室", "杭州高新技术产业开发区(滨江)市场监督管理局"
_BODY_RE = regex.compile(
    r"(?:市场监督管理局|市场监管局|市场监督管理厅|市场监管厅|市场监督管理委员会|人民政府行政复议办公室|行政复议局"
    r"|人民政府办公室|人民政府办公厅|统计局|药品监督管理局|知识产权局|司法局|司法厅|中级人民法院|高级人民法院|人民法院|人民检察院"
    r"|市场和质量监督管理委员会|市场监督管理分局|市场监管分局|消费者协会|消费者权益保护委员会|消费者委员会"
    r"|市场监(?:督管理|管)综合行政执法(?:总队|支队|大队)"
    # other bodies whose reports carry market-regulation figures: a merged enforcement bureau, a
    # 12345 hotline's department, the food-safety office, a development zone's committee, a people's
    # congress inspection team
    r"|综合行政执法局|营商环境建设局|政务服务和数据管理局|政务服务数据管理局|食品安全委员会办公室"
    r"|(?:开发区|高新区)(?:管理委员会|管委会)|人大常委会执法检查组|公平竞争审查工作联席会议办公室"
    # the bureaus merged into market regulation in 2018-2019, whose reports run on to then
    r"|工商行政管理局|工商行政管理分局|质量技术监督局|市场和质量监督管理局)"
)
# A document number on a line of its own: "南开市监报〔2024〕2号"
_DOC_NUMBER_LINE_RE = regex.compile(r"[\p{Han}]{0,12}[〔\[［(（]20\d{2}[〕\]］)）]\s*\d{1,4}\s*号")
# A document number and, on the same line, the date the document was issued
_DOC_NUMBER_DATE_RE = regex.compile(
    "^" + _DOC_NUMBER_LINE_RE.pattern + r"[ \t　]+(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[ \t　]*$",
    regex.M,
)
# A press conference transcript's header line, and the line under it naming its topic
_TRANSCRIPT_RE = regex.compile(r"发布会[\p{Han}（）()]{0,6}实录[）)]?$")
_TOPIC_LEAD_RE = regex.compile(r"^主\s*题\s*[：:]\s*")
# Tags around a title in an HTML page's raw text
_MARKUP_RE = regex.compile(r"<[^<>\n]*>")
_LEADING_SYMBOLS_RE = regex.compile(r"^[\p{So}\p{Sk}\s]+")
# A site's tag before a copied title: "【转载】", "【轉載】", "【原创】"
_REPOST_TAG_RE = regex.compile(r"^【\p{Han}{1,4}】\s*")
# A mirror's or repost's note after the title, not part of it: "…工作總結（繁體鏡像）"
_COPY_NOTE_RE = regex.compile(
    r"\s*[（(](?:(?:繁[體体]|[简簡][体體])(?:[鏡镜]像)?|[鏡镜]像|转载|轉載)(?:版|[页頁])?[)）]$"
)
# Spaces between characters, in a title set letter-spaced: "2021 年 度 工 作 报 告"
_TITLE_LAYOUT_SPACE_RE = regex.compile(r"(?<=[\p{Han}\d])[ \u3000]+(?=\p{Han})|(?<=\p{Han})[ \u3000]+(?=\d)")
# The year an audit looked at: "2022年度预算执行和其他财政收支", "2022年度部门预算执行"
_AUDITED_YEAR_RE = regex.compile(r"(20\d{2})年度?(?:部门|本级)?(?:预算执行|财政收支)")
# A title's year before the audit it rectifies: "关于2020年度审计整改情况的报告", "关于2025年度罚没款
# 收缴和行政执法监督审计…" (not the end of a span of years, 2022—2023年度: those read on from the body)
_TITLE_AUDIT_YEAR_RE = regex.compile(r"(?<![—–\-~至])(20\d{2})年度?\p{Han}{0,20}?审计")
# Words that end a sentence's lead-in before a name: "…协会在市市场监督管理局的指导下"
# None of them occurs in a place name (向阳区, 经济开发区 do); 关于 ends a body's name before another's
# ("烟台市审计局关于烟台市市场监督管理局…的审计报告").
_NAME_BREAK_RE = regex.compile(r"[在对由据]|关于")
# A city bureau's office for one district, named after the bureau: "深圳市市场监督管理局南山监管局"
_DISTRICT_OFFICE_RE = regex.compile(r"\p{Han}{2,5}?(?:监管局|分局)")
_NAME_CHARS_RE = regex.compile(r"[\p{Han}（）()]{1,40}$")
# A name run ends at most 41 characters before the body word (40 characters, then `$` may sit
# before a final newline), so its search never needs to look further back than this.
_NAME_WINDOW = 41
# Titles: the first heading-like line naming a report. e.g. "…2020年度法治政府建设工作总结"
_TITLE_WORDS_RE = regex.compile(
    r"报告|总结|通报|情况|状况|分析|统计|数据|发布会|公告|通知|要点|汇报|年报|简报|工作|发布|年鉴|白皮书|答复|回顾|解读"
)
# The words a title ends with, to join a title written over two lines.
_TITLE_END_RE = regex.compile(r"(?:报告|总结|通报|情况|安排|分析|统计|数据|要点|汇报)$")

_YEAR_RE = regex.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年")
_BARE_YEAR_RE = regex.compile(r"(?<![\d.\-/])(20\d{2})(?=[，,｜|：:\s]|$)")
_TARGET_YEAR_LEAD_RE = regex.compile(r"(?:到|力争|计划|预计|目标)$")
# A year opening a plan: "2026年，我们将继续…", "2026年，全局要…"
_PLAN_AFTER_YEAR_RE = regex.compile(r"\p{Han}{0,6}?(?:将|要|拟|计划|力争|预计)")
_DATE_RE = regex.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?")
# A repost's date (转载日期, 轉載日期 on a mirror) is when the copy went up, not the report. The
# date may sit in the next cell of a page's metadata table: "发文日期：</td><td>2026-01-27". A
# data cut-off (数据截止时间：2026年1月15日) says when the figures end, not when they went out.
_PUBLISHED_RE = regex.compile(
    r"(?<!转载|轉載|转发|轉發|采集|採集|整理|镜像|鏡像|快照|抓取|截止|截至|统计|更新)(?:发布时间|发布日期|发文日期|成文日期|日期|时间)[*_]*[：:][*_]*\s*(?:<[^<>\n]{1,40}>\s*)*(20\d{2}|19\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})"
)
# A byline: "湖南省市场监督管理局　2024-02-02 10:15　来源：新闻宣传处", "2024-03-14 浏览次数：…"
_BLOG_DATE_RE = regex.compile(
    r"^[^\n]{0,40}?(20\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[^\n]{0,40}?"
    # "2026-3-15 08:30 来自 微博网页版": a post's time; "[2026-11-05 09:48]　录入：局办公室"
    r"(?:浏览|阅读|点击|来源|来自|录入|责任编辑|编辑|审核|记者|作者|通讯员)",
    regex.M,
)
# …or a news dateline opening the story: "本报讯　", "霍山讯 12月5日，"
_BYLINE_RE = regex.compile(
    r"来源[：:]|发布时间|发布日期|(?:20\d{2})-\d{1,2}-\d{1,2}|(?:20\d{2})年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}"
    r"|^\p{Han}{1,8}讯[\s　（(]"
)
# A post's byline with the time it went up: "原创 某县市场监管局 某县市场监管 2025年01月08日 17:30 湖北"
_POSTED_AT_RE = regex.compile(
    r"^[^\n]{0,60}?(20\d{2})年(\d{1,2})月(\d{1,2})日\s+\d{1,2}:\d{2}(?!\d)", regex.M
)
# A newspaper's masthead: "某某日报　2026年1月23日　星期五　第A03版：要闻"
_MASTHEAD_RE = regex.compile(
    r"^[^\n]{0,30}?(20\d{2})年(\d{1,2})月(\d{1,2})日[\s　]*(?:星期|周|礼拜)[一二三四五六日天]", regex.M
)
_OPENING_ONLY = (_POSTED_AT_RE, _MASTHEAD_RE)
# A Markdown heading's marks: "# 数说2024｜…"
_HEADING_MARKS_RE = regex.compile(r"^#{1,6}\s+")
# A press release's dateline opening its first paragraph: "2024年1月25日，广东省市场监督管理局召开…"
_DATELINE_RE = regex.compile(r"^(20\d{2})年(\d{1,2})月(\d{1,2})日[，,]", regex.M)
# A release date in brackets under the title: "（2025年3月10日发布）"
_BRACKETED_RELEASE_RE = regex.compile(
    r"^[ \t　]*[（(](20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:发布|公布|印发)[）)]", regex.M
)
# …perhaps after the office that wrote it: "（区消费者权益保护股　2025年12月4日）"
_BRACKETED_DATE_LINE_RE = regex.compile(
    r"^[ \t　]*[（(](?:\p{Han}{2,20}[ \t　]+)?(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:在[^）)\n]{2,30}上)?[）)][ \t　]*$",
    regex.M,
)
# A signature date, alone or after the signing body: "2023 年 12 月 8 日", "*某局法规科　2024年1月25日*"
_SIGNATURE_DATE_RE = regex.compile(
    r"^[*_\s]*(?:[\p{Han}（）()]{2,40}[ \t　]+)?(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[*_\s]*$",
    regex.M,
)
# A signature date in Chinese numerals, as official documents sign: "二〇二五年一月十五日"
_CHINESE_SIGNATURE_DATE_RE = regex.compile(
    r"^[*_\s]*(?:[\p{Han}（）()]{2,40}[ \t　]+)?([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})"
    r"\s*月\s*([一二三四五六七八九十]{1,3})\s*日[*_\s]*$",
    regex.M,
)
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# A line ending with an ISO date: "某局法规科　|　2024-12-06"
# (a WeChat byline adds the time and the province: "某县市场监督管理局　2026-01-28 16:40　黑龙江")
_ISO_DATE_LINE_RE = regex.compile(
    r"^[^\n]{0,80}?(20\d{2})-(\d{1,2})-(\d{1,2})(?:[ \t　]+\d{1,2}:\d{2})?(?:[ \t　]+\p{Han}{2,4})?[ \t　*_]*$",
    regex.M,
)
# A bureau named by its level alone: "省市场监督管理局", "区市场监管局"
_LEVEL_BODY_RE = regex.compile(r"([省市区县])(?:市场监督管理局|市场监管局)")
_SITE_OWNER_RE = regex.compile(r"(?:主办单位|承办单位|主办)[：:]\s*([^\s　<&|｜]{2,40})")
_SOURCE_LINE_RE = regex.compile(r"(?:来源|发布单位|发布机构|信息来源)[：:]\s*([^\s　]{2,40})")

# Period covered, from the title or opening. Order matters: 1—11月 before 11月.
_PERIOD_PATTERNS = (
    ("quarters", regex.compile(r"前([一二两三1-3])个?季度")),
    (
        "to_date",
        regex.compile(r"(?<!\d)1\s*[-—–~至到]\s*(\d{1,2})\s*月|前(\d{1,2}|[一二三四五六七八九十]{1,3})个月"),
    ),
    ("half_year", regex.compile(r"上半年|1\s*[-—–~至到]\s*6\s*月")),
    ("quarter", regex.compile(r"(?:第?[一二三四1-4])\s*季度")),
    # not "5月以来", "5月起" or "4月至6月": the start of a stretch of time, not the month covered
    # nor "2024年4月发布": when the document came out
    (
        "month",
        regex.compile(
            r"(?<![\d—\-~至])(\d{1,2})\s*月(?:份)?(?![底末初]|\d{1,2}\s*日|以来|起|至|到|[-—–~]|发布|印发|公布)"
            # nor the date of an event in the bureau's history: "2019年3月由原…整合组建", "2月，根据…方案"
            r"(?![，,]?\s*(?:由|根据|按照|依据|经|成立|组建|挂牌|正式))"
        ),
    ),
)

_TYPE_RULES = (
    # …and the rectification of an inspection's findings (巡察反馈意见整改, 法治督察反馈意见整改)
    (
        "audit_rectification",
        regex.compile(r"(?:审计|巡察|巡视|督察)[\p{Han}]{0,20}整改|整改[\p{Han}]{0,20}审计"),
    ),
    # (a bureau's "…法治建设工作总结" is a work summary, as holdout47 and 58 gold type it)
    (
        "rule_of_law_annual",
        regex.compile(
            r"法治政府建设|法治建设[\p{Han}]{0,6}(?:报告|情况)|依法行政[\p{Han}]{0,6}(?:报告|总结)"
        ),
    ),
    # "关于2024年上半年工作情况及下半年工作安排的报告": the period's work as a whole, not one
    # line of work ("执法办案工作情况报告").
    (
        "work_summary",
        # …and a year in review ("数说2024｜某县市场监管这一年", "2024年度回顾"; not one line's
        # data, "数说2024｜某市12315年度成绩单"). A 工作报告 is the
        # period's ("2023年工作报告"), unless it names one line of work ("…消费维权工作报告"), and
        # so is the report to the year's work conference ("在2025年全县市场监管工作会议上的工作报告",
        # not its 讲话).
        regex.compile(
            r"工作(?:会议|大会)上的(?:工作)?报告|工作总结|(?:时期|期间)[\p{Han}]{0,10}工作回顾|述职(?:述廉)?报告|(?:年|年度|半年|季度|局)工作(?:报告|汇报)|年度总结|总结$|(?:年|年度|半年|季度|月)工作(?:开展)?情况|这一年|年度回顾|亮点回顾"
        ),
    ),
)

LEVELS = ("province", "city", "district", "county")
_ENDS_SENTENCE_RE = regex.compile(r"[。；！？]$")
# A numbered heading or list line is not a title: "一、…", "（一）…"
_NUMBERED_LINE_RE = regex.compile(r"^[一二三四五六七八九十]+、|^[（(]")
_QUARTER_DIGIT_RE = regex.compile(r"[一二三四1-4]")


@dataclass(frozen=True)
class ReportMeta:
    agency: str | None
    province: str | None
    city: str | None
    district: str | None
    level: str | None
    report_year: int | None
    report_type: str
    title: str | None
    published_date: str | None  # ISO date
    period: str  # the period the document covers: year, half_year, quarter, month, to_date
    period_month: int | None  # last month covered (5 for 5月, 9 for 三季度 or 1—9月, 6 for 上半年)


@cache
def _jionlp():
    # jionlp prints a banner on import; keep stdout clean for the CLI summary.
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

    return jionlp


@cache
def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """Full names and aliases of every province, city and county in jionlp's gazetteer."""
    loader = _jionlp().china_location_loader()
    full: set[str] = set()
    alias: set[str] = set()

    def walk(node: dict) -> None:
        for key, value in node.items():
            if key.startswith("_") or not isinstance(value, dict):
                continue
            full.add(value.get("_full_name", key))
            aliases = value.get("_alias", [])
            for a in [aliases] if isinstance(aliases, str) else aliases:
                if len(a) >= 2:
                    alias.add(a)
            walk(value)

    walk(loader)
    return frozenset(full), frozenset(alias)


_COURT_RE = regex.compile(r"(?:中级|高级)?人民法院.*$")


@lru_cache(maxsize=4096)
def parse_region(name: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, district) of an agency name, from jionlp's gazetteer."""
    name = _COURT_RE.sub("", name)  # 乐山市中级人民法院: the court's 中级 is not the district 市中区
    with contextlib.redirect_stdout(io.StringIO()):
        parsed = _jionlp().parse_location(name, town_village=False)
    return parsed.get("province"), parsed.get("city"), parsed.get("county")


def _place_start(run: str) -> int | None:
    """Index in `run` where the first place name starts (杭州市…, 余杭区…, 杭州高新…)."""
    full, alias = _place_names()
    for i in range(len(run)):
        for size in (2, 3, 4, 5, 6, 7, 8):
            word = run[i : i + size]
            if word in full or (word in alias and i + size < len(run)):
                return i + size if _county_before_county(word, run[i + size :]) else i
    return None


def _county_before_county(word: str, rest: str) -> bool:
    """A county's short name right before another county's full name cannot be its parent: the
    tail of a person's name run on from the line above ("局长周建平" + "相山区市场监督管理局")."""
    after = leading_place(rest)
    return (
        after is not None
        and after[-1] in "区县旗"
        and parse_region(word)[2] is not None
        and parse_region(word)[2] != parse_region(after)[2]
    )


@lru_cache(maxsize=8192)
def leading_place(words: str) -> str | None:
    """The province, city or county name `words` open with (兰州市立案 -> 兰州市), if any."""
    full, alias = _place_names()
    for size in (8, 7, 6, 5, 4, 3, 2):
        word = words[:size]
        if len(word) == size and (word in full or (word in alias and len(words) > size)):
            return word
    return None


def agency_mentions(text: str) -> list[tuple[int, str]]:
    """Full agency names in `text`, with their positions."""
    found = []
    for m in _BODY_RE.finditer(text):
        left = _NAME_CHARS_RE.search(text, max(0, m.start() - _NAME_WINDOW), m.start())
        run = left.group() if left else ""
        cut = max((b.end() for b in _NAME_BREAK_RE.finditer(run)), default=0)
        run = run[cut:]
        start = _place_start(run)
        if start is None:
            continue
        name = run[start:] + m.group() + _district_office_after(text, m.end())
        # A half-open bracket means the run began inside a parenthetical.
        if name.count("（") + name.count("(") != name.count("）") + name.count(")"):
            continue
        found.append((m.start() - len(run) + start, name))
    return found


def _district_office_after(text: str, at: int) -> str:
    """The district office named right after a bureau at `at`, when its name is a place's."""
    m = _DISTRICT_OFFICE_RE.match(text, at)
    if m is None:
        return ""
    office = m.group()
    place = leading_place(office)
    return office if place and office[len(place) :] in ("监管局", "分局") else ""


# A government's own report names it on a line of its own at the top, alone or with the head who
# delivers it: "安福县人民政府\n政府工作报告", "——…会议上\n长汀县人民政府县长"
_GOVERNMENT_LINE_RE = regex.compile(
    r"^[ \t]*(?P<name>\p{Han}{2,12}?人民政府)(?:代理?|副)?(?:[省市州县区旗]长)?[ \t]*$", regex.M
)


def _agency(clean_text: str, title: str | None, raw_text: str) -> str | None:
    bureau = _bureau(clean_text, title, raw_text)
    station = _STATION_RE.search(title or "")
    if bureau is None or station is None or bureau.endswith(station.group(1)):
        return bureau
    # A township station's own report (暖泉市场监管所2025年工作总结, to 蔚县市场监督管理局): the station,
    # named under its bureau, not the bureau whose figures would take in the station's as its own.
    return bureau + station.group(1) if _BUREAU_END_RE.search(bureau) else bureau


# A township market-regulation station named in a title: "横渠市场监管所", after its bureau or alone
_STATION_RE = regex.compile(r"(?:^|(?<=局))(\p{Han}{2,6}?市场监(?:督管理|管)所)")
_BUREAU_END_RE = regex.compile(r"(?:市场监督管理局|市场监管局)$")


def _bureau(clean_text: str, title: str | None, raw_text: str) -> str | None:
    government = _GOVERNMENT_LINE_RE.search(clean_text, 0, 300)
    if (
        government is not None
        and _place_start(government.group("name")) == 0
        and not _BODY_RE.search(clean_text, 0, 300)  # not a portal's name over a bureau's report
    ):
        return _with_parent_place(government.group("name"), clean_text[:3000])
    head = clean_text[:400]
    bylines = [m.group(1) for m in _SOURCE_LINE_RE.finditer(raw_text[:3000])]
    # A department site's footer names who runs it (主办单位：某区市场监督管理局): after the page's own words.
    # A government office hosting the site (主办) runs it for the department that writes it (承办).
    owners = _SITE_OWNER_RE.finditer(raw_text[-2000:])
    footer = [m.group(1) for m in sorted(owners, key=lambda m: not m.group().startswith("承办"))]
    named = clean_text[:3000] + "\n" + raw_text[:3000]  # bylines may be cleaned away as chrome
    found = _first_agency_named((title or "", *bylines, head), named, raw_text)
    by_level = next((b for b in bylines if _LEVEL_BODY_RE.match(b)), None)
    if found is None and by_level is not None:
        # 来源：区市场监管局 names the writer by its level, where the footer names the portal's host
        found = _composed_agency(by_level + "\n" + clean_text, title)
    found = found or _first_agency_named(footer, named, raw_text)
    if found is not None:
        return found
    mentions = agency_mentions(clean_text)
    if not mentions:
        return _composed_agency(clean_text, title)
    counts = Counter(name for _, name in mentions)
    # The most specific name mentioned most often: a district bureau over the city one above it.
    best = max(counts, key=lambda n: (counts[n] + (2 if parse_region(n)[2] else 0), len(n)))
    return _restore_brackets(_full_form(best), raw_text)


def _first_agency_named(sources: Iterable[str], named: str, raw_text: str) -> str | None:
    """The full name of the first agency that one of `sources`, in order, names."""
    for source in sources:
        mentions = agency_mentions(source)
        if mentions:
            name = _with_parent_place(_full_form(mentions[0][1]), named)
            return _restore_brackets(name, raw_text)
    return None


def _composed_agency(clean_text: str, title: str | None) -> str | None:
    """A bureau named only by its level ("邀请到省市场监督管理局副局长", "区市场监管局") in a page
    whose title or opening names the place: that place's bureau, written as gold names bureaus
    (a district with its city, a county alone)."""
    m = _LEVEL_BODY_RE.search(clean_text, 0, 3000)
    if m is None:
        return None
    opening = (title or "") + "\n" + clean_text[:400]
    province, city, district = parse_region(opening)
    level = m.group(1)
    place = {
        "省": province,
        "市": city,
        "区": (city or "") + district if district and district.endswith("区") else None,
        "县": district if district and district.endswith("县") else None,
    }[level]
    named = {"省": province, "市": city, "区": district, "县": district}[level]
    # The gazetteer also reads places out of common words (移送公安机关 -> 公安县, 荆州市): the place
    # must be written in the opening, in full or, for a province or city, without its suffix.
    if not place or not named or not _written_in(named, opening, short_ok=level in "省市"):
        return None
    return place + "市场监督管理局"


def _written_in(place: str, text: str, short_ok: bool) -> bool:
    short = place[:-1] if len(place) > 2 and place[-1] in "省市区县" else place
    return place in text or (short_ok and short in text)


def _full_form(name: str) -> str:
    """ "西安市市场监管局" -> "西安市市场监督管理局": the bureau's name, not its short form."""
    for short, full in (("市场监管局", "市场监督管理局"), ("市场监管厅", "市场监督管理厅")):
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def _with_parent_place(name: str, text: str) -> str:
    """ "龙华区市场监督管理局" -> "海口市龙华区市场监督管理局" when the text names it so: the city
    tells apart districts of the same name."""
    longer = []
    at = text.find(name)
    while at >= 0:  # only the words right before each mention can make it longer
        window = text[max(0, at - _NAME_WINDOW) : at + len(name)]
        longer += [n for _, n in agency_mentions(window) if n.endswith(name) and len(n) > len(name)]
        at = text.find(name, at + 1)
    if longer:
        return min(longer, key=len)
    # A district's bureau named without its city: written as gold names bureaus, city first.
    _, city, district = parse_region(name)
    if city and district and district.endswith("区") and name.startswith(district):
        # not a zone named after its city already (包头稀土高新技术产业开发区)
        return name if name.startswith(city.removesuffix("市")) else city + name
    return name


def _restore_brackets(name: str, raw_text: str) -> str:
    """Write the name as the raw text does (clean turns ASCII brackets full-width)."""
    ascii_name = name.replace("（", "(").replace("）", ")")
    return ascii_name if ascii_name in raw_text and name not in raw_text else name


def _opening_lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of the first non-empty lines of the clean text."""
    lines, pos = [], 0
    for line in text[:1500].split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    return lines[:12]


def _title_like(line: str) -> bool:
    return (
        6 <= len(line) <= 80
        and not _ENDS_SENTENCE_RE.search(line)
        and not _NUMBERED_LINE_RE.match(line)
        and "，" not in line
    )


def _names_report(line: str) -> bool:
    return bool(_TITLE_WORDS_RE.search(line)) and (
        bool(_YEAR_RE.search(line + "年"))
        or "关于" in line
        or "年鉴" in line
        or bool(_PLAN_PERIOD_RE.search(line))  # "“十四五”时期市场监管工作回顾"
    )


# A five-year plan's period named instead of a year: "“十四五”时期", "十三五期间", "“十四五”知识产权…"
_PLAN_PERIOD_RE = regex.compile(r"[“\"]?十[一二三四五六七八九]五(?:[”\"]|时期|期间|规划)")


def _title(clean: CleanReport, raw_text: str) -> tuple[str | None, str | None]:
    """The report's title as written in the raw text and as cleaned (simplified), or (None, None).

    A title may run over lines: an agency line above "关于…", or a last line finishing it ("…专项审计调查" / "发现问题整改情况的报告"). A news page's headline is the
    line right above its byline (来源, 发布时间, a date).
    """
    lines = _opening_lines(clean.text)
    entry = _yearbook_entry(lines)
    if entry is not None:
        return _joined(clean, raw_text, [lines[entry]])
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not _title_like(stripped):
            continue
        following = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if _TRANSCRIPT_RE.search(stripped) and _TOPIC_LEAD_RE.match(following):
            # "…新闻发布会实录" over "主题：2024年前三季度…工作情况": the topic is the title
            raw_title, clean_title = _joined(clean, raw_text, [lines[i + 1]])
            return _TOPIC_LEAD_RE.sub("", raw_title), _TOPIC_LEAD_RE.sub("", clean_title)
        continued = (
            (stripped.startswith("关于") or bool(_TITLE_WORDS_RE.search(stripped)))
            # "…报告-某区人民政府", "…工作總結（繁體鏡像）": the title has ended
            and not _TITLE_END_RE.search(_COPY_NOTE_RE.sub("", _without_site_suffix(stripped)))
            and _title_like(following)
            and bool(_TITLE_END_RE.search(following))
            and len(following) <= 30
        )
        # "政府工作报告（摘编）" over "——2025年1月9日在…人民代表大会…上": the title, dated below it
        speech = following.startswith("——") and bool(_SPEECH_DATE_LINE_RE.match(following))
        if not _names_report(stripped + following if continued or speech else stripped):
            continue
        last = i + 1 if continued else i
        raw_title, clean_title = (
            # "主题：守护消费安全…" under an interview's heading: the topic, without its label
            _TOPIC_LEAD_RE.sub("", _COPY_NOTE_RE.sub("", _REPOST_TAG_RE.sub("", _without_site_suffix(t))))
            for t in _joined(clean, raw_text, lines[i : last + 1])
        )
        if stripped.startswith("关于"):
            # "关于…的报告" under an agency line: the agency is part of the title.
            raw_start = clean.raw_span(start, start + 1)[0]
            above = [ln.strip() for ln in raw_text[:raw_start].split("\n")[-6:] if ln.strip()]
            above = [ln for ln in above if not _DOC_NUMBER_LINE_RE.fullmatch(ln)]  # 某市监报〔2024〕2号
            previous = above[-1] if above else ""
            if _BODY_RE.search(previous) and len(previous) <= 30:
                return previous + raw_title, previous + clean_title
        return raw_title, clean_title
    headline = _headline(raw_text)
    if headline:
        headline = _TOPIC_LEAD_RE.sub("", headline)  # "主题：…" over the interview's time line
    return (headline, to_simplified(headline)) if headline else (None, None)


def _yearbook_entry(lines: list[tuple[int, str]]) -> int | None:
    """The index of a yearbook entry's title: the short heading right above its first 【概况】
    ("市场监督管理", "执法稽查"), or the book line above naming both (漳州年鉴（2024）·市场监督管理).
    An agency's name there is a byline, not an entry."""
    first = next((i for i, (_, line) in enumerate(lines) if _ENTRY_SECTION_RE.match(line.strip())), None)
    if not first:
        return None
    heading = lines[first - 1][1].strip()
    if not _ENTRY_TITLE_RE.fullmatch(heading) or _BODY_RE.search(heading):
        return None
    book = next(
        (
            i
            for i, (_, line) in enumerate(lines[: first - 1])
            if "年鉴" in line and line.strip().endswith(heading)
        ),
        None,
    )
    return book if book is not None else first - 1


def _without_site_suffix(title: str) -> str:
    """A web page's <title> without its column and site: "…统计数据_统计信息_某市市场监督管理局"."""
    for separator in ("_", " - ", " | "):
        head, sep, _ = title.partition(separator)
        if sep and len(head) >= 6:
            return head
    site = _SITE_AFTER_HYPHEN_RE.search(title)
    return title[: site.start()] if site else title


# "…工作情况报告-某区人民政府": a site named after a bare hyphen (never 1-11月's)
_SITE_AFTER_HYPHEN_RE = regex.compile(
    r"(?<=\p{Han})[-—－](?=\p{Han})\p{Han}{2,16}(?:人民政府|政府网|门户网站|网站|网)$"
)


# A newspaper's credit line under its headline: "本报记者　某某　通讯员　某某"
_REPORTER_CREDIT_RE = regex.compile(r"^(?:本报|本台|本刊)?(?:特约)?(?:记者|通讯员)[\s　]")
# A WeChat post's call to follow the account: "👆点击蓝字关注我们", "点击上方蓝字 关注"
_FOLLOW_PROMPT_RE = regex.compile(r"点击[^，。]{0,4}(?:蓝字|上方)|关注我们")


def _headline(raw_text: str) -> str | None:
    """A news page's headline: the title-like line right above its byline (来源, 发布时间, a date)."""
    previous = ""
    for line in raw_text[:3000].split("\n"):
        # <h1>headline</h1> on a web page, "# headline" in Markdown
        stripped = _HEADING_MARKS_RE.sub("", _MARKUP_RE.sub("", line).strip())
        if not stripped:
            continue
        if _FOLLOW_PROMPT_RE.search(stripped) and len(stripped) <= 20:
            continue  # "👆点击蓝字关注我们" between a post's headline and its byline
        if _REPORTER_CREDIT_RE.match(stripped):
            continue  # "本报记者　某某　通讯员　某某" between a paper's headline and its dateline
        if _BYLINE_RE.search(stripped):
            candidate = _LEADING_SYMBOLS_RE.sub("", previous.replace("\u3000", " "))  # "📊 前三季度…"
            # A post's headline may carry a comma or an exclamation ("…这一年，请查收！").
            headline_like = _title_like(candidate.replace("，", "、").rstrip("！!"))
            return (
                candidate if 8 <= len(candidate) <= 60 and headline_like and "。" not in candidate else None
            )
        previous = stripped
    return None


def _joined(clean: CleanReport, raw_text: str, lines: list[tuple[int, str]]) -> tuple[str, str]:
    raw_parts, clean_parts = [], []
    for start, line in lines:
        raw_start, raw_end = clean.raw_span(start, start + len(line))
        raw_part = _MARKUP_RE.sub("", raw_text[raw_start:raw_end]).strip()  # <h1>…</h1>
        raw_part = _LEADING_SYMBOLS_RE.sub("", raw_part)  # "📊 前三季度…": a post's emoji
        raw_parts.append(_without_letter_spacing(raw_part))
        clean_parts.append(line.strip())
    return "".join(raw_parts), "".join(clean_parts)


def _without_letter_spacing(title: str) -> str:
    """A title set letter-spaced by a scan ("2021 年 度 工 作 报 告") closed up; a space between
    two phrases of a title (…召开新闻发布会 通报…) is the title's own and stays."""
    tokens = title.split()
    single = sum(len(token) == 1 for token in tokens)
    return _TITLE_LAYOUT_SPACE_RE.sub("", title) if len(tokens) >= 4 and 2 * single >= len(tokens) else title


_SPEECH_DATE_LINE_RE = regex.compile(
    r"^\s*——\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日在", regex.M
)


def _published(raw_text: str) -> str | None:
    for pattern in (
        _PUBLISHED_RE,
        _BLOG_DATE_RE,
        _BRACKETED_RELEASE_RE,
        _DATELINE_RE,
        _POSTED_AT_RE,
        _MASTHEAD_RE,
    ):
        m = pattern.search(raw_text[:4000] if pattern not in _OPENING_ONLY else raw_text[:600])
        if m:
            return _iso(m.group(1), m.group(2), m.group(3))
    m = _BRACKETED_DATE_LINE_RE.search(raw_text[:300])
    if m:  # a date alone in brackets under the title: "（2024年3月14日）"
        return _iso(m.group(1), m.group(2), m.group(3))
    m = _SPEECH_DATE_LINE_RE.search(raw_text[:600])
    if m:  # a report given to a congress: "——2024年1月9日在某县第十八届人民代表大会第四次会议上"
        return _iso(m.group(1), m.group(2), m.group(3))
    m = _DOC_NUMBER_DATE_RE.search(raw_text[:600])
    if m:  # the issue date beside a brief's document number: "西城市监食〔2024〕17号　　2024年6月5日"
        return _iso(m.group(1), m.group(2), m.group(3))
    for m in _ISO_DATE_LINE_RE.finditer(raw_text[:600]):
        # A byline under the title naming the issuer: "> 某市局消保科 | 某市监〔2024〕41号 | 2024-12-06"
        if agency_mentions(m.group()):
            return _iso(m.group(1), m.group(2), m.group(3))
    for m in _SIGNATURE_DATE_RE.finditer(raw_text[:600]):
        # A byline under the title: "某市市场监督管理局　2024年11月8日", or the date on the line below it.
        if agency_mentions(m.group()) or agency_mentions(_line_before(raw_text, m.start(1))):
            return _iso(m.group(1), m.group(2), m.group(3))
    tail = raw_text[-600:]
    dates = list(_SIGNATURE_DATE_RE.finditer(tail))
    if dates:
        m = dates[-1]
        return _iso(m.group(1), m.group(2), m.group(3))
    written = list(_CHINESE_SIGNATURE_DATE_RE.finditer(tail))
    if written:
        m = written[-1]
        month, day = (str(parse_chinese_numeral(g)) for g in (m.group(2), m.group(3)))
        return _iso(m.group(1).translate(_YEAR_DIGITS), month, day)
    return None


def _line_before(text: str, at: int) -> str:
    """The last non-blank line ending before the line holding `at`."""
    lines = text[: text.rfind("\n", 0, at) + 1].rstrip().rsplit("\n", 1)
    return lines[-1]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# str.translate walks every character; most pages have no full-width digit to map.
_FULL_WIDTH_DIGIT_RE = regex.compile("[０-９]")
# A news item opening on its day, without the year: "7月18日，某局举行新闻发布会"
_YEARLESS_DATELINE_RE = regex.compile(r"^(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上?)?[，,]", regex.M)


def _yearless_dateline(text: str, year: int, period: str, period_month: int | None) -> str | None:
    """The date a news item opens on, in the first year after the end of the period it reports:
    "7月18日" over 2024年上半年 is 2024's, "1月23日" over the year 2024 is 2025's."""
    m = _YEARLESS_DATELINE_RE.search(text, 0, 600)
    if m is None:
        return None
    last_month = 12 if period == "year" else period_month
    if last_month is None:
        return None
    month = int(m.group(1))
    return _iso(str(year if month > last_month else year + 1), m.group(1), m.group(2))


def _iso(year: str, month: str, day: str) -> str | None:
    y, mo, d = int(year), int(month), int(day)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_DATE_IN_TITLE_RE = regex.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


# The year's work conference a speech or report was given at: "在2026年全市市场监管工作会议上"
_WORK_MEETING_TITLE_RE = regex.compile(r"(20\d{2})年[\p{Han}]{0,12}?工作(?:会议|大会|会)")


def _reviews_the_year(opening: str, year: int) -> bool:
    """The opening reviews `year`: "总结2025年工作", "一、2025年工作回顾"."""
    return regex.search(rf"总结{year}年|{year}年(?:度)?(?:工作)?(?:回顾|总结)", opening) is not None


# A yearbook's volume, named by the year it came out: "喀什地区统计年鉴—2024", "某某年鉴（2024卷）"
_YEARBOOK_VOLUME_RE = regex.compile(r"年鉴\s*[—\-–·（(]?\s*((?:19|20)\d{2})(?:卷|年卷)?")


def _report_year(title: str | None, clean_text: str, published: str | None, report_type: str) -> int | None:
    if report_type == "audit_rectification" and "审计" in (title or clean_text[:300]):
        # An audit's rectification report is about the audited year its title names (关于2023年度预算执行…
        # 审计发现问题整改情况的报告), whose figures it restates as that year's. A title without the
        # year belongs to the rectification's year, the one after the year the body says was audited.
        audited = _AUDITED_YEAR_RE.search(title or "") or _TITLE_AUDIT_YEAR_RE.search(title or "")
        if audited:
            return int(audited.group(1))
        audited = _AUDITED_YEAR_RE.search(clean_text[:1500])
        if audited:
            return int(audited.group(1)) + 1
        if published:
            return int(published[:4])
    if title:
        # "年度数据海报｜2025，…成绩单", "数说2024｜…": a bare year in a title names it too
        # ("——2024年1月9日在…人民代表大会…上": a date the report was given on, not its year)
        dated = _DATE_IN_TITLE_RE.sub("", title)
        volume = _YEARBOOK_VOLUME_RE.search(dated)
        if volume is not None:
            dated = dated[: volume.start(1)] + dated[volume.end(1) :]
        years = [int(y) for y in _YEAR_RE.findall(dated)] or [int(y) for y in _BARE_YEAR_RE.findall(dated)]
        meeting = _WORK_MEETING_TITLE_RE.search(dated)
        if meeting and _reviews_the_year(clean_text[:2000], int(meeting.group(1)) - 1):
            # "在2026年全市市场监管工作会议上的讲话" opens the year by reviewing the one before
            return int(meeting.group(1)) - 1
        if years:
            # "举办2025年“3·15”活动发布2024年消费维权成绩单", "2024年工作总结和2025年工作计划":
            # the later year is an event's or a plan's, the earlier one is reported on.
            return min(years)
    opening = clean_text[:1500]
    event_year = _dateline_year(opening, published)
    if event_year is not None:
        return event_year
    for m in regex.finditer(
        r"(?<!\d)(20\d{2})\s*年(?:度)?(?:[，,]|(?<=^\s*\d{4}年)以来|上半年|1\s*[-—]|[一二三四]季度|第[一二三四]季度|推进|主要|工作)",
        opening,
        flags=regex.MULTILINE,
    ):
        if not _TARGET_YEAR_LEAD_RE.search(opening, max(0, m.start() - 3), m.start()) and not (
            _PLAN_AFTER_YEAR_RE.match(opening, m.end())
        ):
            return int(m.group(1))
    if title and (volume := _YEARBOOK_VOLUME_RE.search(title)) is not None:
        return int(volume.group(1)) - 1  # a yearbook's volume records the year before it
    if published:
        year, month = int(published[:4]), int(published[5:7])
        # Annual reports come out early in the next year; other reports in their own year.
        return year - 1 if month <= 3 and "年度" not in opening else year
    return _most_mentioned_year(clean_text)


def _dateline_year(opening: str, published: str | None) -> int | None:
    """A news item that opens on its day without the year ("3月15日上午，…举办2025年“3·15”…") is
    about that day's year: the year its first sentence names, else the year it was published
    ("1月10日，召开2024年工作总结会" reports on 2024)."""
    if published is None:
        return None
    m = _YEARLESS_DATELINE_RE.search(opening, 0, 600)
    if m is None or _YEAR_RE.search(opening, 0, m.start()):
        return None
    end = opening.find("。", m.end())
    named = [int(y) for y in _YEAR_RE.findall(opening, m.end(), end if end > 0 else len(opening))]
    return min(named) if named else int(published[:4])


def _most_mentioned_year(clean_text: str) -> int | None:
    """The year the text names most, a target's year ("到2025年，力争…") aside: a report that
    names only a target's year is of the year before it."""
    mentioned: Counter[int] = Counter()
    targets = []
    for m in _YEAR_RE.finditer(clean_text):
        if _TARGET_YEAR_LEAD_RE.search(clean_text, max(0, m.start() - 3), m.start()):
            targets.append(int(m.group(1)))
        else:
            mentioned[int(m.group(1))] += 1
    if mentioned:
        return mentioned.most_common(1)[0][0]
    return min(targets) - 1 if targets else None


def _period(title: str | None, clean_text: str) -> tuple[str, int | None]:
    """The period the document covers and its last month (5 for 5月, 9 for 三季度 or 1—9月).

    The title decides when it names a period or a year; otherwise the opening lines do.
    Figures later in the body (a 1—9月 section of a quarterly release) do not.
    """
    if title:
        title = _ISSUE_NUMBER_RE.sub("", title)  # "（2024年第11期）" numbers an issue, it names no period
        if _AND_THE_WHOLE_YEAR_RE.search(title):
            return "year", None  # "四季度暨全年工作汇报": the year, its last quarter named besides
        found = _period_in(title)
        if found is not None:
            return found
        if _YEAR_RE.search(title) or _PLAN_PERIOD_RE.search(title):
            return _announced_period(clean_text) or ("year", None)
    opening = _ISSUE_NUMBER_RE.sub("", _opening(clean_text))
    return _period_in(opening) or _as_of_period(opening) or ("year", None)


_AND_THE_WHOLE_YEAR_RE = regex.compile(r"[暨及和]全年|全年[暨及和]")


# Where things stand, in an opening with no period of its own: "截至2025年11月底，15个问题中已完成整改13个"
_AS_OF_RE = regex.compile(r"截[至止]\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月(?:底|末|\d{1,2}\s*日)")


def _as_of_period(opening: str) -> tuple[str, int | None] | None:
    """A document with no period in its title or opening counts up to the date it reports at."""
    m = _AS_OF_RE.search(opening)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return None
    month = int(m.group(1))
    return ("year", None) if month == 12 else ("to_date", month)


# "现将1—11月工作开展情况报告如下": the sentence that presents the body names what it covers
_PRESENTS_BODY_RE = regex.compile(r"现将([^。；\n]{1,40}?)(?:报告|通报|公布|汇报|总结|公示)如下")


def _announced_period(clean_text: str) -> tuple[str, int | None] | None:
    """The part of the title's year that the body's presenting sentence names, if it names one,
    or the date it reports at ("截至9月23日，行动已进入收尾阶段，现将开展情况通报如下")."""
    m = _PRESENTS_BODY_RE.search(clean_text, 0, 1500)
    if m is None:
        return None
    sentence_start = max(clean_text.rfind("。", 0, m.start()), clean_text.rfind("\n", 0, m.start())) + 1
    return _period_in(m.group(1)) or _as_of_period(clean_text[sentence_start : m.start()])


_ISSUE_NUMBER_RE = regex.compile(r"(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期")


def _opening(clean_text: str) -> str:
    """The first six lines within the first 600 characters; for a numbered issue (第11期), whose
    masthead takes lines of its own, the first six lines that hold words."""
    lines = clean_text[:600].split("\n")
    opening = "\n".join(lines[:6])
    if _ISSUE_NUMBER_RE.search(opening):
        opening = "\n".join([line for line in lines if line.strip()][:6])
    return opening


def _names_year_or_period(title: str | None, clean_text: str) -> bool:
    opening = _opening(clean_text)
    return any(_YEAR_RE.search(t) or _period_in(t) for t in (title or "", opening))


def _dateline_month(clean_text: str, year: int | None, published: str | None) -> int | None:
    """The month of a news item that opens on a day of the month it came out in ("3月15日上午，…",
    published in March): the event it reports is that month's."""
    dateline = _YEARLESS_DATELINE_RE.search(clean_text, 0, 600)
    if dateline is None or year is None or published is None:
        return None
    month = int(dateline.group(1))
    return month if (int(published[:4]), int(published[5:7])) == (year, month) else None


def _period_from_publication(year: int | None, published: str | None) -> tuple[str, int | None]:
    if year is None or published is None:
        return "year", None
    pub_year, pub_month = int(published[:4]), int(published[5:7])
    if pub_year == year and pub_month < 12:
        return "to_date", pub_month
    return "year", None


def _period_in(text: str) -> tuple[str, int | None] | None:
    for period, pattern in _PERIOD_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        if period == "quarters":
            # 前三季度 = 1—9月: to date, unless it is the first half (前两季度).
            months = 3 * (
                "一二三".index(m.group(1)) + 1
                if m.group(1) in "一二三"
                else 2
                if m.group(1) == "两"
                else int(m.group(1))
            )
            return {6: ("half_year", 6), 3: ("quarter", 3)}.get(months, ("to_date", months))
        if period == "quarter":
            digit = _QUARTER_DIGIT_RE.search(m.group()).group()
            return period, 3 * ("一二三四".index(digit) + 1 if digit in "一二三四" else int(digit))
        if period == "half_year":
            return period, 6
        digits = next((g for g in m.groups() if g), None)
        month = int(digits) if digits and digits.isdigit() else None
        if month is None or not 1 <= month <= 12:
            continue
        if period == "to_date":
            return {12: ("year", None), 6: ("half_year", 6), 3: ("quarter", 3)}.get(month, ("to_date", month))
        return period, month
    return None


def _report_type(title: str | None, clean_text: str) -> str:
    head = (title or "") + "\n" + clean_text[:300]
    for report_type, pattern in _TYPE_RULES:
        if pattern.search(title or "") or (title is None and pattern.search(head)):
            return report_type
    if title is None:
        body = clean_text[:3000]
        if "法治政府建设" in body:
            return "rule_of_law_annual"
    return "other"


def _official_place_name(agency: str, *places: str | None) -> str:
    """An autonomous prefecture or county written short, as its people write it (临夏州消费者协会,
    长阳县…): named in full, as gold names bodies (临夏回族自治州消费者协会)."""
    for place in places:
        if place and "自治" in place and not agency.startswith(place):
            # 临夏回族自治州 -> 临夏州, 黔西南布依族苗族自治州 -> 黔西南州, 克孜勒苏柯尔克孜自治州 -> 克州
            end = agency.find(place[-1], 1, 6)
            if end > 0 and place.startswith(agency[:end]):
                return place + agency[end + 1 :]
    return agency


# A development zone's own bureau, named after the place it lies in: "库尔勒经济技术开发区"
_ZONE_RE = regex.compile(
    r"(?:\p{Han}{1,8}?(?:省|自治区|市|自治州|州))?(\p{Han}{2,6}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区))"
    r"(?![(（])"
)


def _development_zone(agency: str, district: str | None) -> str | None:
    """A zone named after a county or city (库尔勒经济技术开发区, parsed as 库尔勒市) is a unit of its
    own, not that place; a zone named with the district it shares (杭州高新技术产业开发区(滨江)) is that
    district's."""
    zone = _ZONE_RE.match(agency)
    if zone is None or (district and not zone.group(1).startswith(district[:2])):
        return None
    if district and district.endswith(("开发区", "园区", "新区")):
        return None  # the gazetteer knows the zone already (成都高新区 -> 成都高新技术产业开发区)
    return zone.group(1)


def _level(province: str | None, city: str | None, district: str | None, agency: str | None) -> str | None:
    if agency is None:
        return None
    if district:
        return (
            "county"
            # The forest district and the special district rank as counties, not a city's districts
            # (碑林区, 万柏林区 are districts: 林区 alone says nothing)
            if district.endswith(("县", "旗", "神农架林区", "六枝特区"))
            or (district.endswith("市") and district != city)
            else "district"
        )
    if city and city != province:
        return "city"
    return "province" if province else None  # 天津市 itself: a municipality ranks as a province


def describe_report(clean: CleanReport, raw_text: str) -> ReportMeta:
    """Agency, region, level, year, type, title, publication date and covered period."""
    title, clean_title = _title(clean, raw_text)
    agency = _agency(clean.text, title, raw_text)
    province = city = district = None
    if agency:
        province, city, district = parse_region(agency)
        agency = _official_place_name(agency, city, district)
        district = _development_zone(agency, district) or district
    # Bylines of a traditional-character page read like simplified ones: 發佈時間 -> 发布时间.
    byline_text = to_simplified(raw_text) if clean.converted_from_traditional else raw_text
    if _FULL_WIDTH_DIGIT_RE.search(byline_text):
        byline_text = byline_text.translate(_FULL_WIDTH_DIGITS)  # "２０２１年１月２０日"
    published = _published(byline_text)
    report_type = _report_type(clean_title, clean.text)
    year = _report_year(clean_title, clean.text, published, report_type)
    period, period_month = _period(clean_title, clean.text)
    if published is None and year is not None:
        published = _yearless_dateline(clean.text, year, period, period_month)
    if period == "year" and report_type == "other" and not _YEAR_RE.search(clean_title or ""):
        day_month = _dateline_month(clean.text, year, published)
        if day_month is not None:
            period, period_month = "month", day_month
        elif not _names_year_or_period(clean_title, clean.text):
            # A news item naming no year or period covers its year up to when it came out;
            # typed reports (annual, audit rectification) cover their year.
            period, period_month = _period_from_publication(year, published)
    return ReportMeta(
        agency=agency,
        province=province,
        city=city,
        district=district,
        level=_level(province, city, district, agency),
        report_year=year,
        report_type=report_type,
        title=title,
        published_date=published,
        period=period,
        period_month=period_month,
    )
