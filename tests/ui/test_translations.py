"""Every zh_CN string in every translations/*.ts is finished, and the .ts compile."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from disputekit.ui.i18n import translations_dir
from disputekit.ui.i18n_build import build

TS_FILES = sorted(translations_dir().glob("*_zh_CN.ts"))


def test_there_are_chinese_translations():
    assert any(p.name == "app_zh_CN.ts" for p in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path):
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                problems.append(f"{name}: {source!r} is unfinished")
            elif not (translation.text or "").strip() and not translation.findall("numerusform"):
                problems.append(f"{name}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_translations_compile(tmp_path: Path):
    for ts in TS_FILES:
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    written = build(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.with_suffix(".qm").name for p in TS_FILES)
    assert all(p.stat().st_size > 100 for p in written)
