"""`add` and `receive` through the real CLI: files read back from the store, the phone's side
played by an HTTP client on 127.0.0.1, the QR code decoded from what the terminal shows."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from disputekit.store import Store
from tests.app.upload_client import png, upload
from tests.domain.factories import make_case


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.cases.create(make_case())
    return folder


def _evidence(data: Path) -> list:
    with Store.open(data) as store:
        return store.cases.get(1).evidence


def test_add_prints_the_new_ids_and_refuses_like_a_drop(data: Path, tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png("red"))
    (tmp_path / "b.png").write_bytes(png("blue"))
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "zero.png").write_bytes(b"")
    files = [str(tmp_path / n) for n in ("a.png", "b.png", "notes.txt", "zero.png")]
    done = run(data, "add", "1", *files, "--kind", "chat_log", "--caption", "客服聊天")
    assert done.returncode == 1
    assert done.stdout == "e1\ne2\n"
    assert "「notes.txt」不是图片或 PDF 文件（内容是文本）" in done.stderr
    assert "「zero.png」是空文件（0 字节）" in done.stderr
    items = _evidence(data)
    assert [(e.id, e.kind.value, e.caption, e.original_name) for e in items] == [
        ("e1", "chat_log", "客服聊天", "a.png"),
        ("e2", "chat_log", "客服聊天", "b.png"),
    ]
    again = run(data, "add", "1", str(tmp_path / "a.png"))
    assert again.returncode == 0 and again.stdout == ""
    assert "已在案件 1 中" in again.stderr


def test_add_to_a_missing_case_stores_nothing(data: Path, tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png("red"))
    done = run(data, "add", "7", str(tmp_path / "a.png"))
    assert done.returncode == 1 and "7" in done.stderr and "Traceback" not in done.stderr
    assert not any((data / "vault").rglob("*")) if (data / "vault").exists() else True


@pytest.mark.parametrize(
    ("bind", "words"),
    [
        ("8.8.8.8", "是公网地址"),
        ("0.0.0.0", "会在所有网络上接收文件"),
        ("169.254.1.1", "不是局域网地址或本机地址"),
        ("localhost", "不是 IPv4 地址"),
    ],
)
def test_receive_refuses_addresses_outside_the_lan(data: Path, bind: str, words: str) -> None:
    done = run(data, "receive", "1", "--bind", bind)
    assert done.returncode == 1 and words in done.stderr and done.stdout == ""


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--port", "70000"], "不是端口号"),
        (["--minutes", "90"], "一次接收最多 60 分钟"),
        (["--minutes", "0"], "太小"),
    ],
)
def test_receive_refuses_bad_options(data: Path, option: list[str], words: str) -> None:
    done = run(data, "receive", "1", "--bind", "127.0.0.1", *option)
    assert done.returncode == 2 and words in done.stderr


def test_receive_for_a_missing_case_opens_no_port(data: Path) -> None:
    done = run(data, "receive", "9", "--bind", "127.0.0.1")
    assert done.returncode == 1 and "9" in done.stderr and done.stdout == ""


def test_receive_on_a_port_in_use_says_so(data: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = run(data, "receive", "1", "--bind", "127.0.0.1", "--port", port)
    assert done.returncode == 1 and done.stdout == ""
    assert f"无法在 127.0.0.1 的端口 {port} 上接收文件：" in done.stderr
    assert "Traceback" not in done.stderr


def _qr_text(lines: list[str]) -> str:
    """Decode the QR code drawn with half blocks (a block is a light module)."""
    import zxingcpp

    rows = [line for line in lines if line and set(line) <= set("█▀▄ ")]
    width = max(len(r) for r in rows)
    image = Image.new("L", (width, 2 * len(rows)), 255)
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            image.putpixel((x, 2 * y), 255 if ch in "█▀" else 0)
            image.putpixel((x, 2 * y + 1), 255 if ch in "█▄" else 0)
    big = image.resize((width * 8, 2 * len(rows) * 8), Image.Resampling.NEAREST)
    (found,) = zxingcpp.read_barcodes(big)
    return found.text


class _Receiver:
    """`disputekit receive` in a subprocess, its stdout read line by line in a thread."""

    def __init__(self, data: Path, *args: str) -> None:
        cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "receive", "1",
               "--bind", "127.0.0.1", "--port", "0", *args]  # fmt: skip
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", env=env,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def until(self, words: str) -> str:
        while True:
            line = self.lines.get(timeout=30)
            self.seen.append(line)
            if words in line:
                return line

    def stop(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=30)
        self._pump_thread.join(timeout=30)
        assert self.proc.stderr is not None and self.proc.stdout and self.proc.stdin
        err = self.proc.stderr.read()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            pipe.close()
        return code, err


@pytest.mark.slow
def test_receive_with_yes_stores_each_file_and_prints_it(data: Path) -> None:
    receiver = _Receiver(data, "--yes", "--minutes", "2")
    try:
        line = receiver.until("用手机浏览器打开")
        address = line.split("：", 1)[1]
        assert address.startswith("http://127.0.0.1:") and address.endswith("/")
        receiver.until("普通 HTTP")
        assert _qr_text(receiver.seen) == address
        status, answer = upload(address, "截图.png", png("red"))
        assert status == 200 and answer["evidence_id"] == "e1"
        assert receiver.until("已收到 截图.png").endswith(f"SHA-256 {answer['sha256']}）")
        assert receiver.until("已加入案件") == "已加入案件 1：[e1] 截图.png"
    finally:
        code, err = receiver.stop()
    assert code == 0 and "已中断" in err
    assert receiver.until("接收已结束") == "接收已结束，端口已关闭"
    (item,) = _evidence(data)
    assert item.received is not None and item.received.original_name == "截图.png"
    with pytest.raises(OSError):
        upload(address, "late.png", png("blue"))


@pytest.mark.slow
def test_receive_asks_and_a_declined_batch_leaves_nothing(data: Path) -> None:
    receiver = _Receiver(data, "--minutes", "2")
    try:
        address = receiver.until("用手机浏览器打开").split("：", 1)[1]
        assert receiver.proc.stdin is not None
        receiver.proc.stdin.write("n\n")
        receiver.proc.stdin.flush()
        status, answer = upload(address, "a.png", png("red"))
        assert status == 200 and answer["state"] == "waiting"
        assert "127.0.0.1 发来一批文件：1 个" in receiver.until("发来一批文件")
        receiver.until("已拒绝这一批")
    finally:
        receiver.stop()
    assert _evidence(data) == []
