"""Every translatable text in the source code, found by reading it (``ast``; nothing is imported or run).

What counts as translatable, in ``ui/`` (the desk):

- ``self.tr("…")``, ``x.tr("…")``, ``tr("…")``: the context is the enclosing class (as ``pyside6-lupdate``);
  a third argument (or ``n=``) makes it a plural (``%n``) text;
- ``QCoreApplication.translate("context", "…")`` (or ``QApplication``/``QGuiApplication``), and Qt's markers
  ``QT_TR_NOOP("…")`` / ``QT_TRANSLATE_NOOP("context", "…")``;
- calls of a *wrapper*: a function or method that returns one of the calls above for its own parameter
  (``_t("…")`` in ``ui/core/errors.py`` and ``ui/documents/``, ``self._t("…")`` in the card service);
- a table of texts passed to one of those calls by name (``self.tr(FIELD_NAMES[key])``,
  ``{k: self.tr(v) for k, v in FIELD_NAMES.items()}``, ``translate("channels", names.get(code, code))``): its
  string values.

The core's texts the desk translates at run time (``CORE``): ``desk_app.messages.Message("…")`` codes and the
catalogue's validation texts (and its YAML ``pattern_message`` in English), the eID errors' ``default_message``
and the demo cards' names.

``python -m ui.i18n.build`` writes what this finds into ``ui/i18n/loket_<lang>.ts``; ``tests/ui/test_i18n_source.py``
fails for any of it without a finished translation. Standard library only.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass(frozen=True)
class Found:
    """One translatable text where the code uses it."""

    context: str
    source: str
    file: str  # relative to the root that was read
    line: int
    numerus: bool = False
    comment: str = ""  # Qt's disambiguation

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _names(node: ast.AST) -> set[str]:
    """Names in an expression, and ``self.X``/``cls.X`` as ``X`` (a class's table)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in {"self", "cls"}}


Text = tuple[str, int]  # a string literal and its line


def _strings_of(value: ast.AST) -> list[Text]:
    """The string literals of a table: a dict's values, a list's, tuple's or set's items."""
    items: list[ast.expr | None]
    if isinstance(value, ast.Dict):
        items = list(value.values)
    elif isinstance(value, ast.List | ast.Tuple | ast.Set):
        items = list(value.elts)
    else:
        return []
    return [(i.value, i.lineno) for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


@dataclass(frozen=True)
class _Call:
    """A translating call's parts: context (None: the enclosing class), the text, plural, disambiguation."""

    context: str | None
    text: ast.expr
    numerus: bool
    comment: str


def _translating(call: ast.Call, wrappers: dict[str, tuple[str | None, int]],
                 aliases: frozenset[str] = frozenset()) -> _Call | None:
    f, args = call.func, call.args
    kw = {k.arg for k in call.keywords}
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
    if isinstance(f, ast.Name) and f.id in aliases and len(args) >= 2 and _str(args[0]) is not None:
        return _Call(_str(args[0]), args[1], len(args) >= 4 or "n" in kw, "")
    if name == "tr" and args:
        return _Call(None, args[0], len(args) >= 3 or "n" in kw, _str(args[1]) or "" if len(args) > 1 else "")
    if name == "QT_TR_NOOP" and args:
        return _Call(None, args[0], False, "")
    if name == "QT_TRANSLATE_NOOP" and len(args) >= 2 and _str(args[0]) is not None:
        return _Call(_str(args[0]), args[1], False, "")
    if (name == "translate" and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
            and f.value.id in APPS and len(args) >= 2 and _str(args[0]) is not None):
        comment = _str(args[2]) or "" if len(args) > 2 else ""
        return _Call(_str(args[0]), args[1], len(args) >= 4 or "n" in kw, comment)
    if name in wrappers and (isinstance(f, ast.Name) or (isinstance(f, ast.Attribute)
                                                         and isinstance(f.value, ast.Name)
                                                         and f.value.id in {"self", "cls"})):
        context, index = wrappers[name]
        if len(args) > index:
            return _Call(context, args[index], False, "")
    return None


def _wrappers(tree: ast.Module) -> dict[str, tuple[str | None, int]]:
    """Functions and methods that translate one of their own parameters: name → (context, its position)."""
    found: dict[str, tuple[str | None, int]] = {}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in fn.args.args if a.arg not in {"self", "cls"}]
        for ret in ast.walk(fn):
            if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
                continue
            call = _translating(ret.value, {})
            if call and isinstance(call.text, ast.Name) and call.text.id in params:
                found[fn.name] = (call.context, params.index(call.text.id))
    return found


def _aliases(tree: ast.Module) -> frozenset[str]:
    """Local names for ``QCoreApplication.translate`` (``translate = QCoreApplication.translate``)."""
    return frozenset(
        t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
        and isinstance(node.value.value, ast.Name) and node.value.value.id in APPS
        for t in node.targets if isinstance(t, ast.Name))


class _Reader(ast.NodeVisitor):
    def __init__(self, tree: ast.Module, file: str, module: str) -> None:
        self.file, self.module = file, module
        self.wrappers = _wrappers(tree)
        self.aliases = _aliases(tree)
        self.found: list[Found] = []
        self.classes: list[str] = []
        self.scopes: list[ast.AST] = [tree]  # module, functions: where a table may be assigned
        self.comprehensions: list[ast.AST] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _comprehension(self, node: ast.AST) -> None:
        self.comprehensions.append(node)
        self.generic_visit(node)
        self.comprehensions.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def visit_Call(self, node: ast.Call) -> None:
        call = _translating(node, self.wrappers, self.aliases)
        if call is not None:
            context = call.context or (self.classes[-1] if self.classes else self.module)
            text = _str(call.text)
            if text is not None:
                self._add(context, text, call.text.lineno, call.numerus, call.comment)
            else:
                for value, line in self._tables(call.text):
                    self._add(context, value, line, call.numerus, call.comment)
        self.generic_visit(node)

    def _add(self, context: str, text: str, line: int, numerus: bool, comment: str) -> None:
        if text.strip():
            self.found.append(Found(context, text, self.file, line, numerus, comment))

    def _tables(self, expr: ast.AST) -> Iterator[Text]:
        """The string tables a non-literal text comes from: names in it (followed through one assignment or
        a comprehension's ``for … in``) assigned a dict/list/tuple/set literal in this function or module."""
        names, seen = _names(expr), set[str]()
        for comp in self.comprehensions:
            for gen in getattr(comp, "generators", []):
                if _names(gen.target) & names:
                    names |= _names(gen.iter)
        for _ in range(2):
            for name in sorted(names - seen):
                seen.add(name)
                for value in self._assigned(name):
                    consts = _strings_of(value)
                    if consts:
                        yield from consts
                    else:
                        names |= _names(value)

    def _assigned(self, name: str) -> Iterator[ast.AST]:
        for scope in (self.scopes[-1], self.scopes[0]) if len(self.scopes) > 1 else (self.scopes[0],):
            body = scope.body if isinstance(scope, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef) else []
            for stmt in (s for top in body for s in ast.walk(top)):
                if isinstance(stmt, ast.Assign):
                    if any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
                        yield stmt.value
                elif (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                      and stmt.target.id == name and stmt.value is not None):
                    yield stmt.value


def _modules(root: Path, folder: str, skip: Iterable[str] = ()) -> Iterator[tuple[Path, str, ast.Module]]:
    for path in sorted((root / folder).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if any(rel.startswith(s) for s in skip):
            continue
        yield path, rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def extract_ui(root: Path = ROOT, folder: str = "ui") -> list[Found]:
    """Every ``tr()``/``translate()`` text (and the wrappers' and tables') in ``root/folder``."""
    found: list[Found] = []
    for _path, rel, tree in _modules(root, folder):
        reader = _Reader(tree, rel, rel.removesuffix(".py").replace("/", "."))
        reader.visit(tree)
        found += reader.found
    return found


# ------------------------------------------------------------------------------------------- the core's texts
def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


def _texts(node: ast.AST | None) -> Iterator[Text]:
    """A literal, or each branch of ``a if … else b``."""
    if isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value, node.lineno


def _messages(tree: ast.AST) -> Iterator[Text]:
    """``Message("code", …)``: the code (its English template) is what the desk translates."""
    for call in _calls(tree, "Message"):
        yield from _texts(call.args[0] if call.args else None)


def _validation(tree: ast.AST) -> Iterator[Text]:
    """The catalogue's validation texts: ``ValueError("…")`` and ``ValidationProblem(key, "…")``."""
    for call in _calls(tree, "ValueError"):
        yield from _texts(call.args[0] if call.args else None)
    for call in _calls(tree, "ValidationProblem"):
        yield from _texts(call.args[1] if len(call.args) > 1 else None)


def _constants(tree: ast.AST) -> Iterator[Text]:
    """Module-level ``UPPER_CASE = "…"`` texts (``desk_app/domain/text.py``'s problems)."""
    assert isinstance(tree, ast.Module)
    for stmt in tree.body:
        if (isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) and t.id.isupper() for t in stmt.targets)):
            yield from _texts(stmt.value)


