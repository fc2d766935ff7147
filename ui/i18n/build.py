"""Build the Qt translation files: ``python -m ui.i18n.build``.

1. ``pyside6-lupdate`` extracts every ``tr()`` string of ``ui/`` (with its class context) into
   ``ui/i18n/loket_<lang>.ts`` (Qt Linguist files, for translators);
2. the translations in ``ui/i18n/strings.py`` are filled in (strings without one stay "unfinished");
3. ``pyside6-lrelease`` compiles them to ``loket_<lang>.qm``, which the app loads at start.

Strings built at run time (catalogue validation messages, field names) are translated by the small
runtime translator from the same table, so nothing depends on the ``.qm`` files being present.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desk_app.languages import TRANSLATED
from ui.i18n.strings import TRANSLATIONS

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGS = TRANSLATED


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def fill(ts: Path, lang: str) -> tuple[int, int]:
    tree = ET.parse(ts)
    done = total = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        total += 1
        text = TRANSLATIONS.get(source, {}).get(lang)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            if text:
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        elif text:
            translation.text = text
        if text:
            translation.attrib.pop("type", None)
            done += 1
        else:
            translation.set("type", "unfinished")
    tree.getroot().set("language", f"{lang}_BE")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, total


def build() -> int:
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    if not lupdate or not lrelease:
        print("pyside6-lupdate/pyside6-lrelease not found; the runtime translator is used", file=sys.stderr)
        return 1
    sources = sorted(str(p) for p in UI.rglob("*.py") if "i18n" not in p.parts)
    for lang in LANGS:
        ts = HERE / f"loket_{lang}.ts"
        subprocess.run([lupdate, *sources, "-ts", str(ts), "-no-obsolete", "-locations", "none"], check=True,
                       capture_output=True)
        done, total = fill(ts, lang)
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
        print(f"{lang}: {done}/{total} strings translated → {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(build())
