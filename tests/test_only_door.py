"""The application layer is the only door from the windows to the store and the packet builder.

`lint-imports` sees imports only. These checks read the syntax trees and see the rest:
- no ui module outside the composition root reaches a store object through an attribute
  (`services.store…`, `session.store…`, `self._store`, `….db`): a window holds a
  `disputekit.app.workspace.Workspace` and calls use cases;
- only the composition roots open the store (`open_store`): the window's, and the command
  line's `commands/_store.py`, whose `with_store` hands each command a `Workspace`;
- `disputekit.app` hands on no store or packet type: no name in an app module's `__all__`,
  and no name a ui or command module imports from `disputekit.app…`, is defined in
  `disputekit.store` or `disputekit.packet` (followed through app modules that import it
  from one another).
"""

from __future__ import annotations

import ast
from functools import cached_property
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "disputekit"

# The composition root: it opens the store and builds the services every window is given.
COMPOSITION_ROOT = {"disputekit.ui.shell.app", "disputekit.ui.shared.services"}
# The command line's composition root, and what opens a store and hands it over.
COMMANDS_ROOT = "disputekit.commands._store"
STORE_OPENERS = {"open_store"}
# Attributes that reach a store object (the store itself, its SQLite connection).
STORE_ATTRIBUTES = {"store", "_store", "db", "_db"}
# Where a type must not come from when the app hands it to a window.
BELOW_THE_DOOR = ("disputekit.store", "disputekit.packet")


def _is_below(module: str) -> bool:
    return any(module == b or module.startswith(b + ".") for b in BELOW_THE_DOOR)


