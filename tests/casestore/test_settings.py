"""The case store's configuration is read in one place (casestore/settings.py), where every variable is
documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casestore import settings as settings_module
from casestore.settings import BodyCaps, LoginPolicy, Settings

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = re.compile(r"LOKET_CASESTORE_[A-Z_]*[A-Z](?![A-Z_*])")  # not a pattern like _LOGIN_*


def test_every_variable_is_read_into_the_settings() -> None:
    got = Settings.from_env({
        "LOKET_CASESTORE_DB": "sqlite:///x.db",
        "LOKET_CASESTORE_CONCURRENCY": "2",
        "LOKET_CASESTORE_INLINE_PUSH_OPS": "0",
        "LOKET_CASESTORE_MAX_PUSH_BYTES": "1000",
        "LOKET_CASESTORE_MAX_CHUNK_BYTES": "2000",
        "LOKET_CASESTORE_MAX_BODY_BYTES": "3000",
        "LOKET_CASESTORE_LOGIN_FAILURES": "3",
        "LOKET_CASESTORE_LOGIN_ADDRESS_FAILURES": "7",
        "LOKET_CASESTORE_LOGIN_WINDOW": "60",
        "LOKET_CASESTORE_LOGIN_LOCKOUT": "5",
        "LOKET_CASESTORE_LOGIN_LOCKOUT_MAX": "50",
        "LOKET_CASESTORE_OUTBOX": "/srv/outbox",
        "LOKET_CASESTORE_SENDER": "Stad <balie@stad.invalid>",
    })
    assert got == Settings(
        db="sqlite:///x.db", concurrency=2, inline_push_ops=0,
        body_caps=BodyCaps(push=1000, chunk=2000, other=3000),
        login=LoginPolicy(account_failures=3, address_failures=7, window=60, lockout=5, max_lockout=50),
        outbox=Path("/srv/outbox"), sender="Stad <balie@stad.invalid>",
    )
    assert Settings.from_env({}) == Settings()  # unset: the defaults
    assert Settings.from_env({"LOKET_CASESTORE_CONCURRENCY": " ", "LOKET_CASESTORE_OUTBOX": ""}) == Settings()


@pytest.mark.parametrize(("name", "value", "why"), [
    ("LOKET_CASESTORE_CONCURRENCY", "four", "must be a whole number, not 'four'"),
    ("LOKET_CASESTORE_MAX_PUSH_BYTES", "32M", "must be a number, not '32M'"),
    ("LOKET_CASESTORE_LOGIN_LOCKOUT", "-1", "must not be negative"),
])
def test_a_bad_value_names_its_variable(name: str, value: str, why: str) -> None:
    with pytest.raises(ValueError, match=f"^{name} {why}$"):
        Settings.from_env({name: value})


def test_every_variable_is_documented_in_the_settings_and_read_nowhere_else() -> None:
    doc = settings_module.__doc__ or ""
    documented = set(VARIABLE.findall(doc))
    code = {p: p.read_text(encoding="utf-8") for p in (ROOT / "casestore").rglob("*.py")}
    mentioned = {v for text in code.values() for v in VARIABLE.findall(text)}
    mentioned |= set(VARIABLE.findall((ROOT / "README.md").read_text(encoding="utf-8")))
    assert mentioned - documented == set()
    field_names = {f.upper() for f in Settings.__dataclass_fields__}
    assert {v.removeprefix("LOKET_CASESTORE_") for v in documented} >= field_names - {"BODY_CAPS", "LOGIN"}
    readers = sorted(str(p.relative_to(ROOT)) for p, text in code.items()
                     if re.search(r"(os\.environ\.get|os\.getenv|os\.environ\[)\(?[\"']LOKET_CASESTORE", text))
    assert readers == []
    assert "casestore/settings.py" in (ROOT / "README.md").read_text(encoding="utf-8")
