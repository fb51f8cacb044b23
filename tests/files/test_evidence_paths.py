"""One evidence-path rule for import, packet and advise: files stay in the case file's folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.files.evidence_paths import EvidencePathError, evidence_path
from disputekit.messages import render
from tests.support.packet_samples import write_sample_case


@pytest.mark.parametrize(
    ("rel", "why"),
    [
        ("", "no file given"),
        ("../secret.png", "inside the case file's folder"),
        ("evidence/../../secret.png", "inside the case file's folder"),
        ("..\\secret.png", "inside the case file's folder"),
        ("/etc/passwd", "inside the case file's folder"),
        ("C:/Users/a/secret.png", "inside the case file's folder"),
        ("~/secret.png", "inside the case file's folder"),
    ],
)
def test_the_rule_refuses_paths_that_leave_the_folder(tmp_path, rel, why):
    with pytest.raises(EvidencePathError) as refused:
        evidence_path(tmp_path, rel)
    assert why in render(refused.value.text, "en")
    assert str(refused.value) == render(refused.value.text, "zh_CN")


def test_links_are_refused_and_plain_paths_accepted(tmp_path):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.png").write_bytes(b"x")
    case = tmp_path / "case"
    (case / "evidence").mkdir(parents=True)
    os.symlink(tmp_path / "outside", case / "evidence" / "link")
    with pytest.raises(EvidencePathError) as refused:
        evidence_path(case, "evidence/link/secret.png")
    assert "passes through a link" in render(refused.value.text, "en")
    assert "不接受链接" in str(refused.value)
    assert evidence_path(case, "evidence/a.png") == case.resolve() / "evidence" / "a.png"


@pytest.fixture
def leaking_case(tmp_path: Path) -> Path:
    """A valid case JSON whose first evidence file points outside its folder, at a real file."""
    case_json = write_sample_case(tmp_path / "case", screenshots=2, size=(540, 1200))
    secret = tmp_path / "secret.png"
    secret.write_bytes((tmp_path / "case" / "evidence" / "shot-01.png").read_bytes())
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["evidence"][0]["file"] = "../secret.png"
    data["evidence"][1]["file"] = str(secret)  # absolute
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return case_json


def test_packet_refuses_a_case_file_that_reads_outside_its_folder(leaking_case, tmp_path, capsys):
    out = tmp_path / "p.pdf"
    args = ["packet", str(leaking_case), "--kind", "appeal", "--out", str(out), "--draft"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "evidence[0].file (e1)：“../secret.png”必须是案件文件所在文件夹内的路径" in err
    assert "evidence[1].file (e2)：" in err
    assert not out.exists()


def test_advise_and_import_apply_the_same_rule(leaking_case, capsys):
    assert main(["advise", str(leaking_case), "--today", "2026-11-26"]) == 1
    advise_err = capsys.readouterr().err
    assert main(["import", str(leaking_case)]) == 1
    import_err = capsys.readouterr().err
    for err in (advise_err, import_err):
        assert "“../secret.png”必须是案件文件所在文件夹内的路径" in err
        assert "Traceback" not in err
