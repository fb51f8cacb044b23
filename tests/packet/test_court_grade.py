"""Court-grade packets: every kind has its 证据目录 (with real page numbers), the integrity page
and the manifest + case JSON attached; `verify PACKET.pdf` re-checks the originals."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.domain.case.document.case_json import loads_case
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.attachments import read_attachments
from disputekit.packet.builder import build_packet
from disputekit.packet.preflight import preflight
from tests.support.packet_samples import write_sample_case

TODAY = date(2026, 11, 26)


def run(*cmd: str | Path) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def pages(pdf: Path) -> list[str]:
    return run("pdftotext", "-layout", pdf, "-").split("\f")


def load(folder: Path) -> Case:
    return loads_case((folder / "case.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def complete(tmp_path_factory) -> Path:
    """The sample case (3 screenshots) made complete for every kind: 原告 identity added."""
    folder = tmp_path_factory.mktemp("complete")
    path = write_sample_case(folder, screenshots=3, size=(540, 1200))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["complainant"].update(
        id_number="33010619900101123X", gender="male", birth_date="1990-01-01"
    )
    data["filed_by"]["relation"] = "family"  # an agent 民诉法第六十一条 allows in court
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def packets(complete) -> dict[PacketKind, Path]:
    case = load(complete)
    return {
        kind: build_packet(
            case, kind, complete / f"{kind}.pdf", file_for=lambda i: complete / i.file, today=TODAY
        ).path
        for kind in PacketKind
    }


@pytest.mark.parametrize("kind", list(PacketKind))
def test_every_kind_has_catalog_integrity_page_and_attachments(kind, packets, complete):
    folder = complete
    pdf = packets[kind]
    texts = pages(pdf)
    whole = "".join(texts)
    assert "证据目录" in whole
    assert "证据完整性说明" in whole
    assert "第十九条" in whole and "第十一条" in whole
    listing = run("pdfdetach", "-list", pdf)
    assert "manifest-sha256.txt" in listing and "case.json" in listing
    attached = read_attachments(pdf)
    manifest = attached["manifest-sha256.txt"].decode()
    # The manifest's own hash is printed, and every line is a file's real hash.
    assert hashlib.sha256(attached["manifest-sha256.txt"]).hexdigest() in whole
    for line in manifest.splitlines():
        sha, path = line.split("  ")
        assert hashlib.sha256((folder / path).read_bytes()).hexdigest() == sha
    case = loads_case(attached["case.json"].decode())
    assert all(item.sha256 for item in case.evidence)
    assert len(manifest.splitlines()) == len(case.evidence)
    fonts = run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(" yes yes " in f for f in fonts)


@pytest.mark.parametrize("kind", list(PacketKind))
def test_catalog_page_numbers_point_at_the_exhibit_pages(kind, packets):
    texts = pages(packets[kind])
    catalog = next(t for t in texts if "证据目录" in t and "SHA-256" in t and "序号" in t)
    for n in (1, 2, 3):
        found = re.search(rf"证据{n}\s.*?第(\d+)页", catalog, re.S)
        assert found, f"证据{n} has no page in the catalog"
        shown = int(found.group(1))
        # the exhibit page's caption starts with 证据N and carries its hash
        assert re.search(rf"证据{n}\s", texts[shown - 1]) and "SHA-256" in texts[shown - 1]
        assert "证据目录" not in texts[shown - 1]


def test_catalog_shows_provenance_and_proof(packets):
    whole = re.sub(r"\s+", "", run("pdftotext", packets[PacketKind.APPEAL], "-"))
    assert "手机截图（华为P40）" in whole
    assert "取证时间：2026年11月20日10:10" in whole
    # The note copied to every screenshot gives way to what each one shows.
    assert "2026年11月20日10:15，下单：下单“腾讯Q币100元”，页面标示秒充" in whole


def test_civil_complaint_reads_as_a_complaint(packets):
    flat = re.sub(r"\s+", "", "".join(pages(packets[PacketKind.CIVIL_COMPLAINT])))
    for text in (
        "民事起诉状",
        "原告王镕喆",
        "性别男",
        "出生日期（年龄）1990年1月1日",
        "公民身份号码33010619900101123X",
        "被告杭州堃昇网络科技有限公司",
        "统一社会信用代码91330106MA2XXXXX7L",
        "住所地浙江省杭州市滨江区网商路599号",
        "判令被告退还原告货款¥98.50",
        "本案诉讼费用由被告承担",
        "此致杭州互联网法院",
        "具状人（原告）：王镕喆",
        "2026年11月26日",
        "附：1.本起诉状副本",
        "由原告自行决定",
        "不构成法律意见",
    ):
        assert text in flat, text
    assert "四、时间线" not in flat  # its own table is 经过一览


def test_consumer_association_lists_what_was_tried(packets):
    flat = re.sub(r"\s+", "", "".join(pages(packets[PacketKind.CONSUMER_ASSOCIATION])))
    assert "消费者投诉调解申请书" in flat
    assert "《中华人民共和国消费者权益保护法》第三十九条第（二）项" in flat
    assert "三、已经采取的处理" in flat
    assert "联系商家和平台客服" in flat
    assert "被申请人（经营者）杭州堃昇网络科技有限公司" in flat
    # The sample is filed by a volunteer: the power of attorney names the 消协, not 12315.
    power = flat[flat.index("授权委托书委托人") :]
    assert "代为向消费者协会（消费者委员会）申请调解" in power
    assert "12315" not in power.split("证据完整性说明")[0]


def test_nothing_cites_the_repealed_rules(packets):
    for kind, pdf in packets.items():
        assert "投诉举报处理暂行办法" not in re.sub(r"\s+", "", "".join(pages(pdf))), kind


def _verify(*args: str | Path) -> int:
    return main(["verify", *[str(a) for a in args]])


def test_verify_passes_until_one_byte_changes(packets, complete, tmp_path, capsys):
    folder = complete
    pdf = packets[PacketKind.CIVIL_COMPLAINT]
    assert _verify(pdf, "--evidence", folder) == 0
    assert capsys.readouterr().out == f"{pdf}：校验通过，3 个证据文件一致\n"
    # A bundle-shaped zip (data/evidence/…) is read without extracting it.
    bundle = tmp_path / "b.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("bagit.txt", "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n")
        for f in (folder / "evidence").iterdir():
            zf.write(f, f"data/evidence/{f.name}")
    assert _verify(pdf, "--evidence", bundle) == 0
    copy = tmp_path / "ev"
    (copy / "evidence").mkdir(parents=True)
    for f in (folder / "evidence").iterdir():
        (copy / "evidence" / f.name).write_bytes(f.read_bytes())
    capsys.readouterr()
    target = copy / "evidence" / "shot-01.png"
    data = bytearray(target.read_bytes())
    data[100] ^= 1
    target.write_bytes(bytes(data))
    (copy / "evidence" / "shot-03.png").unlink()
    assert _verify(pdf, "--evidence", copy) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"disputekit: {pdf} 与 {copy} 不一致：\n")
    assert "  - evidence/shot-01.png：已被改动（SHA-256 与材料包中记录的不符）\n" in err
    assert "  - evidence/shot-03.png：缺失\n" in err
    assert "shot-02.png" not in err


def test_verify_packet_needs_evidence_and_a_real_packet(packets, tmp_path, capsys):
    assert _verify(packets[PacketKind.APPEAL]) == 2
    assert capsys.readouterr().err == (
        f"disputekit verify: {packets[PacketKind.APPEAL]} 是材料包：请用 --evidence "
        "DIR|BUNDLE.zip 指出原始证据文件所在的文件夹或案件包\n"
    )
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert _verify(plain, "--evidence", tmp_path) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"disputekit: {plain} 无法作为 PDF 读取（")  # pypdf's own words inside
    nowhere = tmp_path / "no-such-folder"
    assert _verify(packets[PacketKind.APPEAL], "--evidence", nowhere) == 1
    assert capsys.readouterr().err == f"disputekit: 找不到文件或文件夹 {nowhere}\n"
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert _verify(packets[PacketKind.APPEAL], "--evidence", broken) == 1
    assert capsys.readouterr().err.startswith(f"disputekit: {broken} 无法作为 zip 读取（")


def test_sha256sum_checks_the_attached_manifest(packets, complete, tmp_path):
    folder = complete
    manifest = tmp_path / "manifest-sha256.txt"
    manifest.write_bytes(read_attachments(packets[PacketKind.APPEAL])["manifest-sha256.txt"])
    out = subprocess.run(
        ["sha256sum", "-c", str(manifest)], cwd=folder, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count(": OK") == 3


def test_pre_checks_name_what_blocks_each_kind(complete, tmp_path):
    case = load(complete)
    today = TODAY
    assert preflight(case, PacketKind.CIVIL_COMPLAINT, today) == []
    case.complainant.id_number = ""
    case.complainant.gender = None
    case.respondent.credit_code = "123"
    case.respondent.address = ""
    civil = {b.field_path: b.message_zh for b in preflight(case, PacketKind.CIVIL_COMPLAINT, today)}
    assert "原告公民身份号码" in civil["complainant.id_number"]
    assert "原告性别" in civil["complainant.gender"]
    assert "被告住所" in civil["respondent.address"]
    assert "18位" in civil["respondent.credit_code"]
    case.complainant.id_number = "33010619900101123X"
    case.complainant.birth_date = date(1991, 1, 1)
    mismatch = {b.field_path for b in preflight(case, PacketKind.CIVIL_COMPLAINT, today)}
    assert "complainant.birth_date" in mismatch
    association = {b.field_path for b in preflight(case, PacketKind.CONSUMER_ASSOCIATION, today)}
    # A malformed 统一社会信用代码 is worse than none: it blocks the 消协 request too.
    assert association == {"respondent.address", "respondent.credit_code"}
    # The identity is asked only for a court: the appeal does not need it.
    assert all(
        not (b.field_path or "").startswith("complainant")
        for b in preflight(case, PacketKind.APPEAL, today)
    )


def test_stored_case_packet_shows_vault_intake_times(tmp_path, capsys):
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"]) == 0
    out = tmp_path / "p.pdf"
    code = main(
        ["--data-dir", str(home), "packet", "2", "--kind", "appeal", "--out", str(out), "--draft"]
    )
    assert code == 0
    text = run("pdftotext", out, "-")
    integrity = text[text.index("证据完整性说明") :]
    assert "未记录" not in integrity.split("二、原件的保存")[0]
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}", integrity)
    assert json.loads(read_attachments(out)["case.json"])["format"] == "disputekit.case/1"


@pytest.mark.parametrize("kind", list(PacketKind))
def test_every_kind_builds_from_the_demo_and_verifies_against_its_bundle(kind, tmp_path, capsys):
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"]) == 0
    bundle, pdf = tmp_path / "case3.zip", tmp_path / f"{kind}.pdf"
    assert main(["--data-dir", str(home), "export", "3", "--out", str(bundle)]) == 0
    # The demo seller has no address on file: the kinds that need one are drafts.
    draft = [] if kind is PacketKind.APPEAL else ["--draft"]
    args = ["--data-dir", str(home), "packet", "3", "--kind", str(kind), "--out", str(pdf)]
    assert main([*args, *draft]) == 0
    assert _verify(pdf, "--evidence", bundle) == 0
    listing = run("pdfdetach", "-list", pdf)
    assert "manifest-sha256.txt" in listing and "case.json" in listing
    whole = "".join(pages(pdf))
    assert "证据目录" in whole and "证据完整性说明" in whole


def test_cli_refuses_a_court_packet_without_the_plaintiff_identity(tmp_path, capsys):
    case_json = write_sample_case(tmp_path / "case", screenshots=1, size=(540, 1200))
    out = tmp_path / "c.pdf"
    args = ["packet", str(case_json), "--kind", "civil_complaint", "--out", str(out)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "complainant.id_number: 缺少原告公民身份号码" in err
    assert "complainant.gender" in err and "complainant.birth_date" in err
    assert not out.exists()
    assert main([*args, "--draft"]) == 0  # a draft shows the blanks as 未填写
    assert "草稿" in run("pdftotext", out, "-")


def test_evidence_option_is_only_for_a_packet(tmp_path, capsys):
    bundle = tmp_path / "b.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("bagit.txt", "BagIt-Version: 0.97\n")
    assert _verify(bundle, "--evidence", tmp_path) == 1
    assert capsys.readouterr().err == (
        f"disputekit: --evidence 只用于材料包 PDF，{bundle} 不是 PDF\n"
    )
