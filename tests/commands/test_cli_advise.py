"""`disputekit advise`: case file or stored id, --today, --json, exit codes."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.domain.case.document.case_json import case_from_dict
from disputekit.timeutil import SHANGHAI

CASE = {
    "format": "disputekit.case/1",
    "complainant": {"name": "张三", "phone": "13800000000", "address": "上海市浦东新区某路1号"},
    "respondent": {"platform": "某某卡盟", "company": "某某网络科技有限公司", "address": "杭州市"},
    "order": {
        "order_no": "KM2026092900123",
        "product": "腾讯Q币 100元",
        "amount_paid": "98.50",
        "payment_method": "alipay",
        "ordered_at": "2026-09-28T09:30:00+08:00",
        "status": "cancelled",
    },
    "problem": "no_longer_needed",
    "claims": {"refund_amount": "98.50"},
    "events": [{"id": "ev1", "at": "2026-09-29T15:00:00+08:00", "kind": "cancelled"}],
}


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    return path


def test_json_output(case_file, capsys):
    assert main(["advise", str(case_file), "--today", "2026-10-08", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == [
        "channel",
        "reason",
        "steps",
        "message",
        "missing_evidence",
        "deadlines",
        "eligibility",
        "warnings",
    ]
    assert data["channel"] == "customer_service"
    assert data["missing_evidence"] == [["order_screenshot"], ["payment_record"]]
    refund = data["deadlines"][0]
    assert refund == {
        "kind": "refund_due",
        "due": "2026-10-09T23:59:59+08:00",  # 3 working days across National Day
        "rule": refund["rule"],
        "basis": refund["basis"],
        "estimated": False,
        "status": "due_soon",
        "from_event": "ev1",
        "expected_from": "2026-09-30T23:59:59+08:00",
    }
    assert data["eligibility"] == {"accepted": True, "problems": [], "requirements": []}
    assert "KM2026092900123" in data["message"]


def test_today_decides_the_status_and_the_channel(case_file, capsys):
    main(["advise", str(case_file), "--today", "2026-10-10", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["deadlines"][0]["status"] == "overdue"
    assert "未到账" in data["reason"]


def test_text_output_is_readable_chinese(case_file, capsys):
    assert main(["advise", str(case_file), "--today", "2026-10-08"]) == 0
    out = capsys.readouterr().out
    assert "建议渠道：联系平台客服" in out
    assert "退款到账期限：2026年10月9日 23:59［即将到期］" in out
    assert "给客服的消息（可直接复制）" in out and "KM2026092900123" in out
    assert "不构成法律意见" in out


def test_today_defaults_to_shanghai_today(case_file, capsys):
    assert main(["advise", str(case_file)]) == 0
    assert f"（{datetime.now(SHANGHAI).date():%Y-%m-%d}）" in capsys.readouterr().out


def test_an_invalid_case_file_exits_1_with_reasons(tmp_path, capsys):
    bad = dict(CASE, order={**CASE["order"], "amount_paid": "-5"})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["advise", str(path)]) == 1
    err = capsys.readouterr().err
    assert "order.amount_paid：'-5' 为负数" in err  # the CLI explains in Chinese


def test_a_missing_file_exits_1(tmp_path, capsys):
    assert main(["advise", str(tmp_path / "nope.json")]) == 1
    assert "无法读取" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["advise"], ["advise", "x.json", "--today", "2026-13-01"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


@pytest.mark.parametrize(
    ("option", "value", "refusal"),
    [
        ("--today", "2026-13-01", "「2026-13-01」不是日期：请写成 YYYY-MM-DD，例如 2026-11-27"),
        (
            "--now",
            "2026-11-27T10:00",
            "「2026-11-27T10:00」不是带时区的日期时间：请写成 YYYY-MM-DDTHH:MM+08:00，"
            "例如 2026-11-27T10:00+08:00",
        ),
    ],
)
def test_a_bad_day_or_instant_is_refused_in_chinese(case_file, capsys, option, value, refusal):
    with pytest.raises(SystemExit) as exc:
        main(["advise", str(case_file), option, value])
    assert exc.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: argument {option}: {refusal}\n")


def test_an_interrupted_command_says_so_and_exits_130(case_file, capsys, monkeypatch):
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("disputekit.commands.advise_cmd.load_case", interrupted)
    assert main(["advise", str(case_file)]) == 130
    assert capsys.readouterr().err == "已中断\n"


def test_an_id_without_a_store_is_a_clear_error(capsys):
    assert main(["advise", "7"]) == 1
    assert "中没有案件库" in capsys.readouterr().err


def test_a_stored_case_by_id(tmp_path, capsys):
    store_module = pytest.importorskip("disputekit.store")
    data_dir = tmp_path / "data"
    with store_module.Store.open(data_dir) as store:
        case_id = store.cases.create(case_from_dict(CASE))
    argv = ["--data-dir", str(data_dir), "advise", str(case_id), "--today", "2026-10-08", "--json"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["deadlines"][0]["due"] == "2026-10-09T23:59:59+08:00"
    assert main(["--data-dir", str(data_dir), "advise", "999"]) == 1
    assert "没有编号为 999 的案件" in capsys.readouterr().err


def test_a_case_file_uses_the_stored_calendar_overrides(case_file, tmp_path, capsys):
    store_module = pytest.importorskip("disputekit.store")
    data_dir = tmp_path / "data"
    with store_module.Store.open(data_dir) as store:
        store.settings.set_calendar_overrides({date(2026, 9, 30): False})
    argv = ["--data-dir", str(data_dir), "advise", str(case_file), "--today", "2026-10-08"]
    assert main([*argv, "--json"]) == 0
    # 9月30日 made a day off: 10/8, 10/9, 10/10 (Sat, 上班)
    assert json.loads(capsys.readouterr().out)["deadlines"][0]["due"] == "2026-10-10T23:59:59+08:00"


def test_done_when_a_complaint_accepted_2026_10_27(tmp_path, capsys):
    case = {
        "format": "disputekit.case/1",
        "complainant": {"name": "张三", "phone": "13800000000", "address": "北京市"},
        "respondent": {"platform": "某卡盟", "company": "某公司", "address": "杭州市"},
        "order": {
            "order_no": "KM1",
            "amount_paid": "98.50",
            "payment_method": "alipay",
            "ordered_at": "2026-10-10T10:00:00+08:00",
            "status": "delivered_not_credited",
        },
        "problem": "not_received",
        "events": [
            {"id": "ev1", "at": "2026-10-20T10:00:00+08:00", "kind": "complaint_filed"},
            {"id": "ev2", "at": "2026-10-27T10:00:00+08:00", "kind": "complaint_accepted"},
        ],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert main(["advise", str(path), "--today", "2026-11-27", "--json"]) == 0
    deadlines = {d["kind"]: d for d in json.loads(capsys.readouterr().out)["deadlines"]}
    assert deadlines["mediation_due_60d"]["due"] == "2026-12-28T23:59:59+08:00"
    assert "《市场监督管理投诉举报处理办法》第二十三条" in deadlines["mediation_due_60d"]["basis"]
    assert "mediation_due_45wd" not in deadlines
    assert main(["advise", str(path), "--today", "2026-11-27"]) == 0
    text = capsys.readouterr().out
    assert "2026年12月28日" in text and "45个工作日" not in text


def test_a_stored_case_is_warned_about_a_phone_another_complainant_uses(tmp_path, capsys):
    store_module = pytest.importorskip("disputekit.store")
    data_dir = tmp_path / "data"
    other = json.loads(json.dumps(CASE))
    other["complainant"]["name"] = "李四"
    with store_module.Store.open(data_dir) as store:
        case_id = store.cases.create(case_from_dict(CASE))
        other_id = store.cases.create(case_from_dict(other))
    argv = ["--data-dir", str(data_dir), "advise", str(case_id), "--today", "2026-10-08", "--json"]
    assert main(argv) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    (shared,) = [w for w in warnings if "第十七条（四）" in w]
    assert f"案件#{other_id}（李四）" in shared and "受托人" in shared