class Package:
    """The modules of a package folder (`disputekit`), read as syntax trees."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._names: dict[str, dict[str, str]] = {}

    @cached_property
    def modules(self) -> dict[str, Path]:
        found = {}
        for path in sorted(self.root.rglob("*.py")):
            parts = path.relative_to(self.root.parent).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
        return found

    @cached_property
    def trees(self) -> dict[str, ast.Module]:
        return {
            m: ast.parse(p.read_text(encoding="utf-8"), str(p)) for m, p in self.modules.items()
        }

    def under(self, folder: str) -> list[str]:
        prefix = f"{self.root.name}.{folder}"
        return [m for m in self.modules if m == prefix or m.startswith(prefix + ".")]

    def absolute(self, module: str, node: ast.ImportFrom) -> str:
        """The module a `from … import` names, relative imports resolved."""
        if not node.level:
            return node.module or ""
        package = module.split(".")
        if self.modules[module].name != "__init__.py":
            package = package[:-1]
        base = package[: len(package) - (node.level - 1)]
        return ".".join(base + ([node.module] if node.module else []))

    def imported_names(self, module: str) -> dict[str, str]:
        """Each name `module` imports with `from X import name` (at any depth), to X."""
        if module not in self._names:
            names: dict[str, str] = {}
            for node in ast.walk(self.trees.get(module, ast.Module(body=[], type_ignores=[]))):
                if isinstance(node, ast.ImportFrom):
                    source = self.absolute(module, node)
                    for alias in node.names:
                        names[alias.asname or alias.name] = source
            self._names[module] = names
        return self._names[module]

    def origin(self, module: str, name: str) -> str:
        """The module `name` is defined in, as imported from `module`: followed through the
        modules of the package that import it from another (a store or packet module ends
        the search: the name is below the door)."""
        seen = set()
        while module not in seen:
            seen.add(module)
            source = self.imported_names(module).get(name)
            if source is None:
                return module  # defined here
            if _is_below(source) or source not in self.modules:
                return source
            module = source
        return module

    def exported(self, module: str) -> list[str]:
        for node in self.trees[module].body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
            ):
                return [str(v) for v in ast.literal_eval(node.value)]
        return []

    def store_reach_throughs(self) -> list[str]:
        """`file:line .attr` for each attribute named like a store object, in a ui module
        outside the composition root."""
        found = []
        for module in self.under("ui"):
            if module in COMPOSITION_ROOT:
                continue
            for node in ast.walk(self.trees[module]):
                if isinstance(node, ast.Attribute) and node.attr in STORE_ATTRIBUTES:
                    where = self.modules[module].relative_to(self.root.parent)
                    found.append(f"{where}:{node.lineno} .{node.attr}")
        return found

    def store_openings(self) -> list[str]:
        """`file:line name` for each store opener a ui or command module outside the
        composition roots imports or uses."""
        found = []
        for module in self.under("ui") + self.under("commands"):
            if module in COMPOSITION_ROOT or module == COMMANDS_ROOT:
                continue
            for node in ast.walk(self.trees[module]):
                if isinstance(node, ast.ImportFrom):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.Name):
                    names = [node.id]
                elif isinstance(node, ast.Attribute):
                    names = [node.attr]
                else:
                    continue
                for name in names:
                    if name in STORE_OPENERS:
                        where = self.modules[module].relative_to(self.root.parent)
                        found.append(f"{where}:{node.lineno} {name}")
        return found

    def store_types_handed_on(self) -> list[str]:
        """App names, exported, or imported by a window or a command, whose definition is in
        store or packet."""
        found = []
        for module in self.under("app"):
            for name in self.exported(module):
                origin = self.origin(module, name)
                if _is_below(origin):
                    found.append(f"{module}.__all__: {name} (from {origin})")
        for module in self.under("ui") + self.under("commands"):
            for node in ast.walk(self.trees[module]):
                if not isinstance(node, ast.ImportFrom):
                    continue
                source = self.absolute(module, node)
                if not (source == "disputekit.app" or source.startswith("disputekit.app.")):
                    continue
                for alias in node.names:
                    if f"{source}.{alias.name}" in self.modules:
                        continue  # a module of app, not a name in one
                    origin = self.origin(source, alias.name)
                    if _is_below(origin):
                        found.append(f"{module}: {alias.name} through {source} (from {origin})")
        return found


def test_no_window_reaches_the_store_through_an_attribute() -> None:
    assert Package(PACKAGE).store_reach_throughs() == []


def _write(root: Path, files: dict[str, str]) -> Package:
    for name, text in files.items():
        path = root / "disputekit" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Package(root / "disputekit")


def test_the_attribute_check_sees_a_window_reaching_the_store(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "ui/shell/app.py": "def run(parts):\n    parts.store.close()\n",
            "ui/shared/services.py": "def f(self):\n    return self.store.data_dir\n",
            "ui/tab.py": (
                "def show(services, session, model):\n"
                "    services.store.vault.info('x')\n"
                "    model._store = session.store\n"
                "    return CaseList(services.workspace.db)\n"
                "def fine(services):\n"
                "    return services.workspace.case(1), services.clock\n"
            ),
        },
    )
    assert sorted(package.store_reach_throughs()) == [
        "disputekit/ui/tab.py:2 .store",
        "disputekit/ui/tab.py:3 ._store",
        "disputekit/ui/tab.py:3 .store",
        "disputekit/ui/tab.py:4 .db",
    ]


def test_only_the_composition_roots_open_the_store() -> None:
    assert Package(PACKAGE).store_openings() == []


def test_the_opening_check_sees_a_command_or_window_opening_the_store(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "commands/_store.py": (
                "from disputekit.app.data_folder import open_store\n"
                "def with_store(args, body):\n    return body(open_store(args.data_dir))\n"
            ),
            "commands/demo.py": (
                "from disputekit.app.data_folder import open_store\n"
                "def run(args):\n    return open_store(args.data_dir)\n"
            ),
            "commands/receive.py": (
                "from disputekit.app import data_folder\n"
                "def run(args):\n    return lambda: data_folder.open_store(args.data_dir)\n"
            ),
            "ui/shell/app.py": "from disputekit.app.data_folder import open_store\n",
            "ui/tab.py": "def fine(services):\n    return services.workspace.data_dir\n",
        },
    )
    assert sorted(package.store_openings()) == [
        "disputekit/commands/demo.py:1 open_store",
        "disputekit/commands/demo.py:3 open_store",
        "disputekit/commands/receive.py:3 open_store",
    ]


def test_app_hands_on_no_store_or_packet_type() -> None:
    assert Package(PACKAGE).store_types_handed_on() == []


def test_the_type_check_follows_a_store_name_through_app(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "store/__init__.py": "from .cases import Store\n",
            "store/cases.py": "class Store: ...\nclass Row: ...\n",
            "packet/builder.py": "class PacketResult: ...\n",
            "app/__init__.py": "",
            "app/cases.py": (
                "from disputekit.store import Store\n"
                "from disputekit.store.cases import Row as CaseRow\n"
                "class ShownCase: ...\n"
                "__all__ = ['Store', 'ShownCase']\n"
            ),
            "app/packets.py": (
                "from .cases import CaseRow\n"
                "from disputekit.packet.builder import PacketResult\n"
                "def build() -> PacketResult: ...\n"
            ),
            "ui/tab.py": (
                "from disputekit.app.cases import ShownCase\n"
                "from disputekit.app.packets import CaseRow, build\n"
                "from disputekit.app import cases\n"
            ),
        },
    )
    assert package.store_types_handed_on() == [
        "disputekit.app.cases.__all__: Store (from disputekit.store)",
        "disputekit.ui.tab: CaseRow through disputekit.app.packets (from disputekit.store.cases)",
    ]
