"""The translations' build: ``python -m ui.i18n.build``.

``ui/i18n/loket_<lang>.ts`` (Qt Linguist files, one per language of ``desk_app.languages.TRANSLATED``) are the
one source of the desk's translations; translators edit them (Qt Linguist, ``pyside6-linguist``, or a text
editor). The build

1. updates them from the source code, as ``pyside6-lupdate`` would (``ui.i18n.source`` finds the texts, which
   lupdate cannot: wrappers such as ``_t("…")``, tables of texts, the core's messages): a new text is added
   ``type="unfinished"`` (finished at once when the same text is already translated in another context: the
   desk looks texts up without their context), a text no longer in the code is marked ``type="vanished"``
   (kept for the translator; not compiled), a vanished one that comes back is revived;
2. writes French typography into the French translations (a no-break space before ``: ; ? !`` and inside
   ``« »``, ``french_spaces``), so a translator may type ordinary spaces;
3. compiles each ``.ts`` to ``loket_<lang>.qm`` with ``pyside6-lrelease``.

``check()`` is what ``tests/ui/test_i18n_source.py`` runs: every text of the code has a finished translation
in every ``.ts``, and every committed ``.qm`` is what its ``.ts`` compiles to.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desk_app.languages import TRANSLATED
from ui.i18n.source import ROOT, Found, extract
from ui.i18n.ts import HERE, french_spaces, is_finished, read_ts, translation_of, ts_path


# ----------------------------------------------------------------------------------------------- updating .ts
@dataclass
class Counts:
    translated: int = 0
    total: int = 0
    added: int = 0
    vanished: int = 0


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _set_translation(message: ET.Element, text: str, finished: bool) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    else:
        translation.text = text
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def update(path: Path, lang: str, found: Iterable[Found]) -> Counts:
    """Bring ``path`` (created when missing) up to date with the texts ``found`` in the code."""
    root = ET.parse(path).getroot() if path.exists() else ET.Element("TS", version="2.1")
    root.set("language", f"{lang}_BE")
    contexts: dict[str, ET.Element] = {c.findtext("name") or "": c for c in root.findall("context")}
    message: ET.Element | None
    known: dict[str, str] = {}  # a finished translation of a source, in any context
    for context in contexts.values():
        for message in context.findall("message"):
            if is_finished(message):
                known.setdefault(message.findtext("source") or "", translation_of(message))
    wanted: dict[tuple[str, str, str], Found] = {}
    for f in found:
        key = (f.context, f.source, f.comment)
        if key not in wanted or (f.numerus and not wanted[key].numerus):
            wanted[key] = f
    counts = Counts()
    seen: set[tuple[str, str, str]] = set()
    for (ctx, source, comment), f in wanted.items():
        if ctx not in contexts:
            contexts[ctx] = ET.SubElement(root, "context")
            ET.SubElement(contexts[ctx], "name").text = ctx
        context = contexts[ctx]
        message = next((m for m in context.findall("message") if _key(m) == (source, comment)), None)
        if message is None:
            message = ET.SubElement(context, "message")
            if f.numerus:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            _set_translation(message, known.get(source, ""), source in known)
            counts.added += 1
        else:
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                finished = bool(translation_of(message))
                _set_translation(message, translation_of(message), finished)
        if f.numerus and message.get("numerus") != "yes":
            text, finished = translation_of(message), is_finished(message)
            message.set("numerus", "yes")
            _set_translation(message, text, finished)
        seen.add((ctx, source, comment))
        counts.total += 1
        counts.translated += is_finished(message)
    for name, context in list(contexts.items()):
        for message in context.findall("message"):
            if (name, *_key(message)) in seen:
                continue
            translation = message.find("translation")
            if not translation_of(message):
                context.remove(message)  # nothing a translator would want back
            elif translation is not None and translation.get("type") not in {"vanished", "obsolete"}:
                translation.set("type", "vanished")
                counts.vanished += 1
        if not context.findall("message"):
            root.remove(context)
    for context in sorted(root.findall("context"), key=lambda c: c.findtext("name") or ""):
        root.remove(context)
        root.append(context)  # contexts in name order, as lupdate writes them
    if lang == "fr":
        for message in root.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            for node in [translation, *translation.findall("numerusform")]:
                if node.text:
                    node.text = french_spaces(node.text)
    write_ts(root, path)
    return counts


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    # as lupdate writes it: <context> at the left margin, <message> indented once, <source> twice
    body = "\n".join(row.removeprefix("    ") for row in ET.tostring(root, encoding="unicode").splitlines())
    _replace(path, f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'.encode())


def _replace(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (a half-written .ts would lose a translator's work)."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


# -------------------------------------------------------------------------------------------------- compiling
def lrelease() -> str:
    """``pyside6-lrelease`` beside the running Python (the venv), else on the PATH."""
    local = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(local) if local.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6 (it comes with it)")
    return tool


def compile_ts(ts: Path, qm: Path) -> None:
    """``ts`` compiled to ``qm`` (replaced only when lrelease succeeded)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / qm.name
        result = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out)], capture_output=True, text=True)
        if result.returncode != 0 or not out.exists():
            raise BuildError(f"{ts.name} does not compile: {(result.stderr or result.stdout).strip()}")
        _replace(qm, out.read_bytes())


