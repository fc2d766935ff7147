"""Routing rules of the citizen reports: which department (and, optionally, which person) gets a report, by
its sub-category, its main category and the zone it lies in. Data: ``resources/reports/routing.json``.

The rules are read from top to bottom and the first one that matches decides; a rule matches on whatever it
names of ``category`` (a sub-category code), ``main_category`` and ``zones`` (codes of the city's zones,
``wire.geo``, or grid cells ``G<row>_<col>``), and must name at least one of them. No rule matches: the
department of the report's sub-category (``categories.json``), nobody assigned. A report without a point
(an Open311 request with an address only) has no zone and matches no rule that names zones.

``load()`` checks the whole file against the categories and zones and raises ``RoutingError`` naming the key
path of the first problem (``rules[2].department: 'nowhere' is not a department (see categories.json)``);
nothing half loaded is ever used. The case store loads the file when it starts (a broken file stops it with
that message). Check a file by hand with ``python -m casestore.services.report_routing [FILE]``.
Standard library only (JSON).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from resources import RESOURCES_DIR
from wire import geo
from wire import reports as catalogue

ROUTING_FILE = RESOURCES_DIR / "reports" / "routing.json"
RULE_KEYS = ("note", "category", "main_category", "zones", "department", "assigned_to")
USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,100}$")
GRID_CELL = re.compile(rf"^{geo.GRID_PREFIX}-?\d{{1,9}}_-?\d{{1,9}}$")
MAX_RULES = 10_000


class RoutingError(ValueError):
    """The routing file is not valid: ``path`` names the key, the message says why."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Rule:
    department: str
    category: str | None = None
    main_category: str | None = None
    zones: frozenset[str] | None = None
    assigned_to: str | None = None
    note: str | None = None
    zone_order: tuple[str, ...] = ()  # the zones as the file lists them (for showing the rule)

    def matches(self, category: str, main_category: str, zone: str | None) -> bool:
        return ((self.category is None or self.category == category)
                and (self.main_category is None or self.main_category == main_category)
                and (self.zones is None or (zone is not None and zone in self.zones)))

    def view(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.category is not None:
            out["category"] = self.category
        if self.main_category is not None:
            out["main_category"] = self.main_category
        if self.zones is not None:
            out["zones"] = list(self.zone_order)
        out["department"] = self.department
        if self.assigned_to is not None:
            out["assigned_to"] = self.assigned_to
        if self.note is not None:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class Route:
    """Where a report goes: its department, the person (or nobody), and the rule that said so (its index in
    the file; ``None``: the category's own department)."""

    department: str
    assigned_to: str | None
    rule: int | None


@dataclass(frozen=True)
class Routing:
    rules: tuple[Rule, ...]
    cats: catalogue.Categories

    def route(self, category: str, zone: str | None) -> Route:
        """The route of a report of sub-category ``category`` in ``zone`` (``None``: no point)."""
        sub = self.cats.subs[category]
        for i, rule in enumerate(self.rules):
            if rule.matches(sub.code, sub.main, zone):
                return Route(rule.department, rule.assigned_to, i)
        return Route(sub.department, None, None)

    def view(self) -> dict[str, Any]:
        return {"rules": [r.view() for r in self.rules]}


def _text(v: Any, path: str, pattern: re.Pattern[str] | None = None, what: str = "a text") -> str:
    if not isinstance(v, str) or not v.strip() or (pattern is not None and not pattern.match(v)):
        raise RoutingError(path, f"must be {what}")
    return v


def parse(doc: Any, cats: catalogue.Categories | None = None, zones: geo.Zones | None = None) -> Routing:
    """Check a loaded routing document against the categories and zones (``RoutingError`` on the first
    problem) and build ``Routing``."""
    cats = cats or catalogue.default()
    zones = zones or geo.default()
    sectors = {s.code for s in zones.sectors}
    if not isinstance(doc, dict):
        raise RoutingError("(file)", "must be an object with a list of rules")
    extra = sorted(k for k in doc if k not in ("rules", "_comment"))
    if extra:
        raise RoutingError(extra[0], "is not a key of the routing file (known: rules, _comment)")
    if "rules" not in doc:
        raise RoutingError("rules", "is missing")
    raw_rules = doc["rules"]
    if not isinstance(raw_rules, list):
        raise RoutingError("rules", "must be a list (it may be empty: every report goes to its category's "
                                    "department)")
    if len(raw_rules) > MAX_RULES:
        raise RoutingError("rules", f"more than {MAX_RULES} rules")
    rules: list[Rule] = []
    seen: dict[tuple[Any, ...], int] = {}
    for i, raw in enumerate(raw_rules):
        p = f"rules[{i}]"
        if not isinstance(raw, dict):
            raise RoutingError(p, "must be an object")
        unknown = sorted(k for k in raw if k not in RULE_KEYS)
        if unknown:
            raise RoutingError(f"{p}.{unknown[0]}", f"is not a rule key (known: {', '.join(RULE_KEYS)})")
        if not any(k in raw for k in ("category", "main_category", "zones")):
            raise RoutingError(p, "must name a category, a main_category or zones (a rule for everything "
                                  "would hide the categories' own departments)")
        note = _text(raw["note"], f"{p}.note") if "note" in raw else None
        category = main = None
        if "category" in raw:
            category = _text(raw["category"], f"{p}.category", what="a sub-category code")
            sub = cats.sub(category)
            if sub is None:
                raise RoutingError(f"{p}.category", f"{category!r} is not a sub-category (see categories.json)")
        if "main_category" in raw:
            main = _text(raw["main_category"], f"{p}.main_category", what="a main category code")
            if main not in {m.code for m in cats.mains}:
                raise RoutingError(f"{p}.main_category", f"{main!r} is not a main category (see categories.json)")
        if category is not None and main is not None and cats.subs[category].main != main:
            raise RoutingError(f"{p}.main_category", f"{category!r} belongs to {cats.subs[category].main!r}, "
                                                     f"not {main!r}: the rule could never match")
        zone_list: tuple[str, ...] = ()
        zone_set: frozenset[str] | None = None
        if "zones" in raw:
            zs = raw["zones"]
            if not isinstance(zs, list) or not zs:
                raise RoutingError(f"{p}.zones", "must be a non-empty list of zone codes")
            for j, z in enumerate(zs):
                zp = f"{p}.zones[{j}]"
                if not isinstance(z, str) or not (z in sectors or GRID_CELL.match(z)):
                    known = ", ".join(sorted(sectors)) or "none"
                    raise RoutingError(zp, f"{z!r} is not a zone of zones.geojson (known: {known}) nor a grid "
                                           "cell G<row>_<col>")
                if z in zs[:j]:
                    raise RoutingError(zp, f"{z!r} is listed twice")
            zone_list, zone_set = tuple(zs), frozenset(zs)
        if "department" not in raw:
            raise RoutingError(f"{p}.department", "is missing")
        dept = _text(raw["department"], f"{p}.department", what="a department code")
        if dept not in cats.departments:
            raise RoutingError(f"{p}.department", f"{dept!r} is not a department (see categories.json's "
                                                  "departments)")
        assigned = None
        if "assigned_to" in raw and raw["assigned_to"] is not None:
            assigned = _text(raw["assigned_to"], f"{p}.assigned_to", USERNAME,
                             "a username (1-100 letters, digits or . _ @ -)")
        key = (category, main, zone_set)
        if key in seen:
            raise RoutingError(p, f"matches the same reports as rules[{seen[key]}], which comes first: it "
                                  "would never be used")
        seen[key] = i
        rules.append(Rule(dept, category, main, zone_set, assigned, note, zone_list))
    return Routing(tuple(rules), cats)


def load(path: Path | None = None, cats: catalogue.Categories | None = None,
         zones: geo.Zones | None = None) -> Routing:
    """Read and check a routing file (default: the city's); ``RoutingError`` names the key path of a
    problem. No file at all: no rules."""
    target = path or ROUTING_FILE
    if path is None and not target.exists():
        return Routing((), cats or catalogue.default())
    try:
        doc = json.loads(target.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise RoutingError(f"{target.name}:{e.lineno}:{e.colno}", f"not valid JSON: {e.msg}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise RoutingError(target.name, f"cannot be read ({e})") from None
    return parse(doc, cats, zones)


@lru_cache(maxsize=1)
def default() -> Routing:
    """The city's routing rules, loaded and checked once."""
    return load()


def main(argv: list[str] | None = None) -> int:
    """``python -m casestore.services.report_routing [FILE]``: check a routing file, say what is wrong."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else ROUTING_FILE
    try:
        routing = load(target)
    except RoutingError as e:
        print(f"{target}: {e}", file=sys.stderr)
        return 1
    print(f"{target}: {len(routing.rules)} rules, all valid")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
