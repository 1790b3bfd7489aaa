"""Extraction on sentences written for these tests: one phenomenon each.

Each case is a small report (a title line and a body); the expected rows are
(metric_code, value, period, scope) and must all be present; `absent` values
must not appear as any observation.
"""

from __future__ import annotations

import pytest

from pipeline.chain import run_chain
from pipeline.ingest import report_from_bytes

YEAR_TITLE = "某市市场监督管理局2023年度法治政府建设情况报告\n\n"


def rows(body: str, title: str = YEAR_TITLE, name: str = "case.txt") -> list[dict]:
    report = report_from_bytes(name, (title + body).encode("utf-8"))
    return run_chain(report).observations.to_dicts()


def keyed(observations: list[dict]) -> set[tuple]:
    return {(r["metric_code"], r["value"], r["period"], r["scope"]) for r in observations}


CASES = [
    pytest.param(
        "2023年，共收到行政复议案件45件，行政诉讼12件。",
        [
            ("litigation.reconsideration_received", 45, "year", "total"),
            ("litigation.lawsuits_received", 12, "year", "total"),
        ],
        id="verb-governs-a-list",
    ),
    pytest.param(
        "全年已调解成功行政复议20件，行政诉讼6件。",
        [
            ("litigation.reconsideration_mediated", 20, "year", "total"),
            ("litigation.lawsuits_mediated", 6, "year", "total"),
        ],
        id="mediation-governs-a-list",
    ),
    pytest.param(
        "全年行政发案量为80件，比去年同期（95件）下降15.79%。",
        [
            ("litigation.disputes_total", 80, "year", "total"),
            ("litigation.disputes_total", 95, "prior_year", "total"),
        ],
        id="prior-year-in-brackets",
    ),
    pytest.param(
        "全年共受理投诉举报3200件，同比去年2900件增长10.34%。",
        [
            ("complaints.received", 3200, "year", "total"),
            ("complaints.received", 2900, "prior_year", "total"),
        ],
        id="prior-year-tongbi-qunian",
    ),
    pytest.param(
        "全年查办大要案30件（上年为25件）。",
        [
            ("enforcement.major_cases", 30, "year", "total"),
            ("enforcement.major_cases", 25, "prior_year", "total"),
        ],
        id="shangnian-wei",
    ),
    pytest.param(
        "全年办结行政处罚案件212件，同比增长9.3%（上年办结194件）；罚没款同比持平。",
        [
            ("enforcement.cases_closed", 212, "year", "total"),
            ("enforcement.cases_closed", 194, "prior_year", "total"),
        ],
        id="change-then-last-years-verb-and-figure-in-brackets",
    ),
    pytest.param(
        "全年共查处各类案件1500件，其中大要案60件、移送公安机关涉嫌犯罪案件12件。",
        [
            ("enforcement.cases_filed", 1500, "year", "total"),
            ("enforcement.major_cases", 60, "year", "total"),
            ("enforcement.criminal_referrals", 12, "year", "total"),
        ],
        id="qizhong-other-metrics-stay-total",
    ),
    pytest.param(
        "全年受理投诉举报5000件，其中投诉3000件、举报2000件；另受理咨询1800件。",
        [
            ("complaints.received", 5000, "year", "total"),
            ("complaints.received", 3000, "year", "subset"),
            ("complaints.received", 2000, "year", "subset"),
            ("complaints.inquiries", 1800, "year", "total"),
        ],
        id="qizhong-components-are-subsets",
    ),
    pytest.param(
        "在民生领域“铁拳”行动中查处案件120件，罚没款56万元。全年共查处各类违法案件980件，罚没款合计620万元。",
        [
            ("enforcement.cases_filed", 120, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 560000, "year", "subset"),
            ("enforcement.cases_filed", 980, "year", "total"),
            ("enforcement.fines_and_confiscations_cny", 6200000, "year", "total"),
        ],
        id="campaign-subset-beside-annual-total",
    ),
    pytest.param(
        "其中，市局执法支队立案查处案件210件，各县区局查处案件770件。",
        [
            ("enforcement.cases_filed", 210, "year", "subset"),
            ("enforcement.cases_filed", 770, "year", "subset"),
        ],
        id="sub-units",
    ),
    pytest.param(
        "按案件类型分，食品类案件340件、价格类案件95件、广告类案件61件。",
        [
            ("enforcement.cases_filed", 340, "year", "subset"),
            ("enforcement.cases_filed", 95, "year", "subset"),
            ("enforcement.cases_filed", 61, "year", "subset"),
        ],
        id="categories",
    ),
    pytest.param(
        "审结案件中，维持原行政行为12件，驳回复议申请5件，撤销3件，确认违法1件。",
        [
            ("litigation.reconsideration_upheld", 12, "year", "subset"),
            ("litigation.reconsideration_upheld", 5, "year", "subset"),
            ("litigation.reconsideration_corrected", 3, "year", "subset"),
            ("litigation.reconsideration_corrected", 1, "year", "subset"),
        ],
        id="reconsideration-outcomes-without-a-sum",
    ),
    pytest.param(
        "审结的复议案件中，撤销原处罚决定6件，确认违法2件，责令履行4件，调解结案3件。",
        # 6 happens to be 2 + 4, but 撤销 names one kind of correction: a part, not the whole
        [
            ("litigation.reconsideration_corrected", 6, "year", "subset"),
            ("litigation.reconsideration_corrected", 2, "year", "subset"),
            ("litigation.reconsideration_corrected", 4, "year", "subset"),
        ],
        id="kinds-of-correction-one-equal-to-the-others-sum",
    ),
    pytest.param(
        "复议机关决定撤销1件、确认违法1件，维持和驳回合计9件。",
        [
            ("litigation.reconsideration_corrected", 1, "year", "subset"),
            ("litigation.reconsideration_corrected", 1, "year", "subset"),
            ("litigation.reconsideration_upheld", 9, "year", "total"),
        ],
        id="equal-kinds-are-parts-and-the-joined-kinds-a-whole",
    ),
    pytest.param(
        "全年，本系统作为被申请人、被告的行政复议和一审行政诉讼案件共215件，比上年（236件）下降8.9%。",
        [
            ("litigation.disputes_total", 215, "year", "total"),
            ("litigation.disputes_total", 236, "prior_year", "total"),
        ],
        id="reconsiderations-and-lawsuits-counted-together",
    ),
    pytest.param(
        "全年审结行政复议案件150件，复议机关作出维持决定和驳回复议申请决定的共计97件。",
        [
            ("litigation.reconsideration_closed", 150, "year", "total"),
            ("litigation.reconsideration_upheld", 97, "year", "total"),
        ],
        id="upheld-and-dismissed-decisions-together",
    ),
    pytest.param(
        "经核对，全局共立案查处各类违法案件960件，作出罚没款决定2231.6万元，已缴入国库2105.2万元。",
        [
            ("enforcement.cases_filed", 960, "year", "total"),
            ("enforcement.fines_and_confiscations_cny", 22316000, "year", "total"),
        ],
        id="fines-decided",
    ),
    pytest.param(
        "全年查处商标、专利等知识产权违法案件512件，其中商标侵权案件401件。罚没款合计936.2万元，"
        "向公安机关移送涉嫌犯罪案件11件。",
        # the second sentence has no subject of its own: it goes on about the IP cases
        [
            ("enforcement.cases_filed", 512, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 9362000, "year", "subset"),
            ("enforcement.criminal_referrals", 11, "year", "subset"),
        ],
        id="a-sentence-going-on-about-a-sub-domains-cases",
    ),
    pytest.param(
        "全年消协共受理消费者投诉3120件。热点投诉前五位依次为：食品类402件，居第一位；家用电子电器类355件，"
        "居第二位；餐饮服务类290件。",
        [
            ("complaints.received", 402, "year", "subset"),
            ("complaints.received", 355, "year", "subset"),
            ("complaints.received", 290, "year", "subset"),
        ],
        id="a-ranking-lead-with-items-in-clauses-of-their-own",
    ),
    pytest.param(
        "全年审结一审行政诉讼案件15件，其中判决驳回原告诉讼请求8件、裁定驳回起诉2件，原告撤诉4件，败诉1件。",
        [
            ("litigation.lawsuits_closed", 15, "year", "total"),
            ("litigation.lawsuits_won", 8, "year", "subset"),
            ("litigation.lawsuits_won", 2, "year", "subset"),
            ("litigation.lawsuits_withdrawn", 4, "year", "total"),
            ("litigation.lawsuits_lost", 1, "year", "total"),
        ],
        id="lawsuit-sense-of-bohui",
    ),
    pytest.param(
        "行政复议纠错率为10.5%，较上年下降2.3个百分点；行政机关负责人出庭应诉率100%。",
        [
            ("litigation.reconsideration_correction_rate", 10.5, "year", "total"),
            ("litigation.head_appearance_rate", 100, "year", "total"),
        ],
        id="rates",
    ),
    pytest.param(
        "全年移送公安机关涉嫌犯罪案件两起，审查重大行政执法决定十二件。",
        [
            ("enforcement.criminal_referrals", 2, "year", "total"),
            ("enforcement.major_decisions_reviewed", 12, "year", "total"),
        ],
        id="chinese-numerals",
    ),
    pytest.param(
        "截至11月底，累计受理投诉举报2.1万件，为消费者挽回经济损失1.26亿元。",
        [
            ("complaints.received", 21000, "to_date", "total"),
            ("complaints.losses_recovered_cny", 126000000, "to_date", "total"),
        ],
        id="to-date-and-money-in-yi",
    ),
    pytest.param(
        "今年以来，依法作出不予处罚和减轻处罚案件88件，减免罚没款96.5万元。",
        [
            ("enforcement.lenient_decisions", 88, "to_date", "total"),
            ("enforcement.lenient_amount_cny", 965000, "to_date", "total"),
        ],
        id="jinnian-yilai-in-a-year-report",
    ),
    pytest.param(
        "对38件行政处罚案卷进行评查，公示行政处罚信息1,204条，公示率100%。",
        [
            ("enforcement.case_files_reviewed", 38, "year", "total"),
            ("enforcement.penalties_published", 1204, "year", "total"),
            ("enforcement.penalties_published_rate", 100, "year", "total"),
        ],
        id="noun-after-the-figure-and-thousands-separator",
    ),
    pytest.param(
        "全系统收到行政复议申请120件。市局本级收到行政复议申请31件，均在法定期限内办结。",
        [
            ("litigation.reconsideration_received", 120, "year", "total"),
            ("litigation.reconsideration_received", 31, "year", "subset"),
        ],
        id="the-bureaus-own-level-is-a-part-of-its-system",
    ),
    pytest.param(
        "全年行政复议被纠错6件。原因分析：被纠错的6件案件中有4件涉及举报处理程序。",
        [
            ("litigation.reconsideration_corrected", 6, "year", "total"),
            ("litigation.reconsideration_corrected", 4, "year", "subset"),
        ],
        id="some-of-the-figure-right-before",
    ),
    pytest.param(
        "全年为消费者挽回经济损失312万元。其中，因经营者欺诈为消费者争取加倍赔偿金额26.5万元。",
        [
            ("complaints.losses_recovered_cny", 3120000, "year", "total"),
            ("complaints.losses_recovered_cny", 265000, "year", "subset"),
        ],
        id="won-for-consumers-is-no-target-and-qizhong-opening-a-sentence-divides-the-one-before",
    ),
    pytest.param(
        "全年共收到行政复议申请52件，均在法定期限内处理。经审查，依法受理47件，不予受理5件。",
        [
            ("litigation.reconsideration_received", 52, "year", "total"),
            ("litigation.reconsideration_received", 47, "year", "subset"),
        ],
        id="applications-accepted-are-a-part-of-those-received",
    ),
    pytest.param(
        "全年共收到行政复议申请96件。其中，区政府收到40件，市政府收到56件。\n\n经审查，依法受理88件，不予受理8件。",
        [
            ("litigation.reconsideration_received", 96, "year", "total"),
            ("litigation.reconsideration_received", 88, "year", "subset"),
        ],
        id="applications-accepted-in-the-paragraph-after-those-received-are-a-part",
    ),
    pytest.param(
        "全年受理举报1620件，主要涉及食品安全（482件）、价格收费（301件）和虚假宣传（215件）。",
        [
            ("complaints.received", 1620, "year", "subset"),
            ("complaints.received", 482, "year", "subset"),
            ("complaints.received", 215, "year", "subset"),
        ],
        id="parts-named-beside-figures-in-brackets",
    ),
    pytest.param(
        "投诉热点主要集中在预付式消费（318件）、家用电器（156件）等领域。"
        "举报反映的问题主要涉及价格违法、虚假宣传，分别为94件、61件。",
        [
            ("complaints.received", 318, "year", "subset"),
            ("complaints.received", 156, "year", "subset"),
            ("complaints.received", 94, "year", "subset"),
            ("complaints.received", 61, "year", "subset"),
        ],
        id="what-complaints-concentrate-in-are-parts-of-them",
    ),
    pytest.param(
        "全年收到行政复议申请64件。经审理，维持原行政行为的41件，撤销的3件。",
        [
            ("litigation.reconsideration_upheld", 41, "year", "total"),
            ("litigation.reconsideration_corrected", 3, "year", "total"),
        ],
        id="the-wei-of-xingwei-is-part-of-the-cue-not-filler",
    ),
    pytest.param(
        "全年罚没款共计人民币2.4亿余元。",
        [("enforcement.fines_and_confiscations_cny", 240000000, "year", "total")],
        id="renminbi-between-a-cue-and-its-amount",
    ),
    pytest.param(
        "全年罚没款合计615万元，其中罚款472万元、没收违法所得143万元。",
        [
            ("enforcement.fines_and_confiscations_cny", 6150000, "year", "total"),
            ("enforcement.fines_cny", 4720000, "year", "total"),
            ("enforcement.fines_and_confiscations_cny", 1430000, "year", "subset"),
        ],
        id="confiscated-income-is-the-other-part-of-fines-and-confiscations",
    ),
    pytest.param(
        "全年通过12315平台受理投诉8,120件、举报2,045件、咨询6,377件，共计16,542件。",
        [
            ("complaints.received", 8120, "year", "subset"),
            ("complaints.inquiries", 6377, "year", "total"),
            ("complaints.received_incl_inquiries", 16542, "year", "total"),
        ],
        id="a-sum-after-a-list-of-parts-counts-what-the-parts-make-up",
    ),
    pytest.param(
        "全年查处各类违法案件2,140件。适用简易程序980件。",
        [("enforcement.cases_filed", 980, "year", "subset")],
        id="simplified-procedure-cases-are-a-part-of-all-cases",
    ),
    pytest.param(
        "发生行政复议案件两件，均维持；发生行政诉讼案件一件，目前尚在审理中。一件事一次办。",
        [
            ("litigation.reconsideration_received", 2, "year", "total"),
            ("litigation.lawsuits_received", 1, "year", "total"),
        ],
        id="yi-jian-right-after-the-noun-it-counts-is-a-count",
    ),
    pytest.param(
        "认真做好行政应诉工作，主要负责人出庭应诉一次。",
        [("litigation.head_appearances", 1, "year", "total")],
        id="yi-ci-right-after-appearing-in-court-is-a-count",
    ),
    pytest.param(
        "1至9月，全市向公安机关移送涉嫌犯罪案件64件，已多于2022年全年移送的57件。",
        [
            ("enforcement.criminal_referrals", 64, "to_date", "total"),
            ("enforcement.criminal_referrals", 57, "prior_year", "total"),
        ],
        id="the-topics-verb-in-a-de-clause-repeats-the-topic",
    ),
    pytest.param(
        "全年新收一审行政诉讼案件40件。按案由统计，行政处罚类25件，投诉举报处理类15件。",
        [
            ("litigation.lawsuits_received", 25, "year", "subset"),
            ("litigation.lawsuits_received", 15, "year", "subset"),
        ],
        id="an-an-you-tongji-frame-lists-parts-of-the-figure-before",
    ),
    pytest.param(
        "全年审结行政复议案件30件，其中维持18件，撤销原行政行为4件，变更原处罚决定1件。",
        [
            ("litigation.reconsideration_corrected", 4, "year", "subset"),
            ("litigation.reconsideration_corrected", 1, "year", "subset"),
        ],
        id="revoking-the-original-act-is-a-correction",
    ),
    pytest.param(
        "全年被诉行政案件4件，法院已审结3件，我局败诉0件，另有1件仍在审理中。",
        [
            ("litigation.lawsuits_lost", 0, "year", "total"),
            ("litigation.reconsideration_pending", 1, "year", "total"),
        ],
        id="a-case-still-being-heard-is-pending-not-another-outcome",
    ),
    pytest.param(
        "受理行政复议申请9件，比上年多2件（2022年为7件）。",
        [("litigation.reconsideration_received", 7, "prior_year", "total")],
        id="prior-value-after-a-change-amount-compares-with-the-level",
    ),
    pytest.param(
        "法院审结一审案件64件，其中判决驳回原告请求、起诉的51件，原告撤诉8件。",
        [("litigation.lawsuits_won", 51, "year", "total")],
        id="rejecting-the-plaintiffs-request-or-suit-is-a-win",
    ),
    pytest.param(
        "全年法制审核重大案件31件。重大行政执法决定集体讨论14件。",
        [
            ("enforcement.major_decisions_reviewed", 31, "year", "total"),
            ("enforcement.major_decisions_reviewed", 14, "year", "total"),
        ],
        id="reviewing-major-cases-is-a-review-not-a-count-of-major-cases",
    ),
    pytest.param(
        "办案量稳步上升，仅第四季度立案就达315件。",
        [("enforcement.cases_filed", 315, "quarter", "total")],
        id="jiu-da-is-filler-before-a-figure",
    ),
    pytest.param(
        "对7起初次违法且及时改正的案件，依法作出不予处罚决定。",
        [("enforcement.lenient_decisions", 7, "year", "total")],
        id="dui-object-clause-then-its-verb-clause",
    ),
    pytest.param(
        "审结复议案件120件。经调解、和解后申请人撤回申请结案的案件15件。",
        [("litigation.reconsideration_mediated", 15, "year", "total")],
        id="withdrawn-after-mediation-is-mediated-not-closed",
    ),
    pytest.param(
        "全年行政发案量合计41件（2022年：30件）。其中，收到复议申请29件（2022年：21件），一审行政诉讼案件12件（2022年：9件）。",
        [
            ("litigation.disputes_total", 30, "prior_year", "total"),
            ("litigation.reconsideration_received", 21, "prior_year", "total"),
            ("litigation.lawsuits_received", 9, "prior_year", "total"),
        ],
        id="bracketed-year-and-colon-is-the-prior-years-value",
    ),
    pytest.param(
        "共查办案件530件，罚没款702.6万元，其中食品类260件、药品类81件。",
        [
            ("enforcement.cases_filed", 260, "year", "subset"),
            ("enforcement.cases_filed", 81, "year", "subset"),
        ],
        id="categories-after-money-are-parts-of-the-cases",
    ),
    pytest.param(
        "组织案卷评查，抽评行政处罚案卷180卷。",
        [("enforcement.case_files_reviewed", 180, "year", "total")],
        id="sampled-case-files-are-reviewed-files",
    ),
    pytest.param(
        "全年查处违法案件900件；发现涉嫌犯罪线索后，向公安机关移送案件31件。",
        [("enforcement.criminal_referrals", 31, "year", "total")],
        id="a-crime-lead-is-where-every-referral-starts-not-a-source",
    ),
    pytest.param(
        "全年受理投诉2,410件。二季度受雨季影响，装修类投诉较多。投诉量居前两位的是装修和家电，其中装修投诉318件。",
        [("complaints.received", 318, "year", "subset")],
        id="a-quarter-named-as-the-cause-of-a-peak-does-not-frame-the-next-sentence",
    ),
    pytest.param(
        "复议机关认为原处罚明显不当，决定将罚款数额变更为3万元。",
        [("enforcement.fines_cny", 30000, "year", "total")],
        id="a-fine-changed-to-a-new-amount-is-a-fine",
    ),
    pytest.param(
        "复议机关决定将罚没金额调整为1.2万元。",
        [("enforcement.fines_and_confiscations_cny", 12000, "year", "total")],
        id="an-amount-adjusted-to-a-figure-keeps-its-metric",
    ),
    pytest.param(
        "全年受理投诉2,640件，比上年投诉量2,315件增长14.0%。",
        [("complaints.received", 2315, "prior_year", "total")],
        id="the-base-of-a-comparison-named-by-its-metric-is-last-years",
    ),
    pytest.param(
        "全年办理行政复议案件9件，其中维持6件。\n全年立案查处案件1,204件，结案1,150件。",
        [("enforcement.cases_closed", 1150, "year", "total")],
        id="cases-closed-right-after-cases-filed-are-enforcement-cases-after-a-paragraph-on-reconsideration",
    ),
    pytest.param(
        "全年应诉行政诉讼案件9件，其中判决维持6件，撤销1件。",
        [("litigation.lawsuits_won", 6, "year", "total"), ("litigation.lawsuits_lost", 1, "year", "total")],
        id="a-lawsuit-the-court-upheld-is-won",
    ),
    pytest.param(
        "2021年至2023年，全市法院共受理涉市场监管行政案件152件，其中2021年46件、2022年51件、2023年55件。",
        [
            ("litigation.lawsuits_received", 152, "cumulative", "total"),
            ("litigation.lawsuits_received", 46, "prior_year", "total"),
            ("litigation.lawsuits_received", 55, "year", "total"),
        ],
        id="a-span-of-years-sums-them-and-the-report-years-own-figure-is-the-year",
    ),
    pytest.param(
        "2021—2023年，全市法院审结涉市场监管行政诉讼案件148件。",
        [("litigation.lawsuits_closed", 148, "cumulative", "total")],
        id="a-span-of-years-with-a-dash",
    ),
    pytest.param(
        "全市受理投诉举报量由2021年的9,615件发展到2023年的12,043件。",
        [("complaints.received", 12043, "year", "total")],
        id="grown-to-the-report-years-figure",
    ),
    pytest.param(
        "应诉行政诉讼案件12件，败诉率8.3%；行政机关负责人出庭应诉率由2021年的52.4%提升至2023年的95.1%。",
        [
            ("litigation.head_appearance_rate", 52.4, "prior_year", "total"),
            ("litigation.head_appearance_rate", 95.1, "year", "total"),
        ],
        id="a-rate-that-rose-from-a-named-years-value-after-another-rate",
    ),
    pytest.param(
        "全年受理投诉12,406件。服务类投诉居前三位的为餐饮服务（1,618件）、美容美发（904件）、教育培训（711件）。",
        [("complaints.received", 1618, "year", "subset"), ("complaints.received", 711, "year", "subset")],
        id="ranked-items-after-de-wei-with-their-counts-in-brackets",
    ),
    pytest.param(
        "全年查处不正当竞争案件52件，比上年同类案件41件增长26.8%。",
        [("enforcement.cases_filed", 41, "prior_year", "subset")],
        id="last-years-cases-of-the-same-kind-are-a-comparison",
    ),
]


@pytest.mark.parametrize(
    "body",
    [
        "全年立案查处案件1,318件，较上年立案数（1,104件）增长19.4%。",
        "全年立案查处案件1,318件，比上年立案数1,104件增长19.4%。",
    ],
)
def test_a_change_after_the_base_of_a_comparison_is_the_compared_figures(body: str) -> None:
    yoy = {r["value"]: r["yoy_pct"] for r in rows(body)}
    assert yoy == {1318: 19.4, 1104: None}


def test_a_change_after_an_earlier_years_own_figure_stays_with_it() -> None:
    yoy = {r["value"]: r["yoy_pct"] for r in rows("2023年立案1,318件；2022年立案1,104件，同比增长6.2%。")}
    assert yoy[1104] == 6.2


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_phenomena(body: str, expected: list[tuple]) -> None:
    got = keyed(rows(body))
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"


def test_yoy_changes_attach_to_their_figures() -> None:
    observations = rows("全年受理投诉1000件、举报500件、咨询800件，同比分别增长5.1%、下降3.2%、增长1.0%。")
    yoy = {r["value"]: r["yoy_pct"] for r in observations}
    assert yoy[1000] == 5.1 and yoy[500] == -3.2 and yoy[800] == 1.0
    assert not any(r["value"] in (5.1, 3.2, 1.0) for r in observations)  # changes are never rows


@pytest.mark.parametrize(
    "body",
    [
        "全年立案查处违法案件318件，罚没款合计206.5万元，案件数量较上年增长4.6%。",
        "全年立案查处违法案件318件，罚没款合计206.5万元，案件数同比增长4.6%。",
    ],
)
def test_a_change_that_names_its_subject_goes_to_that_figure_not_the_one_before(body: str) -> None:
    yoy = {r["metric_code"]: r["yoy_pct"] for r in rows(body)}
    assert yoy["enforcement.cases_filed"] == 4.6, yoy
    assert yoy["enforcement.fines_and_confiscations_cny"] is None, yoy


def test_rate_comparison_goes_to_delta_points() -> None:
    observations = rows("行政复议纠错率为10.5%，较上年下降2.3个百分点。")
    rate = next(r for r in observations if r["metric_code"] == "litigation.reconsideration_correction_rate")
    assert rate["delta_pct_points"] == -2.3


def test_prior_period_in_a_monthly_release() -> None:
    title = "某市2024年8月全市12315投诉举报咨询情况分析\n\n"
    got = keyed(rows("8月，全市共受理消费者投诉举报咨询41230件，环比上月（39876件）增长3.4%。", title))
    assert ("complaints.received_incl_inquiries", 41230, "month", "total") in got
    assert ("complaints.received_incl_inquiries", 39876, "prior_period", "total") in got


def test_a_count_after_a_list_is_skipped_only_when_it_counts_kinds() -> None:
    assert [r for r in rows("全年查处食品和药品案件两起。") if r["value"] == 2]  # two cases, a figure
    assert not [r for r in rows("食品、药品、特种设备三类投诉增长较快。") if r["value"] == 3]


def test_a_count_of_traits_laying_out_the_text_is_not_a_figure() -> None:
    body = "负责人出庭应诉12次。从案件特点看，诉讼案件主要呈现两个特点：一是职业索赔多，二是信息公开类增多。"
    assert not [r for r in rows(body) if r["value"] == 2]


def test_a_comparison_clause_names_the_metric_it_compares() -> None:
    title = "某市2024年第三季度12315投诉举报咨询数据分析\n\n"
    body = (
        "三季度，全市共受理投诉举报咨询21,480件。咨询量较上季度（9,872件）有所下降，"
        "举报量则比二季度的2,310件略有上升。投诉量比去年同期（8,640件）有所增加。"
    )
    got = keyed(rows(body, title))
    assert {
        ("complaints.inquiries", 9872, "prior_period", "total"),
        ("complaints.received", 2310, "prior_period", "subset"),
        ("complaints.received", 8640, "prior_year", "subset"),
    } <= got, sorted(got)


def test_values_after_fenbie_take_the_listed_subjects_in_order() -> None:
    title = "某市2024年5月12315投诉举报咨询数据分析\n\n"
    body = (
        "5月，全市共受理投诉举报咨询6400件。投诉、举报、咨询分别为2600件、900件、2900件。"
        "投诉、举报和咨询三项分别环比上月（2450件、1020件、3110件）有所变化。"
    )
    got = keyed(rows(body, title))
    assert {
        ("complaints.received", 2600, "month", "subset"),
        ("complaints.received", 900, "month", "subset"),
        ("complaints.inquiries", 2900, "month", "total"),
        ("complaints.received", 2450, "prior_period", "subset"),
        ("complaints.received", 1020, "prior_period", "subset"),
        ("complaints.inquiries", 3110, "prior_period", "total"),
    } <= got
    assert not any(value == 3 for _, value, _, _ in got)  # 三项 counts the names, not a figure


def test_months_listed_before_fenbie_each_take_their_own_whole() -> None:
    title = "某市2024年第二季度12315投诉举报咨询数据分析\n\n"
    body = "二季度，全市共受理投诉举报咨询9,600件。从月度分布看，4月、5月、6月分别受理3,000件、3,100件、3,500件。"
    got = keyed(rows(body, title))
    assert {
        ("complaints.received_incl_inquiries", 3000, "month", "total"),
        ("complaints.received_incl_inquiries", 3100, "month", "total"),
        ("complaints.received_incl_inquiries", 3500, "month", "total"),
    } <= got, sorted(got)


def test_a_list_of_categories_before_fenbie_stays_parts_of_its_metric() -> None:
    got = keyed(rows("全年查处食品、药品两类案件分别为30件、20件。"))
    assert {
        ("enforcement.cases_filed", 30, "year", "subset"),
        ("enforcement.cases_filed", 20, "year", "subset"),
    } <= got


def test_last_months_value_in_brackets_and_a_bare_received_in_a_monthly_release() -> None:
    title = "某县市场监督管理局2024年11月消费投诉举报情况\n\n"
    body = (
        "11月，我局共受理消费者投诉举报386件（上月412件），环比下降6.3%。"
        "为消费者挽回经济损失12.36万元（上月9.8万元）。\n1—11月累计受理4127件。"
    )
    got = keyed(rows(body, title))
    assert ("complaints.received", 412, "prior_period", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 98000, "prior_period", "total") in got, sorted(got)
    assert ("complaints.received", 4127, "to_date", "total") in got, sorted(got)


def test_partial_year_documents_give_their_period() -> None:
    half = "某区市场监督管理局2024年上半年工作总结\n\n"
    got = keyed(rows("立案查处各类违法案件312件，截至6月底，全区在线纠纷解决单位达到80家。", half))
    assert ("enforcement.cases_filed", 312, "half_year", "total") in got
    quarter = "某市市场监督管理局2024年第三季度投诉举报统计\n\n"
    got = keyed(rows("三季度共受理投诉举报9000件。1—9月，全市共受理投诉举报25000件。", quarter))
    assert ("complaints.received", 9000, "quarter", "total") in got
    assert ("complaints.received", 25000, "to_date", "total") in got


def test_tables_are_read_cell_by_cell() -> None:
    body = (
        "表1 主要指标\n\n"
        "| 指标 | 单位 | 2023年 | 2022年 | 同比增减(%) |\n| --- | --- | --- | --- | --- |\n"
        "| 立案查处各类案件 | 件 | 2100 | 1900 | 10.5 |\n| 罚没款 | 万元 | 3456.7 | 3000.1 | 15.2 |\n"
    )
    observations = rows(body)
    got = keyed(observations)
    assert ("enforcement.cases_filed", 2100, "year", "total") in got
    assert ("enforcement.cases_filed", 1900, "prior_year", "total") in got
    assert ("enforcement.fines_and_confiscations_cny", 34567000, "year", "total") in got
    current = next(r for r in observations if r["value"] == 2100)
    assert current["yoy_pct"] == 10.5 and current["year"] == 2023
    assert next(r for r in observations if r["value"] == 1900)["year"] == 2022


def test_things_that_are_not_figures_are_skipped() -> None:
    body = (
        "根据《某市法治政府建设实施方案（2021—2025年）》和某市监法〔2024〕8号文件要求，"
        "我局于2023年9月30日召开会议。“十四五”期间，全面落实“八五”普法规划。\n"
        "全年查办案值5万元以上的大要案20件。消费者可拨打12315热线或0571-87654321咨询。\n"
        "二、2024年工作打算\n一是力争食品抽检合格率达到98%以上；二是全年查办案件突破3000件。\n"
    )
    observations = rows(body)
    values = {r["value"] for r in observations}
    assert 20 in values
    for not_a_figure in (2021, 2025, 8, 2023, 9, 30, 50000, 12315, 571, 87654321, 98, 3000):
        assert not_a_figure not in values, not_a_figure


def test_traditional_characters_read_like_simplified() -> None:
    title = "某市市場監督管理局2023年執法辦案情況通報\n\n"
    got = keyed(rows("全年共查辦各類違法案件1,234件，罰沒款合計3,456.7萬元。", title))
    assert ("enforcement.cases_filed", 1234, "year", "total") in got
    assert ("enforcement.fines_and_confiscations_cny", 34567000, "year", "total") in got


def test_every_row_is_grounded_in_the_raw_text() -> None:
    raw = YEAR_TITLE + "全局共查办各类\n\n- 2 -\n\n案件 2205 件，罚没款 1847.77 万元。\n"
    report = report_from_bytes("a.txt", raw.encode("utf-8"))
    for row in run_chain(report).observations.to_dicts():
        span = raw[row["raw_start"] : row["raw_end"]]
        assert span.replace(" ", "").rstrip("件元万") in ("2205", "1847.77"), span


WORDING = [
    (
        "全年共立案各类违法案件2345件，结案2210件，罚没金额达3456.78万元。",
        [
            ("enforcement.cases_filed", 2345),
            ("enforcement.cases_closed", 2210),
            ("enforcement.fines_and_confiscations_cny", 34567800),
        ],
    ),
    (
        "全年查结各类案件1021件，罚没款入库1234万元。",
        [("enforcement.cases_closed", 1021), ("enforcement.fines_and_confiscations_cny", 12340000)],
    ),
    ("向公安机关移送涉嫌犯罪线索15条。", [("enforcement.criminal_referrals", 15)]),
    (
        "全年共接收群众诉求12.3万件，处理消费者投诉举报2.3万件，投诉按时办结率99.5%，为消费者挽回经济损失逾千万元。",
        [
            ("complaints.consumer_appeals", 123000),
            ("complaints.received", 23000),
            ("complaints.resolution_rate", 99.5),
            ("complaints.losses_recovered_cny", 10000000),
        ],
    ),
    (
        "全年发生行政复议案件12起、行政诉讼案件5起，被申请行政复议18件。",
        [
            ("litigation.reconsideration_received", 12),
            ("litigation.lawsuits_received", 5),
            ("litigation.reconsideration_received", 18),
        ],
    ),
    (
        "以本局为被告的行政诉讼案件9件，一审判决胜诉7件，败诉案件2件，行政机关负责人出庭应诉8人次。",
        [
            ("litigation.lawsuits_received", 9),
            ("litigation.lawsuits_won", 7),
            ("litigation.lawsuits_lost", 2),
            ("litigation.head_appearances", 8),
        ],
    ),
    (
        "行政复议被撤销、确认违法等纠错5件，纠错率为8%。",
        [("litigation.reconsideration_corrected", 5), ("litigation.reconsideration_correction_rate", 8)],
    ),
    (
        "共查处侵犯知识产权和制售假冒伪劣商品案件456件，涉案金额约2300万元，查扣假冒伪劣商品货值1200万元。",
        [
            ("enforcement.cases_filed", 456),
            ("enforcement.case_value_cny", 23000000),
            ("enforcement.case_value_cny", 12000000),
        ],
    ),
    ("受理消费者咨询5600人次。", [("complaints.inquiries", 5600)]),
    (
        "依法对轻微违法行为免予处罚56件，从轻减轻处罚34件。",
        [("enforcement.lenient_decisions", 56), ("enforcement.lenient_decisions", 34)],
    ),
    (
        "重大行政执法决定法制审核率100%，法制审核重大执法决定45件。",
        [("enforcement.major_decisions_reviewed", 45)],
    ),
    ("全年曝光典型案例32个。", [("enforcement.typical_cases_publicized", 32)]),
    (  # the verb before the figure, its object after it
        "市局在官网公布了7起网络直播带货虚假宣传典型案例。",
        [("enforcement.typical_cases_publicized", 7)],
    ),
    (  # the object's end found back from the words after it
        "开展案卷评查活动，随机抽取150件行政处罚案卷逐卷评分。",
        [("enforcement.case_files_reviewed", 150)],
    ),
    (
        "全年办结投诉举报1.2万件，投诉举报按期办结率98.6%。",
        [("complaints.resolved", 12000), ("complaints.resolution_rate", 98.6)],
    ),
    ("网络交易投诉举报3400件，占总量的28.3%。", [("complaints.online_shopping", 3400)]),
    ("专项行动案件占全市立案总数（2480件）的三成。", [("enforcement.cases_filed", 2480)]),
    ("全区立案数为312件，同比增长4.0%。", [("enforcement.cases_filed", 312)]),
    ("严格执行重大执法决定法制审核制度，审核案件 57 件。", [("enforcement.major_decisions_reviewed", 57)]),
    ("重大处罚决定均经法制审核，全年审核29件。", [("enforcement.major_decisions_reviewed", 29)]),
    ("全市平台共受理涉及食品安全的举报线索860余条。", [("complaints.received", 860)]),
    ("全年办理货值5万元以上案件23件。", [("enforcement.major_cases", 23)]),
    ("推行包容审慎监管，适用免罚轻罚清单办理案件58件。", [("enforcement.lenient_decisions", 58)]),
    ("全年移送公安机关立案侦查的制售假冒伪劣犯罪案件14件。", [("enforcement.criminal_referrals", 14)]),
]


@pytest.mark.parametrize(("body", "expected"), WORDING, ids=[w[0][:12] for w in WORDING])
def test_other_wordings(body: str, expected: list[tuple]) -> None:
    got = {(r["metric_code"], r["value"]) for r in rows(body)}
    assert not [e for e in expected if e not in got], sorted(got)


def test_a_change_in_count_is_not_a_core_figure() -> None:
    observations = rows("全年立案数同比增长12.5%，达到2100件；比去年同期增加235件。")
    assert not any(
        r["value"] == 235 and r["metric_code"].split(".")[0] == "enforcement" for r in observations
    )


def test_space_aligned_tables_from_pdf_text() -> None:
    body = (
        "主要指标\n\n指标名称  单位  本期  上年同期  同比(%)\n立案查处各类案件  件  2874  2516  14.2\n"
        "挽回经济损失  万元  532.6  489.3  8.8\n\n以上为快报数。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 2874, "year", "total") in got
    assert ("enforcement.cases_filed", 2516, "prior_year", "total") in got
    assert ("complaints.losses_recovered_cny", 5326000, "year", "total") in got


def test_html_pages_with_a_table() -> None:
    html = (
        "<html><head><title>某县2024年第三季度12315数据</title></head><body>"
        "<div class='nav'>首页 | 政务公开 | 数据发布</div><div class='article'>"
        "<p>三季度，全县共受理投诉举报1,530件，办结率99.1%。</p>"
        "<table><tr><th>月份</th><th>投诉(件)</th><th>举报(件)</th></tr>"
        "<tr><td>7月</td><td>420</td><td>95</td></tr><tr><td>8月</td><td>433</td><td>101</td></tr>"
        "<tr><td>合计</td><td>853</td><td>196</td></tr></table></div></body></html>"
    )
    report = report_from_bytes("page.html", html.encode("utf-8"))
    result = run_chain(report)
    got = keyed(result.observations.to_dicts())
    assert ("complaints.received", 1530, "quarter", "total") in got
    assert ("complaints.resolution_rate", 99.1, "quarter", "total") in got
    assert ("complaints.received", 420, "month", "subset") in got
    assert ("complaints.received", 853, "quarter", "subset") in got
    for row in result.observations.to_dicts():
        span = html[row["raw_start"] : row["raw_end"]]
        assert span.replace(",", "").startswith(str(int(row["value"])) if row["value"] >= 1 else "")


TOPIC_CASES = [
    (
        "一、行政复议收案情况\n全年共收案86件，同比下降5.5%（上年91件）。\n二、行政应诉情况\n行政应诉案件12件，审结10件，经调解结案2件。",
        [
            ("litigation.reconsideration_received", 86, "year", "total"),
            ("litigation.reconsideration_received", 91, "prior_year", "total"),
            ("litigation.lawsuits_received", 12, "year", "total"),
            ("litigation.lawsuits_closed", 10, "year", "total"),
            ("litigation.lawsuits_mediated", 2, "year", "total"),
        ],
    ),
    (
        "全月接收消费者诉求9800件，环比下降2.1%（上月10010件）。",
        [
            ("complaints.consumer_appeals", 9800, "year", "total"),
            ("complaints.consumer_appeals", 10010, "prior_period", "total"),
        ],
    ),
    (
        "与上月相比，举报量环比下降4.0%（上月1200件）；咨询量同比下降1.5%（上年同期3300件）。",
        [
            ("complaints.received", 1200, "prior_period", "subset"),
            ("complaints.inquiries", 3300, "prior_year", "total"),
        ],
    ),
    (
        "全年对96件案件依法作出不予处罚或减轻处罚决定。",
        [("enforcement.lenient_decisions", 96, "year", "total")],
    ),
    (
        "预付式消费投诉860件，其中美容美发、健身、教育培训类分别为400件、260件、200件。",
        [
            ("complaints.received", 400, "year", "subset"),
            ("complaints.received", 260, "year", "subset"),
            ("complaints.received", 200, "year", "subset"),
        ],
    ),
    (
        "从区域看，甲区、乙区、丙区诉求量居全市前三，分别为900件、800件、700件。",
        [
            ("complaints.consumer_appeals", 900, "year", "subset"),
            ("complaints.consumer_appeals", 700, "year", "subset"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), TOPIC_CASES, ids=[c[0][:10] for c in TOPIC_CASES])
def test_topics_brackets_and_lists(body: str, expected: list[tuple]) -> None:
    got = keyed(rows(body))
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"


# Periods named inside a sentence, and parts named by place, list or period; title per case.
Q1_Q3_TITLE = "某省市场监督管理局2024年前三季度执法工作情况通报\n\n"
PARTS_CASES = [
    (
        Q1_Q3_TITLE,
        "前三季度，全省立案查办各类案件9120件。三季度单季立案3300件，环比二季度（3050件）增长8.2%，"
        "其中9月份立案1180件。",
        [
            ("enforcement.cases_filed", 9120, "to_date", "total"),
            ("enforcement.cases_filed", 3300, "quarter", "total"),
            ("enforcement.cases_filed", 3050, "prior_period", "total"),
            ("enforcement.cases_filed", 1180, "month", "total"),
        ],
    ),
    (
        Q1_Q3_TITLE,
        "全省共立案查办违法案件9120件，移送涉嫌犯罪案件55件。从领域看，食品领域案件2500件，"
        "特种设备领域案件410件。按地区分，甲乙市立案1900件。",
        [
            ("enforcement.cases_filed", 2500, "to_date", "subset"),
            ("enforcement.cases_filed", 410, "to_date", "subset"),
        ],
    ),
    (
        "某省市场监督管理局2023年执法办案情况通报\n\n",
        "全省共立案查办违法案件21000件。武汉市立案3900件，宜昌市立案1200件。",
        [
            ("enforcement.cases_filed", 21000, "year", "total"),
            ("enforcement.cases_filed", 3900, "year", "subset"),
            ("enforcement.cases_filed", 1200, "year", "subset"),
        ],
    ),
    (
        YEAR_TITLE,
        "全年登记消费者申诉、举报和咨询8800件，其中申诉4100件。申诉处理方面，全年办结4050件，办结率98.8%。",
        [
            ("complaints.received_incl_inquiries", 8800, "year", "total"),
            ("complaints.received", 4100, "year", "subset"),
            ("complaints.resolved", 4050, "year", "total"),
        ],
    ),
    (
        YEAR_TITLE,
        "全年受理投诉举报2600件。其中价格类投诉500件，其中医美类120件、培训类95件。"
        "办结投诉480件，办结率96.0%。",
        [
            ("complaints.received", 120, "year", "subset"),
            ("complaints.received", 95, "year", "subset"),
            ("complaints.resolution_rate", 96.0, "year", "subset"),
        ],
    ),
    (
        YEAR_TITLE,
        "在燃气安全专项整治中，共立案查处违法案件31件，罚没款合计96.5万元，移送公安机关涉嫌犯罪案件2件。"
        "其中，查处的一起非法充装液化气案，罚没款达到20.3万元。",
        [
            ("enforcement.cases_filed", 31, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 965000, "year", "subset"),
            ("enforcement.criminal_referrals", 2, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 203000, "year", "subset"),
        ],
    ),
    (
        YEAR_TITLE,
        "全年办理行政处罚案件820件，罚款及没收违法所得共计1,050.2万元。其中普通程序案件610件；"
        "罚没款10万元以上的重大案件24件。对12件重大案件实行挂牌督办。",
        [
            ("enforcement.fines_and_confiscations_cny", 10502000, "year", "total"),
            ("enforcement.cases_general_procedure", 610, "year", "total"),
            ("enforcement.major_cases", 24, "year", "total"),
        ],
    ),
    (
        YEAR_TITLE,
        "最终帮助19名消费者追回预付款6.4万元。",
        [("complaints.losses_recovered_cny", 64000, "year", "subset")],
    ),
    (
        "某市市场监管局2023年查办案件情况新闻发布会\n\n",
        "全年共查办案件1,480件，罚没款3,012.5万元。\n\n"
        "案例一：某眼镜店虚构原价案。该店标注虚假原价诱导消费，依法对其罚款8万元。\n\n"
        "第二起是某药店销售劣药案，没收违法所得并处罚款，罚没款合计15.2万元。",
        [
            ("enforcement.fines_and_confiscations_cny", 30125000, "year", "total"),
            ("enforcement.fines_cny", 80000, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 152000, "year", "subset"),
        ],
    ),
    (
        YEAR_TITLE,
        "全年共查办案件1,480件，罚没款3,012.5万元。\n\n四、部分典型案例\n\n"
        "（一）某建材公司计量作弊案\n\n执法人员现场查扣改装地磅1台，对其罚款6万元。\n\n"
        "（二）某科技公司虚假宣传案\n\n当事人夸大产品功效，被处罚没款合计9.8万元。",
        [
            ("enforcement.fines_and_confiscations_cny", 30125000, "year", "total"),
            ("enforcement.fines_cny", 60000, "year", "subset"),
            ("enforcement.fines_and_confiscations_cny", 98000, "year", "subset"),
        ],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), PARTS_CASES, ids=[c[1][:10] for c in PARTS_CASES])
def test_periods_and_parts(title: str, body: str, expected: list[tuple]) -> None:
    got = keyed(rows(body, title))
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"


def test_supervised_cases_are_not_the_years_major_cases() -> None:
    got = keyed(rows("对12件重大案件实行挂牌督办。"))
    assert not any(code == "enforcement.major_cases" for code, *_ in got)


def test_a_campaign_running_since_its_launch_keeps_the_reports_period() -> None:
    title = "某市市场监督管理局2024年1—8月工作情况\n\n"
    got = keyed(rows("专项行动开展以来，全市查处相关案件320件。上线运行以来，累计受理投诉举报9万件。", title))
    assert ("enforcement.cases_filed", 320, "to_date", "subset") in got
    assert ("complaints.received", 90000, "cumulative", "total") in got


def test_a_dated_event_is_not_a_month_figure() -> None:
    got = keyed(rows("2023年6月，县局接到多名家长反映，最终帮助家长追回学费3.2万元。"))
    assert ("complaints.losses_recovered_cny", 32000, "year", "subset") in got


def test_a_news_item_without_a_period_covers_its_year_to_date() -> None:
    page = (
        "我市加油站专项整治取得成效\n\n发布时间：2024-08-20 10:00　　来源：市市场监管局\n\n"
        "今年以来，全市共查处各类违法案件980件，受理投诉举报咨询2.3万件。"
    )
    report = report_from_bytes("news.txt", page.encode("utf-8"))
    result = run_chain(report)
    assert (result.meta.period, result.meta.period_month) == ("to_date", 8)
    got = keyed(result.observations.to_dicts())
    assert ("enforcement.cases_filed", 980, "to_date", "total") in got


def test_table_columns_of_sub_units_and_topics_from_the_caption() -> None:
    body = (
        "表1　行政复议案件办理结果\n\n"
        "| 指标 | 本级 | 县（市、区）局 | 合计 |\n| --- | --- | --- | --- |\n"
        "| 收到复议申请 | 6 | 30 | 36 |\n| 其中：依法受理 | 5 | 28 | 33 |\n| 审结 | 5 | 27 | 32 |\n"
        "| 维持 | 3 | 15 | 18 |\n| 驳回复议申请 | 1 | 6 | 7 |\n\n"
        "表2　一审行政诉讼案件办理情况\n\n"
        "| 指标 | 2023年 | 2022年 |\n| --- | --- | --- |\n"
        "| 审结（件） | 14 | 12 |\n| 判决撤销或确认违法（败诉） | 1 | 3 |\n"
    )
    got = keyed(rows(body))
    for expected in [
        ("litigation.reconsideration_received", 36, "year", "total"),
        ("litigation.reconsideration_received", 6, "year", "subset"),
        ("litigation.reconsideration_received", 33, "year", "subset"),
        ("litigation.reconsideration_closed", 32, "year", "total"),
        ("litigation.reconsideration_closed", 27, "year", "subset"),
        ("litigation.reconsideration_upheld", 18, "year", "subset"),  # 维持 and 驳回: parts, no sum row
        ("litigation.reconsideration_upheld", 7, "year", "subset"),
        ("litigation.lawsuits_closed", 14, "year", "total"),
        ("litigation.lawsuits_closed", 12, "prior_year", "total"),
        ("litigation.lawsuits_lost", 1, "year", "total"),
        ("litigation.lawsuits_lost", 3, "prior_year", "total"),
    ]:
        assert expected in got, f"missing {expected}; got {sorted(got)}"


def test_table_rows_naming_kinds_of_a_metric_are_parts_of_its_whole_row() -> None:
    body = (
        "表3　行政复议结果统计\n\n"
        "| 项目 | 2023年 | 2022年 |\n|---|---:|---:|\n"
        "| 审结行政复议案件(件) | 40 | 36 |\n| 其中：维持(件) | 21 | 20 |\n| 驳回(件) | 9 | 7 |\n"
        "| 撤销(件) | 3 | 2 |\n| 确认违法(件) | 2 | 2 |\n| 被纠错(件) | 5 | 4 |\n"
    )
    got = keyed(rows(body))
    for expected in [
        ("litigation.reconsideration_upheld", 21, "year", "subset"),
        ("litigation.reconsideration_upheld", 9, "year", "subset"),
        ("litigation.reconsideration_corrected", 3, "year", "subset"),
        ("litigation.reconsideration_corrected", 2, "year", "subset"),
        ("litigation.reconsideration_corrected", 2, "prior_year", "subset"),
        ("litigation.reconsideration_corrected", 5, "year", "total"),  # the sum of its kinds
        ("litigation.reconsideration_corrected", 4, "prior_year", "total"),
    ]:
        assert expected in got, f"missing {expected}; got {sorted(got)}"


def test_flattened_table_of_case_kinds_by_outcome_with_a_lawsuit_row() -> None:
    cells = [
        "案件类型",
        "收案",
        "结案",
        "维持",
        "撤销",
        "驳回",
        "终止",
        "行政处罚类复议",
        "40",
        "38",
        "20",
        "6",
        "8",
        "4",
        "投诉举报处理类复议",
        "55",
        "50",
        "30",
        "5",
        "9",
        "6",
        "行政复议小计",
        "95",
        "88",
        "50",
        "11",
        "17",
        "10",
        "行政诉讼（一审）",
        "21",
        "19",
        "—",
        "2",
        "12",
        "5",
    ]
    body = (
        "表1　2023年行政复议、行政诉讼案件情况（单位：件）\n"
        + "\n".join(cells)
        + "\n\n注：诉讼一栏的驳回为胜诉。\n"
    )
    got = keyed(rows(body))
    for expected in [
        ("litigation.reconsideration_received", 40, "year", "subset"),  # one kind of the cases
        ("litigation.reconsideration_closed", 38, "year", "subset"),  # 结案 of a reconsideration row
        ("litigation.reconsideration_received", 95, "year", "total"),
        ("litigation.reconsideration_closed", 88, "year", "total"),
        ("litigation.lawsuits_received", 21, "year", "total"),
        ("litigation.lawsuits_closed", 19, "year", "total"),
        ("litigation.lawsuits_won", 12, "year", "total"),  # a court's 驳回 upholds the bureau
        ("litigation.lawsuits_withdrawn", 5, "year", "total"),
    ]:
        assert expected in got, f"missing {expected}; got {sorted(got)}"
    assert not [k for k in got if k[0].startswith("enforcement.")]


def test_quarter_rows_a_year_total_row_and_count_headers() -> None:
    body = (
        "表1　2023年全市执法办案分季度统计表\n\n"
        "| 季度 | 立案数（件） | 结案数（件） | 罚没金额（万元） |\n| --- | --- | --- | --- |\n"
        "| 一季度 | 410 | 380 | 512.30 |\n| 二季度 | 455 | 430 | 601.25 |\n"
        "| 三季度 | 470 | 462 | 633.10 |\n| 四季度 | 520 | 515 | 700.05 |\n"
        "| 全年合计 | 1855 | 1787 | 2446.70 |\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2023年执法办案统计情况\n\n"))
    for expected in [
        ("enforcement.cases_filed", 410, "quarter", "total"),
        ("enforcement.cases_closed", 515, "quarter", "total"),
        ("enforcement.fines_and_confiscations_cny", 6012500, "quarter", "total"),
        ("enforcement.cases_filed", 1855, "year", "total"),
        ("enforcement.cases_closed", 1787, "year", "total"),
    ]:
        assert expected in got, (expected, sorted(got))


def test_a_total_row_takes_the_caption_and_yoy_comes_from_the_year_on_year_column() -> None:
    body = (
        "表1　2024年6月投诉举报咨询分类统计\n\n"
        "| 类别 | 本月数量(件) | 上月数量(件) | 环比增减 | 同比增减 |\n| --- | --- | --- | --- | --- |\n"
        "| 投诉 | 5200 | 5600 | -7.14% | +3.20% |\n| 咨询 | 4800 | 5000 | -4.00% | +1.10% |\n"
        "| 合计 | 10000 | 10600 | -5.66% | +2.15% |\n"
    )
    observations = rows(body, "某市2024年6月12315投诉举报咨询情况通报\n\n")
    got = keyed(observations)
    assert ("complaints.received_incl_inquiries", 10000, "month", "total") in got
    assert ("complaints.received_incl_inquiries", 10600, "prior_period", "total") in got
    assert ("complaints.received", 5600, "prior_period", "subset") in got
    complaints = next(
        r for r in observations if r["metric_code"] == "complaints.received" and r["value"] == 5200
    )
    assert complaints["yoy_pct"] == 3.2


def test_a_ranking_names_the_metric_of_its_list_and_its_figures_are_parts() -> None:
    body = (
        "全年共受理投诉举报12000件。从辖区分布看，甲区、乙区、丙县受理投诉举报数量居前三位，"
        "分别为2100件、1900件和1500件。本年投诉量居前三位的是食品、家用电器和服装鞋帽，"
        "分别为1300件、980件和760件。"
    )
    observations = rows(body)
    got = keyed(observations)
    for value in (2100, 1900, 1500, 1300, 980, 760):
        assert ("complaints.received", value, "year", "subset") in got, (value, sorted(got))
    assert not any(r["value"] == 3 for r in observations)  # 前三位 is a rank


def test_a_ranking_whose_names_sit_beside_their_figures() -> None:
    body = (
        "全年共受理投诉举报9800件。投诉量居前四位的行业分别为餐饮服务1460件、家用电器1120件、"
        "通讯器材870件、美容美发服务650件，分别占投诉总量的14.90%、11.43%、8.88%、6.63%。"
    )
    got = keyed(rows(body))
    for value in (1460, 1120, 870, 650):
        assert ("complaints.received", value, "year", "subset") in got, (value, sorted(got))


def test_bureaus_counted_by_number_are_sub_units() -> None:
    got = keyed(rows("全市共立案3200件。市局执法支队全年立案300件；五城区市场监管局共立案1900件。"))
    assert ("enforcement.cases_filed", 3200, "year", "total") in got
    assert ("enforcement.cases_filed", 1900, "year", "subset") in got


def test_an_action_takes_the_topic_of_the_paragraphs_earlier_sentence() -> None:
    body = (
        "（二）依法办理行政复议和应诉案件\n\n"
        "全年收到以本局为被申请人的行政复议申请9件，比上年（12件）减少3件。已审结8件，其中维持6件。"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_closed", 8, "year", "total") in got, sorted(got)


def test_parts_under_a_headline_free_section_are_parts_of_what_its_topic_received() -> None:
    body = (
        "二、行政复议案件情况\n\n（一）案件来源。从申请事项看，不服投诉举报处理结果的11件，"
        "不服行政处罚决定的4件，其他事项2件。\n"
    )
    got = keyed(rows(body))
    for value in (11, 4, 2):
        assert ("litigation.reconsideration_received", value, "year", "subset") in got, sorted(got)


def test_legal_review_of_major_decisions_and_a_campaigns_typical_cases() -> None:
    body = (
        "全年对重大行政处罚决定开展法制审核150件，共抽查行政处罚案卷90卷。"
        "在民生领域“铁拳”行动中，全市查办案件210件，向社会公开曝光典型案例9件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.major_decisions_reviewed", 150, "year", "total") in got
    assert ("enforcement.case_files_reviewed", 90, "year", "total") in got
    assert ("enforcement.typical_cases_publicized", 9, "year", "subset") in got


def test_year_columns_before_the_report_year_are_prior_year_figures() -> None:
    body = (
        "| 指标 | 单位 | 2021年 | 2022年 | 2023年 |\n| --- | --- | --- | --- | --- |\n"
        "| 立案数 | 件 | 5120 | 5480 | 6010 |\n| 罚没金额 | 亿元 | 1.02 | 1.25 | 1.31 |\n"
    )
    observations = rows(body, "某省市场监督管理局2023年统计公报\n\n")
    years = {(r["metric_code"], r["value"], r["period"], r["year"]) for r in observations}
    assert ("enforcement.cases_filed", 5120, "prior_year", 2021) in years
    assert ("enforcement.cases_filed", 5480, "prior_year", 2022) in years
    assert ("enforcement.fines_and_confiscations_cny", 131000000, "year", 2023) in years


def test_a_bare_outcome_row_takes_the_topic_of_the_rows_above() -> None:
    body = (
        "| 项目 | 本年 | 上年 |\n| --- | --- | --- |\n"
        "| 收到行政复议申请（件） | 18 | 15 |\n| 其中：维持 | 9 | 8 |\n| 撤销 | 2 | 1 |\n"
        "| 行政诉讼一审案件（件） | 7 | 9 |\n| 其中：胜诉 | 5 | 6 |\n| 败诉 | 1 | 2 |\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2023年度行政复议和行政应诉情况统计\n\n"))
    assert ("litigation.reconsideration_corrected", 2, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 1, "year", "total") in got, sorted(got)
    assert not any(
        code == "litigation.lawsuits_lost" and value == 2 and p == "year" for code, value, p, _ in got
    )


def test_parts_under_a_distribution_heading_belong_to_the_headline_they_divide() -> None:
    body = (
        "一、基本情况\n\n2023年，全市各级消费者协会共受理消费者投诉1520件，已解决1490件。\n\n"
        "二、投诉特点\n\n（一）按投诉性质分析。质量问题投诉610件，占40.13%；售后服务问题420件，占27.63%。\n"
    )
    got = keyed(rows(body, "某市消费者协会2023年度消费者投诉情况分析\n\n"))
    assert ("complaints.consumer_association_received", 610, "year", "subset") in got, sorted(got)
    assert ("complaints.consumer_association_received", 420, "year", "subset") in got, sorted(got)


def test_appeals_by_channel_are_parts_of_the_complaints_reports_and_inquiries_total() -> None:
    body = (
        "5月份，全市共受理投诉举报咨询21,400件，同比去年同月（19,800件）增长8.08%。"
        "从受理渠道看，通过全国12315平台提交的诉求12,100件；通过12315热线反映6,300件。"
    )
    got = keyed(rows(body, "某市2024年5月12315投诉举报咨询情况通报\n\n"))
    assert ("complaints.received_incl_inquiries", 19800, "prior_year", "total") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 12100, "month", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 6300, "month", "subset") in got, sorted(got)


def test_a_clause_naming_a_field_makes_the_figures_after_it_that_fields() -> None:
    body = (
        "上半年全省共立案查处各类违法案件9,870件。价格监管方面，查处案件310件；"
        "电梯安全执法方面，立案查处违法案件466件，罚款520万元。"
    )
    got = keyed(rows(body, "某省市场监管局2025年上半年执法情况\n\n"))
    assert ("enforcement.cases_filed", 9870, "half_year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 466, "half_year", "subset") in got, sorted(got)
    assert ("enforcement.fines_cny", 5200000, "half_year", "subset") in got, sorted(got)


def test_a_clause_naming_an_emphasis_does_not_make_the_total_a_fields() -> None:
    got = keyed(rows("聚焦民生重点领域，全年立案查处各类违法案件512件，罚没款880万元。"))
    assert ("enforcement.cases_filed", 512, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 8800000, "year", "total") in got, sorted(got)


def test_cases_a_bureaus_own_department_handled_directly_are_a_part() -> None:
    body = "全省共立案查处违法案件5,210件。省局执法稽查部门直接办理案件37件，罚没款960万元。"
    got = keyed(rows(body, "某省市场监督管理局2025年法治政府建设情况报告\n\n"))
    assert ("enforcement.cases_filed", 5210, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 37, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 9600000, "year", "subset") in got, sorted(got)


def test_the_value_of_referred_cases_is_a_part_and_seized_goods_are_not_case_value() -> None:
    body = (
        "全年查处违法案件2,140件，案值4.6亿元。向公安机关移送涉嫌犯罪案件31件，移送案件涉案金额0.87亿元。"
        "实施查封、扣押97件，查封扣押涉案物品货值约215万元。"
    )
    got = keyed(rows(body))
    assert ("enforcement.case_value_cny", 460000000, "year", "total") in got, sorted(got)
    assert ("enforcement.case_value_cny", 87000000, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.seized_goods_value_cny", 2150000, "year", "total") in got, sorted(got)


def test_a_case_named_by_its_title_owns_the_figure_in_its_clause_run_only() -> None:
    body = (
        "宜城市某食品有限公司侵犯“楚香”注册商标专用权案，违法经营额达42.3万元。"
        "督办某公司虚假宣传案；全年立案查处违法案件1,260件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.case_value_cny", 423000, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 1260, "year", "total") in got, sorted(got)


def test_hearings_heads_missed_or_attended_in_person_are_not_all_appearances() -> None:
    body = (
        "全年一审行政诉讼案件62件。在开庭审理的48件案件中，行政机关负责人出庭应诉45件，"
        "主要负责人亲自出庭的有4件。仍有3件案件行政机关负责人未出庭。"
    )
    got = keyed(rows(body))
    assert ("litigation.lawsuits_received", 62, "year", "total") in got, sorted(got)
    assert ("legal_affairs.lawsuits_heard_in_court", 48, "year", "total") in got, sorted(got)
    assert ("litigation.head_appearances", 45, "year", "total") in got, sorted(got)
    assert ("litigation.head_appearances", 4, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.hearings_without_head_appearance", 3, "year", "total") in got, sorted(got)


def test_a_count_said_to_be_a_share_of_its_metrics_whole_is_a_part() -> None:
    body = (
        "一、总体情况\n\n三季度共接收咨询31,250件，全市受理投诉举报9,400件，占全省总量的11.2%。\n\n"
        "二、热点\n\n服务类投诉5,120件，占投诉总量的54.5%。\n\n"
        "咨询主要集中在登记注册、食品经营许可等方面，其中涉及登记注册的咨询7,315件，占咨询总量的23.41%。"
    )
    got = keyed(rows(body, "某市2025年第三季度12315投诉举报情况分析\n\n"))
    assert ("complaints.inquiries", 31250, "quarter", "total") in got, sorted(got)
    assert ("complaints.inquiries", 7315, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received", 9400, "quarter", "total") in got, sorted(got)


def test_complaints_over_one_kind_of_matter_are_a_part() -> None:
    body = (
        "一、总体情况\n\n2025年，市消委会共受理消费者投诉12,460宗，同比增长4.1%。\n\n"
        "四、跨境消费\n\n2025年，市消委会受理涉港澳消费者投诉388宗，同比下降9.6%。"
    )
    got = keyed(rows(body, "某市消费者委员会2025年消费投诉分析报告\n\n"))
    assert ("complaints.consumer_association_received", 12460, "year", "total") in got, sorted(got)
    assert ("complaints.consumer_association_received", 388, "year", "subset") in got, sorted(got)


def test_police_filings_withdrawals_before_acceptance_and_per_judge_rates_are_no_core_counts() -> None:
    body = (
        "向公安机关移送涉嫌犯罪案件19件，移送后公安机关已立案14件。"
        "全市各级行政复议机构在市场监管领域共收案208件。经审查，依法受理190件，申请人在受理前主动撤回申请9件。"
        "全市法院行政审判人员人均结案31.5件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.criminal_referrals", 19, "year", "total") in got, sorted(got)
    assert ("legal_affairs.referrals_accepted_by_police", 14, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 208, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 190, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.reconsideration_withdrawn_before_acceptance", 9, "year", "total") in got, sorted(
        got
    )
    assert ("legal_affairs.cases_closed_per_person", 31.5, "year", "total") in got, sorted(got)


def test_cases_over_one_kind_of_matter_are_a_part() -> None:
    body = (
        "今年以来，全市共立案查处违法案件1,530件。围绕旅游旺季，查处涉旅违法案件212件，其中价格违法案件87件。"
    )
    got = keyed(rows(body, "某市市场监管局2025年1-9月工作情况\n\n"))
    assert ("enforcement.cases_filed", 1530, "to_date", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 212, "to_date", "subset") in got, sorted(got)


def test_a_paragraph_framed_on_market_cases_in_a_courts_report_gives_their_outcomes() -> None:
    title = "某市中级人民法院2025年度行政审判工作白皮书\n\n"
    body = (
        "全市法院共审结一审行政案件1,406件，行政机关负责人出庭应诉1,288件。\n\n"
        "以市场监管部门为被告的63件案件中，因投诉举报处理引发的35件。法院审结其中60件，其负责人出庭应诉52件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_closed", 1406, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_closed", 60, "year", "subset") in got, sorted(got)
    assert ("litigation.head_appearances", 52, "year", "subset") in got, sorted(got)


def test_a_sum_over_listed_places_is_still_a_part() -> None:
    body = "全市共立案查处违法案件4,210件。新城区、回民区市场监管局分别立案612件、498件；武川县、清水河县市场监管局共立案377件。"
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 4210, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 377, "year", "subset") in got, sorted(got)


def test_figures_under_a_heading_on_the_bodys_own_level_are_a_part() -> None:
    body = (
        "一、总体情况\n\n全市各级行政复议机构共收到行政复议申请940件。\n\n"
        "二、市本级案件情况\n\n市人民政府共收到行政复议申请402件。\n\n"
        "| 被申请人 | 收案 | 审结 |\n| --- | --- | --- |\n| 市公安局 | 150 | 141 |\n"
        "| 其他部门 | 252 | 240 |\n| 合计 | 402 | 381 |\n"
    )
    got = keyed(rows(body, "某市司法局2025年行政复议案件统计分析\n\n"))
    assert ("litigation.reconsideration_received", 940, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 402, "year", "total") not in got, sorted(got)
    assert ("litigation.reconsideration_closed", 381, "year", "subset") in got, sorted(got)


def test_last_year_said_in_january_of_the_next_year_is_the_year_reported_on() -> None:
    title = "某区市场监督管理局2025年工作情况访谈\n\n时间：2026年1月20日\n\n"
    body = "嘉宾：去年全年，我们立案查处各类案件318件，罚没款402.5万元。"
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 318, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 4025000, "year", "total") in got, sorted(got)


def test_leads_between_the_bureau_and_the_procuratorate_by_direction() -> None:
    body = (
        "市场监管部门向检察机关移送公益诉讼案件线索33条；检察机关向市场监管部门移送违法线索19条，"
        "市场监管部门据此立案查处17件。全年收到检察机关移送案件线索8条。"
    )
    got = keyed(rows(body))
    assert ("legal_affairs.leads_referred_to_procuratorate", 33, "year", "total") in got, sorted(got)
    assert ("litigation.procuratorate_referrals", 19, "year", "total") in got, sorted(got)
    assert ("litigation.procuratorate_referrals", 8, "year", "total") in got, sorted(got)
    assert not any(k[0] == "enforcement.criminal_referrals" for k in got), sorted(got)


def test_case_files_drawn_from_every_unit_and_restated_after_the_review() -> None:
    body = "组织开展全省行政处罚案卷评查，抽查各地行政处罚案卷380卷。经评查，380卷案卷中，评定为优秀的95卷。"
    got = rows(body)
    reviewed = [r for r in got if r["metric_code"] == "enforcement.case_files_reviewed" and r["value"] == 380]
    assert len(reviewed) == 2, [(r["metric_code"], r["value"]) for r in got]


def test_a_sum_over_several_years_is_cumulative_and_a_years_own_is_not() -> None:
    body = (
        "2025年全市受理投诉举报16,210件，同比增长6.2%，三年累计受理约4.41万件；为消费者挽回经济损失402.6万元。"
        "2025年累计办结投诉举报16,002件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("complaints.received", 16210, "year", "total") in got, sorted(got)
    assert ("complaints.received", 44100, "cumulative", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 4026000, "year", "total") in got, sorted(got)
    assert not any(k[1] == 16002 and k[2] == "cumulative" for k in got), sorted(got)


def test_cases_of_a_field_named_as_such_are_a_part_unless_the_field_is_the_authors() -> None:
    body = "全年立案查处各类违法案件1,930件。聚焦群众身边的急难愁盼，全年查办消费领域违法案件402件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 1930, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 402, "year", "subset") in got, sorted(got)
    own = keyed(
        rows("全省共查处知识产权领域违法案件2,210件。", "江西省知识产权局2025年知识产权行政保护工作报告\n\n")
    )
    assert ("enforcement.cases_filed", 2210, "year", "total") in own, sorted(own)


def test_a_procuratorates_public_interest_suits_are_not_the_bureaus_lawsuits() -> None:
    title = "某市人民检察院食品药品安全领域公益诉讼检察工作白皮书（2025年度）\n\n"
    body = "全年依法提起行政公益诉讼5件；提起民事公益诉讼9件，诉请惩罚性赔偿金96.5万元。"
    got = keyed(rows(body, title))
    assert ("legal_affairs.public_interest_lawsuits", 5, "year", "total") in got, sorted(got)
    assert ("legal_affairs.punitive_damages_claimed_cny", 965000, "year", "total") in got, sorted(got)
    assert not any(k[0].startswith(("litigation.", "complaints.")) for k in got), sorted(got)


def test_losses_recovered_for_firms_are_not_consumers_losses() -> None:
    body = "全年为消费者挽回经济损失1,260万元。查处商标侵权案件88件，为企业挽回经济损失近300万元。"
    got = keyed(rows(body))
    assert ("complaints.losses_recovered_cny", 12600000, "year", "total") in got, sorted(got)
    assert ("market_order.enterprise_losses_recovered_cny", 3000000, "year", "total") in got, sorted(got)


def test_cases_not_yet_closed_are_pending_not_closed() -> None:
    body = "全年审结行政复议案件21件。注：行政复议尚未审结4件，行政诉讼尚未审结1件。"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_closed", 21, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_pending", 4, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_pending", 1, "year", "total") in got, sorted(got)


def test_slides_with_a_contents_page_keep_their_years_figures_apart_from_next_years_targets() -> None:
    body = (
        "目 录\n一、年度工作总体情况\n二、2026年工作目标\n\n—— 第2页 ——\n\n"
        "一、年度工作总体情况\n▶ 执法办案\n■ 立案查处各类违法案件612件\n■ 结案587件\n\n"
        "—— 第3页 ——\n\n二、2026年工作目标\n● 立案查处案件650件以上\n"
    )
    got = keyed(rows(body, "某区市场监督管理局\n2025年工作汇报\n\n"))
    assert ("enforcement.cases_filed", 612, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_closed", 587, "year", "total") in got, sorted(got)
    assert not any(k[1] == 650 for k in got), sorted(got)


def test_a_half_years_comparisons_with_the_same_half_and_the_half_before() -> None:
    title = "某县市场监督管理局关于2025年上半年法治政府建设工作情况的报告\n\n"
    body = (
        "上半年，全局立案查处各类违法案件96件，同比增长9.1%（2024年上半年为88件），环比增长6.7%（2024年下半年为90件）；"
        "罚没款120.5万元，较2024年上半年的101.2万元增长19.1%，较2024年下半年的133.0万元下降9.4%。"
        "上半年收到行政复议申请4件，2024年上半年为6件，2024年下半年为3件。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 96, "half_year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 88, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 90, "prior_period", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 1012000, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 1330000, "prior_period", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 6, "prior_year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 3, "prior_period", "total") in got, sorted(got)


def test_a_posters_arrows_are_year_on_year_changes() -> None:
    body = "⚖️ 执法办案\n▪ 立案查处各类案件412件 ↑10.8%\n▪ 罚没款518.6万元 ↓2.4%\n▪ 受理投诉举报咨询 1.1万+件 ↑6.3%\n"
    got = rows(body, "某县市场监督管理局2025年度数据海报\n\n")
    changes = {(r["metric_code"], r["value"]): r["yoy_pct"] for r in got}
    assert changes[("enforcement.cases_filed", 412)] == 10.8, changes
    assert changes[("enforcement.fines_and_confiscations_cny", 5186000)] == -2.4, changes
    assert changes[("complaints.received_incl_inquiries", 11000)] == 6.3, changes
    assert not any(r["unit"] == "percent" for r in got), changes


def test_cross_border_e_commerce_complaints_are_online_shopping_complaints() -> None:
    body = "全年受理投诉举报咨询10.2万件。涉及跨境电商的投诉906件，主要反映物流时效和退换货问题。"
    got = keyed(rows(body))
    assert ("complaints.online_shopping", 906, "year", "subset") in got, sorted(got)


def test_money_after_a_fields_cases_is_that_fields_and_an_example_case_is_one_case() -> None:
    body = (
        "全年立案查处各类违法案件1,930件，罚没款3,120万元。全年查办消费领域违法案件402件，罚没款512.6万元；"
        "向公安机关移送涉嫌犯罪案件9件。再如，某教育咨询公司虚构原价，罚没款合计86.5万元。"
    )
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 31200000, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 5126000, "year", "subset") in got, sorted(got)
    assert ("enforcement.criminal_referrals", 9, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 865000, "year", "subset") in got, sorted(got)


def test_a_courts_retrial_reviews_are_neither_lawsuits_nor_appeals() -> None:
    title = "某市中级人民法院2025年度行政审判工作白皮书\n\n"
    body = "全市两级法院共新收各类行政案件3,105件。其中，一审行政案件2,210件，二审（上诉）行政案件731件，申请再审审查等其他案件164件。"
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_received", 2210, "year", "total") in got, sorted(got)
    assert ("litigation.retrial_reviews", 164, "year", "total") in got, sorted(got)


def test_a_list_of_penalty_decisions_gives_one_cases_amount_per_row_and_a_rounded_restatement() -> None:
    body = (
        "2025年11月，共作出行政处罚决定3件；罚没款合计27000.00元（约2.70万元）。\n\n"
        "| 序号 | 决定书文号 | 当事人 | 罚没金额（元） |\n| --- | --- | --- | --- |\n"
        "| 1 | 某市监处罚〔2025〕101号 | 某商行 | 5000.00 |\n| 2 | 某市监处罚〔2025〕102号 | 某公司 | 12000.00 |\n"
        "| 3 | 某市监处罚〔2025〕103号 | 某药店 | 10000.00 |\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年11月行政处罚信息公示\n\n"))
    assert ("enforcement.fines_and_confiscations_cny", 27000, "month", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 27000, "month", "subset") not in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 12000, "month", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 12000, "month", "total") not in got, sorted(got)


def test_a_five_year_review_with_its_sums_and_each_years_values() -> None:
    title = "某市市场监督管理局\n“十四五”时期市场监管工作回顾\n\n（2026年1月）\n\n"
    body = (
        "五年来，全市共立案查处各类违法案件9,850件，罚没款2.16亿元。"
        "2021年至2025年，全市立案数分别为1,620件、1,810件、1,990件、2,110件、2,320件，年均增长9.4%。"
        "2025年，全市立案查处案件2,320件，同比增长10.0%。"
    )
    got = rows(body, title)
    keys = {(r["metric_code"], r["value"], r["period"], r["year"]) for r in got}
    assert ("enforcement.cases_filed", 9850, "cumulative", 2025) in keys, sorted(keys)
    assert ("enforcement.fines_and_confiscations_cny", 216000000, "cumulative", 2025) in keys, sorted(keys)
    assert ("enforcement.cases_filed", 1620, "prior_year", 2021) in keys, sorted(keys)
    assert ("enforcement.cases_filed", 2110, "prior_year", 2024) in keys, sorted(keys)
    listed = [r for r in got if r["value"] == 2320 and r["period"] == "year"]
    assert len(listed) == 2 and {r["yoy_pct"] for r in listed} == {None, 10.0}, listed


def test_parts_by_area_take_the_metric_of_the_whole_they_add_up_to() -> None:
    body = (
        "2月，全市受理投诉1,020件、举报310件、咨询1,670件，合计3,000件。"
        "分地区看，甲区1,300件、乙市900件、丙县500件、丁县300件。"
    )
    got = keyed(rows(body, "某市2026年2月12315投诉举报咨询情况通报\n\n"))
    assert ("complaints.received_incl_inquiries", 3000, "month", "total") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 1300, "month", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 300, "month", "subset") in got, sorted(got)


def test_two_units_filings_that_add_up_to_the_general_procedure_cases_are_its_parts() -> None:
    body = (
        "上半年全局立案查处各类违法案件640件，其中一般程序案件450件，简易程序案件190件。"
        "按办案单位分，稽查大队立案120件，基层所立案330件，其中城关所、城西所分别立案60件、50件。"
    )
    got = keyed(rows(body, "某县市场监督管理局2025年上半年行政处罚案件情况通报\n\n"))
    for value in (120, 330, 60, 50):
        assert ("enforcement.cases_general_procedure", value, "half_year", "subset") in got, sorted(got)


def test_firms_brought_in_by_a_relative_dui_or_as_the_rest_are_cases_filed() -> None:
    body = (
        "全年立案查处各类违法案件215件。开展网络交易监测，对拒不删除违规链接的12家网店依法立案查处。"
        "开展双随机抽查，抽查经营主体380户，发现问题41户，责令整改35户，其余6户依法立案查处。"
    )
    got = keyed(rows(body, "某县市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 12, "year") in {k[:3] for k in got}, sorted(got)
    assert ("enforcement.cases_filed", 6, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 215, "year", "total") in got, sorted(got)


def test_a_value_restated_after_a_change_from_an_earlier_year_keeps_its_metric() -> None:
    body = "全年立案查处各类违法案件640件；三年来案件量由2022年的512件增至640件。"
    got = rows(body, "某市市场监督管理局2024年执法工作情况\n\n")
    keys = [(r["metric_code"], r["value"], r["period"]) for r in got]
    assert keys.count(("enforcement.cases_filed", 640, "year")) == 2, keys
    assert ("enforcement.cases_filed", 512, "prior_year") in keys, keys


def test_a_since_opener_inside_a_paragraph_names_only_its_own_sentences_period() -> None:
    body = (
        "全年共立案查处各类违法案件163件。“十四五”以来，累计查处案件612件。"
        "办理轻微违法不予处罚案件19件，公示行政处罚信息158条。"
    )
    got = keyed(rows(body, "某县市场监督管理局2025年法治政府建设年度报告\n\n"))
    assert ("enforcement.cases_filed", 612, "cumulative", "total") in got, sorted(got)
    assert ("enforcement.penalties_published", 158, "year", "total") in got, sorted(got)
    assert any(k[:3] == ("enforcement.lenient_decisions", 19, "year") for k in got), sorted(got)


def test_a_food_safety_offices_food_cases_are_a_part_of_the_regulators_cases() -> None:
    body = "全市各食品安全监管部门共查处食品安全违法案件731件，其中市场监管部门612件。"
    got = keyed(rows(body, "鹤岗市食品安全委员会办公室\n关于2024年全市食品安全工作情况的报告\n\n"))
    assert ("enforcement.cases_filed", 731, "year", "subset") in got, sorted(got)


def test_a_five_year_plans_span_and_a_count_of_years_in_digits_make_a_running_total() -> None:
    body = (
        "全年查处违法案件2,987件。\n\n“十四五”时期，全市查处违法案件1.2万件。\n\n"
        "“十四五”期间，全市累计受理投诉举报52万件。\n\n近3年来，全市累计移送涉嫌犯罪案件61件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 2987, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 12000, "cumulative", "total") in got, sorted(got)
    assert ("complaints.received", 520000, "cumulative", "total") in got, sorted(got)
    assert ("enforcement.criminal_referrals", 61, "cumulative", "total") in got, sorted(got)


def test_one_year_of_a_running_total_is_that_years_whole_of_the_same_metric() -> None:
    body = (
        "五年来，全市累计受理投诉举报2.37万件，其中2025年受理5,388件，同比下降4.2%。"
        "五年来，全市查处知识产权违法案件562件，移送公安机关涉嫌犯罪案件17件；其中2025年查处127件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("complaints.received", 23700, "cumulative", "total") in got, sorted(got)
    assert ("complaints.received", 5388, "year", "total") in got, sorted(got)
    assert any(k[:3] == ("enforcement.cases_filed", 127, "year") for k in got), sorted(got)


def test_a_span_of_years_listed_one_by_one_then_summed_keeps_each_years_row_and_the_sum() -> None:
    body = (
        "执法办案方面，五年来全市累计查办各类违法案件6,027件，罚没款9,846万元，其中2025年查办1,386件、"
        "罚没2,157.4万元。2021年至2025年全市受理投诉举报分别为1.52万件、1.78万件、2.05万件、2.29万件"
        "和2.46万件，五年累计10.1万件，年均增长12.8%。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.fines_and_confiscations_cny", 21574000, "year", "total") in got, sorted(got)
    assert ("complaints.received", 101000, "cumulative", "total") in got, sorted(got)
    assert ("complaints.received", 15200, "prior_year", "total") in got, sorted(got)
    assert ("complaints.received", 24600, "year", "total") in got, sorted(got)


def test_a_value_of_the_previous_five_year_plan_is_the_prior_period() -> None:
    body = "五年来，全区累计立案查处各类违法案件3,514件，较“十三五”时期（2,673件）增长31.5%。"
    got = keyed(rows(body, "某区市场监督管理局2021—2025年工作报告\n\n"))
    assert ("enforcement.cases_filed", 3514, "cumulative", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 2673, "prior_period", "total") in got, sorted(got)


def test_an_aside_on_the_years_before_ends_the_period_a_paragraph_carried() -> None:
    body = (
        "全年立案查处各类违法案件147件。今年以来，开展“铁拳”行动，查办相关案件38件。"
        "2021年以来，我局累计查处各类违法案件486件。坚持包容审慎监管，办理首违不罚案件21件。"
    )
    got = keyed(rows(body, "某县市场监督管理局2024年工作总结\n\n"))
    assert ("enforcement.cases_filed", 486, "cumulative", "total") in got, sorted(got)
    assert any(k[:3] == ("enforcement.lenient_decisions", 21, "year") for k in got), sorted(got)


def test_values_a_change_went_to_in_an_earlier_year_are_that_years_of_what_it_went_from() -> None:
    body = (
        "上半年，全区立案查处各类违法案件1,204件。"
        "五年间，全区立案数由2021年的1,856件增至2025年的2,361件，"
        "受理投诉举报由2021年的6.9万件增至2025年的9.8万件。"
    )
    got = keyed(rows(body, "某区市场监督管理局2026年上半年工作总结\n\n"))
    assert ("enforcement.cases_filed", 2361, "prior_year", "total") in got, sorted(got)
    assert ("complaints.received", 98000, "prior_year", "total") in got, sorted(got)
    assert ("complaints.received", 69000, "prior_year", "total") in got, sorted(got)


def test_a_procuratorates_leads_to_administrative_bodies_and_the_cases_opened_on_them() -> None:
    body = (
        "全年全市检察机关在履职中发现并向行政执法机关移送行政违法线索62件，其中向市场监管部门移送38件。"
        "市场监管部门根据检察建议和移送线索立案查处违法案件52件。"
    )
    got = keyed(rows(body, "某市人民检察院关于2025年食品药品安全领域公益诉讼工作情况的通报\n\n"))
    assert ("litigation.procuratorate_referrals", 62, "year", "total") in got, sorted(got)
    assert ("litigation.procuratorate_referrals", 38, "year", "subset") in got, sorted(got)
    assert any(k[:2] == ("enforcement.cases_filed", 52) for k in got), sorted(got)
    assert not any(k[0] == "enforcement.criminal_referrals" for k in got), sorted(got)


def test_a_tables_column_of_a_fields_cases_named_by_the_field_alone_counts_cases_filed() -> None:
    body = (
        "表1 2024年各县（区）食品抽检及食品案件查办情况\n\n"
        "| 县（区） | 抽检批次 | 查办食品案件（件） |\n| --- | --- | --- |\n"
        "| 甲区 | 782 | 71 |\n| 乙县 | 958 | 83 |\n| 合计 | 1740 | 154 |\n"
    )
    got = keyed(rows(body, "某市食品安全委员会办公室关于2024年全市食品安全工作情况的报告\n\n"))
    assert ("enforcement.cases_filed", 71, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 83, "year", "subset") in got, sorted(got)


def test_files_brought_in_by_a_relative_dui_after_a_subject_are_the_files_reviewed() -> None:
    body = (
        "全年以我局为被告的行政诉讼案件5件，办理行政复议案件7件。"
        "去年市局对全市系统办理的420卷行政处罚案卷开展了集中评查。"
        "组织交叉评查，对2024年办结的600宗行政处罚案卷逐卷评分。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年法治政府建设年度报告\n\n"))
    assert any(k[:2] == ("enforcement.case_files_reviewed", 420) for k in got), sorted(got)
    assert any(k[:2] == ("enforcement.case_files_reviewed", 600) for k in got), sorted(got)


def test_figures_written_in_a_tables_words_cell_are_read_as_prose() -> None:
    body = (
        "表2　考核指标自评情况\n\n"
        "| 序号 | 指标 | 分值 | 得分 | 完成情况 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 规范执法 | 20 | 19 | 全年查办案件842件，罚没款516.3万元 |\n"
        "| 2 | 化解争议 | 10 | 10 | 收到行政复议申请7件 |\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 842, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 5163000, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 7, "year", "total") in got, sorted(got)


def test_a_count_restated_by_a_demonstrative_before_a_verb_keeps_the_earlier_metric() -> None:
    body = (
        "今年第一季度，全区受理消费投诉1,326件，其中预付式消费投诉244件。"
        "截至目前，上述244件投诉已办结231件，办结率94.7%。"
    )
    got = keyed(rows(body, "某区市场监督管理局关于区政协提案的答复\n\n"))
    assert any(c == "complaints.resolved" and v == 231 for c, v, *_ in got), sorted(got)
    assert any(c == "complaints.received" and v == 244 and p == "quarter" for c, v, p, _ in got), sorted(got)
    assert not any(c == "complaints.resolved" and v == 244 for c, v, *_ in got), sorted(got)


def test_a_run_of_clauses_opened_by_the_same_part_of_last_year_is_the_prior_year() -> None:
    body = (
        "2025年1—9月，全县立案查处各类违法案件164件，罚没款212万元。"
        "上年同期，我局查办案件2件，罚没款达98万元。"
        "2024年同期，全县受理投诉举报1,205件。"
    )
    got = keyed(rows(body, "某县市场监督管理局关于2025年1—9月执法工作的情况说明\n\n"))
    assert ("enforcement.cases_filed", 2, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 980000, "prior_year", "total") in got, sorted(got)
    assert ("complaints.received", 1205, "prior_year", "total") in got, sorted(got)


def test_cases_counted_before_the_words_telling_their_kind_are_a_part_of_the_cases() -> None:
    got = keyed(rows("全年，我局查办了2起在食用农产品中使用禁用药品的案件，罚没款41万元。"))
    assert ("enforcement.cases_filed", 2, "year", "subset") in got, sorted(got)


def test_a_count_right_after_the_collective_discussion_it_was_put_to_is_of_major_decisions() -> None:
    got = keyed(rows("全年共提请案件审理委员会集体讨论21件，法制审核一般程序案件386件。"))
    assert any(c == "enforcement.major_decisions_reviewed" and v == 21 for c, v, *_ in got), sorted(got)


def test_complaints_are_the_whole_in_a_regulators_report_that_never_counts_reports() -> None:
    title = "某县市场监督管理局关于县政协提案的答复\n\n"
    alone = keyed(rows("全年全县共受理消费投诉2,316件，其中预付式消费投诉402件。", title))
    assert ("complaints.received", 2316, "year", "total") in alone, sorted(alone)
    assert ("complaints.received", 402, "year", "subset") in alone, sorted(alone)
    beside = keyed(rows("全年全县共受理消费投诉2,316件，举报线索517件。", title))
    assert ("complaints.received", 2316, "year", "subset") in beside, sorted(beside)


def test_a_rate_that_went_down_to_a_value_is_that_rate() -> None:
    got = keyed(rows("全年全市行政复议纠错率降至4.35%，较上年下降2.1个百分点。"))
    assert ("litigation.reconsideration_correction_rate", 4.35, "year", "total") in got, sorted(got)


def test_a_five_year_plans_review_counts_unframed_figures_over_the_five_years() -> None:
    title = "某市市场监督管理局关于“十四五”时期行政复议工作情况的报告\n\n"
    body = (
        "一、案件特点\n\n从纠错方式看，复议决定撤销7件、确认违法3件。\n\n"
        "二、2025年情况\n\n2025年，收到行政复议申请26件。\n"
    )
    got = keyed(rows(body, title))
    assert any(
        c == "litigation.reconsideration_corrected" and v == 7 and p == "cumulative" for c, v, p, _ in got
    ), sorted(got)
    assert ("litigation.reconsideration_received", 26, "year", "total") in got, sorted(got)


def test_parts_of_a_frame_that_counts_its_whole_take_the_metric_of_the_words_before_the_count() -> None:
    got = keyed(rows("被纠错的9件复议案件中，因超期答复的5件、因事实不清的4件。"))
    assert any(c == "litigation.reconsideration_corrected" and v == 5 for c, v, *_ in got), sorted(got)
    assert not any(c == "litigation.reconsideration_received" for c, *_ in got), sorted(got)


def test_rates_listed_after_years_named_one_by_one_are_each_years() -> None:
    body = "被纠错的6件复议案件中，2021年3件、2022年2件、2023年1件，年度纠错率分别为13.04%、9.09%和4.76%。"
    got = keyed(rows(body))
    rates = {(v, p) for c, v, p, _ in got if c == "litigation.reconsideration_correction_rate"}
    assert rates == {(13.04, "prior_year"), (9.09, "prior_year"), (4.76, "year")}, sorted(got)


def test_case_files_drawn_from_units_told_in_full_are_files_reviewed() -> None:
    got = keyed(rows("全年抽查评查各乡镇（街道）和县直部门行政处罚案卷215卷。"))
    assert ("enforcement.case_files_reviewed", 215, "year", "total") in got, sorted(got)


def test_the_cause_of_a_part_does_not_name_the_topic_of_what_is_closed_next() -> None:
    body = "以我局为被申请人的行政复议案件17件，其中因不服投诉举报处理引发的12件；已审结15件，被纠错1件。"
    got = keyed(rows(body))
    assert any(c == "litigation.reconsideration_closed" and v == 15 for c, v, *_ in got), sorted(got)


def test_a_plain_pipe_tables_rate_rows_kinds_in_brackets_and_unitless_parts() -> None:
    body = (
        "表1　行政复议案件统计表（单位：件、%）\n\n"
        "项目                    | 2023年 | 2022年\n"
        "------------------------+--------+-------\n"
        "新收行政复议案件        |   31   |   24\n"
        "其中：不服行政处罚      |    9   |    7\n"
        "纠错(撤销/确认违法)     |    3   |    2\n"
        "纠错率                  |  9.68  |  8.33\n"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 9, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_corrected", 3, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_correction_rate", 9.68, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_correction_rate", 8.33, "prior_year", "total") in got, sorted(got)


def test_a_header_of_categories_over_one_row_of_counts_counts_the_captions_metric() -> None:
    body = (
        "表3　2023年立案案件类别分布（单位：件）\n\n"
        "| 食品 | 特种设备 | 价格 | 其他 | 合计 |\n| --- | --- | --- | --- | --- |\n| 31 | 9 | 14 | 6 | 60 |\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 31, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 60, "year", "total") in got, sorted(got)


def test_a_money_captions_unit_line_and_its_channels_rows() -> None:
    body = (
        "表3  2023年挽回经济损失情况\n单位：万元\n\n"
        "| 渠道 | 2023年 | 2022年 |\n| --- | --- | --- |\n"
        "| 投诉调解 | 61.20 | 55.04 |\n| 企业自行和解 | 12.35 | 9.80 |\n| 合计 | 73.55 | 64.84 |\n"
    )
    got = keyed(rows(body))
    assert ("complaints.losses_recovered_cny", 123500, "year", "subset") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 735500, "year", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 648400, "prior_year", "total") in got, sorted(got)


def test_a_part_in_a_rows_words_cell_counts_what_the_rows_first_number_counts() -> None:
    body = (
        "全年移送公安机关案件3件。\n\n"
        "| 领域 | 立案数（件） | 移送公安（件） | 备注 |\n| --- | --- | --- | --- |\n"
        "| 食品安全 | 47 | 1 | 其中网络餐饮15件 |\n| 合计 | 120 | 3 | — |\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 15, "year", "subset") in got, sorted(got)
    assert not any(v == 15 and c == "enforcement.criminal_referrals" for c, v, *_ in got), sorted(got)


def test_reports_turned_into_cases_after_reports_closed_are_cases_filed() -> None:
    got = keyed(rows("全年受理虚假宣传类举报264件，核查办结251件，其中举报线索转立案的19件。"))
    assert ("enforcement.cases_filed", 19, "year", "subset") in got
    assert not any(k[0] == "complaints.resolved" and k[1] == 19 for k in got)


def test_cases_listed_after_dui_take_the_verb_of_the_next_clause() -> None:
    got = keyed(rows("对涉嫌销售假冒农药的经营户、生产不合格电线电缆的企业等6件案件，依法移送公安机关。"))
    assert ("enforcement.criminal_referrals", 6) in {k[:2] for k in got}


def test_cases_a_field_handled_framing_their_parts_are_cases_filed() -> None:
    got = keyed(rows("广告领域查处的31件案件中，虚假宣传案件17件，违规发布医疗广告案件9件。"))
    assert ("enforcement.cases_filed", 31) in {k[:2] for k in got}


def test_confiscation_and_fine_summed_are_fines_and_confiscations() -> None:
    got = keyed(rows("某超市销售过期食品，被依法没收违法所得并处罚款合计6.4万元。另一商户被处罚款2万元。"))
    pairs = {k[:2] for k in got}
    assert ("enforcement.fines_and_confiscations_cny", 64000) in pairs
    assert ("enforcement.fines_cny", 20000) in pairs


def test_cases_named_by_an_unpublished_duty_are_cases_not_records_published() -> None:
    got = keyed(rows("全年查处网络交易违法案件60件，其中未按规定公示亮照信息的案件14件，虚构交易的案件9件。"))
    pairs = {k[:2] for k in got}
    assert ("enforcement.cases_filed", 14) in pairs
    assert ("enforcement.penalties_published", 14) not in pairs


def test_a_distribution_frame_after_a_semicolon_names_the_headlines_parts() -> None:
    got = keyed(
        rows("全年受理投诉举报820件，其中投诉700件、举报120件；从来源看，12345热线转办455件，办结率99%。")
    )
    assert ("complaints.received", 455, "year", "subset") in got
    assert ("complaints.received", 700, "year", "subset") in got


def test_a_card_figure_over_its_label_takes_the_label_after_it() -> None:
    body = "## 数读上半年\n\n**352件**\n查办各类案件\n\n**96.5万元**\n罚没款\n\n**98.7%**\n投诉办结率\n"
    got = keyed(rows(body, "# 某区市场监管局2024年上半年工作回顾\n\n", "card.md"))
    pairs = {k[:2] for k in got}
    assert ("enforcement.cases_filed", 352) in pairs
    assert ("enforcement.fines_and_confiscations_cny", 965000) in pairs
    assert ("complaints.resolution_rate", 98.7) in pairs


def test_channels_of_the_complaints_just_counted_are_complaints() -> None:
    body = (
        "一、主要工作\n全年立案查处各类违法案件218件。\n"
        "全年共受理投诉举报2746件，办结率99.2%。从渠道看，经12345热线转办的有1031件，"
        "其余来自全国12315平台。\n"
    )
    got = keyed(rows(body))
    assert ("complaints.received", 1031, "year", "subset") in got


def test_a_time_in_the_dui_clause_says_which_files_not_the_span_counted() -> None:
    got = keyed(rows("全年组织案卷“回头看”，对2021年以来办结的214件一般程序案件案卷逐卷评查。"))
    assert ("enforcement.case_files_reviewed", 214, "year", "total") in got


def test_cases_put_to_collective_discussion_are_major_decisions_reviewed() -> None:
    got = keyed(rows("严格落实重大行政处罚集体讨论制度，集体讨论重大案件27件。"))
    assert ("enforcement.major_decisions_reviewed", 27, "year", "total") in got


def test_the_level_a_plan_builds_on_is_a_fact() -> None:
    body = (
        "一、2023年工作情况\n全年受理投诉举报5120件，办结率98.6%。\n"
        "二、2024年工作计划\n在今年投诉举报办结率98.6%的基础上，进一步压缩办理时限，力争办结率达到99.5%。\n"
    )
    got = [r for r in rows(body) if r["metric_code"] == "complaints.resolution_rate"]
    assert sorted(r["value"] for r in got) == [98.6, 98.6]


def test_files_sent_in_for_a_review_and_last_reviews_count_are_files_reviewed() -> None:
    got = keyed(
        rows("各所共报送案卷64卷，评为优秀15卷。与上年度评查（评查58卷、不合格4卷）相比，质量稳中有升。")
    )
    pairs = {k[:3] for k in got}
    assert ("enforcement.case_files_reviewed", 64, "year") in pairs
    assert ("enforcement.case_files_reviewed", 58, "prior_year") in pairs


def test_closed_cases_of_one_procedure_are_a_part_of_cases_closed() -> None:
    got = keyed(rows("全年立案查处各类案件318件，办结一般程序案件271件。"))
    assert ("enforcement.cases_closed", 271, "year", "subset") in got


def test_decisions_put_through_legal_review_are_major_decisions_reviewed() -> None:
    got = keyed(rows("全年重大行政执法决定经法制审核23件，审核意见全部被采纳。"))
    assert ("enforcement.major_decisions_reviewed", 23, "year", "total") in got


def test_a_bureaus_own_level_and_the_units_under_it_are_the_whole() -> None:
    got = keyed(rows("全年市局本级及所属执法单位共立案查处违法案件842件；其中市局本级立案57件。"))
    assert ("enforcement.cases_filed", 842, "year", "total") in got
    assert ("enforcement.cases_filed", 57, "year", "subset") in got


def test_the_general_procedures_total_in_brackets_and_both_kinds_of_dispute() -> None:
    got = keyed(
        rows(
            "全年形成音像记录的案件906件，占一般程序案件总数（1120件）的80.89%。"
            "全年共有3名申请人提起复议诉讼案件11件。"
        )
    )
    pairs = {k[:2] for k in got}
    assert ("enforcement.cases_general_procedure", 1120) in pairs
    assert ("litigation.disputes_total", 11) in pairs


def test_files_gone_over_again_and_a_time_frame_that_names_no_whole() -> None:
    got = keyed(
        rows("整改中，我局对一般程序案件开展集中复查，复查案卷236卷，发现问题案卷41卷，已全部完成补正。")
    )
    pairs = {k[:2] for k in got}
    assert ("enforcement.case_files_reviewed", 236) in pairs
    assert ("enforcement.case_files_reviewed", 41) not in pairs


def test_footnotes_after_a_plans_section_state_the_years_facts() -> None:
    body = (
        "一、工作成效\n\n全年立案查处各类违法案件286件[1]，罚没款402.6万元①。\n\n"
        "二、2026年工作打算\n\n力争全年立案查处案件300件以上。\n\n"
        "注释：\n[1]立案数含上级机关指定管辖案件12件。\n①罚没款含没收违法所得88.5万元。\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 12, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 885000, "year", "subset") in got, sorted(got)
    assert not any(k[1] == 300 for k in got), sorted(got)


def test_reconsiderations_by_deciding_body_are_parts_of_the_year_total() -> None:
    body = (
        "一、总体情况\n\n全市市场监管部门作为被申请人的行政复议案件276件，比上年下降3.1%。\n\n"
        "二、分析\n\n从复议机关看，由区县人民政府受理的复议案件231件，由上一级市场监管部门受理的45件。"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 276, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 231, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_received", 45, "year", "subset") in got, sorted(got)


def test_supervised_major_cases_an_inspection_bureau_and_a_campaigns_period() -> None:
    body = (
        "全年全省查办大要案380件。对跨区域案件实行挂牌督办，全年挂牌督办大要案19件。"
        "省局稽查局全年直接查办案件41件，罚没款980.5万元。"
        "“护企”专项行动于4月启动。行动期间，全市立案查处违法案件215件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.major_cases", 380, "year", "total") in got
    assert ("enforcement.major_cases", 19, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 41, "year", "subset") in got
    assert ("enforcement.cases_filed", 215, "year", "subset") in got


def test_a_table_of_places_with_a_sum_column_and_a_whole_province_row() -> None:
    body = (
        "表1　2024年第二季度各市12315诉求受理情况\n\n"
        "| 地区 | 投诉 | 举报 | 咨询 | 合计 |\n| --- | --- | --- | --- | --- |\n"
        "| 甲市 | 900 | 200 | 400 | 1500 |\n| 乙市 | 600 | 100 | 300 | 1000 |\n"
        "| 全省 | 1500 | 300 | 700 | 2500 |\n"
    )
    got = keyed(rows(body, "某省2024年第二季度12315投诉举报咨询情况\n\n"))
    assert ("complaints.received_incl_inquiries", 1500, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 2500, "quarter", "total") in got, sorted(got)
    assert ("complaints.received", 900, "quarter", "subset") in got
    assert ("complaints.inquiries", 700, "quarter", "total") in got


def test_a_one_cell_per_line_table_cut_by_a_page_break_and_a_running_header() -> None:
    running = "某市执法稽查工作总结（2023年度）"
    cells = "\n".join(f"{m}月\n{100 + m}\n{90 + m}" for m in range(1, 7))
    later = "\n".join(f"{m}月\n{100 + m}\n{90 + m}" for m in range(7, 13))
    body = (
        f"全年共立案查处违法案件1278件，结案1158件。\n\n{running}\n\n"
        f"表1　分月统计\n\n月份\n立案（件）\n结案（件）\n{cells}\n\n— 2 —\n\n{running}\n\n{later}\n合计\n1278\n1158\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2023年执法稽查工作总结\n\n"))
    assert ("enforcement.cases_filed", 112, "month", "total") in got, sorted(got)  # December, after the break
    assert ("enforcement.cases_closed", 1158, "year", "total") in got


def test_numbers_split_by_stray_spaces() -> None:
    got = keyed(rows("全年立案查处各类违法案件2 7 6 件，结案2 5 8件，挽回经济损失1 2 6.3万元。"))
    assert ("enforcement.cases_filed", 276, "year", "total") in got
    assert ("enforcement.cases_closed", 258, "year", "total") in got
    assert ("complaints.losses_recovered_cny", 1263000, "year", "total") in got


def test_a_clause_about_an_earlier_year_gives_prior_year_figures() -> None:
    body = (
        "2023年审结行政诉讼案件5件，其中胜诉4件；2022年审结7件，其中胜诉5件、败诉2件。"
        "败诉率由2022年的28.57%降至0%。"
    )
    observations = rows(body)
    years = {(r["metric_code"], r["value"], r["period"], r["year"]) for r in observations}
    assert ("litigation.lawsuits_closed", 7, "prior_year", 2022) in years, sorted(years)
    assert ("litigation.lawsuits_lost", 2, "prior_year", 2022) in years
    assert ("litigation.lawsuits_closed", 5, "year", 2023) in years
    assert ("litigation.lawsuits_loss_rate", 0, "year", 2023) in years


def test_parts_of_a_subset_headline_and_ranking_variants() -> None:
    body = (
        "全年全市共查处食品安全违法案件820件，结案790件。从违法领域看，涉及网络订餐的案件61件，"
        "涉及校园及周边的案件40件。投诉量居前三位的类别是餐饮、食品、家电，分别为530件、410件、300件。"
        "甲县、乙县、丙县查办案件数量居全市前三位，分别查办120件、95件、80件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 61, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 40, "year", "subset") in got
    assert ("complaints.received", 530, "year", "subset") in got
    assert ("enforcement.cases_filed", 95, "year", "subset") in got


def test_a_frame_naming_an_action_takes_the_topic_of_the_report() -> None:
    body = (
        "（二）被申请人分布。在受理的案件中，以市市场监督管理局为被申请人的120件；"
        "以各区县市场监督管理局为被申请人的300件。"
    )
    got = keyed(rows(body, "某市人民政府行政复议局关于2024年全市市场监管行政复议案件办理情况的通报\n\n"))
    assert ("litigation.reconsideration_received", 120, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_received", 300, "year", "subset") in got


def test_a_time_heading_covers_its_subsections() -> None:
    body = "一、7月主要工作数据\n\n（一）执法办案。全区立案查处违法案件58件，结案51件。\n"
    got = keyed(rows(body, "某区市场监管工作简报（2024年第7期）\n\n"))
    assert ("enforcement.cases_filed", 58, "month", "total") in got, sorted(got)


@pytest.mark.parametrize(
    "comparison",
    ["同比去年9月（412件）", "比上年9月份的412件", "较2023年9月（412件）"],
)
def test_same_month_last_year_named_by_its_number_is_a_prior_year_figure(comparison: str) -> None:
    body = f"9月份，全区共立案查处各类违法案件388件，{comparison}下降5.83%。"
    got = keyed(rows(body, "某区市场监管局2024年9月执法办案情况通报\n\n"))
    assert ("enforcement.cases_filed", 388, "month", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 412, "prior_year", "total") in got, sorted(got)


def test_a_change_that_goes_to_the_report_year_ends_at_its_current_value() -> None:
    body = "我局行政发案量由2022年的31件下降至2023年的19件，行政争议总体平稳。"
    got = keyed(rows(body, "某区市场监督管理局2023年法治政府建设工作报告\n\n"))
    assert ("litigation.disputes_total", 19, "year", "total") in got, sorted(got)
    assert ("litigation.disputes_total", 31, "prior_year", "total") in got, sorted(got)


def test_a_consumer_association_named_as_the_subject_of_an_earlier_clause_receives_the_complaints() -> None:
    body = "市消费者权益保护委员会积极发挥社会监督作用，全年受理消费者投诉1306件，调解成功1187件。"
    got = keyed(rows(body, "某市市场监督管理局2023年消费维权工作总结\n\n"))
    assert ("complaints.consumer_association_received", 1306, "year", "total") in got, sorted(got)
    assert not any(k[0] == "complaints.received" for k in got), sorted(got)


def test_dismissed_requests_are_upheld_and_corrected_acts_are_corrections() -> None:
    body = (
        "全年审结行政复议案件312件。在审结案件中，维持原行政行为150件，驳回行政复议请求71件；"
        "通过撤销、确认违法等方式纠正违法或不当行政行为48件。"
    )
    got = keyed(rows(body, "某市行政复议工作情况通报（2024年）\n\n"))
    # 维持 and 驳回 are the two parts of the upheld count, whose sum the sentence does not state.
    assert ("litigation.reconsideration_upheld", 150, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_upheld", 71, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_corrected", 48, "year", "total") in got, sorted(got)


def test_a_reconsideration_organ_sued_with_the_original_organ_wins_and_loses_lawsuits() -> None:
    body = (
        "复议决定作出后，申请人不服提起行政诉讼的37件，法院已审结30件，"
        "其中复议机关与原行政机关胜诉27件、败诉3件。"
    )
    got = keyed(rows(body, "某市行政复议工作情况通报（2024年）\n\n"))
    assert ("litigation.lawsuits_won", 27, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 3, "year", "total") in got, sorted(got)


LITIGATION_STATS_TITLE = "某市市场监管系统2024年行政复议和行政应诉案件统计分析\n\n"


def test_a_distributions_share_names_the_whole_its_parts_belong_to() -> None:
    body = (
        "全年审结行政复议案件40件。\n\n"
        "从案件起因看，不服举报处理的21件，占新收复议案件的50%；不服行政处罚的13件；其他8件。"
    )
    got = keyed(rows(body, LITIGATION_STATS_TITLE))
    for value in (21, 13, 8):
        assert ("litigation.reconsideration_received", value, "year", "subset") in got, sorted(got)


def test_counts_listed_by_respondent_name_reconsiderations_and_first_instance_suits() -> None:
    body = "四、按被申请人分布\n\n市局本级：复议7件、一审诉讼3件；\n城关区局：复议12件、一审诉讼5件。"
    got = keyed(rows(body, LITIGATION_STATS_TITLE))
    assert ("litigation.reconsideration_received", 7, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_received", 12, "year", "subset") in got, sorted(got)
    assert ("litigation.lawsuits_received", 3, "year", "subset") in got, sorted(got)
    assert ("litigation.lawsuits_received", 5, "year", "subset") in got, sorted(got)


def test_disputes_as_respondent_are_the_dispute_total_and_carried_over_cases_are_not_new() -> None:
    body = (
        "全市市场监管部门作为被申请人或被告的行政争议案件共70件。"
        "其中，新收行政复议案件41件，新收一审行政诉讼案件29件；另有上年结转复议案件3件。"
    )
    got = keyed(rows(body, LITIGATION_STATS_TITLE))
    assert ("litigation.disputes_total", 70, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 41, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_received", 29, "year", "total") in got, sorted(got)
    assert not any(k[0] == "litigation.reconsideration_received" and k[1] == 3 for k in got), sorted(got)
    resolved = keyed(rows("全年通过调解方式实质性化解行政争议案件12件。", LITIGATION_STATS_TITLE))
    assert not any(k[0] == "litigation.disputes_total" for k in resolved), sorted(
        resolved
    )  # settled, not all


def test_required_appearances_are_not_appearances_and_ordered_performance_is_a_correction() -> None:
    body = "复议机关决定撤销3件、责令履行法定职责2件。行政机关负责人应出庭19件，实际出庭17件。"
    got = keyed(rows(body, LITIGATION_STATS_TITLE))
    assert ("litigation.reconsideration_corrected", 2, "year", "subset") in got, sorted(got)
    assert ("litigation.head_appearances", 17, "year", "total") in got, sorted(got)
    assert not any(k[0] == "litigation.head_appearances" and k[1] == 19 for k in got), sorted(got)


def test_a_time_phrase_after_a_topic_phrase_carries_to_the_paragraphs_later_sentences() -> None:
    body = (
        "在执法办案方面，截至9月底，专项整治共立案查处违法案件27件，罚没款18.6万元。"
        "其中，查处销售不合格燃气灶案件15件、无证经营案件12件。"
    )
    got = keyed(rows(body, "某区开展燃气具专项整治（2024年）\n\n"))
    assert ("enforcement.cases_filed", 27, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 15, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 12, "to_date", "subset") in got, sorted(got)


def test_counts_since_an_earlier_year_are_cumulative_not_that_years() -> None:
    body = "自2021年全区启动燃气安全整治以来，区局已累计查处相关违法案件96件，罚没款83.2万元。"
    got = keyed(rows(body, "某区市场监督管理局2024年燃气安全整治情况\n\n"))
    assert ("enforcement.cases_filed", 96, "cumulative", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 832000, "cumulative", "subset") in got, sorted(got)


def test_a_table_of_this_and_last_quarter_with_a_change_column_and_a_sum_row() -> None:
    body = (
        "| 类别 | 本季度（件） | 上季度（件） | 环比（%） |\n|---|---:|---:|---:|\n"
        "| 投诉 | 5210 | 4870 | 7.0 |\n| 举报 | 1330 | 1400 | -5.0 |\n"
        "| 咨询 | 3460 | 3230 | 7.1 |\n| 合计 | 10000 | 9500 | 5.3 |\n"
    )
    observations = rows(body, "某市2024年第三季度消费者投诉举报情况分析\n\n", name="q3.md")
    got = keyed(observations)
    assert ("complaints.received_incl_inquiries", 10000, "quarter", "total") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 9500, "prior_period", "total") in got, sorted(got)
    assert ("complaints.inquiries", 3460, "quarter", "total") in got, sorted(got)
    changes = {7.0, -5.0, 7.1, 5.3}
    assert not any(r["value"] in changes for r in observations), sorted(got)  # changes are not figures


def test_last_months_column_named_by_its_number_beside_a_change_column_is_the_prior_period() -> None:
    body = (
        "| 项目 | 单位 | 5月 | 6月 | 环比(%) |\n|---|---|---:|---:|---:|\n"
        "| 受理投诉举报咨询 | 件 | 3120 | 3390 | 8.7 |\n| 其中：投诉 | 件 | 1404 | 1518 | 8.1 |\n"
    )
    got = keyed(rows(body, "某市2023年6月消费者投诉举报咨询情况\n\n", name="m.md"))
    assert ("complaints.received_incl_inquiries", 3120, "prior_period", "total") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 3390, "month", "total") in got, sorted(got)


def test_months_of_a_series_stay_months() -> None:
    body = "| 月份 | 投诉 | 举报 |\n|---|---:|---:|\n| 4月 | 1404 | 321 |\n| 5月 | 1518 | 356 |\n| 6月 | 1620 | 377 |\n"
    got = keyed(rows(body, "某市2023年6月消费者投诉举报咨询情况\n\n", name="m.md"))
    assert ("complaints.received", 1404, "month", "subset") in got, sorted(got)


def test_appeals_in_a_report_that_counts_complaints_reports_and_inquiries_are_that_whole() -> None:
    body = (
        "全年共受理消费者投诉举报咨询40,118件，同比增长5.2%。"
        "从区域分布看，甲区、乙区诉求量居前两位，分别为9,870件、8,112件。\n\n其中，涉及预付式消费的诉求3,864件。"
    )
    got = keyed(rows(body, "某市2023年12315投诉举报数据分析\n\n"))
    assert ("complaints.received_incl_inquiries", 9870, "year", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 3864, "year", "subset") in got, sorted(got)
    assert not any(k[0] == "complaints.consumer_appeals" for k in got), sorted(got)


def test_a_channel_distribution_in_a_section_without_a_headline_splits_the_reports_headline() -> None:
    body = (
        "8月，全区共受理消费者投诉举报咨询4210件，同比增长3.2%。\n\n"
        "一、分类情况\n\n投诉1985件，举报512件，咨询1713件。\n\n"
        "二、渠道情况\n\n从受理渠道看，通过全国12315平台受理2604件，通过来信来访受理306件。"
    )
    got = keyed(rows(body, "某区2024年8月12315投诉举报咨询情况\n\n"))
    assert ("complaints.received_incl_inquiries", 2604, "month", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 306, "month", "subset") in got, sorted(got)


def test_a_consumer_committee_and_sampled_case_files_are_named_by_their_short_forms() -> None:
    body = (
        "市消费者委员会全年受理消费者投诉1460件，调解成功1288件。"
        "组织开展行政处罚案卷评查，随机抽取案卷240卷，评出优秀案卷31卷。"
    )
    got = keyed(rows(body))
    assert ("complaints.consumer_association_received", 1460, "year", "total") in got, sorted(got)
    assert ("enforcement.case_files_reviewed", 240, "year", "total") in got, sorted(got)


def test_proposals_and_plans_counted_in_jian_are_not_cases() -> None:
    body = "全年承办区人大代表建议12件、区政协提案27件，制定应急预案5件。全年共办理各类案4件。"
    got = keyed(rows(body))
    assert not any(k[0].startswith("enforcement.") and k[1] in (27, 5) for k in got), sorted(got)
    assert ("enforcement.cases_filed", 4, "year", "total") in got, sorted(got)


DISCLOSURE_TITLE = "某县市场监督管理局2024年政府信息公开工作年度报告\n\n"
REVIEW_TEMPLATE_HEADER = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
REVIEW_TEMPLATE_VALUES = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1]
REVIEW_TEMPLATE_EXPECTED = [
    ("litigation.reconsideration_upheld", 2, "year", "subset"),
    ("litigation.reconsideration_corrected", 1, "year", "subset"),
    ("litigation.reconsideration_received", 4, "year", "subset"),
    ("litigation.lawsuits_won", 1, "year", "subset"),
    ("litigation.lawsuits_received", 2, "year", "subset"),
    ("litigation.lawsuits_lost", 1, "year", "subset"),
    ("litigation.lawsuits_received", 1, "year", "subset"),
]


# PDF text may break a header cell's words over lines of their own ("结果\n维持")
BROKEN_REVIEW_HEADER = ["结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"]


@pytest.mark.parametrize("header", [REVIEW_TEMPLATE_HEADER, BROKEN_REVIEW_HEADER])
def test_the_disclosure_reports_review_table_flattened_one_cell_per_line(header: list[str]) -> None:
    cells = [
        "行政复议",
        "行政诉讼",
        *header,
        "未经复议直接起诉",
        "复议后起诉",
        *header * 2,
        *map(str, REVIEW_TEMPLATE_VALUES),
    ]
    body = (
        "五、政府信息公开行政复议、行政诉讼情况\n\n"
        + "\n".join(cells)
        + "\n\n本年度因政府信息公开工作被申请行政复议4件。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert not [e for e in REVIEW_TEMPLATE_EXPECTED if e not in got], sorted(got)
    assert ("litigation.reconsideration_received", 4, "year", "subset") in got  # the prose restating it


def test_the_disclosure_reports_review_table_as_a_web_page_with_merged_headers() -> None:
    header = "".join(f"<td rowspan='2'>{w}</td>" for w in REVIEW_TEMPLATE_HEADER)
    sub_header = "".join(f"<td>{w}</td>" for w in REVIEW_TEMPLATE_HEADER * 2)
    values = "".join(f"<td>{v}</td>" for v in REVIEW_TEMPLATE_VALUES)
    page = (
        "<html><body><h1>某县市场监督管理局2024年政府信息公开工作年度报告</h1>"
        "<p>五、政府信息公开行政复议、行政诉讼情况</p><table>"
        "<tr><td colspan='5'>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
        f"<tr>{header}<td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr>"
        f"<tr>{sub_header}</tr><tr>{values}</tr></table></body></html>"
    )
    report = report_from_bytes("disclosure.html", page.encode("utf-8"))
    got = keyed(run_chain(report).observations.to_dicts())
    assert not [e for e in REVIEW_TEMPLATE_EXPECTED if e not in got], sorted(got)


def test_a_disclosure_reports_list_before_its_disclosure_part_is_the_whole() -> None:
    body = "本年度我局作为被申请人的行政复议案件9件，作为被告的行政诉讼案件14件，其中因政府信息公开引起的行政复议5件。"
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert ("litigation.reconsideration_received", 9, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 5, "year", "subset") in got, sorted(got)


def test_litigation_outside_a_disclosure_report_keeps_its_scope() -> None:
    body = "全年办理政府信息公开申请38件。全年共收到行政复议申请12件，行政诉讼5件。"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 12, "year", "total") in got, sorted(got)


def test_what_befell_the_cases_said_in_the_passive_after_the_figure_names_the_outcome() -> None:
    body = (
        "全年办理行政复议案件15件，其中，1件行政复议因程序瑕疵被复议机关确认违法，"
        "2件行政复议因答复不具体被责令重新答复。"
    )
    got = {(r["metric_code"], r["value"]) for r in rows(body)}
    assert ("litigation.reconsideration_corrected", 1) in got, sorted(got)
    assert ("litigation.reconsideration_corrected", 2) in got, sorted(got)


# PDF text may break the template's words over lines: "商业\n企业", "…公开\n申请数量"
BROKEN_REQUEST_WORDS = {
    "自然人": "自然人",
    "法人或其他组织": "法人或其他组织",
    "商业企业": "商业\n企业",
    "科研机构": "科研\n机构",
    "社会公益组织": "社会公\n益组织",
    "一、本年新收政府信息公开申请数量": "一、本年新收政府信息公开\n申请数量",
    "四、结转下年度继续办理": "四、结转下年度\n继续办理",
}


@pytest.mark.parametrize("broken", [False, True])
def test_the_disclosure_reports_request_table_flattened_one_cell_per_line(broken: bool) -> None:
    columns = [
        "申请人情况",
        "自然人",
        "法人或其他组织",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    rows_of_cells = [
        ("一、本年新收政府信息公开申请数量", [21, 5, 0, 0, 1, 0, 27]),
        ("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]),
        ("三、本年度办理结果", []),
        ("（一）予以公开", [9, 2, 0, 0, 0, 0, 11]),
        ("（三）不予公开", []),
        ("1.属于国家秘密", [0, 0, 0, 0, 0, 0, 0]),
        ("7.属于行政执法案卷", [3, 1, 0, 0, 0, 0, 4]),
        ("（七）总计", [20, 5, 0, 0, 1, 0, 26]),
        ("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0, 1]),
    ]
    if broken:  # and 总计 printed beside the group, above its parts, as the template's first row is
        columns = ["申请人情况", "自然人", "法人或其他组织", "总计", *columns[3:8]]
    words = BROKEN_REQUEST_WORDS if broken else {}
    lines = [words.get(c, c) for c in columns]
    for label, values in rows_of_cells:
        lines.extend([words.get(label, label), *map(str, values)])
    body = (
        "三、收到和处理政府信息公开申请情况\n\n"
        + "\n".join(lines)
        + "\n\n四、存在的主要问题及改进情况\n\n无。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert ("legal_affairs.disclosure_requests_received", 27, "year", "total") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_received", 21, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_refused", 4, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_handled", 26, "year", "total") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_carried_forward", 1, "year", "total") in got, sorted(got)


def test_a_category_tables_caption_gives_its_period() -> None:
    html = (
        "<html><head><title>某省市场监督管理局2024年“铁拳”行动工作总结</title></head><body>"
        "<div class='article'><h1>某省市场监督管理局2024年“铁拳”行动工作总结</h1>"
        "<p>今年以来，全省累计查办民生领域案件2210件。</p>"
        "<p>表　2024年1—10月分领域案件查办情况</p>"
        "<table><tr><th>领域</th><th>立案（件）</th><th>罚没款（万元）</th></tr>"
        "<tr><td>食品</td><td>1530</td><td>812.6</td></tr>"
        "<tr><td>农资</td><td>680</td><td>233.0</td></tr></table></div></body></html>"
    )
    got = keyed(run_chain(report_from_bytes("page.html", html.encode("utf-8"))).observations.to_dicts())
    assert ("enforcement.cases_filed", 1530, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 2330000, "to_date", "subset") in got, sorted(got)


def test_a_release_about_one_campaign_gives_the_campaigns_figures_unless_they_say_whole() -> None:
    title = "某市校外培训机构预收费专项整治行动取得阶段性成效\n\n来源：某市市场监督管理局　发布时间：2024-10-12\n\n"
    body = (
        "截至9月底，执法人员检查各类培训机构312家次，查处违法案件17件，罚没款23.5万元。"
        "同期全市市场监管部门共查处各类违法案件2140件，罚没款812万元。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 17, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 235000, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 2140, "to_date", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 8120000, "to_date", "total") in got, sorted(got)


CONSUMER_ASSOCIATION_TITLE = "云和县消费者协会\n2024年度消费者投诉情况分析\n\n"


def test_a_consumer_associations_own_report_counts_the_complaints_it_received() -> None:
    body = (
        "2024年，县消协共受理消费者投诉3260件，解决3105件。据县市场监督管理局统计，全县12315平台共受理投诉举报9120件。\n\n"
        "一、投诉基本情况\n\n"
        "（一）按投诉性质分析。质量问题仍居首位，共1021件，占投诉总量的31.32%；售后服务问题846件，占25.95%。\n\n"
        "（二）热点投诉。受理预付式消费投诉214件，同比增长12.0%。"
    )
    got = keyed(rows(body, CONSUMER_ASSOCIATION_TITLE))
    association = "complaints.consumer_association_received"
    assert (association, 3260, "year", "total") in got, sorted(got)
    for value in (1021, 846, 214):
        assert (association, value, "year", "subset") in got, sorted(got)
    assert ("complaints.received", 9120, "year", "total") in got, sorted(got)
    assert ("complaints.resolved", 3105, "year", "total") in got, sorted(got)  # the author's own whole


def test_a_numbered_list_under_a_ranking_lead_line_gives_parts_of_what_it_ranks() -> None:
    body = (
        "8月份，全区共受理投诉举报5120件。\n\n"
        "8月份投诉量排名前三位的商品和服务类别依次为：\n\n"
        "1. 餐饮服务：812件，占投诉总量的15.86%；\n"
        "2. 家用电器：604件，占比11.80%；\n"
        "3. 交通工具：377件，占比7.36%。\n"
    )
    title = "某区市场监督管理局2024年8月12315投诉举报情况通报\n\n"
    got = keyed(rows(body, title, name="case.md"))
    for value in (812, 604, 377):
        assert ("complaints.received", value, "month", "subset") in got, (value, sorted(got))


def test_a_ranking_lead_placed_with_pai_zai_and_items_with_commas() -> None:
    body = (
        "8月份，全区共受理投诉举报4870件。\n\n"
        "按商品和服务类别统计，本月投诉量排在前三位的依次是：\n\n"
        "1. 餐饮服务，512件，居第一位；\n"
        "2. 预付式消费，433件，以健身闭店为主；\n"
        "3. 通讯器材，208件。\n\n"
        "目前3名专职调解员已到岗。\n"
    )
    title = "某区市场监督管理局2024年8月12315投诉举报情况通报\n\n"
    observations = rows(body, title, name="case.md")
    got = keyed(observations)
    for value in (512, 433, 208):
        assert ("complaints.received", value, "month", "subset") in got, (value, sorted(got))
    values = [r["value"] for r in observations]
    assert values.count(3) == 1  # 前三位 is how many the ranking lists; 目前3名 counts people


def test_a_plans_section_still_reads_a_sentence_opening_with_a_period_already_over() -> None:
    body = (
        "8月，全市受理投诉举报咨询9120件。\n\n"
        "四、下一步工作\n\n"
        "力争9月投诉按时办结率不低于98%。\n\n"
        "1—8月，全市累计受理投诉举报咨询7.05万件，累计为消费者挽回经济损失1862.4万元。\n"
    )
    title = "某市2024年8月12315投诉举报咨询情况通报\n\n"
    got = keyed(rows(body, title))
    assert ("complaints.received_incl_inquiries", 70500, "to_date", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 18624000, "to_date", "total") in got, sorted(got)
    assert not [k for k in got if k[1] == 98]  # the target stays out


def test_an_ip_bureau_reporting_the_market_regulators_ip_cases_gives_a_part_of_theirs() -> None:
    body = (
        "全年全市市场监管部门共查处商标侵权、假冒专利等知识产权违法案件962件，罚没款2,187.4万元。"
        "在某服装品牌商标侵权案中，当事人被处以罚款43万元。\n"
        "全省知识产权系统（含市县市场监管部门）共查处知识产权违法案件1,205件。\n"
        "全省各级知识产权管理部门和市场监管部门共查处各类知识产权违法案件1,318件。\n"
    )
    got = keyed(rows(body, "浙江省知识产权局2025年知识产权保护工作情况\n\n"))
    assert ("enforcement.cases_filed", 962, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 21874000, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_cny", 430000, "year", "subset") in got, sorted(got)  # one case's fine
    assert ("enforcement.cases_filed", 1205, "year", "total") in got, sorted(got)  # its own system's
    assert ("enforcement.cases_filed", 1318, "year", "total") in got, sorted(got)  # its own beside them


def test_a_sum_of_parts_beside_the_whole_bureaus_total_leaves_that_total_whole() -> None:
    body = (
        "全年立案查处广告违法案件38件、商标违法案件14件，合计查处广告商标违法案件52件，"
        "占全市市场监管部门立案总数862件的6.03%。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年广告监管工作总结\n\n"))
    assert ("enforcement.cases_filed", 862, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 52, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 38, "year", "subset") in got, sorted(got)


def test_all_kinds_of_one_fields_cases_are_a_part_of_all_cases() -> None:
    body = (
        "全市市场监管部门全年立案查处各类食品违法案件1,206件。"
        "全年查处各类不正当竞争案件143件，罚没款1,102.5万元。"
        "全年共查处各类违法案件3,577件。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 1206, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 143, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 11025000, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 3577, "year", "total") in got, sorted(got)


def test_referrals_after_the_simple_procedure_part_are_the_whole_bureaus() -> None:
    body = "全年立案查处各类违法案件312件，其中一般程序案件187件、简易程序案件125件，移送公安机关涉嫌犯罪案件三起。\n"
    got = keyed(rows(body, "某县市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.criminal_referrals", 3, "year", "total") in got, sorted(got)


def test_a_rate_kept_at_a_value_is_that_rate_and_a_plan_to_keep_it_is_no_figure() -> None:
    body = (
        "各级市场监管部门负责人出庭应诉率保持100%。\n"
        "2025年我局将继续推动复议纠错率控制在5%以内，计划查办案件不少于420件。\n"
        "我局将继续紧盯尚未完成整改的3个问题。\n"
    )
    got = rows(body, "某市市场监督管理局2024年法治政府建设年度报告\n\n")
    assert ("litigation.head_appearance_rate", 100, "year", "total") in keyed(got), sorted(keyed(got))
    assert not [r for r in got if r["value"] in (5, 420)], got
    assert [r for r in got if r["value"] == 3], got  # where things stand now


def test_a_summing_up_after_the_plans_section_states_the_years_facts() -> None:
    body = (
        "一、主要工作\n\n全年立案查处电梯违法案件17件，罚款31.5万元。\n\n"
        "二、2024年工作思路\n\n力争全年检查电梯500台以上。\n\n"
        "综上，2023年全区电梯安全监管工作稳中有进，全年立案查处电梯违法案件17件、罚款31.5万元。\n"
        "总之，2024年将力争立案查处违法案件20件。\n"
        "总体看，全区全年共查处特种设备违法案件9件。\n"
    )
    got = rows(body, "某区市场监督管理局2023年电梯安全监管工作总结\n\n")
    restated = [
        r for r in got if r["evidence"].startswith("综上") and r["metric_code"].startswith("enforcement.")
    ]
    assert {(r["metric_code"], r["value"]) for r in restated} == {
        ("enforcement.cases_filed", 17),
        ("enforcement.fines_cny", 315000),
    }, restated
    assert not [r for r in got if r["value"] in (20, 500)]  # the plans stay out
    assert [r for r in got if r["value"] == 9 and r["metric_code"] == "enforcement.cases_filed"], got


def test_a_problems_and_plans_section_reads_a_sentence_on_where_things_stand_now() -> None:
    body = (
        "五、存在问题及下一步打算\n\n"
        "目前，全县在册经营主体已超过4.2万户，监管力量相对不足。\n\n"
        "力争2025年投诉按时办结率不低于99%。\n"
    )
    got = {(r["value"], r["qualifier"]) for r in rows(body)}
    assert (42000, "over") in got, sorted(got)
    assert not [k for k in got if k[0] == 99]  # the target stays out


def test_the_disclosure_reports_tables_with_several_cells_to_a_line() -> None:
    request_lines = [
        "申请人情况：自然人　法人或其他组织（商业企业　科研机构　社会公益组织　法律服务机构　其他）　总计",
        "一、本年新收政府信息公开申请数量　17 3 0 0 1 0 21",
        "二、上年结转政府信息公开申请数量　1 0 0 0 0 0 1",
        "三、本年度办理结果",
        "（一）予以公开　8 2 0 0 0 0 10",
        "（三）不予公开　1.属于国家秘密　0 0 0 0 0 0 0",
        "2.属于行政执法案卷　2 0 0 0 0 0 2",
        "（七）总计　15 3 0 0 1 0 19",
        "四、结转下年度继续办理　3 0 0 0 0 0 3",
    ]
    review_lines = [
        "行政复议",
        *REVIEW_TEMPLATE_HEADER,
        "行政诉讼：未经复议直接起诉（结果维持　结果纠正　其他结果　尚未审结　总计）；"
        "复议后起诉（结果维持　结果纠正　其他结果　尚未审结　总计）",
        *map(str, REVIEW_TEMPLATE_VALUES),
    ]
    body = (
        "三、收到和处理政府信息公开申请情况\n\n"
        + "\n".join(request_lines)
        + "\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        + "\n".join(review_lines)
        + "\n\n五、存在的主要问题及改进情况\n\n无。"
    )
    observations = rows(body, DISCLOSURE_TITLE)
    got = keyed(observations)
    assert ("legal_affairs.disclosure_requests_received", 21, "year", "total") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_received", 17, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_refused", 2, "year", "subset") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_handled", 19, "year", "total") in got, sorted(got)
    assert ("legal_affairs.disclosure_requests_carried_forward", 3, "year", "total") in got, sorted(got)
    assert not [e for e in REVIEW_TEMPLATE_EXPECTED if e not in got], sorted(got)
    template_rows = [r for r in observations if r["rule"].startswith("table:disclosure_template")]
    assert len(template_rows) == 7 * 7 + 15  # every cell once, no row read twice


@pytest.mark.parametrize(
    ("cells_per_line", "licences", "broken"),
    [(True, "5127", False), (False, "5127", False), (False, "5 127", False), (True, "5127", True)],
)
def test_the_disclosure_reports_tables_of_what_it_published_of_its_own_accord(
    cells_per_line: bool, licences: str, broken: bool
) -> None:
    tables = [
        ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "0"],
        ["行政规范性文件", "4", "1", "26"],
        ["第二十条第（五）项", "信息内容", "本年处理决定数量"],
        ["行政许可", licences],  # PDF text may space a number's thousands
        ["第二十条第（六）项", "信息内容", "本年处理决定数量"],
        ["行政处罚", "903"],
        ["行政强制", "41"],
        ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", "1.5"],
    ]
    if broken:  # PDF text breaking a column's words over lines: "本年处理决定\n数量"
        tables = [
            [cell.replace("决定数量", "决定\n数量").replace("万元", "万\n元") for cell in line]
            for line in tables
        ]
    if cells_per_line:
        block = "\n".join(cell for line in tables for cell in line)
    else:  # PDF text: cells of a line apart by runs of spaces
        lines = [[[line[0]], line[1:]] if line[0].startswith("第二十条") else [line] for line in tables]
        block = "\n".join("      ".join(line) for pair in lines for line in pair)
    body = (
        "二、主动公开政府信息情况\n\n"
        + block
        + "\n\n三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for code, value in (
        ("legal_affairs.rules_issued", 0),
        ("legal_affairs.normative_documents_issued", 4),
        ("legal_affairs.normative_documents_repealed", 1),
        ("legal_affairs.normative_documents_in_force", 26),
        ("registration.licensing_decisions", 5127),
        # the penalties decided, the report's only count of cases: read as its case count
        ("enforcement.cases_filed", 903),
        ("legal_affairs.coercive_measure_decisions", 41),
        ("legal_affairs.administrative_fees_cny", 15000),
    ):
        assert (code, value, "year", "total") in got, (code, value, sorted(got))


def test_the_older_disclosure_forms_columns_of_matters_listed_and_their_change() -> None:
    body = (
        "二、主动公开政府信息情况\n\n"
        "第二十条第（六）项\n"
        "信息内容                  上一年项目数量  本年增/减       处理决定数量\n"
        "行政处罚                               312             +7             158\n"
        "行政强制                                11              -2              26\n\n"
        "三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for expected in (
        ("legal_affairs.penalty_items", 312, "prior_year", "total"),
        ("legal_affairs.penalty_items_net_change", 7, "year", "total"),
        ("legal_affairs.coercion_items_net_change", -2, "year", "total"),
        ("legal_affairs.coercive_measure_decisions", 26, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))
    assert any(k[1] == 158 and k[0].startswith("enforcement.") for k in got), sorted(got)
    assert not any(k[1] == 312 and k[0].startswith("enforcement.") for k in got)


def test_the_disclosure_reports_request_table_printed_with_its_total_column_only() -> None:
    lines = [
        "（本表仅列总计栏）",
        "一、本年新收政府信息公开申请数量            12",
        "二、上年结转政府信息公开申请数量            2",
        "三、本年度办理结果",
        "  （一）予以公开                   6",
        "  （三）不予公开——保护第三方合法权益        1",
        "  （七）总计                     11",
        "四、结转下年度继续办理                 3",
    ]
    body = (
        "三、收到和处理政府信息公开申请情况\n\n"
        + "\n".join(lines)
        + "\n\n五、存在的主要问题及改进情况\n\n无。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for code, value in (
        ("received", 12),
        ("carried_over", 2),
        ("granted", 6),
        ("refused", 1),
        ("handled", 11),
    ):
        assert (f"legal_affairs.disclosure_requests_{code}", value, "year", "total") in got, (
            code,
            sorted(got),
        )
    assert ("legal_affairs.disclosure_requests_carried_forward", 3, "year", "total") in got, sorted(got)


def test_the_review_table_with_its_outcome_names_stacked_over_two_header_lines() -> None:
    body = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        "        行政复议                              行政诉讼\n"
        "                                  未经复议直接起诉          复议后起诉\n"
        "结果 结果 其他 尚未 总计    结果 结果 其他 尚未 总计   结果 结果 其他 尚未 总计\n"
        "维持 纠正 结果 审结         维持 纠正 结果 审结        维持 纠正 结果 审结\n"
        + "    ".join(map(str, REVIEW_TEMPLATE_VALUES))
        + "\n\n五、存在的主要问题及改进情况\n\n无。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert not [e for e in REVIEW_TEMPLATE_EXPECTED if e not in got], sorted(got)


def test_a_web_pages_table_with_merged_headers_and_rows_naming_their_topic() -> None:
    page = (
        "<html><body><h1>某区市场监督管理局2023年度行政执法数据公开</h1>"
        "<p>表1　行政处罚案件分类统计</p><table>"
        "<tr><th rowspan='2'>领域</th><th colspan='2'>案件数（件）</th><th rowspan='2'>罚没款<br>（万元）</th></tr>"
        "<tr><th>立案</th><th>结案</th></tr>"
        "<tr><td>食品</td><td>120</td><td>115</td><td>86.4</td></tr>"
        "<tr><td>特种设备</td><td>35</td><td>33</td><td>21.0</td></tr>"
        "<tr><td>合计</td><td>155</td><td>148</td><td>107.4</td></tr></table>"
        "<p>表2　行政复议和行政诉讼情况</p><table>"
        "<tr><th>类别</th><th>收案（件）</th><th>审结（件）</th></tr>"
        "<tr><td>行政复议</td><td>14</td><td>12</td></tr>"
        "<tr><td>行政诉讼</td><td>6</td><td>5</td></tr></table></body></html>"
    )
    got = keyed(run_chain(report_from_bytes("page.html", page.encode("utf-8"))).observations.to_dicts())
    assert ("enforcement.cases_filed", 120, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_closed", 33, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 155, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 1074000, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 14, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_closed", 5, "year", "total") in got, sorted(got)


def test_a_web_pages_table_with_periods_under_merged_metric_headers() -> None:
    page = (
        "<html><body><h1>某县市场监督管理局2025年1-11月行政处罚案件统计</h1><table>"
        "<tr><th rowspan='2'>领域</th><th colspan='2'>案件数（件）</th><th colspan='2'>罚没金额（万元）</th></tr>"
        "<tr><th>2025年1-11月</th><th>去年同期</th><th>2025年1-11月</th><th>去年同期</th></tr>"
        "<tr><td>食品</td><td>61</td><td>57</td><td>33.20</td><td>28.75</td></tr>"
        "<tr><td>广告</td><td>12</td><td>15</td><td>8.40</td><td>6.10</td></tr>"
        "<tr><td>合计</td><td>73</td><td>72</td><td>41.60</td><td>34.85</td></tr></table></body></html>"
    )
    got = keyed(run_chain(report_from_bytes("page.html", page.encode("utf-8"))).observations.to_dicts())
    assert ("enforcement.cases_filed", 61, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 57, "prior_year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 73, "to_date", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 416000, "to_date", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 348500, "prior_year", "total") in got, sorted(got)


def test_a_web_pages_table_of_grouped_rows_under_a_header_of_years() -> None:
    page = (
        "<html><body><h1>某县市场监督管理局2024年度行政执法数据公示</h1><table>"
        "<tr><th rowspan='2'>类别</th><th rowspan='2'>事项</th><th colspan='2'>数量</th>"
        "<th rowspan='2'>同比增减（%）</th></tr><tr><th>2024年</th><th>2023年</th></tr>"
        "<tr><td rowspan='3'>行政处罚</td><td>立案（件）</td><td>215</td><td>200</td><td>+7.50</td></tr>"
        "<tr><td>结案（件）</td><td>198</td><td>190</td><td>+4.21</td></tr>"
        "<tr><td>罚没款（万元）</td><td>96.5</td><td>88.0</td><td>+9.66</td></tr>"
        "<tr><td colspan='2'>移送公安机关（件）</td><td>4</td><td>1</td><td>+300.00</td></tr>"
        "</table></body></html>"
    )
    observations = run_chain(report_from_bytes("page.html", page.encode("utf-8"))).observations.to_dicts()
    got = keyed(observations)
    assert {
        ("enforcement.cases_filed", 215, "year", "total"),
        ("enforcement.cases_filed", 200, "prior_year", "total"),
        ("enforcement.cases_closed", 198, "year", "total"),
        ("enforcement.fines_and_confiscations_cny", 965000, "year", "total"),
        ("enforcement.criminal_referrals", 4, "year", "total"),
        ("enforcement.criminal_referrals", 1, "prior_year", "total"),
    } <= got, sorted(got)
    assert next(r["yoy_pct"] for r in observations if r["value"] == 215) == 7.5


def test_a_ranking_table_with_this_and_last_quarters_columns_and_a_change_column() -> None:
    body = (
        "三季度，全市共受理投诉举报8310件。\n\n"
        "表2　第三季度投诉量排名前三位的类别\n\n"
        "| 排名 | 类别 | 本季度投诉量（件） | 上季度投诉量（件） | 环比 |\n"
        "|:---:|---|---:|---:|---:|\n"
        "| 1 | 餐饮服务 | 1320 | 1104 | +19.57% |\n"
        "| 2 | 食品 | 986 | 1010 | -2.38% |\n"
        "| 3 | 旅游服务 | 512 | 388 | +31.96% |\n\n"
        "表3　分月情况\n\n"
        "| 月份 | 投诉（件） | 举报（件） |\n|---|---:|---:|\n"
        "| 7月 | 2104 | 512 |\n| 8月 | 2230 | 498 |\n| 9月 | 2011 | 455 |\n| 第三季度合计 | 6345 | 1465 |\n"
    )
    title = "某市市场监督管理局2024年第三季度12315投诉举报情况通报\n\n"
    observations = rows(body, title, name="case.md")
    got = keyed(observations)
    assert ("complaints.received", 1320, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received", 1104, "prior_period", "subset") in got, sorted(got)
    assert not any(r["value"] == 19.57 for r in observations)  # 环比 is a change, not a figure
    assert ("complaints.received", 2104, "month", "subset") in got, sorted(got)
    assert ("complaints.received", 6345, "quarter", "subset") in got, sorted(got)


def test_a_category_tables_year_on_year_column_gives_each_rows_change() -> None:
    body = (
        "表1　2023年投诉按类别分布\n\n| 类别 | 投诉量（件） | 同比增减（%） |\n| --- | --- | --- |\n"
        "| 食品 | 842 | +6.2 |\n| 家用电器 | 517 | -3.1 |\n"
    )
    observations = rows(body, name="case.md")
    changes = {r["value"]: r["yoy_pct"] for r in observations if r["metric_code"] == "complaints.received"}
    assert changes == {842: 6.2, 517: -3.1}, observations


def test_the_disclosure_reports_review_table_turned_on_its_side() -> None:
    body = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        "                行政复议   诉讼(未经复议直接起诉)   诉讼(复议后起诉)\n"
        "    结果维持       4             2                    1\n"
        "    结果纠正       1             0                    0\n"
        "    其他结果       0             1                    0\n"
        "    尚未审结       1             0                    0\n"
        "    总计           6             3                    1\n\n"
        "五、存在的主要问题及改进情况\n\n本年度1件复议案件因答复期限告知不完整被纠正。"
    )
    observations = rows(body, DISCLOSURE_TITLE)
    got = keyed(observations)
    for expected in (
        ("litigation.reconsideration_upheld", 4, "year", "subset"),
        ("litigation.reconsideration_received", 6, "year", "subset"),
        ("litigation.lawsuits_won", 2, "year", "subset"),
        ("litigation.lawsuits_received", 3, "year", "subset"),
        ("litigation.lawsuits_received", 1, "year", "subset"),
    ):
        assert expected in got, (expected, sorted(got))
    template_rows = [r for r in observations if r["rule"].startswith("table:disclosure_template")]
    assert len(template_rows) == 15
    assert ("litigation.reconsideration_corrected", 1, "year", "subset") in got  # 被纠正 in the prose


def test_the_review_table_on_its_side_with_a_named_corner() -> None:
    body = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        "表4　政府信息公开行政复议、行政诉讼情况（单位：件）\n"
        "结果类型    行政复议    行政诉讼（未经复议直接起诉）    行政诉讼（复议后起诉）\n"
        "结果维持    3    2    0\n"
        "结果纠正    1    0    0\n"
        "其他结果    0    0    1\n"
        "尚未审结    0    1    0\n"
        "总计    4    3    1\n\n"
        "五、存在的主要问题及改进情况\n\n信息发布的及时性有待提高。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for expected in (
        ("litigation.reconsideration_upheld", 3, "year", "subset"),
        ("litigation.reconsideration_received", 4, "year", "subset"),
        ("litigation.lawsuits_won", 2, "year", "subset"),
        ("litigation.lawsuits_received", 3, "year", "subset"),
        ("litigation.lawsuits_received", 1, "year", "subset"),
    ):
        assert expected in got, (expected, sorted(got))


@pytest.mark.parametrize(
    ("title", "scope"),
    [
        ("某区市场监督管理局2025年知识产权保护工作总结\n\n", "subset"),
        ("某市市场监督管理局2025年价格监督检查工作总结\n\n", "subset"),
        ("某市市场监督管理局2025年法治政府建设年度报告\n\n", "total"),
        # a campaign reported beside the year's enforcement: the review figures are the year's
        ("某县市场监管局通报2025年“铁拳”行动和全年执法办案情况\n\n", "total"),
    ],
)
def test_review_and_litigation_figures_of_a_report_on_one_field(title: str, scope: str) -> None:
    body = (
        "全年依法办理行政复议案件3件，行政诉讼案件1件。"
        "组织案卷评查，评查案卷26卷，对较大数额罚款的4件案件进行法制审核。\n"
        "全年受理投诉举报1,204件。"
    )
    got = keyed(rows(body, title))
    for metric, value in (
        ("litigation.reconsideration_received", 3),
        ("litigation.lawsuits_received", 1),
        ("enforcement.case_files_reviewed", 26),
    ):
        assert (metric, value, "year", scope) in got, (metric, sorted(got))
    assert ("complaints.received", 1204, "year", "total") in got  # 12315 takes every field's complaints


@pytest.mark.parametrize(
    ("reason", "metric"),
    [
        (
            "诉讼案件增多主要是部分经营者对处罚决定不服，同一经营者提起的案件达到4件。",
            "litigation.lawsuits_received",
        ),
        (
            "复议案件增多主要源于个别申请人反复申请复议，同一申请人提出的案件有4件。",
            "litigation.reconsideration_received",
        ),
    ],
)
def test_a_part_of_the_combined_caseload_belongs_to_the_kind_its_sentence_names(
    reason: str, metric: str
) -> None:
    body = (
        "全年新收行政复议案件15件，行政诉讼案件9件，复议诉讼案件合计24件，较上年（19件）有所增加。" + reason
    )
    got = keyed(rows(body))
    assert (metric, 4, "year", "subset") in got, sorted(got)
    assert ("litigation.disputes_total", 4, "year", "subset") not in got


@pytest.mark.parametrize("earlier", ["2022年同期开展的春季整治行动", "上年同期的专项检查"])
def test_a_bracketed_value_after_the_words_of_a_comparison_is_the_earlier_years(earlier: str) -> None:
    body = f"行动开展以来，共立案查处校园周边违法案件41件，较{earlier}（35件）增长17.1%，结案33件。"
    observations = rows(body)
    got = keyed(observations)
    assert ("enforcement.cases_filed", 35, "prior_year", "subset") in got, sorted(got)
    change = {r["value"]: r["yoy_pct"] for r in observations if r["metric_code"] == "enforcement.cases_filed"}
    assert change == {41: 17.1, 35: None}, change


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("“护苗”行动自2021年5月启动以来，已连续开展三轮。", "cumulative"),
        ("“护苗”行动自今年5月启动以来，分两个阶段推进。", "to_date"),
    ],
)
def test_a_running_total_to_a_date_counts_from_the_start_its_paragraph_names(
    opening: str, period: str
) -> None:
    body = opening + "截至今年9月底，全县累计查办行动案件214件，罚没款86.5万元。"
    got = keyed(rows(body, "某县市场监督管理局关于2023年“护苗”行动进展情况的报告\n\n"))
    assert ("enforcement.cases_filed", 214, period, "subset") in got, sorted(got)


def test_a_year_in_brackets_of_its_own_names_the_year_of_the_figure_after_it() -> None:
    body = "行动已开展三轮。其中，第一轮（2021年）查办案件96件，第二轮（2022年）查办案件104件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 104, "prior_year", "subset") in got, sorted(got)
    assert not any(k[1] == 96 and k[2] == "year" for k in got), sorted(got)


def test_requests_answered_in_a_disclosure_report_are_no_cases_closed() -> None:
    body = (
        "三、收到和处理政府信息公开申请情况\n\n"
        "全年收到政府信息公开申请35件，其中自然人申请29件、法人或其他组织申请6件；全年办结33件，"
        "结转下年度继续办理2件。\n\n"
        "四、行政执法\n\n全年立案查处各类违法案件214件，办结198件。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert not any(k[0] == "enforcement.cases_closed" and k[1] == 33 for k in got), sorted(got)
    assert ("enforcement.cases_closed", 198, "year", "total") in got, sorted(got)


def test_penalty_decisions_second_in_a_list_the_verb_governs() -> None:
    body = "全年立案查处各类违法案件352件。全年作出行政许可决定2,106件、行政处罚决定317件，结果均已公示。"
    got = keyed(rows(body))
    assert ("enforcement.cases_closed", 317, "year", "total") in got, sorted(got)


@pytest.mark.parametrize("named", ["“双打”案件", "“铁拳”案件"])
def test_cases_a_quoted_campaign_name_qualifies_are_a_part_even_after_gong(named: str) -> None:
    got = keyed(rows(f"全年共立案查处{named}96件，结案88件，罚没款73.2万元。"))
    assert ("enforcement.cases_filed", 96, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_closed", 88, "year", "subset") in got, sorted(got)


def test_the_parts_of_a_rows_block_take_its_amounts_unit_and_what_it_counts() -> None:
    body = (
        "表2  案件办理情况\n\n"
        "项目                    2024年     2023年     同比增减\n"
        "立案数（件）               415        380      +9.2%\n"
        "作出处罚决定数（件）       396        351      +12.8%\n"
        "  其中：一般程序           240        220      +9.1%\n"
        "        简易程序           156        131      +19.1%\n"
        "罚没款（万元）          530.40     488.10      +8.7%\n"
        "  其中：罚款            470.20     431.60      +8.9%\n"
        "        没收违法所得     60.20      56.50      +6.5%\n"
        "移送公安机关（件）           4          6      -33.3%\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2024年度行政执法数据统计年报\n\n"))
    for expected in (
        ("enforcement.cases_general_procedure", 240, "year", "total"),
        ("enforcement.cases_closed", 156, "year", "subset"),  # a procedure of the decisions above
        ("enforcement.cases_closed", 131, "prior_year", "subset"),
        ("enforcement.fines_cny", 4702000, "year", "total"),  # in the 万元 of its block's head
        ("enforcement.fines_and_confiscations_cny", 602000, "year", "subset"),
        ("enforcement.fines_and_confiscations_cny", 565000, "prior_year", "subset"),
    ):
        assert expected in got, (expected, sorted(got))
    assert not any(k[1] in (470.2, 60.2, 156) and k[0] == "enforcement.cases_filed" for k in got)
    assert not any(k[1] in (470.2, 60.2) for k in got)


def test_a_table_of_kinds_of_work_with_unit_and_remarks_columns() -> None:
    body = (
        "表1  2024年度行政执法数据汇总表\n\n"
        "| 序号 | 执法类别 | 数量 | 计量单位 | 备注 |\n|---|---|---|---|---|\n"
        "| 1 | 行政许可 | 1720 | 件 | 食品经营许可等 |\n"
        "| 2 | 行政处罚 | 264 | 件 | 作出行政处罚决定数 |\n"
        "| 3 | 行政检查 | 3906 | 次 | 含双随机抽查 |\n\n"
        "全年立案查处各类违法案件281件。\n"
    )
    got = keyed(rows(body, "某县市场监督管理局2024年度行政执法数据公示\n\n"))
    assert ("enforcement.cases_closed", 264, "year", "total") in got, sorted(got)
    assert not any(k[0].startswith("other.other_other") for k in got), sorted(got)
    assert not any(k[1] in (1, 2, 3) for k in got)  # the index is not a figure


def test_published_enforcement_information_of_every_kind_is_not_the_penalties_published() -> None:
    body = (
        "项目                              2024年\n"
        "公示行政执法信息（条）              2710\n"
        "其中：行政处罚决定信息（条）       264\n"
        "重大执法决定法制审核（件）            19\n"
    )
    got = keyed(rows(body, "某县市场监督管理局2024年度行政执法“三项制度”执行情况\n\n"))
    assert ("enforcement.penalties_published", 264, "year", "total") in got, sorted(got)
    assert ("enforcement.major_decisions_reviewed", 19, "year", "total") in got
    assert not any(k[0] == "enforcement.penalties_published" and k[1] == 2710 for k in got)


def test_reconsiderations_and_lawsuits_each_named_in_full_then_summed_are_the_disputes() -> None:
    body = "全年以本局为被申请人的行政复议案件和以本局为被告的行政诉讼案件共14件，较上年（17件）有所下降。"
    got = keyed(rows(body))
    assert ("litigation.disputes_total", 14, "year", "total") in got, sorted(got)
    assert ("litigation.disputes_total", 17, "prior_year", "total") in got
    assert not any(k[0] == "litigation.lawsuits_received" for k in got)


def test_a_results_column_naming_the_lawsuit_rows_word_in_brackets() -> None:
    body = (
        "具体办理情况如下：\n\n"
        "    类别        收案    维持（驳回）  纠错（败诉）  终止（撤诉）\n"
        "    行政复议      7          5            1             1\n"
        "    行政诉讼      4          3            1             0\n"
    )
    got = keyed(rows(body))
    for expected in (
        ("litigation.reconsideration_corrected", 1, "year", "total"),
        ("litigation.lawsuits_won", 3, "year", "total"),
        ("litigation.lawsuits_lost", 1, "year", "total"),
        ("litigation.lawsuits_withdrawn", 0, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))
    corrected = [k for k in got if k[0] == "litigation.reconsideration_corrected"]
    assert corrected == [("litigation.reconsideration_corrected", 1, "year", "total")], corrected


def test_listed_names_compared_with_an_earlier_times_values_each_take_their_own() -> None:
    body = (
        "五年间共收到行政复议申请88件，应诉行政诉讼案件37件，其中行政复议、行政诉讼较上一个五年的"
        "64件、22件分别增长37.5%和68.2%。"
    )
    got = keyed(rows(body, "某市市场监督管理局“十四五”时期法治建设工作总结\n\n"))
    compared = {(k[0], k[1]) for k in got if k[1] in (64, 22)}
    assert compared == {
        ("litigation.reconsideration_received", 64),
        ("litigation.lawsuits_received", 22),
    }, sorted(got)
    assert not any(k[1] in (64, 22) and k[2] in ("year", "cumulative") for k in got), sorted(got)


def test_a_time_word_between_a_metrics_name_and_its_figure() -> None:
    body = "全市立案数上年全年为208件。一季度立案数已达到2025年全年（208件）的27.4%，罚没款2025年全年为96.2万元。"
    got = keyed(rows(body, "某市市场监督管理局2026年一季度执法办案工作总结\n\n"))
    assert ("enforcement.cases_filed", 208, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 962000, "prior_year", "total") in got, sorted(got)
    assert not any(k[0].startswith("other.") and k[1] == 208 for k in got)


def test_typical_cases_chosen_to_be_made_public_are_publicized() -> None:
    body = "为发挥警示作用，市局从各县区报送的案件中评选出8件典型案例，现予以发布。"
    got = keyed(rows(body, "某市市场监督管理局关于发布2024年度执法典型案例的通知\n\n"))
    assert any(k[:2] == ("enforcement.typical_cases_publicized", 8) for k in got), sorted(got)


def test_a_target_met_is_no_figure_and_ends_no_reading_of_the_clauses_after_it() -> None:
    body = (
        "全年立案查处各类违法案件1342件，超额完成年初确定的1200件目标任务；结案1297件，罚没款2210.4万元，"
        "同比分别增长6.1%、5.2%、9.8%。力争明年立案数突破1400件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年工作总结\n\n"))
    assert ("enforcement.cases_closed", 1297, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 22104000, "year", "total") in got
    assert not any(k[1] in (1200, 1400) for k in got), sorted(got)
    filed = next(r for r in rows(body, "某市市场监督管理局2024年工作总结\n\n") if r["value"] == 1342)
    assert filed["yoy_pct"] == 6.1


def test_a_section_of_key_work_done_is_not_a_plan() -> None:
    title = "# 某省药品监督管理局2024年药品稽查执法工作情况\n\n"
    body = (
        "## 二、重点工作\n\n### （一）药品领域\n\n全省查处生产、销售假药劣药案件27件。\n\n"
        "## 三、2025年重点工作\n\n全年抽检药品不少于1300批次，立案查处案件力争突破300件。\n"
    )
    got = keyed(rows(body, title, name="report.md"))
    assert ("enforcement.cases_filed", 27, "year", "total") in got or (
        "enforcement.cases_filed",
        27,
        "year",
        "subset",
    ) in got, sorted(got)
    assert not any(k[1] in (1300, 300) for k in got), sorted(got)


def test_a_sentence_naming_no_time_goes_on_about_the_earlier_year_the_one_before_opened_with() -> None:
    body = (
        "活动中通报了上年度消费维权情况。2024年，全区共受理消费者投诉举报咨询2.94万件。"
        "依托投诉举报线索立案查处案件118件，罚没款96.3万元。\n\n"
        "今年以来，全区共受理投诉举报3620件。"
    )
    title = (
        "某区市场监管局举办2025年“3·15”国际消费者权益日主题活动\n\n日期：2025-03-15 来源：区市场监管局\n\n"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 118, "prior_year", "subset") in got or (
        "enforcement.cases_filed",
        118,
        "prior_year",
        "total",
    ) in got, sorted(got)
    assert any(k[:3] == ("enforcement.fines_and_confiscations_cny", 963000, "prior_year") for k in got)
    assert any(k[:3] == ("complaints.received", 3620, "to_date") for k in got), sorted(got)


def test_a_time_part_after_qizhong_is_its_wholes_count_for_that_time() -> None:
    title = "某区市场监督管理局2024年四季度暨全年工作汇报\n\n"
    body = (
        "全年向公安机关移送涉嫌犯罪案件6件，其中四季度2件。全年为消费者挽回经济损失540.2万元，其中四季度131.6万元。"
        "全年对38件重大行政执法决定进行法制审核，其中四季度11件；公示行政处罚信息301条。"
        "全年收到行政复议申请8件、一审行政诉讼4件，其中四季度分别为3件和1件；全年行政复议被纠错1件。"
    )
    got = keyed(rows(body, title))
    for expected in (
        ("enforcement.criminal_referrals", 2, "quarter", "total"),
        ("complaints.losses_recovered_cny", 1316000, "quarter", "total"),
        ("enforcement.major_decisions_reviewed", 11, "quarter", "total"),
        ("enforcement.penalties_published", 301, "year", "total"),  # the 其中 clause's time ended
        ("litigation.reconsideration_received", 3, "quarter", "total"),
        ("litigation.lawsuits_received", 1, "quarter", "total"),
        ("litigation.reconsideration_corrected", 1, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))
    month = keyed(
        rows(
            "全市向公安机关移送涉嫌犯罪案件12件，其中5月移送3件。",
            "某市市场监督管理局2025年1-5月工作进展情况\n\n",
        )
    )
    assert ("enforcement.criminal_referrals", 3, "month", "total") in month, sorted(month)


def test_one_kind_of_major_enforcement_decision_named_is_reviewed_as_major_decisions_are() -> None:
    body = "严格落实重大执法决定法制审核制度，全年对9件重大行政裁决决定进行法制审核。"
    got = keyed(rows(body))
    assert ("enforcement.major_decisions_reviewed", 9, "year", "total") in got, sorted(got)


def test_the_parts_of_a_year_by_quarter_are_each_the_whole_of_their_quarter() -> None:
    body = (
        "全年受理投诉举报11920件。分季度看，一季度受理2710件，二季度3010件，三季度2980件，四季度3220件。"
        "全年立案查处各类违法案件655件。分季度看，一至四季度分别立案141件、168件、170件、176件；"
        "上半年立案309件、罚没款401.5万元。"
    )
    got = keyed(rows(body, "某县市场监督管理局2025年工作总结\n\n"))
    for expected in (
        ("complaints.received", 2710, "quarter", "total"),
        ("complaints.received", 3220, "quarter", "total"),
        ("enforcement.cases_filed", 168, "quarter", "total"),
        ("enforcement.cases_filed", 176, "quarter", "total"),
        ("enforcement.cases_filed", 309, "half_year", "total"),
        ("enforcement.cases_filed", 655, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))


def test_what_was_achieved_beside_each_target_is_read_and_the_targets_are_not() -> None:
    body = (
        "对照年初下达的目标任务：食品安全监督抽检目标1800批次，实际完成1913批次；"
        "投诉举报办结率目标97%，实际达到99.1%；立案查处案件目标400件，实际立案437件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年考核评价与工作成效情况\n\n"))
    assert ("complaints.resolution_rate", 99.1, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 437, "year", "total") in got, sorted(got)
    assert not any(k[1] in (1800, 97, 400) for k in got), sorted(got)


def test_a_count_per_ten_thousand_firms_and_a_peers_average_are_no_counts() -> None:
    body = "全年立案查处各类案件486件。每万户经营主体立案数71.2件，高于全省平均水平（41.6件）。"
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 486, "year", "total") in got
    assert not any(k[0] == "enforcement.cases_filed" and k[1] in (71.2, 41.6) for k in got), sorted(got)
    assert any(k[:2] == ("enforcement.cases_filed_per_10k", 71.2) for k in got), sorted(got)


def test_a_bare_closed_column_beside_a_complaints_column_counts_complaints_resolved() -> None:
    body = (
        "二、各所受理情况\n\n"
        "| 单位 | 受理投诉举报 | 办结 | 挽回损失（万元） |\n| --- | --- | --- | --- |\n"
        "| 城关所 | 512 | 508 | 45.6 |\n| 东城所 | 433 | 430 | 38.2 |\n"
    )
    got = keyed(rows(body, "某市2025年12315投诉举报数据分析\n\n", "case.md"))
    assert ("complaints.resolved", 508, "year", "subset") in got, sorted(got)
    assert ("complaints.resolved", 430, "year", "subset") in got, sorted(got)


def test_a_ranked_list_under_a_unit_caption_counts_the_captions_metric_kind_by_kind() -> None:
    body = (
        "全年受理投诉12,306件。\n\n"
        "（一）商品类投诉前五位（单位：件）\n"
        "1.食品\u30002201\n2.家用电子电器\u30001388\n3.服装鞋帽\u3000906\n"
        "其他商品类投诉共1,570件。\n"
    )
    got = keyed(rows(body, "某市2025年度消费维权年报\n\n"))
    for value in (2201, 1388, 906):
        assert ("complaints.received", value, "year", "subset") in got, sorted(got)


def test_parts_add_up_to_their_whole_past_a_bracketed_breakdown_of_one_part() -> None:
    body = (
        "全年立案查处各类违法案件512件。全年向公安机关移送涉嫌犯罪案件21件。\n\n"
        "三、分领域情况\n\n"
        "按监管领域分，产品质量领域8件，食品领域7件（其中保健食品3件），知识产权领域5件，药品领域1件。\n"
    )
    got = keyed(rows(body, "某区市场监督管理局关于2024年涉嫌犯罪案件移送情况的报告\n\n"))
    for value in (8, 7, 3, 5, 1):
        assert ("enforcement.criminal_referrals", value, "year", "subset") in got, sorted(got)
    assert not any(k[0] == "enforcement.cases_filed" and k[1] == 8 for k in got), sorted(got)


@pytest.mark.parametrize(
    "header",
    [
        "| 领域 | 案件数：一般程序（件） | 案件数：简易程序（件） | 案件数：小计（件） |\n| --- | --- | --- | --- |\n",
        "| 领域 | 案件数（件） | | |\n| --- | --- | --- | --- |\n|  | 一般程序 | 简易程序 | 小计 |\n",
    ],
)
def test_a_subtotal_column_under_a_group_counts_the_groups_whole(header: str) -> None:
    body = "二、分领域情况\n\n" + header + "| 食品 | 612 | 438 | 1050 |\n| 合计 | 1714 | 784 | 2498 |\n"
    got = keyed(rows(body, "某市2025年市场监管执法稽查工作情况\n\n", "case.md"))
    assert ("enforcement.cases_filed", 1050, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 2498, "year", "total") in got, sorted(got)


def test_a_distribution_paragraph_takes_the_period_of_the_paragraph_it_divides() -> None:
    body = (
        "今年以来，全市共查办“护农”行动案件860件，罚没款512.3万元。\n"
        "从案件类别看，查处种子类案件312件；化肥类案件205件；农药类案件143件。\n"
        "全年组织执法培训6期，参训人员420人次。"
    )
    got = keyed(rows(body, "某市2024年“护农”行动新闻发布会（文字实录）\n\n"))
    assert ("enforcement.cases_filed", 312, "to_date", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 143, "to_date", "subset") in got, sorted(got)


def test_a_campaigns_quoted_name_between_publishing_and_its_typical_cases() -> None:
    body = "今年以来分3批向社会发布“铁拳”行动典型案例24个。"
    got = keyed(rows(body))
    # The campaign's cases: a part of all the typical cases made public.
    assert ("enforcement.typical_cases_publicized", 24, "to_date", "subset") in got, sorted(got)


def test_a_ranking_by_bare_intake_ranks_what_the_reports_headline_received() -> None:
    body = (
        "一、总体情况\n本季度全市共受理消费者投诉举报咨询36210件，同比增长4.2%。\n\n"
        "二、各区受理情况\n本季度受理量居前三位的是城东区（6120件）、城西区（5874件）和高新区（4391件）。"
    )
    got = keyed(rows(body, "某市2024年第二季度12315投诉举报咨询情况分析\n\n"))
    assert ("complaints.received_incl_inquiries", 6120, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 4391, "quarter", "subset") in got, sorted(got)


def test_a_span_since_an_earlier_years_event_is_cumulative() -> None:
    body = "2018年机构改革以来，全市系统累计办理行政复议案件846件、行政诉讼案件305件。"
    got = keyed(rows(body, "某市市场监督管理局2024年度行政争议案件分析\n\n"))
    assert ("litigation.reconsideration_received", 846, "cumulative", "total") in got, sorted(got)
    assert ("litigation.lawsuits_received", 305, "cumulative", "total") in got, sorted(got)


def test_a_running_total_after_what_the_year_added_is_cumulative() -> None:
    observations = rows(
        "全年新增放心消费示范单位64家，累计达到517家。全年受理投诉5000件，累计挽回损失300万元。"
    )
    periods = {r["value"]: r["period"] for r in observations}
    assert periods[64] == "year" and periods[517] == "cumulative", periods
    assert periods[3000000] == "year", periods  # 累计 as "in all" within the year


def test_a_running_total_in_a_paragraph_that_named_the_year_is_the_years() -> None:
    observations = rows(
        "全年共接收消费者投诉举报咨询7310件。共办结投诉举报5204件，累计为消费者挽回经济损失218.6万元。\n\n"
        "全年新培育放心消费单位40家。累计达到286家。\n\n"
        "全年受理投诉3100件。2019年以来，累计挽回经济损失1200万元。"
    )
    periods = {r["value"]: r["period"] for r in observations}
    assert periods[2186000] == "year", periods  # the paragraph's 全年 bounds its 累计
    assert periods[286] == "cumulative", periods  # a stock the year added to runs past it
    assert periods[12000000] == "cumulative", periods  # a span that began years before


def test_a_change_since_a_named_year_is_this_years_figure() -> None:
    observations = rows("移送公安机关案件41件，比2022年增加9件。2022年立案1200件。")
    periods = {r["value"]: r["period"] for r in observations}
    assert periods[9] == "year" and periods[1200] == "prior_year", periods


def test_a_header_naming_one_outcome_per_topic_row() -> None:
    body = (
        "四、行政复议和行政诉讼情况\n\n"
        "| 类别 | 收案（件） | 审结（件） | 维持/胜诉（件） | 驳回/撤诉（件） | 纠错/败诉（件） | 纠错率/败诉率（%） |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n"
        "| 行政复议 | 16 | 15 | 9 | 2 | 2 | 13.33 |\n"
        "| 行政诉讼 | 7 | 6 | 5 | 0 | 1 | 16.67 |\n"
    )
    got = keyed(rows(body, name="case.md"))
    for expected in (
        # 维持 and 驳回 are both upheld, given without their sum: each is a part
        ("litigation.reconsideration_upheld", 9, "year", "subset"),
        ("litigation.reconsideration_upheld", 2, "year", "subset"),
        ("litigation.lawsuits_withdrawn", 0, "year", "total"),
        ("litigation.reconsideration_corrected", 2, "year", "total"),
        ("litigation.reconsideration_correction_rate", 13.33, "year", "total"),
        ("litigation.lawsuits_won", 5, "year", "total"),
        ("litigation.lawsuits_lost", 1, "year", "total"),
        ("litigation.lawsuits_loss_rate", 16.67, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))


def test_a_verb_repeated_without_its_object_counts_the_same_thing() -> None:
    body = "全年城区分局受理投诉举报5120件；开发区分局受理1876件；滨江分局受理934件。"
    got = keyed(rows(body))
    assert ("complaints.received", 1876, "year", "subset") in got, sorted(got)
    assert ("complaints.received", 934, "year", "subset") in got, sorted(got)


def test_responsibility_letters_named_for_targets_are_counts_not_targets() -> None:
    body = "各科室、各市场监管所逐级签订安全生产目标责任书23份，层层压实责任。"
    got = {(r["value"], r["unit"]) for r in rows(body)}
    assert (23, "document") in got, got


def test_a_plan_that_states_what_remains_keeps_that_figure() -> None:
    body = (
        "一、整改情况\n审计指出的9个问题中，已完成整改7个。\n\n"
        "二、下一步工作\n我局将继续紧盯尚未完成整改的2个问题，力争2025年3月底前整改到位；计划培训财务人员40人次。"
    )
    values = {r["value"] for r in rows(body, "某市市场监督管理局关于2023年度审计整改情况的报告\n\n")}
    assert 2 in values, values
    assert 40 not in values, values  # a plan


def test_a_heading_that_names_a_category_narrows_the_count_under_it() -> None:
    body = (
        "一、投诉总体情况\n全年受理投诉举报9000件。\n\n二、投诉热点\n"
        "（一）网络购物。受理投诉1800件，占投诉总量的20%。\n"
        "（二）食品及特种设备。受理投诉700件。\n"
        "（三）投诉举报。受理消费咨询3000件。"
    )
    got = keyed(rows(body))
    assert ("complaints.online_shopping", 1800, "year", "total") in got, sorted(got)
    assert ("complaints.special_equipment", 700, "year", "subset") not in got, sorted(got)
    assert ("complaints.inquiries", 3000, "year", "total") in got, sorted(got)


def test_progress_on_key_work_is_a_report_not_a_plan() -> None:
    body = (
        "二、重点工作进展\n（一）执法办案。全局立案查处各类案件203件。\n\n"
        "三、下一步重点工作\n力争全年立案查处案件突破240件。"
    )
    values = {r["value"] for r in rows(body, "某县市场监督管理局关于2024年1—10月重点工作进展情况的报告\n\n")}
    assert 203 in values, values
    assert 240 not in values, values


def test_a_plan_section_keeps_what_was_done_already() -> None:
    body = (
        "一、执法办案\n全年查办案件300件。\n\n"
        "二、下一步工作安排\n力争全年查办大要案突破400件。\n"
        "会上还通报了6起商标侵权典型案例，并回答了记者提问。"
    )
    values = {r["value"] for r in rows(body)}
    assert 6 in values, values
    assert 400 not in values, values  # a plan


def test_category_rows_count_the_captions_metric_with_bare_change_columns() -> None:
    body = (
        "表1  2024年5月投诉量前三位类别情况（单位：件）\n\n"
        "类别            本月      上月      环比      去年同月      同比\n"
        "美容美发        1420      1315      8.0%      1250          13.6%\n"
        "教育培训        1188      1260      -5.7%     1302          -8.8%\n"
        "家具            906       874       3.7%      951           -4.7%\n"
        "合计            3514      3449      1.9%      3503          0.3%\n"
    )
    observations = rows(body, "某市2024年5月12315投诉举报情况通报\n\n")
    got = keyed(observations)
    for expected in (
        ("complaints.received", 1420, "month", "subset"),
        ("complaints.received", 1315, "prior_period", "subset"),
        ("complaints.received", 1250, "prior_year", "subset"),
        ("complaints.received", 3514, "month", "subset"),  # 投诉 alone is a part of 投诉举报
    ):
        assert expected in got, (expected, sorted(got))
    assert not any(r["value"] in (8.0, -5.7, 3.7, 1.9) for r in observations), sorted(got)
    yoy = {r["value"]: r["yoy_pct"] for r in observations if r["period"] == "month"}
    assert yoy[1420] == 13.6, yoy


def test_channel_rows_under_a_bare_received_column_count_the_captions_metric() -> None:
    cells = [
        "受理渠道",
        "受理量（件）",
        "占比",
        "全国12315平台",
        "8,412",
        "61.2%",
        "12315热线",
        "5,334",
        "38.8%",
    ]
    body = "三、受理渠道\n\n表1　2024年6月全市投诉举报受理渠道分布\n" + "\n".join(cells) + "\n\n以上。"
    got = keyed(rows(body, "某市2024年6月12315投诉举报情况通报\n\n"))
    assert ("complaints.received", 8412, "month", "subset") in got, sorted(got)
    assert ("complaints.received", 5334, "month", "subset") in got, sorted(got)


def test_category_rows_in_a_bare_count_column_count_the_captions_metric() -> None:
    body = (
        "表2 第三季度举报分类情况\n\n"
        "| 类别 | 件数 | 占比 | 同比 |\n| --- | --- | --- | --- |\n"
        "| 食品安全 | 612 | 41.2% | +6.1% |\n| 价格收费 | 388 | 26.1% | -3.0% |\n| 合计 | 1486 | 100% | +2.2% |\n"
    )
    got = keyed(rows(body, "某市2024年第三季度12315投诉举报情况分析\n\n"))
    for value in (612, 388, 1486):
        assert ("complaints.received", value, "quarter", "subset") in got, (value, sorted(got))


QUARTER_TITLE = "某市市场监督管理局2024年第二季度12315投诉举报咨询情况分析\n\n"


def test_rows_that_name_metrics_in_a_bare_count_column_and_their_sum() -> None:
    body = (
        "二季度共接收投诉举报咨询17,300件。\n\n一、总体情况\n\n"
        "| 类别 | 件数 | 占比 |\n| --- | --- | --- |\n"
        "| 投诉 | 8,200 | 47.40% |\n| 举报 | 2,100 | 12.14% |\n| 咨询 | 7,000 | 40.46% |\n| 合计 | 17,300 | — |\n"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    for expected in (
        ("complaints.received", 8200, "quarter", "subset"),
        ("complaints.inquiries", 7000, "quarter", "total"),
        ("complaints.received_incl_inquiries", 17300, "quarter", "total"),
    ):
        assert expected in got, (expected, sorted(got))


def test_a_category_table_without_a_caption_counts_what_its_heading_names() -> None:
    body = (
        "二、投诉热点\n\n| 类别 | 件数 | 占比 |\n| --- | --- | --- |\n"
        "| 预付式消费 | 1,318 | 16.1% |\n| 网络购物 | 975 | 11.9% |\n"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    assert ("complaints.received", 1318, "quarter", "subset") in got, sorted(got)
    assert ("complaints.online_shopping", 975, "quarter", "subset") in got, sorted(got)  # 网络购物 + 投诉


def test_a_category_row_under_a_period_column_names_its_own_metric_with_the_caption() -> None:
    body = (
        "表2　本季度消保委受理投诉分类\n\n| 类别 | 本季度（件） | 同比（%） |\n| --- | --- | --- |\n"
        "| 商品类 | 8,410 | 3.2 |\n| 网络购物 | 2,266 | -4.1 |\n| 合计 | 19,020 | 6.5 |\n"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    assert ("complaints.consumer_association_received", 8410, "quarter", "subset") in got, sorted(got)
    assert ("complaints.online_shopping", 2266, "quarter", "subset") in got, sorted(got)  # 网络购物 + 投诉


def test_a_subtotal_row_sums_the_metric_rows_above_it() -> None:
    body = (
        "| 类别 | 7月 | 8月 | 合计 |\n| --- | --- | --- | --- |\n| 投诉 | 1200 | 1300 | 2500 |\n"
        "| 举报 | 300 | 200 | 500 |\n| 咨询 | 900 | 800 | 1700 |\n| 小计 | 2400 | 2300 | 4700 |\n"
        "| 挽回经济损失（万元） | 40.5 | 38.2 | 78.7 |\n"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    assert ("complaints.received_incl_inquiries", 4700, "quarter", "total") in got, sorted(got)
    assert ("complaints.received_incl_inquiries", 2400, "month", "total") in got, sorted(got)


def test_a_performance_table_reads_the_achieved_column_not_the_target() -> None:
    body = (
        "| 指标名称 | 年度指标值 | 实际完成值 | 得分 |\n| --- | --- | --- | --- |\n"
        "| 立案查处案件数 | ≥250件 | 281件 | 10 |\n| 罚没款 | 800万元 | 936.4万元 | 10 |\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 281, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 9364000, "year", "total") in got, sorted(got)
    assert ("other.other_other", 10, "year", "total") in got, sorted(got)  # the score, of no metric
    assert not {value for _, value, *_ in got} & {250, 8000000}, sorted(got)  # targets are not facts


def test_a_change_column_in_points_is_a_rates_delta_not_its_yoy() -> None:
    body = (
        "| 项目 | 2023年 | 2022年 | 同比增减 |\n| --- | --- | --- | --- |\n"
        "| 纠错率(%) | 8.33 | 11.54 | -3.21个百分点 |\n"
    )
    found = [r for r in rows(body) if r["metric_code"] == "litigation.reconsideration_correction_rate"]
    current = next(r for r in found if r["period"] == "year")
    assert (current["delta_pct_points"], current["yoy_pct"]) == (-3.21, None)


def test_months_listed_one_after_another_are_each_a_whole() -> None:
    body = "二季度共接收投诉举报咨询17,300件。分月看，4月受理5,210件，5月受理5,904件，6月受理6,186件。"
    got = keyed(rows(body, QUARTER_TITLE))
    for value in (5210, 5904, 6186):
        assert ("complaints.received_incl_inquiries", value, "month", "total") in got, (value, sorted(got))


def test_qizhong_after_a_sentence_that_names_its_subject_without_a_figure() -> None:
    body = (
        "二季度共接收投诉举报咨询17,300件。\n预付式消费投诉居各类投诉首位。其中健身类436件、美容美发类217件。"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    assert ("complaints.received", 436, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received", 217, "quarter", "subset") in got, sorted(got)


def test_a_ranking_by_bare_intake_inside_a_section_led_by_a_part() -> None:
    body = (
        "二季度共接收投诉举报咨询17,300件。\n\n一、投诉情况\n\n二季度共受理投诉8,200件。"
        "从属地分布看，甲街道、乙街道受理量居前两位，分别为2,310件、1,954件。"
    )
    got = keyed(rows(body, QUARTER_TITLE))
    assert ("complaints.received_incl_inquiries", 2310, "quarter", "subset") in got, sorted(got)


def test_a_later_quarters_months_name_that_quarter() -> None:
    title = "某县市场监督管理局2024年第三季度12315投诉举报咨询情况通报\n\n"
    got = keyed(rows("2024年第三季度（7月至9月），全县共受理投诉举报咨询4,386件。", title))
    assert ("complaints.received_incl_inquiries", 4386, "quarter", "total") in got, sorted(got)


def test_a_two_column_table_of_items_and_their_counts() -> None:
    page = (
        "<html><body><h1>某区市场监督管理局2023年度行政执法数据公开</h1><table>"
        "<tr><th>项目</th><th>数量</th></tr>"
        "<tr><td>行政处罚案件（件）</td><td>812</td></tr>"
        "<tr><td>其中：一般程序（件）</td><td>530</td></tr>"
        "<tr><td>　　　简易程序（件）</td><td>282</td></tr>"
        "<tr><td>罚没款（万元）</td><td>640.5</td></tr>"
        "<tr><td>移送司法机关（件）</td><td>4</td></tr>"
        "</table></body></html>"
    )
    got = keyed(rows(page, "", name="data.html"))
    for expected in (
        ("enforcement.cases_filed", 812, "year", "total"),
        ("enforcement.cases_general_procedure", 530, "year", "total"),
        ("enforcement.cases_filed", 282, "year", "subset"),
        ("enforcement.fines_and_confiscations_cny", 6405000, "year", "total"),
        ("enforcement.criminal_referrals", 4, "year", "total"),
    ):
        assert expected in got, (expected, sorted(got))


def test_corrections_beside_lost_suits_in_a_table_of_both_topics_are_reconsiderations() -> None:
    body = (
        "表1  2023年度各单位行政复议、行政诉讼案件情况\n\n"
        "| 单位 | 行政复议（件） | 行政诉讼（件） | 被纠错（件） | 败诉（件） |\n|---|---:|---:|---:|---:|\n"
        "| 城东区局 | 14 | 6 | 2 | 1 |\n| 城西区局 | 9 | 3 | 1 | 0 |\n| 合计 | 23 | 9 | 3 | 1 |\n"
    )
    got = keyed(rows(body, name="case.md"))
    assert ("litigation.reconsideration_corrected", 3, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_corrected", 2, "year", "subset") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 1, "year", "total") in got, sorted(got)


def test_an_earlier_year_inside_brackets_is_an_aside_not_the_period() -> None:
    body = (
        "2023年，全市系统作为被申请人、被告的行政发案量共81件，同比下降10%（2022年为90件），"
        "其中行政复议案件58件、一审行政诉讼案件23件。"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 58, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_received", 23, "year", "total") in got, sorted(got)


def test_things_published_in_batches_are_counted_after_the_batches() -> None:
    got = keyed(rows("全年发布典型案例三批15个，其中2个案例入选全省典型案例。"))
    assert ("enforcement.typical_cases_publicized", 15, "year", "total") in got, sorted(got)
    got = keyed(rows("全年通报典型案例4批共27个。"))
    assert ("enforcement.typical_cases_publicized", 27, "year", "total") in got, sorted(got)


def test_a_space_aligned_review_table_whose_header_leaves_the_corner_empty() -> None:
    body = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        "                          结果维持  结果纠正  其他结果  尚未审结  总计\n"
        "行政复议                    2         1         0         0        3\n"
        "行政诉讼（未经复议）        1         0         0         1        2\n"
        "行政诉讼（复议后起诉）      0         0         0         0        0\n\n"
        "五、存在的主要问题及改进情况\n\n"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for expected in (
        ("litigation.reconsideration_upheld", 2, "year", "subset"),
        ("litigation.reconsideration_corrected", 1, "year", "subset"),
        ("litigation.reconsideration_received", 3, "year", "subset"),
        ("litigation.lawsuits_won", 1, "year", "subset"),
        ("litigation.lawsuits_received", 2, "year", "subset"),
    ):
        assert expected in got, (expected, sorted(got))


def test_a_space_aligned_review_table_with_its_groups_named_on_lines_above_its_header() -> None:
    outcomes = "结果维持 结果纠正 其他结果 尚未审结 总计  "
    body = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        "                 行政复议                                     行政诉讼\n"
        "                                       未经复议直接起诉                   复议后起诉\n"
        + (outcomes * 3).rstrip()
        + "\n   3        1        0        0     4      0        0        1        1     2"
        "      0        0        0        0     0\n\n"
        "五、存在的主要问题及改进情况\n\n"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    for expected in (
        ("litigation.reconsideration_upheld", 3, "year", "subset"),
        ("litigation.reconsideration_corrected", 1, "year", "subset"),
        ("litigation.reconsideration_received", 4, "year", "subset"),
        ("litigation.lawsuits_received", 2, "year", "subset"),
    ):
        assert expected in got, (expected, sorted(got))
    assert ("litigation.lawsuits_received", 4, "year", "total") not in got


def test_a_captions_money_unit_scales_the_amount_columns_only() -> None:
    body = (
        "表2  审计查出问题整改情况统计表（单位：万元）\n\n"
        "| 问题类别 | 问题个数 | 涉及金额 | 已整改金额 |\n|---|---:|---:|---:|\n"
        "| 政府采购 | 4 | 52.30 | 52.30 |\n| 合计 | 9 | 210.45 | 180.45 |\n"
    )
    observations = rows(body, "某市市场监督管理局关于2023年度审计整改情况的报告\n\n", name="case.md")
    money = sorted(r["value"] for r in observations if r["unit"] == "yuan")
    assert money == [523000, 523000, 1804500, 2104500], money
    assert {4, 9} <= {r["value"] for r in observations if r["unit"] != "yuan"}


def test_a_bare_case_count_column_beside_fines_counts_the_cases_handled() -> None:
    body = (
        "表2　2023年分领域案件查办情况\n\n"
        "| 领域 | 案件数（件） | 罚没款（万元） |\n|---|---:|---:|\n"
        "| 食品 | 1,530 | 2,011.6 |\n| 广告 | 402 | 388.0 |\n| 合计 | 1,932 | 2,399.6 |\n"
    )
    got = keyed(rows(body))
    for expected in [
        ("enforcement.cases_filed", 1530, "year", "subset"),
        ("enforcement.cases_filed", 402, "year", "subset"),
        ("enforcement.cases_filed", 1932, "year", "total"),
        ("enforcement.fines_and_confiscations_cny", 23996000, "year", "total"),
    ]:
        assert expected in got, f"missing {expected}; got {sorted(got)}"


RANKED_AND_CONCENTRATED = [
    pytest.param(
        "全年共接收投诉、举报和咨询15200件。从细分领域看，家政服务412件、汽车维修服务268件，分列服务类投诉前两位。",
        [
            ("complaints.received", 412, "year", "subset"),
            ("complaints.received", 268, "year", "subset"),
        ],
        id="ranking-after-the-list-names-its-metric",
    ),
    pytest.param(
        "全年受理投诉举报5200件。举报内容集中在虚假宣传、无照经营和计量作弊，三者分别为96件、71件和40件。",
        [
            ("complaints.received", 96, "year", "subset"),
            ("complaints.received", 71, "year", "subset"),
            ("complaints.received", 40, "year", "subset"),
        ],
        id="what-reports-are-about-with-respective-values",
    ),
    pytest.param(
        "全年受理各类诉求9800件，其中咨询类诉求3104件。",
        [("complaints.inquiries", 3104, "year", "total")],  # 其中 a different metric: its own whole
        id="inquiry-class-appeals-are-inquiries",
    ),
    pytest.param(
        "全年发生行政诉讼案件3件，均已审结，我局败诉数为零。",
        [
            ("litigation.lawsuits_received", 3, "year", "total"),
            ("litigation.lawsuits_lost", 0, "year", "total"),
        ],
        id="no-lawsuit-lost-written-as-zero",
    ),
    pytest.param(
        "组织行政处罚案卷交叉评查，评查一般程序案卷180卷。",
        [("enforcement.case_files_reviewed", 180, "year", "total")],
        id="case-files-of-one-procedure-reviewed",
    ),
    pytest.param(
        "组织全省行政处罚案卷评查，抽取县区案卷60卷，评查合格率97.5%。",
        [("enforcement.case_files_reviewed", 60, "year", "total")],
        id="case-files-drawn-from-lower-levels",
    ),
]


@pytest.mark.parametrize(("body", "expected"), RANKED_AND_CONCENTRATED)
def test_rankings_concentrations_and_named_kinds(body: str, expected: list[tuple]) -> None:
    got = keyed(rows(body))
    for row in expected:
        assert row in got, f"missing {row}; got {sorted(got)}"


def test_a_change_after_a_comparison_is_not_a_figure_of_the_metric() -> None:
    got = rows("其中，一般程序案件731件；移送公安机关22件，比上年（15件）增加7件。")
    assert ("enforcement.criminal_referrals", 22, "year", "total") in keyed(got)
    [change] = [r for r in got if r["value"] == 7]  # kept, under no core metric
    assert change["metric_code"].split(".")[0] not in ("enforcement", "complaints", "litigation")


HOTLINE_TITLE = "某市市场监督管理局2024年6月12345热线市场监管类诉求分析\n\n"


def test_counts_said_to_be_shares_of_a_whole_count_that_whole() -> None:
    body = (
        "三、投诉热点\n\n从投诉内容看，排在第一位的是家居装修，共845件，占投诉总量的21.3%。\n\n"
        "排在第二位的是教育培训，共512件，占12.9%。\n\n排在第三位的是网络购物，共430件，占10.8%。\n\n"
        "四、咨询情况\n\n其中，涉及企业登记的2,104件，涉及广告审查的388件，分别占咨询总量的28.6%和5.3%。\n"
    )
    got = keyed(rows(body, HOTLINE_TITLE))
    assert ("complaints.received", 845, "month", "subset") in got
    assert ("complaints.received", 512, "month", "subset") in got
    assert ("complaints.online_shopping", 430, "month", "subset") in got  # 网络购物 + 投诉
    assert ("complaints.inquiries", 2104, "month", "subset") in got
    assert ("complaints.inquiries", 388, "month", "subset") in got


def test_a_prior_value_compares_with_the_figure_of_its_size_not_a_daily_average() -> None:
    got = keyed(rows("6月，共受理诉求9,120件，日均304件，环比上月（8,760件）增长4.1%。", HOTLINE_TITLE))
    assert ("complaints.consumer_appeals", 8760, "prior_period", "total") in got


def test_appeals_closed_are_resolved() -> None:
    got = keyed(rows("各承办单位按期办结诉求8,215件，按期办结率97.9%。", HOTLINE_TITLE))
    assert ("complaints.resolved", 8215, "month", "total") in got


def test_cases_due_for_closure_are_not_cases_closed() -> None:
    observations = rows("本年度新收行政复议案件42件，加上年结转5件，应审结案件47件，实际审结44件。")
    closed = {r["value"] for r in observations if r["metric_code"] == "litigation.reconsideration_closed"}
    assert closed == {44}


def test_counts_under_a_heading_naming_one_category_of_complaints_are_parts() -> None:
    body = (
        "一、总体情况\n全年共受理消费者投诉5,230件。\n\n二、投诉热点\n"
        "（一）美容美发类投诉增长最快。全年受理612件，同比增长18.5%。\n"
    )
    assert ("complaints.received", 612, "year", "subset") in keyed(rows(body))


def test_money_of_the_categories_cases_named_again_is_theirs() -> None:
    body = (
        "全年查处食品安全违法案件215件；查处药品违法案件48件；"
        "两类案件罚没款共计386.2万元，移送公安机关涉嫌犯罪案件6件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 3862000, "year", "subset") in got
    assert ("enforcement.criminal_referrals", 6, "year", "subset") in got


def test_a_rate_after_the_parts_of_a_whole_is_the_wholes() -> None:
    got = keyed(rows("全年受理投诉举报12,450件，其中投诉10,120件、举报2,330件，办结率99.1%。"))
    assert ("complaints.resolution_rate", 99.1, "year", "total") in got


def test_a_pdf_table_with_letter_spaced_and_wrapped_cells() -> None:
    body = (
        "各领域案件查办情况见表2。\n\n表2  分领域案件情况\n"
        "领 域        案件数（件）    罚没款（万元）\n食品          512           233.5\n"
        "农资化肥\n及种子         86            41.2\n计量           63\n               18.75\n"
        "合 计          661           293.45\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 86, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 187500, "year", "subset") in got
    assert ("enforcement.cases_filed", 661, "year", "total") in got


def test_the_total_row_of_a_category_table_under_a_bare_count_column_is_the_whole() -> None:
    body = (
        "表1  2023年受理投诉举报分类情况\n\n| 类别 | 件数 | 占比(%) |\n| --- | --- | --- |\n"
        "| 商品类 | 2100 | 40.4 |\n| 服务类 | 3100 | 59.6 |\n| 合计 | 5200 | 100 |\n"
    )
    got = keyed(rows(body))
    assert ("complaints.received", 2100, "year", "subset") in got
    assert ("complaints.received", 5200, "year", "total") in got


MONTH_NOTICE_TITLE = "某市市场监督管理局关于2024年5月消费投诉信息公示的公告\n\n"


def test_a_label_and_colon_before_a_count_name_it_and_a_bound_with_ji_yishang_is_skipped() -> None:
    body = (
        "本月对被投诉量达到20件及以上的经营者予以公示，共6家。\n"
        "序号1　某某商贸有限公司\n　　被投诉量：118件　　和解率：71.19%\n"
    )
    observations = rows(body, MONTH_NOTICE_TITLE)
    got = {(r["metric_code"], r["value"]) for r in observations}
    assert ("complaints.received", 118) in got
    assert not any(r["value"] == 20 for r in observations)


def test_cases_of_a_field_named_with_lingyu_are_cases_filed() -> None:
    body = "全年行动中共查办案件3,204件，移送公安机关涉嫌犯罪案件31件。其中，查办农资领域案件415件，占行动案件总数的12.95%。"
    assert ("enforcement.cases_filed", 415, "year", "subset") in keyed(rows(body))


def test_until_a_day_after_a_partial_report_is_to_date() -> None:
    title = "某县市场监督管理局食品安全监督抽检信息公告（2024年第一季度）\n\n"
    got = keyed(rows("截至公告发布之日，针对不合格食品已立案查处4件，罚没款2.15万元。", title))
    assert ("enforcement.cases_filed", 4, "to_date", "subset") in got  # the failed samples' cases


def test_a_report_on_one_field_counts_that_fields_cases() -> None:
    title = "某市市场监督管理局2023年度广告监测工作报告\n\n"
    body = "全年全市共立案查处违法广告案件88件；办结81件；罚没款126.5万元。"
    got = keyed(rows(body, title))
    assert ("enforcement.cases_closed", 81, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 1265000, "year", "subset") in got
    trad = "知識產權行政保護\n\n【商標執法】全年全市共查處商標侵權案件512件，罰沒款1,208.6萬元。"
    assert ("enforcement.fines_and_confiscations_cny", 12086000, "year", "subset") in keyed(rows(trad, ""))


def test_figures_after_a_fields_cases_under_its_heading_are_that_fields() -> None:
    body = "二、广告监管执法\n全年全市共立案查处违法广告案件88件，比上年（80件）增长10%；办结81件；罚没款126.5万元。"
    got = keyed(rows(body))
    assert ("enforcement.cases_closed", 81, "year", "subset") in got


def test_table_rows_of_actions_under_columns_of_topics() -> None:
    body = (
        "全年办理行政复议案件9件、行政诉讼案件5件，结果见下表。\n\n"
        "| 结果 | 行政复议（件） | 行政诉讼（件） |\n| --- | --- | --- |\n"
        "| 收案 | 9 | 5 |\n| 审结 | 8 | 4 |\n| 维持 | 4 | — |\n| 驳回 | 2 | 3 |\n"
        "| 撤销 | 1 | 0 |\n| 确认违法 | 1 | 1 |\n| 撤诉 | 0 | 1 |\n"
    )
    got = keyed(rows(body))
    for expected in [
        ("litigation.reconsideration_received", 9, "year", "total"),
        ("litigation.lawsuits_received", 5, "year", "total"),
        ("litigation.reconsideration_closed", 8, "year", "total"),
        ("litigation.lawsuits_closed", 4, "year", "total"),
        ("litigation.reconsideration_upheld", 4, "year", "subset"),  # 维持 and 驳回: kinds of upheld
        ("litigation.reconsideration_upheld", 2, "year", "subset"),
        ("litigation.lawsuits_won", 3, "year", "total"),  # a court's 驳回 is a won lawsuit
        ("litigation.reconsideration_corrected", 1, "year", "subset"),
        ("litigation.lawsuits_lost", 1, "year", "subset"),
        ("litigation.reconsideration_terminated", 0, "year", "total"),
        ("litigation.lawsuits_withdrawn", 1, "year", "total"),
    ]:
        assert expected in got, f"missing {expected}; got {sorted(got)}"
    assert ("litigation.reconsideration_received", 8, "year", "total") not in got


def test_flattened_key_value_table_behind_an_index_and_a_group_column() -> None:
    cells = ["序号", "类别", "统计项目", "数量"]
    cells += ["1", "行政处罚", "立案（件）", "412", "2", "行政处罚", "罚没款（万元）", "305.6"]
    cells += ["3", "行政检查", "检查经营主体（户次）", "5120"]
    body = "表1　2023年度执法数据\n" + "\n".join(cells) + "\n\n全年立案查处各类违法案件412件。"
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 3056000, "year", "total") in got
    cases = [r for r in rows(body) if r["metric_code"] == "enforcement.cases_filed" and r["value"] == 412]
    assert len(cases) == 2  # the table's cell and the sentence restating it
    assert not any(r["value"] in (1, 2, 3) for r in rows(body))  # the index is not a figure


def test_cases_handed_over_to_the_police_are_criminal_referrals() -> None:
    body = "全年查处违法案件320件；涉嫌犯罪、依法移交公安机关处理的案件6件。上半年移交司法机关两件。"
    got = keyed(rows(body))
    assert ("enforcement.criminal_referrals", 6) in {k[:2] for k in got}
    assert ("enforcement.criminal_referrals", 2, "half_year", "total") in got


def test_sections_headed_by_another_organ_are_its_parts() -> None:
    title = "荆门市人民政府办公室\n关于2023年度全市行政应诉情况的通报\n\n"
    body = (
        "一、总体情况\n全市行政机关作为被告的一审行政诉讼案件共420件，败诉25件。\n\n"
        "二、市直部门情况\n（一）市市场监督管理局\n作为被告的一审行政诉讼案件38件，败诉1件。\n\n"
        "（二）市公安局\n作为被告的一审案件51件，败诉3件。\n"
    )
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_received", 420, "year", "total") in got
    assert ("litigation.lawsuits_received", 38, "year", "subset") in got
    assert ("litigation.lawsuits_lost", 3, "year", "subset") in got
    own = "荆门市市场监督管理局2023年度法治政府建设情况报告\n\n"
    own_body = "一、行政应诉\n（一）市市场监督管理局\n作为被告的一审行政诉讼案件38件。\n"
    assert ("litigation.lawsuits_received", 38, "year", "total") in keyed(rows(own_body, own))
    # With no author named, the heading may name the author itself: no part is assumed.
    unnamed = "关于2023年度行政应诉情况的报告\n\n"
    assert ("litigation.lawsuits_received", 38, "year", "total") in keyed(rows(own_body, unnamed))


def test_last_years_whole_named_without_its_number_is_prior_year() -> None:
    title = "某市市场监督管理局2024年前三季度执法工作新闻发布会\n\n"
    body = "记者：去年全年，全市共查办违法案件1,530件，今年以来情况如何？"
    assert ("enforcement.cases_filed", 1530, "prior_year", "total") in keyed(rows(body, title))
    body = "上年度报告中提出的4项改进措施，本年度已全部落实。"
    assert not any(r["period"] == "prior_year" for r in rows(body))


def test_what_was_done_to_things_brought_in_by_dui_names_them() -> None:
    body = "落实轻微违法免罚清单，对37件初次、轻微违法行为依法不予行政处罚，减免罚没款约12万元。"
    assert ("enforcement.lenient_decisions", 37, "year", "total") in keyed(rows(body))


def test_firms_put_on_file_through_dui_are_one_case_each() -> None:
    body = "全年查办各类案件412件。对3家虚标价格的加油站依法立案调查，对两户无证经营者责令改正。"
    got = [(r["metric_code"], r["value"], r["unit"]) for r in rows(body)]
    assert ("enforcement.cases_filed", 3, "case") in got
    assert not any(code == "enforcement.cases_filed" and value == 2 for code, value, _ in got)


def test_published_shares_of_inspection_results_or_annual_reports_are_not_penalties() -> None:
    body = "全年双随机抽查1,200户次，结果公示率100%；企业年度报告公示率达到92.5%。公开行政处罚信息300条，公示率100%。"
    got = [(r["metric_code"], r["value"]) for r in rows(body) if r["metric_code"].startswith("enforcement.")]
    assert got.count(("enforcement.penalties_published_rate", 100)) == 1
    assert ("enforcement.penalties_published_rate", 92.5) not in got


def test_one_categorys_complaints_and_what_was_closed_of_them_are_parts() -> None:
    title = "某市市场监督管理局2024年10月价格监督检查工作月报\n\n"
    body = "本月受理价格类投诉举报240件，办结236件，办结率98.33%。全月受理各类投诉举报1,820件。"
    got = keyed(rows(body, title))
    assert ("complaints.received", 240, "month", "subset") in got
    assert ("complaints.resolved", 236, "month", "subset") in got
    assert ("complaints.resolution_rate", 98.33, "month", "subset") in got
    assert ("complaints.received", 1820, "month", "total") in got


def test_cases_filed_from_complaint_leads_in_a_table_are_a_part() -> None:
    body = "| 项目 | 本期 | 上年同期 |\n|---|---|---|\n| 立案查处案件 | 210 | 190 |\n| 依举报线索立案 | 52 | 41 |\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 210, "year", "total") in got
    assert ("enforcement.cases_filed", 52, "year", "subset") in got


def test_decisions_named_with_jueding_are_outcomes_of_the_reviews() -> None:
    title = "某省市场监督管理局2023年行政复议工作情况报告\n\n"
    body = (
        "全年审结行政复议案件40件。审结案件中，作出维持决定21件、驳回复议申请决定6件；"
        "作出撤销决定5件、确认违法决定2件、责令履行法定职责决定1件，合计纠错8件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_upheld", 21, "year", "subset") in got
    assert ("litigation.reconsideration_upheld", 6, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 5, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 2, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 1, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 8, "year", "total") in got


def test_the_year_cases_were_carried_over_from_is_not_their_period() -> None:
    title = "某省市场监督管理局2023年行政复议工作情况报告\n\n"
    body = "加上2022年结转的3件，全年应审案件45件，审结41件，尚未审结4件。"
    got = rows(body, title)
    assert ("litigation.reconsideration_closed", 41, "year", "total") in keyed(got)
    assert not any(r["period"] == "prior_year" for r in got)
    assert not any(r["metric_code"] == "enforcement.cases_filed" for r in got)


def test_what_happened_within_a_campaign_is_the_campaigns_even_with_gelei() -> None:
    body = (
        "“护苗”行动中全市共查办各类校园周边违法案件316件，罚没款203.5万元。"
        "全年全市共立案查处各类违法案件2,840件。"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 316, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 2035000, "year", "subset") in got
    assert ("enforcement.cases_filed", 2840, "year", "total") in got


def test_cases_in_a_random_inspection_report_came_from_the_inspections() -> None:
    title = "某县市场监督管理局2023年“双随机、一公开”监管工作总结\n\n"
    body = "对抽查发现涉嫌违法的立案查处9件，罚没款6.3万元。全年全局共立案查处各类案件412件。"
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 9, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 63000, "year", "subset") in got
    assert ("enforcement.cases_filed", 412, "year", "total") in got


def test_the_one_figure_its_words_call_a_sum_is_the_whole_of_its_group() -> None:
    title = "某市市场监督管理局2023年行政应诉工作情况\n\n"
    body = "全年负责人共出庭应诉9次，出庭应诉率100%，主要负责人亲自出庭3次。"
    got = keyed(rows(body, title))
    assert ("litigation.head_appearances", 9, "year", "total") in got
    assert ("litigation.head_appearances", 3, "year", "subset") in got
    body = "全年收到行政诉讼案件12件；作为共同被告应诉的行政诉讼案件5件。"  # 共同 is no sum
    assert ("litigation.lawsuits_received", 5, "year", "total") not in keyed(rows(body, title))


def test_a_section_on_drawing_up_a_plan_reports_what_was_done() -> None:
    body = "一、检查计划制定和执行情况\n\n全年设定抽查任务36项，完成率100%。"
    got = [(r["value"], r["period"]) for r in rows(body)]
    assert (36, "year") in got


def test_after_a_finished_comparison_with_a_year_the_figures_are_this_years() -> None:
    title = "某市市场监督管理局2019年法治政府建设情况报告\n\n"
    body = "全年受理投诉举报9,204件，较2018年的8,311件增长10.7%，办结率98.8%，挽回经济损失421.6万元。"
    got = keyed(rows(body, title))
    assert ("complaints.resolution_rate", 98.8, "year", "total") in got
    assert ("complaints.losses_recovered_cny", 4216000, "year", "total") in got
    assert ("complaints.received", 8311, "prior_year", "total") in got


def test_a_sentence_opening_with_quannian_ends_a_carried_time_phrase() -> None:
    title = "某县市场监督管理局2018年工作总结\n\n"
    body = "机构改革前（1—10月），原热线受理投诉212件。全年全县共受理投诉举报（含原热线）503件，办结率100%。"
    got = keyed(rows(body, title))
    assert ("complaints.received", 503, "year", "total") in got


def test_the_field_an_author_is_named_for_is_its_whole_remit() -> None:
    title = "江西省药品监督管理局2023年药品监管执法工作总结\n\n"
    body = (
        "全年全省共查处药品、医疗器械、化妆品违法案件2,418件，其中药品案件1,302件。"
        "全年罚没款0.58亿元，涉案货值金额0.31亿元。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 2418, "year", "total") in got
    assert ("enforcement.cases_filed", 1302, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 58000000, "year", "total") in got
    # The same words in a market-regulation bureau's report name one field of its work
    title = "某市市场监督管理局2023年药品安全监管工作总结\n\n"
    assert ("enforcement.cases_filed", 2418, "year", "subset") in keyed(rows(body, title))


def test_market_regulations_cases_are_a_part_of_a_courts_caseload() -> None:
    title = "某市中级人民法院2023年度行政审判白皮书\n\n"
    body = (
        "一、全市行政审判基本情况\n\n2023年，全市两级法院共受理一审行政案件905件，审结877件。\n\n"
        "二、涉市场监管领域行政案件情况\n\n全年受理以市场监督管理部门为被告的一审行政案件47件，"
        "审结44件，市场监管部门败诉3件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_received", 905, "year", "total") in got
    assert ("litigation.lawsuits_received", 47, "year", "subset") in got
    assert ("litigation.lawsuits_lost", 3, "year", "subset") in got


def test_a_notice_about_market_regulation_cases_counts_them_as_its_whole() -> None:
    title = "某市人民政府行政复议办公室关于2023年度市场监管领域行政复议案件情况的通报\n\n"
    body = "全年市政府共收到以市场监管部门为被申请人的行政复议申请133件。"
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 133, "year", "total") in got


def test_a_table_on_market_regulation_in_a_justice_bureaus_report_is_a_part() -> None:
    title = "某市司法局关于2024年度全市行政复议工作情况的报告\n\n"
    body = (
        "一、总体情况\n\n全年全市收到行政复议申请905件，审结861件。\n\n"
        "二、市场监管领域案件情况\n\n各被申请人办理情况见下表。\n\n"
        "| 被申请人 | 收案（件） | 审结（件） |\n| --- | --- | --- |\n"
        "| 甲区市场监督管理局 | 40 | 38 |\n| 乙区市场监督管理局 | 33 | 31 |\n| 合计 | 73 | 69 |\n"
    )
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 905, "year", "total") in got
    assert ("litigation.reconsideration_received", 73, "year", "subset") in got
    assert ("litigation.reconsideration_closed", 69, "year", "subset") in got


def test_the_bureaus_own_disputes_after_its_systems_are_a_part() -> None:
    title = "某省市场监督管理局2024年法治政府建设年度报告\n\n"
    body = (
        "全省市场监管系统共收到行政复议申请960件，新收一审行政诉讼案件301件。"
        "以省局为被申请人的行政复议案件37件，全年审结35件，纠错率5.71%；以省局为被告的一审行政诉讼案件14件，败诉1件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 960, "year", "total") in got
    assert ("litigation.lawsuits_received", 301, "year", "total") in got
    assert ("litigation.reconsideration_received", 37, "year", "subset") in got
    assert ("litigation.reconsideration_closed", 35, "year", "subset") in got
    assert ("litigation.lawsuits_received", 14, "year", "subset") in got
    assert ("litigation.lawsuits_lost", 1, "year", "subset") in got


def test_the_bureaus_own_disputes_alone_are_its_whole() -> None:
    title = "某市市场监督管理局2024年法治政府建设年度报告\n\n"
    body = "以市局为被申请人的行政复议案件12件，全年审结11件；以市局为被告的一审行政诉讼案件5件。"
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 12, "year", "total") in got
    assert ("litigation.lawsuits_received", 5, "year", "total") in got


def test_a_bare_case_count_beside_a_named_total_is_a_part_of_it() -> None:
    title = "某县市场监督管理局2024年工作总结\n\n"
    body = (
        "全年立案查处各类违法案件412件，罚没款356万元。\n\n"
        "审计抽查行政处罚案卷80卷，发现当事人逾期未缴纳罚款的案件6件。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 412, "year", "total") in got
    assert ("enforcement.cases_filed", 6, "year", "subset") in got


def test_a_bare_case_count_with_no_named_total_keeps_its_scope() -> None:
    body = "审计抽查行政处罚案卷80卷，发现当事人逾期未缴纳罚款的案件6件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 6, "year", "total") in got


def test_redirected_applications_are_not_refused_ones() -> None:
    title = "某市司法局关于2024年度全市行政复议工作情况的报告\n\n"
    body = "全年收到行政复议申请530件。经审查，依法受理471件，不予受理38件，告知申请人向其他有权机关提出申请21件。"
    got = keyed(rows(body, title))
    assert ("litigation.not_accepted", 38, "year", "total") in got
    assert ("legal_affairs.reconsideration_redirected", 21, "year", "total") in got
    assert ("litigation.not_accepted", 21, "year", "total") not in got


def test_questions_answered_at_a_publicity_event_are_not_complaint_inquiries() -> None:
    title = "某县市场监督管理局2024年消费维权工作总结\n\n"
    body = (
        "全年受理消费者咨询2316件。开展“3·15”宣传活动9场，发放宣传资料5200余份，现场解答群众咨询460余人次。"
    )
    got = keyed(rows(body, title))
    assert ("complaints.inquiries", 2316, "year", "total") in got
    assert ("publicity.on_site_consultations", 460, "year", "total") in got
    assert not any(code == "complaints.inquiries" and value == 460 for code, value, *_ in got)


def test_officers_sent_out_and_premises_inspected_are_two_metrics() -> None:
    body = "全年出动执法人员3.2万人次，检查各类经营主体1.9万户次。"
    got = keyed(rows(body))
    assert ("enforcement.officer_deployments", 32000, "year", "total") in got
    assert ("enforcement.entities_inspected", 19000, "year", "total") in got


def test_fines_an_audit_found_paid_late_are_not_penalties_imposed() -> None:
    title = "某县市场监督管理局关于2023年度预算执行审计发现问题整改情况的报告\n\n"
    body = (
        "2023年我局查办各类案件214件，罚没款合计318.6万元，全部缴入国库。"
        "审计指出，部分罚没收入27.35万元未在规定时限内缴入国库；应收未收罚款4.2万元。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.fines_and_confiscations_cny", 3186000, "year", "total") in got
    assert not any(code.startswith("enforcement.") and value in (273500, 42000) for code, value, *_ in got)
    assert ("other.other_yuan", 273500, "year", "total") in got


def test_complaints_settled_by_mediation_are_the_resolved_count_only_when_alone() -> None:
    alone = keyed(rows("全年受理消费者投诉2,140件，调解成功1,987件，挽回经济损失126万元。"))
    assert ("complaints.resolved", 1987, "year", "total") in alone
    beside = keyed(rows("全年办结投诉举报8,412件，办结率99.1%。投诉调解成功3,260件，调解成功率61.2%。"))
    assert ("complaints.resolved", 8412, "year", "total") in beside
    assert ("complaints.mediated_settlements", 3260, "year", "total") in beside
    event = keyed(rows("活动当天现场受理消费投诉31件，当场调解成功24件。"))
    assert not any(code == "complaints.resolved" and value == 24 for code, value, *_ in event)


def test_items_after_a_part_in_one_list_are_parts_and_a_stated_whole_is_not() -> None:
    title = "山西省知识产权局2025年知识产权行政保护工作报告\n\n"  # an IP office: 知识产权 is its whole
    body = (
        "全年查处商标侵权假冒案件1200件，占案件总数的70.2%；查处假冒专利案件310件；查处地理标志违法案件96件；"
        "查处其他知识产权违法案件41件。"
        "全年查处食品类案件300件，占案件总数的20.1%；全年共立案查处各类案件1492件。"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 310, "year", "subset") in got
    assert ("enforcement.cases_filed", 96, "year", "subset") in got
    assert ("enforcement.cases_filed", 41, "year", "subset") in got
    assert ("enforcement.cases_filed", 1492, "year", "total") in got


def test_a_column_headed_by_an_earlier_year_holds_that_years_figures() -> None:
    title = "某市市场监督管理局2025年消费维权年度报告\n\n"
    body = (
        "| 投诉类别 | 2025年投诉量（件） | 2024年投诉量（件） |\n| --- | --- | --- |\n"
        "| 食品类 | 241 | 226 |\n| 服务类 | 462 | 398 |\n| 合计 | 703 | 624 |\n"
    )
    got = {(code, value, period) for code, value, period, _ in keyed(rows(body, title))}
    assert ("complaints.received", 703, "year") in got
    assert ("complaints.received", 624, "prior_year") in got
    assert ("complaints.received", 398, "prior_year") in got
    assert not any(value == 624 and period == "year" for _, value, period in got)


def test_reconsideration_outcomes_worded_by_a_justice_bureau() -> None:
    title = "某市司法局关于2023年度全市行政复议工作情况的报告\n\n"
    body = "全年审结行政复议案件512件，通过调解和解方式结案64件。其中，驳回申请人复议申请17件，决定维持55件。"
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_mediated", 64, "year", "total") in got
    assert ("litigation.reconsideration_upheld", 17, "year", "subset") in got
    assert ("litigation.reconsideration_upheld", 55, "year", "subset") in got


def test_a_clause_ending_in_de_names_what_the_count_after_it_counts() -> None:
    title = "某市司法局关于2023年度全市行政复议工作情况的报告\n\n"
    body = "对复议决定不服提起行政诉讼的，全年共41件。对处理结果不服申请行政复议的，共14件。"
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_received", 41, "year", "total") in got
    assert ("litigation.reconsideration_received", 14, "year", "total") in got


def test_closing_first_instance_cases_with_words_between() -> None:
    title = "某市中级人民法院2023年度行政审判白皮书\n\n"
    body = "全年审结涉市场监管类一审行政案件52件，其中判决驳回诉讼请求30件。"
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_closed", 52, "year", "subset") in got
    assert not any(code == "litigation.lawsuits_received" for code, *_ in got)


def test_a_prior_year_in_brackets_with_words_before_its_number() -> None:
    title = "某县市场监督管理局2018年工作总结\n\n"
    body = "全年共立案查处各类违法案件 187 件，比上年（原各局合计152件）增长23.0%。"
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 152, "prior_year", "total") in got


def test_a_value_in_the_condition_of_a_rule_is_no_figure() -> None:
    body = "对货值金额不足五千元、及时改正的首次轻微违法行为，依法不予处罚 12 件。全年查处案件涉案金额超过1.2亿元。"
    got = keyed(rows(body))
    assert ("enforcement.lenient_decisions", 12, "year", "total") in got
    assert not any(value == 5000 for _, value, *_ in got)
    assert ("enforcement.case_value_cny", 120000000, "year", "total") in got


def test_general_procedure_named_by_its_verb() -> None:
    body = "在已立案件中，按一般程序办理的有1311件。上半年按一般程序立案的702件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_general_procedure", 1311, "year", "total") in got
    assert any(code == "enforcement.cases_general_procedure" and value == 702 for code, value, *_ in got)


def test_a_consumer_councils_figures_through_the_12315_platforms_council_module() -> None:
    title = "2024年1—10月全省消委组织受理消费者投诉数据分析\n来源：某省消费者委员会\n\n"
    body = "依托全国12315平台消协投诉模块汇总，1—10月全省各级消委组织共受理消费者投诉31,204件。"
    got = keyed(rows(body, title))
    assert any(
        code == "complaints.consumer_association_received" and value == 31204 for code, value, *_ in got
    )
    assert not any(code == "complaints.received" for code, *_ in got)


def test_a_ranked_category_table_behind_a_row_number_column() -> None:
    title = "某省2024年1—10月消费者投诉情况分析\n\n"
    body = (
        "二、按投诉类别划分\n\n受理量居前三位的类别如下表：\n\n"
        "| 序号 | 类别 | 件数 | 占比 |\n|---|---|---|---|\n"
        "| 1 | 食品 | 4,102 | 13.10% |\n| 2 | 服装鞋帽 | 3,377 | 10.78% |\n| 3 | 通信产品 | 2,950 | 9.42% |\n"
    )
    got = keyed(rows(body, title))
    for value in (4102, 3377, 2950):
        assert ("complaints.received", value, "to_date", "subset") in got
    assert not any(value in (1, 2, 3) for _, value, *_ in got)


def test_a_count_named_with_jianshu_and_a_comparison_in_brackets() -> None:
    title = "某区市场监督管理局关于2024年第二季度消费投诉举报情况的通报\n\n"
    body = "本季度受理投诉4420件。投诉件数环比上季度（4016件）增长10.06%；举报数量为318件。"
    got = keyed(rows(body, title))
    assert ("complaints.received", 4016, "prior_period", "subset") in got
    assert ("complaints.received", 318, "quarter", "subset") in got


def test_the_month_a_superlative_names_counts_what_the_headline_received() -> None:
    title = "某区市场监督管理局关于2024年第二季度消费投诉举报情况的通报\n\n"
    body = "二季度共受理投诉、举报、咨询9873件。5月是本季度受理量最高的月份，共3502件，环比上月（3310件）增长5.80%。"
    got = keyed(rows(body, title))
    assert ("complaints.received_incl_inquiries", 3502, "month", "total") in got
    assert ("complaints.received_incl_inquiries", 3310, "prior_period", "total") in got


def test_complaints_and_reports_joined_by_yu_are_the_whole() -> None:
    title = "某区市场监督管理局关于2024年第二季度消费投诉举报情况的通报\n\n"
    body = "本季度受理投诉4420件、举报318件，投诉与举报合计4738件。"
    assert ("complaints.received", 4738, "quarter", "total") in keyed(rows(body, title))


def test_closing_by_withdrawal_and_closing_some_of_the_cases_just_named() -> None:
    title = "某市中级人民法院2022年度行政审判白皮书\n\n"
    body = (
        "全市法院审结一审行政案件870件，其中判决结案402件，原告撤诉结案121件。"
        "以市场监管部门为被告的41件案件中，法院审结其中38件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_withdrawn", 121, "year", "total") in got
    assert any(code == "litigation.lawsuits_closed" and value == 38 for code, value, *_ in got)
    assert not any(value == 121 and code == "litigation.lawsuits_closed" for code, value, *_ in got)


def test_an_applicant_withdrawing_closes_a_reconsideration_as_terminated() -> None:
    body = "全年审结行政复议案件20件，其中申请人撤回申请结案3件。"
    assert ("litigation.reconsideration_terminated", 3, "year", "total") in keyed(rows(body))


def test_cases_brought_against_the_bureau_are_lawsuits() -> None:
    body = "全年我局被起诉案件6件，比上年减少2件。"
    assert ("litigation.lawsuits_received", 6, "year", "total") in keyed(rows(body))


def test_what_was_done_to_files_named_by_a_relative_clause() -> None:
    body = "对2023年办结的168件行政处罚案卷进行了逐卷审查，评出优秀案卷12卷。"
    got = keyed(rows(body))
    assert ("enforcement.case_files_reviewed", 168, "year", "total") in got
    assert not any(code == "enforcement.cases_closed" for code, *_ in got)


def test_files_named_by_a_relative_clause_after_an_organising_verb() -> None:
    body = "此外，组织对本年度办结的96件行政处罚案件开展案卷评查，评出优秀案卷8卷。"
    got = keyed(rows(body))
    assert ("enforcement.case_files_reviewed", 96, "year", "total") in got
    assert not any(code == "enforcement.cases_closed" for code, *_ in got)


def test_a_campaign_named_as_the_means_of_the_years_work_does_not_make_it_a_part() -> None:
    body = "以“铁拳”行动为抓手，全市共查处违法案件1,046件，罚没款3,210万元。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 1046, "year", "total") in got
    assert ("enforcement.fines_and_confiscations_cny", 32100000, "year", "total") in got


def test_a_disclosure_reports_whole_caseload_with_its_disclosure_part_carved_out() -> None:
    title = "某市市场监督管理局2023年政府信息公开工作年度报告\n\n"
    body = (
        "2023年，以我局为被申请人的行政复议案件共14件，其中因政府信息公开事项引发的2件；"
        "以我局为被告的一审行政诉讼案件9件，与政府信息公开相关的1件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 14, "year", "total") in got
    assert ("litigation.reconsideration_received", 2, "year", "subset") in got
    assert ("litigation.lawsuits_received", 9, "year", "total") in got
    assert ("litigation.lawsuits_received", 1, "year", "subset") in got


def test_a_corrected_case_named_after_its_figure_takes_that_topic() -> None:
    title = "某市市场监督管理局2023年政府信息公开工作年度报告\n\n"
    body = "四、行政诉讼情况\n\n全年被诉案件2件。被纠正的1件复议案件系告知书援引条款不准确。"
    got = keyed(rows(body, title))
    assert any(code == "litigation.reconsideration_corrected" and value == 1 for code, value, *_ in got)
    assert not any(code == "litigation.lawsuits_lost" for code, *_ in got)


def test_the_request_table_with_each_total_on_the_line_below_its_label() -> None:
    title = "某市市场监督管理局2023年政府信息公开工作年度报告\n\n"
    body = (
        "三、收到和处理政府信息公开申请情况\n\n本年新收政府信息公开申请数量\n31\n上年结转政府信息公开申请数量\n4\n"
        "予以公开\n17\n部分公开\n6\n不予公开\n2\n尚未办结\n3\n总计\n28\n\n四、其他\n\n无。\n"
    )
    got = keyed(rows(body, title))
    assert ("legal_affairs.disclosure_requests_received", 31, "year", "total") in got
    assert ("legal_affairs.disclosure_requests_granted", 17, "year", "total") in got
    assert ("legal_affairs.disclosure_requests_pending", 3, "year", "total") in got


def test_waived_penalties_totalled_are_waived_not_collected() -> None:
    body = "依法作出不予处罚和减轻处罚决定46件，减免罚没款共计93.2万元。"
    got = keyed(rows(body))
    assert ("enforcement.lenient_amount_cny", 932000, "year", "total") in got
    assert not any(code == "enforcement.fines_and_confiscations_cny" for code, *_ in got)


def test_the_amount_a_waiver_let_go_is_waived() -> None:
    body = "对首次轻微违法行为不予处罚52件，免予处罚金额41.6万元。"
    assert ("enforcement.lenient_amount_cny", 416000, "year", "total") in keyed(rows(body))


def test_economic_penalties_are_fines_and_confiscations() -> None:
    got = keyed(rows("全年结案88件，实施经济处罚205.6万元。"))
    assert ("enforcement.fines_and_confiscations_cny", 2056000, "year", "total") in got


def test_the_number_of_things_summed_is_not_a_figure() -> None:
    body = "从投诉性质看，质量问题投诉812件，合同纠纷投诉640件，两项合计超过投诉总量的四成。"
    got = keyed(rows(body))
    assert not any(value == 2 for _, value, *_ in got)


def test_a_consumer_association_backing_a_suit_is_not_a_lawsuit_against_the_bureau() -> None:
    title = "某市消费者权益保护委员会2023年工作报告\n\n"
    got = keyed(rows("全年约谈经营者19家，支持消费者提起诉讼4件。", title))
    assert not any(code.startswith("litigation.") for code, *_ in got)
    assert any(code == "consumer.lawsuits_supported" and value == 4 for code, value, *_ in got)


def test_an_association_centred_on_consumers_counts_all_its_complaints() -> None:
    title = "2023年全省消保委组织受理投诉情况分析\n\n"
    body = "2023年，全省各级消保委（消协）组织坚持以消费者为中心，共受理消费者投诉20516件，解决19008件。"
    got = keyed(rows(body, title))
    assert ("complaints.consumer_association_received", 20516, "year", "total") in got


def test_an_associations_category_and_branch_complaints_stay_parts() -> None:
    title = "韶关市消费者委员会2023年投诉分析\n\n"
    body = "全年共受理投诉9120件。\n\n二、各区受理情况\n\n甲区分会受理投诉3105件。\n\n（一）预付式消费。全年受理投诉1288件。"
    got = keyed(rows(body, title))
    assert ("complaints.consumer_association_received", 9120, "year", "total") in got
    assert ("complaints.consumer_association_received", 3105, "year", "subset") in got
    assert ("complaints.consumer_association_received", 1288, "year", "subset") in got


def test_cases_requiring_a_heads_appearance_are_not_appearances() -> None:
    body = "在依法应当出庭的212件案件中，各单位负责人出庭应诉209次，主要负责人亲自出庭15次。"
    got = keyed(rows(body))
    assert ("litigation.head_appearances", 209, "year", "total") in got
    assert ("litigation.head_appearances", 15, "year", "subset") in got
    assert not any(code == "litigation.head_appearances" and value == 212 for code, value, *_ in got)


def test_typical_cases_published_with_their_year_named() -> None:
    got = keyed(rows("3月10日，局里发布2023年度全市价格监管典型案例8件。"))
    assert any(code == "enforcement.typical_cases_publicized" and value == 8 for code, value, *_ in got)


def test_one_departments_section_in_a_justice_bureaus_report_is_a_part() -> None:
    title = "韶关市司法局关于2023年度全市行政复议和行政应诉工作情况的报告\n\n"
    body = (
        "一、行政复议工作情况\n\n全年全市共收到行政复议申请612件。\n\n"
        "二、市市场监督管理局复议应诉情况\n\n该局作为被申请人的行政复议案件33件，主要涉及投诉举报答复、价格处罚；"
        "审结31件，被纠错2件。"
    )
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 612, "year", "total") in got
    assert ("litigation.reconsideration_received", 33, "year", "subset") in got
    # 审结 closes the reconsiderations; what they were about (投诉举报, 处罚) is not their topic
    assert ("litigation.reconsideration_closed", 31, "year", "subset") in got


def test_cases_arising_from_one_kind_of_work_are_a_part() -> None:
    body = "因行政处罚引发行政复议3件，被纠错1件；全年收到行政复议申请10件，其中因行政处罚引发的6件。"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 3, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 1, "year", "subset") in got
    assert ("litigation.reconsideration_received", 10, "year", "total") in got
    assert ("litigation.reconsideration_received", 6, "year", "subset") in got


def test_general_procedure_is_its_own_whole_beside_summary_procedure() -> None:
    body = "全年共查办案件640件。其中，适用简易程序212件，适用一般程序428件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_general_procedure", 428, "year", "total") in got


def test_the_money_totalled_after_a_fields_cases_is_theirs() -> None:
    body = "对抽检不合格食品的经营者立案查处12件，已结案9件，罚没款合计6.3万元。"
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 63000, "year", "subset") in got


def test_a_table_under_a_fields_heading_counts_that_fields_cases() -> None:
    body = (
        "（二）价格违法案件查处\n\n全市共立案查处价格违法案件70件。分季度情况见下表：\n\n"
        "| 季度 | 立案（件） | 罚没款（万元） |\n| --- | --- | --- |\n| 一季度 | 30 | 41.2 |\n"
        "| 二季度 | 40 | 58.8 |\n| 合计 | 70 | 100 |\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 30, "quarter", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 1000000, "year", "subset") in got
    assert not any(scope == "total" and code.startswith("enforcement.cases") for code, _, _, scope in got)


def test_a_bracket_after_a_figure_lists_its_parts() -> None:
    body = "全年应诉行政诉讼案件6件（一审5件，二审1件），无败诉案件。"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_received", 6, "year", "total") in got
    assert ("litigation.lawsuits_received", 5, "year", "subset") in got


@pytest.mark.parametrize("joiner", ["，", "，其中"])
def test_categories_listed_after_a_whole_are_its_parts(joiner: str) -> None:
    body = f"受理投诉举报2350件{joiner}食品类820件，药品类310件。"
    got = keyed(rows(body))
    assert ("complaints.received", 2350, "year", "total") in got
    assert ("complaints.received", 820, "year", "subset") in got
    assert ("complaints.received", 310, "year", "subset") in got


@pytest.mark.parametrize(
    ("title", "scope"),
    [
        ("湛江市消费者协会2024年上半年投诉情况分析\n\n", "total"),
        ("湛江市市场监督管理局2024年上半年投诉举报情况分析\n\n", "subset"),
    ],
)
def test_complaints_closed_are_an_associations_whole_but_a_regulators_part(title: str, scope: str) -> None:
    body = "上半年共受理消费者投诉举报5120件。上半年办结投诉4380件，办结率96.2%。"
    got = keyed(rows(body, title))
    assert ("complaints.resolved", 4380, "half_year", scope) in got


def test_complaints_and_reports_joined_by_a_conjunction_closed_are_the_whole() -> None:
    body = "全年办结投诉和举报6208件，办结率99.1%。"
    got = keyed(rows(body))
    assert ("complaints.resolved", 6208, "year", "total") in got
    assert ("complaints.resolution_rate", 99.1, "year", "total") in got


@pytest.mark.parametrize("amount_words", ["减免罚款金额", "减免罚没金额合计", "免除罚款金额"])
def test_an_amount_waived_named_with_jine_is_not_a_fine(amount_words: str) -> None:
    got = keyed(rows(f"对57件轻微违法行为依法不予处罚，{amount_words}41.5万元。"))
    assert ("enforcement.lenient_amount_cny", 415000, "year", "total") in got
    assert not any(code.startswith("enforcement.fines") for code, *_ in got)


def test_cases_in_the_livelihood_field_are_a_part() -> None:
    body = "开展“守护消费”铁拳行动，查处民生领域案件243件；加强知识产权保护，查处商标侵权案件51件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 243, "year", "subset") in got


@pytest.mark.parametrize(
    "ranking",
    [
        "投诉热点前三位分别是：食品（1,562件）、服装鞋帽（912件）、家居用品（803件）。",
        "投诉量居前三位，分别为食品1,562件、服装鞋帽912件、家居用品803件。",
        "投诉热点居前三位的分别为食品1,562件、服装鞋帽912件、家居用品803件。",
    ],
)
def test_a_ranking_said_with_hotspots_or_after_a_comma_ranks_complaints(ranking: str) -> None:
    title = "嘉兴市市场监督管理局2024年10月投诉举报情况\n\n"
    got = keyed(rows("10月份共受理投诉9,215件。" + ranking, title))
    for value in (1562, 912, 803):
        assert ("complaints.received", value, "month", "subset") in got


def test_a_data_disclosures_labelled_values_with_units_in_brackets() -> None:
    body = "一、行政处罚\n\n立案数（件）：1,235\n结案数（件）：1,180\n罚没金额（万元）：2,356.7\n移送司法机关（件）：12\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 1235, "year", "total") in got
    assert ("enforcement.cases_closed", 1180, "year", "total") in got
    assert ("enforcement.fines_and_confiscations_cny", 23567000, "year", "total") in got
    assert ("enforcement.criminal_referrals", 12, "year", "total") in got


def test_a_bare_received_count_column_counts_what_the_headline_received() -> None:
    title = "漳州市市场监督管理局2024年9月投诉举报情况通报\n\n"
    body = (
        "9月份，全市共受理投诉举报3,256件。各县区受理情况如下：\n\n"
        "县区\n受理量（件）\n环比（%）\n芗城区\n865\n5.2\n龙文区\n412\n-3.1\n合计\n3,256\n2.4\n"
    )
    got = keyed(rows(body, title))
    assert ("complaints.received", 865, "month", "subset") in got
    assert ("complaints.received", 412, "month", "subset") in got
    assert not any(code.startswith("other.") for code, *_ in got)


def test_outcomes_given_on_lines_of_their_own_are_parts() -> None:
    body = (
        "一、行政复议案件\n\n项目：审结行政复议案件\n数值：31件\n\n项目：其中维持\n数值：17件\n\n"
        "项目：其中驳回复议申请\n数值：6件\n\n项目：其中撤销\n数值：3件\n\n项目：其中确认违法\n数值：2件\n"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_closed", 31, "year", "total") in got
    assert ("litigation.reconsideration_upheld", 17, "year", "subset") in got
    assert ("litigation.reconsideration_upheld", 6, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 3, "year", "subset") in got


def test_complaints_through_online_sales_channels_are_online_shopping_complaints() -> None:
    got = keyed(rows("涉及网络销售渠道的投诉举报共3,108件，同比增长12.5%。"))
    assert ("complaints.online_shopping", 3108, "year", "total") in got


def test_files_reviewed_one_by_one_are_not_cases_closed() -> None:
    got = keyed(rows("组织案卷评查，对全年办结的48件一般程序案卷逐卷评查，评出优秀案卷6卷。"))
    assert ("enforcement.case_files_reviewed", 48, "year", "total") in got
    assert not any(code == "enforcement.cases_closed" for code, *_ in got)


@pytest.mark.parametrize(
    "sentence",
    ["向公安机关移送涉嫌生产销售不符合安全标准的食品的案件3件。", "移送涉嫌销售假冒注册商标商品的案件3件。"],
)
def test_a_referral_naming_the_suspected_offence_at_length(sentence: str) -> None:
    got = keyed(rows(sentence))
    assert any(code == "enforcement.criminal_referrals" and value == 3 for code, value, *_ in got)


def test_a_bare_received_count_after_a_section_led_by_cases_counts_the_received_headline() -> None:
    title = "泰安市市场监督管理局2024年新闻发布会\n\n"
    body = (
        "今年以来，全市共立案查处各类违法案件1,563件。全市共受理消费者投诉举报咨询6.87万件。"
        "9月份单月受理8,214件，环比上月（7,632件）增长7.63%。"
    )
    got = keyed(rows(body, title))
    assert ("complaints.received_incl_inquiries", 8214, "month", "total") in got
    assert ("complaints.received_incl_inquiries", 7632, "prior_period", "total") in got


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "一、行政复议案件\n\n全年新收行政复议案件27件。新收案件较上年（34件）下降20.59%。",
            "litigation.reconsideration_received",
        ),
        ("全年查处案件120件。查处案件数较上年（134件）下降10.4%。", "enforcement.cases_filed"),
    ],
)
def test_a_comparison_whose_subject_is_a_bare_action_or_a_count(body: str, code: str) -> None:
    got = keyed(rows(body))
    assert any(c == code and period == "prior_year" for c, _, period, _ in got)


def test_the_noun_after_da_names_what_is_counted() -> None:
    title = "宿迁市消费者协会2024年第一季度投诉分析\n\n"
    got = keyed(rows("一季度受理投诉1,120件。预付式消费和直播购物已成为一季度投诉的两大热点。", title))
    assert not any(value == 2 and code.startswith("complaints.") for code, value, *_ in got)
    got = keyed(rows("发布2023年度十大消费维权典型案例。"))
    assert any(code == "enforcement.typical_cases_publicized" and value == 10 for code, value, *_ in got)


def test_an_association_working_with_the_regulator_as_a_partner_still_counts_its_own() -> None:
    title = "宿迁市消费者协会2024年第一季度投诉分析\n\n"
    body = "联合市场监管等部门开展进社区活动12场，现场受理消费者投诉28件。"
    got = keyed(rows(body, title))
    assert any(code == "complaints.consumer_association_received" and value == 28 for code, value, *_ in got)


def test_an_associations_own_level_is_a_part_of_its_system() -> None:
    title = "宿迁市消费者协会2024年第一季度投诉分析\n\n"
    body = "一季度全市消协组织共受理投诉1,520件。分受理单位看，市消协本级受理投诉612件，泗阳县消协受理386件。"
    got = keyed(rows(body, title))
    assert ("complaints.consumer_association_received", 612, "quarter", "subset") in got


@pytest.mark.parametrize(
    ("body", "code", "value", "yoy"),
    [
        ("全年立案查处各类违法案件同比增长12.3%，达到856件。", "enforcement.cases_filed", 856, 12.3),
        (
            "立案856件。罚没款同比下降8.5%，为312.6万元。",
            "enforcement.fines_and_confiscations_cny",
            3126000,
            -8.5,
        ),
        ("行政诉讼案件数量与上年持平，为4件。", "litigation.lawsuits_received", 4, None),
    ],
)
def test_a_clause_naming_and_comparing_a_subject_gives_the_value_after_a_copula(
    body: str, code: str, value: int, yoy: float | None
) -> None:
    figure = next(r for r in rows(body) if r["value"] == value)
    assert (figure["metric_code"], figure["yoy_pct"]) == (code, yoy)


def test_values_listed_after_yici_take_the_subject_before_it() -> None:
    title = "某市市场监管局2024年11月12315投诉举报情况\n\n"
    body = "本月受理投诉2000件。预付式消费、汽车及零部件、餐饮服务居前三位，投诉量依次是265件、231件、187件。"
    got = keyed(rows(body, title))
    assert {(c, v) for c, v, _, s in got if s == "subset"} >= {
        ("complaints.received", 265),
        ("complaints.received", 231),
        ("complaints.received", 187),
    }


def test_ranks_named_by_numerals_before_wei_and_kinds_a_comparison_runs_over_are_not_figures() -> None:
    title = "某市市场监管局2024年11月12315投诉举报情况\n\n"
    body = "本月受理投诉2000件。汽车维修居第一位，美容美发、装修建材分列二三位。三类诉求中，咨询占比最高。"
    assert {v for _, v, *_ in keyed(rows(body, title))} == {2000}


@pytest.mark.parametrize(
    "body",
    [
        "全年受理投诉2,406件。\n\n按投诉量排序，居前两位的类别依次为：\n1．汽车及零部件，316件，多为售后维修纠纷；\n"
        "2．教育培训服务，245件，集中在退费难。",
        "全年受理投诉2,406件。按投诉数量排名，居前两位的依次为：汽车及零部件316件，教育培训服务245件。",
    ],
)
def test_a_ranking_framed_by_what_it_sorts_by_ranks_that(body: str) -> None:
    got = keyed(rows(body))
    assert ("complaints.received", 316, "year", "subset") in got
    assert ("complaints.received", 245, "year", "subset") in got


def test_corrections_named_with_the_act_revoked_and_mediations_of_disputes() -> None:
    body = (
        "全年审结行政复议案件12件，其中维持8件；撤销本局作出的行政处罚决定3件，确认违法1件。"
        "另通过协商调解成功行政复议纠纷2件，调解成功行政诉讼案件1件。"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_corrected", 3, "year", "subset") in got
    assert ("litigation.reconsideration_corrected", 1, "year", "subset") in got
    assert ("litigation.reconsideration_mediated", 2, "year", "total") in got
    assert ("litigation.lawsuits_mediated", 1, "year", "total") in got


def test_a_campaign_named_as_a_means_does_not_hide_the_campaign_that_counts() -> None:
    got = keyed(
        rows("全年立案512件。以“铁拳”行动为抓手，聚焦农资领域，专项整治共查处案件47件，罚没款36.2万元。")
    )
    assert ("enforcement.cases_filed", 47, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 362000, "year", "subset") in got
    got = keyed(rows("以“铁拳”行动为抓手，全县共查办各类案件512件。"))
    assert ("enforcement.cases_filed", 512, "year", "total") in got


def test_principal_and_deputy_heads_appearances_are_both_parts() -> None:
    got = keyed(rows("主要负责人出庭应诉2次，分管领导出庭应诉4次，负责人出庭应诉率100%。"))
    assert ("litigation.head_appearances", 2, "year", "subset") in got
    assert ("litigation.head_appearances", 4, "year", "subset") in got


def test_complaints_about_one_field_are_a_part_unless_the_field_is_the_authors() -> None:
    got = keyed(rows("全年查处广告违法案件31件。受理广告投诉举报462件，办结率99.6%。"))
    assert ("complaints.received", 462, "year", "subset") in got
    title = "辽宁省药品监督管理局2024年法治政府建设情况报告\n\n"
    got = keyed(rows("全年受理药品投诉举报5,120件，办结率99.2%。", title))
    assert ("complaints.received", 5120, "year", "total") in got


def test_categories_of_cases_in_a_reconsideration_organs_report_are_parts_of_what_it_received() -> None:
    title = "某市司法局2024年度行政复议工作报告\n\n"
    body = "全市共收到行政复议申请1,240件。从案件类型看，市场监管类案件173件，自然资源类案件205件。"
    got = keyed(rows(body, title))
    assert ("litigation.reconsideration_received", 173, "year", "subset") in got
    assert ("litigation.reconsideration_received", 205, "year", "subset") in got
    got = keyed(rows("全年查处各类案件900件。从案件类型看，食品类案件312件，价格类案件74件。"))
    assert ("enforcement.cases_filed", 312, "year", "subset") in got


def test_patent_disputes_and_their_closing_are_not_penalty_cases() -> None:
    body = "全年受理专利侵权纠纷行政裁决案件87件，结案79件。通过行政调解化解专利纠纷23件。全年查处商标侵权案件56件，结案51件。"
    got = keyed(rows(body))
    codes = {value: code for code, value, *_ in got}
    assert codes[87] == "ip.patent_disputes" and codes[23] == "ip.patent_disputes"
    assert not codes[79].startswith("enforcement.")
    assert codes[56] == "enforcement.cases_filed" and codes[51] == "enforcement.cases_closed"


def test_suits_brought_against_a_reconsideration_decision_and_decisions_the_court_revoked() -> None:
    title = "某市司法局2024年度行政复议工作报告\n\n"
    body = "申请人对复议决定不服、诉至人民法院的案件28件；法院已审结21件，其中复议决定被判决撤销的3件。"
    got = keyed(rows(body, title))
    assert any(c == "litigation.lawsuits_received" and v == 28 for c, v, *_ in got)
    assert any(c == "litigation.lawsuits_lost" and v == 3 for c, v, *_ in got)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("依法对其没收违法所得、罚款合计8.6万元。", "enforcement.fines_and_confiscations_cny"),
        ("依法对其没收违法所得并处罚款8.6万元。", "enforcement.fines_cny"),
    ],
)
def test_confiscation_and_fine_summed_are_both_but_a_fine_added_to_a_confiscation_is_the_fine(
    body: str, code: str
) -> None:
    assert any(c == code and v == 86000 for c, v, *_ in keyed(rows(body)))


def test_a_ranking_of_the_top_few_without_their_number() -> None:
    title = "某区市场监督管理局2024年第二季度消费投诉举报数据公示\n\n"
    body = (
        "本季度共受理投诉、举报和咨询4,120件，其中投诉2,306件。\n\n"
        "从属地分布看，投诉量排名靠前的东城街道、西园街道、南湖街道分别为512件、437件、390件。"
    )
    got = keyed(rows(body, title))
    assert {("complaints.received", v) for v in (512, 437, 390)} <= {(c, v) for c, v, *_ in got}


RECONSIDERATION_ORGAN_TITLE = "某市司法局2024年度行政复议工作报告\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # a category of cases standing as its own sentence, no verb, after the topic's headline
        "全年共收到行政复议申请980件。\n\n（二）市场监管类案件情况。市场监管类案件162件，其中不服投诉举报处理的97件。",
        # the category inside a frame that states its own figure, in a paragraph naming no topic
        "全年共收到行政复议申请980件。\n\n（二）主要特点。在162件市场监管类案件中，不服投诉举报处理的97件，其他65件。",
    ],
)
def test_a_category_of_cases_in_a_reconsideration_report_is_a_part_of_what_it_received(body: str) -> None:
    got = keyed(rows(body, RECONSIDERATION_ORGAN_TITLE))
    assert ("litigation.reconsideration_received", 162, "year", "subset") in got
    assert ("litigation.reconsideration_received", 97, "year", "subset") in got


def test_a_category_of_cases_in_a_penalty_report_stays_cases_filed() -> None:
    got = keyed(rows("全年立案查处各类案件1,146件。\n\n食品类案件214件。"))
    assert ("enforcement.cases_filed", 214, "year", "subset") in got


def test_disputes_settled_by_mediation_take_the_topics_mediated_metric() -> None:
    body = "全年审结行政复议案件640件。坚持调解优先，通过调解、和解方式化解行政争议133件。"
    got = keyed(rows(body, RECONSIDERATION_ORGAN_TITLE))
    assert ("litigation.reconsideration_mediated", 133, "year", "total") in got


@pytest.mark.parametrize(
    "body",
    [
        "召开行政复议委员会会议9次，集中研究重大疑难案件27件。",
        "建立复议决定履行回访制度，全年回访案件27件。",
        "全年需行政机关负责人出庭应诉的案件27件。",
        "全年组织听证的案件27件。",
    ],
)
def test_cases_discussed_followed_up_heard_or_defended_are_not_cases_filed(body: str) -> None:
    got = rows(body, RECONSIDERATION_ORGAN_TITLE)
    assert all(r["metric_code"] != "enforcement.cases_filed" for r in got)


def test_a_part_of_an_uncatalogued_count_of_cases_keeps_its_code_as_a_subset() -> None:
    body = "集体审议重大、疑难案件31件，其中市场监管类案件6件。"
    got = {r["value"]: (r["metric_code"], r["scope"]) for r in rows(body, RECONSIDERATION_ORGAN_TITLE)}
    assert got[6] == (got[31][0], "subset")
    assert not got[6][0].startswith(("enforcement.", "litigation."))


def test_a_case_label_on_a_line_of_its_own_makes_the_story_below_it_one_cases() -> None:
    body = (
        "全市共查办案件1,087件，罚没款1,526.8万元。\n\n"
        "案例三：某加油站计量作弊案\n\n"
        "经查，当事人违法销售成品油货值18.6万元。执法机关对其作出罚款共计23.4万元的处罚决定。"
    )
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 15268000, "year", "total") in got
    assert ("enforcement.fines_cny", 234000, "year", "subset") in got


def _review_template_pairs(on_lines: bool) -> str:
    """The review table's groups as outcome and number pairs, each group named before its run:
    one cell a line ("结果维持\n2\n…"), or in a sentence ("结果维持2件、结果纠正1件…；")."""
    groups = ["行政复议", "行政诉讼（未经复议直接起诉）", "复议后起诉"]
    values = iter(REVIEW_TEMPLATE_VALUES)
    runs = []
    for name in groups:
        pairs = [(outcome, next(values)) for outcome in REVIEW_TEMPLATE_HEADER]
        if on_lines:
            runs.append("\n".join([name, *(f"{outcome}\n{value}" for outcome, value in pairs)]))
        else:
            runs.append(name + "、".join(f"{outcome}{value}件" for outcome, value in pairs))
    return "\n".join(runs) if on_lines else "；".join(runs)


@pytest.mark.parametrize("on_lines", [True, False])
def test_the_disclosure_reports_review_table_as_outcome_and_number_pairs(on_lines: bool) -> None:
    body = "四、政府信息公开行政复议、行政诉讼情况\n\n" + _review_template_pairs(on_lines) + "。\n"
    observations = rows(body, DISCLOSURE_TITLE)
    got = keyed(observations)
    assert not [e for e in REVIEW_TEMPLATE_EXPECTED if e not in got], sorted(got)
    assert len(observations) == len(REVIEW_TEMPLATE_VALUES)  # each number read once


def test_requests_for_information_answered_are_not_cases_closed() -> None:
    body = "（二）依申请公开。本年度新收公开申请31件。年内答复办结29件，其中予以公开11件。"
    got = rows(body, DISCLOSURE_TITLE)
    assert not any(r["metric_code"].startswith("enforcement.") for r in got)


def test_losses_won_back_and_typical_cases_of_fields_listed_before_them() -> None:
    body = "全年受理投诉举报2,104件，帮助群众追回经济损失 58.3 万元。分两批公布食品、价格领域典型案例12件。"
    got = keyed(rows(body))
    assert ("complaints.losses_recovered_cny", 583000, "year", "total") in got
    assert any(k[0] == "enforcement.typical_cases_publicized" and k[1] == 12 for k in got)


def test_cases_said_to_concentrate_in_kinds_listed_with_fenbie_are_parts_of_the_count_before() -> None:
    title = "某市市场监管局2024年行政应诉工作情况\n\n"
    body = "全年新收一审行政诉讼案件19件，同比下降9.5%。案件主要集中在投诉举报处理、行政处罚两类，分别为12件、5件。"
    got = keyed(rows(body, title))
    assert ("litigation.lawsuits_received", 12, "year", "subset") in got
    assert ("litigation.lawsuits_received", 5, "year", "subset") in got


def test_the_disclosure_reports_proactive_table_with_cells_left_empty_by_a_dash() -> None:
    cells = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    cells += ["规章", "—", "—", "—", "行政规范性文件", "3", "1", "22"]
    body = (
        "二、主动公开政府信息情况\n\n"
        + "\n".join(cells)
        + "\n\n三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。"
    )
    got = keyed(rows(body, DISCLOSURE_TITLE))
    assert ("legal_affairs.normative_documents_in_force", 22, "year", "total") in got, sorted(got)
    assert ("legal_affairs.normative_documents_repealed", 1, "year", "total") in got
    assert not any(code.startswith("legal_affairs.rules") for code, *_ in got)


def test_a_decision_the_court_found_unlawful_is_a_lost_lawsuit_under_an_appearance_title() -> None:
    # 应诉 names the lawsuit topic as 诉讼 does: a title about defending suits is enough context
    body = "该局坚持以案促改。针对被确认违法的3件案件，逐一召开剖析会，查找执法程序短板。"
    got = keyed(rows(body, "某市市场监管局2023年行政应诉工作综述\n\n"))
    assert ("litigation.lawsuits_lost", 3, "year", "total") in got, sorted(got)
    assert not any(code == "enforcement.cases_filed" for code, *_ in got), sorted(got)


def test_a_bare_outcome_takes_the_topic_of_the_paragraph_above_before_the_title() -> None:
    # a news page about lawsuits: the paragraph above counts reconsiderations, and no heading
    # names either, so "被撤销的2件案件" takes up the reconsiderations, not the title's lawsuits
    body = (
        "全年以该局为被申请人的行政复议案件共28件，其中维持19件、撤销2件。\n\n"
        "该局随后开展以案促改。针对被撤销的2件案件，逐案查找程序短板。\n"
    )
    found = rows(body, "某市市场监管局2023年行政应诉工作综述\n\n")
    second = [r["metric_code"] for r in found if r["evidence"].startswith("针对被撤销")]
    assert second == ["litigation.reconsideration_corrected"], found


def test_a_bare_outcome_in_a_new_section_does_not_take_the_paragraph_above() -> None:
    body = (
        "一、行政复议\n全年以该局为被申请人的行政复议案件共28件，其中维持19件、撤销2件。\n\n"
        "二、行政诉讼\n针对被撤销的2件案件，逐案查找程序短板。\n"
    )
    got = keyed(rows(body, "某市市场监管局2023年行政复议应诉工作综述\n\n"))
    assert ("litigation.lawsuits_lost", 2, "year", "total") in got, sorted(got)


Q4_TITLE = "某区市场监督管理局2023年第四季度12315投诉举报数据分析\n\n"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("全年为消费者挽回经济损失356.2万元，较上年有所增加。", 3562000),
        ("从全年看，2023年全区累计接收消费者诉求28,417件，同比增长5.2%。", 28417),
        ("今年累计受理投诉12,806件。", 12806),
    ],
)
def test_the_whole_year_in_a_fourth_quarter_report_is_the_year(body: str, value: int) -> None:
    got = {(r["value"], r["period"]) for r in rows("本季度共受理投诉3,105件。" + body, Q4_TITLE)}
    assert (value, "year") in got, sorted(got)
    assert (3105, "quarter") in got, sorted(got)


def test_the_year_to_date_in_a_third_quarter_report_is_not_the_year() -> None:
    title = "某区市场监督管理局2023年第三季度12315投诉举报数据分析\n\n"
    got = {(r["value"], r["period"]) for r in rows("今年累计受理投诉9,806件。", title)}
    assert not any(p == "year" for _, p in got), sorted(got)


def test_months_listed_after_a_count_take_its_metric() -> None:
    got = keyed(rows("分月看，10月受理投诉1,016件，11月1,187件，12月份1,269件。", Q4_TITLE))
    for value in (1016, 1187, 1269):
        # each month's whole: the period tells it from the quarter's, as 其中9月份 is the month's
        assert ("complaints.received", value, "month", "total") in got, sorted(got)


def test_a_quarter_column_beside_a_whole_year_column() -> None:
    body = (
        "| 类别 | 第四季度投诉(件) | 同比 | 全年投诉(件) | 同比 |\n| --- | --- | --- | --- | --- |\n"
        "| 预付式消费 | 386 | +8.6% | 1473 | +11.3% |\n| 合计 | 1536 | +2.9% | 5892 | +5.6% |\n"
    )
    got = keyed(rows(body, Q4_TITLE))
    assert ("complaints.received", 386, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received", 1473, "year", "subset") in got, sorted(got)
    assert any(code == "complaints.received" and v == 5892 and p == "year" for code, v, p, _ in got)


@pytest.mark.parametrize(
    ("body", "code", "value"),
    [
        ("万元以上大要案共查办38件。", "enforcement.major_cases", 38),
        ("投诉举报共受理2,468件。", "complaints.received", 2468),
        ("罚没款共收缴73.5万元。", "enforcement.fines_and_confiscations_cny", 735000),
        ("经济损失累计挽回41万元。", "complaints.losses_recovered_cny", 410000),
    ],
)
def test_a_subject_put_before_its_verb_names_the_metric(body: str, code: str, value: int) -> None:
    got = {(r["metric_code"], r["value"]) for r in rows(body)}
    assert (code, value) in got, sorted(got)


def test_a_stage_of_a_lawsuit_before_its_verb_is_not_reordered() -> None:
    # 一审审结 closes lawsuits; read as 审结一审 it would count lawsuits received
    got = {r["metric_code"] for r in rows("全年一审审结8件：胜诉6件，败诉1件，原告撤诉1件。")}
    assert "litigation.lawsuits_received" not in got, got


def test_parts_about_a_field_after_the_money_are_parts_of_the_cases() -> None:
    body = "经核查立案查处52件，罚没款38.6万元，其中涉及食品安全的17件、价格违法的8件。"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 17, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 8, "year", "subset") in got, sorted(got)


def test_cases_with_a_named_respondent_are_reconsiderations_received() -> None:
    body = "以市场监管部门为被申请人的64件案件中，因不服投诉举报处理引起的41件，不服行政处罚的23件。"
    got = keyed(rows(body, "某市司法局关于2023年度行政复议和行政应诉工作情况的报告\n\n"))
    for value in (64, 41, 23):
        assert any(c == "litigation.reconsideration_received" and v == value for c, v, *_ in got), sorted(got)


@pytest.mark.parametrize(
    "sentence",
    [
        "其中，经调解和解后申请人主动撤回申请而终止的12件。",
        "其中经复议机构主持调解、申请人自愿撤回申请的12件。",
    ],
)
def test_a_withdrawal_after_mediation_is_a_mediated_reconsideration(sentence: str) -> None:
    body = "审结案件中，维持41件，终止审理18件。" + sentence
    got = keyed(rows(body, "某市司法局关于2024年度行政复议工作情况的报告\n\n"))
    assert any(c == "litigation.reconsideration_mediated" and v == 12 for c, v, *_ in got), sorted(got)
    assert not any(c == "litigation.reconsideration_terminated" and v == 12 for c, v, *_ in got)


def test_files_drawn_from_the_units_for_a_review_are_files_reviewed() -> None:
    body = "开展案卷评查，随机抽取各县区局行政处罚案卷180卷，评出优秀案卷12卷。"
    got = {(r["metric_code"], r["value"]) for r in rows(body)}
    assert ("enforcement.case_files_reviewed", 180) in got, sorted(got)
    assert ("enforcement.case_files_reviewed", 12) not in got, sorted(got)


def test_market_regulations_figures_in_a_justice_bureaus_report_are_a_subset() -> None:
    body = (
        "全年全市收到行政复议申请812件，审结760件。\n\n"
        "（二）市场监管领域情况\n\n以市场监管部门为被申请人的案件62件，全年审结58件。\n\n"
        "市场监管部门作为被告的一审案件27件，败诉1件。市场监管部门负责人出庭应诉25次。\n"
    )
    got = keyed(rows(body, "某市司法局关于2023年度行政复议和行政应诉工作情况的报告\n\n"))
    assert ("litigation.reconsideration_received", 812, "year", "total") in got, sorted(got)
    for code, value in [
        ("litigation.reconsideration_closed", 58),
        ("litigation.lawsuits_lost", 1),
        ("litigation.head_appearances", 25),
    ]:
        assert (code, value, "year", "subset") in got, sorted(got)


def test_one_channels_figure_of_the_headlines_own_metric_is_a_part() -> None:
    body = (
        "本季度共接收消费者诉求6,210件。\n\n"
        "从诉求渠道看，通过12315平台提交的诉求3,905件，经电话渠道反映的1,880件，其他渠道425件。\n\n"
        "从全年情况看，全年共接收消费者诉求24,310件。\n"
    )
    got = keyed(rows(body, Q4_TITLE))
    assert ("complaints.consumer_appeals", 6210, "quarter", "total") in got, sorted(got)
    assert ("complaints.consumer_appeals", 3905, "quarter", "subset") in got, sorted(got)
    assert ("complaints.consumer_appeals", 24310, "year", "total") in got, sorted(got)


def test_one_category_of_inquiries_is_a_subset() -> None:
    body = "受理咨询3,120件。\n\n咨询方面，登记注册类咨询1,206件，占咨询总量的38.65%。"
    got = keyed(rows(body))
    assert ("complaints.inquiries", 3120, "year", "total") in got, sorted(got)
    assert ("complaints.inquiries", 1206, "year", "subset") in got, sorted(got)


def test_a_count_of_the_kinds_a_sentence_listed_earlier_is_not_a_figure() -> None:
    body = "质量、价格、售后服务问题合计占投诉总量的71.2%，仍是消费者反映最集中的三类问题。"
    assert not [r for r in rows(body) if r["value"] == 3]
    # a count of kinds that does not match the list's length is left to the other rules
    assert [r for r in rows("质量、价格问题较多；全年查处三类案件12件。") if r["value"] == 12]


def test_a_campaign_as_a_clauses_subject_stops_at_its_semicolon() -> None:
    body = "“铁拳”行动聚焦民生领域，查办案件58件；知识产权保护持续加力，查处商标侵权等案件33件；向公安机关移送涉嫌犯罪案件5件。"
    got = keyed(rows("全年共立案各类违法案件604件。" + body))
    assert ("enforcement.cases_filed", 58, "year", "subset") in got
    assert ("enforcement.criminal_referrals", 5, "year", "total") in got


def test_the_nearest_campaign_is_the_one_a_figure_belongs_to() -> None:
    body = "开展“双打”行动，查处商标侵权案件9件；开展“红盾护农”行动，检查农资经营户120户次，立案查处不合格化肥案件3件。"
    got = keyed(rows("全年共立案各类违法案件240件。" + body))
    assert ("enforcement.cases_filed", 3, "year", "subset") in got


def test_cases_filed_from_complaints_turned_into_cases_are_a_part() -> None:
    got = keyed(rows("全年受理投诉3120件。通过“诉转案”立案查处违法案件19件，罚没款12.4万元。"))
    assert ("enforcement.cases_filed", 19, "year", "subset") in got
    assert ("enforcement.fines_and_confiscations_cny", 124000, "year", "subset") in got


def test_closures_after_the_accepted_part_of_applications_are_all_closures() -> None:
    got = keyed(rows("全年收到行政复议申请12件，依法受理10件，审结10件，其中维持8件。"))
    assert ("litigation.reconsideration_received", 10, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_closed", 10, "year", "total") in got, sorted(got)


def test_what_the_higher_bureau_handled_directly_is_a_part_of_the_systems() -> None:
    got = keyed(rows("全市系统共立案查处违法案件2,140件。市局直接查办案件57件，罚没款812.4万元。"))
    assert ("enforcement.cases_filed", 2140, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 57, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 8124000, "year", "subset") in got, sorted(got)


def test_records_published_named_in_the_clause_before_the_bare_verb() -> None:
    got = keyed(rows("行政处罚决定信息均通过国家企业信用信息公示系统公示，共公示2,318条，公示率100%。"))
    assert ("enforcement.penalties_published", 2318, "year", "total") in got, sorted(got)
    got = keyed(rows("依法公示行政处罚案件信息，共公示417条。"))
    assert ("enforcement.penalties_published", 417, "year", "total") in got, sorted(got)


def test_a_figure_under_a_frame_dividing_by_applicant_is_one_kind_of_the_whole() -> None:
    body = "全年共发生行政复议案件52件。从申请人看，职业索赔人提起的复议案件31件，占59.6%。"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 52, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 31, "year", "subset") in got, sorted(got)


def test_the_year_named_after_a_running_total_bounds_the_figures_after_it() -> None:
    observations = rows("全年新增承诺店120家，累计达到860家，承诺店全年办理无理由退货1,450单。")
    periods = {r["value"]: r["period"] for r in observations}
    assert periods[860] == "cumulative", periods
    assert periods[1450] == "year", periods


def test_a_clause_stating_a_quarters_count_does_not_open_the_paragraphs_period() -> None:
    title = "某县市场监督管理局关于2025年1-9月工作进展情况的报告\n\n"
    body = "1-9月，全局立案查处违法案件436件。第三季度单季立案152件，环比增长9.35%。经法制审核的重大行政执法决定29件。"
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 152, "quarter", "total") in got, sorted(got)
    assert ("enforcement.major_decisions_reviewed", 29, "to_date", "total") in got, sorted(got)


def test_the_reconsideration_organ_losing_in_court_is_a_lawsuit_lost() -> None:
    body = "全年申请人对复议决定不服提起行政诉讼41件，法院已审结33件，其中复议机关败诉2件。"
    got = keyed(rows(body, "某市司法局2024年全市行政复议案件统计分析\n\n"))
    assert ("litigation.lawsuits_lost", 2, "year", "total") in got, sorted(got)


def test_a_whole_word_naming_other_things_does_not_take_a_figure_out_of_its_campaign() -> None:
    body = "活动月期间，开展“3·15”专项执法检查，检查各类经营主体980户次，立案查处违法案件17件。"
    got = keyed(rows("全年立案查处各类违法案件812件。" + body))
    assert ("enforcement.cases_filed", 17, "year", "subset") in got, sorted(got)
    body = "开展“铁拳”等专项整治，全年立案查处各类违法案件318件，罚没款426.5万元。"
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 4265000, "year", "total") in got, sorted(got)


def test_cases_harming_consumers_rights_are_one_kind_of_cases() -> None:
    got = keyed(rows("全年全区立案查处违法案件1,204件。其中立案查处侵害消费者权益案件186件。"))
    assert ("enforcement.cases_filed", 186, "year", "subset") in got, sorted(got)
    got = keyed(rows("全年受理投诉2.35万件，立案查处侵害消费者权益案件186件。"))
    assert ("enforcement.cases_filed", 186, "year", "subset") in got, sorted(got)


def test_a_hotlines_work_orders_are_its_appeals() -> None:
    body = "全年区12345热线共向我局派转市场监管类诉求工单31,208件。全年办结工单31,066件，办结率99.55%。12月份受理工单2,987件。"
    got = keyed(rows(body))
    assert ("complaints.consumer_appeals", 31208, "year", "total") in got, sorted(got)
    assert ("complaints.resolved", 31066, "year", "total") in got, sorted(got)
    assert ("complaints.consumer_appeals", 2987, "month", "total") in got, sorted(got)


@pytest.mark.parametrize(
    ("body", "code", "value"),
    [
        (
            "全年新收一审行政案件986件，审结941件。经协调化解，原告主动撤诉的案件137件。",
            "litigation.lawsuits_withdrawn",
            137,
        ),
        (
            "全年审结行政复议案件215件，其中维持的案件98件，确认违法的案件6件。",
            "litigation.reconsideration_corrected",
            6,
        ),
        ("全年审结行政复议案件215件，其中终止审理的案件21件。", "litigation.reconsideration_terminated", 21),
    ],
)
def test_cases_named_by_the_clause_before_de_anjian(body: str, code: str, value: int) -> None:
    got = keyed(rows(body, "某市司法局2024年度行政复议和行政应诉工作情况\n\n"))
    assert any(c == code and v == value for c, v, *_ in got), sorted(got)


def test_cases_that_required_an_appearance_are_not_appearances() -> None:
    body = "全年需行政机关负责人出庭的案件58件，负责人出庭应诉55件。"
    got = keyed(rows(body, "某市司法局2024年度行政应诉工作情况\n\n"))
    assert not any(c == "litigation.head_appearances" and v == 58 for c, v, *_ in got), sorted(got)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "案例三：沙发开裂退货难\n消费者李某在某家具店购买的沙发使用一月即开裂。经执法人员调查，家具店退还李某货款4,260元。",
            4260,
        ),
        ("经执法人员现场协调，培训机构同意为11名学员办理退费，共退还预付学费1.8万元。", 18000),
        ("某车行隐瞒车辆事故记录，经调解赔偿消费者2.6万元。", 26000),
    ],
)
def test_what_a_business_paid_back_in_one_dispute_is_a_loss_recovered_in_part(body: str, value: int) -> None:
    got = keyed(rows("全年受理消费投诉3,412件，为消费者挽回经济损失186.3万元。\n" + body))
    assert ("complaints.losses_recovered_cny", value, "year", "subset") in got, sorted(got)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("全市推进消费纠纷源头治理，推动经营者先行赔付326件，赔付金额52.4万元。", 524000),
        ("该行政争议经协调化解，行政机关依法支付国家赔偿12万元。", 120000),
        ("经调解，该商户同意赔偿并被处罚款3万元。", 30000),
    ],
)
def test_amounts_that_are_not_one_disputes_refund(body: str, value: int) -> None:
    got = keyed(rows(body))
    assert not any(c == "complaints.losses_recovered_cny" and v == value for c, v, *_ in got), sorted(got)


def test_a_tab_table_of_targets_and_actuals_with_units_in_its_cells() -> None:
    body = (
        "各项指标完成情况如下表：\n\n"
        "指标类别\t指标名称\t年度目标值\t实际完成值\t完成情况\n"
        "数量指标\t查处各类违法案件\t≥900件\t1,048件\t已完成\n"
        "数量指标\t受理投诉举报\t≥8000件\t8,736件\t已完成\n"
        "质量指标\t投诉举报办结率\t≥95%\t99.1%\t已完成\n\n"
        "从上表看，各项指标均已完成。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 1048, "year", "total") in got, sorted(got)
    assert ("complaints.received", 8736, "year", "total") in got, sorted(got)
    assert not any(v in (900, 8000, 95) for _, v, *_ in got), sorted(got)  # the targets


@pytest.mark.parametrize("part", ["其中网络广告41件", "其中电商平台线上销售环节发现的41件"])
def test_a_count_after_money_under_qizhong_is_a_part_of_the_count_before(part: str) -> None:
    got = keyed(rows(f"全年查处虚假广告案件88件，罚没款共计36.1万元，{part}。"))
    assert ("enforcement.cases_filed", 41, "year", "subset") in got, sorted(got)


def test_a_budgets_allocation_and_execution_section_is_a_report_not_a_plan() -> None:
    body = (
        "二、预算安排及执行情况\n全年预算数8,264.50万元，实际支出8,031.20万元，预算执行率97.18%。\n\n"
        "三、下一步工作安排\n力争预算执行率达到98%以上。"
    )
    values = {r["value"] for r in rows(body, "某区市场监督管理局2024年度部门整体支出绩效自评报告\n\n")}
    assert 80312000 in values, values
    assert 98 not in values, values


def test_a_flattened_monthly_table_with_a_running_total_column_and_its_change() -> None:
    cells = ["指标", "单位", "6月", "1—6月累计", "累计同比（%）"]
    cells += ["立案查处案件", "件", "64", "395", "8.2", "受理投诉举报", "件", "1,106", "6,350", "-3.1"]
    body = "表1　2024年6月主要业务数据\n\n" + "\n".join(cells) + "\n\n注：本表数据为快报数。\n"
    got = rows(body, "某市市场监管主要业务数据（2024年6月）\n\n")
    found = {(r["metric_code"], r["value"], r["period"]): r["yoy_pct"] for r in rows_only_tables(got)}
    assert found.get(("enforcement.cases_filed", 64, "month"), "absent") is None, found
    assert found.get(("enforcement.cases_filed", 395, "half_year")) == 8.2, found
    assert found.get(("complaints.received", 6350, "half_year")) == -3.1, found


def rows_only_tables(got: list[dict]) -> list[dict]:
    return [r for r in got if r["rule"].startswith("table")]


def test_a_topic_named_only_as_a_comparison_does_not_take_the_next_sentence() -> None:
    body = "全市共收到行政复议申请812件，行政复议案件数量是同期一审行政诉讼案件的1.9倍。收到的申请中，依法受理765件。"
    got = keyed(rows(body, "某市司法局关于2024年度行政复议工作情况的通报\n\n"))
    assert any(c == "litigation.reconsideration_received" and v == 765 for c, v, *_ in got), sorted(got)


def test_cases_closed_of_a_field_named_between_the_verb_and_cases() -> None:
    body = "四、市场监管领域案件情况\n\n全年审结市场监管领域案件143件，其中维持和驳回共计77件。"
    got = keyed(rows(body, "某市司法局关于2024年度行政复议工作情况的通报\n\n"))
    assert ("litigation.reconsideration_closed", 143, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_upheld", 77, "year", "subset") in got, sorted(got)


@pytest.mark.parametrize(
    "line", ["（六）行政处罚决定信息公示：265条，公示率100%", "全年行政处罚决定公示265条。"]
)
def test_penalty_decisions_published_named_before_the_count(line: str) -> None:
    got = keyed(rows(line))
    assert ("enforcement.penalties_published", 265, "year", "total") in got, sorted(got)


def test_online_shopping_complaints_named_in_a_list_with_another_channel() -> None:
    got = keyed(rows("涉及网络购物、直播带货的投诉215件，占投诉总量的18.6%。"))
    assert any(c == "complaints.online_shopping" and v == 215 for c, v, *_ in got), sorted(got)


@pytest.mark.parametrize(
    "line", ["全年办理听证案件5件。", "依当事人申请组织听证5次。", "举行行政处罚听证会5场。"]
)
def test_hearings_are_their_own_metric_not_the_complaints_headline(line: str) -> None:
    body = "12315平台全年受理投诉举报咨询12,630件，其中投诉6,802件。" + line
    got = keyed(rows(body))
    codes = {c for c, v, *_ in got if v == 5}
    assert codes == {"legal_affairs.hearings_held"}, sorted(got)


@pytest.mark.parametrize(
    ("line", "value"),
    [("企业开办时间压缩至1个工作日内。", 1), ("企业开办全流程稳定在半个工作日以内。", 0.5)],
)
def test_a_duration_brought_within_a_limit_is_a_figure(line: str, value: float) -> None:
    got = [r for r in rows(line) if r["value"] == value]
    assert [(r["metric_code"], r["qualifier"]) for r in got] == [
        ("registration.startup_time_days", "under")
    ], got


@pytest.mark.parametrize("line", ["行政处罚信息应在20个工作日内向社会公示。", "承诺3个工作日内，完成核查。"])
def test_a_time_limit_set_by_a_rule_is_not_a_figure(line: str) -> None:
    assert rows(line) == []


def test_a_bracketed_value_before_a_change_on_the_previous_period() -> None:
    body = "上半年共受理投诉举报咨询28,316件，较2023年下半年（30,125件）环比下降6.0%。"
    got = keyed(rows(body, "某市市场监督管理局2024年上半年12315投诉举报情况通报\n\n"))
    assert ("complaints.received_incl_inquiries", 30125, "prior_period", "total") in got, sorted(got)


def test_a_space_aligned_category_table_with_a_share_column() -> None:
    table = [
        "类别            投诉      举报      合计      占比",
        "食品            2106      873       2979      41.3",
        "家用电器        985       62        1047      14.5",
        "合计            4803      2410      7213      —",
    ]
    body = (
        "二、分类情况\n\n按类别统计如下（单位：件、%）：\n\n"
        + "\n".join(table)
        + "\n\n三、下一步工作\n\n无。"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年上半年投诉举报情况分析\n\n"))
    assert ("complaints.received", 2106, "half_year", "subset") in got, sorted(got)
    assert ("complaints.received", 873, "half_year", "subset") in got, sorted(got)
    assert ("complaints.received", 7213, "half_year", "total") in got, sorted(got)


def test_a_table_grouped_by_topic_with_a_period_column() -> None:
    body = (
        "二、统计表\n\n"
        "|类别|统计期间|收到（件）|审结（件）|纠错（件）|\n"
        "|行政复议|第二季度|6|5|1|\n"
        "||1-6月|13|11|2|\n"
        "|行政诉讼|第二季度|3|2|—|\n"
        "||1-6月|7|5|—|\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年第二季度行政复议和行政诉讼案件统计情况\n\n"))
    assert ("litigation.reconsideration_received", 6, "quarter", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 13, "half_year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_closed", 11, "half_year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_received", 7, "half_year", "total") in got, sorted(got)


def test_months_leading_a_sentence_carry_to_the_rest_of_its_paragraph() -> None:
    body = (
        "（三）应诉情况。1-9月审结的12件一审行政诉讼案件中，原告撤诉4件，败诉1件。"
        "行政机关负责人出庭应诉8次，出庭应诉率100%。"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年第三季度行政复议和行政诉讼案件统计情况\n\n"))
    assert ("litigation.head_appearances", 8, "to_date", "total") in got, sorted(got)


def test_leads_transferred_to_other_departments_are_not_criminal_referrals() -> None:
    got = keyed(rows("对检查中发现的问题，移送其他部门处理问题线索7条；移送公安机关涉嫌犯罪案件2件。"))
    referrals = sorted(v for c, v, *_ in got if c == "enforcement.criminal_referrals")
    assert referrals == [2], sorted(got)


def test_penalty_decisions_count_as_cases_filed_only_when_no_case_count_is_given() -> None:
    alone = keyed(rows("全年作出行政处罚决定845件（上年：790件），其中适用简易程序当场处罚210件。"))
    assert ("enforcement.cases_filed", 845, "year", "total") in alone, sorted(alone)
    assert ("enforcement.cases_filed", 790, "prior_year", "total") in alone, sorted(alone)
    assert not any(code == "enforcement.cases_closed" for code, *_ in alone), sorted(alone)
    beside = keyed(rows("全年立案查处各类案件960件，作出行政处罚决定845件。"))
    assert ("enforcement.cases_filed", 960, "year", "total") in beside, sorted(beside)
    assert ("enforcement.cases_closed", 845, "year", "total") in beside, sorted(beside)


def test_rows_numbered_under_a_row_are_its_parts() -> None:
    body = (
        "一、数据统计表\n\n"
        "| 序号 | 执法类别 | 单位 | 2025年 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 行政许可 | 件 | 5210 |\n"
        "| 2 | 行政处罚（合计） | 件 | 732 |\n"
        "| 2.1 | 警告 | 件 | 122 |\n"
        "| 2.2 | 罚款 | 件 | 610 |\n"
        "| 3 | 罚没金额 | 万元 | 1021.5 |\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年度行政执法数据统计公示\n\n"))
    assert ("enforcement.cases_filed", 732, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 122, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 610, "year", "subset") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 10215000, "year", "total") in got, sorted(got)


def test_applications_received_in_a_reconsideration_paragraph() -> None:
    body = "二、行政复议工作\n\n全面推行行政复议网上申请，全年通过网上申请平台收到申请215件。"
    got = keyed(rows(body, "某市司法局2025年度行政复议工作情况报告\n\n"))
    assert any(c == "litigation.reconsideration_received" and v == 215 for c, v, *_ in got), sorted(got)


def test_illegal_turnover_is_the_case_value() -> None:
    got = keyed(rows("某商贸公司销售假冒白酒案，违法经营额达12.4万元，已依法移送公安机关。"))
    assert any(c == "enforcement.case_value_cny" and v == 124000 for c, v, *_ in got), sorted(got)
    assert not any(c == "enforcement.fines_cny" for c, *_ in got), sorted(got)


def test_the_length_of_a_streak_is_not_a_figure() -> None:
    got = rows("餐饮服务类投诉连续两个季度居各类投诉首位，服务类投诉连续5个月高于商品类。")
    assert not any(r["value"] in (2, 5) for r in got), [(r["metric_code"], r["value"]) for r in got]


def test_a_performance_target_in_brackets_is_not_a_figure() -> None:
    got = rows("全年立案查处各类违法案件186件（年度指标值为不少于150件），结案179件。")
    values = sorted(r["value"] for r in got)
    assert 150 not in values and 186 in values and 179 in values, values


def test_a_clause_naming_the_whole_inside_a_distribution_frames_the_parts_after_it() -> None:
    # The opening frame (从被诉单位看) names no metric; "一审收案中" and "败诉案件中" do.
    body = (
        "全年作为被告的一审行政诉讼案件收案52件，审结47件，败诉4件。\n"
        "从被诉单位看，一审收案中，市局本级9件，甲区15件、乙区11件，其余各区合计17件；"
        "败诉案件中，甲区3件、乙区1件。"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年行政应诉工作情况通报\n\n"))
    for value in (9, 15, 11, 17):
        assert ("litigation.lawsuits_received", value, "year", "subset") in got, sorted(got)
    for value in (3, 1):
        assert ("litigation.lawsuits_lost", value, "year", "subset") in got, sorted(got)


def test_a_whole_said_to_be_distributed_over_places_has_those_places_as_parts() -> None:
    body = "全年作为被告的一审行政诉讼案件收案52件，败诉4件。败诉案件分布在甲区2件、乙区1件、丙县1件。"
    got = keyed(rows(body, "某市市场监督管理局2024年行政应诉工作情况通报\n\n"))
    assert ("litigation.lawsuits_lost", 2, "year", "subset") in got, sorted(got)
    assert [k for k in got if k[1] == 1 and k[0] == "litigation.lawsuits_lost"], sorted(got)
    assert not any(k[0].startswith("other.") for k in got), sorted(got)


def test_a_part_of_a_category_figure_cued_only_as_complaints_stays_in_the_category() -> None:
    body = "全年受理投诉举报9800件。涉及网络购物的投诉举报2150件，其中直播带货相关投诉468件。"
    got = keyed(rows(body, "某市市场监督管理局2024年消费维权情况通报\n\n"))
    assert ("complaints.online_shopping", 468, "year", "subset") in got, sorted(got)
    assert not any(k[1] == 468 and k[0] == "complaints.received" for k in got), sorted(got)


def test_a_bracket_defining_the_cases_counted_is_not_a_figure() -> None:
    observations = rows("全年立案查处案件412件，其中大要案（罚没款20万元以上）15件。")
    assert 200000 not in {r["value"] for r in observations}, observations
    assert ("enforcement.major_cases", 15) in {(r["metric_code"], r["value"]) for r in observations}


def test_a_courts_first_instance_cases_of_one_field_are_lawsuits_received() -> None:
    body = (
        "全市两级法院共新收各类行政案件3,120件。"
        "全市法院新收一审涉市场监管行政案件204件，同比增长9.7%（上年为186件）。"
        "全市法院通过协调和解方式实质性化解行政争议153件。"
    )
    got = keyed(rows(body, "某市中级人民法院行政审判工作白皮书（2024年度）\n\n"))
    assert ("litigation.lawsuits_received", 204, "year", "subset") in got, sorted(got)
    assert ("litigation.lawsuits_received", 186, "prior_year", "subset") in got, sorted(got)
    assert ("litigation.lawsuits_mediated", 153, "year", "total") in got, sorted(got)
    assert not any(k[0].startswith("enforcement.") for k in got), sorted(got)


def test_cases_under_the_general_procedure_are_their_own_metric() -> None:
    got = keyed(rows("全年立案查处各类违法案件620件，其中适用普通程序488件、简易程序132件。"))
    assert ("enforcement.cases_general_procedure", 488, "year", "total") in got, sorted(got)


def test_cases_counted_as_this_kind_take_the_kind_named_before() -> None:
    body = "全市对罚没款50万元以上的药品安全大案实行挂牌督办，共查办此类案件14件。"
    got = keyed(rows(body))
    assert [k for k in got if k[:2] == ("enforcement.major_cases", 14)], sorted(got)
    assert not [k for k in got if k[:2] == ("enforcement.cases_filed", 14)], sorted(got)


def test_firms_referred_to_the_police_after_a_clause_about_them_are_criminal_referrals() -> None:
    body = "对4家涉嫌生产销售不合格燃气灶具、货值金额5万元以上的企业，依法移送公安机关。"
    got = keyed(rows(body))
    assert ("enforcement.criminal_referrals", 4, "year", "total") in got, sorted(got)


def test_second_instance_appeals_are_not_first_instance_lawsuits() -> None:
    body = (
        "全市法院共新收各类行政案件3,000件。其中，一审行政案件2,100件，二审（上诉）行政案件700件。"
        "市中院受理二审行政案件260件，审结241件。另有二审案件收案35件、审结30件。"
    )
    got = keyed(rows(body, "某市中级人民法院行政审判白皮书（2024年度）\n\n"))
    metrics = {(k[0], k[1]) for k in got}  # 市中院's own figures may be parts: scope is not the point
    for value in (700, 260, 35):
        assert ("litigation.appeals_received", value) in metrics, sorted(got)
    for value in (241, 30):
        assert ("litigation.appeals_closed", value) in metrics, sorted(got)
    lawsuit_values = {k[1] for k in got if k[0].startswith("litigation.lawsuits_")}
    assert not lawsuit_values & {700, 260, 241, 35, 30}, sorted(got)


def test_a_courts_cases_of_every_instance_are_not_first_instance_lawsuits() -> None:
    body = (
        "全市法院共新收各类行政案件3,000件，其中一审行政案件2,100件。"
        "全市法院共审结各类行政案件2,900件，其中审结一审行政案件2,050件。"
    )
    got = keyed(rows(body, "某市中级人民法院行政审判白皮书（2024年度）\n\n"))
    assert ("litigation.lawsuits_received", 2100, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_closed", 2050, "year", "total") in got, sorted(got)
    assert not [k for k in got if k[1] in (3000, 2900) and k[0].startswith("litigation.lawsuits_")], got
    # A bureau's own 各类行政案件 are still its penalty cases.
    assert ("enforcement.cases_filed", 1200, "year", "total") in keyed(rows("全年查处各类行政案件1,200件。"))


COURT_SPAN_TITLE = "某市中级人民法院关于2021—2023年全市法院审理市场监管行政案件情况的通报\n\n"


def test_a_report_on_a_span_of_years_sums_them_unless_a_sentence_names_its_last_year() -> None:
    body = (
        "一、审理结果\n\n审结的212件案件中，判决驳回原告诉讼请求118件，行政机关败诉14件。"
        "2023年败诉率为5.2%。\n"
    )
    got = keyed(rows(body, COURT_SPAN_TITLE))
    assert ("litigation.lawsuits_won", 118, "cumulative", "total") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 14, "cumulative", "total") in got, sorted(got)
    assert ("litigation.lawsuits_loss_rate", 5.2, "year", "total") in got, sorted(got)


def test_values_listed_year_by_year_after_their_metric_and_their_sum() -> None:
    body = "三年中，负责人出庭应诉2021年12次、2022年30次、2023年47次，三年共计89次。\n"
    got = keyed(rows(body, COURT_SPAN_TITLE))
    assert ("litigation.head_appearances", 12, "prior_year", "total") in got, sorted(got)
    assert ("litigation.head_appearances", 30, "prior_year", "total") in got, sorted(got)
    assert ("litigation.head_appearances", 47, "year", "total") in got, sorted(got)
    assert ("litigation.head_appearances", 89, "cumulative", "total") in got, sorted(got)


def test_a_count_of_years_then_their_values_one_by_one() -> None:
    body = "全市两级法院共受理以市场监管部门为被告的一审行政案件171件。三年收案数分别为49件、57件、65件。\n"
    got = keyed(rows(body, COURT_SPAN_TITLE))
    assert ("litigation.lawsuits_received", 49, "prior_year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_received", 65, "year", "total") in got, sorted(got)


def test_a_suit_withdrawn_after_the_courts_coordination_is_settled() -> None:
    body = "全年审结行政诉讼案件40件，其中原告撤诉12件（其中经法院协调化解后撤诉8件）。\n"
    got = keyed(rows(body, "某区人民法院2023年行政审判工作情况\n\n"))
    assert ("litigation.lawsuits_mediated", 8, "year", "total") in got, sorted(got)


def test_a_metric_label_with_a_colon_then_its_values_year_by_year() -> None:
    body = "一、执法办案\n\n立案数：2021年186件，2022年204件，2023年231件。\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 186, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 231, "year", "total") in got, sorted(got)


def test_quoted_data_labels_of_a_year_and_its_figure_are_read() -> None:
    body = "近三年罚没款依次为“2021年 96.4万元”“2022年 101.2万元”“2023年 133.8万元”。开展“4进3”宣传活动。\n"
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 964000, "prior_year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 1338000, "year", "total") in got, sorted(got)
    assert not {r for r in got if r[1] in (3, 4)}, sorted(got)


def test_last_years_sum_over_the_former_bureaus_is_a_prior_year_value() -> None:
    body = "全年立案查处违法案件212件；罚没款共计156.3万元，上年原三局合计为98.5万元。\n"
    got = keyed(rows(body, "某县市场监督管理局2019年工作总结\n\n"))
    assert ("enforcement.fines_and_confiscations_cny", 985000, "prior_year", "total") in got, sorted(got)


def test_a_base_named_by_its_verb_compares_with_the_total_done_that_way() -> None:
    body = "全年受理投诉举报咨询2,310件，其中投诉904件、举报388件、咨询1,018件，较2018年合计受理量（1,965件）增长17.6%。\n"
    found = rows(body, "某县市场监督管理局2019年工作总结\n\n")
    got = keyed(found)
    assert ("complaints.received_incl_inquiries", 1965, "prior_year", "total") in got, sorted(got)
    yoy = {r["value"]: r["yoy_pct"] for r in found if r["period"] == "year"}
    assert yoy[2310] == 17.6 and yoy[1018] is None, yoy


def test_major_decisions_named_in_the_clause_before_their_review_count() -> None:
    body = "对重大行政处罚决定严格落实应审必审，全年法制审核47件。\n"
    assert ("enforcement.major_decisions_reviewed", 47, "year", "total") in keyed(rows(body))


def test_questions_of_an_event_days_visitors_after_its_leaflets_are_the_events() -> None:
    body = "3·15当天，共发放宣传资料2,100余份，接受消费者咨询430人次。全年受理消费者咨询5,216件。\n"
    got = keyed(rows(body))
    assert ("publicity.on_site_consultations", 430, "year", "total") in got, sorted(got)
    assert ("complaints.inquiries", 5216, "year", "total") in got, sorted(got)
    assert not {r for r in got if r[0] == "complaints.inquiries" and r[1] == 430}, sorted(got)


def test_referred_cases_and_their_leads_are_all_referrals_not_a_part() -> None:
    body = "全年立案查处各类违法案件1,206件，移送公安机关涉嫌犯罪案件（线索）27件。\n"
    assert ("enforcement.criminal_referrals", 27, "year", "total") in keyed(rows(body))


def test_a_list_whose_changes_come_first_then_its_values_after_a_second_respectively() -> None:
    body = "案件查办数、罚没款数同比分别增长7.2%、10.4%，分别达到1,874件、2,316.5万元。\n"
    found = rows(body)
    got = keyed(found)
    assert ("enforcement.cases_filed", 1874, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 23165000, "year", "total") in got, sorted(got)
    yoy = {r["metric_code"]: r["yoy_pct"] for r in found}
    assert yoy == {"enforcement.cases_filed": 7.2, "enforcement.fines_and_confiscations_cny": 10.4}, yoy


MONTHLY_TITLE = "某市市场监督管理局2024年10月消费维权工作通报\n\n"


def test_a_month_opening_a_sentence_inside_a_paragraph_names_that_sentence_only() -> None:
    body = (
        "全年查办各类违法案件1,280件。12月，针对节日市场开展专项检查，查处价格违法案件14件。"
        "向公安机关移送涉嫌犯罪案件11件。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2023年法治政府建设年度报告\n\n"))
    assert ("enforcement.cases_filed", 14, "month", "subset") in got, sorted(got)
    assert ("enforcement.criminal_referrals", 11, "year", "total") in got, sorted(got)


def test_this_month_names_the_reports_month_after_a_running_span() -> None:
    body = "1-10月，全区累计办结投诉举报18,452件。本月通过ODR企业直接和解消费纠纷127件。\n"
    got = keyed(rows(body, MONTHLY_TITLE))
    assert ("complaints.resolved", 18452, "to_date", "total") in got, sorted(got)
    assert not {r for r in got if r[1] == 127 and r[2] != "month"}, sorted(got)


def test_a_stock_reached_this_month_is_cumulative_and_the_flows_after_it_are_not() -> None:
    body = "本月新培育放心消费示范单位6家，全市累计达到214家，本月通过ODR机制和解消费纠纷95件。\n"
    found = {r["value"]: r["period"] for r in rows(body, MONTHLY_TITLE)}
    assert found[214] == "cumulative" and found[95] == "month" and found[6] == "month", found


def test_a_hotlines_orders_by_type_name_complaints_reports_and_inquiries() -> None:
    body = "全年热线共转办我局工单6,215件，其中咨询类2,408件、投诉类2,731件、举报类864件。\n"
    got = keyed(rows(body, "某区市场监督管理局2023年度12345热线工单情况分析\n\n"))
    assert ("complaints.inquiries", 2408, "year", "total") in got, sorted(got)
    assert ("complaints.received", 2731, "year", "subset") in got, sorted(got)
    assert ("complaints.received", 864, "year", "subset") in got, sorted(got)


def test_table_rows_naming_metrics_beside_a_row_of_the_rest() -> None:
    body = (
        "一、热线工单情况\n\n全年共转办工单6,215件，具体如下：\n\n"
        "| 工单类别 | 件数 | 占比 |\n| --- | --- | --- |\n"
        "| 咨询类 | 2,408 | 38.75% |\n| 投诉类 | 2,731 | 43.94% |\n| 举报类 | 864 | 13.90% |\n"
        "| 建议及其他 | 212 | 3.41% |\n| 合计 | 6,215 | 100% |\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2023年度12345热线工单情况分析\n\n", name="case.md"))
    assert ("complaints.inquiries", 2408, "year", "total") in got, sorted(got)
    assert ("complaints.received", 2731, "year", "subset") in got, sorted(got)
    assert not {r for r in got if r[1] == 212 and r[0].startswith("complaints.")}, sorted(got)


def test_disputes_settled_by_mediation_then_ended_are_mediated() -> None:
    body = "全年共审结行政复议案件186件，通过调解、和解方式化解行政争议后终止审理31件。\n"
    got = keyed(rows(body, "某市司法局2022年度行政复议工作情况通报\n\n"))
    assert ("litigation.reconsideration_mediated", 31, "year", "total") in got, sorted(got)


def test_complaints_of_a_longer_kind_resolved_are_a_part_of_the_resolved() -> None:
    body = "全年办结预付式消费投诉1,208件，为消费者挽回经济损失212.6万元。\n"
    got = keyed(rows(body))
    assert ("complaints.resolved", 1208, "year", "subset") in got, sorted(got)


def test_numbered_items_under_a_lead_listing_parts_are_parts_of_the_paragraphs_whole() -> None:
    body = (
        "三、行政处罚\n\n2023年共办理行政处罚案件842件，罚没款1,506.3万元。按执法领域分列如下：\n"
        "1.食品安全领域：305件，罚没款412.8万元；\n2.价格领域：77件，罚没款96.4万元；\n"
        "3.其他领域：460件，罚没款997.1万元。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 842, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 305, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 460, "year", "subset") in got, sorted(got)


def test_fines_paid_into_the_treasury_are_the_fines_and_confiscations() -> None:
    for body, value in (
        ("全年结案298件，罚没入库金额486.7万元。\n", 4867000),
        ("全年罚没款上缴国库资金共计12.4万元。\n", 124000),
    ):
        got = keyed(rows(body))
        assert ("enforcement.fines_and_confiscations_cny", value, "year", "total") in got, sorted(got)


def test_cases_filed_right_after_the_reports_handled_are_the_reports_cases() -> None:
    body = (
        "全年处理消费者投诉2,018件；处理举报493件，立案21件。\n\n"
        "全年完成不合格样品核查处置6批次，立案查处4件。\n\n"
        "全年受理投诉举报3,200件，立案查处各类案件223件。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 21, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 4, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 223, "year", "total") in got, sorted(got)


def test_online_shopping_listed_as_a_category_of_complaints_is_online_shopping() -> None:
    body = (
        "第四季度受理投诉286件。从投诉对象看，家具类57件，主要反映材质不符；"
        "网购类（含跨境电商、直播销售）48件，主要反映退换货难。\n\n"
        "服务类投诉中，网络购物类415件；餐饮住宿类392件。从违法类型看，网络销售违规21件。\n"
    )
    got = keyed(rows(body, "某县市场监督管理局2025年第四季度投诉举报情况分析\n\n"))
    assert ("complaints.online_shopping", 48, "quarter", "subset") in got, sorted(got)
    assert ("complaints.online_shopping", 415, "quarter", "subset") in got, sorted(got)
    assert ("complaints.received", 392, "quarter", "subset") in got, sorted(got)
    assert not {r for r in got if r[1] == 21 and r[0] == "complaints.online_shopping"}, sorted(got)


def test_the_online_part_of_complaints_and_reports_is_all_of_online_shopping_complaints() -> None:
    body = (
        "上半年，全区受理投诉举报1.83万件，其中涉及网络交易的6,412件，占35.04%。"
        "受理投诉5,210件，其中网络购物类1,077件。\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2025年上半年消费维权情况\n\n"))
    assert ("complaints.online_shopping", 6412, "half_year", "total") in got, sorted(got)
    assert ("complaints.online_shopping", 1077, "half_year", "subset") in got, sorted(got)
    assert not {r for r in got if r[1] == 6412 and r[0] == "complaints.received"}, sorted(got)


def test_complaints_in_a_table_of_the_online_market_are_online_shopping_complaints() -> None:
    table = (
        "表1 分平台类型监管情况\n\n"
        "| 平台类型 | 立案查处案件（件） | 受理投诉举报（件） |\n| --- | --- | --- |\n"
        "| 综合电商平台 | 12 | 2,431 |\n| 直播电商平台 | 9 | 1,388 |\n| 合计 | 21 | 3,819 |\n"
    )
    got = keyed(rows(table, "某市2025年度行政执法统计公报\n\n", "t.md"))
    assert ("complaints.online_shopping", 2431, "year", "subset") in got, sorted(got)
    assert ("complaints.online_shopping", 3819, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 12, "year", "subset") in got, sorted(got)
    assert not {r for r in got if r[0] == "complaints.received"}, sorted(got)


def test_what_came_of_one_categorys_complaints_is_that_categorys() -> None:
    body = (
        "全年受理价格类投诉举报842件，其中投诉611件、举报231件；按期办结率99.2%，为消费者挽回经济损失12.6万元。"
        "受理特种设备类投诉举报27件，办结率100%。\n"
        "全年受理消费者投诉5,316件，办结率98.7%，为消费者挽回经济损失214.5万元。"
        "为老年消费者挽回经济损失8.4万元。\n"
        "全年受理投诉举报7,208件，为广大消费者挽回经济损失302.7万元。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("complaints.resolution_rate", 99.2, "year", "subset") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 126000, "year", "subset") in got, sorted(got)
    assert ("complaints.resolution_rate", 100, "year", "subset") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 84000, "year", "subset") in got, sorted(got)
    # 投诉 alone is no category (a part of 投诉举报 of every kind): the money won back is the whole's
    assert ("complaints.losses_recovered_cny", 2145000, "year", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 3027000, "year", "total") in got, sorted(got)  # 广大: all


def test_a_bare_change_after_a_figure_in_a_list_of_changes_is_a_change() -> None:
    body = "第四季度共受理投诉举报咨询772件。其中，投诉286件，比上年同期减少32件；举报74件，减少17件；咨询412件，增加35件。\n"
    got = keyed(rows(body, "某县市场监督管理局2025年第四季度投诉举报情况分析\n\n"))
    assert ("complaints.received", 74, "quarter", "subset") in got, sorted(got)
    assert ("complaints.inquiries", 412, "quarter", "total") in got, sorted(got)
    assert not {r for r in got if r[1] in (17, 35) and r[0].startswith("complaints.")}, sorted(got)


def test_a_sentence_of_one_more_part_after_a_sentence_of_parts_is_a_part_of_the_same_whole() -> None:
    body = (
        "（一）收案情况。全年新收行政复议案件46件。从申请事项看，不服投诉举报处理的29件，"
        "不服行政处罚的11件，其他6件。涉及市场监管综合行政执法支队执法行为的12件。\n\n"
        "（二）其他。涉及商标注册事项的8件。\n"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 12, "year", "subset") in got, sorted(got)
    assert not {r for r in got if r[1] == 8 and r[0].startswith("litigation.")}, sorted(got)


def test_penalty_decisions_are_the_case_count_beside_another_bodys_cases_filed() -> None:
    title = "某县市场监督管理局某某市场监管所2025年工作总结\n\n"
    own = (
        "全年当场作出行政处罚决定9起，罚款共计3200元。对发现的违法线索6条，按规定移交县局处理，"
        "县局已立案查处其中5起。\n"
    )
    got = keyed(rows(own, title))
    # its scope is a judgment call (all of the body's cases, all by the simple procedure)
    assert {r for r in got if r[:3] == ("enforcement.cases_filed", 9, "year")}, sorted(got)
    sequence = "对举报线索逐件核查，经核查后立案14件，已作出行政处罚决定9件，罚没款6.32万元。\n"
    got = keyed(rows(sequence, title))
    assert ("enforcement.cases_filed", 14, "year", "subset") in got, sorted(got)
    assert not {r for r in got if r[1] == 9 and r[0] == "enforcement.cases_filed"}, sorted(got)


def test_a_figure_after_a_semicolon_ending_a_run_of_parts_is_the_wholes() -> None:
    body = "全年立案查处各类违法案件214件，其中一般程序案件131件、简易程序案件83件；结案197件，罚没款386.5万元。\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_closed", 197, "year", "total") in got, sorted(got)
    part = "全年受理价格类投诉举报146件，办结率100%。\n"
    assert ("complaints.resolution_rate", 100, "year", "subset") in keyed(rows(part)), sorted(
        keyed(rows(part))
    )


def test_a_branch_counting_its_own_cases_is_the_whole_of_its_report() -> None:
    own = "2025年，分局共立案查处各类行政处罚案件428件，结案397件。\n"
    got = keyed(rows(own, "湖州市市场监督管理局吴兴分局2025年度行政执法统计\n\n"))
    assert ("enforcement.cases_filed", 428, "year", "total") in got, sorted(got)
    city = "2025年，全市共立案查处案件2,140件，其中吴兴分局立案查处案件428件。\n"
    got = keyed(rows(city, "湖州市市场监督管理局2025年度行政执法统计\n\n"))
    assert ("enforcement.cases_filed", 428, "year", "subset") in got, sorted(got)


def test_growth_written_as_a_multiple_is_the_year_on_year_change() -> None:
    body = (
        "全年立案查处各类违法案件214件，同比增长1.3倍。\n\n全年结案156件，是上年的2.1倍。\n\n"
        "罚没款93.6万元，较上年翻了一番。\n\n办理三倍赔偿投诉14件，力争案件数翻一番。\n"
    )
    changes = {r["value"]: r["yoy_pct"] for r in rows(body)}
    assert (changes[214], changes[156], changes[936000]) == (130, 110, 100), changes
    assert changes[14] is None, changes


def test_the_whole_system_after_the_own_level_in_one_sentence_is_the_whole() -> None:
    body = (
        "2024年，市局本级（含市综合行政执法队）立案查处案件97件，罚没款412.6万元，均已缴入国库；"
        "全市市场监管系统立案查处案件1,683件，罚没款3,276.5万元。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2024年度审计整改情况报告\n\n"))
    assert ("enforcement.cases_filed", 97, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 1683, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 32765000, "year", "total") in got, sorted(got)


def test_a_paragraph_opened_by_the_last_year_of_a_span_report_is_that_year() -> None:
    title = "某市市场监督管理局“十四五”时期工作回顾（2021—2025年）\n\n"
    body = (
        "五年来，全市累计查办案件12,974件。\n\n"
        "2025年，全市查办案件2,987件，同比增长7.4%。分区县看，甲区查办案件612件，乙区查办案件418件。\n\n"
        "五年累计受理投诉举报约52万件。\n"
    )
    periods = {r["value"]: r["period"] for r in rows(body, title)}
    assert (periods[12974], periods[2987], periods[612], periods[520000]) == (
        "cumulative",
        "year",
        "year",
        "cumulative",
    ), periods


def test_a_count_a_demonstrative_points_back_to_is_the_earlier_figure_again() -> None:
    body = "全年共办理行政诉讼案件5件。在这5件案件中，胜诉4件。\n\n在这3件中，撤诉1件。\n"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_received", 5, "year", "total") in got, sorted(got)
    assert [r["rule"] for r in rows(body) if r["value"] == 5][-1].startswith("restated:"), sorted(got)
    # a demonstrative with no earlier figure of its value points at nothing known
    assert not {r for r in got if r[1] == 3 and r[0].startswith("litigation.")}, sorted(got)


def test_a_figure_of_a_window_within_the_period_is_a_part() -> None:
    body = (
        "10月，全局受理投诉举报1,200件。国庆假期期间，全局受理投诉举报418件。\n\n"
        "专项行动期间，受理投诉举报300件。\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2025年10月工作情况\n\n"))
    assert ("complaints.received", 1200, "month", "total") in got, sorted(got)
    assert ("complaints.received", 418, "month", "subset") in got, sorted(got)
    assert ("complaints.received", 300, "month", "subset") in got, sorted(got)


def test_a_sub_unit_named_as_a_part_ends_at_its_semicolon() -> None:
    body = "全年开展重大执法决定法制审核1,106件，其中市局本级63件；组织案卷评查3轮，评查案卷418卷。\n"
    got = keyed(rows(body))
    assert ("enforcement.case_files_reviewed", 418, "year", "total") in got, sorted(got)
    subject = "全市各级消委会共受理消费者投诉1591件，解决1591件；为消费者挽回经济损失184.62万元。\n"
    got = keyed(rows(subject, "某市市场监督管理局2025年工作总结\n\n"))
    assert ("complaints.losses_recovered_cny", 1846200, "year", "subset") in got, sorted(got)


def test_all_the_lower_bureaus_as_a_clauses_subject_are_a_part() -> None:
    title = "某省市场监督管理局2025年法治政府建设年度报告\n\n"
    body = (
        "全年全省共查办案件5.6万件。各市（州）局共查办案件2.2万件。"
        "各县（市、区）市场监管局共查办案件3.1万件。\n\n全年指导、督办各市（州）局查办案件35件。\n"
    )
    got = keyed(rows(body, title))
    assert ("enforcement.cases_filed", 22000, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 31000, "year", "subset") in got, sorted(got)
    # the lower bureaus as the object of the author's work: its own count
    assert ("enforcement.cases_filed", 35, "year", "total") in got, sorted(got)


def test_a_case_verb_repeated_without_its_object_counts_the_same_cases() -> None:
    body = "东营区局查办案件612件，同比增长5.1%，河口区局查办418件，同比下降2.0%。\n"
    got = keyed(rows(body, "东营市市场监督管理局2025年工作总结\n\n"))
    assert ("enforcement.cases_filed", 418, "year", "subset") in got, sorted(got)


def test_a_clause_of_its_own_on_last_year_is_the_prior_year() -> None:
    for body in (
        "全年受理投诉举报612件，去年受理418件。\n",
        "全年查处违法案件612件，上年同期查处418件。\n",
        "去年查处违法案件418件，今年查处612件。\n",
    ):
        got = {r["value"]: (r["period"], r["scope"]) for r in rows(body)}
        assert got[418] == ("prior_year", "total") and got[612] == ("year", "total"), (body, got)
    compared = {r["value"]: r["period"] for r in rows("全年查处违法案件612件，比去年增加18件。\n")}
    assert compared[612] == "year", compared


def test_table_columns_of_dated_months_are_this_month_last_year_and_last_month() -> None:
    title = "某区2026年1月12315投诉举报情况通报\n\n"
    body = (
        "| 类别 | 2026年1月 | 2025年1月 | 2025年12月 | 2026年2月 |\n| --- | --- | --- | --- | --- |\n"
        "| 投诉 | 1 962件 | 1 781件 | 1 796件 | 2 000件 |\n| 咨询 | 1109 | 970 | 1011 | 1200 |\n"
    )
    got = {
        (r["value"], r["period"], r["year"]) for r in rows(body, title, "m.md") if r["metric_code"] != "other"
    }
    assert {(1962, "month", 2026), (1781, "prior_year", 2025), (1796, "prior_period", 2025)} <= got, got
    assert {(1109, "month", 2026), (970, "prior_year", 2025), (1011, "prior_period", 2025)} <= got, got
    assert not {g for g in got if g[0] in (2000, 1200)}, got  # a later month's: a target


def test_a_table_column_in_thousands_of_yuan_is_read_in_yuan() -> None:
    body = (
        "| 季度 | 立案数（件） | 涉案货值金额（千元） | 罚没金额（百万元） |\n| --- | --- | --- | --- |\n"
        "| 一季度 | 1,287 | 24,316.5 | 3.5 |\n| 全年 | 6,138 | 126,043.0 | 12.25 |\n"
    )
    got = keyed(rows(body, name="t.md"))
    assert ("enforcement.case_value_cny", 24316500, "quarter", "total") in got, sorted(got)
    assert ("enforcement.case_value_cny", 126043000, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 12250000, "year", "total") in got, sorted(got)


def test_one_case_closing_a_clause_of_outcomes_is_a_count_of_one() -> None:
    body = (
        "全年复议机关审结十七件，其中维持原行政行为十二件、驳回复议申请两件，撤销一件，终止审理二件。\n\n"
        "法院审结八件，其中我局胜诉七件、原告撤诉一件。\n\n"
        "对侵害消费者权益的行为，坚持发现一起、查处一起、曝光一起，起到查处一起、警示一片的效果。\n"
    )
    got = keyed(rows(body))
    assert ("litigation.reconsideration_corrected", 1, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_withdrawn", 1, "year", "total") in got, sorted(got)
    assert len([r for r in got if r[1] == 1]) == 2, sorted(got)  # the pledges count nothing


def test_one_case_after_another_one_in_a_list_of_outcomes_is_no_pledge() -> None:
    body = (
        "法院审结一审行政诉讼案件两件，其中判决驳回原告诉讼请求一件，原告撤诉一件；审结二审上诉案件一件。\n"
    )
    got = keyed(rows(body))
    assert ("litigation.lawsuits_withdrawn", 1, "year", "total") in got, sorted(got)


def test_table_columns_of_dated_quarters_are_this_quarter_last_year_and_last_quarter() -> None:
    title = "某市2025年第三季度12315投诉举报情况\n\n"
    body = (
        "| 类别 | 2025年第三季度 | 2024年第三季度 | 2025年第二季度 |\n| --- | --- | --- | --- |\n"
        "| 投诉 | 5120 | 4870 | 4990 |\n"
    )
    got = {(r["value"], r["period"], r["year"]) for r in rows(body, title, "q.md")}
    assert {(5120, "quarter", 2025), (4870, "prior_year", 2024), (4990, "prior_period", 2025)} <= got, got


def test_a_count_of_two_kinds_of_case_listed_after_it_is_the_disputes_total() -> None:
    body = "全年五件复议、诉讼案件中，因投诉举报处理引发的有四件。\n"
    got = keyed(rows(body))
    assert ("litigation.disputes_total", 5, "year", "total") in got, sorted(got)
    assert ("litigation.disputes_total", 4, "year", "subset") in got, sorted(got)


def test_the_figure_inside_a_frame_is_the_whole_of_its_parts() -> None:
    body = "全年八件行政复议案件中，因投诉举报处理引发的有六件。\n"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 8, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 6, "year", "subset") in got, sorted(got)


def test_cases_opened_from_the_clues_counted_are_a_subset_of_cases_filed() -> None:
    body = "全年受理举报线索1,034条，其中立案查处56件。\n\n收到检察院移送线索9条，其中依法立案7件、移交属地处理2件。\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 56, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 7, "year", "subset") in got, sorted(got)
    assert not any(r[0] == "complaints.received" and r[1] == 56 for r in got), sorted(got)


def test_an_average_per_day_or_month_is_no_count_of_the_period() -> None:
    body = (
        "全年受理投诉举报9,125件，日均25件。\n\n春节假期期间每天受理投诉40件。\n\n"
        "平均每月立案查处案件18件。\n"
    )
    got = {(r["metric_code"], r["value"]) for r in rows(body)}
    assert ("complaints.received", 9125) in got, sorted(got)
    assert ("complaints.received_daily_avg", 25) in got, sorted(got)
    assert ("complaints.received_daily_avg", 40) in got, sorted(got)
    assert ("enforcement.cases_filed_monthly_avg", 18) in got, sorted(got)
    assert not {v for c, v in got if c in ("complaints.received", "enforcement.cases_filed")} & {25, 40, 18}


def test_a_prior_value_after_a_count_that_fell_to_zero_is_that_counts() -> None:
    body = "复议机关审结12件，其中维持8件、终止4件，被纠错0件，上年为3件。\n"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_corrected", 3, "prior_year", "total") in got, sorted(got)


def test_kinds_of_lenient_case_listed_before_deng_are_lenient_decisions() -> None:
    body = "全年共办理首违不罚、轻微免罚等案件14件。\n\n依法作出不予处罚、减轻处罚等案件9件。\n"
    got = keyed(rows(body))
    assert ("enforcement.lenient_decisions", 14, "year", "total") in got, sorted(got)
    assert ("enforcement.lenient_decisions", 9, "year", "total") in got, sorted(got)


def test_a_column_of_last_years_running_total_is_prior_year() -> None:
    title = "某区2025年10月12315投诉举报情况\n\n"
    body = "| 类别 | 本月 | 1—10月累计 | 去年同期累计 |\n| --- | --- | --- | --- |\n| 投诉 | 388 | 4,120 | 3,967 |\n"
    got = {(r["value"], r["period"]) for r in rows(body, title, "t.md")}
    assert {(388, "month"), (4120, "to_date"), (3967, "prior_year")} <= got, got


def test_a_window_of_months_within_the_period_is_no_single_month() -> None:
    title = "某市2025年上半年工作总结\n\n"
    body = "2月至5月开展的“护苗”专项行动期间，全市查处案件86件。\n"
    got = {(r["metric_code"], r["value"], r["period"], r["scope"]) for r in rows(body, title)}
    assert ("enforcement.cases_filed", 86, "half_year", "subset") in got, got


def test_a_lawsuit_lost_stays_lost_after_a_reconsideration_clause() -> None:
    body = "全年被纠错9件、败诉3件。\n\n纠错率由上年的5.2%下降至零。我局败诉数为零。\n\n全年审结12件，败诉率由上年的12.5%降至0。\n"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_lost", 3, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 0, "year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_loss_rate", 0, "year", "total") in got, sorted(got)


def test_the_second_half_is_a_half_year_and_the_first_half_its_prior_period() -> None:
    body = "上半年受理投诉1,204件。下半年挽回经济损失96.3万元，较上半年（81.2万元）增长18.6%。\n"
    got = keyed(rows(body))
    assert ("complaints.losses_recovered_cny", 963000, "half_year", "total") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 812000, "prior_period", "total") in got, sorted(got)


def test_rows_of_a_qizhong_block_in_a_table_are_parts_of_the_row_above_it() -> None:
    body = (
        "| 指标 | 单位 | 2025年 | 2024年 |\n| --- | --- | --- | --- |\n"
        "| 立案查处案件 | 件 | 3,210 | 2,987 |\n| 其中：药品案件 | 件 | 1,405 | 1,322 |\n"
        "| 医疗器械案件 | 件 | 976 | 901 |\n| 结案 | 件 | 3,001 | 2,850 |\n"
    )
    got = keyed(rows(body, "某市2025年度行政执法统计公报\n\n", "t.md"))
    assert ("enforcement.cases_filed", 3210, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 1405, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 976, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_closed", 3001, "year", "total") in got, sorted(got)


def test_a_bare_name_after_a_comma_continues_a_list_of_parts() -> None:
    body = "全年受理投诉举报2,310件，其中线上1,560件，线下750件；办结2,298件。\n\n尚有罚没款12万元未缴。\n"
    got = keyed(rows(body))
    assert ("complaints.received", 750, "year", "subset") in got, sorted(got)
    assert ("complaints.resolved", 2298, "year", "total") in got, sorted(got)


def test_what_remains_is_no_part_of_the_list() -> None:
    body = "罚没款合计612万元，其中已缴入国库590万元，尚有22万元未按期缴纳。\n"
    got = keyed(rows(body))
    assert ("enforcement.fines_and_confiscations_cny", 220000, "year", "subset") not in got, sorted(got)


def test_a_mediation_settled_in_writing_is_mediated() -> None:
    body = "全年行政复议调解成功38件，其中受理前化解16件，受理后22件（含制发行政复议调解书9件）。\n"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_mediated", 22, "year", "subset") in got, sorted(got)
    assert ("litigation.reconsideration_mediated", 9, "year", "subset") in got, sorted(got)


def test_cases_carried_over_into_a_lawsuit_count_are_not_received() -> None:
    body = "全年共办理行政应诉案件21件，其中一审案件15件、二审案件6件；另有上年结转一审案件4件。\n"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_received", 4, "year", "subset") not in got, sorted(got)
    assert ("litigation.carried_over", 4, "year", "total") in got, sorted(got)


def test_a_notice_to_answer_a_reconsideration_is_one_received() -> None:
    body = "全年收到县人民政府转来的行政复议答复通知书9件，均在法定期限内提交答复。\n"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_received", 9, "year", "total") in got, sorted(got)


def test_all_reconsiderations_named_in_a_disclosure_report_are_the_whole() -> None:
    body = "因政府信息公开工作被申请行政复议4件，占本机关全年行政复议案件总数（19件）的21.05%。\n"
    got = keyed(rows(body, "某市市场监督管理局2025年政府信息公开工作年度报告\n\n"))
    assert ("litigation.reconsideration_received", 19, "year", "total") in got, sorted(got)
    assert ("litigation.reconsideration_received", 4, "year", "subset") in got, sorted(got)


def test_which_cases_before_de_anjian_gong_names_them() -> None:
    body = "全年一审审结行政案件64件，其中判决驳回原告诉讼请求、裁定驳回起诉的案件共41件。\n"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_won", 41, "year", "total") in got, sorted(got)


def test_a_prior_rate_of_nothing_is_read_without_its_unit() -> None:
    body = "全年行政复议纠错率为8.3%，上年同期为0。全年败诉案件1件，去年为零。\n"
    got = keyed(rows(body))
    assert ("litigation.reconsideration_correction_rate", 0, "prior_year", "total") in got, sorted(got)
    assert ("litigation.lawsuits_lost", 0, "prior_year", "total") in got, sorted(got)


def test_a_category_of_cases_said_to_be_a_share_of_a_whole_is_a_part_of_it() -> None:
    body = "一是答复不规范仍是引发诉讼的主要原因，8件投诉举报类案件占一审收案的53.3%。\n"
    got = keyed(rows(body))
    assert ("litigation.lawsuits_received", 8, "year", "subset") in got, sorted(got)
    assert not any(k[0] == "complaints.received" for k in got), sorted(got)


def test_a_column_of_money_won_back_headed_with_its_amount() -> None:
    body = (
        "表1 各县投诉情况\n\n| 县（区） | 投诉（件） | 挽回经济损失金额（万元） |\n|---|---:|---:|\n"
        "| 甲县 | 1,204 | 88.40 |\n| 合计 | 2,310 | 160.25 |\n"
    )
    got = keyed(rows(body, name="t.md"))
    assert ("complaints.losses_recovered_cny", 884000, "year", "subset") in got, sorted(got)
    assert ("complaints.losses_recovered_cny", 1602500, "year", "total") in got, sorted(got)


def test_a_row_of_the_total_received_counts_what_the_headline_received() -> None:
    body = (
        "11月，共受理消费者投诉举报咨询1,826件。\n\n表1 主要指标\n\n"
        "| 指标 | 本月 |\n|---|---:|\n| 受理总量（件） | 1826 |\n| 其中：投诉（件） | 702 |\n"
    )
    got = rows(body, "某区2025年11月12315投诉举报咨询情况分析\n\n", "t.md")
    codes = [r["metric_code"] for r in got if r["value"] == 1826]
    assert codes == ["complaints.received_incl_inquiries"] * 2, codes


def test_so_far_this_year_in_a_later_months_report_is_to_date() -> None:
    body = "11月，共受理投诉举报咨询1,826件。今年以来，全区累计为消费者挽回经济损失301.75万元。\n"
    got = keyed(rows(body, "某区2025年11月12315投诉举报咨询情况分析\n\n"))
    assert ("complaints.losses_recovered_cny", 3017500, "to_date", "total") in got, sorted(got)


def test_so_far_this_year_in_a_half_years_report_is_the_half_year() -> None:
    body = "今年以来，全县共立案查处各类违法案件86件。\n"
    got = keyed(rows(body, "某县市场监督管理局2025年上半年工作总结\n\n"))
    assert ("enforcement.cases_filed", 86, "half_year", "total") in got, sorted(got)


def test_complaints_from_buying_online_count_as_online_shopping() -> None:
    body = "全年受理投诉举报5,120件。其中，网上购物引发的投诉举报1,240件。\n"
    got = keyed(rows(body))
    assert ("complaints.online_shopping", 1240, "year", "total") in got, sorted(got)


def test_figures_within_one_category_of_complaints_are_a_subset() -> None:
    body = "全年受理投诉举报5,120件。食品类中，涉及网络订餐的投诉举报908件，占食品类的41.2%。\n"
    got = keyed(rows(body))
    assert ("complaints.received", 5120, "year", "total") in got, sorted(got)
    assert ("complaints.received", 908, "year", "subset") in got, sorted(got)


def test_a_table_under_a_heading_about_receiving_counts_the_received_headline() -> None:
    body = (
        "一、受理总体情况\n\n二季度，全市共受理投诉举报咨询6,210件，环比上季度（5,874件）增长5.72%。\n\n"
        "按渠道分列如下：\n\n"
        "| 渠道 | 本季度(件) | 上季度(件) |\n| --- | --- | --- |\n"
        "| 12315热线 | 2,480 | 2,301 |\n| 全国12315平台 | 3,730 | 3,573 |\n| 合计 | 6,210 | 5,874 |\n"
    )
    got = keyed(rows(body, QUARTER_TITLE, "q.md"))
    code = "complaints.received_incl_inquiries"
    assert (code, 2480, "quarter", "subset") in got, sorted(got)
    assert (code, 3573, "prior_period", "subset") in got, sorted(got)
    assert (code, 6210, "quarter", "total") in got, sorted(got)


def test_inquiries_and_complaints_named_together_count_both() -> None:
    body = "全年受理投诉举报咨询8,406件。在社区服务站接待群众咨询投诉312件。\n"
    got = keyed(rows(body))
    assert ("complaints.received_incl_inquiries", 312, "year", "total") in got, sorted(got)


def test_figures_during_consumer_rights_day_are_a_window() -> None:
    body = "全年受理投诉举报5,120件。“3·15”国际消费者权益日期间，在商圈设点现场受理投诉举报86件。\n"
    got = keyed(rows(body))
    assert ("complaints.received", 86, "year", "subset") in got, sorted(got)


def test_public_opinion_handled_with_an_adverb_before_the_verb() -> None:
    body = "全年监测网络舆情信息1.2万余条，对其中涉及食品安全的舆情及时处置58条。\n"
    got = keyed(rows(body))
    assert ("complaints.public_opinion_handled", 58, "year", "total") in got, sorted(got)
    assert not any(k[0] == "complaints.public_opinion_handled" and k[1] == 12000 for k in got), sorted(got)


def test_a_part_after_the_list_of_kinds_is_a_part_of_the_whole() -> None:
    body = (
        "全年共受理投诉举报咨询12,640件。其中投诉6,102件、举报1,318件、咨询5,220件；"
        "通过12345热线转办的1,044件，已计入上述总量。\n"
    )
    got = keyed(rows(body))
    assert ("complaints.received_incl_inquiries", 1044, "year", "subset") in got, sorted(got)


def test_figures_after_a_share_of_the_years_target_are_facts() -> None:
    body = (
        "今年以来，全市共立案查处各类案件4,210件，完成年度目标任务的84.2%；结案3,706件；罚没款3,204.5万元。\n"
    )
    got = keyed(rows(body, "某市市场监督管理局2025年1—10月执法办案工作进展情况\n\n"))
    assert ("enforcement.cases_closed", 3706, "to_date", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 32045000, "to_date", "total") in got, sorted(got)


def test_a_ranking_tables_unranked_row_and_total_row_are_read() -> None:
    body = (
        "表　各单位执法办案进度排名\n\n排名\t单位\t立案数(件)\t罚没款(万元)\n1\t甲区局\t742\t816.4\n"
        "2\t乙县局\t571\t502.3\n—\t市局执法支队\t106\t267.1\n\t合计\t1,419\t1,585.8\n\n注：支队不参与排名。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 106, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 1419, "year", "total") in got, sorted(got)
    assert ("enforcement.fines_and_confiscations_cny", 15858000, "year", "total") in got, sorted(got)


def test_a_count_after_only_is_still_named_by_its_words() -> None:
    body = "全市立案查处各类案件1,200件。度假区分局立案数仅41件，进度明显滞后。\n"
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 41, "year", "subset") in got, sorted(got)


def test_penalties_decided_on_the_spot_are_simplified_procedure_cases_filed() -> None:
    body = (
        "上半年，全局共立案查处各类违法案件602件。其中，一般程序案件455件；"
        "适用简易程序当场作出处罚决定147件（上年同期131件）。\n"
    )
    got = keyed(rows(body, "某区市场监督管理局2025年上半年行政处罚案件办理情况的通报\n\n"))
    assert ("enforcement.cases_filed", 147, "half_year", "subset") in got, sorted(got)
    assert not any(k[0] == "enforcement.cases_closed" for k in got), sorted(got)


def test_fines_reduced_and_fines_due_but_waived_are_lenient_amounts() -> None:
    body = (
        "全年办理不予处罚和减轻处罚案件41件，减免罚没款56.2万元，其中不予处罚案件涉及应罚款金额38.9万元，"
        "减轻处罚案件减少罚款17.3万元。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.lenient_amount_cny", 389000, "year", "subset") in got, sorted(got)
    assert ("enforcement.lenient_amount_cny", 173000, "year", "subset") in got, sorted(got)
    assert not any(k[0] == "enforcement.fines_cny" for k in got), sorted(got)


def test_a_distribution_after_a_semicolon_in_a_parts_sentence_parts_the_whole() -> None:
    body = (
        "全年立案查处各类违法案件112件，结案104件。其中，一般程序案件93件；"
        "从领域看，食品类案件46件、价格类案件15件。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 46, "year", "subset") in got, sorted(got)
    assert ("enforcement.cases_filed", 15, "year", "subset") in got, sorted(got)


def test_a_sentence_opened_by_of_which_parts_the_whole_before_it() -> None:
    body = "全年公示行政处罚信息1,820条，公示率100%。其中，市本级公示204条，各县区局公示1,616条。\n"
    got = keyed(rows(body))
    assert ("enforcement.penalties_published", 204, "year", "subset") in got, sorted(got)
    assert ("enforcement.penalties_published", 1616, "year", "subset") in got, sorted(got)


def test_a_campaigns_figure_of_the_year_before_is_a_prior_year_comparison() -> None:
    body = (
        "行动期间，全省共查办“铁拳”案件1,408件，同比增长12.6%（2024年行动期间为1,250件）；"
        "罚没款4,870.2万元（2024年行动期间为4,102.6万元）。\n"
    )
    got = keyed(rows(body, "某省市场监督管理局关于2025年民生领域案件查办“铁拳”行动情况的通报\n\n"))
    assert any(k[:3] == ("enforcement.cases_filed", 1250, "prior_year") for k in got), sorted(got)
    assert any(k[:3] == ("enforcement.fines_and_confiscations_cny", 41026000, "prior_year") for k in got), (
        sorted(got)
    )


def test_case_files_reviewed_of_a_named_year_or_by_the_unit_itself() -> None:
    body = "组织全市案卷交叉评查，评查2025年度行政处罚案卷412卷。全年组织案卷自查两轮，自查案卷96卷。\n"
    got = keyed(rows(body))
    assert any(k[:2] == ("enforcement.case_files_reviewed", 412) for k in got), sorted(got)
    assert any(k[:2] == ("enforcement.case_files_reviewed", 96) for k in got), sorted(got)


def test_cases_discussed_at_the_collective_meetings_named_before() -> None:
    body = "全年召开重大案件集体讨论会议18次，审议案件27件。\n"
    got = keyed(rows(body))
    assert ("enforcement.major_decisions_reviewed", 27, "year", "total") in got, sorted(got)


def test_cases_filed_after_leads_of_every_kind_are_the_whole() -> None:
    body = (
        "全年共接收各类案件线索4,820条，立案查处违法案件3,512件；12315平台转化案件线索36条，据此立案24件。\n"
    )
    got = keyed(rows(body))
    assert ("enforcement.cases_filed", 3512, "year", "total") in got, sorted(got)
    assert ("enforcement.cases_filed", 24, "year", "subset") in got, sorted(got)
