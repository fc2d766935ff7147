"""The city's catalogue: case types, their forms, statuses, departments and suggestion rules.

Loaded from YAML files in ``resources/catalogue`` (a city edits them without touching code). Every
problem is reported as ``file:line: reason``; a catalogue with problems is refused as a whole.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desk_app.domain import national_number
from desk_app.domain.text import TextInvalid, clean_text
from desk_app.languages import LANGUAGES
from desk_app.messages import Message

FIELD_TYPES = {
    "text", "textarea", "integer", "amount", "date", "choice", "boolean", "email", "phone",
    "budget_lines", "location", "attachment", "national_number",
}
CONDITION_KINDS = {"case_type", "field_equals", "fee_unpaid", "card_expires_within_days"}
# The decision letters the documents can print (``decision_letter`` of a case type; the case page offers the one
# its case type declares): ``budget_decision`` is the status letter with the budget decision
# (``desk_app.documents.service.DECISIONS`` has a builder for each name: tests/documents/test_summary.py checks).
DECISION_LETTERS = ("budget_decision",)
# What the card review may start an intake for (``card_review`` in city.yaml): ``address_changed``, the card
# shows another address than the record (the intake gets the card's street_and_number, postal_code, municipality).
CARD_REVIEW_EVENTS = ("address_changed",)
DEMO_PLACEHOLDERS = ("street", "day")  # what a demo answer's text may use besides its case type's demo_draws
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{8,20}$")
_COORDS = re.compile(r"^\s*(-?\d{1,2}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$")


class CatalogueError(Exception):
    """A catalogue that cannot be used. ``problems`` lists ``file:line: reason`` strings."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# ---------------------------------------------------------------- YAML with line numbers
class _Node(dict):  # type: ignore[type-arg,unused-ignore]
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


def _line(node: Any, key: str | None = None) -> int:
    if isinstance(node, _Node):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return 0


# ---------------------------------------------------------------- model
Text = dict[str, str]


def text_in(text: Mapping[str, str] | None, lang: str) -> str:
    """Pick a language from a multilingual text, falling back to Dutch, then English."""
    if not text:
        return ""
    return text.get(lang) or text.get("nl") or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Option:
    value: str
    label: Text


@dataclass(frozen=True)
class FormField:
    key: str
    type: str
    label: Text
    required: bool = False
    default: Any = None
    options: tuple[Option, ...] = ()
    min: Any = None
    max: Any = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_message: Text | None = None
    must_be_true: bool = False
    required_if: dict[str, Any] | None = None
    not_before: str | None = None
    max_total: Decimal | None = None
    equals_total_of: str | None = None
    accept: tuple[str, ...] = ()

    def option_values(self) -> list[str]:
        return [o.value for o in self.options]


@dataclass(frozen=True)
class StatusDetail:
    """What the clerk must give for a status (a rejection's reason, the items still missing): required in
    the status dialog and printed under ``heading`` in the citizen's letter. ``kind`` is ``text`` (one
    reason) or ``list`` (one item per line, printed as bullets)."""

    kind: str
    heading: Text


@dataclass(frozen=True)
class Status:
    code: str
    name: Text
    text: Text
    notify: bool
    final: bool
    detail: StatusDetail | None = None

    def citizen_text(self, lang: str, text: str, detail: str) -> str:
        """The text for the citizen with the detail the status needs, under its heading in ``lang``."""
        text = text.strip()
        if self.detail is None or not detail.strip():
            return text
        if self.detail.kind == "list":
            items = [line.strip().lstrip("-•*").strip() for line in detail.splitlines()]
            body = "\n".join(f"- {item}" for item in items if item)
        else:
            body = " ".join(detail.split())
        part = f"{text_in(self.detail.heading, lang)}\n{body}" if self.detail.kind == "list" else \
            f"{text_in(self.detail.heading, lang)} {body}"
        return f"{text}\n\n{part}" if text else part


@dataclass(frozen=True)
class Fee:
    amount_cents: int
    by_field: str | None = None
    amounts_cents: dict[str, int] = field(default_factory=dict)

    def for_answers(self, answers: Mapping[str, Any]) -> int:
        if self.by_field and str(answers.get(self.by_field)) in self.amounts_cents:
            return self.amounts_cents[str(answers[self.by_field])]
        return self.amount_cents


