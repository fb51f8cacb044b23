"""The wheel carries assets/ and templates/, and an installed copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("disputekit-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_assets_templates_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    checkout_assets = {
        "disputekit/_assets/" + p.relative_to(ROOT / "assets").as_posix()
        for p in (ROOT / "assets").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    checkout_templates = {
        "disputekit/_templates/" + p.relative_to(ROOT / "templates").as_posix()
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert checkout_assets - names == set()
    assert checkout_templates - names == set()
    assert any(n.startswith("disputekit/_assets/fonts/") and n.endswith(".ttf") for n in names)
    assert any(n.endswith(".j2") for n in names)
    assert any(n.startswith("disputekit/ui/translations/") and n.endswith(".qm") for n in names)
    # Sample builders and maintainer scripts serve tests and scripts/, not the app.
    test_only = ("samples.py", "sample_screens.py", "i18n_update.py")
    assert {n for n in names if n.endswith(test_only)} == set()


@pytest.mark.slow
def test_installed_wheel_finds_its_assets(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "from disputekit import resources as r; import disputekit;"
        "print(disputekit.__file__); print(r.assets_dir()); print(r.templates_dir());"
        "print(sorted(p.name for p in r.asset('fonts').glob('*.ttf')));"
        "print('发送证据到电脑' in r.asset('phone', 'upload.html').read_text(encoding='utf-8'))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    module, assets, templates, fonts, phone_page = result.stdout.splitlines()
    assert module.startswith(str(site))
    assert assets.startswith(str(site)) and templates.startswith(str(site))
    assert "DisputeKitSansSC-Regular.ttf" in fonts
    assert phone_page == "True"  # the phone upload page, served from the installed copy


def test_the_frozen_app_finds_resources_where_the_spec_puts_them(tmp_path, monkeypatch):
    from disputekit import resources

    spec = (ROOT / "packaging" / "disputekit.spec").read_text(encoding="utf-8")
    for folder in ("disputekit/_assets", "disputekit/_templates", "disputekit/ui/translations"):
        assert f'"{folder}"' in spec
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.assets_dir() == tmp_path / "disputekit" / "_assets"
    assert resources.templates_dir() == tmp_path / "disputekit" / "_templates"
    assert resources.asset("fonts", "OFL.txt") == tmp_path / "disputekit/_assets/fonts/OFL.txt"
    monkeypatch.delattr(sys, "frozen")
    assert resources.assets_dir() == ROOT / "assets"  # a checkout again


def test_the_console_is_left_alone_outside_the_windows_app():
    from disputekit.console import release_own_console

    assert release_own_console() is False
