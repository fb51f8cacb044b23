"""Find the shipped `assets/` and `templates/` folders, from a checkout or an installed wheel.

In a checkout they sit at the repository's top level; a wheel carries them as the packages
`disputekit._assets` and `disputekit._templates` (see pyproject's package-dir mapping); the
standalone app (packaging/disputekit.spec) unpacks them under `sys._MEIPASS/disputekit/`.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_CHECKOUT = Path(__file__).resolve().parent.parent


def _root(folder: str, package: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        # PyInstaller keeps data files as plain files beside the bundled modules.
        return Path(frozen).joinpath(*package.split("."))
    local = _CHECKOUT / folder
    if (local / "__init__.py").is_file():
        return local
    # Installed: the folder is package data; wheels unpack to real files, so a Path is fine.
    return Path(str(resources.files(package)))


def assets_dir() -> Path:
    """The folder holding fonts, legal texts and icons."""
    return _root("assets", "disputekit._assets")


def templates_dir() -> Path:
    """The folder holding the Jinja2 templates a volunteer may edit."""
    return _root("templates", "disputekit._templates")


def asset(*parts: str) -> Path:
    """The path of one shipped asset, e.g. `asset("fonts", "OFL.txt")`."""
    return assets_dir().joinpath(*parts)


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=False,  # plain text and PDF paragraphs, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_template(name: str, **context: Any) -> str:
    """Render one template from `templates/` with the given context."""
    return str(_environment().get_template(name).render(**context))
