"""The message catalogs: both languages hold every code with the same fields, every code the
sources use exists, and a `Msg` is its Chinese text while rendering in English on request."""

from __future__ import annotations

import pickle
import re
from datetime import date, datetime
from pathlib import Path

import pytest

import disputekit
from disputekit.domain.case.vocabulary import PaymentMethod
from disputekit.messages import Day, Joined, Msg, When, msg, render
from disputekit.messages.message import CATALOGS, placeholders
from disputekit.store.vault.intake_errors import CODES
from disputekit.timeutil import SHANGHAI

SOURCES = Path(disputekit.__file__).resolve().parent
# msg("code", ...) with a literal code; a code chosen by an expression is any quoted literal
# that names a code; a code built at run time (an f-string) is listed in DYNAMIC.
_USE = re.compile(r"""\bmsg\(\s*["']([a-z0-9_.]+)["']""")
_LITERAL = re.compile(r"""["']([a-z0-9_]+\.[a-z0-9_.]+)["']""")
_DYNAMIC = re.compile(r"""\bmsg\(\s*f["']""")
DYNAMIC = {"contact.field.phone", "contact.field.address"} | {f"intake.{c}" for c in CODES}


def test_both_languages_have_every_code():
    zh, en = set(CATALOGS["zh_CN"]), set(CATALOGS["en"])
    assert not zh - en, f"no English for: {sorted(zh - en)}"
    assert not en - zh, f"no Chinese for: {sorted(en - zh)}"


@pytest.mark.parametrize("code", sorted(CATALOGS["zh_CN"]))
def test_both_templates_take_the_same_fields(code: str):
    assert placeholders(CATALOGS["en"][code]) == placeholders(CATALOGS["zh_CN"][code])
    assert CATALOGS["en"][code].strip() and CATALOGS["zh_CN"][code].strip()


def test_every_code_the_sources_use_is_in_the_catalogs():
    used: set[str] = set(DYNAMIC)
    literals: set[str] = set()
    dynamic_files = []
    for path in SOURCES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(_USE.findall(text))
        literals |= set(_LITERAL.findall(text))
        if _DYNAMIC.search(text):
            dynamic_files.append(path.name)
    assert used, "no msg() call found: the pattern no longer matches the sources"
    missing = sorted(used - set(CATALOGS["zh_CN"]))
    assert not missing, f"codes used but not in the catalogs: {missing}"
    expected = ["contact_check.py", "intake_errors.py"]
    assert sorted(dynamic_files) == expected, "list run-time codes in DYNAMIC"
    unused = sorted(set(CATALOGS["zh_CN"]) - used - literals)
    assert not unused, f"catalog entries no source uses: {unused}"


def test_a_missing_code_fails_at_once():
    with pytest.raises(KeyError):
        msg("no.such.code")


def test_a_msg_is_its_chinese_text_and_renders_in_english():
    m = msg("step.cancel.find_order", order_no="KM-1")
    assert m == "登录平台，进入“个人中心”或“订单管理”，找到订单KM-1，确认状态仍为“待发货”"
    assert isinstance(m, str) and m.code == "step.cancel.find_order"
    assert render(m, "en").startswith("Log in to the platform")
    assert "KM-1" in render(m, "en")
    assert render(m, "zh_CN") == m
    assert render("用户自己写的话", "en") == "用户自己写的话"


def test_parameters_render_in_the_language():
    due = datetime(2026, 10, 9, 15, 59, tzinfo=SHANGHAI)
    m = msg("step.appeal_pending.wait", due=When(due))
    assert m == "等待平台申诉结果，最迟至2026年10月9日 15:59"
    assert (
        render(m, "en")
        == "Wait for the platform's appeal result, at the latest until 9 Oct 2026 15:59"
    )
    refund = msg("step.refund_chase.check", method=PaymentMethod.WECHAT_PAY)
    assert refund == "查看微信支付账单，确认确未到账并截图"
    assert render(refund, "en").startswith("Check the WeChat Pay bill")
    day = msg("eligibility.barred", last=Day(date(2029, 1, 5)), basis="B", laws="L")
    assert "12315投诉时限至2029年1月5日" in day
    assert "ended on 5 Jan 2029" in render(day, "en")


def test_nested_and_joined_messages_follow_the_language():
    labels = Joined((msg("field.complainant.name"), msg("field.complainant.phone")))
    m = msg("eligibility.missing_fields", labels=labels, laws="《X》第十条")
    assert m == "投诉材料不全，缺少投诉人姓名、投诉人电话号码（《X》第十条）"
    assert render(m, "en") == (
        "The complaint is incomplete; missing: the complainant's name, the complainant's phone "
        "number (《X》第十条)"
    )
    outer = msg("step.regulator_file.problems", problems=Joined((m, m), "clauses"))
    assert render(outer, "en").count("The complaint is incomplete") == 2
    assert "；投诉材料不全" in outer


def test_a_msg_survives_pickling_and_repr():
    m = msg("step.appeal_pending.wait", due=When(datetime(2026, 10, 9, tzinfo=SHANGHAI)))
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.code == m.code and render(back, "en") == render(m, "en")
    assert "step.appeal_pending.wait" in repr(m)
    assert isinstance(back, Msg)


def test_an_intake_error_speaks_both_languages():
    from disputekit.store.vault.intake_errors import intake_error

    error = intake_error(Path("a.png"), "truncated", "12 bytes missing", "缺少 12 字节")
    assert (
        str(error) == "「a.png」不完整：缺少 12 字节（可能在复制或下载时中断，请重新截图或下载）。"
    )
    english = render(error.text, "en")
    assert english.startswith("a.png is incomplete: 12 bytes missing (it was probably")
    assert error.args == (error.text,)  # the CLI prints the Chinese text
