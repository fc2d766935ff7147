"""Citizen reports (meldingen): the categories, their terms, the status flow and the texts for the citizen,
as the desk and the case store both read them from ``resources/reports/categories.json``.

Standard library only (JSON, no YAML), so the case store and the desk share one loader. ``load()`` checks the
whole file and raises ``CategoryError`` naming the key path of the first problem
(``categories[2].subcategories[4].term.unit: must be one of working_days, calendar_days``); nothing half
loaded is ever returned.

Texts: ``texts[status][language][channel]``, at the top (the defaults), per main category and per
sub-category; a sub-category's text overrides its main category's, which overrides the default, text by
text. Every status that tells the citizen must end up with a text for every language and channel of every
sub-category (``Categories.text`` never falls back to another language).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wire.calendar import TERM_UNITS, WorkingCalendar, term_end

CATEGORIES_FILE = Path(__file__).resolve().parents[1] / "resources" / "reports" / "categories.json"

CHANNELS = ("counter", "phone", "outreach", "app", "partner")
"""How a report came in (the city's channel mix)."""

CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
PLACEHOLDERS = ("name", "reference", "category", "deadline", "department", "reason", "city", "staff")
"""What a text for the citizen may fill in, as ``{reference}``."""
DUPLICATE_RADIUS_M = 50.0
DUPLICATE_WINDOW = dt.timedelta(weeks=12)
EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG)


