"""Letter templates a city edits without code: ``resources/letters/<lang>/<status>.txt``.

File format (UTF-8 text)::

    # lines starting with '#' are comments
    subject: Uw aanvraag {case.type} is goedgekeurd
    ---
    Beste {person.full_name},

    {status.text}

The part after ``---`` is the body: paragraphs are separated by a blank line; a line starting with ``- ``
is a bullet. Placeholders are ``{group.name}`` (see ``PLACEHOLDERS``); ``{{`` and ``}}`` write a literal
brace. A template for one case type goes in ``<lang>/<case_type>/<status>.txt`` and may also use
``{answers.<field key>}`` for that case type's fields. Lookup order for a letter: the case type's template,
the status template, then ``<lang>/_default.txt``; every language must have a ``_default.txt``.

``check_templates(catalogue)`` reports every problem as ``file:line: reason`` (CatalogueError); an unknown
placeholder is an error, never an empty gap in a printed letter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desk_app.catalogue import Catalogue, CatalogueError
from desk_app.languages import LANGUAGES
from resources import RESOURCES_DIR

LETTERS_DIR = RESOURCES_DIR / "letters"
DEFAULT = "_default"
HEADER_KEYS = {"subject"}

PLACEHOLDERS: dict[str, str] = {
    "person.surname": "surname",
    "person.given_names": "given names",
    "person.full_name": "given names and surname",
    "person.salutation": "name for the salutation (given names and surname, or 'citizen' if unknown)",
    "person.address": "postal address, several lines",
    "person.national_number": "formatted national number",
    "case.reference": "case number, or the local reference L-XXXXXXXX before it exists",
    "case.track_code": "short code to follow the case",
    "case.track_url": "track & trace address with the code",
    "case.type": "name of the case type (alone, e.g. in a subject after a colon)",
    "case.application_of": "the words after 'your application' (e.g. 'for an address change', 'auf Adressänderung')",
    "case.department": "department handling the case",
    "case.created_date": "date of the intake",
    "case.expected_date": "expected decision date",
    "case.fee": "fee (or 'free')",
    "status.name": "name of the new status",
    "status.text": "the text for the citizen (as typed by the clerk, else the catalogue's)",
    "status.date": "date of the status change",
    "city.name": "the city's name (alone)",
    "city.to": "the city's name after 'to' (à la Ville de …, zur Stadt …)",
    "city.at": "the city's name after 'with/at' (auprès de la Ville de …, bei der Stadt …)",
    "city.address": "the city's address",
    "city.phone": "the city's phone number",
    "city.email": "the city's e-mail address",
    "city.website": "the city's website",
    "staff.name": "name of the staff member",
    "staff.location": "office or location of the staff member",
    "today": "today's date",
    "letter.annex": "' ' and a sentence pointing to the decision annex when the letter has one (empty in an e-mail)",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z_]+(\.[a-z0-9_]+)?")


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class Template:
    path: Path
    subject: str
    body: str
    body_line: int  # file line number of the first body line

    def render(self, values: Mapping[str, str]) -> tuple[str, str]:
        return render(self.subject, values, self.path, 1), render(self.body, values, self.path, self.body_line)


def placeholders(text: str, first_line: int = 1) -> list[tuple[int, str | None, str]]:
    """(line, placeholder name or None for a brace error, raw token) for each placeholder in ``text``."""
    found: list[tuple[int, str | None, str]] = []
    for offset, line in enumerate(text.split("\n")):
        for m in _TOKEN.finditer(line):
            token = m.group(0)
            if token in ("{{", "}}"):
                continue
            if m.group(1) is None:
                found.append((first_line + offset, None, token))
            else:
                found.append((first_line + offset, m.group(1).strip(), token))
    return found


def render(text: str, values: Mapping[str, str], path: Path | None = None, first_line: int = 1) -> str:
    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = (m.group(1) or "").strip()
        if m.group(1) is None or name not in values:
            line = first_line + text.count("\n", 0, m.start())
            raise TemplateError(f"{path or '<template>'}:{line}: unknown placeholder {token}")
        return values[name]

    return _TOKEN.sub(sub, text)


def parse(path: Path) -> Template:
    """Read a template file; raise TemplateError(file:line: reason) on a malformed header."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}:0: cannot read template: {exc}") from None
    lines = raw.replace("\r\n", "\n").split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "---":
            body_lines = lines[i + 1:]
            while body_lines and not body_lines[-1].strip():
                body_lines.pop()
            if "subject" not in header:
                raise TemplateError(f"{path}:{i + 1}: the header has no 'subject:' line before '---'")
            return Template(path, header["subject"], "\n".join(body_lines), i + 2)
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        if not sep or key.strip() not in HEADER_KEYS:
            raise TemplateError(
                f"{path}:{i + 1}: expected 'subject: …' or '---', got {stripped[:40]!r}"
            )
        header[key.strip()] = value.strip()
    raise TemplateError(f"{path}:{len(lines)}: no '---' line between the header and the body")


