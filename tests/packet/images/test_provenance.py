"""The 证据目录's 来源: what the user recorded, else what the file's own metadata says."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.packet.images.exhibits import Exhibit
from disputekit.packet.images.provenance import provenance
from disputekit.packet.pages.catalog import derived_note
from disputekit.packet.pages.text import SHANGHAI


def photo(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "HUAWEI P40"
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 10:15:00"
    Image.new("RGB", (40, 80), "white").save(path, "JPEG", exif=exif)
    return path


def test_device_and_time_come_from_exif_when_not_recorded(tmp_path):
    item = EvidenceItem("e1", EvidenceKind.CHAT_LOG, source="screenshot")
    p = provenance(item, photo(tmp_path / "a.jpg"))
    assert p.source == "截图"
    assert p.device == "HUAWEI P40"  # the model already names the make: not "HUAWEI HUAWEI P40"
    assert p.captured_at == "2026年11月20日 10:15（设备时间）"
    assert p.lines()[-1] == "（设备、取证时间读自文件元数据）"


def test_what_the_user_recorded_wins(tmp_path):
    item = EvidenceItem(
        "e1",
        EvidenceKind.CHAT_LOG,
        source="微信截图",
        captured_at=datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI),
        device="iPhone 15",
        captured_by="李四（志愿者）",
    )
    p = provenance(item, photo(tmp_path / "a.jpg"))
    assert p.lines() == [
        "微信截图",
        "设备：iPhone 15",
        "取证人：李四（志愿者）",
        "取证时间：2026年11月21日 09:00",
    ]


def test_a_file_from_the_phone_says_the_received_bytes_were_hashed(tmp_path):
    from disputekit.domain.case.parts import Received

    item = EvidenceItem(
        "e1",
        EvidenceKind.CHAT_LOG,
        received=Received(
            via="lan_upload",
            at=datetime(2026, 12, 7, 20, 30, tzinfo=SHANGHAI),
            client="192.168.1.23",
            original_name="IMG_0412.HEIC",
        ),
    )
    assert provenance(item, None).lines()[-1] == (
        "经局域网从手机接收（2026年12月7日 20:30，原文件名「IMG_0412.HEIC」）；"
        "校验值按电脑收到的文件计算（手机发送时可能已转换格式，如 iPhone 将 HEIC 转为 JPEG）"
    )
    assert provenance(EvidenceItem("e2", EvidenceKind.OTHER), None).received == ""


def test_png_software_chunk_names_the_tool(tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "Android Screenshot")
    path = tmp_path / "s.png"
    Image.new("RGB", (40, 80), "white").save(path, pnginfo=info)
    p = provenance(EvidenceItem("e1", EvidenceKind.OTHER), path)
    assert p.device == "Android Screenshot"
    assert p.captured_at == "未记录"


def test_a_redacted_copy_names_its_original(tmp_path):
    original = EvidenceItem("e1", EvidenceKind.CHAT_LOG)
    copy = EvidenceItem("e2", EvidenceKind.CHAT_LOG, derived_from="a" * 64)
    ex1 = Exhibit(1, original, tmp_path / "a", "a" * 64, False)
    ex2 = Exhibit(2, copy, tmp_path / "b", "b" * 64, False)
    assert derived_note(ex2, [ex1, ex2]) == "由证据1打码（遮盖个人信息）得到的副本"
    assert "原件由当事人保存" in derived_note(ex2, [ex2])
    assert derived_note(ex1, [ex1, ex2]) == ""


def test_png_metadata_is_read_without_the_pixels_and_matches_pillow(tmp_path):
    import struct
    import zlib

    from disputekit.packet.images.provenance import _png_metadata, file_metadata

    info = PngImagePlugin.PngInfo()
    info.add_itxt("Software", "截图工具 2.1", zip=True)
    info.add_text("Creation Time", "2026:11:20 10:15:00", zip=True)
    path = tmp_path / "shot.png"
    Image.new("RGB", (64, 128), "white").save(path, pnginfo=info)
    # An eXIf chunk after the pixel data, where Pillow only finds it by decoding the image.
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Xiaomi", "Xiaomi 14"
    body = exif.tobytes()[6:] if exif.tobytes().startswith(b"Exif") else exif.tobytes()
    chunk = struct.pack(">I4s", len(body), b"eXIf") + body
    chunk += struct.pack(">I", zlib.crc32(b"eXIf" + body))
    data = path.read_bytes()
    path.write_bytes(data[:-12] + chunk + data[-12:])  # before IEND

    with Image.open(path) as im:
        im.load()
        pillow = (dict(im.getexif()), im.info["Software"], im.info["Creation Time"])
    exif_read, text = _png_metadata(path)
    assert (dict(exif_read), text["Software"], text["Creation Time"]) == pillow
    assert file_metadata(path) == {
        "device": "Xiaomi 14",
        "software": "截图工具 2.1",
        "captured_at": "2026:11:20 10:15:00",
    }
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert _png_metadata(tmp_path / "photo.jpg") is None  # not a PNG: Pillow's path


@pytest.mark.parametrize(
    ("source", "printed"),
    [
        ("official_export", "支付机构官方导出的账单（原始文件）"),
        ("platform_export", "平台导出记录"),
        ("screenshot", "截图"),
        ("photo", "拍照"),
        ("screen_recording", "录屏"),
        (" 支付宝账单截图 ", "支付宝账单截图"),
    ],
)
def test_the_packet_words_each_known_source_code(source, printed):
    item = EvidenceItem("e1", EvidenceKind.OTHER, source=source)
    assert provenance(item, None).source == printed
