"""Vocabulary labels: the evidence source codes and how typed or picked text maps to them."""

from __future__ import annotations

import pytest

from disputekit.domain.case.vocabulary import EvidenceSource, source_code, source_label


def test_every_source_code_has_its_own_chinese_and_english_label():
    # The packet prints these words in its 来源 column: a code once shipped keeps them. A new
    # code only adds an entry (its wording is pinned in tests/packet/test_provenance.py).
    shipped = {
        "official_export": "支付机构官方导出的账单（原始文件）",
        "platform_export": "平台导出记录",
        "screenshot": "截图",
        "photo": "拍照",
        "screen_recording": "录屏",
    }
    assert shipped.items() <= {s.value: s.label("zh") for s in EvidenceSource}.items()
    assert len({s.label("zh") for s in EvidenceSource}) == len(EvidenceSource)
    assert len({s.label("en") for s in EvidenceSource}) == len(EvidenceSource)
    assert EvidenceSource.OFFICIAL_EXPORT.label("en") == "Official bill export (original file)"
    for source in EvidenceSource:
        assert source.label("en").isascii() and source.label("en") != source.value


@pytest.mark.parametrize(
    ("stored", "lang", "shown"),
    [
        ("official_export", "zh", "支付机构官方导出的账单（原始文件）"),
        ("screen_recording", "en", "Screen recording"),
        (" photo ", "zh", "拍照"),
        ("微信截图", "en", "微信截图"),  # free text is shown as written
        ("", "zh", ""),
    ],
)
def test_a_source_is_shown_by_its_label_when_it_is_a_known_code(stored, lang, shown):
    assert source_label(stored, lang) == shown


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("截图", "screenshot"),
        ("Screenshot", "screenshot"),
        ("  支付机构官方导出的账单（原始文件） ", "official_export"),
        ("platform_export", "platform_export"),
        ("  微信聊天截图 ", "微信聊天截图"),
        ("screenshot of the chat", "screenshot of the chat"),
        ("", ""),
    ],
)
def test_a_label_in_either_language_is_stored_as_its_code(text, stored):
    assert source_code(text) == stored
