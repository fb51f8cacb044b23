"""A NUL character in an evidence file name: a sentence naming it, never `ValueError`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import bagit
from PIL import Image

from disputekit.cli import main

DOC = {
    "format": "disputekit.case/1",
    "complainant": {"name": "张三"},
    "respondent": {"platform": "某某卡盟"},
    "order": {
        "order_no": "N1",
        "amount_paid": "10.00",
        "ordered_at": "2026-11-20T10:00:00+08:00",
        "status": "delivered_not_credited",
    },
    "problem": "not_received",
    "evidence": [{"id": "e1", "kind": "chat_log", "file": "a\u0000.png"}],
}


def _case(folder: Path) -> Path:
    folder.mkdir()
    Image.new("RGB", (20, 20), "red").save(folder / "a.png")
    (folder / "case.json").write_text(json.dumps(DOC), encoding="utf-8")
    return folder / "case.json"


def test_import_and_packet_of_a_case_json(tmp_path, capsys):
    case = _case(tmp_path / "case")
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(case)]) == 1
    assert "文件名 a\\0.png 含有空字符（\\0），不是有效的文件名" in capsys.readouterr().err
    out = tmp_path / "p.pdf"
    assert main([*data, "packet", str(case), "--kind", "appeal", "--draft", "--out", str(out)]) == 1
    assert "含有空字符" in capsys.readouterr().err
    assert not out.exists()
    assert main([*data, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_verify_and_import_of_a_bundle(tmp_path, capsys):
    stage = tmp_path / "stage"
    _case(stage)
    (stage / "a.png").rename(stage / "b.png")
    bagit.make_bag(str(stage), checksums=["sha256"])
    bundle = tmp_path / "nul.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        for path in sorted(p for p in stage.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(stage).as_posix())
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "verify", str(bundle)]) == 1
    verified = capsys.readouterr()
    assert main([*data, "import", str(bundle)]) == 1
    imported = capsys.readouterr()
    for said in (verified.out + verified.err, imported.err):
        assert "evidence[0] (e1)" in said and "a\\x00.png" in said, said
