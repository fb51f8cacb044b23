"""Dates in year 1 or 9999: `verify` and `import` agree and say which field, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest

from disputekit.domain.case.document.case_json import CaseFormatError, loads_case
from disputekit.messages import render

DOC = {
    "format": "disputekit.case/1",
    "complainant": {"name": "张三"},
    "respondent": {"platform": "某某卡盟"},
    "order": {"order_no": "Y1", "amount_paid": "10.00", "status": "delivered_not_credited"},
    "problem": "not_received",
}


def _bundle(folder: Path, ordered_at: str) -> Path:
    stage = folder / f"stage-{ordered_at[:4]}"
    stage.mkdir()
    doc = json.loads(json.dumps(DOC))
    doc["order"]["ordered_at"] = ordered_at
    doc["events"] = [{"id": "ev1", "at": ordered_at, "kind": "cs_contacted"}]
    (stage / "case.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    bagit.make_bag(str(stage), checksums=["sha256"])
    out = folder / f"{ordered_at[:4]}.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(p for p in stage.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(stage).as_posix())
    return out


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-08:00"])
def test_the_reader_names_the_year(when):
    doc = json.loads(json.dumps(DOC))
    doc["order"]["ordered_at"] = when
    with pytest.raises(CaseFormatError) as caught:
        loads_case(json.dumps(doc))
    (error,) = caught.value.errors
    assert render(error.text, "zh_CN") == f'order.ordered_at："{when}" 的年份不在 1900–2999 之间'
    assert render(error.text, "en").endswith("the year is not between 1900 and 2999")


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-08:00"])
def test_verify_and_import_agree(tmp_path, when):
    bundle = _bundle(tmp_path, when)
    cli = [sys.executable, "-m", "disputekit", "--data-dir", str(tmp_path / "data")]
    verified = subprocess.run([*cli, "verify", str(bundle)], capture_output=True, text=True)
    imported = subprocess.run([*cli, "import", str(bundle)], capture_output=True, text=True)
    for done in (verified, imported):
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        assert "的年份不在 1900–2999 之间" in done.stdout + done.stderr
    listed = subprocess.run([*cli, "list", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout) == []
