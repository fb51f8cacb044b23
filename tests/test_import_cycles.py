"""No import cycles at all: a module never imports, at any time, a module that imports it
back. Imports inside functions (kept late for start-up) and under `TYPE_CHECKING` count too: a
circle hidden behind a late import is still a circle.

The graph comes from grimp (what import-linter uses). CYCLE_FREE_PACKAGES lists the packages
held to this (the whole of disputekit)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp

CYCLE_FREE_PACKAGES = ("disputekit",)


def import_graph(packages: Iterable[str]) -> dict[str, set[str]]:
    """importer → every module it imports (late and type-only imports too), both inside
    `packages`."""
    graph = grimp.build_graph("disputekit", exclude_type_checking_imports=False)
    inside = {
        module
        for package in packages
        for module in graph.find_descendants(package) | {package}
    }
    edges: dict[str, set[str]] = {}
    for importer in sorted(inside):
        imported = graph.find_modules_directly_imported_by(importer) & inside
        if imported:
            edges[importer] = set(imported)
    return edges


def find_cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One cycle (first module repeated at the end) for each strongly connected group."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in edges.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return [_cycle_through(group, edges) for group in sorted(groups)]


def _cycle_through(group: list[str], edges: Mapping[str, Iterable[str]]) -> list[str]:
    # The shortest way from the group's first module back to itself, inside the group.
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges.get(node, ())):
            if target == start:
                return [*paths[node], start]
            if target in members and target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    raise AssertionError(f"no cycle in {group}")


def test_no_import_cycle_in_the_checked_packages() -> None:
    cycles = find_cycles(import_graph(CYCLE_FREE_PACKAGES))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_graph_sees_late_and_type_only_imports() -> None:
    # The check above is only as good as the graph under it.
    edges = import_graph(CYCLE_FREE_PACKAGES)
    assert "disputekit.ui.shell.window_actions" in edges["disputekit.ui.shell.main_window"]
    # main_window builds the tool windows after the first paint: a late import, still an edge.
    assert "disputekit.ui.shell.tool_windows" in edges["disputekit.ui.shell.main_window"]
    # window_actions names BundleActions only for the type checker: an edge too.
    assert "disputekit.ui.shell.bundle_actions" in edges["disputekit.ui.shell.window_actions"]


def test_a_cycle_is_named_from_its_first_module() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert find_cycles(edges) == [["a", "b", "c", "a"], ["e", "e"]]
    assert find_cycles({"a": {"b"}, "b": {"c"}}) == []
