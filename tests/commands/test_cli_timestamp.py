"""`timestamp request|attach|send` and `verify BUNDLE` with a stamp, through the real CLI,
answered by a throw-away OpenSSL TSA; the exported bundle checked by `openssl ts -verify`
and by the bagit library, as a reader of the bundle would."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest

from tests.rfc3161.local_tsa_server import local_tsa
from tests.rfc3161.openssl_tsa import OpenSslTsa, openssl_verify

PROXIES = {"http_proxy", "https_proxy", "all_proxy"}


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    # No proxy: a request to the test's TSA on 127.0.0.1 goes nowhere else.
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXIES}
    return subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env
    )


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> OpenSslTsa:
    return OpenSslTsa.make(Path(tmp_path_factory.mktemp("tsa")))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert run(folder, "demo").returncode == 0
    return folder


def _stamp(data: Path, tmp_path: Path, reply_of) -> Path:
    tsq = tmp_path / "req.tsq"
    asked = run(data, "timestamp", "request", "1", "--out", str(tsq))
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.startswith(f"已为案件 1 写出时间戳请求 {tsq}（清单含 3 个证据文件，摘要 ")
    tsr = tmp_path / "reply.tsr"
    tsr.write_bytes(reply_of(tsq.read_bytes()))
    return tsr


def _unzip(bundle: Path, into: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(into)
    return into


def test_request_reply_attach_export_and_openssl_verifies(
    data: Path, tmp_path: Path, tsa: OpenSslTsa
) -> None:
    tsr = _stamp(data, tmp_path, tsa.reply)
    attached = run(data, "timestamp", "attach", "1", str(tsr))
    assert attached.returncode == 0, attached.stderr
    assert (
        "（北京时间），时间戳服务 DisputeKit Test TSA, Test，覆盖 3 个证据文件" in attached.stdout
    )
    bundle = tmp_path / "case1.zip"
    assert run(data, "export", "1", "--out", str(bundle)).returncode == 0
    bag = _unzip(bundle, tmp_path / "bag")
    (manifest,) = (bag / "timestamps").glob("manifest-*.txt")
    (token,) = (bag / "timestamps").glob("*.tsr")
    assert token.read_bytes() == tsr.read_bytes()  # the reply as received
    checked = openssl_verify(manifest, token, tsa.ca)
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    bagit.Bag(str(bag)).validate()
    listed = (bag / "tagmanifest-sha256.txt").read_text()
    assert f"timestamps/{token.name}" in listed and f"timestamps/{manifest.name}" in listed
    # The stamped manifest checks the bundle's evidence with sha256sum's own format.
    for line in manifest.read_text().splitlines():
        sha, _, rel = line.partition("  ")
        assert hashlib.sha256((bag / "data" / rel).read_bytes()).hexdigest() == sha

    plain = run(data, "verify", str(bundle))
    assert plain.returncode == 0, plain.stderr
    assert (
        "可信时间戳：" in plain.stdout
        and "（北京时间），时间戳服务 DisputeKit Test TSA, Test" in plain.stdout
    )
    assert "证书链未核对" in plain.stdout and "核对通过" not in plain.stdout
    assert "最近一次时间戳覆盖的证据：e1 (evidence/" in plain.stdout
    trusted = run(data, "verify", str(bundle), "--tsa-ca", str(tsa.ca))
    assert trusted.returncode == 0 and f"证书链已按 {tsa.ca} 核对通过" in trusted.stdout
    other = OpenSslTsa.make(tmp_path / "other", name="Other TSA")
    wrong = run(data, "verify", str(bundle), "--tsa-ca", str(other.ca))
    assert wrong.returncode == 1 and "证书链未通过核对" in wrong.stderr

    # Imported elsewhere and exported again, the stamp travels on.
    again = tmp_path / "again"
    assert run(again, "import", str(bundle)).returncode == 0
    bundle2 = tmp_path / "again.zip"
    assert run(again, "export", "1", "--out", str(bundle2)).returncode == 0
    with zipfile.ZipFile(bundle2) as zf:
        assert zf.read(f"timestamps/{token.name}") == token.read_bytes()


def _rehash(bag: Path) -> None:
    """Recompute the bag's manifests after an edit, as someone covering it up would."""
    lines = []
    for path in sorted((bag / "data").rglob("*")):
        if path.is_file():
            rel = path.relative_to(bag).as_posix()
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {rel}\n")
    (bag / "manifest-sha256.txt").write_text("".join(lines))
    tags = []
    for line in (bag / "tagmanifest-sha256.txt").read_text().splitlines():
        rel = line.partition("  ")[2]
        tags.append(f"{hashlib.sha256((bag / rel).read_bytes()).hexdigest()}  {rel}\n")
    (bag / "tagmanifest-sha256.txt").write_text("".join(tags))


def _zip(bag: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(bag).as_posix())
    return out


