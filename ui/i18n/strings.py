"""English source text → nl / fr / de. Keep entries short; ``%n`` is a count."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {}


def _add(src: str, nl: str, fr: str = "", de: str = "") -> None:
    entry = {"nl": nl}
    if fr:
        entry["fr"] = fr
    if de:
        entry["de"] = de
    TRANSLATIONS[src] = entry


_add("Home", "Start", "Accueil", "Start")
