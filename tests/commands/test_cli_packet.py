"""`disputekit packet`: files written, refusals with reasons and exit 1, stored case ids."""

from __future__ import annotations

import json
import re

import pytest

from disputekit.cli import main
from tests.support.packet_samples import write_sample_case


@pytest.fixture
def case_json(tmp_path):
    return write_sample_case(tmp_path / "case", screenshots=2, size=(540, 1200))


def test_builds_packet_and_fill_sheet(case_json, tmp_path, capsys):
    out, sheet = tmp_path / "out" / "p.pdf", tmp_path / "sheet.txt"
    out.parent.mkdir()
    code = main(
        [
            "packet",
            str(case_json),
            "--kind",
            "complaint_12315",
            "--out",
            str(out),
            "--fill-sheet",
            str(sheet),
            "--today",
            "2026-11-26",
        ]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "【被投诉人名称】（12/100 字）" in sheet.read_text(encoding="utf-8")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"12315 填表内容：{sheet}"
    assert re.fullmatch(rf"{re.escape(str(out))}：\d+ 页，\d+\.\d\d MB，证据 2 件", lines[1])
    assert len(lines) == 2


def test_a_fill_sheet_that_cannot_be_written_after_the_packet_is_named(
    case_json, tmp_path, capsys, monkeypatch
):
    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("disputekit.app.packets.building.write_case_fill_sheet", refuse)
    out, sheet = tmp_path / "p.pdf", tmp_path / "sheet.txt"
    args = ["packet", str(case_json), "--kind", "appeal", "--out", str(out)]
    assert main([*args, "--fill-sheet", str(sheet), "--today", "2026-11-26"]) == 1
    assert out.read_bytes().startswith(b"%PDF-")
    assert capsys.readouterr().err == (
        f"disputekit packet: 材料包已生成，但 12315 填表内容 {sheet} 未能写入：没有权限\n"
    )


def test_a_dpi_out_of_range_is_refused(case_json, tmp_path, capsys):
    args = ["packet", str(case_json), "--kind", "appeal", "--out", str(tmp_path / "p.pdf")]
    assert main([*args, "--dpi", "10"]) == 2
    assert capsys.readouterr().err == "disputekit packet: --dpi 须在 30 到 600 之间\n"
    assert not (tmp_path / "p.pdf").exists()


def test_article_9_refusal_lists_missing_fields_unless_draft(case_json, tmp_path, capsys):
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["complainant"]["address"] = ""
    data["respondent"]["address"] = ""
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "p.pdf"
    args = [
        "packet",
        str(case_json),
        "--kind",
        "complaint_12315",
        "--out",
        str(out),
        "--today",
        "2026-11-26",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "complainant.address: 缺少投诉人通讯地址" in err
    assert "respondent.address: 缺少被投诉人地址" in err
    assert "--draft" in err and not out.exists()
    assert main([*args, "--draft"]) == 0 and out.exists()


def test_budget_refusal_says_by_how_much_and_suggests_dpi(case_json, tmp_path, capsys):
    out = tmp_path / "p.pdf"
    code = main(
        [
            "packet",
            str(case_json),
            "--kind",
            "appeal",
            "--out",
            str(out),
            "--max-mb",
            "0.22",
            "--today",
            "2026-11-26",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "比上限 0.22 MB 多出" in err and "--dpi " in err and not out.exists()


def test_stored_case_id(case_json, tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "import", str(case_json)]) == 0
    capsys.readouterr()
    out = tmp_path / "p.pdf"
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "packet",
            "1",
            "--kind",
            "appeal",
            "--out",
            str(out),
            "--today",
            "2026-11-26",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert out.exists()
    assert list((data_dir / "cache" / "packet-images").iterdir())  # derived images cached


def test_unknown_case_id_and_bad_file(tmp_path, capsys):
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path / "none"),
                "packet",
                "7",
                "--kind",
                "appeal",
                "--out",
                str(tmp_path / "p.pdf"),
            ]
        )
        == 1
    )
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["packet", str(bad), "--kind", "appeal", "--out", str(tmp_path / "p.pdf")]) == 1
    assert f"{bad} 不是有效的案件文件：" in capsys.readouterr().err


def test_progress_on_stderr_for_large_packets(case_json, tmp_path, capsys, monkeypatch):
    from disputekit.commands import packet_cmd

    monkeypatch.setattr(packet_cmd, "PROGRESS_FROM", 2)  # two screenshots count as large here
    out = tmp_path / "p.pdf"
    assert main(["packet", str(case_json), "--kind", "appeal", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "[0/4] 图片" in err and "[2/4] 图片" in err and "[4/4] 完成" in err


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{tmp}", "{tmp}：{tmp} 是文件夹：请写出其中的文件名"),
        (
            "{tmp}/missing/p.pdf",
            "{tmp}/missing/p.pdf：文件夹 {tmp}/missing 不存在：请先创建它，或换一个位置",
        ),
        ("", ".：「.」不是文件名：请写出要生成的文件名"),
    ],
)
def test_an_unusable_out_path_is_named_before_any_work(case_json, tmp_path, capsys, out, message):
    target = out.format(tmp=tmp_path)
    code = main(["packet", str(case_json), "--kind", "appeal", "--out", target])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"disputekit packet: 无法写入 {message.format(tmp=tmp_path)}\n"


