"""Typed results of an eID read, and the parsers of the identity and address files.

Parsing never raises anything but :class:`eid.errors.EidParseError`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from eid.birthdate import BirthDate, BirthDateError, parse_birth_date
from eid.errors import EidParseError
from eid.national_number import NationalNumberError, NationalNumberInfo, parse_national_number
from eid.tlv import parse_tlv

__all__ = [
    "DOCUMENT_TYPES",
    "SPECIAL_ORGANISATIONS",
    "SPECIAL_STATUSES",
    "VERIFICATION_MESSAGES",
    "WORK_PERMITS",
    "Address",
    "CardInfo",
    "Coded",
    "EidResult",
    "Foreigner",
    "Identity",
    "Person",
    "RawCardFiles",
    "Verification",
    "VerificationStatus",
    "decode_card_text",
    "document_type_name",
    "parse_address",
    "parse_card_date",
    "parse_identity",
]

DOCUMENT_TYPES: dict[int, str] = {
    1: "Belgian citizen",
    6: "Kids card",
    7: "Bootstrap card",
    8: "Habilitation/machtiging card",
    11: "Foreigner card A",
    12: "Foreigner card B",
    13: "Foreigner card C",
    14: "Foreigner card D",
    15: "Foreigner card E",
    16: "Foreigner card E+",
    17: "Foreigner card F",
    18: "Foreigner card F+",
    19: "EU Blue Card H",
    20: "Foreigner card I",
    21: "Foreigner card J",
    22: "Foreigner card M",
    23: "Foreigner card N",
    27: "Foreigner card K",
    28: "Foreigner card L",
    31: "EU citizen card (EU)",
    32: "EU citizen permanent residence card (EU+)",
    33: "Foreigner card A (2021)",
    34: "Foreigner card B (2021)",
    35: "Foreigner card F (2021)",
    36: "Foreigner card F+ (2021)",
    **{code: "Kids card (foreigner)" for code in range(61, 70)},
}

SPECIAL_STATUSES: dict[int, str] = {
    0: "none",
    1: "white cane",
    2: "extended minority",
    3: "white cane and extended minority",
    4: "yellow cane",
    5: "yellow cane and extended minority",
}

SPECIAL_ORGANISATIONS: dict[int, str] = {
    1: "SHAPE",
    2: "NATO",
    4: "former EU blue card holder",
    5: "researcher",
}

WORK_PERMITS: dict[str, str] = {
    "7": "unlimited labour market access",
    "8": "limited labour market access",
    "9": "no labour market access",
    "A": "seasonal worker",
}

def document_type_name(code: int | None) -> str | None:
    if code is None:
        return None
    return DOCUMENT_TYPES.get(code, f"unknown document type {code}")


@dataclass(frozen=True, slots=True)
class Coded:
    """A numeric (or short text) code from the card with its English name."""

    code: int | str
    name: str | None
    raw: str

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name}


def decode_card_text(value: bytes) -> str:
    """Text of a card field: UTF-8 (the specification), else Latin-1 (some cards carry it, e.g.
    ``MÄR`` as ``4D C4 52``). Never loses a character to U+FFFD: every byte string decodes."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _text(value: bytes | None) -> str | None:
    if value is None:
        return None
    text = decode_card_text(value).strip(" \0")
    return text or None


