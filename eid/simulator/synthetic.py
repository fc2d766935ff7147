"""Synthetic BELPIC cards with their own test PKI (never trusted by default).

Every person here is synthetic: invented names, test-only numbers.

Kinds (see :data:`SYNTHETIC_KINDS`): applet 1.7 RSA-2048 and applet 1.8 EC P-384 cards,
birth dates in NL/FR/DE layouts, foreigner and kids cards, a year-only birth date, and
tampered cards (identity, address, photo, basic key). Behaviour kinds ``not-activated`` and
``not-eid`` are a normal card plus :class:`SimOptions` (see :func:`synthetic_options`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from eid.national_number import checksum_for
from eid.simulator.card import ATR_APPLET_17, ATR_APPLET_18, CardImage, SimOptions
from eid.tlv import encode_tlv

__all__ = [
    "SYNTHETIC_KINDS",
    "SyntheticPerson",
    "SyntheticPki",
    "make_card",
    "synthetic_card",
    "synthetic_options",
    "synthetic_pki",
    "write_demo_cards",
]


@dataclass(frozen=True)
class SyntheticPki:
    """A test root CA and an RRN certificate signed by it."""

    algorithm: str  # "rsa" | "ec"
    root_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    root_cert: x509.Certificate
    rrn_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    rrn_cert: x509.Certificate

    @property
    def root_der(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.DER)

    @property
    def root_pem(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.PEM)

    def sign(self, data: bytes) -> bytes:
        if isinstance(self.rrn_key, rsa.RSAPrivateKey):
            return self.rrn_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return self.rrn_key.sign(data, ec.ECDSA(hashes.SHA384()))


_pki_lock = threading.Lock()
_pki_cache: dict[str, SyntheticPki] = {}


def _name(cn: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Loket synthetic TEST PKI"),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def _new_key(algorithm: str) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP384R1())


def _cert(subject: x509.Name, issuer: x509.Name, public_key: object, signer: object, ca: bool) -> x509.Certificate:
    now = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365 * 30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    algo = hashes.SHA256() if isinstance(signer, rsa.RSAPrivateKey) else hashes.SHA384()
    return builder.sign(signer, algo)  # type: ignore[arg-type]


def synthetic_pki(algorithm: str = "ec", *, fresh: bool = False) -> SyntheticPki:
    """The process-wide test PKI for ``"rsa"`` or ``"ec"`` (generated once, cached)."""
    if algorithm not in ("rsa", "ec"):
        raise ValueError("algorithm must be 'rsa' or 'ec'")
    with _pki_lock:
        if not fresh and algorithm in _pki_cache:
            return _pki_cache[algorithm]
        root_key = _new_key(algorithm)
        root_name = _name(f"Loket TEST {algorithm.upper()} Root CA (not trusted)")
        root = _cert(root_name, root_name, root_key.public_key(), root_key, True)
        rrn_key = _new_key(algorithm)
        rrn = _cert(_name(f"Loket TEST {algorithm.upper()} RRN"), root_name, rrn_key.public_key(), root_key, False)
        pki = SyntheticPki(algorithm, root_key, root, rrn_key, rrn)
        if not fresh:
            _pki_cache[algorithm] = pki
        return pki


# --- synthetic persons --------------------------------------------------------------------

_MONTHS = {
    "nl": ["JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
    "fr": ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"],
    "de": ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"],
}


def birth_date_text(date: dt.date, language: str, *, style: str = "default") -> str:
    """Card-style birth date: NL ``08 MAAR 1985``, FR ``26 AVR  1975`` (month padded to 4),
    DE ``12.MÄR.1985``; style ``one-digit`` gives ``1 JAN 1971``, ``de-space`` ``13.AUG. 1996``."""
    mon = _MONTHS[language][date.month - 1]
    if style == "one-digit":
        return f"{date.day} {mon} {date.year}"
    if style == "de-space":
        return f"{date.day:02d}.{mon}. {date.year}"
    if language == "fr":
        return f"{date.day:02d} {mon:<4} {date.year}"
    if language == "de":
        return f"{date.day:02d}.{mon}.{date.year}"
    return f"{date.day:02d} {mon} {date.year}"


def national_number_for(date: dt.date, sequence: int) -> str:
    first = f"{date.year % 100:02d}{date.month:02d}{date.day:02d}{sequence:03d}"
    return first + f"{checksum_for(first, date.year >= 2000):02d}"


@dataclass(frozen=True)
class SyntheticPerson:
    surname: str
    given_names: str
    third_initial: str
    birth: dt.date
    birth_text: str
    sequence: int  # odd = man
    nationality: str
    birth_place: str
    sex: str  # card letter
    municipality: str
    street: str
    postal_code: str
    language: str


_PERSONS: dict[str, SyntheticPerson] = {
    "nl": SyntheticPerson("Testpersoon", "Jan Synthetisch", "P", dt.date(1985, 3, 8), "", 101, "Belg",
                          "Gent", "M", "Gent", "Voorbeeldstraat 12 bus 3", "9000", "nl"),
    "fr": SyntheticPerson("Exemple", "Marie Synthétique", "L", dt.date(1975, 4, 26), "", 202, "Belge",
                          "Namur", "F", "Namur", "Rue de l'Exemple 7", "5000", "fr"),
    "de": SyntheticPerson("Beispiel", "Anna Synthetisch", "", dt.date(1985, 3, 12), "", 304, "Belgier",
                          "Eupen", "F", "Eupen", "Musterstraße 3", "4700", "de"),
}


def _chip(kind: str) -> bytes:
    return b"SLGT" + hashlib.sha256(kind.encode()).digest()[:12]


SYNTHETIC_KINDS: dict[str, str] = {
    "v17-rsa": "applet 1.7, RSA-2048 RRN key, NL birth date",
    "v17-rsa-fr": "applet 1.7, RSA, FR birth date with padded month",
    "v17-rsa-de": "applet 1.7, RSA, DE birth date with dots",
    "v18-ec": "applet 1.8, EC P-384 RRN and basic key, NL birth date",
    "v18-ec-fr": "applet 1.8, EC, FR birth date",
    "v18-ec-de": "applet 1.8, EC, DE birth date",
    "foreigner": "applet 1.8, foreigner card A with work permit, protection date, EU fields",
    "foreigner-eu": "applet 1.8, EU citizen card with EU registration date, one-digit birth day",
    "kids": "applet 1.8, kids card (born 2016), no authentication/signature certificates",
    "year-only": "applet 1.7, birth date with year only",
    "tampered-identity": "applet 1.8, identity file altered after signing",
    "tampered-address": "applet 1.8, address altered after signing",
    "tampered-photo": "applet 1.8, photo altered",
    "tampered-basic-key": "applet 1.8, basic public key replaced",
    "not-activated": "applet 1.8 card that answers 6D00 (not activated)",
    "not-eid": "a smart card without the BELPIC applet",
}


def _photo() -> bytes:
    return (importlib_resources.files("eid.simulator") / "data" / "synthetic_photo.jpg").read_bytes()


def make_card(
    *,
    applet: int = 0x18,
    language: str = "nl",
    pki: SyntheticPki | None = None,
    person: SyntheticPerson | None = None,
    document_type: str = "1",
    birth_text: str | bytes | None = None,
    extra_tags: list[tuple[int, bytes]] | None = None,
    special_status: str = "0",
    name: str = "synthetic",
    kids: bool = False,
) -> CardImage:
    """Build and sign a synthetic card image. ``birth_text`` as bytes is stored as given (e.g. a
    Latin-1 month name, as some cards carry), text is stored as UTF-8."""
    algorithm = "ec" if applet == 0x18 else "rsa"
    pki = pki or synthetic_pki(algorithm)
    p = person or _PERSONS[language]
    birth_text = birth_text if birth_text is not None else birth_date_text(p.birth, p.language)
    photo = _photo()
    photo_hash = hashlib.sha384(photo).digest() if applet == 0x18 else hashlib.sha256(photo).digest()
    chip = _chip(name)
    nn = national_number_for(p.birth, p.sequence)
    tags: list[tuple[int, bytes]] = []
    if applet == 0x18:
        tags.append((0x00, b"\x01"))
    tags += [
        (0x01, b"5920" + hashlib.sha256(name.encode()).hexdigest()[:8].translate(str.maketrans("abcdef", "123456")).encode()),
        (0x02, chip),
        (0x03, b"05.03.2024"),
        (0x04, b"05.03.2034" if not kids else b"05.03.2027"),
        (0x05, p.municipality.encode()),
        (0x06, nn.encode()),
        (0x07, p.surname.encode()),
        (0x08, p.given_names.encode()),
        (0x09, p.third_initial.encode()),
        (0x0A, p.nationality.encode()),
        (0x0B, p.birth_place.encode()),
        (0x0C, birth_text if isinstance(birth_text, bytes) else birth_text.encode()),
        (0x0D, p.sex.encode()),
        (0x0E, b""),
        (0x0F, document_type.encode()),
        (0x10, special_status.encode()),
        (0x11, photo_hash),
    ]
    tags += extra_tags or []
    basic_key: ec.EllipticCurvePrivateKey | None = None
    basic_spki: bytes | None = None
    if applet == 0x18:
        basic_key = ec.generate_private_key(ec.SECP384R1())
        basic_spki = basic_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        tags.append((0x1A, hashlib.sha384(basic_spki).digest()))
    identity = encode_tlv(tags)
    address = encode_tlv([(0x01, p.street.encode()), (0x02, p.postal_code.encode()), (0x03, p.municipality.encode())])
    address = address + bytes(max(0, 121 - len(address)))
    id_sig = pki.sign(identity)
    if algorithm == "ec":
        id_sig = id_sig + bytes(256 - len(id_sig))  # DER signature zero padded in a fixed file
    addr_sig = pki.sign(address.rstrip(b"\0") + id_sig)
    if algorithm == "ec":
        addr_sig = addr_sig + bytes(256 - len(addr_sig))
    rrn_der = pki.rrn_cert.public_bytes(serialization.Encoding.DER)
    files = {
        "3F00DF014031": identity,
        "3F00DF014032": id_sig,
        "3F00DF014033": address,
        "3F00DF014034": addr_sig,
        "3F00DF014035": photo,
        "3F00DF00503C": rrn_der + bytes(max(0, 1024 - len(rrn_der))),
    }
    if kids:
        files["3F00DF005038"] = bytes(1024)
        files["3F00DF005039"] = bytes(1024)
    if basic_spki is not None:
        files["3F00DF014040"] = basic_spki
    card_data = chip + bytes([0xA5, 0x03, 0x01, 0x01, 0x01, applet, 0x00, 0x02, 0x00, 0x01, 0x01, 0x0F])
    return CardImage(
        files=files,
        card_data=card_data,
        atr=ATR_APPLET_18 if applet == 0x18 else ATR_APPLET_17,
        name=name,
        basic_key_private=basic_key,
        trust_root_der=pki.root_der,
        meta={"applet_version": f"{applet >> 4}.{applet & 0xF}", "synthetic": "true", "kind": name},
    )


def _replace_tag(identity: bytes, tag: int, value: bytes) -> bytes:
    from eid.tlv import parse_tlv

    # rebuild in order, replacing one value (used to tamper after signing)
    out: list[tuple[int, bytes]] = []
    i = 0
    tags = parse_tlv(identity)
    assert tag in tags
    while i < len(identity):
        t = identity[i]
        i += 1
        length = 0
        while True:
            b = identity[i]
            i += 1
            length += b
            if b != 0xFF:
                break
        out.append((t, value if t == tag else identity[i : i + length]))
        i += length
    return encode_tlv(out)


def synthetic_card(kind: str = "v18-ec", *, pki: SyntheticPki | None = None) -> CardImage:
    """A synthetic card of the given kind (see :data:`SYNTHETIC_KINDS`)."""
    if kind not in SYNTHETIC_KINDS:
        raise ValueError(f"unknown synthetic card kind {kind!r}; choose from {', '.join(SYNTHETIC_KINDS)}")
    if kind.startswith("v17-rsa"):
        lang = kind.split("-")[2] if kind.count("-") == 2 else "nl"
        return make_card(applet=0x17, language=lang, pki=pki, name=kind)
    if kind.startswith("v18-ec"):
        lang = kind.split("-")[2] if kind.count("-") == 2 else "nl"
        return make_card(applet=0x18, language=lang, pki=pki, name=kind)
    if kind == "year-only":
        return make_card(applet=0x17, pki=pki, name=kind, birth_text="        1962",
                         person=SyntheticPerson("Jaartal", "Piet Synthetisch", "", dt.date(1962, 1, 1), "", 7,
                                                "Belg", "Brugge", "M", "Brugge", "Proefweg 1", "8000", "nl"))
    if kind == "foreigner":
        person = SyntheticPerson("Voorbeeld-Test", "Sam Fictief", "Q", dt.date(2003, 9, 7), "", 141, "Fictiland",
                                 "Testville", "M", "Koekelberg", "Proeflaan 99", "1081", "fr")
        return make_card(
            applet=0x18, pki=pki, person=person, name=kind, document_type="11",
            birth_text="07 SEPT 2003",
            extra_tags=[
                (0x12, b"01"),
                (0x13, b"5"),
                (0x14, b""),
                (0x15, b"13.08.2014-IT"),
                (0x16, b"8"),
                (0x17, b"BE0123456749"),
                (0x18, b""),
                (0x19, b"RF-000123"),
                (0x1B, b""),
                (0x1C, b""),
                (0x1D, b"Art 50 TEU"),
                (0x1E, b""),
            ],
        )
    if kind == "foreigner-eu":
        person = SyntheticPerson("Exemplaire", "Lea Fictive", "", dt.date(1990, 1, 5), "", 88, "Fictivie",
                                 "Testburg", "W", "Liège", "Place du Test 4", "4000", "fr")
        return make_card(applet=0x18, pki=pki, person=person, name=kind, document_type="31",
                         birth_text="5 JAN 1990", extra_tags=[(0x1F, b"01.02.2019")])
    if kind == "kids":
        person = SyntheticPerson("Kindtest", "Mila Synthetisch", "", dt.date(2016, 6, 1), "", 42, "Belg",
                                 "Leuven", "V", "Leuven", "Speelstraat 5", "3000", "nl")
        return make_card(applet=0x18, pki=pki, person=person, name=kind, document_type="6", kids=True)
    if kind in ("not-activated", "not-eid"):
        return make_card(applet=0x18, pki=pki, name=kind)
    # tampered cards: sign first, then alter
    card = make_card(applet=0x18, pki=pki, name=kind)
    if kind == "tampered-identity":
        card.files["3F00DF014031"] = _replace_tag(card.files["3F00DF014031"], 0x07, b"Vervalst")
    elif kind == "tampered-address":
        addr = encode_tlv([(0x01, b"Andere straat 1"), (0x02, b"9000"), (0x03, b"Gent")])
        card.files["3F00DF014033"] = addr + bytes(max(0, 121 - len(addr)))
    elif kind == "tampered-photo":
        photo = bytearray(card.files["3F00DF014035"])
        photo[len(photo) // 2] ^= 0x55
        card.files["3F00DF014035"] = bytes(photo)
    elif kind == "tampered-basic-key":
        other = ec.generate_private_key(ec.SECP384R1())
        card.files["3F00DF014040"] = other.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    return card


def synthetic_options(kind: str) -> SimOptions:
    """Simulator behaviour for a kind (``not-activated``, ``not-eid``; default otherwise)."""
    if kind == "not-activated":
        return SimOptions(not_activated=True)
    if kind == "not-eid":
        return SimOptions(not_eid=True)
    return SimOptions()


def write_demo_cards(directory: str | Path, kinds: list[str] | None = None) -> list[Path]:
    """Write synthetic card images (one fresh test PKI per algorithm) plus the test roots
    ``demo-test-root-ec.pem`` / ``demo-test-root-rsa.pem`` into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    pkis = {"ec": synthetic_pki("ec", fresh=True), "rsa": synthetic_pki("rsa", fresh=True)}
    for algo, pki in pkis.items():
        (out / f"demo-test-root-{algo}.pem").write_bytes(pki.root_pem)
    written = []
    for kind in kinds or list(SYNTHETIC_KINDS):
        algo = "rsa" if kind.startswith("v17") or kind == "year-only" else "ec"
        written.append(synthetic_card(kind, pki=pkis[algo]).save(out / kind))
    return written