@pytest.mark.parametrize(
    ("option", "value", "refusal"),
    [
        ("--max-mb", "-1", "「-1」太小：须是不小于 0.1 的数字"),
        ("--max-mb", "nan", "「nan」不是数字"),
        ("--max-pages", "0", "「0」太小：须是不小于 1 的数字"),
        ("--max-pages", "x", "「x」不是数字"),
    ],
)
def test_out_of_range_budgets_are_usage_errors(case_json, tmp_path, capsys, option, value, refusal):
    with pytest.raises(SystemExit) as info:
        main(["packet", str(case_json), "--kind", "appeal", "--out", str(tmp_path / "p.pdf"),
              option, value])  # fmt: skip
    assert info.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: argument {option}: {refusal}\n")
    assert not (tmp_path / "p.pdf").exists()


def test_past_the_three_year_bar_no_12315_packet_unless_draft(case_json, tmp_path, capsys):
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["problem_known_at"] = "2023-11-25T11:00:00+08:00"
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "p.pdf"
    args = ["packet", str(case_json), "--kind", "complaint_12315", "--out", str(out)]
    # Three years from 2023-11-25 end on Wed 2026-11-25; on 11-26 the bar has passed.
    assert main([*args, "--today", "2026-11-25"]) == 0
    assert main([*args, "--today", "2026-11-26"]) == 1
    err = capsys.readouterr().err
    assert "problem_known_at:" in err
    assert "《市场监督管理投诉举报处理办法》第十六条（四）" in err
    assert "投诉举报处理暂行办法" not in err
    assert main([*args, "--today", "2026-11-26", "--draft"]) == 0
    # The platform appeal is not a 12315 complaint: the bar does not touch it.
    appeal = ["packet", str(case_json), "--kind", "appeal", "--out", str(out)]
    assert main([*appeal, "--today", "2026-11-26"]) == 0


def test_advise_a_time_barred_case_sends_it_to_the_association(case_json, capsys):
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["problem_known_at"] = "2023-11-20T11:00:00+08:00"
    data["events"] = []
    data["events"].append(
        {"id": "evx", "at": "2023-11-21T10:00:00+08:00", "kind": "appeal_filed", "note": ""}
    )
    data["events"].append(
        {
            "id": "evy",
            "at": "2023-11-24T10:00:00+08:00",
            "kind": "appeal_result",
            "outcome": "negative",
            "note": "",
        }
    )
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["advise", str(case_json), "--today", "2026-11-27", "--json"]) == 0
    advice = json.loads(capsys.readouterr().out)
    assert advice["channel"] == "consumer_association"
    assert "第十六条" in advice["reason"]
    assert advice["eligibility"]["accepted"] is False


def test_a_complaint_whose_phone_is_the_filer_s_own_is_warned_about(case_json, tmp_path, capsys):
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["filed_by"] = {"name": "李志愿", "phone": data["complainant"]["phone"]}
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "p.pdf"
    args = ["packet", str(case_json), "--out", str(out), "--today", "2026-11-26", "--kind"]
    assert main([*args, "complaint_12315"]) == 0
    err = capsys.readouterr().err
    assert "注意：" in err and "第十七条（四）" in err and "受托人" in err
    assert main([*args, "appeal"]) == 0
    assert "第十七条" not in capsys.readouterr().err


def test_a_packet_the_file_system_refuses_says_why_in_chinese(case_json, tmp_path, capsys):
    # 244 bytes fit a name, but not the temporary name the packet is first written under.
    out = tmp_path / ("长" * 80 + ".pdf")
    assert main(["packet", str(case_json), "--kind", "appeal", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"disputekit packet: 无法写入 {out}：文件名或路径太长\n"
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_out_name_longer_than_the_file_system_allows_is_named_before_any_work(
    case_json, tmp_path, capsys
):
    out = tmp_path / ("a" * 300 + ".pdf")
    assert main(["packet", str(case_json), "--kind", "appeal", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"disputekit packet: 无法写入 {out}：文件名或路径太长\n"


def test_without_out_the_packet_is_named_by_its_kind_and_order_number(
    case_json, tmp_path, capsys, monkeypatch
):
    order_no = json.loads(case_json.read_text(encoding="utf-8"))["order"]["order_no"]
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = ["packet", str(case_json), "--kind", "complaint_12315", "--today", "2026-11-26"]
    assert main(args) == 0, capsys.readouterr().err
    written = work / f"12315投诉材料-{order_no}.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert capsys.readouterr().out.startswith(f"12315投诉材料-{order_no}.pdf：")


def test_a_fill_sheet_field_list_edited_wrongly_is_named_without_a_traceback(
    case_json, tmp_path, capsys, monkeypatch
):
    spec = tmp_path / "fill_sheet_12315.json"
    spec.write_text('{"fields": [{"key": "shoe_size", "label": "鞋码"}]}', encoding="utf-8")
    monkeypatch.setattr("disputekit.packet.kinds.fill_sheet.spec_path", lambda: spec)
    out, sheet = tmp_path / "p.pdf", tmp_path / "sheet.txt"
    args = ["packet", str(case_json), "--kind", "appeal", "--out", str(out)]
    assert main([*args, "--fill-sheet", str(sheet), "--today", "2026-11-26"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"disputekit packet: 材料包已生成，但 12315 填表内容 {sheet} 未能写入：")
    assert f"{spec} 的 fields 第 1 项的 key「shoe_size」不是已知字段名" in err
    assert "Traceback" not in err and not sheet.exists()
