"""The languages Loket speaks: one definition for the desk, its letters, the catalogue and the citizen's
preferred language. Adding a language starts here (see ``docs/architecture.md``, "where to change X")."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("nl", "fr", "de", "en")
"""Every language of the desk and of the citizen, in the order menus show them."""

DEFAULT = "nl"
"""The city's first language: the fallback for a citizen or a setting without a known language."""

SOURCE = "en"
"""The language the desk's texts are written in (``tr()`` sources); the others are translations."""

TRANSLATED: tuple[str, ...] = tuple(lang for lang in LANGUAGES if lang != SOURCE)
"""Languages with a Qt translation file (``ui/i18n/loket_<lang>.ts``)."""


def known(lang: str | None) -> str:
    """``lang`` if Loket speaks it, else the city's default language."""
    return lang if lang in LANGUAGES else DEFAULT


__all__ = ["DEFAULT", "LANGUAGES", "SOURCE", "TRANSLATED", "known"]
