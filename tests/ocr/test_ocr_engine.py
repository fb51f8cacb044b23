"""The real engine (the optional [ocr] extra): bundled models only, no network, right fields."""

from __future__ import annotations

import json
import socket

import pytest

from disputekit.cli import main
from disputekit.ocr import ScreenReader, ocr_available
from disputekit.ocr.engine import DET_MODEL, REC_MODEL, OcrEngine, bundled_model_dir, offline_params
from tests.support.ocr_screens import draw_sample

pytestmark = pytest.mark.skipif(
    not ocr_available(), reason="the optional [ocr] extra (rapidocr, onnxruntime) is not installed"
)
KEY = ("order_no", "merchant_order_no", "amount", "time")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test (the product is offline)."""
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError(f"network access attempted: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_the_wheel_carries_the_models_and_the_classifier_is_off():
    folder = bundled_model_dir()
    assert (folder / DET_MODEL).stat().st_size > 1_000_000
    assert (folder / REC_MODEL).stat().st_size > 1_000_000
    params = offline_params(folder)
    assert params["Global.use_cls"] is False  # its model is not in the wheel: it would download
    assert params["Det.model_path"] == str(folder / DET_MODEL)
    assert params["Rec.model_path"] == str(folder / REC_MODEL)


@pytest.mark.slow
def test_reads_payment_and_order_pages_offline(no_network, tmp_path):
    reader = ScreenReader(OcrEngine(), tmp_path / "cache")
    for layout in ("wechat", "shop_stacked"):
        sample = draw_sample(layout, 3)
        path = tmp_path / f"{layout}.png"
        sample.image.save(path)
        fields = reader.read(path).fields
        got = {k: fields[k].value for k in KEY if k in fields}
        assert got == {k: v for k, v in sample.truth.items() if k in KEY}, layout
    assert no_network == []
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2


@pytest.mark.slow
def test_cli_prints_fields_with_boxes_as_json(no_network, tmp_path, capsys):
    sample = draw_sample("alipay", 5)
    path = tmp_path / "Screenshot_alipay.png"
    sample.image.save(path)
    code = main(["--data-dir", str(tmp_path / "data"), "ocr", str(path), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    fields = data["fields"]
    for name in KEY:
        assert fields[name]["value"] == sample.truth[name]
    x, y, w, h = fields["amount"]["box"]
    assert 0 <= x < 1080 and 0 <= y < 2400 and w > 0 and h > 0
    # The headline sum is the big "-98.50" near the top of the page.
    assert y < 600 and h > 50
    assert 0.5 < fields["amount"]["confidence"] <= 1
    assert not (tmp_path / "data").exists()  # a loose image does not create a data folder
