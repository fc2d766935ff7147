"""End to end: EidReader -> pyscard -> private pcscd -> vpcd -> BELPIC simulator."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from eid.errors import (
    CardNotActivatedError,
    CardRemovedError,
    NoCardError,
    NotAnEidError,
    ReaderUnavailableError,
)
from eid.model import EidResult
from eid.monitor import CardEvent, CardMonitor
from eid.reader import EidReader, list_readers
from eid.simulator.card import CardImage, SimOptions, load_commons_eid_set
from eid.simulator.harness import VirtualReaderStack
from eid.simulator.synthetic import synthetic_card, synthetic_options, synthetic_pki
from tests.eid.conftest import card_file

pytestmark = pytest.mark.pcsc


def _read(stack: VirtualReaderStack, image: CardImage, options: SimOptions | None = None, **kw: Any) -> EidResult:
    stack.insert(image, options)
    return EidReader(stack.reader_name, **kw).read()


def test_two_virtual_readers_listed(reader_stack: VirtualReaderStack) -> None:
    names = list_readers()
    assert len(reader_stack.reader_names) == 2
    assert set(reader_stack.reader_names) <= set(names)


def test_specimen_directory_image(reader_stack: VirtualReaderStack) -> None:
    d = card_file("specimen-alice")
    result = _read(reader_stack, CardImage.from_directory(d))
    assert result.applet_version == "1.1"
    assert result.person.surname == "SPECIMEN"
    assert result.person.birth_date is not None and result.person.birth_date.iso == "1971-01-01"
    assert result.address is not None and result.address.municipality == "Antwerpen"
    assert result.photo == (d / "3F00DF014035_photo.jpg").read_bytes()
    assert result.raw.rrn_certificate == (d / "3F00DF00503C_rrn_cert.der").read_bytes()
    v = result.verification
    assert v is not None and v.status == "untrusted"
    assert (v.identity_signature, v.address_signature, v.photo_hash, v.chain) == (True, True, True, False)
    trusted = EidReader(reader_stack.reader_name, trust_roots=[d / "3F00DF00503B_root_cert.der"]).read()
    assert trusted.verification is not None and trusted.verification.status == "valid"


@pytest.mark.parametrize(("subdir", "surname"), [(None, "SPECIMEN"), ("test-eid-v17-ec", "Specimen")])
def test_commons_eid_sets(reader_stack: VirtualReaderStack, subdir: str | None, surname: str) -> None:
    d = card_file("commons-eid") if subdir is None else card_file("commons-eid", subdir)
    result = _read(reader_stack, load_commons_eid_set(d))
    assert result.person.surname == surname
    v = result.verification
    assert v is not None and v.status == "untrusted"
    assert v.identity_signature and v.address_signature and v.photo_hash


SYNTHETIC_EXPECTED = {
    "v17-rsa": ("1.7", "1985-03-08", "08 MAAR 1985", "M"),
    "v17-rsa-fr": ("1.7", "1975-04-26", "26 AVR  1975", "F"),
    "v17-rsa-de": ("1.7", "1985-03-12", "12.MÄR.1985", "F"),
    "v18-ec": ("1.8", "1985-03-08", "08 MAAR 1985", "M"),
    "v18-ec-fr": ("1.8", "1975-04-26", "26 AVR  1975", "F"),
    "v18-ec-de": ("1.8", "1985-03-12", "12.MÄR.1985", "F"),
    "foreigner": ("1.8", "2003-09-07", "07 SEPT 2003", "M"),
    "foreigner-eu": ("1.8", "1990-01-05", "5 JAN 1990", "F"),
    "kids": ("1.8", "2016-06-01", "01 JUN 2016", "F"),
    "year-only": ("1.7", "1962", "        1962", "M"),
}


@pytest.mark.parametrize("kind", sorted(SYNTHETIC_EXPECTED))
def test_synthetic_matrix(reader_stack: VirtualReaderStack, kind: str) -> None:
    applet, iso, raw, sex = SYNTHETIC_EXPECTED[kind]
    image = synthetic_card(kind)
    result = _read(reader_stack, image)
    assert result.applet_version == applet
    assert result.person.birth_date is not None and result.person.birth_date.iso == iso
    assert result.person.birth_date_raw == raw
    assert result.person.sex == sex
    nn = result.person.national_number_info
    assert nn is not None and nn.checksum_valid and nn.plausible_date
    assert nn.birth_date_partial == (iso if len(iso) == 10 else nn.birth_date_partial)
    v = result.verification
    assert v is not None and v.status == "untrusted" and v.chain is False
    assert v.basic_key_hash is (True if applet == "1.8" else None)
    assert v.chip_authentic is (True if applet == "1.8" else None)
    pki = synthetic_pki("ec" if applet == "1.8" else "rsa")
    trusted = EidReader(reader_stack.reader_name, extra_roots=[pki.root_cert]).read()
    assert trusted.verification is not None and trusted.verification.status == "valid", trusted.verification


def test_foreigner_fields_end_to_end(reader_stack: VirtualReaderStack) -> None:
    result = _read(reader_stack, synthetic_card("foreigner"))
    j = result.to_json()
    assert j["card"]["document_type"] == 11 and j["card"]["document_type_name"] == "Foreigner card A"
    assert j["foreigner"]["work_permit"] == {"code": "8", "name": "limited labour market access"}
    assert j["foreigner"]["employer_vat_1"] == "BE0123456749"
    assert j["foreigner"]["employer_vat_2"] is None
    assert j["foreigner"]["date_and_country_of_protection"] == "13.08.2014-IT"
    assert j["person"]["special_organisation"] == {"code": 5, "name": "researcher"}
    assert j["person"]["member_of_family"] is True
    eu = _read(reader_stack, synthetic_card("foreigner-eu")).to_json()
    assert eu["foreigner"]["eu_start_date"] == "2019-02-01"
    assert eu["card"]["document_type_name"] == "EU citizen card (EU)"


@pytest.mark.parametrize(
    ("kind", "check"),
    [("tampered-identity", "identity_signature"), ("tampered-address", "address_signature"),
     ("tampered-photo", "photo_hash"), ("tampered-basic-key", "basic_key_hash")],
)
def test_tampered_cards_are_invalid(reader_stack: VirtualReaderStack, kind: str, check: str) -> None:
    image = synthetic_card(kind)
    pki = synthetic_pki("ec")
    result = _read(reader_stack, image, extra_roots=[pki.root_cert])
    v = result.verification
    assert v is not None and v.status == "invalid"
    assert getattr(v, check) is False


def test_identity_reported_before_photo(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("v18-ec"))
    sim = reader_stack.card().simulator
    assert sim is not None
    seen: list[tuple[bool, bool]] = []

    def on_identity(partial: EidResult) -> None:
        photo_selected = any(apdu[:4] == b"\x00\xa4\x08\x0c" and apdu[-2:] == b"\x40\x35" for apdu, _ in sim.log)
        seen.append((partial.partial, photo_selected))
        assert partial.person.surname == "Testpersoon" and partial.photo is None

    result = EidReader(reader_stack.reader_name).read(on_identity=on_identity)
    assert seen == [(True, False)]
    assert result.photo is not None and not result.partial
    assert result.timing_ms["identity_and_address"] <= result.timing_ms["total"]


def test_iter_read_yields_partial_then_full(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("v17-rsa"))
    steps = list(EidReader(reader_stack.reader_name).iter_read())
    assert [s.partial for s in steps] == [True, False]


def test_not_activated_card(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(CardNotActivatedError) as exc:
        _read(reader_stack, synthetic_card("not-activated"), synthetic_options("not-activated"))
    assert exc.value.exit_code == 5


def test_not_activated_6985(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(CardNotActivatedError):
        _read(reader_stack, synthetic_card("v17-rsa"), SimOptions(not_activated=True, activation_sw=0x6985))


def test_not_an_eid_card(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(NotAnEidError) as exc:
        _read(reader_stack, synthetic_card("not-eid"), synthetic_options("not-eid"))
    assert exc.value.code == "not_eid"


@pytest.mark.parametrize("after", [0, 3, 12, 20, 30])
def test_card_removed_mid_read(reader_stack: VirtualReaderStack, after: int) -> None:
    with pytest.raises(CardRemovedError) as exc:
        _read(reader_stack, synthetic_card("v18-ec"), SimOptions(remove_after_apdus=after))
    assert exc.value.code == "card_removed"
    assert "removed" in exc.value.message


def test_reader_usable_again_after_removal(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(CardRemovedError):
        _read(reader_stack, synthetic_card("v18-ec"), SimOptions(remove_after_apdus=10))
    result = _read(reader_stack, synthetic_card("v17-rsa"))
    assert result.verification is not None and result.verification.status == "untrusted"


def test_no_card(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(NoCardError) as exc:
        EidReader(reader_stack.reader_name).read()
    assert exc.value.exit_code == 4
    with pytest.raises(NoCardError):
        EidReader().read()  # no reader holds a card


def test_unknown_reader(reader_stack: VirtualReaderStack) -> None:
    with pytest.raises(ReaderUnavailableError) as exc:
        EidReader("No Such Reader 99").read()
    assert "No Such Reader 99" in exc.value.message


def test_several_readers_pick_the_one_with_a_card(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("v18-ec-de"), slot=1)
    result = EidReader().read()
    assert result.reader_name == reader_stack.reader_names[1]
    assert result.person.surname == "Beispiel"
    reader_stack.insert(synthetic_card("v17-rsa-fr"), slot=0)
    assert EidReader(reader_stack.reader_names[0]).read().person.surname == "Exemple"
    assert EidReader("00 01").read().person.surname == "Beispiel"  # substring match


def test_card_monitor_reports_insert_and_remove(reader_stack: VirtualReaderStack) -> None:
    events: list[CardEvent] = []
    readers_seen: list[list[str]] = []
    inserted, removed = threading.Event(), threading.Event()

    def on_insert(e: CardEvent) -> None:
        events.append(e)
        inserted.set()

    def on_remove(e: CardEvent) -> None:
        events.append(e)
        removed.set()

    with CardMonitor(on_insert, on_remove, on_readers_changed=readers_seen.append, poll_ms=200):
        reader_stack.insert(synthetic_card("v18-ec"), slot=1, wait=False)
        assert inserted.wait(10)
        reader_stack.remove(slot=1, wait=False)
        assert removed.wait(10)
    assert [(e.kind, e.reader) for e in events] == [
        ("inserted", reader_stack.reader_names[1]), ("removed", reader_stack.reader_names[1])
    ]
    assert events[0].atr is not None and events[0].atr.startswith(b"\x3b")
    assert readers_seen and set(reader_stack.reader_names) <= set(readers_seen[0])


def test_card_monitor_reports_card_already_present(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("v17-rsa"))
    got = threading.Event()
    seen: list[str] = []
    def on_insert(e: CardEvent) -> None:
        seen.append(e.reader)
        got.set()

    with CardMonitor(on_insert=on_insert, poll_ms=200):
        assert got.wait(10)
    assert seen == [reader_stack.reader_name]


def test_saved_synthetic_image_round_trips(reader_stack: VirtualReaderStack, tmp_path: Path) -> None:
    image = synthetic_card("v18-ec")
    loaded = CardImage.from_directory(image.save(tmp_path / "card"))
    assert loaded.files == image.files and loaded.card_data == image.card_data
    result = _read(reader_stack, loaded)
    assert result.verification is not None and result.verification.chip_authentic is True


def test_auto_reader_reads_each_inserted_card(reader_stack: VirtualReaderStack) -> None:
    from eid.auto import AutoReader

    log: list[tuple[str, object]] = []
    cond = threading.Condition()

    def add(kind: str, value: object) -> None:
        with cond:
            log.append((kind, value))
            cond.notify_all()

    def wait_count(kind: str, n: int) -> None:
        with cond:
            assert cond.wait_for(lambda: sum(1 for k, _ in log if k == kind) >= n, 20), log

    pki = synthetic_pki("ec")
    with AutoReader(
        on_identity=lambda r: add("identity", r.person.surname),
        on_result=lambda r: add("result", (r.person.surname, r.verification.status if r.verification else None)),
        on_error=lambda e: add("error", e.code),
        on_removed=lambda e: add("removed", e.reader),
        reader_filter=lambda name: name == reader_stack.reader_names[0],
        extra_roots=[pki.root_cert],
        report_present=False,
    ):
        reader_stack.insert(synthetic_card("v18-ec-fr"))
        wait_count("result", 1)
        reader_stack.remove()
        wait_count("removed", 1)
        reader_stack.insert(synthetic_card("not-activated"), synthetic_options("not-activated"))
        wait_count("error", 1)
        reader_stack.insert(synthetic_card("v18-ec"), slot=1)  # filtered out: other reader
        reader_stack.insert(synthetic_card("v18-ec-de"))
        wait_count("result", 2)
    kinds = [k for k, _ in log]
    assert kinds.index("identity") < kinds.index("result")
    assert ("result", ("Exemple", "valid")) in log
    assert ("error", "card_not_activated") in log
    assert ("result", ("Beispiel", "valid")) in log
    assert not any(v == ("Testpersoon", "valid") for _, v in log)


@pytest.mark.parametrize(
    ("tlv", "field", "expected"),
    [
        ("white-cane.tlv", "special_status", 1),
        ("yellow-cane.tlv", "special_status", 4),
        ("extended-minority.tlv", "special_status", 2),
        ("idFile-foreigner.dat", "document_type", 11),
        ("dateandcountry.tlv", "document_type", 14),
        ("id-alice-2.tlv", "birth_date", "1971-01-01"),
    ],
)
def test_public_identity_files_over_the_reader(
    reader_stack: VirtualReaderStack, tlv: str, field: str, expected: object
) -> None:
    """The public identity files that come without their signature files, served inside the
    specimen card: every field parses; the specimen's identity signature no longer matches."""
    base = CardImage.from_directory(card_file("specimen-alice"))
    image = base.with_file("3F00DF014031", card_file("commons-eid", tlv).read_bytes())
    result = _read(reader_stack, image)
    j = result.to_json()
    value = {"special_status": (j["person"]["special_status"] or {}).get("code"),
             "document_type": j["card"]["document_type"], "birth_date": j["person"]["birth_date"]}[field]
    assert value == expected
    v = result.verification
    assert v is not None and v.status == "invalid" and v.identity_signature is False


@pytest.mark.parametrize(
    ("text", "iso"),
    [("12.MÄR.1985", "1985-03-12"), ("05 FÉV 1950", "1950-02-05"), ("13 AOÛT 1996", "1996-08-13"),
     ("24 DÉC 1960", "1960-12-24")],
)
def test_latin1_birth_date_through_the_reader(reader_stack: VirtualReaderStack, text: str, iso: str) -> None:
    """Issue 12 §4: a card that carries its month name in Latin-1 (signed as such) gives its birth date
    and the raw text without U+FFFD; the signatures over the bytes as read still verify."""
    from eid.simulator.synthetic import make_card

    pki = synthetic_pki("ec")
    image = make_card(applet=0x18, pki=pki, birth_text=text.encode("latin-1"), name="latin-1")
    result = _read(reader_stack, image, extra_roots=[pki.root_cert])
    assert result.person.birth_date is not None and result.person.birth_date.iso == iso
    assert result.person.birth_date_raw == text
    assert result.identity.tags[0x0C] == text.encode("latin-1")
    assert result.verification is not None and result.verification.status == "valid", result.verification
