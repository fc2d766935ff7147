"""The case store's address register (``casestore addresses import FILE``) and the persons' places built on it
(issue 15): both file formats, a broken file replaces nothing and names its line, places are (re)built."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casestore import cli
from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import RunningServer
from casestore.models_reports import AddressPoint, PersonPlace
from casestore.services import address_register as register
from tests.casestore.test_service import Api, op
from wire import geo, lambert

# Points inside the demo city's sectors (resources/reports/zones.geojson).
CENTRUM = (51.0249, 3.8537)  # MH11
AKKERVELD = (51.0428, 3.8802)  # MH22
ADDRESSES = [
    # street, number, box, postcode, municipality, lat, lon
    ("Kerkstraat", "1", "", "9999", "Meerhoven", CENTRUM[0], CENTRUM[1]),
    ("Kerkstraat", "3", "", "9999", "Meerhoven", CENTRUM[0] + 0.0004, CENTRUM[1] + 0.0004),
    ("Kerkstraat", "5", "A", "9999", "Meerhoven", CENTRUM[0] + 0.0008, CENTRUM[1] + 0.0002),
    ("Sint-Pietersplein", "12", "", "9999", "Meerhoven", AKKERVELD[0], AKKERVELD[1]),
    ("Molenstraat", "7", "", "9999", "Meerhoven", AKKERVELD[0] + 0.001, AKKERVELD[1] - 0.001),
]


def latlon_csv(rows: list[tuple[str, str, str, str, str, float, float]] = ADDRESSES) -> str:
    lines = ["street,number,box,postcode,municipality,lat,lon"]
    lines += [",".join([*r[:5], f"{r[5]:.7f}", f"{r[6]:.7f}"]) for r in rows]
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str | bytes, name: str = "register.csv") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def import_cli(db: str, path: Path) -> int:
    return cli.main(["addresses", "import", str(path), "--db", db])


def points(db: str) -> dict[str, tuple[float, float]]:
    engine = make_engine(db)
    try:
        with make_sessionmaker(engine).begin() as s:
            return {k: (a, b) for k, a, b in s.execute(select(AddressPoint.key, AddressPoint.lat, AddressPoint.lon))}
    finally:
        engine.dispose()


def places(db: str) -> dict[str, tuple[str, str | None]]:
    engine = make_engine(db)
    try:
        with make_sessionmaker(engine).begin() as s:
            return {pid: (addr, zone) for pid, addr, zone in
                    s.execute(select(PersonPlace.person_id, PersonPlace.address, PersonPlace.zone))}
    finally:
        engine.dispose()


def push_person(api: Api, street: str, postcode: str = "9999", surname: str = "Peeters",
                given: str = "An", valid_from: str = "2020-01-01") -> str:
    pid = str(uuid.uuid4())
    res = api.push(
        op("person", pid, payload={"surname": surname, "given_names": given, "language": "nl"}),
        op("address", str(uuid.uuid4()), payload={"person_id": pid, "street_and_number": street,
                                                  "postal_code": postcode, "municipality": "Meerhoven",
                                                  "country": "BE", "source": "declared", "valid_from": valid_from,
                                                  "valid_until": None}),
    )
    assert [r["status"] for r in res] == ["applied", "applied"], res
    return pid


def test_a_csv_with_coordinates_replaces_the_register_and_places_the_persons_it_knows(
        casestore_server: RunningServer, casestore_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clerk = Api(casestore_server.url, "clerk")
    first = write(tmp_path, latlon_csv(ADDRESSES[:1]))
    assert import_cli(casestore_db, first) == 0
    # Pushed after the import: the push places them at once (one look-up); an address the register does
    # not know gives no place, and is no error.
    known = push_person(clerk, "Kerkstraat 1")
    later = push_person(clerk, "Kerkstraat 5 bus A", surname="Maes")
    unknown = push_person(clerk, "Nergensstraat 99", surname="Claes")
    assert set(places(casestore_db)) == {known}
    assert places(casestore_db)[known] == ("Kerkstraat 1, 9999 Meerhoven", "MH11")

    # The whole register: Kerkstraat 5 box A is known now, the places are rebuilt in the same transaction.
    capsys.readouterr()
    assert import_cli(casestore_db, write(tmp_path, latlon_csv())) == 0
    out = capsys.readouterr().out
    assert "5 addresses (WGS84)" in out and "persons placed: 2" in out and "not in the register: 1" in out
    assert len(points(casestore_db)) == len(ADDRESSES)
    assert set(places(casestore_db)) == {known, later} and unknown not in places(casestore_db)

    # A person moves: the newest address wins; moving out of the register's knowledge removes the place.
    res = clerk.push(op("address", str(uuid.uuid4()), payload={
        "person_id": known, "street_and_number": "Sint-Pietersplein 12", "postal_code": "9999",
        "municipality": "Meerhoven", "source": "declared", "valid_from": "2024-05-01", "valid_until": None}))
    assert res[0]["status"] == "applied", res
    assert places(casestore_db)[known] == ("Sint-Pietersplein 12, 9999 Meerhoven", "MH22")
    clerk.push(op("address", str(uuid.uuid4()), payload={
        "person_id": later, "street_and_number": "Rue Inconnue 4", "postal_code": "1000",
        "municipality": "Bruxelles", "source": "declared", "valid_from": "2025-01-01", "valid_until": None}))
    assert later not in places(casestore_db)

    # `addresses places` rebuilds them all from the newest current address of each person.
    capsys.readouterr()
    assert cli.main(["addresses", "places", "--db", casestore_db]) == 0
    assert "persons placed: 1, address not in the register: 2" in capsys.readouterr().out
    assert set(places(casestore_db)) == {known}
    clerk.http.close()


def test_the_adressenregister_export_in_lambert_72_is_converted(casestore_db: str, tmp_path: Path) -> None:
    # Semicolons, decimal commas, the register's Dutch column names, a UTF-8 byte-order mark.
    text = ("\ufeffID;STRAATNM;HUISNR;BUSNR;POSTCODE;GEMEENTE;X;Y\n"
            "1;Kerkstraat;1;;9999;Meerhoven;104000,00;194000,00\n"
            "2;Sint-Pietersplein;3;A;9000;Gent;105123,5;193456,25\n")
    assert import_cli(casestore_db, write(tmp_path, text.encode("utf-8"))) == 0
    got = points(casestore_db)
    lat, lon = got[geo.address_key("Kerkstraat", "1", "", "9999")]
    assert (lat, lon) == pytest.approx(lambert.to_wgs84(104000.0, 194000.0), abs=1e-9)
    assert (lat, lon) == pytest.approx((51.0543, 3.7127), abs=2e-3)  # Ghent
    assert geo.address_key("Sint-Pietersplein", "3", "A", "9000") in got


@pytest.mark.parametrize(("content", "message"), [
    (b"street,number,box,postcode,municipality,lat,lon\nKerkstraat,1,,9999,Meerhoven,51.02,3.85\n"
     b"Kerkstraat,2,,9999,Meerhoven,51.0x,3.85\n", "line 3: lat '51.0x' is not a number"),
    ("street,number,box,postcode,municipality,lat,lon\nKerkstraat,1,,9999,Meerhoven,٥١.٠٢,3.85\n".encode(),
     "line 2: lat '٥١.٠٢' is not a number"),  # other scripts' digits are not coordinates
    (b"street,number,box,postcode,municipality,lat,lon\nKerk\x00straat,1,,9999,Meerhoven,51.02,3.85\n",
     "line 2: contains a NUL character"),
    (b"street,number,box,postcode,municipality,lat,lon\nKerkstraat,1,,9999,Meerhoven,91.5,3.85\n",
     "line 2: lat 91.5, lon 3.85 is not a WGS84 point"),
    (b"street,number,box,postcode,municipality,lat,lon\n,1,,9999,Meerhoven,51.02,3.85\n", "line 2: street is empty"),
    (b"street,number,box,postcode,municipality,lat,lon\nKerkstraat,1,,9999\n", "line 2: 4 fields, the header has 7"),
    (b"street;number;postcode\nKerkstraat;1;9999\n", "line 1: the header lacks the column(s) municipality"),
    (b"street,number,box,postcode,municipality,lat,lon\n", "the file has no addresses"),
    (b"", "line 1: the file is empty"),
    (b"street,number,box,postcode,municipality,lat,lon\nK\xe9rkstraat,1,,9999,Meerhoven,51.02,3.85\n",
     "the file is not UTF-8 text"),
    (b"street,number,box,postcode,municipality,x,y\nKerkstraat,1,,9999,Meerhoven,104000,-5\n",
     "line 2: x 104000.0, y -5.0 are not Belgian Lambert 72 metres"),
])
def test_a_broken_file_replaces_nothing_and_names_its_line(
        casestore_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str) -> None:
    assert import_cli(casestore_db, write(tmp_path, latlon_csv(), "good.csv")) == 0
    before = points(casestore_db)
    capsys.readouterr()
    assert import_cli(casestore_db, write(tmp_path, content, "bad.csv")) == 2
    err = capsys.readouterr().err
    assert message in err and "nothing replaced" in err and "Traceback" not in err
    assert points(casestore_db) == before


def test_a_missing_file_is_a_clear_error(casestore_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert import_cli(casestore_db, tmp_path / "nope.csv") == 2
    assert "nope.csv" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "parts"), [
    ("Kerkstraat 12", ("Kerkstraat", "12", "")),
    ("Kerkstraat 12A", ("Kerkstraat", "12A", "")),
    ("Kerkstraat 12 bus 3", ("Kerkstraat", "12", "3")),
    ("Kerkstraat 12/3", ("Kerkstraat", "12", "3")),
    ("Rue du 1er Mai 5 bte 2", ("Rue du 1er Mai", "5", "2")),
    ("Kerkstraat", None),
    ("Kerkstraat ١٢", None),
    ("x " * 400 + "1", None),
])
def test_street_and_number_are_split_as_belgian_addresses_are_written(
        text: str, parts: tuple[str, str, str] | None) -> None:
    assert register.split_street_and_number(text) == parts


def test_a_number_with_a_letter_finds_the_register_s_box(casestore_db: str, tmp_path: Path) -> None:
    assert import_cli(casestore_db, write(tmp_path, latlon_csv())) == 0
    engine = make_engine(casestore_db)
    try:
        with make_sessionmaker(engine).begin() as s:
            assert register.geocode(s, "Kerkstraat 5A", "9999") == pytest.approx(ADDRESSES[2][5:7])
            assert register.geocode(s, "KERKSTRAAT 5 bus a", "9999") == pytest.approx(ADDRESSES[2][5:7])
            # A box the register does not know: the building's point.
            assert register.geocode(s, "Kerkstraat 3 bus 7", "9999") == pytest.approx(ADDRESSES[1][5:7])
            assert register.geocode(s, "Kerkstraat 3", "1000") is None
            assert s.scalar(select(func.count()).select_from(AddressPoint)) == len(ADDRESSES)
    finally:
        engine.dispose()