class CategoryError(ValueError):
    """The categories file is not valid: ``path`` names the key, the message says why."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Status:
    code: str
    names: Mapping[str, str]
    tell_citizen: bool
    open: bool
    open311: str  # open | closed
    next: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Term:
    days: int
    unit: str  # working_days | calendar_days

    def deadline(self, calendar: WorkingCalendar, start: dt.date, factor: int = 1) -> dt.date:
        """The last day of this term (``factor`` times as long) counted from ``start``."""
        return term_end(calendar, start, self.days * factor, self.unit)


@dataclass(frozen=True, slots=True)
class SubCategory:
    code: str
    main: str
    names: Mapping[str, str]
    department: str
    priority: str
    term: Term


@dataclass(frozen=True, slots=True)
class MainCategory:
    code: str
    names: Mapping[str, str]
    subcategories: tuple[SubCategory, ...]


Texts = dict[str, dict[str, dict[str, str]]]


@dataclass(frozen=True)
class Categories:
    languages: tuple[str, ...]
    channels: tuple[str, ...]
    priorities: tuple[str, ...]
    first_status: str
    reopen_status: str
    statuses: Mapping[str, Status]
    departments: Mapping[str, Mapping[str, str]]
    mains: tuple[MainCategory, ...]
    subs: Mapping[str, SubCategory]
    _texts: Mapping[str, Texts]  # per key: "" (defaults), a main code, "main/sub"

    def sub(self, code: str) -> SubCategory | None:
        return self.subs.get(code)

    def main(self, code: str) -> MainCategory:
        return next(m for m in self.mains if m.code == code)

    def may_change(self, old: str, new: str) -> bool:
        st = self.statuses.get(old)
        return st is not None and new in st.next

    def text(self, sub_code: str, status: str, language: str, channel: str) -> str | None:
        """The ready text for a report of ``sub_code`` reaching ``status``, in ``language`` for ``channel``
        (the sub-category's own, else its main category's, else the default); ``None`` when there is none."""
        sub = self.subs[sub_code]
        for key in (f"{sub.main}/{sub.code}", sub.main, ""):
            found = self._texts.get(key, {}).get(status, {}).get(language, {}).get(channel)
            if found is not None:
                return found
        return None

    def render(self, sub_code: str, status: str, language: str, channel: str, values: Mapping[str, str]) -> str:
        """The ready text filled in with ``values`` (a placeholder without a value stays empty)."""
        text = self.text(sub_code, status, language, channel)
        if text is None:
            raise KeyError(f"no text for {sub_code}/{status}/{language}/{channel}")
        return text.format_map({p: values.get(p, "") for p in PLACEHOLDERS})

    def missing_texts(self) -> list[str]:
        """Every (sub-category, told status, language, channel) without a text, as ``sub/status/lang/channel``."""
        return [
            f"{sub}/{st.code}/{lang}/{ch}"
            for sub in self.subs
            for st in self.statuses.values() if st.tell_citizen
            for lang in self.languages
            for ch in self.channels
            if not self.text(sub, st.code, lang, ch)
        ]


class _Checker:
    def __init__(self) -> None:
        self.path = ""

    def fail(self, path: str, problem: str) -> CategoryError:
        return CategoryError(path, problem)

    def obj(self, v: Any, path: str) -> dict[str, Any]:
        if not isinstance(v, dict):
            raise self.fail(path, "must be an object")
        return v

    def lst(self, v: Any, path: str) -> list[Any]:
        if not isinstance(v, list) or not v:
            raise self.fail(path, "must be a non-empty list")
        return v

    def key(self, d: dict[str, Any], k: str, path: str) -> Any:
        if k not in d:
            raise self.fail(f"{path}.{k}" if path else k, "is missing")
        return d[k]

    def text(self, v: Any, path: str) -> str:
        if not isinstance(v, str) or not v.strip():
            raise self.fail(path, "must be a non-empty text")
        return v

    def code(self, v: Any, path: str) -> str:
        if not isinstance(v, str) or not CODE.match(v):
            raise self.fail(path, "must be a code of lowercase letters, digits and _ (starting with a letter)")
        return v

    def names(self, v: Any, path: str, languages: tuple[str, ...]) -> dict[str, str]:
        d = self.obj(v, path)
        for lang in languages:
            self.text(self.key(d, lang, path), f"{path}.{lang}")
        extra = sorted(set(d) - set(languages))
        if extra:
            raise self.fail(f"{path}.{extra[0]}", f"is not a language (known: {', '.join(languages)})")
        return {lang: d[lang] for lang in languages}

    def texts(self, v: Any, path: str, cats: dict[str, Any]) -> Texts:
        out: Texts = {}
        for status, by_lang in self.obj(v, path).items():
            sp = f"{path}.{status}"
            if status not in cats["statuses"]:
                raise self.fail(sp, "is not a status")
            out[status] = {}
            for lang, by_channel in self.obj(by_lang, sp).items():
                lp = f"{sp}.{lang}"
                if lang not in cats["languages"]:
                    raise self.fail(lp, f"is not a language (known: {', '.join(cats['languages'])})")
                out[status][lang] = {}
                for channel, text in self.obj(by_channel, lp).items():
                    cp = f"{lp}.{channel}"
                    if channel not in cats["channels"]:
                        raise self.fail(cp, f"is not a channel (known: {', '.join(cats['channels'])})")
                    out[status][lang][channel] = self.placeholders(self.text(text, cp), cp)
        return out

    def placeholders(self, text: str, path: str) -> str:
        try:
            fields = [f for _, f, spec, conv in string.Formatter().parse(text) if f is not None or spec or conv]
        except ValueError as e:
            raise self.fail(path, f"has a lone {{ or }} ({e}); write {{{{ or }}}} for a brace") from None
        for f in fields:
            if f not in PLACEHOLDERS:
                raise self.fail(path, f"{{{f}}} is not a placeholder (known: {', '.join(PLACEHOLDERS)})")
        return text


def parse(doc: Any) -> Categories:
    """Check a loaded categories document and build ``Categories`` (``CategoryError`` on the first problem)."""
    c = _Checker()
    root = c.obj(doc, "(file)")
    languages = tuple(c.code(x, f"languages[{i}]") for i, x in enumerate(c.lst(c.key(root, "languages", ""), "languages")))
    channels = tuple(c.code(x, f"channels[{i}]") for i, x in enumerate(c.lst(c.key(root, "channels", ""), "channels")))
    priorities = tuple(
        c.code(x, f"priorities[{i}]") for i, x in enumerate(c.lst(c.key(root, "priorities", ""), "priorities"))
    )
    raw_statuses = c.obj(c.key(root, "statuses", ""), "statuses")
    if not raw_statuses:
        raise c.fail("statuses", "must name at least one status")
    statuses: dict[str, Status] = {}
    for code, raw in raw_statuses.items():
        p = f"statuses.{code}"
        c.code(code, p)
        st = c.obj(raw, p)
        tell, is_open = c.key(st, "tell_citizen", p), c.key(st, "open", p)
        if not isinstance(tell, bool):
            raise c.fail(f"{p}.tell_citizen", "must be true or false")
        if not isinstance(is_open, bool):
            raise c.fail(f"{p}.open", "must be true or false")
        open311 = c.key(st, "open311", p)
        if open311 not in ("open", "closed"):
            raise c.fail(f"{p}.open311", "must be open or closed")
        nxt = c.key(st, "next", p)
        if not isinstance(nxt, list) or not all(isinstance(x, str) for x in nxt):
            raise c.fail(f"{p}.next", "must be a list of statuses")
        statuses[code] = Status(code, c.names(c.key(st, "names", p), f"{p}.names", languages), tell, is_open,
                                open311, tuple(nxt))
    for code, status in statuses.items():
        for i, target in enumerate(status.next):
            if target not in statuses:
                raise c.fail(f"statuses.{code}.next[{i}]", f"{target!r} is not a status")
    first, reopen = c.key(root, "first_status", ""), c.key(root, "reopen_status", "")
    for name, value in (("first_status", first), ("reopen_status", reopen)):
        if value not in statuses:
            raise c.fail(name, f"{value!r} is not a status")
    departments = {
        c.code(code, f"departments.{code}"): c.names(names, f"departments.{code}", languages)
        for code, names in c.obj(c.key(root, "departments", ""), "departments").items()
    }
    ctx = {"statuses": statuses, "languages": languages, "channels": channels}
    texts: dict[str, Texts] = {"": c.texts(c.key(root, "texts", ""), "texts", ctx)}
    mains: list[MainCategory] = []
    subs: dict[str, SubCategory] = {}
    seen_mains: set[str] = set()
    for i, raw_main in enumerate(c.lst(c.key(root, "categories", ""), "categories")):
        mp = f"categories[{i}]"
        m = c.obj(raw_main, mp)
        mcode = c.code(c.key(m, "code", mp), f"{mp}.code")
        if mcode in seen_mains or mcode in subs:
            raise c.fail(f"{mp}.code", f"{mcode!r} is used twice")
        seen_mains.add(mcode)
        if "texts" in m:
            texts[mcode] = c.texts(m["texts"], f"{mp}.texts", ctx)
        msubs: list[SubCategory] = []
        for j, raw_sub in enumerate(c.lst(c.key(m, "subcategories", mp), f"{mp}.subcategories")):
            sp = f"{mp}.subcategories[{j}]"
            s = c.obj(raw_sub, sp)
            scode = c.code(c.key(s, "code", sp), f"{sp}.code")
            if scode in subs or scode in seen_mains:
                raise c.fail(f"{sp}.code", f"{scode!r} is used twice")
            dept = c.key(s, "department", sp)
            if dept not in departments:
                raise c.fail(f"{sp}.department", f"{dept!r} is not a department (see departments)")
            prio = c.key(s, "priority", sp)
            if prio not in priorities:
                raise c.fail(f"{sp}.priority", f"must be one of {', '.join(priorities)}")
            term = c.obj(c.key(s, "term", sp), f"{sp}.term")
            days, unit = c.key(term, "days", f"{sp}.term"), c.key(term, "unit", f"{sp}.term")
            if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 365:
                raise c.fail(f"{sp}.term.days", "must be a whole number of days from 1 to 365")
            if unit not in TERM_UNITS:
                raise c.fail(f"{sp}.term.unit", f"must be one of {', '.join(TERM_UNITS)}")
            sub = SubCategory(scode, mcode, c.names(c.key(s, "names", sp), f"{sp}.names", languages), dept, prio,
                              Term(days, unit))
            if "texts" in s:
                texts[f"{mcode}/{scode}"] = c.texts(s["texts"], f"{sp}.texts", ctx)
            subs[scode] = sub
            msubs.append(sub)
        mains.append(MainCategory(mcode, c.names(c.key(m, "names", mp), f"{mp}.names", languages), tuple(msubs)))
    cats = Categories(languages, channels, priorities, first, reopen, statuses, departments, tuple(mains), subs, texts)
    missing = cats.missing_texts()
    if missing:
        raise c.fail("texts", f"no text for {missing[0]} (and {len(missing) - 1} more)" if len(missing) > 1
                     else f"no text for {missing[0]}")
    return cats


def load(path: Path | None = None) -> Categories:
    """Read and check the categories file (``CategoryError`` names the file's key path of a problem)."""
    target = path or CATEGORIES_FILE
    try:
        doc = json.loads(target.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise CategoryError(f"{target.name}:{e.lineno}:{e.colno}", f"not valid JSON: {e.msg}") from None
    return parse(doc)


@lru_cache(maxsize=1)
def default() -> Categories:
    """The city's categories (``resources/reports/categories.json``), loaded once."""
    return load()


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) of a box that holds every point within ``radius_m`` of the point
    (a little larger: a prefilter, the exact distance is checked after)."""
    dlat = math.degrees(radius_m / EARTH_RADIUS_M) * 1.01
    coslat = max(math.cos(math.radians(lat)), 1e-6)
    dlon = min(180.0, math.degrees(radius_m / (EARTH_RADIUS_M * coslat)) * 1.01)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


__all__ = [
    "CATEGORIES_FILE",
    "CHANNELS",
    "DUPLICATE_RADIUS_M",
    "DUPLICATE_WINDOW",
    "PLACEHOLDERS",
    "Categories",
    "CategoryError",
    "MainCategory",
    "Status",
    "SubCategory",
    "Term",
    "bounding_box",
    "default",
    "haversine_m",
    "load",
    "parse",
]