class BuildError(Exception):
    """A translation file the build cannot use; the message names the file and what is wrong."""


def parse_all(folder: Path, langs: Iterable[str]) -> None:
    """Every existing ``.ts`` is well-formed XML, else ``BuildError`` naming its file, line and column."""
    for lang in langs:
        ts = ts_path(lang, folder)
        if not ts.exists():
            continue
        try:
            root = ET.parse(ts).getroot()
        except ET.ParseError as exc:
            line, column = exc.position
            raise BuildError(f"{ts.name}:{line}:{column}: not valid XML ({str(exc).split(':')[0]}); "
                             "correct it (or take it back from git) and build again") from None
        if root.tag != "TS":
            raise BuildError(f"{ts.name}: not a Qt Linguist file (its root element is <{root.tag}>, not <TS>)")


# ----------------------------------------------------------------------------------------------------- checks
def untranslated(found: Iterable[Found], folder: Path = HERE, langs: Iterable[str] = TRANSLATED) -> list[str]:
    """``file:line: …`` for every text of the code without a finished translation in a language's ``.ts``."""
    tables = {lang: read_ts(ts_path(lang, folder)) if ts_path(lang, folder).exists() else {} for lang in langs}
    problems = []
    for f in found:
        missing = [lang for lang, table in tables.items() if (f.context, f.source) not in table]
        if missing:
            problems.append(f"{f.where}: {f.source!r} (context {f.context}) has no finished translation in "
                            + ", ".join(f"loket_{lang}.ts" for lang in missing))
    return problems


_MARKERS = re.compile(r"%n|%\d+|\{[A-Za-z_][A-Za-z_0-9]*\}")


def wrong_markers(folder: Path = HERE, langs: Iterable[str] = TRANSLATED) -> list[str]:
    """Finished translations that lose or add a place marker of their source (``%n``, ``%1``, ``{value}``): the
    desk fills those in, so a missing one loses a number or a name on screen."""
    problems = []
    for lang in langs:
        ts = ts_path(lang, folder)
        if not ts.exists():
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                source, text = message.findtext("source") or "", translation_of(message)
                if is_finished(message) and sorted(_MARKERS.findall(source)) != sorted(_MARKERS.findall(text)):
                    problems.append(f"{ts.name}: {source!r} (context {context.findtext('name')}): the translation "
                                    f"{text!r} must keep {', '.join(_MARKERS.findall(source)) or 'no markers'}")
    return problems


def stale_qm(folder: Path = HERE, langs: Iterable[str] = TRANSLATED) -> list[str]:
    """Every ``.qm`` that is missing or not what its ``.ts`` compiles to (the build was not run)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            ts, qm = ts_path(lang, folder), ts_path(lang, folder).with_suffix(".qm")
            fresh = Path(tmp) / qm.name
            compile_ts(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is not what {ts.name} compiles to: run python -m ui.i18n.build")
    return problems


def check(root: Path = ROOT, folder: Path | None = None, langs: Iterable[str] = TRANSLATED) -> list[str]:
    """Everything wrong with the translations of the code under ``root``: texts without a finished translation
    (``file:line``), translations that lose a place marker, ``.qm`` files that are not what their ``.ts``
    compiles to."""
    folder = folder or root / "ui" / "i18n"
    langs = tuple(langs)
    parse_all(folder, langs)
    return untranslated(extract(root), folder, langs) + wrong_markers(folder, langs) + stale_qm(folder, langs)


def build(root: Path = ROOT, folder: Path = HERE, langs: Iterable[str] = TRANSLATED) -> int:
    """Update every ``.ts`` from the code and compile it; 0, or 2 with one line on stderr (nothing written) when
    a ``.ts`` cannot be read."""
    langs = tuple(langs)
    try:
        parse_all(folder, langs)  # all readable before any is written
    except BuildError as exc:
        print(f"ui.i18n.build: {exc}; nothing was written", file=sys.stderr)
        return 2
    found = extract(root)
    for lang in langs:
        ts = ts_path(lang, folder)
        counts = update(ts, lang, found)
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{lang}: {counts.translated}/{counts.total} texts translated ({counts.added} new, "
              f"{counts.vanished} no longer in the code) → {ts.with_suffix('.qm').name}")
    problems = untranslated(found, folder, langs) + wrong_markers(folder, langs)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(build())
