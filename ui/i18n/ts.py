"""Reading Qt Linguist ``.ts`` files (the translations' source) and French typography. Standard library only:
the runtime translator (``ui.i18n.DictTranslator``) and the build (``ui.i18n.build``) share it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

_FR_SPACE = re.compile(r"[ \u202f]([:;?!»])|(«)[ \u202f]")


def french_spaces(text: str) -> str:
    """French typography, the same everywhere: a no-break space (U+00A0) before : ; ? ! » and after «, so a
    line never breaks between a word and its colon ("Nouvelle demande : …")."""
    return _FR_SPACE.sub(lambda m: f"\u00a0{m.group(1)}" if m.group(1) else f"{m.group(2)}\u00a0", text)


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"loket_{lang}.ts"


# ------------------------------------------------------------------------------------------------ reading .ts
def translation_of(message: ET.Element) -> str:
    """A message's translation (a plural's first form)."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    return (forms[0].text or "") if forms else (translation.text or "")


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool(translation_of(message))


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` of every finished, current message of a ``.ts`` file."""
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if is_finished(message):
                table[(name, message.findtext("source") or "")] = translation_of(message)
    return table