def _default_messages(tree: ast.AST) -> Iterator[Text]:
    """The eID errors' ``default_message = "…"`` (``ui.core.errors.eid_message`` translates it)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                target: ast.expr
                if isinstance(stmt, ast.AnnAssign):
                    target, value = stmt.target, stmt.value
                elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    target, value = stmt.targets[0], stmt.value
                else:
                    continue
                if isinstance(target, ast.Name) and target.id == "default_message":
                    yield from _texts(value)


def _labels(tree: ast.AST) -> Iterator[Text]:
    """The demo cards' names (``_LABELS``, ``DemoCard(key, "…")``), shown in the *Demo cards* menu
    (``ui.main.translate_demo_cards``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_LABELS" for t in node.targets):
            yield from _strings_of(node.value)
    for call in _calls(tree, "DemoCard"):
        yield from _texts(call.args[1] if len(call.args) > 1 else None)


def _pattern_messages(root: Path) -> Iterator[Found]:
    """The catalogue's ``pattern_message`` in English: the text a form field's check raises, which the intake
    page translates (context "validation")."""
    import yaml

    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            message = node.get("pattern_message")
            if isinstance(message, dict) and isinstance(message.get("en"), str):
                yield message["en"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for path in sorted((root / "resources" / "catalogue").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for message in walk(yaml.safe_load(text)):
            line = next((i for i, row in enumerate(text.splitlines(), 1) if message in row), 0)
            yield Found("validation", message, path.relative_to(root).as_posix(), line)


CORE = (  # (context, files, what to read): the context is the one the desk looks the text up in
    ("validation", "desk_app/catalogue.py", _validation),
    ("validation", "desk_app/catalogue.py", _messages),
    ("validation", "desk_app/domain/text.py", _constants),
    ("errors", "desk_app/domain/text.py", _constants),  # also a part of a core error ("Outcome: {reason}.")
    ("errors", "desk_app", _messages),
    ("eid", "eid", _default_messages),
    ("demo cards", "eid/simulator/demo.py", _labels),
)


def extract_core(root: Path = ROOT) -> list[Found]:
    found: list[Found] = []
    claimed: set[str] = set()  # a file read for a context of its own is not read again for a broader one
    for context, where, read in CORE:
        files = [root / where] if where.endswith(".py") else sorted((root / where).rglob("*.py"))
        for path in files:
            if not path.exists():
                continue
            rel = path.relative_to(root).as_posix()
            if rel in claimed and not where.endswith(".py"):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            found += [Found(context, text, rel, line) for text, line in read(tree) if text.strip()]
        if where.endswith(".py"):
            claimed.add(where)
    return found + list(_pattern_messages(root))


def extract(root: Path = ROOT) -> list[Found]:
    """Everything the desk translates, in the order found (the desk's own texts first)."""
    return extract_ui(root) + extract_core(root)


__all__ = ["CORE", "Found", "extract", "extract_core", "extract_ui"]