class _Pick:
    """How a demo answer's ``one_of`` / ``between`` is decided: drawn with ``rng``, or (``rng`` None, for the
    catalogue check) always the first option and the low bound (``end`` 0) or the last and the high one (-1)."""

    def __init__(self, rng: random.Random | None, end: int = 0) -> None:
        self.rng = rng
        self.end = end

    def one_of(self, options: list[Any]) -> Any:
        return self.rng.choice(options) if self.rng is not None else options[self.end]

    def between(self, low: int, high: int) -> int:
        return self.rng.randint(low, high) if self.rng is not None else (low, high)[self.end]


def _demo_spec(value: Any) -> str | None:
    """``one_of`` or ``between`` when ``value`` is a draw rather than an answer, else None."""
    if isinstance(value, Mapping) and len(value) == 1:
        key = next(iter(value))
        if key in ("one_of", "between"):
            return str(key)
    return None


class _Values(dict[str, Any]):
    """The placeholders of demo answers' texts; a draw's value is drawn at its first use."""

    draw: Any = None

    def __missing__(self, name: str) -> Any:
        self[name] = self.draw(name)
        return self[name]


@dataclass(frozen=True)
class DemoAnswers:
    """The answers of a case type's made-up cases (demo mode, benchmarks), from its ``demo_answers``: each
    answer as written, or drawn per case (``{one_of: [a, b]}``, ``{between: [low, high]}``, whole numbers);
    in a text, ``{street}`` is the citizen's street, ``{day}`` a day, and ``{name}`` a value of the case
    type's ``demo_draws``, drawn once per case at its first use (``{{`` and ``}}`` are braces)."""

    answers: dict[str, Any]
    draws: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # each answer's line in its file

    def make(self, rng: random.Random, street: str, day: str) -> dict[str, Any]:
        return self._expand(_Pick(rng), street, day)

    def _expand(self, pick: _Pick, street: str, day: str) -> dict[str, Any]:
        values = _Values(street=street, day=day)
        values.draw = lambda name: value(self.draws[name])

        def value(spec: Any) -> Any:
            kind = _demo_spec(spec)
            if kind == "one_of":
                return value(pick.one_of(list(spec["one_of"])))
            if kind == "between":
                low, high = spec["between"]
                return pick.between(int(low), int(high))
            if isinstance(spec, str):
                return spec.format_map(values)
            if isinstance(spec, list):
                return [value(v) for v in spec]
            if isinstance(spec, Mapping):
                return {str(k): value(v) for k, v in spec.items()}
            return spec

        return {key: value(spec) for key, spec in self.answers.items()}


@dataclass(frozen=True)
class CaseType:
    code: str
    name: Text
    department: str
    processing_days: int
    fee: Fee
    statuses: tuple[str, ...]
    fields: tuple[FormField, ...]
    required_documents: tuple[Text, ...] = ()
    documents_after: dict[str, Any] | None = None
    source: str = ""
    # working days per answer of one field (the procedure chosen): (field key, {answer: days})
    processing_days_by: tuple[str, dict[str, int]] | None = None
    # how letters name the case type after "your application" per language ("for an address change")
    application_of: Text = field(default_factory=dict)
    # the decision letter the case page offers for it (one of DECISION_LETTERS), None for none
    decision_letter: str | None = None
    # the answers of its made-up cases (demo mode, benchmarks); None: no made-up cases of this type
    demo: DemoAnswers | None = None

    @property
    def initial_status(self) -> str:
        return self.statuses[0]

    def processing_days_for(self, answers: Mapping[str, Any]) -> int:
        """Working days until the expected decision for these answers (e.g. an urgent procedure)."""
        if self.processing_days_by is not None:
            key, days = self.processing_days_by
            if str(answers.get(key)) in days:
                return days[str(answers[key])]
        return self.processing_days

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class Rule:
    id: str
    when: dict[str, Any]
    suggest: str
    reason: Text


@dataclass(frozen=True)
class Suggestion:
    rule_id: str
    case_type: str
    reason: Text


@dataclass(frozen=True)
class ValidationProblem:
    field: str
    message: str


