"""The tree shows the architecture (docs/architecture.md): imports point down only, Qt stays in
`ui/`, core is packages by feature, and no front-end file grows into a second core."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "brochuredesk"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of ours this one imports: at the top, inside functions, under
    TYPE_CHECKING: all of them count."""
    is_package = path.name == "__init__.py"
    base = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                stem = base[: len(base) - node.level + 1]
                module = ".".join(stem + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        for target in targets:
            while target and target not in known:  # `from x import name`: the module x
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    known = _modules()
    graph = {name: _imports(name, path, known) for name, path in known.items()}
    for name in known:  # importing a.b.c runs a/__init__ and a/b/__init__ first
        parent = name.rpartition(".")[0]
        while parent:
            for importer in graph:
                if name in graph[importer] and parent != importer:
                    graph[importer].add(parent)
            parent = parent.rpartition(".")[0]
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_anywhere_in_src() -> None:
    assert _circles(_graph()) == []


# docs/architecture.md: each part of core may import the parts on its own row and lower
# ones only; the front ends (cli/, ui/, selfcheck) sit above all of core and below nothing.
LAYERS = [
    {"errors", "i18n", "fsutil", "plain", "text"},
    {"library"},
    {"editions"},
    {"extract"},
    {"search"},
    {"examples", "importer", "notes"},
    {"check", "removal", "service", "citations"},
]


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "core" else None


def test_core_imports_point_down_only() -> None:
    row = {name: n for n, names in enumerate(LAYERS) for name in names}
    upward = []
    for module, targets in _graph().items():
        here = _part(module)
        if here is None:
            assert not module.startswith(f"{PACKAGE}.core.") or module == f"{PACKAGE}.core"
            continue
        for target in targets:
            there = _part(target)
            if target.startswith(f"{PACKAGE}.") and there is None and target != f"{PACKAGE}.core":
                upward.append(f"{module} → {target}")  # core importing a front end
            elif there is not None and there != here and row[there] > row[here]:
                upward.append(f"{module} → {target}")
    assert upward == []


def test_qt_only_in_the_ui() -> None:
    offenders = []
    for name, path in _modules().items():
        if name.startswith(f"{PACKAGE}.ui") or name == f"{PACKAGE}.selfcheck":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                modules = [node.module or ""]
            offenders += [f"{name}: {m}" for m in modules if m.split(".")[0] == "PySide6"]
    assert offenders == []


def test_core_is_packages_by_feature() -> None:
    core = SRC / PACKAGE / "core"
    packages = [p.name for p in core.iterdir() if (p / "__init__.py").exists()]
    flat = [p.name for p in core.glob("*.py") if p.name != "__init__.py"]
    assert len(packages) >= 5, packages
    assert len(flat) <= 8, flat


def test_the_window_only_wires_and_no_cli_file_is_a_second_core() -> None:
    window = SRC / PACKAGE / "ui" / "main_window.py"
    assert len(window.read_text(encoding="utf-8").splitlines()) <= 600
    cli = SRC / PACKAGE / "cli"
    assert cli.is_dir()
    long = {p.name: n for p in cli.glob("*.py") if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}


def test_the_check_sees_a_circle_when_there_is_one() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
