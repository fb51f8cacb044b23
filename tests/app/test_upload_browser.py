"""The phone upload page in a real browser (Debian's chromium driven by Playwright): pick
files, watch them arrive, accept the batch on the desktop side, see them in the store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from disputekit.app.upload.upload_batches import BatchState
from disputekit.app.upload.upload_session import ReceiveSession
from disputekit.store import Store
from tests.app.upload_client import png
from tests.domain.factories import make_case

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (scripts/setup adds it)"),
]


@pytest.fixture
def browser_page() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            # A phone's screen and browser.
            context = browser.new_context(
                viewport={"width": 390, "height": 844},
                user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile",
            )
            yield context.new_page()
        finally:
            browser.close()


def test_files_picked_on_the_page_arrive_in_the_case(
    store: Store, tmp_path: Path, browser_page: object
) -> None:
    page = browser_page
    case_id = store.cases.create(make_case())
    files = []
    for name, colour in (("支付截图.png", "red"), ("聊天.png", "green")):
        (tmp_path / name).write_bytes(png(colour, (300, 600)))
        files.append(tmp_path / name)
    (tmp_path / "notes.txt").write_text("not evidence", encoding="utf-8")
    files.append(tmp_path / "notes.txt")
    session = ReceiveSession(store.data_dir, case_id, bind="127.0.0.1")
    session.start()
    try:
        page.goto(session.address)
        assert page.title() == "发送证据到电脑"
        page.set_input_files("#files", [str(f) for f in files])
        page.get_by_text("本批文件已发送").wait_for(timeout=20_000)
        states = page.locator("li .state").all_inner_texts()
        assert sum("已收到，等待电脑确认" in s for s in states) == 2
        assert any("不是图片、PDF 或录屏视频" in s for s in states)
        (batch,) = session.views()
        assert batch.state is BatchState.READY and batch.count == 2
        session.accept(batch.id).result(timeout=30)
        page.get_by_text("已加入案件（e2）").wait_for(timeout=20_000)
        page.get_by_text("已加入案件（e1）").wait_for(timeout=20_000)
    finally:
        session.close()
    items = store.cases.get(case_id).evidence
    assert sorted(e.original_name for e in items) == ["支付截图.png", "聊天.png"]
    assert all(e.received and "iPhone" in e.received.user_agent for e in items)
    assert all(e.received and e.received.last_modified is not None for e in items)
