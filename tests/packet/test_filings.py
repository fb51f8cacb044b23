"""Filings a clerk accepts, read back from the PDFs: the court from parsed divisions, minors
through their 法定代理人, complete parties, claims earned by facts, eligible agents with a
授权委托书, one respondent, facts once and in time order, plain words, one voice, one signer."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from disputekit.domain.case.vocabulary import CourtBasis, PacketKind
from disputekit.domain.legal.jurisdiction import regulator_note
from disputekit.packet.pages.blank_rows import blank_rows
from disputekit.packet.preflight import preflight

TODAY = date(2026, 11, 27)
MINOR = {
    "complainant.birth_date": "2012-03-05",
    "complainant.gender": "male",
    "complainant.guardian": {
        "name": "王大山",
        "phone": "13700000000",
        "id_number": "330106198001011234",
        "relation": "parent",
    },
}


def _case(tmp_path: Path, kit, change: dict | None = None):
    folder = kit.sample_folder(tmp_path / "c", screenshots=2, with_jpeg=False)
    if change:
        kit.edit_case(folder, change)
    return folder, kit.load(folder)


def _text(kit, folder: Path, case, kind: str, name: str = "p") -> list[str]:
    out = folder / f"{name}-{kind}.pdf"
    kit.build(case, folder, out, kind=kind, today=TODAY, draft=True)
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(out).pages]


def _codes(case, kind: PacketKind) -> dict[str, str]:
    return {b.field_path or "": b.code for b in preflight(case, kind, TODAY)}


# --- the right court ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "court"),
    [
        ("上海市黄浦区北京东路1号", "此致上海市黄浦区人民法院"),
        ("南京市鼓楼区广州路8号", "此致南京市鼓楼区人民法院"),
        ("浙江省宁波市杭州湾新区滨海二路1号", "此致________人民法院"),
    ],
)
def test_the_court_comes_from_the_defendants_parsed_divisions(tmp_path, kit, address, court):
    folder, case = _case(tmp_path, kit, {"respondent.address": address})
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert court in whole
    assert "北京互联网法院" not in whole and "广州互联网法院" not in whole
    assert "被告住所地（《中华人民共和国民事诉讼法》第二十二条、第二十四条）" in whole


def test_the_buyer_may_sue_at_home_as_the_place_of_performance(tmp_path, kit):
    folder, case = _case(
        tmp_path,
        kit,
        {
            "respondent.address": "上海市黄浦区北京东路1号",
            "complainant.address": "北京市朝阳区望京街10号",
            "claims.court_at": "buyer",
        },
    )
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert "此致北京互联网法院" in whole
    assert "原告住所地（合同履行地）在北京市" in whole
    assert "解释》第二十条）：北京互联网法院" in whole
    assert (
        "被告住所地（《中华人民共和国民事诉讼法》第二十二条、第二十四条）：上海市黄浦区人民法院"
        in whole
    )


# --- a minor sues through the guardian ----------------------------------------------------


def test_a_minor_sues_through_the_guardian_as_legal_representative(tmp_path, kit):
    change = {**MINOR, "filed_by.name": "王大山", "filed_by.relation": "guardian"}
    folder, case = _case(tmp_path, kit, change)
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert "法定代理人王大山" in whole
    assert "与原告关系原告的监护人（父母）" in whole
    assert "委托诉讼代理人" not in whole
    assert "授权委托书" not in whole.replace("授权委托书1份", "")  # none from child to parent
    assert "具状人（原告的法定代理人）：王大山" in whole
    for kind in ("complaint_12315", "consumer_association"):
        text = "".join(_text(kit, folder, case, kind))
        assert "法定代理人王大山" in text, kind
        assert "受托人" not in text and "代为申请人" not in text, kind


def test_the_precheck_asks_for_the_guardian(tmp_path, kit):
    change = {k: v for k, v in MINOR.items() if k != "complainant.guardian"}
    _, case = _case(tmp_path, kit, change)
    codes = _codes(case, PacketKind.COMPLAINT_12315)
    assert codes["complainant.guardian.name"] == "guardian_missing"
    assert codes["complainant.guardian.phone"] == "guardian_missing"
    assert "complainant.guardian.id_number" in _codes(case, PacketKind.CIVIL_COMPLAINT)
    # Judged on the order day (2026-11-20): 18 on 2026-11-21 is still a minor then.
    _, adult_next_day = _case(tmp_path / "b", kit, {"complainant.birth_date": "2008-11-21"})
    assert "complainant.guardian.name" in _codes(adult_next_day, PacketKind.COMPLAINT_12315)
    _, adult = _case(tmp_path / "a", kit, {"complainant.id_number": "33010620081120123X"})
    assert "complainant.guardian.name" not in _codes(adult, PacketKind.COMPLAINT_12315)


# --- complete parties ---------------------------------------------------------------------


def test_parties_carry_what_article_124_asks(tmp_path, kit):
    folder, case = _case(
        tmp_path,
        kit,
        {
            "complainant.ethnicity": "汉族",
            "complainant.occupation": "教师",
            "respondent.legal_rep": {"name": "赵某", "title": "执行董事"},
        },
    )
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert "民族汉族" in whole and "职业教师" in whole and "工作单位未填写" in whole
    assert "法定代表人赵某（执行董事）" in whole
    blanks = {b.field_path: b.label_zh for b in blank_rows(case, PacketKind.CIVIL_COMPLAINT)}
    assert blanks.get("complainant.employer") == "原告工作单位"
    assert "complainant.ethnicity" not in blanks and "complainant.occupation" not in blanks
    assert "complainant.employer" not in {
        b.field_path for b in blank_rows(case, PacketKind.COMPLAINT_12315)
    }


# --- claims earned by facts ---------------------------------------------------------------


def test_claims_print_with_their_articles_and_the_total_sums_them(tmp_path, kit):
    change = {
        "problem": "invalid_goods",
        "claims.fraud_damages": True,
        "claims.other": "三倍赔偿1476元",
    }
    folder, case = _case(tmp_path, kit, change)
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert (
        "1.判令被告退还原告货款¥98.50（依据：《中华人民共和国消费者权益保护法》第二十四条）"
        in whole
    )
    # 3 × ¥98.50 is under ¥500, so ¥500 (消法第五十五条).
    assert (
        "2.判令被告按所付价款的三倍向原告支付赔偿金¥500.00（依据：《中华人民共和国消费者权益保护法》第五十五条）"
        in whole
    )
    assert "标的总额：¥598.50" in whole
    assert "原告另述（原话，非上列诉讼请求）：“三倍赔偿1476元”" in whole
    assert not re.search(r"\d\.三倍赔偿1476元", whole)


def test_fraud_damages_without_facts_of_fraud_are_refused(tmp_path, kit):
    _, case = _case(tmp_path, kit, {"claims.fraud_damages": True})
    assert _codes(case, PacketKind.CIVIL_COMPLAINT)["claims.fraud_damages"] == "claim_unsupported"


def test_a_void_purchase_rests_on_article_145_never_beside_breach(tmp_path, kit):
    folder, case = _case(tmp_path, kit, {**MINOR, "claims.void_purchase": True})
    whole = "".join(_text(kit, folder, case, "civil_complaint"))
    assert (
        "行为无效，判令被告返还原告货款¥98.50（依据：《中华人民共和国民法典》第十九条、第一百四十五条）"
        in whole
    )
    assert "第五百七十七条" not in whole and "第五十三条" not in whole
    _, both = _case(tmp_path / "b", kit, {**MINOR, "claims.void_purchase": True,
                                          "claims.delivery": True})  # fmt: skip
    assert _codes(both, PacketKind.CIVIL_COMPLAINT)["claims.delivery"] == "claim_contradiction"
    _, adult = _case(tmp_path / "a", kit, {"claims.void_purchase": True})
    assert _codes(adult, PacketKind.CIVIL_COMPLAINT)["claims.void_purchase"] == "claim_unsupported"


# --- eligible agents, with a 授权委托书 --------------------------------------------------


def test_a_volunteer_is_no_court_agent_unless_recommended(tmp_path, kit):
    _, case = _case(tmp_path, kit)  # the sample's filer is a volunteer
    assert _codes(case, PacketKind.CIVIL_COMPLAINT)["filed_by.relation"] == "agent_ineligible"
    assert "filed_by.relation" not in _codes(case, PacketKind.COMPLAINT_12315)
    _, unnamed = _case(tmp_path / "b", kit, {"filed_by.relation": "recommended"})
    codes = _codes(unnamed, PacketKind.CIVIL_COMPLAINT)
    assert codes["filed_by.recommended_by"] == "agent_ineligible"


def test_the_civil_packet_carries_the_power_of_attorney(tmp_path, kit):
    change = {"filed_by.relation": "recommended", "filed_by.recommended_by": "文三路社区居委会"}
    folder, case = _case(tmp_path, kit, change)
    texts = _text(kit, folder, case, "civil_complaint")
    whole = "".join(texts)
    assert "委托诉讼代理人李昇珺" in whole
    assert "社区、单位或社会团体推荐的公民（推荐单位：文三路社区居委会）" in whole
    power = next(t for t in texts if t.startswith("授权委托书"))
    assert "委托事项：" in power and "委托权限：一般授权" in power
    assert "特别授权（代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉）" in power
    assert "推荐材料和当事人属于该社区、单位的证明材料（解释第八十八条第（五）项）" in whole
    assert "与委托人关系：社区、单位或社会团体推荐的公民（推荐单位：文三路社区居委会）" in power
    assert "提交时须附受托人的身份证件、推荐材料" in power


# --- the regulator and the respondent -----------------------------------------------------


def test_the_article_13_note_keeps_the_three_addresses_apart(tmp_path, kit):
    _, case = _case(
        tmp_path,
        kit,
        {
            "respondent.address": "浙江省杭州市滨江区网商路599号",
            "respondent.platform_address": "广东省深圳市南山区科技园1号",
        },
    )
    note = regulator_note(case)
    assert "星辰卡盟住所地（广东省深圳市南山区科技园1号）" in note
    assert "网商路599号" not in note  # the seller's own 住所地 is not the platform's
    case.respondent.shop_address = "广州市天河区某路3号"
    assert "在平台公示的地址（广州市天河区某路3号）" in regulator_note(case)


def test_the_12315_cover_names_one_respondent_and_the_platform_as_place_of_sale(tmp_path, kit):
    folder, case = _case(tmp_path, kit)
    cover = _text(kit, folder, case, "complaint_12315")[1]
    assert "被投诉人杭州堃昇网络科技有限公司" in cover
    assert "交易平台（销售场所）星辰卡盟" in cover
    assert "被投诉人（平台）" not in cover and cover.count("被投诉人") == 1


# --- one document -------------------------------------------------------------------------

EVENTS = [
    {"id": "ev1", "at": "2026-11-20T10:15:00+08:00", "kind": "ordered", "note": "下单"},
    {"id": "ev2", "at": "2026-11-20T10:16:00+08:00", "kind": "paid", "note": "付款"},
    {"id": "ev3", "at": "2026-11-20T11:00:00+08:00", "kind": "cs_contacted", "note": "二次询问"},
    {"id": "ev4", "at": "2026-11-20T10:50:00+08:00", "kind": "cs_refused", "note": "客服拒绝退款",
     "outcome": "negative", "evidence": ["e1"]},
    {"id": "ev5", "at": "2026-11-22T09:00:00+08:00", "kind": "appeal_result", "note": "申诉驳回",
     "outcome": "negative", "evidence": ["e2"]},
    {"id": "ev6", "at": "2026-11-23T09:00:00+08:00", "kind": "complaint_filed",
     "note": "向12315投诉"},
]  # fmt: skip


def test_facts_are_told_in_time_order_each_step_once(tmp_path, kit):
    folder, case = _case(tmp_path, kit, {"events": EVENTS, "order.payment_method": "wechat_pay"})
    for kind, story in (
        ("consumer_association", "二、事实和理由"),
        ("civil_complaint", "事实和理由"),
    ):
        whole = "".join(_text(kit, folder, case, kind))
        whole = whole[: whole.index("证据目录依照")]  # each exhibit's own 证明对象 aside
        told = whole[whole.index(story) :]
        assert told.index("10:50，客服拒绝") < told.index("11:00，联系客服"), kind
        # Once in the story and once in the table, never a third time.
        assert whole.count("客服拒绝退款") == 2, kind
        assert whole.count("二次询问") == 2, kind


def test_no_doubled_or_odd_words(tmp_path, kit):
    change = {"events": EVENTS, "order.payment_method": "wechat_pay", "problem": "other"}
    folder, case = _case(tmp_path, kit, change)
    for kind in ("civil_complaint", "consumer_association", "complaint_12315", "appeal"):
        whole = "".join(_text(kit, folder, case, kind))
        assert "向12315投诉：向12315投诉" not in whole, kind
        assert "（结果：不利）" not in whole and "驳回（申诉驳回）" not in whole, kind
        assert "申诉结果：申诉驳回" in whole, kind
        assert "通过微信支付支付" not in whole, kind
        assert "交付情况：其他" not in whole and "问题（其他）" not in whole, kind


@pytest.mark.parametrize(
    ("kind", "voice", "others"),
    [
        ("civil_complaint", "原告", ("本人", "投诉人", "申请人")),
        ("complaint_12315", "投诉人", ("本人", "原告", "申请人")),
        ("consumer_association", "申请人", ("本人", "原告", "投诉人")),
    ],
)
def test_one_voice_per_kind(tmp_path, kit, kind, voice, others):
    folder, case = _case(tmp_path, kit, {"events": EVENTS})
    body = "".join(_text(kit, folder, case, kind)[1:])  # the buyer's note aside
    assert voice in body
    for other in others:
        assert other not in body, other


def test_the_same_signer_signs_the_catalog_and_the_statement(tmp_path, kit):
    folder, case = _case(tmp_path, kit)
    whole = "".join(_text(kit, folder, case, "complaint_12315"))
    assert "提交人（受托人）：李昇珺" in whole
    assert "受托人：李昇珺（签名）" in whole


def test_each_exhibit_proves_its_own_point(tmp_path, kit):
    folder, case = _case(tmp_path, kit)  # both screenshots carry the same copied note
    whole = "".join(_text(kit, folder, case, "complaint_12315"))
    catalog = whole[whole.index("五、证据目录") :]
    assert "订单已付款但商品未到账，客服拒绝提供发货凭证" not in catalog
    assert "10:15，下单：" in catalog and "10:40，联系客服：" in catalog


def test_the_software_line_is_only_on_the_buyers_cover_note(tmp_path, kit):
    folder, case = _case(tmp_path, kit, {"complainant.id_number": "33010619900101123X"})
    for kind in ("civil_complaint", "consumer_association", "complaint_12315", "appeal"):
        texts = _text(kit, folder, case, kind)
        assert "本页无需提交" in texts[0] and "DisputeKit软件" in texts[0], kind
        assert not any("DisputeKit软件" in t for t in texts[1:]), kind


def test_a_minors_power_of_attorney_is_signed_by_the_guardian(tmp_path, kit):
    folder, case = _case(tmp_path, kit, MINOR)  # a volunteer files for the minor
    texts = _text(kit, folder, case, "complaint_12315")
    power = next(t for t in texts if t.startswith("授权委托书"))
    assert "委托人：王镕喆（法定代理人：王大山）" in power
    assert "（由法定代理人王大山代签）" in power


def test_a_court_that_cannot_be_read_is_a_blank_row_at_the_chosen_address(tmp_path, kit):
    _, case = _case(tmp_path, kit, {"respondent.address": "广东省东莞市南城街道1号"})
    rows = {b.field_path: b.label_zh for b in blank_rows(case, PacketKind.CIVIL_COMPLAINT)}
    assert rows["respondent.address"] == "受诉法院（将印为“________人民法院”）"
    case.claims.court_at = CourtBasis.BUYER  # the buyer's Hangzhou address names a court
    rows = {b.field_path: b.label_zh for b in blank_rows(case, PacketKind.CIVIL_COMPLAINT)}
    assert "respondent.address" not in rows


def test_the_legal_basis_quotes_the_articles_the_claims_rest_on(tmp_path, kit):
    folder, case = _case(tmp_path, kit, {**MINOR, "claims.void_purchase": True})
    whole = "".join(_text(kit, folder, case, "complaint_12315"))
    basis = whole[whole.index("三、法律依据") : whole.rindex("四、时间线")]
    assert "《中华人民共和国民法典》第一百四十五条第一百四十五条限制民事行为能力人" in basis
    assert "第五十三条" not in basis and "第五百七十七条" not in basis
    folder, fraud = _case(tmp_path / "f", kit, {"problem": "invalid_goods",
                                                "claims.fraud_damages": True})  # fmt: skip
    whole = "".join(_text(kit, folder, fraud, "complaint_12315"))
    assert "《中华人民共和国消费者权益保护法》第五十五条第五十五条经营者提供商品" in whole
    assert "请求经营者按所付价款的三倍增加赔偿¥500.00" in whole
