"""`verify PACKET.pdf --evidence` checks what the packet itself states: the attached manifest
against the hashes the 证据目录 and the integrity page print, the attached case.json against
the hash printed for it, and refuses an attachment it cannot read."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from disputekit.cli import main
from disputekit.domain.case.document.case_json import loads_case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.attachments import read_attachments
from disputekit.packet.builder import build_packet
from tests.support.packet_samples import write_sample_case

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tamper")
    case_json = write_sample_case(folder, screenshots=3, size=(540, 1200))
    case = loads_case(case_json.read_text(encoding="utf-8"))
    pdf = folder / "appeal.pdf"
    build_packet(
        case, PacketKind.APPEAL, pdf, file_for=lambda i: folder / i.file, today=TODAY, draft=True
    )
    return pdf, folder


def rewrite_attachment(
    pdf: Path, out: Path, name: str, change: Callable[[bytes], bytes], *, raw: bool = False
) -> None:
    """Write `pdf` to `out` with the attachment `name` changed (its decoded bytes, or with
    `raw` the compressed stream bytes themselves, as a damaged file would have them)."""
    writer = PdfWriter(clone_from=pdf)
    names = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    for i in range(0, len(names), 2):
        if names[i] == name:
            stream = names[i + 1].get_object()["/EF"]["/F"].get_object()
            if raw:
                stream._data = change(stream._data)
            else:
                stream.set_data(change(stream.get_data()))
    writer.write(out)


def verify(pdf: Path, evidence: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["verify", str(pdf), "--evidence", str(evidence)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_untouched_packet_verifies(built, capsys):
    pdf, folder = built
    code, out = verify(pdf, folder, capsys)
    assert (code, out) == (0, f"{pdf}：校验通过，3 个证据文件一致\n")


def test_an_emptied_manifest_fails(built, tmp_path, capsys):
    pdf, folder = built
    bad = tmp_path / "empty.pdf"
    rewrite_attachment(pdf, bad, "manifest-sha256.txt", lambda _: b"")
    code, out = verify(bad, folder, capsys)
    assert code == 1
    assert "manifest-sha256.txt 的 SHA-256 与材料包第" in out
    assert "校验通过" not in out


def test_a_shortened_manifest_fails_naming_the_exhibit_left_out(built, tmp_path, capsys):
    pdf, folder = built
    bad = tmp_path / "short.pdf"
    rewrite_attachment(pdf, bad, "manifest-sha256.txt", lambda d: b"".join(d.splitlines(True)[:2]))
    code, out = verify(bad, folder, capsys)
    assert code == 1
    assert "evidence/shot-03.png：材料包印出了它的 SHA-256，但附带的清单里没有" in out
    assert "校验通过" not in out


def test_a_damaged_manifest_is_refused_with_the_reason(built, tmp_path, capsys):
    pdf, folder = built
    bad = tmp_path / "damaged.pdf"
    rewrite_attachment(pdf, bad, "manifest-sha256.txt", lambda d: d[:8] + b"junk" * 8, raw=True)
    code, out = verify(bad, folder, capsys)
    assert code == 1
    assert out.startswith("disputekit: 材料包附带的 manifest-sha256.txt 无法读取（")
    assert "校验通过" not in out and "Error -3" not in out.split("（")[0]


def test_a_manifest_rewritten_for_a_substituted_file_fails(built, tmp_path, capsys):
    pdf, folder = built
    swapped = tmp_path / "swapped"
    shutil.copytree(folder / "evidence", swapped / "evidence")
    fake = swapped / "evidence" / "shot-02.png"
    fake.write_bytes((folder / "evidence" / "shot-01.png").read_bytes())
    fake_sha = hashlib.sha256(fake.read_bytes()).hexdigest()
    real_sha = hashlib.sha256((folder / "evidence" / "shot-02.png").read_bytes()).hexdigest()
    bad = tmp_path / "rewritten.pdf"
    rewrite_attachment(
        pdf, bad, "manifest-sha256.txt", lambda d: d.replace(real_sha.encode(), fake_sha.encode())
    )
    # The rewritten manifest agrees with the substituted file, so only the printed pages
    # can tell: the packet printed the real file's hash.
    assert read_attachments(bad)["manifest-sha256.txt"].count(fake_sha.encode()) == 2
    code, out = verify(bad, swapped, capsys)
    assert code == 1
    differs = f"evidence/shot-02.png：附带的清单写的 SHA-256（{fake_sha[:16]}…）与材料包印出的不同"
    assert differs in out


def test_a_modified_case_json_fails(built, tmp_path, capsys):
    pdf, folder = built

    def change(data: bytes) -> bytes:
        doc = json.loads(data)
        doc["order"]["amount_paid"] = "9999.00"
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")

    bad = tmp_path / "case.pdf"
    rewrite_attachment(pdf, bad, "case.json", change)
    code, out = verify(bad, folder, capsys)
    assert code == 1
    assert "case.json 的 SHA-256 与材料包第" in out
    assert "校验通过" not in out


def test_a_damaged_case_json_is_refused(built, tmp_path, capsys):
    pdf, folder = built
    bad = tmp_path / "case-damaged.pdf"
    rewrite_attachment(pdf, bad, "case.json", lambda d: b"\x00" * len(d), raw=True)
    code, out = verify(bad, folder, capsys)
    assert code == 1
    assert out.startswith("disputekit: 材料包附带的 case.json 无法读取（")


def test_verify_catches_a_picture_that_is_not_the_evidence(tmp_path, capsys):
    from PIL import Image

    from disputekit.packet.images.exhibit_images import record_path, seal

    folder = tmp_path / "case"
    case_json = write_sample_case(folder, screenshots=1, size=(540, 1200))
    case = loads_case(case_json.read_text(encoding="utf-8"))
    cache, key = tmp_path / "cache", b"k" * 32

    def packet(name: str) -> Path:
        out = tmp_path / name
        build_packet(
            case,
            PacketKind.APPEAL,
            out,
            file_for=lambda i: folder / i.file,
            today=TODAY,
            draft=True,
            cache_dir=cache,
            cache_key=key,
        )
        return out

    good = packet("good.pdf")
    assert verify(good, folder, capsys) == (0, f"{good}：校验通过，1 个证据文件一致\n")
    lines = read_attachments(good)["pictures-sha256.txt"].decode().splitlines()
    assert len(lines) == 1 and lines[0].endswith("  evidence/shot-01.png")
    # A poisoned cache that the build trusted (the key leaked, or a version that trusted the
    # hash beside the file) prints another picture under the exhibit's caption.
    (victim,) = cache.glob("*.jpg")
    with Image.open(victim) as img:
        size = img.size
    Image.new("RGB", size, (255, 0, 0)).save(victim, "JPEG")
    sha = hashlib.sha256(victim.read_bytes()).hexdigest()
    record_path(victim).write_text(seal(key, victim.name, sha))
    poisoned = packet("poisoned.pdf")
    assert sha in read_attachments(poisoned)["pictures-sha256.txt"].decode()
    code, out = verify(poisoned, folder, capsys)
    assert code == 1
    assert "evidence/shot-01.png：材料包第 " in out and "印出的图片不是由这个原件生成的" in out
    # The picture list cannot simply leave the picture out: the page still holds it.
    blank = tmp_path / "unlisted.pdf"
    rewrite_attachment(poisoned, blank, "pictures-sha256.txt", lambda _: b"")
    code, out = verify(blank, folder, capsys)
    assert code == 1
    assert "evidence/shot-01.png：材料包里没有由这个原件生成的图片" in out


def test_a_stored_case_never_prints_a_forged_cache_file(tmp_path, capsys):
    import io

    from PIL import Image
    from pypdf import PdfReader

    from disputekit.packet.images.exhibit_images import record_path

    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"]) == 0
    args = ["--data-dir", str(home), "packet", "3", "--kind", "appeal", "--draft", "--out"]
    assert main([*args, str(tmp_path / "a.pdf")]) == 0
    cached = sorted((home / "cache" / "packet-images").glob("*.jpg"))
    assert cached
    for victim in cached:  # the cache folder rewritten, hashes beside the files and all
        with Image.open(victim) as img:
            size = img.size
        Image.new("RGB", size, (255, 0, 0)).save(victim, "JPEG")
        record_path(victim).write_text(hashlib.sha256(victim.read_bytes()).hexdigest())
    out = tmp_path / "b.pdf"
    assert main([*args, str(out)]) == 0
    for page in PdfReader(out).pages:
        for image in page.images:
            rgb = Image.open(io.BytesIO(image.data)).convert("RGB").resize((1, 1))
            assert rgb.getpixel((0, 0)) != (255, 0, 0) and rgb.getpixel((0, 0))[1] > 60
    bundle = tmp_path / "case3.zip"
    assert main(["--data-dir", str(home), "export", "3", "--out", str(bundle)]) == 0
    assert verify(out, bundle, capsys)[0] == 0