def parse_card_date(text: str | None) -> dt.date | None:
    """``DD.MM.YYYY`` (also ``DD-MM-YYYY``, ``DD/MM/YYYY``, ``DD MM YYYY``) -> date; None if not a date.
    ASCII digits only."""
    if not text:
        return None
    m = re.fullmatch(r"\s*([0-9]{1,2})[.\-/ ]+([0-9]{1,2})[.\-/ ]+([0-9]{4})\s*", text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _int_code(text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) if text.isascii() and text.isdigit() else None


def _coded(text: str | None, names: dict[int, str], kind: str) -> Coded | None:
    if text is None:
        return None
    code = _int_code(text)
    if code is None:
        return Coded(code=text, name=f"unknown {kind} {text!r}", raw=text)
    return Coded(code=code, name=names.get(code, f"unknown {kind} {code}"), raw=text)


_SEX = {"M": "M", "F": "F", "V": "F", "W": "F"}


@dataclass(frozen=True, slots=True)
class CardInfo:
    number: str | None
    chip_number: str | None
    valid_from: dt.date | None
    valid_until: dt.date | None
    issuing_municipality: str | None
    document_type: int | None
    document_type_raw: str | None
    document_type_name: str | None
    duplicate: str | None
    applet_version: str | None = None
    card_data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Person:
    national_number: str | None
    national_number_info: NationalNumberInfo | None
    surname: str | None
    given_names: str | None
    third_initial: str | None
    nationality: str | None
    birth_place: str | None
    birth_date: BirthDate | None
    birth_date_raw: str | None
    sex: str | None
    sex_raw: str | None
    nobility: str | None
    special_status: Coded | None
    special_organisation: Coded | None
    member_of_family: bool


@dataclass(frozen=True, slots=True)
class Foreigner:
    work_permit: Coded | None
    employer_vat_1: str | None
    employer_vat_2: str | None
    regional_file_number: str | None
    brexit_mention_1: str | None
    brexit_mention_2: str | None
    card_a_mention_1: str | None
    card_a_mention_2: str | None
    eu_start_date: dt.date | None
    eu_start_date_raw: str | None
    date_and_country_of_protection: str | None
    protection_date: dt.date | None
    protection_country: str | None


@dataclass(frozen=True, slots=True)
class Identity:
    """Everything in the identity file (3F00/DF01/4031)."""

    card: CardInfo
    person: Person
    foreigner: Foreigner
    photo_hash: bytes | None
    basic_key_hash: bytes | None
    file_version: bytes | None
    tags: dict[int, bytes] = field(repr=False)


@dataclass(frozen=True, slots=True)
class Address:
    street_and_number: str | None
    postal_code: str | None
    municipality: str | None
    file_version: bytes | None = None


def parse_identity(data: bytes) -> Identity:
    """Parse the identity file. Raises only :class:`EidParseError`."""
    tags = parse_tlv(data)
    if not tags:
        raise EidParseError(detail="identity file is empty")
    if 0x06 not in tags and 0x01 not in tags:
        raise EidParseError(detail="identity file has neither a card number nor a national number")

    def t(tag: int) -> str | None:
        return _text(tags.get(tag))

    doc_raw = t(0x0F)
    doc_code = _int_code(doc_raw)
    chip = tags.get(0x02)
    card = CardInfo(
        number=t(0x01),
        chip_number=chip.hex().upper() if chip else None,
        valid_from=parse_card_date(t(0x03)),
        valid_until=parse_card_date(t(0x04)),
        issuing_municipality=t(0x05),
        document_type=doc_code,
        document_type_raw=doc_raw,
        document_type_name=document_type_name(doc_code) if doc_code is not None else (
            f"unknown document type {doc_raw!r}" if doc_raw else None
        ),
        duplicate=t(0x12),
    )

    nn_text = t(0x06)
    nn_info: NationalNumberInfo | None = None
    if nn_text is not None:
        try:
            nn_info = parse_national_number(nn_text)
        except NationalNumberError:
            nn_info = None

    # Birth date: keep the raw text exactly as on the card (minus NUL padding).
    bd_value = tags.get(0x0C)
    bd_raw = decode_card_text(bd_value).rstrip("\0") if bd_value is not None else None
    birth_date: BirthDate | None = None
    if bd_raw and bd_raw.strip():
        try:
            birth_date = parse_birth_date(bd_raw)
        except BirthDateError:
            birth_date = None

    sex_raw = t(0x0D)
    person = Person(
        national_number=nn_info.digits if nn_info else nn_text,
        national_number_info=nn_info,
        surname=t(0x07),
        given_names=t(0x08),
        third_initial=t(0x09),
        nationality=t(0x0A),
        birth_place=t(0x0B),
        birth_date=birth_date,
        birth_date_raw=bd_raw if bd_raw is not None else None,
        sex=_SEX.get(sex_raw.upper()) if sex_raw else None,
        sex_raw=sex_raw,
        nobility=t(0x0E),
        special_status=_coded(t(0x10), SPECIAL_STATUSES, "special status"),
        special_organisation=_coded(t(0x13), SPECIAL_ORGANISATIONS, "special organisation"),
        member_of_family=0x14 in tags,
    )

    wp_raw = t(0x16)
    work_permit = (
        Coded(code=wp_raw.upper(), name=WORK_PERMITS.get(wp_raw.upper(), f"unknown work permit {wp_raw!r}"),
              raw=wp_raw)
        if wp_raw
        else None
    )
    protection = t(0x15)
    p_date: dt.date | None = None
    p_country: str | None = None
    if protection:
        m = re.fullmatch(r"\s*([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})\s*-\s*([A-Za-z]{2,3})\s*", protection)
        if m:
            p_date = parse_card_date(m.group(1))
            p_country = m.group(2).upper()
    eu_raw = t(0x1F)
    foreigner = Foreigner(
        work_permit=work_permit,
        employer_vat_1=t(0x17),
        employer_vat_2=t(0x18),
        regional_file_number=t(0x19),
        brexit_mention_1=t(0x1B),
        brexit_mention_2=t(0x1C),
        card_a_mention_1=t(0x1D),
        card_a_mention_2=t(0x1E),
        eu_start_date=parse_card_date(eu_raw),
        eu_start_date_raw=eu_raw,
        date_and_country_of_protection=protection,
        protection_date=p_date,
        protection_country=p_country,
    )
    return Identity(
        card=card,
        person=person,
        foreigner=foreigner,
        photo_hash=tags.get(0x11) or None,
        basic_key_hash=tags.get(0x1A) or None,
        file_version=tags.get(0x00),
        tags=tags,
    )


def parse_address(data: bytes) -> Address:
    """Parse the address file (zero padded). Raises only :class:`EidParseError`."""
    tags = parse_tlv(data)
    if not any(k in tags for k in (0x01, 0x02, 0x03)):
        raise EidParseError(detail="address file has no street, postal code or municipality")
    return Address(
        street_and_number=_text(tags.get(0x01)),
        postal_code=_text(tags.get(0x02)),
        municipality=_text(tags.get(0x03)),
        file_version=tags.get(0x00),
    )


class VerificationStatus:
    VALID = "valid"
    INVALID = "invalid"
    UNTRUSTED = "untrusted"
    UNVERIFIABLE = "unverifiable"


VERIFICATION_MESSAGES: dict[str, str] = {
    VerificationStatus.VALID: "Card data verified: signed by the National Register.",
    VerificationStatus.INVALID: (
        "Warning: the card data does not match its signature (data altered or a copied card). "
        "Do not rely on this card; check the physical card and ask for another document."
    ),
    VerificationStatus.UNTRUSTED: (
        "The card data is consistent but not signed by a Belgian root certificate (test or "
        "specimen card?). Do not rely on it for a real citizen."
    ),
    VerificationStatus.UNVERIFIABLE: (
        "The card data could not be verified (part of it could not be read). Read the card again."
    ),
}


@dataclass(frozen=True, slots=True)
class Verification:
    """Per-check results (True/False/None = not checked: material missing) and overall status.

    ``status``: ``valid`` | ``invalid`` (a signature or hash does not match: data altered) |
    ``untrusted`` (consistent, but the RRN certificate does not chain to a trusted root) |
    ``unverifiable`` (material missing).
    """

    status: str
    identity_signature: bool | None
    address_signature: bool | None
    photo_hash: bool | None
    basic_key_hash: bool | None
    chain: bool | None
    reasons: tuple[str, ...] = ()
    rrn_subject: str | None = None
    trusted_root: str | None = None
    chip_authentic: bool | None = None

    @property
    def is_valid(self) -> bool:
        return self.status == VerificationStatus.VALID

    @property
    def message(self) -> str:
        """Clerk-facing one-liner for the status."""
        return VERIFICATION_MESSAGES.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class RawCardFiles:
    """Bytes as read from the card (signature files with their padding)."""

    identity: bytes | None = None
    identity_signature: bytes | None = None
    address: bytes | None = None
    address_signature: bytes | None = None
    photo: bytes | None = None
    rrn_certificate: bytes | None = None
    basic_public_key: bytes | None = None
    card_data: bytes | None = None
    atr: bytes | None = None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(frozen=True, slots=True)
class EidResult:
    """Result of a read. ``partial`` is True for the early identity+address result
    (no photo, no verification yet)."""

    identity: Identity
    address: Address | None
    photo: bytes | None
    verification: Verification | None
    raw: RawCardFiles
    reader_name: str | None = None
    applet_version: str | None = None
    partial: bool = False
    timing_ms: dict[str, float] = field(default_factory=dict)
    apdu_count: int | None = None

    @property
    def card(self) -> CardInfo:
        return self.identity.card

    @property
    def person(self) -> Person:
        return self.identity.person

    @property
    def foreigner(self) -> Foreigner:
        return self.identity.foreigner

    def to_json(self) -> dict[str, Any]:
        """The documented ``desk-app eid read --json`` object."""
        c, p, f = self.identity.card, self.identity.person, self.identity.foreigner
        v = self.verification
        return {
            "card": {
                "number": c.number,
                "chip_number": c.chip_number,
                "valid_from": _iso(c.valid_from),
                "valid_until": _iso(c.valid_until),
                "issuing_municipality": c.issuing_municipality,
                "document_type": c.document_type if c.document_type is not None else c.document_type_raw,
                "document_type_name": c.document_type_name,
                "applet_version": self.applet_version,
            },
            "person": {
                "national_number": p.national_number,
                "surname": p.surname,
                "given_names": p.given_names,
                "third_initial": p.third_initial,
                "nationality": p.nationality,
                "birth_place": p.birth_place,
                "birth_date": p.birth_date.iso if p.birth_date else None,
                "birth_date_raw": p.birth_date_raw,
                "sex": p.sex,
                "nobility": p.nobility,
                "special_status": p.special_status.to_json() if p.special_status else None,
                "special_organisation": p.special_organisation.to_json() if p.special_organisation else None,
                "member_of_family": p.member_of_family,
            },
            "foreigner": {
                "work_permit": f.work_permit.to_json() if f.work_permit else None,
                "employer_vat_1": f.employer_vat_1,
                "employer_vat_2": f.employer_vat_2,
                "regional_file_number": f.regional_file_number,
                "brexit_mention_1": f.brexit_mention_1,
                "brexit_mention_2": f.brexit_mention_2,
                "card_a_mention_1": f.card_a_mention_1,
                "card_a_mention_2": f.card_a_mention_2,
                "eu_start_date": _iso(f.eu_start_date),
                "date_and_country_of_protection": f.date_and_country_of_protection,
            },
            "address": {
                "street_and_number": self.address.street_and_number if self.address else None,
                "postal_code": self.address.postal_code if self.address else None,
                "municipality": self.address.municipality if self.address else None,
            },
            "photo": {
                "bytes": len(self.photo) if self.photo is not None else None,
                "sha256": hashlib.sha256(self.photo).hexdigest() if self.photo is not None else None,
            },
            "verification": {
                "status": v.status if v else None,
                "identity_signature": v.identity_signature if v else None,
                "address_signature": v.address_signature if v else None,
                "photo_hash": v.photo_hash if v else None,
                "basic_key_hash": v.basic_key_hash if v else None,
                "chain": v.chain if v else None,
                "reasons": list(v.reasons) if v else [],
            },
            "timing_ms": {
                "identity_and_address": self.timing_ms.get("identity_and_address"),
                "total": self.timing_ms.get("total"),
            },
        }
