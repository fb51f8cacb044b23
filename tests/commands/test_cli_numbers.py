"""Numbers on the command line: ASCII digits only, sizes in range; a sentence, never a
traceback, and nothing stored changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.store import Store


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("numbers") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.mark.parametrize("digit", ["３", "٣", "²", " 3", "1_0"])
@pytest.mark.parametrize(
    "command", [["show"], ["export", "--out", "x.zip"], ["bill", "b.csv", "--case"]]
)
def test_a_case_id_in_other_digits_is_refused(data, capsys, command, digit):
    args = [*command[:1], digit, *command[1:]] if command[0] != "bill" else [*command, digit]
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), *args])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"「{digit}」不是编号：请只用阿拉伯数字 0–9 书写，例如 3" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["advise", "²"], ["packet", "³", "--kind", "appeal"]])
def test_advise_and_packet_take_superscripts_for_no_case(data, capsys, tmp_path, command):
    with Store.open(data) as store:
        before = [store.cases.get(i) for i in store.cases.ids()]
    out = ["--out", str(tmp_path / "p.pdf")] if command[0] == "packet" else []
    assert main(["--data-dir", str(data), *command, *out]) == 1
    err = capsys.readouterr().err
    assert f"无法读取 {command[1]}：找不到该文件或文件夹" in err
    with Store.open(data) as store:
        assert [store.cases.get(i) for i in store.cases.ids()] == before


def test_a_huge_grace_is_a_usage_error(data, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), "gc", "--grace-minutes", "99999999999999999999"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "「99999999999999999999」太大：须是不大于 5270400 的数字" in err
    assert main(["--data-dir", str(data), "gc", "--grace-minutes", "5270400"]) == 0
