"""The demo: three cases, one per order state, with screenshots that show the case's facts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from disputekit.cli import main
from disputekit.domain.case.values.money import format_money
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, OrderStatus
from disputekit.resources import asset
from disputekit.store.demo import demo_draw
from disputekit.store.demo.demo_set import DEMO_KEY, add_demo_cases, demo_cases, render_screen


@pytest.fixture
def drawn_text(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every string the demo draws, in order."""
    seen: list[str] = []
    original = demo_draw.Screen.text

    def spy(self, xy, text, *args, **kwargs):
        seen.append(text)
        return original(self, xy, text, *args, **kwargs)

    monkeypatch.setattr(demo_draw.Screen, "text", spy)
    return seen


def test_three_cases_one_per_order_state(store):
    ids = add_demo_cases(store)

    cases = [store.cases.get(i) for i in ids]
    assert [c.order.status for c in cases] == [
        OrderStatus.PENDING_DELIVERY,
        OrderStatus.DELIVERED_NOT_CREDITED,
        OrderStatus.COMPLETED,
    ]
    assert [c.extra[DEMO_KEY] for c in cases] == [str(c.order.status) for c in cases]
    assert {c.complainant.name for c in cases} >= {"王喆", "李堃"}  # rare name characters
    for case in cases:
        assert case.order.ordered_at.utcoffset() == timedelta(hours=8)
        assert (case.order.ordered_at.year, case.order.ordered_at.month) == (2026, 11)
        assert case.claims.refund_amount == case.order.amount_paid
        kinds = [e.kind for e in case.evidence]
        assert kinds == [
            EvidenceKind.PAYMENT_RECORD,
            EvidenceKind.ORDER_SCREENSHOT,
            EvidenceKind.CHAT_LOG,
        ]
        ids_of_items = {e.id for e in case.evidence}
        linked = {ref for event in case.events for ref in event.evidence}
        assert linked == ids_of_items  # every screenshot backs some event, none dangles
        for item in case.evidence:
            info = store.vault.info(item.sha256)
            assert (info.format, info.width, info.height) == ("PNG", 1080, 2400)
            assert store.vault.verify(item.sha256)
            assert item.file == f"evidence/{info.original_name}"
    assert store.cases.count() == 3


def test_second_run_adds_nothing(store):
    first = add_demo_cases(store)
    files = store.db.execute("SELECT count(*) FROM files").fetchone()[0]

    assert add_demo_cases(store) == first
    assert store.cases.count() == 3
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == files == 9


def test_a_deleted_demo_case_comes_back_alone(store):
    ids = add_demo_cases(store)
    store.cases.delete(ids[1])

    again = add_demo_cases(store)

    assert again[0] == ids[0] and again[2] == ids[2]
    assert again[1] not in ids
    assert store.cases.count() == 3


def test_a_users_case_with_the_same_order_number_is_not_taken_for_the_demo(store):
    mine = demo_cases()[0].case
    mine.extra.clear()
    mine.evidence.clear()
    for event in mine.events:
        event.evidence.clear()
    own_id = store.cases.create(mine)

    ids = add_demo_cases(store)

    assert own_id not in ids
    assert store.cases.count() == 4


def test_screenshots_show_the_cases_facts(drawn_text):
    for demo in demo_cases():
        case, order = demo.case, demo.case.order
        for item in case.evidence:
            drawn_text.clear()
            image = render_screen(case, item, demo.screens[item.id])
            assert image.size == (1080, 2400)
            text = "".join(drawn_text)
            assert order.order_no in text, item.file
            if item.kind != EvidenceKind.CHAT_LOG:
                assert format_money(order.amount_paid) in text
            if item.kind == EvidenceKind.PAYMENT_RECORD:
                paid = case.latest(EventKind.PAID)
                assert paid.at.strftime("%Y-%m-%d %H:%M:%S") in text
                assert order.transaction_no in text
            if item.kind == EvidenceKind.ORDER_SCREENSHOT:
                # as the platform words it: 已发货 even when nothing arrived
                platform_says = {"pending_delivery": "待发货", "completed": "交易成功"}
                assert platform_says.get(order.status, "已发货") in text
            # the status bar shows the time the screenshot was taken
            assert item.captured_at.strftime("%H:%M") == drawn_text[0]


def test_every_drawn_character_is_in_the_bundled_font(drawn_text):
    for demo in demo_cases():
        for item in demo.case.evidence:
            render_screen(demo.case, item, demo.screens[item.id])
    cmap = TTFont(asset("fonts", "DisputeKitSansSC-Regular.ttf")).getBestCmap()
    missing = {ch for ch in "".join(drawn_text) if ord(ch) not in cmap and not ch.isspace()}
    assert missing == set()
    assert "喆" in "".join(drawn_text)


def test_chat_bubbles_are_green_and_white():
    demo = demo_cases()[0]
    chat = next(e for e in demo.case.evidence if e.kind == EvidenceKind.CHAT_LOG)
    image: Image.Image = render_screen(demo.case, chat, demo.screens[chat.id])
    colours = {colour for _, colour in image.getcolors(maxcolors=1_000_000)}
    assert (0x95, 0xEC, 0x69) in colours  # the buyer's green bubbles
    assert (255, 255, 255) in colours  # the shop's white ones


def test_demo_command_prints_the_ids_and_is_idempotent(tmp_path, capsys):
    data = str(tmp_path / "cli-data")
    assert main(["--data-dir", data, "demo"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert main(["--data-dir", data, "demo"]) == 0
    second = capsys.readouterr().out.splitlines()

    assert [line.split("\t")[0] for line in first] == ["1", "2", "3"]
    assert all(line.endswith("\t（新添加）") for line in first)
    assert [line.split("\t")[:4] for line in second] == [line.split("\t")[:4] for line in first]
    assert all(line.endswith("\t（已存在）") for line in second)
    assert "SC20261118093512001" in first[0] and "待发货" in first[0]