@functools.lru_cache(maxsize=512)
def _cached(path: Path, mtime_ns: int) -> Template:
    return parse(path)


def load(path: Path) -> Template:
    return _cached(path, path.stat().st_mtime_ns)


def find_template(case_type: str, status: str, lang: str, root: Path | None = None) -> Template:
    """The template for a letter: case-type specific, per status, the language's default; Dutch if the
    language has no letters folder at all."""
    root = root or LETTERS_DIR
    for language in (lang, "nl") if lang != "nl" else ("nl",):
        folder = root / language
        for candidate in (folder / case_type / f"{status}.txt", folder / f"{status}.txt", folder / f"{DEFAULT}.txt"):
            if candidate.is_file():
                return load(candidate)
    raise TemplateError(f"{root / lang / (DEFAULT + '.txt')}:0: no letter template for status '{status}'")


def _check_file(path: Path, allowed: set[str], problems: list[str]) -> None:
    try:
        tpl = parse(path)
    except TemplateError as exc:
        problems.append(str(exc))
        return
    for text, first in ((tpl.subject, _subject_line(path)), (tpl.body, tpl.body_line)):
        for line, name, token in placeholders(text, first):
            if name is None:
                problems.append(f"{path}:{line}: unmatched brace {token!r} (write {{{{ or }}}} for a literal brace)")
            elif not _NAME.fullmatch(name):
                problems.append(f"{path}:{line}: malformed placeholder {token}")
            elif name not in allowed:
                hint = ""
                if name.startswith("answers."):
                    hint = " (answers.* only in a case type's own folder, for one of that case type's fields)"
                problems.append(f"{path}:{line}: unknown placeholder {token}{hint}")


def _subject_line(path: Path) -> int:
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip().startswith("subject"):
                return i
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def check_templates(catalogue: Catalogue, root: Path | None = None) -> None:
    """Check every letter template against the catalogue; raise CatalogueError listing all problems."""
    root = root or LETTERS_DIR
    problems: list[str] = []
    if not root.is_dir():
        raise CatalogueError([f"{root}:0: the letters folder is missing"])
    base = set(PLACEHOLDERS)
    for entry in sorted(root.iterdir()):
        if entry.is_file():
            if entry.suffix == ".txt":
                problems.append(f"{entry}:0: templates belong in a language folder ({', '.join(LANGUAGES)})")
            continue
        if entry.name not in LANGUAGES:
            problems.append(f"{entry}:0: unknown language folder '{entry.name}' (use {', '.join(LANGUAGES)})")
            continue
    for lang in LANGUAGES:
        folder = root / lang
        if not (folder / f"{DEFAULT}.txt").is_file():
            problems.append(f"{folder / (DEFAULT + '.txt')}:0: missing the default letter for language '{lang}'")
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.is_dir():
                ct = catalogue.case_types.get(entry.name)
                if ct is None:
                    problems.append(f"{entry}:0: unknown case type '{entry.name}'")
                    continue
                allowed = base | {f"answers.{f.key}" for f in ct.fields}
                for f in sorted(entry.iterdir()):
                    if f.suffix != ".txt":
                        continue
                    if f.stem not in ct.statuses:
                        problems.append(f"{f}:0: '{f.stem}' is not a status of {ct.code} "
                                        f"(possible: {', '.join(ct.statuses)})")
                    _check_file(f, allowed, problems)
            elif entry.suffix == ".txt":
                if entry.stem != DEFAULT and entry.stem not in catalogue.statuses:
                    problems.append(f"{entry}:0: unknown status '{entry.stem}' "
                                    f"(known: {', '.join(sorted(catalogue.statuses))})")
                _check_file(entry, base, problems)
    if problems:
        raise CatalogueError(problems)
