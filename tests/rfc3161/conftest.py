"""A throw-away OpenSSL TSA per test module that needs one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rfc3161.openssl_tsa import OpenSslTsa


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> OpenSslTsa:
    return OpenSslTsa.make(Path(tmp_path_factory.mktemp("tsa")))
