"""A file sent from a phone is listed in the 证据目录 with how it came in, and that the bytes
received are what was hashed; read back from the built PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from disputekit.app.cases import add_demo_cases
from disputekit.app.upload.upload_session import ReceiveSession
from disputekit.cli import main
from disputekit.store import Store
from tests.app.upload_client import png, upload


def test_the_catalog_says_the_received_bytes_were_hashed(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    with Store.open(home) as store:
        add_demo_cases(store)
    session = ReceiveSession(home, 2, bind="127.0.0.1", auto_accept=True)
    session.start()
    try:
        status, answer = upload(session.address, "IMG_0412.HEIC.jpg", png("red", (540, 1200)))
    finally:
        session.close()
    assert status == 200 and answer["state"] == "stored"
    out = tmp_path / "p.pdf"
    args = ["--data-dir", str(home), "packet", "2", "--kind", "appeal", "--out", str(out)]
    assert main([*args, "--draft"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "经局域网从手机接收" in flat
    assert "原文件名「IMG_0412.HEIC.jpg」" in flat
    assert "校验值按电脑收到的文件计算" in flat