class FormInvalid(ValueError):
    def __init__(self, problems: list[ValidationProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Catalogue:
    city: dict[str, Any]
    departments: dict[str, Text]
    statuses: dict[str, Status]
    case_types: dict[str, CaseType]
    rules: tuple[Rule, ...]
    root: Path
    # what the card review starts: event (CARD_REVIEW_EVENTS) -> case type code (city.yaml's card_review)
    card_review: dict[str, str] = field(default_factory=dict)

    @property
    def closing_days(self) -> list[str]:
        return list(self.city.get("closing_days", []))

    def card_review_case_type(self, event: str) -> CaseType | None:
        """The case type the card review offers an intake of for ``event`` (e.g. ``address_changed``), if any."""
        code = self.card_review.get(event)
        return self.case_types.get(code) if code is not None else None

    def case_type(self, code: str) -> CaseType:
        try:
            return self.case_types[code]
        except KeyError:
            known = ", ".join(sorted(self.case_types))
            raise KeyError(f"unknown case type '{code}' (known: {known})") from None

    # -------------------------------------------------------- forms
    def validate_answers(
        self, case_type: CaseType, raw: Mapping[str, Any], today: dt.date | None = None
    ) -> dict[str, Any]:
        """Convert and check form answers (strings from a CLI or typed values from the GUI).

        Returns clean, JSON-ready answers; raises FormInvalid listing every problem at once."""
        problems: list[ValidationProblem] = []
        clean: dict[str, Any] = {}
        known = {f.key for f in case_type.fields}
        for key in raw:
            if key not in known:
                problems.append(ValidationProblem(key, f"unknown field for {case_type.code} (known: {', '.join(sorted(known))})"))
        for f in case_type.fields:
            value = raw.get(f.key, f.default)
            if isinstance(value, str) and f.type not in ("textarea",):
                value = value.strip()
            empty = value is None or value == "" or value == [] or (f.type == "boolean" and value is False and f.must_be_true)
            required = f.required or (
                f.required_if is not None
                and str(clean.get(f.required_if["field"], raw.get(f.required_if["field"])))
                == str(f.required_if["equals"])
            )
            if empty:
                if required:
                    problems.append(ValidationProblem(f.key, "this field is required" if not f.must_be_true else "must be confirmed"))
                continue
            try:
                clean[f.key] = _convert(f, value)
            except ValueError as exc:
                problems.append(ValidationProblem(f.key, _message_of(exc)))
        for f in case_type.fields:
            if f.key not in clean:
                continue
            if f.not_before and f.not_before in clean and clean[f.key] < clean[f.not_before]:
                problems.append(ValidationProblem(f.key, Message("must not be before {field}", field=f.not_before)))
            if f.equals_total_of and f.equals_total_of in clean:
                total = sum(Decimal(line["amount"]) for line in clean[f.equals_total_of])
                if Decimal(clean[f.key]) != total:
                    problems.append(
                        ValidationProblem(f.key, Message("must equal the budget total EUR {total}", total=f"{total:.2f}"))
                    )
        if problems:
            raise FormInvalid(problems)
        return clean

    def fee_cents(self, case_type: CaseType, answers: Mapping[str, Any]) -> int:
        return case_type.fee.for_answers(answers)

    # -------------------------------------------------------- suggestions
    def suggestions(
        self,
        case_type: str | None,
        answers: Mapping[str, Any] | None = None,
        fee_unpaid: bool = False,
        card_valid_until: dt.date | None = None,
        open_case_types: Iterable[str] = (),
        today: dt.date | None = None,
    ) -> list[Suggestion]:
        """Evaluate the catalogue's rules for an intake (or for a person when case_type is None)."""
        today = today or dt.date.today()
        answers = answers or {}
        skip = set(open_case_types)
        found: list[Suggestion] = []
        for rule in self.rules:
            if rule.suggest in skip or rule.suggest == case_type:
                continue
            if _rule_holds(rule.when, case_type, answers, fee_unpaid, card_valid_until, today):
                found.append(Suggestion(rule.id, rule.suggest, rule.reason))
                skip.add(rule.suggest)
        return found


def _rule_holds(
    when: Mapping[str, Any],
    case_type: str | None,
    answers: Mapping[str, Any],
    fee_unpaid: bool,
    card_valid_until: dt.date | None,
    today: dt.date,
) -> bool:
    for kind, arg in when.items():
        if kind == "case_type" and case_type not in arg:
            return False
        if kind == "field_equals" and any(str(answers.get(k)) != str(v) for k, v in arg.items()):
            return False
        if kind == "fee_unpaid" and bool(arg) != fee_unpaid:
            return False
        if kind == "card_expires_within_days" and (
            card_valid_until is None or (card_valid_until - today).days > int(arg)
        ):
            return False
    return True


def parse_amount(value: Any) -> Decimal:
    """EUR amounts: ``12``, ``12.5``, ``12,50`` (Belgian comma), ``1.234,56``."""
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    else:
        text = str(value).strip().replace("€", "").replace("EUR", "").strip()
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(Message("'{value}' is not an amount in euro", value=value)) from None
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(Message("'{value}' has more than 2 decimals", value=value))
    return amount.quantize(Decimal("0.01"))


def _message_of(exc: ValueError) -> str:
    """The exception's message, with its code and parameters when it has them (``desk_app.messages``)."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Message) and str(exc) == first else str(exc)


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(Message("'{value}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)", value=value))


def _free_text(value: Any, multiline: bool = False) -> str:
    """Text as it may be stored (no control characters; line breaks only where the field has lines)."""
    try:
        return clean_text(str(value), multiline=multiline)
    except TextInvalid as exc:
        raise ValueError(str(exc)) from None


def _convert(f: FormField, value: Any) -> Any:
    t = f.type
    if t in ("text", "textarea", "location"):
        text = _free_text(value, multiline=t == "textarea")
        if f.max_length and len(text) > f.max_length:
            raise ValueError(Message("at most {max} characters ({given} given)", max=f.max_length, given=len(text)))
        if f.pattern and not re.fullmatch(f.pattern, text):
            raise ValueError(text_in(f.pattern_message, "en") or f"does not match {f.pattern}")
        if t == "location":
            m = _COORDS.match(text)
            if m and not (-90 <= float(m.group(1)) <= 90 and -180 <= float(m.group(2)) <= 180):
                raise ValueError("coordinates out of range")
        return text
    if t == "integer":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(Message("'{value}' is not a whole number", value=value)) from None
        if f.min is not None and number < int(f.min):
            raise ValueError(Message("must be at least {min}", min=f.min))
        if f.max is not None and number > int(f.max):
            raise ValueError(Message("must be at most {max}", max=f.max))
        return number
    if t == "amount":
        amount = parse_amount(value)
        if f.min is not None and amount < Decimal(str(f.min)):
            raise ValueError(Message("must be at least EUR {min}", min=f.min))
        if f.max is not None and amount > Decimal(str(f.max)):
            raise ValueError(Message("must be at most EUR {max}", max=f.max))
        return f"{amount:.2f}"
    if t == "date":
        return parse_date(value).isoformat()
    if t == "choice":
        text = str(value)
        if text not in f.option_values():
            raise ValueError(Message("'{value}' is not one of: {options}", value=text, options=", ".join(f.option_values())))
        return text
    if t == "boolean":
        if isinstance(value, bool):
            result = value
        elif str(value).strip().lower() in ("1", "true", "yes", "ja", "oui", "y", "j"):
            result = True
        elif str(value).strip().lower() in ("0", "false", "no", "nee", "non", "n"):
            result = False
        else:
            raise ValueError(Message("'{value}' is not yes or no", value=value))
        if f.must_be_true and not result:
            raise ValueError("must be confirmed")
        return result
    if t == "email":
        if not _EMAIL.match(_free_text(value)):
            raise ValueError(Message("'{value}' is not an e-mail address", value=value))
        return str(value)
    if t == "phone":
        if not _PHONE.match(str(value)):
            raise ValueError(Message("'{value}' is not a phone number", value=value))
        return str(value)
    if t == "national_number":
        try:
            return national_number.validate(str(value))
        except national_number.NationalNumberError as exc:
            raise ValueError(exc.args[0]) from None  # its message, with its code
    if t == "attachment":
        text = str(value)
        if not re.fullmatch(r"[0-9a-f]{64}", text):
            raise ValueError("must refer to a stored attachment (SHA-256)")
        return text
    if t == "budget_lines":
        lines = json.loads(value) if isinstance(value, str) else value
        if not isinstance(lines, list) or not lines:
            raise ValueError('give budget lines as [{"description": "...", "amount": "12.50"}, ...]')
        clean = []
        for i, line in enumerate(lines, 1):
            if not isinstance(line, Mapping) or not str(line.get("description", "")).strip():
                raise ValueError(f"budget line {i} needs a description")
            amount = parse_amount(line.get("amount", ""))
            if amount <= 0:
                raise ValueError(f"budget line {i} must be a positive amount")
            description = _free_text(str(line["description"]).strip())
            clean.append({"description": description, "amount": f"{amount:.2f}"})
        total = sum(Decimal(line["amount"]) for line in clean)
        if f.max_total is not None and total > f.max_total:
            raise ValueError(f"the budget total EUR {total:.2f} is over the maximum of EUR {f.max_total:.2f}")
        return clean
    raise ValueError(f"unsupported field type {t}")


# ---------------------------------------------------------------- loading and checking
def _text(node: Any, where: str, problems: list[str], need: Iterable[str] = ("nl",)) -> Text:
    if not isinstance(node, Mapping):
        problems.append(f"{where}: expected texts per language ({', '.join(LANGUAGES)})")
        return {}
    result: Text = {}
    for lang, value in node.items():
        if lang not in LANGUAGES:
            problems.append(f"{where}: unknown language '{lang}' (use {', '.join(LANGUAGES)})")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: text for '{lang}' is empty")
        else:
            result[lang] = value
    for lang in need:
        if lang not in node:
            problems.append(f"{where}: missing the '{lang}' text")
    return result


def _cents(value: Any, where: str, problems: list[str]) -> int:
    try:
        return int(parse_amount(value) * 100)
    except ValueError as exc:
        problems.append(f"{where}: {exc}")
        return 0


def _field(node: Any, path: Path, problems: list[str]) -> FormField | None:
    where = f"{path}:{_line(node)}"
    if not isinstance(node, Mapping):
        problems.append(f"{where}: a form field must be a mapping with key, type and label")
        return None
    allowed = {
        "key", "type", "label", "required", "default", "options", "min", "max", "max_length", "pattern",
        "pattern_message", "must_be_true", "required_if", "not_before", "max_total", "equals_total_of", "accept",
    }
    for k in node:
        if k not in allowed:
            problems.append(f"{path}:{_line(node, k)}: unknown field property '{k}'")
    key, ftype = node.get("key"), node.get("type")
    if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        problems.append(f"{where}: field key must be lower_snake_case, got {key!r}")
        return None
    if ftype not in FIELD_TYPES:
        problems.append(f"{path}:{_line(node, 'type')}: field '{key}' has unknown type {ftype!r} (known: {', '.join(sorted(FIELD_TYPES))})")
        return None
    options: list[Option] = []
    if ftype == "choice":
        raw_options = node.get("options")
        if not isinstance(raw_options, list) or not raw_options:
            problems.append(f"{where}: choice field '{key}' needs options")
        else:
            for opt in raw_options:
                if not isinstance(opt, Mapping) or "value" not in opt:
                    problems.append(f"{path}:{_line(opt)}: option needs a value and a label")
                    continue
                options.append(Option(str(opt["value"]), _text(opt.get("label"), f"{path}:{_line(opt)}", problems)))
    if node.get("pattern") is not None:
        try:
            re.compile(str(node["pattern"]))
        except re.error as exc:
            problems.append(f"{path}:{_line(node, 'pattern')}: bad pattern: {exc}")
    max_total = node.get("max_total")
    return FormField(
        key=key,
        type=ftype,
        label=_text(node.get("label"), f"{path}:{_line(node, 'label')}", problems),
        required=bool(node.get("required", False)),
        default=node.get("default"),
        options=tuple(options),
        min=node.get("min"),
        max=node.get("max"),
        max_length=node.get("max_length"),
        pattern=node.get("pattern"),
        pattern_message=node.get("pattern_message"),
        must_be_true=bool(node.get("must_be_true", False)),
        required_if=node.get("required_if"),
        not_before=node.get("not_before"),
        max_total=parse_amount(max_total) if max_total is not None else None,
        equals_total_of=node.get("equals_total_of"),
        accept=tuple(node.get("accept", ())),
    )


def load_catalogue(root: Path | None = None, cache_file: Path | None = None) -> Catalogue:
    """Load and check the catalogue; raise CatalogueError with every problem found.

    With ``cache_file``, unchanged files are read from there instead of being parsed again
    (``desk_app.catalogue_cache``)."""
    from desk_app.catalogue_cache import DocumentReader
    from resources import RESOURCES_DIR

    root = root or RESOURCES_DIR / "catalogue"
    problems: list[str] = []
    reader = DocumentReader(cache_file)
    read = reader.read
    city_doc = read(root / "city.yaml", problems) or {}
    dep_doc = read(root / "departments.yaml", problems) or {}
    status_doc = read(root / "statuses.yaml", problems) or {}
    rules_doc = read(root / "suggestions.yaml", problems) or {}

    city = dict(city_doc.get("city", {})) if isinstance(city_doc, Mapping) else {}
    # The name alone, and as letters use it after "to" and "with/at" (articles and cases per language).
    for key in ("name", "name_to", "name_at"):
        _text(city.get(key), f"{root / 'city.yaml'}:{_line(city_doc.get('city'), key)}: city {key}", problems,
              LANGUAGES)
    for day in city.get("closing_days", []):
        if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", str(day)):
            problems.append(f"{root / 'city.yaml'}:{_line(city_doc.get('city'), 'closing_days')}: closing day {day!r} is not MM-DD")

    departments: dict[str, Text] = {}
    dep_path = root / "departments.yaml"
    for code, node in (dep_doc.get("departments") or {}).items() if isinstance(dep_doc, Mapping) else []:
        departments[code] = _text((node or {}).get("name"), f"{dep_path}:{_line(node)}", problems, LANGUAGES)

    statuses: dict[str, Status] = {}
    st_path = root / "statuses.yaml"
    for code, node in (status_doc.get("statuses") or {}).items() if isinstance(status_doc, Mapping) else []:
        if not isinstance(node, Mapping):
            problems.append(f"{st_path}:{_line(status_doc.get('statuses'), code)}: status '{code}' must be a mapping")
            continue
        detail: StatusDetail | None = None
        if node.get("detail") is not None:
            d = node["detail"]
            where = f"{st_path}:{_line(node, 'detail')}"
            if not isinstance(d, Mapping) or d.get("kind") not in ("text", "list"):
                problems.append(f"{where}: detail needs kind (text or list) and a heading per language")
            else:
                detail = StatusDetail(str(d["kind"]), _text(d.get("heading"), where, problems, LANGUAGES))
        statuses[code] = Status(
            code=code,
            name=_text(node.get("name"), f"{st_path}:{_line(node, 'name')}", problems, LANGUAGES),
            text=_text(node.get("text"), f"{st_path}:{_line(node, 'text')}", problems, LANGUAGES),
            notify=bool(node.get("notify", False)),
            final=bool(node.get("final", False)),
            detail=detail,
        )

    case_types: dict[str, CaseType] = {}
    for path in sorted((root / "case_types").glob("*.yaml")):
        doc = read(path, problems)
        if doc is None:
            continue
        node = doc.get("case_type") if isinstance(doc, Mapping) else None
        if not isinstance(node, Mapping):
            problems.append(f"{path}:1: expected a top-level 'case_type' mapping")
            continue
        code = node.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", code):
            problems.append(f"{path}:{_line(node, 'code')}: case type code must be lower_snake_case, got {code!r}")
            continue
        if code in case_types:
            problems.append(f"{path}:{_line(node, 'code')}: case type '{code}' is defined twice")
        dept = node.get("department")
        if dept not in departments:
            problems.append(f"{path}:{_line(node, 'department')}: unknown department {dept!r}")
        days = node.get("processing_days")
        if not isinstance(days, int) or days < 0:
            problems.append(f"{path}:{_line(node, 'processing_days')}: processing_days must be a whole number of working days")
            days = 0
        st_list = node.get("statuses") or []
        if not st_list:
            problems.append(f"{path}:{_line(node)}: a case type needs statuses")
        for st in st_list:
            if st not in statuses:
                problems.append(f"{path}:{_line(node, 'statuses')}: unknown status {st!r}")
        fee_node = node.get("fee") or {"amount": "0"}
        by = fee_node.get("by_field") or {}
        fee = Fee(
            amount_cents=_cents(fee_node.get("amount", "0"), f"{path}:{_line(node, 'fee')}", problems),
            by_field=by.get("field"),
            amounts_cents={
                str(k): _cents(v, f"{path}:{_line(by, 'amounts')}", problems) for k, v in (by.get("amounts") or {}).items()
            },
        )
        by_days = node.get("processing_days_by_field")
        processing_by: tuple[str, dict[str, int]] | None = None
        if by_days is not None:
            where = f"{path}:{_line(node, 'processing_days_by_field')}"
            days_map = by_days.get("days") if isinstance(by_days, Mapping) else None
            if not isinstance(days_map, Mapping) or not all(isinstance(v, int) and v >= 0 for v in days_map.values()):
                problems.append(f"{where}: processing_days_by_field needs field and days (answer: working days)")
            else:
                processing_by = (str(by_days.get("field")), {str(k): int(v) for k, v in days_map.items()})
        fields_raw = node.get("fields") or []
        fields = [f for f in (_field(n, path, problems) for n in fields_raw) if f is not None]
        keys = [f.key for f in fields]
        for k in {k for k in keys if keys.count(k) > 1}:
            problems.append(f"{path}:{_line(node, 'fields')}: field '{k}' is defined twice")
        for f, n in zip(fields, [n for n in fields_raw if isinstance(n, Mapping) and n.get("type") in FIELD_TYPES], strict=False):
            for ref_name, ref in (("not_before", f.not_before), ("equals_total_of", f.equals_total_of),
                                  ("required_if", (f.required_if or {}).get("field"))):
                if ref is not None and ref not in keys:
                    problems.append(f"{path}:{_line(n, ref_name)}: field '{f.key}' refers to unknown field {ref!r}")
        if processing_by is not None:
            pf = next((f for f in fields if f.key == processing_by[0]), None)
            where = f"{path}:{_line(node, 'processing_days_by_field')}"
            if pf is None:
                problems.append(f"{where}: processing days depend on unknown field {processing_by[0]!r}")
            elif pf.type == "choice":
                for answer in processing_by[1]:
                    if answer not in pf.option_values():
                        problems.append(f"{where}: {answer!r} is not an option of {pf.key}")
        if fee.by_field and fee.by_field not in keys:
            problems.append(f"{path}:{_line(fee_node, 'by_field')}: fee depends on unknown field {fee.by_field!r}")
        decision_letter = node.get("decision_letter")
        if decision_letter is not None and decision_letter not in DECISION_LETTERS:
            problems.append(f"{path}:{_line(node, 'decision_letter')}: unknown decision letter {decision_letter!r} "
                            f"(known: {', '.join(DECISION_LETTERS)})")
            decision_letter = None
        demo = _demo_answers(node, path, keys, problems)
        case_types[code] = CaseType(
            code=code,
            name=_text(node.get("name"), f"{path}:{_line(node, 'name')}", problems, LANGUAGES),
            department=str(dept),
            processing_days=days,
            fee=fee,
            statuses=tuple(st_list),
            fields=tuple(fields),
            required_documents=tuple(
                _text(d, f"{path}:{_line(d)}", problems) for d in node.get("required_documents") or []
            ),
            documents_after=node.get("documents_after"),
            source=str(path),
            processing_days_by=processing_by,
            application_of=_text(node.get("application_of"), f"{path}:{_line(node, 'application_of')}: "
                                 "application_of (the words after 'your application')", problems, LANGUAGES),
            decision_letter=decision_letter,
            demo=demo,
        )

    rules: list[Rule] = []
    rules_path = root / "suggestions.yaml"
    for node in (rules_doc.get("rules") or []) if isinstance(rules_doc, Mapping) else []:
        where = f"{rules_path}:{_line(node)}"
        when = node.get("when") or {}
        for kind in when:
            if kind not in CONDITION_KINDS:
                problems.append(f"{rules_path}:{_line(when, kind)}: unknown condition '{kind}' (known: {', '.join(sorted(CONDITION_KINDS))})")
        for ct in when.get("case_type", []) or []:
            if ct not in case_types:
                problems.append(f"{rules_path}:{_line(when, 'case_type')}: unknown case type {ct!r}")
        if node.get("suggest") not in case_types:
            problems.append(f"{rules_path}:{_line(node, 'suggest')}: rule suggests unknown case type {node.get('suggest')!r}")
        rules.append(Rule(str(node.get("id")), dict(when), str(node.get("suggest")), _text(node.get("reason"), where, problems, LANGUAGES)))

    card_review = _card_review(city_doc, root / "city.yaml", case_types, problems)
    if not case_types and not problems:
        problems.append(f"{root / 'case_types'}:0: no case types found")
    catalogue = Catalogue(city, departments, statuses, case_types, tuple(rules), root, card_review)
    if not problems:
        _check_demo_answers(catalogue, problems)
    if problems:
        if reader.used_cache:  # cached documents carry no line numbers: parse everything to report
            return load_catalogue(root)
        raise CatalogueError(problems)
    reader.save()
    return catalogue


def _card_review(doc: Any, path: Path, case_types: Mapping[str, CaseType], problems: list[str]) -> dict[str, str]:
    """city.yaml's ``card_review``: which case type the card review starts for each event."""
    node = doc.get("card_review") if isinstance(doc, Mapping) else None
    if node is None:
        return {}
    if not isinstance(node, Mapping):
        problems.append(f"{path}:{_line(doc, 'card_review')}: card_review must map an event "
                        f"({', '.join(CARD_REVIEW_EVENTS)}) to a case type")
        return {}
    result: dict[str, str] = {}
    for event, code in node.items():
        where = f"{path}:{_line(node, str(event))}"
        if event not in CARD_REVIEW_EVENTS:
            problems.append(f"{where}: unknown card review event {event!r} (known: {', '.join(CARD_REVIEW_EVENTS)})")
        elif code not in case_types:
            problems.append(f"{where}: card review {event} starts unknown case type {code!r}")
        else:
            result[str(event)] = str(code)
    return result


def _plain(value: Any) -> Any:
    """YAML data as plain dicts and lists (no line bookkeeping): kept in the catalogue, sent to processes."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _demo_answers(node: Mapping[str, Any], path: Path, keys: list[str], problems: list[str]) -> DemoAnswers | None:
    """A case type's ``demo_answers`` and ``demo_draws``, their form checked (the values: _check_demo_answers)."""
    raw, raw_draws = node.get("demo_answers"), node.get("demo_draws") or {}
    if raw is None:
        if node.get("demo_draws") is not None:
            problems.append(f"{path}:{_line(node, 'demo_draws')}: demo_draws without demo_answers")
        return None
    where = f"{path}:{_line(node, 'demo_answers')}"
    if not isinstance(raw, Mapping) or not isinstance(raw_draws, Mapping):
        problems.append(f"{where}: demo_answers (and demo_draws) must map names to values")
        return None
    before = len(problems)
    draws = {str(k): v for k, v in raw_draws.items()}
    for name in draws:
        if not name.isidentifier() or name in DEMO_PLACEHOLDERS:
            problems.append(f"{path}:{_line(raw_draws, name)}: demo draw name {name!r} must be a plain name other "
                            f"than {', '.join(DEMO_PLACEHOLDERS)}")
    names = {*DEMO_PLACEHOLDERS, *draws}

    def check(value: Any, at: str) -> None:
        kind = _demo_spec(value)
        if kind == "one_of":
            if not isinstance(value["one_of"], list) or not value["one_of"]:
                problems.append(f"{at}: one_of needs a list of values")
        elif kind == "between":
            bounds = value["between"]
            if not (isinstance(bounds, list) and len(bounds) == 2 and all(type(b) is int for b in bounds)
                    and bounds[0] <= bounds[1]):
                problems.append(f"{at}: between needs [low, high], two whole numbers")
        elif isinstance(value, str):
            try:
                used = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
            except ValueError as exc:
                problems.append(f"{at}: {value!r}: {exc} (write {{{{ and }}}} for a brace)")
                return
            for name in sorted(used - names):
                problems.append(f"{at}: unknown placeholder {{{name}}} (known: "
                                f"{', '.join('{' + n + '}' for n in sorted(names))})")
        elif isinstance(value, list):
            for v in value:
                check(v, at)
        elif isinstance(value, Mapping):
            for v in value.values():
                check(v, at)

    for key, value in raw.items():
        at = f"{path}:{_line(raw, str(key))}"
        if key not in keys:
            problems.append(f"{at}: demo answer for unknown field {key!r}")
        check(value, at)
    for name, value in draws.items():
        check(value, f"{path}:{_line(raw_draws, name)}")
    if len(problems) > before:
        return None
    lines = {"": _line(node, "demo_answers")} | {str(k): _line(raw, str(k)) for k in raw}
    return DemoAnswers(_plain(raw), _plain(draws), lines)


def _check_demo_answers(catalogue: Catalogue, problems: list[str]) -> None:
    """Every case type's demo answers fill in its form: with the first options and low bounds, and with the
    last options and high bounds."""
    for ct in catalogue.case_types.values():
        if ct.demo is None:
            continue
        for end in (0, -1):
            try:
                catalogue.validate_answers(ct, ct.demo._expand(_Pick(None, end), "Kerkstraat 1", "2026-01-01"))
            except FormInvalid as exc:
                for p in exc.problems:
                    line = ct.demo.lines.get(p.field, ct.demo.lines.get("", 0))
                    problems.append(f"{ct.source}:{line}: demo answer for '{p.field}' does not fit the form: "
                                    f"{p.message}")
                break
