"""Done when: a redacted screenshot's original pixels appear in no packet and no bundle.

A screenshot with a block of random noise (the "secret") goes into a stored case through the
CLI; `redact` blacks the block out. Every image embedded in the packet PDF and every file in
the exported bundle is then compared with the secret. The same checks with
`--include-withheld` find the secret, which shows they can fail.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from disputekit.cli import main
from tests.support.packet_samples import write_sample_case

SIZE = (540, 1200)
SECRET = (60, 300, 360, 160)  # x, y, w, h of the block to hide
BLOCK = 12  # noise in 12 px squares survives the packet's downscaling and JPEG


def secret_screenshot(path: Path) -> bytes:
    random.seed(7)
    image = Image.new("RGB", SIZE, (245, 245, 245))
    x0, y0, w, h = SECRET
    for y in range(y0, y0 + h, BLOCK):
        for x in range(x0, x0 + w, BLOCK):
            value = random.choice((0, 255))
            image.paste((value, 255 - value, value), (x, y, x + BLOCK, y + BLOCK))
    image.save(path, "PNG")
    return path.read_bytes()


def secret_correlation(image: Image.Image, original: Image.Image) -> float:
    """Pearson correlation of the secret block between an image (scaled to the original's
    size) and the original; 0 when either block is flat (e.g. blacked out)."""
    x0, y0, w, h = SECRET
    box = (x0, y0, x0 + w, y0 + h)
    a = list(image.convert("L").resize(SIZE).crop(box).tobytes())
    b = list(original.convert("L").crop(box).tobytes())
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((p - mean_a) * (q - mean_b) for p, q in zip(a, b, strict=True))
    var_a = sum((p - mean_a) ** 2 for p in a)
    var_b = sum((q - mean_b) ** 2 for q in b)
    return 0.0 if var_a < 1e-9 or var_b < 1e-9 else cov / (var_a * var_b) ** 0.5


def packet_images(pdf: Path) -> list[Image.Image]:
    images = []
    for page in PdfReader(pdf).pages:
        for embedded in page.images:
            images.append(Image.open(io.BytesIO(embedded.data)))
    return images


def bundle_images(bundle: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(bundle) as zf:
        return [(n, zf.read(n)) for n in zf.namelist() if n.startswith("data/evidence/")]


@pytest.fixture
def redacted_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[bytes, str]:
    folder = tmp_path / "case"
    case_json = write_sample_case(
        folder,
        screenshots=2,
        size=SIZE,
        extra_files=[
            {
                "id": "e3",
                "kind": "payment_record",
                "file": "evidence/secret.png",
                "caption": "支付详情（含身份证号）",
            }
        ],
    )
    (folder / "evidence").mkdir(exist_ok=True)
    original = secret_screenshot(folder / "evidence" / "secret.png")
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["events"][0]["evidence"] = ["e3"]
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(case_json)]) == 0
    capsys.readouterr()
    box = ",".join(str(v) for v in SECRET)
    assert main(["redact", "1", "e3", "--box", box]) == 0
    printed = capsys.readouterr()
    new_id = printed.out.strip()
    assert printed.err == f"原件 e3 已设为不外发：材料包和导出改用打码副本 {new_id}\n"
    return original, new_id


def test_redact_prints_the_copy_which_replaces_the_original(redacted_case, capsys):
    _, new_id = redacted_case
    assert new_id == "e4"
    assert main(["show", "1", "--json"]) == 0
    case = json.loads(capsys.readouterr().out)
    by_id = {e["id"]: e for e in case["evidence"]}
    assert by_id["e3"]["withheld"] is True
    assert by_id["e4"]["derived_from"] == by_id["e3"]["sha256"]
    assert "withheld" not in by_id["e4"]
    assert main(["show", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "（不外发" in next(line for line in lines if "[e3]" in line)
    assert "（不外发" not in next(line for line in lines if "[e4]" in line)
    assert [e["id"] for e in case["evidence"]] == ["e1", "e2", "e3", "e4"]
    # The event that linked the original now links the copy.
    assert case["events"][0]["evidence"] == ["e4"]


def build_packet(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / f"packet{len(extra)}.pdf"
    args = ["packet", "1", "--kind", "appeal", "--out", str(out), "--today", "2026-11-26"]
    assert main([*args, *extra]) == 0
    return out


def test_the_packet_carries_no_original_pixels(redacted_case, tmp_path):
    original_bytes, _ = redacted_case
    original = Image.open(io.BytesIO(original_bytes))
    images = packet_images(build_packet(tmp_path))
    assert len(images) == 3  # two screenshots and the redacted copy; not the original
    assert max(secret_correlation(image, original) for image in images) < 0.2
    # The same measure finds the original when it is asked for.
    with_original = packet_images(build_packet(tmp_path, "--include-withheld"))
    assert len(with_original) == 4
    assert max(secret_correlation(image, original) for image in with_original) > 0.8


def test_the_bundle_carries_no_original_file_or_pixels(redacted_case, tmp_path, capsys):
    original_bytes, _ = redacted_case
    original = Image.open(io.BytesIO(original_bytes))
    out = tmp_path / "case.zip"
    assert main(["export", "1", "--out", str(out)]) == 0
    members = bundle_images(out)
    assert len(members) == 3
    assert all(data != original_bytes for _, data in members)
    assert max(secret_correlation(Image.open(io.BytesIO(d)), original) for _, d in members) < 0.2
    with zipfile.ZipFile(out) as zf:
        shipped = json.loads(zf.read("data/case.json"))
    assert [e["id"] for e in shipped["evidence"]] == ["e1", "e2", "e4"]
    assert shipped["events"][0]["evidence"] == ["e4"]
    assert main(["verify", str(out)]) == 0
    # Asked for, the original goes along (and stays marked withheld on import).
    full = tmp_path / "full.zip"
    capsys.readouterr()
    assert main(["export", "1", "--out", str(full), "--include-withheld"]) == 0
    assert capsys.readouterr().err == (
        "警告：案件包里有未打码的原件（--include-withheld），打码遮住的内容都能看到\n"
    )
    assert any(data == original_bytes for _, data in bundle_images(full))
    assert main(["import", "--as-new", str(full)]) == 0  # case 1 is stored: a copy, deliberately
    capsys.readouterr()
    assert main(["show", "2", "--json"]) == 0
    reimported = json.loads(capsys.readouterr().out)
    assert [e.get("withheld", False) for e in reimported["evidence"]] == [
        False,
        False,
        True,
        False,
    ]
