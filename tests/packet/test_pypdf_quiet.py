"""pypdf's repair notes ("incorrect startxref pointer") never print around a result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reportlab.pdfgen import canvas


def _shifted_pdf(path: Path) -> None:
    """A PDF whose cross-reference offsets are off by a comment line: pypdf repairs it and
    logs what it did."""
    plain = path.with_name("plain.pdf")
    c = canvas.Canvas(str(plain))
    c.drawString(100, 700, "Order 123")
    c.save()
    data = plain.read_bytes()
    cut = data.index(b"\n", 10) + 1
    path.write_bytes(data[:cut] + b"%" + b"x" * 50 + b"\n" + data[cut:])


def test_import_and_packet_print_only_their_results(tmp_path):
    _shifted_pdf(tmp_path / "order.pdf")
    doc = {
        "format": "disputekit.case/1",
        "complainant": {"name": "张三"},
        "respondent": {"platform": "某某卡盟"},
        "order": {
            "order_no": "P1",
            "amount_paid": "10.00",
            "ordered_at": "2026-11-20T10:00:00+08:00",
            "status": "delivered_not_credited",
        },
        "problem": "not_received",
        "evidence": [{"id": "e1", "kind": "order_screenshot", "file": "order.pdf"}],
    }
    (tmp_path / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    cli = [sys.executable, "-m", "disputekit", "--data-dir", str(tmp_path / "data")]
    imported = subprocess.run(
        [*cli, "import", str(tmp_path / "case.json")], capture_output=True, text=True, timeout=120
    )
    assert (imported.returncode, imported.stderr) == (0, "")
    out = tmp_path / "p.pdf"
    packet = subprocess.run(
        [*cli, "packet", "1", "--kind", "appeal", "--draft", "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert packet.returncode == 0
    assert packet.stderr == ""
    assert packet.stdout.startswith(f"{out}：")