def test_altered_and_rehashed_bundles(data: Path, tmp_path: Path, tsa: OpenSslTsa, png) -> None:
    assert (
        run(data, "timestamp", "attach", "1", str(_stamp(data, tmp_path, tsa.reply))).returncode
        == 0
    )
    bundle = tmp_path / "case1.zip"
    assert run(data, "export", "1", "--out", str(bundle)).returncode == 0
    bag = _unzip(bundle, tmp_path / "bag")
    (shot,) = sorted((bag / "data" / "evidence").iterdir())[:1]
    raw = bytearray(shot.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    shot.write_bytes(bytes(raw))
    flipped = run(data, "verify", str(_zip(bag, tmp_path / "flipped.zip")))
    assert flipped.returncode == 1 and "evidence/" in flipped.stderr
    (manifest,) = (bag / "timestamps").glob("manifest-*.txt")
    (token,) = (bag / "timestamps").glob("*.tsr")
    assert openssl_verify(manifest, token, tsa.ca).returncode == 0  # the stamp itself holds
    # Replaced and re-hashed consistently: the bag passes, the stamp shows what it no
    # longer covers.
    raw = png((1, 2, 3))
    shot.write_bytes(raw)
    doc = json.loads((bag / "data" / "case.json").read_text())
    rel = shot.relative_to(bag / "data").as_posix()
    for item in doc["evidence"]:
        if item["file"] == rel:
            item["sha256"] = hashlib.sha256(raw).hexdigest()
    (bag / "data" / "case.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2))
    _rehash(bag)
    rehashed = run(data, "verify", str(_zip(bag, tmp_path / "rehashed.zip")))
    assert rehashed.returncode == 0, rehashed.stderr
    assert "本案件包当前的证据清单不是加盖时间戳的那一份" in rehashed.stdout
    assert f"时间戳未覆盖 {rel}" in rehashed.stdout
    assert f"盖章的清单列有 {rel}" in rehashed.stdout
    # A record later than the stamp is named.
    doc["events"].append(
        {"id": "ev99", "at": "2099-01-01T00:00:00+08:00", "kind": "cs_contacted", "note": "x"}
    )
    (bag / "data" / "case.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2))
    _rehash(bag)
    later = run(data, "verify", str(_zip(bag, tmp_path / "later.zip")))
    assert "早于案件的最后记录（2099-01-01 00:00:00）" in later.stdout
    # A token swapped for garbage fails the verification.
    token.write_bytes(b"garbage")
    _rehash(bag)
    broken = run(data, "verify", str(_zip(bag, tmp_path / "broken.zip")))
    assert broken.returncode == 1 and f"时间戳 timestamps/{token.name} 无效" in broken.stderr


def test_foreign_reply_is_refused_and_nothing_stored(
    data: Path, tmp_path: Path, tsa: OpenSslTsa
) -> None:
    assert (
        run(data, "timestamp", "request", "2", "--out", str(tmp_path / "two.tsq")).returncode == 0
    )
    foreign = tmp_path / "two.tsr"
    foreign.write_bytes(tsa.reply((tmp_path / "two.tsq").read_bytes()))
    _stamp(data, tmp_path, tsa.reply)
    before = run(data, "show", "1", "--json").stdout
    refused = run(data, "timestamp", "attach", "1", str(foreign))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith(
        "disputekit: 回复未被接受，未保存任何内容：回复盖章的不是这份请求的证据清单"
    )
    assert run(data, "show", "1", "--json").stdout == before
    rejected = tmp_path / "no.tsr"
    rejected.write_bytes(OpenSslTsa.rejection())
    said = run(data, "timestamp", "attach", "1", str(rejected))
    assert (
        said.returncode == 1
        and "时间戳服务拒绝了请求（状态 rejection：unsupported algorithm）" in said.stderr
    )
    missing = run(data, "timestamp", "attach", "1", str(tmp_path / "none.tsr"))
    assert missing.returncode == 1 and "none.tsr" in missing.stderr


def test_expired_since_tsa_certificate_verifies_at_the_token_time(
    data: Path, tmp_path: Path
) -> None:
    old = OpenSslTsa.make(
        tmp_path / "old",
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2021, 1, 1, tzinfo=UTC),
    )
    when = datetime(2020, 6, 1, 4, 0, tzinfo=UTC)
    tsr = _stamp(data, tmp_path, lambda req: old.past_reply(req, when))
    assert run(data, "timestamp", "attach", "1", str(tsr)).returncode == 0
    bundle = tmp_path / "case1.zip"
    assert run(data, "export", "1", "--out", str(bundle)).returncode == 0
    checked = run(data, "verify", str(bundle), "--tsa-ca", str(old.ca))
    assert checked.returncode == 0, checked.stderr
    assert "可信时间戳：2020-06-01 12:00:00（北京时间）" in checked.stdout
    bag = _unzip(bundle, tmp_path / "bag")
    (manifest,) = (bag / "timestamps").glob("manifest-*.txt")
    (token,) = (bag / "timestamps").glob("*.tsr")
    assert openssl_verify(manifest, token, old.ca, attime=when).returncode == 0
    # Checked today, OpenSSL needs the token's own time to accept the expired certificate.
    assert "certificate has expired" in openssl_verify(manifest, token, old.ca).stderr


def test_send_goes_only_to_the_named_address(data: Path, tmp_path: Path, tsa: OpenSslTsa) -> None:
    assert run(data, "timestamp", "request", "1", "--out", str(tmp_path / "r.tsq")).returncode == 0
    unknown = run(data, "timestamp", "send", "1", "--tsa", "nowhere")
    assert unknown.returncode == 1 and "已知：freetsa, digicert, sectigo" in unknown.stderr
    with local_tsa(tsa.reply) as (url, posted):
        sent = run(data, "timestamp", "send", "1", "--tsa", url)
    assert sent.returncode == 0, sent.stderr
    assert f"发送到 {url}" in sent.stderr and "已附上时间戳" in sent.stdout
    assert [body for _type, body in posted.requests] == [(tmp_path / "r.tsq").read_bytes()]
