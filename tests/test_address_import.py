"""The city's address register on the laptop: ``desk-app addresses import FILE`` with the Flemish
Adressenregister export (Lambert 72 x/y, ``;``) or a plain CSV with lat/lon (``,``); a broken file is refused
with its line number and the register stays as it was; a good one replaces it as a whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desk_app.services import address_register
from desk_app.services.address_register import RegisterError
from desk_app.services.reports import ReportIntakes
from loket.cli import main
from wire.reports import haversine_m

# an Adressenregister export: its columns (straatnm, huisnr, busnr, postcode, gemeentenm, status) and x/y in
# Lambert 72; Fregatstraat 14 in Gent lies at 51.0548192 N, 3.722625385 E (pyproj, tests/test_lambert.py)
ADRESSENREGISTER = (
    "\ufeffadresid;straatnm;huisnr;busnr;postcode;gemeentenm;status;x;y\n"
    "200047;Fregatstraat;14;;9000;Gent;inGebruik;104697,8;194048,3\n"
    "200048;Fregatstraat;16;A;9000;Gent;inGebruik;104699.0;194050.0\n"
    "200049;Fregatstraat;18;;9000;Gent;gehistoreerd;104701.0;194052.0\n"
    '200050;"Sint-Pietersplein";3;;9000;Gent;voorgesteld;104500;193000\n'
)
LATLON = (
    "street,number,box,postcode,municipality,lat,lon\n"
    "Kerkstraat,1,,9999,Meerhoven,51.0062425,3.8208694\n"
    "Kerkstraat,2,,9999,Meerhoven,51.0060633,3.8208895\n"
    "Kerkstraat,2,,9999,Meerhoven,51.0060633,3.8208895\n"  # the same address twice: once
)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8", newline="")
    return p


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_adressenregister_export_in_lambert_72(empty_loket: Any, tmp_path: Path) -> None:
    result = address_register.import_file(empty_loket.store, write(tmp_path, "a.csv", ADRESSENREGISTER))
    assert (result.addresses, result.left_out, result.layout) == (3, 1, "adressenregister")
    r = ReportIntakes(empty_loket)
    hit = r.geocode("Fregatstraat 14, 9000 Gent")
    assert hit is not None and hit.label == "Fregatstraat 14, 9000 Gent"
    assert haversine_m(hit.lat, hit.lon, 51.0548192, 3.722625385) < 2.0
    box = r.geocode("Fregatstraat 16 bus A")
    assert box is not None and box.box == "A"
    assert r.geocode("Fregatstraat 18") is None  # historic: left out
    assert [m.label for m in r.suggest_addresses("sint-pieters")] == ["Sint-Pietersplein 3, 9000 Gent"]
    assert [m.label for m in r.suggest_addresses("pieters")] == ["Sint-Pietersplein 3, 9000 Gent"]


def test_a_csv_with_coordinates_through_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "laptop"
    code, out, err = run(capsys, "addresses", "import", str(write(tmp_path, "b.csv", LATLON)), "--data-dir", str(d),
                         "--json")
    assert code == 0, err
    assert json.loads(out)["addresses"] == 2 and json.loads(out)["left_out"] == 1


def test_a_broken_line_is_named_and_the_register_kept(
    empty_loket: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    address_register.import_file(empty_loket.store, write(tmp_path, "good.csv", LATLON))
    broken = LATLON + "Kerkstraat,3,,9999,Meerhoven,north,3.82\n"
    with pytest.raises(RegisterError) as e:
        address_register.import_file(empty_loket.store, write(tmp_path, "bad.csv", broken))
    assert e.value.line == 5 and "not a number" in str(e.value)
    assert address_register.count(empty_loket.store) == 2
    empty_loket.close()
    code, _, err = run(capsys, "addresses", "import", str(tmp_path / "bad.csv"), "--data-dir", str(tmp_path / "laptop"))
    assert code == 2
    assert "line 5" in err and "not changed" in err and "Traceback" not in err


def test_a_new_file_replaces_the_register_as_a_whole(empty_loket: Any, tmp_path: Path) -> None:
    address_register.import_file(empty_loket.store, write(tmp_path, "a.csv", ADRESSENREGISTER))
    address_register.import_file(empty_loket.store, write(tmp_path, "b.csv", LATLON))
    r = ReportIntakes(empty_loket)
    assert r.geocode("Fregatstraat 14") is None
    assert r.geocode("Kerkstraat 2") is not None
    assert address_register.count(empty_loket.store) == 2


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ('"Kerkstraat"x,5,,9999,Meerhoven,51.0,3.82', "not valid CSV"),  # text after a closing quote
        ('"Kerk\nstraat",5,,9999,Meerhoven,51.0,3.82', "line break"),
        ('"Kerk\rstraat",5,,9999,Meerhoven,51.0,3.82', "line break"),
        ("Kerk\x00straat,5,,9999,Meerhoven,51.0,3.82", "control character"),
        (",5,,9999,Meerhoven,51.0,3.82", "street and a house number"),
        ("Kerkstraat,5,,9999,Meerhoven,91.0,3.82", "not a WGS84 position"),
        ("Kerkstraat,5,,9999,Meerhoven,inf,3.82", "not a number"),
        ("Kerkstraat,5,,9999,Meerhoven,٥١,3.82", "not a number"),  # Arabic-Indic digits
        ("K" * 201 + ",5,,9999,Meerhoven,51.0,3.82", "longer than 200"),
        ("Kerkstraat,5,,9999,Meerhoven,51.0,3.82,x,y,z", "fields where the header has"),
    ],
)
def test_hostile_fields_are_refused_with_their_line(empty_loket: Any, tmp_path: Path, row: str, problem: str) -> None:
    address_register.import_file(empty_loket.store, write(tmp_path, "good.csv", LATLON))
    with pytest.raises(RegisterError) as e:
        address_register.import_file(empty_loket.store, write(tmp_path, "bad.csv", LATLON + row + "\n"))
    assert problem in str(e.value)
    assert e.value.line is not None and e.value.line >= 5
    assert address_register.count(empty_loket.store) == 2


def test_files_that_are_not_registers(empty_loket: Any, tmp_path: Path) -> None:
    cases: list[tuple[str | bytes, str]] = [
        ("", "empty"),
        ("name,age\nAn,3\n", "no position"),
        ("street,number,lat,lon\n", "no addresses"),
        (b"street,number,lat,lon\nK\xe9rk,1,51,3.8\n", "not UTF-8"),
        ("street,lat,lon\nKerkstraat,51,3.8\n", "no number column"),
        ("straatnm;huisnr;x;y\nKerkstraat;1;51.0;3.8\n", "not a Lambert 72 position"),
    ]
    for content, problem in cases:
        with pytest.raises(RegisterError) as e:
            address_register.import_file(empty_loket.store, write(tmp_path, "x.csv", content))
        assert problem in str(e.value), (content, str(e.value))
    with pytest.raises(RegisterError) as e:  # streamed: the line is exact, far into the file
        address_register.import_file(empty_loket.store, write(
            tmp_path, "x.csv", LATLON.encode() + b"".join(b"Weg,%d,,9999,M,51.0,3.8\n" % i for i in range(3000))
            + b"K\xe9rk,1,,9999,M,51.0,3.8\n"))
    assert e.value.line == 3005 and "not UTF-8" in str(e.value)
    with pytest.raises(RegisterError, match="cannot be read"):
        address_register.import_file(empty_loket.store, tmp_path / "missing.csv")


def test_the_demo_register_holds_the_demo_persons_streets(empty_loket: Any) -> None:
    from desk_app.demo import STREETS
    from wire import geo

    result = address_register.import_demo_if_empty(empty_loket.store)
    assert result is not None and result.addresses > 31 * 250
    assert address_register.import_demo_if_empty(empty_loket.store) is None  # once
    r = ReportIntakes(empty_loket)
    hit = None
    for street in STREETS:
        hit = r.geocode(f"{street} 17, 9999 Meerhoven")
        assert hit is not None, street
        assert geo.default().in_city(hit.lat, hit.lon)
    assert hit is not None
    near = r.nearest_address(hit.lat, hit.lon)
    assert near is not None and near.label == hit.label
    empty_loket.demo = True
    lines = r.street_lines()
    assert {name for name, _ in lines} == set(STREETS)


def test_migration_0006_goes_down_and_up(empty_loket: Any, tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from desk_app.store.db import _alembic_config

    address_register.import_file(empty_loket.store, write(tmp_path, "b.csv", LATLON))
    engine = empty_loket.store._write_engine
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert not {"address_point", "report_point", "report_intake"} & tables
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    assert address_register.count(empty_loket.store) == 0  # a new, empty register
    address_register.import_file(empty_loket.store, write(tmp_path, "b.csv", LATLON))
    assert ReportIntakes(empty_loket).geocode("Kerkstraat 1") is not None


def test_street_lines_for_the_offline_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desk_app.app import Loket

    d = tmp_path / "laptop"
    lines = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Kerkstraat"},
         "geometry": {"type": "LineString", "coordinates": [[3.85, 51.02], [3.86, 51.021]]}},
        {"type": "Feature", "properties": {"name": "Ring"},
         "geometry": {"type": "MultiLineString", "coordinates": [[[3.8, 51.0], [3.81, 51.0]], [[3.9, 51.0], [3.91, 51.0]]]}},
    ]}
    good = write(tmp_path, "streets.geojson", json.dumps(lines))
    code, out, err = run(capsys, "addresses", "streets", str(good), "--data-dir", str(d), "--json")
    assert code == 0 and json.loads(out) == {"lines": 3}, err
    for content in ("{", json.dumps({"type": "FeatureCollection", "features": []}),
                    json.dumps({"features": [{"properties": {"name": "X"}, "geometry": {
                        "type": "LineString", "coordinates": [[51.02, 385.0], [51.0, 3.8]]}}]})):
        code, _, err = run(capsys, "addresses", "streets", str(write(tmp_path, "bad.geojson", content)),
                           "--data-dir", str(d))
        assert code == 2 and "not changed" in err and "Traceback" not in err
    app = Loket.open(d)
    try:
        got = ReportIntakes(app).street_lines()
        assert [name for name, _ in got] == ["Kerkstraat", "Ring", "Ring"] and got[0][1][0] == (51.02, 3.85)
    finally:
        app.close()
