"""Encrypted bill exports at intake: owner-password AES is read, a password to open is asked
for in words, and a missing decryption library is a refusal, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pypdf import PdfWriter
from pypdf.errors import DependencyError

from disputekit.messages import render
from disputekit.store import IntakeError


def encrypted_pdf(path: Path, user_password: str, pages: int = 3) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    with path.open("wb") as f:
        writer.write(f)
    return path


def test_an_owner_password_aes_pdf_is_stored_with_its_pages(store, tmp_path):
    stored = store.vault.add_file(encrypted_pdf(tmp_path / "bill.pdf", ""))
    assert (stored.format, stored.pages) == ("PDF", 3)
    assert store.vault.verify(stored.sha256)


def test_a_pdf_that_needs_a_password_is_refused_with_what_to_do(store, tmp_path):
    with pytest.raises(IntakeError) as refused:
        store.vault.add_file(encrypted_pdf(tmp_path / "locked.pdf", "secret"))
    assert "needs a password to open" in render(refused.value.text, "en")
    assert "without a password" in render(refused.value.text, "en")
    assert "需要密码" in str(refused.value) and "locked.pdf" in str(refused.value)
    assert not list(store.vault.root.glob("??/??/*"))


def test_without_the_decryption_library_the_file_is_refused(store, tmp_path, monkeypatch):
    real = pypdf.PdfReader

    class NoCrypto(real):  # what pypdf raises when `cryptography` is not installed
        def decrypt(self, password):
            raise DependencyError("cryptography>=3.1 is required for AES algorithm")

        @property
        def pages(self):
            raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf, "PdfReader", NoCrypto)
    path = encrypted_pdf(tmp_path / "bill.pdf", "")
    report = store.vault.add_many([path, path])
    assert report.stored == []
    assert [code.code for _, code in report.failed] == ["unreadable", "unreadable"]
    assert "cannot decrypt" in render(report.failed[0][1].text, "en")
