"""Fixtures for GUI tests: a store in tmp, services with a fake clock and synchronous tasks,
a session, the main window, and stubbed modal dialogs (no test ever blocks on one)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from disputekit.ui.shared.services import Services, settings_at
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import TaskRunner


class FakeClock:
    """A settable clock: `clock.now = ...` or `clock.advance(...)`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


@dataclass
class DialogStub:
    """Answers for the static QFileDialog/QMessageBox calls; records what was asked."""

    open_files: list[str] = field(default_factory=list)  # getOpenFileNames
    open_file: str = ""  # getOpenFileName
    save_file: str = ""  # getSaveFileName
    directory: str = ""  # getExistingDirectory
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    calls: list[tuple[str, str]] = field(default_factory=list)  # (function, text or title)
    buttons: list[list[str]] = field(default_factory=list)  # button texts of exec()'d boxes

    def messages(self, kind: str) -> list[str]:
        """The texts shown by one kind of message box ("warning", "information", ...)."""
        return [text for name, text in self.calls if name == kind]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output (scripts/setup); rebuild them when a .ts is newer."""
    from disputekit.ui.shared.language.i18n import translations_dir
    from disputekit.ui.shell.i18n_build import build

    for ts in translations_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            build()
            return


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store, clock: FakeClock, tmp_path: Path, qapp: Any) -> Iterator[Services]:
    from disputekit.ui.shared.language.i18n import CHINESE, install_language

    install_language(qapp, CHINESE)  # the app's default, whatever the test machine's locale
    yield Services(
        store=store,
        clock=clock,
        tasks=TaskRunner(synchronous=True),
        settings=settings_at(tmp_path / "settings.ini"),
    )


@pytest.fixture
def session(services: Services, qtbot: Any) -> CaseSession:
    return CaseSession(services.workspace)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogStub:
    stub = DialogStub()

    def record(name: str, answer: Any) -> Any:
        def fake(*args: Any, **_kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            stub.calls.append((name, texts[-1] if texts else ""))
            return answer() if callable(answer) else answer

        return staticmethod(fake)

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", record("open_files", lambda: (list(stub.open_files), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", record("open_file", lambda: (stub.open_file, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", record("save_file", lambda: (stub.save_file, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", record("directory", lambda: stub.directory)
    )
    monkeypatch.setattr(QMessageBox, "question", record("question", lambda: stub.question_answer))
    for kind in ("warning", "information", "critical", "about"):
        answer = None if kind == "about" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, record(kind, answer))

    def exec_box(box: QMessageBox) -> int:
        # A message box built in code and run with exec() is recorded as a question too.
        stub.calls.append(("question", box.text()))
        stub.buttons.append([b.text() for b in box.buttons()])
        return int(stub.question_answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return stub


@pytest.fixture
def main_window(services: Services, dialogs: DialogStub, qtbot: Any) -> Any:
    from disputekit.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.case_list.loaded)  # the list is filled after the first paint
    return window
