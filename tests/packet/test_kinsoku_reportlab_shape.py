"""packet/kinsoku.py replaces private reportlab functions; fail loudly if reportlab changes them.

These names are not reportlab's public API, so an upgrade may rename, move or re-sign them
without notice. The source is read with `ast` so the checks see reportlab's own definitions
even after `kinsoku.install()` has replaced them in this process.
"""

from __future__ import annotations

import ast
import inspect

import pytest
from reportlab.lib import textsplit
from reportlab.platypus import paragraph

RECHECK = (
    "reportlab changed a private function that disputekit/packet/pages/kinsoku.py replaces: "
    "re-check "
    "_word_split, _frag_split and install() against reportlab's new paragraph.py and "
    "textsplit.py, then the kinsoku tests and a packet with long Chinese paragraphs."
)


def _module_tree(module: object) -> ast.Module:
    return ast.parse(inspect.getsource(module))  # type: ignore[arg-type]


def _top_level(tree: ast.Module, name: str) -> ast.FunctionDef | ast.ClassDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name:
            return node
    pytest.fail(f"{name} is no longer defined at the top level. {RECHECK}")


def _params(node: ast.FunctionDef) -> list[str]:
    return [a.arg for a in node.args.posonlyargs + node.args.args]


@pytest.mark.parametrize(
    ("module", "name", "params"),
    [
        (textsplit, "wordSplit", ["word", "maxWidths", "fontName", "fontSize", "encoding"]),
        (paragraph, "cjkFragSplit", ["frags", "maxWidths", "calcBounds", "encoding"]),
        (
            paragraph,
            "makeCJKParaLine",
            ["U", "maxWidth", "widthUsed", "extraSpace", "lineBreak", "calcBounds"],
        ),
    ],
)
def test_replaced_and_called_functions_keep_their_parameters(module, name, params):
    node = _top_level(_module_tree(module), name)
    assert isinstance(node, ast.FunctionDef), f"{name} is no longer a function. {RECHECK}"
    assert _params(node) == params, f"{name}{tuple(_params(node))} changed shape. {RECHECK}"


def test_paragraph_takes_the_splitters_and_the_list_from_textsplit_by_name():
    imported = {
        alias.name
        for node in _module_tree(paragraph).body
        if isinstance(node, ast.ImportFrom) and node.module == "reportlab.lib.textsplit"
        for alias in node.names
    }
    assert {"wordSplit", "ALL_CANNOT_START"} <= imported, RECHECK
    assert isinstance(textsplit.ALL_CANNOT_START, str), RECHECK
    assert isinstance(paragraph.ALL_CANNOT_START, str), RECHECK


def test_cjk_wrapping_calls_the_splitters_through_module_globals():
    # install() swaps paragraph.wordSplit and paragraph.cjkFragSplit; that only takes effect
    # while breakLinesCJK looks them up as module-level names with these arguments.
    method = _top_level(_module_tree(paragraph), "Paragraph")
    calls = {
        node.func.id: len(node.args)
        for node in ast.walk(method)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("wordSplit", "cjkFragSplit")
    }
    assert calls == {"wordSplit": 4, "cjkFragSplit": 3}, f"found {calls}. {RECHECK}"


def test_the_helpers_the_fragment_splitter_uses_are_still_there():
    for name in ("ParaLines", "cjkU", "makeCJKParaLine"):
        assert hasattr(paragraph, name), f"paragraph.{name} is gone. {RECHECK}"
    unit = _top_level(_module_tree(paragraph), "cjkU")
    new = next(
        (n for n in unit.body if isinstance(n, ast.FunctionDef) and n.name == "__new__"), None
    )
    assert new is not None and _params(new) == ["cls", "value", "frag", "encoding"], RECHECK
    props = {
        target.id
        for n in unit.body
        if isinstance(n, ast.Assign)
        for target in n.targets
        if isinstance(target, ast.Name)
    }
    assert {"frag", "width"} <= props, f"cjkU lacks .frag/.width. {RECHECK}"
