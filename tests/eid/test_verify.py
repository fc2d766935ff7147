"""Verification rules on the public test files and synthetic cards (no reader involved)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes

from eid.model import RawCardFiles, Verification, parse_identity
from eid.simulator.card import CardImage, load_commons_eid_set
from eid.simulator.synthetic import synthetic_card, synthetic_pki
from eid.verify import default_root_dir, load_certificates, load_default_roots, verify_card
from tests.eid.conftest import card_file
from tests.eid.damage import DAMAGE_KINDS, damage_certificate


def _raw(image: CardImage) -> RawCardFiles:
    f = image.files
    return RawCardFiles(
        identity=f.get("3F00DF014031"), identity_signature=f.get("3F00DF014032"), address=f.get("3F00DF014033"),
        address_signature=f.get("3F00DF014034"), photo=f.get("3F00DF014035"), rrn_certificate=f.get("3F00DF00503C"),
        basic_public_key=f.get("3F00DF014040"), card_data=image.card_data,
    )


def _verify(raw: RawCardFiles, **kw: Any) -> Verification:
    ident = parse_identity(raw.identity or b"")
    return verify_card(raw, ident, **kw)


def test_shipped_roots_are_belgium_roots_only() -> None:
    roots = load_default_roots()
    names = sorted(r.subject.rfc4514_string() for r in roots)
    assert len(roots) == 6  # CA, CA2, CA3, CA4, CA4 re-issued, CA6 (PEM/DER duplicates removed)
    assert all("Belgium Root CA" in n for n in names)
    assert not any("Citizen" in n or "Foreigner" in n or "test" in n.lower() for n in names)
    assert {p.suffix for p in default_root_dir().iterdir()} >= {".pem", ".der"}


def test_specimen_untrusted_by_default_valid_with_its_root() -> None:
    d = card_file("specimen-alice")
    raw = _raw(CardImage.from_directory(d))
    v = _verify(raw)
    assert v.status == "untrusted"
    assert (v.identity_signature, v.address_signature, v.photo_hash, v.chain) == (True, True, True, False)
    assert v.basic_key_hash is None
    root = load_certificates(d / "3F00DF00503B_root_cert.der")
    v2 = _verify(raw, extra_roots=root)
    assert v2.status == "valid" and v2.chain is True
    assert v2.trusted_root is not None and "eID test Root CA" in v2.trusted_root


@pytest.mark.parametrize("subdir", [None, "test-eid-v17-ec"])
def test_commons_eid_sets_consistent_but_untrusted(subdir: str | None) -> None:
    d = card_file("commons-eid") if subdir is None else card_file("commons-eid", subdir)
    v = _verify(_raw(load_commons_eid_set(d)))
    assert v.status == "untrusted"
    assert v.identity_signature and v.address_signature and v.photo_hash


@pytest.mark.parametrize(
    ("path", "check"),
    [("3F00DF014031", "identity_signature"), ("3F00DF014033", "address_signature"),
     ("3F00DF014035", "photo_hash"), ("3F00DF014032", "identity_signature")],
)
def test_altered_specimen_is_invalid(path: str, check: str) -> None:
    image = CardImage.from_directory(card_file("specimen-alice"))
    data = bytearray(image.files[path])
    data[len(data) // 2] ^= 0x01
    v = _verify(_raw(image.with_file(path, bytes(data))))
    assert v.status == "invalid"
    assert getattr(v, check) is False


def test_invalid_wins_over_untrusted_and_reasons_explain() -> None:
    v = _verify(_raw(synthetic_card("tampered-address")))
    assert v.status == "invalid"
    assert v.identity_signature is True and v.address_signature is False
    assert any("address" in r for r in v.reasons)


@pytest.mark.parametrize(
    ("kind", "check"),
    [("tampered-identity", "identity_signature"), ("tampered-photo", "photo_hash"),
     ("tampered-basic-key", "basic_key_hash")],
)
def test_synthetic_tampered(kind: str, check: str) -> None:
    v = _verify(_raw(synthetic_card(kind)))
    assert v.status == "invalid"
    assert getattr(v, check) is False


@pytest.mark.parametrize("kind", ["v17-rsa", "v18-ec", "foreigner", "kids"])
def test_synthetic_valid_only_with_explicit_test_root(kind: str) -> None:
    image = synthetic_card(kind)
    raw = _raw(image)
    assert _verify(raw).status == "untrusted"
    pki = synthetic_pki("ec" if image.applet_version == "1.8" else "rsa")
    v = _verify(raw, extra_roots=[pki.root_cert], applet_version=image.applet_version)
    assert v.status == "valid", v.reasons
    if image.applet_version == "1.8":
        assert v.basic_key_hash is True
    # a different test PKI's root does not make it valid
    other = synthetic_pki("ec" if image.applet_version == "1.8" else "rsa", fresh=True)
    assert _verify(raw, extra_roots=[other.root_cert]).status == "untrusted"


def test_missing_material_is_unverifiable() -> None:
    raw = _raw(synthetic_card("v18-ec"))
    assert _verify(replace(raw, rrn_certificate=None)).status == "unverifiable"
    assert _verify(replace(raw, rrn_certificate=bytes(1024))).status == "unverifiable"
    v = _verify(replace(raw, photo=None))
    assert v.status == "unverifiable" and v.photo_hash is None
    v = _verify(replace(raw, basic_public_key=None))
    assert v.status == "unverifiable" and v.basic_key_hash is None
    v = _verify(replace(raw, rrn_certificate=b"\x30\x82\x01\x00garbage"))
    assert v.status == "unverifiable" and v.identity_signature is None


def test_substituted_rrn_certificate_is_untrusted_not_valid() -> None:
    # A forger re-signs altered data with their own key and ships their own RRN cert:
    # signatures "match", but the chain does not lead to a Belgium root.
    forged = synthetic_card("v18-ec", pki=synthetic_pki("ec", fresh=True))
    v = _verify(_raw(forged))
    assert v.status == "untrusted" and v.chain is False


def test_failed_chip_challenge_is_invalid() -> None:
    raw = _raw(synthetic_card("v18-ec"))
    v = _verify(raw, applet_version="1.8", chip_authentic=False)
    assert v.status == "invalid"


def test_rsa_sha1_chain_verified_by_hand(tmp_path: Path) -> None:
    # the specimen RRN cert is signed with SHA-1 by its test root: cryptography's helper refuses it
    d = card_file("specimen-alice")
    root = load_certificates(d / "3F00DF00503B_root_cert.der")[0]
    rrn = load_certificates(d / "3F00DF00503C_rrn_cert.der")[0]
    assert isinstance(rrn.signature_hash_algorithm, hashes.SHA1)
    raw = _raw(CardImage.from_directory(d))
    assert _verify(raw, extra_roots=[root]).chain is True
    # the PEM export of the same root works as a --trust-root file
    pem = tmp_path / "root.pem"
    from cryptography.hazmat.primitives.serialization import Encoding

    pem.write_bytes(root.public_bytes(Encoding.PEM))
    assert _verify(raw, extra_roots=load_certificates(pem)).status == "valid"


def test_status_messages_for_the_clerk() -> None:
    raw = _raw(synthetic_card("v18-ec"))
    assert "not signed by a Belgian root" in _verify(raw).message
    assert "signed by the National Register" in _verify(raw, extra_roots=[synthetic_pki("ec").root_cert]).message
    assert "altered" in _verify(_raw(synthetic_card("tampered-photo"))).message
    assert "Read the card again" in _verify(replace(raw, photo=None)).message


def _card_and_root(card: str) -> tuple[CardImage, list[Any]]:
    """A card and the test root its RRN certificate chains to (none known for the commons-eid EC set)."""
    if card == "specimen-alice":
        d = card_file("specimen-alice")
        return CardImage.from_directory(d), load_certificates(d / "3F00DF00503B_root_cert.der")
    if card == "test-eid-v17-ec":
        return load_commons_eid_set(card_file("commons-eid", "test-eid-v17-ec")), []
    image = synthetic_card(card)
    return image, [synthetic_pki("ec" if image.applet_version == "1.8" else "rsa").root_cert]


@pytest.mark.parametrize("card", ["v18-ec", "v17-rsa", "specimen-alice", "test-eid-v17-ec"])
@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_rrn_certificate_gives_a_result_never_an_exception(card: str, kind: str) -> None:
    """Issue 12 §4: a damaged RRN certificate raised ValueError, TypeError, UnsupportedAlgorithm or
    InvalidVersion out of verify_card. Now every damage is a result that is not valid, even with the
    card's own test root trusted."""
    image, root = _card_and_root(card)
    raw = _raw(image)
    damaged = replace(raw, rrn_certificate=damage_certificate(raw.rrn_certificate or b"", kind))
    v = _verify(damaged, extra_roots=root)
    assert not v.is_valid
    if kind == "signature-algorithm":
        # the certificate loads and its key still checks the signatures, but nobody can show who issued it
        assert v.status == "untrusted" and v.chain is False
        assert v.identity_signature is True
    elif kind == "key-algorithm":
        # readable certificate, unusable key: nothing can be checked, and the root's signature no longer matches
        assert v.status == "unverifiable" and v.identity_signature is None and v.chain is False
        assert "RRN certificate key unsupported" in v.reasons
    else:
        assert v.status == "unverifiable" and v.chain is None and v.identity_signature is None
        assert v.rrn_subject is None
        assert "RRN certificate unreadable (damaged or not a certificate)" in v.reasons
    assert any("RRN certificate" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize("kind", ["version", "issuer-value", "issuer-type", "garbage"])
def test_damaged_root_file_is_a_clear_value_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "root.der"
    path.write_bytes(damage_certificate(synthetic_pki("ec").root_der, kind))
    with pytest.raises(ValueError, match=r"root\.der: not a readable certificate"):
        load_certificates(path)


def test_damaged_basic_key_is_a_failed_check() -> None:
    raw = _raw(synthetic_card("v18-ec"))
    key = bytearray(raw.basic_public_key or b"")
    key[len(key) // 2] ^= 0xFF
    v = _verify(replace(raw, basic_public_key=bytes(key)), applet_version="1.8")
    assert v.status == "invalid" and v.basic_key_hash is False
    from eid.verify import verify_ec_challenge

    assert verify_ec_challenge(bytes(key), bytes(48), bytes(96)) is False
    assert verify_ec_challenge(b"\x30\x03\x02\x01\x00", bytes(48), bytes(96)) is False
