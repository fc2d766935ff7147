"""Open311 GeoReport v2 on the case store over real HTTP (SQLite and PostgreSQL): services from the report
categories, posting requests (form-encoded and multipart with a photo), listing and reading them, API keys
made by the case store's command line, and GeoReport error bodies; every answer is validated against the
GeoReport v2 JSON schemas in tests/casestore/open311_schemas/ (see SOURCE.md there)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest

from casestore.embedded import RunningServer
from tests.casestore.fixtures import REPO_ROOT, _serve
from tests.casestore.test_service import Api

SCHEMAS = Path(__file__).with_name("open311_schemas")
MAX_PHOTO = 4096
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)


def conforms(name: str, body: Any, *, array: bool = False) -> None:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    if array:
        schema = {"type": "array", "items": schema}
    errors = [str(e) for e in jsonschema_rs.validator_for(schema, validate_formats=True).iter_errors(body)]
    assert errors == [], errors


@pytest.fixture
def server(casestore_db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningServer]:
    monkeypatch.setenv("LOKET_CASESTORE_MAX_PHOTO_BYTES", str(MAX_PHOTO))
    yield from _serve(casestore_db)


def cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, "-m", "casestore.cli", *args, "--db", db], capture_output=True,
                          text=True, env=env, cwd=REPO_ROOT, timeout=120)


@pytest.fixture
def key(casestore_db: str, server: RunningServer) -> str:
    done = cli(casestore_db, "open311-key", "add", "Stadsapp")
    assert done.returncode == 0, done.stderr
    assert "shown once" in done.stderr
    return done.stdout.strip()


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{server.url}/open311/v2", timeout=30) as c:
        yield c


@pytest.fixture
def coordinator(server: RunningServer) -> Iterator[Api]:
    a = Api(server.url, "coordinator")
    yield a
    a.http.close()


def error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    conforms("error.json", r.json())
    assert r.json()[0]["code"] == status
    return str(r.json()[0]["description"])


def stored(http: httpx.Client, key: str) -> list[str]:
    r = http.get("/requests.json", params={"api_key": key})
    assert r.status_code == 200, r.text
    conforms("request.json", r.json(), array=True)
    return [x["service_request_id"] for x in r.json()]


def post(http: httpx.Client, key: str | None, **fields: Any) -> httpx.Response:
    data = {"service_code": "sluikstort", "lat": "51.0259", "long": "4.4776",
            "description": "Matras en zetel op de stoep", **fields}
    if key is not None:
        data["api_key"] = key
    return http.post("/requests.json", data={k: v for k, v in data.items() if v is not None})


def test_services_are_the_sub_categories_grouped_by_main_category(http: httpx.Client) -> None:
    r = http.get("/services.json")
    assert r.status_code == 200
    conforms("service.json", r.json(), array=True)
    by_code = {s["service_code"]: s for s in r.json()}
    assert len(by_code) >= 40
    assert (by_code["sluikstort"]["service_name"], by_code["sluikstort"]["group"]) == ("Sluikstort", "Afval en netheid")
    assert by_code["bomen"]["group"] == "Openbaar groen"
    r = http.get("/services/ratten.json")
    assert r.status_code == 200
    conforms("service-definition.json", r.json())
    assert r.json() == {"service_code": "ratten", "attributes": []}
    assert error(http.get("/services/vliegende_schotel.json"), 404) == \
        "service_code 'vliegende_schotel' is not a service of this city"


def test_a_request_goes_round_trip_into_the_coordinators_reports(http: httpx.Client, key: str,
                                                                  coordinator: Api) -> None:
    r = post(http, key, email="an.peeters@example.be", first_name="An", last_name="Peeters",
             address_string="Grote Markt 1, 2800 Mechelen")
    assert r.status_code == 201, r.text
    conforms("post-response.json", r.json())
    rid = r.json()[0]["service_request_id"]
    # In the case store: a report in the coordinator's queue, from the app channel, the reporter to be mailed.
    rep = coordinator.http.get(f"/v1/reports/{rid}").json()
    assert (rep["status"], rep["channel"], rep["created_by"]) == ("gemeld", "app", "open311:Stadsapp")
    assert [(x["email"], x["contact_channel"], x["anonymous"]) for x in rep["reporters"]] == [
        ("an.peeters@example.be", "mail", False)]
    got = http.get(f"/requests/{rid}.json", params={"api_key": key})
    assert got.status_code == 200
    conforms("request.json", got.json(), array=True)
    one = got.json()[0]
    assert (one["status"], one["service_code"], one["lat"], one["long"]) == ("open", "sluikstort", 51.0259, 4.4776)
    assert one["address"] == "Grote Markt 1, 2800 Mechelen" and one["agency_responsible"] == "Netheid"
    assert one["expected_datetime"].startswith(rep["deadline"])
    # Closed with a note: the request says so.
    r = coordinator.http.post(f"/v1/reports/{rid}/status", json={"status": "afgehandeld", "note": "Opgeruimd"})
    assert r.status_code == 200, r.text
    closed = http.get(f"/requests/{rid}.json", params={"api_key": key}).json()[0]
    assert (closed["status"], closed["status_notes"]) == ("closed", "Opgeruimd")
    # An anonymous one (no contact given), by address only, in another service.
    r = post(http, key, service_code="graffiti", lat=None, long=None, address_string="Bruul 5, Mechelen")
    assert r.status_code == 201, r.text
    anon = r.json()[0]["service_request_id"]
    assert [x["anonymous"] for x in coordinator.http.get(f"/v1/reports/{anon}").json()["reporters"]] == [True]
    # Filters.
    assert stored(http, key) == [anon, rid]
    q = {"api_key": key}
    assert [x["service_request_id"] for x in http.get("/requests.json", params={**q, "status": "closed"}).json()] == [rid]
    assert [x["service_request_id"] for x in http.get("/requests.json", params={**q, "status": "open"}).json()] == [anon]
    assert [x["service_request_id"]
            for x in http.get("/requests.json", params={**q, "service_code": "graffiti,ratten"}).json()] == [anon]
    assert [x["service_request_id"]
            for x in http.get("/requests.json", params={**q, "service_request_id": f"{rid},nope"}).json()] == [rid]
    later = http.get("/requests.json", params={**q, "start_date": "2099-01-01T00:00:00Z"})
    assert later.status_code == 200 and later.json() == []
    assert error(http.get("/requests.json", params={**q, "start_date": "gisteren"}), 400).startswith(
        "start_date must be a date and time")
    assert error(http.get("/requests/M1999-000001.json", params=q), 404) == "no service request 'M1999-000001'"


def test_a_photo_is_stored_with_the_report_and_a_bad_one_is_refused(http: httpx.Client, key: str,
                                                                    coordinator: Api) -> None:
    form = {"api_key": key, "service_code": "zwerfvuil", "lat": "51.03", "long": "4.48"}
    r = http.post("/requests.json", data=form, files={"media": ("foto.png", PNG, "image/png")})
    assert r.status_code == 201, r.text
    rep = coordinator.http.get(f"/v1/reports/{r.json()[0]['service_request_id']}").json()
    assert rep["media_sha256"] == hashlib.sha256(PNG).hexdigest()
    assert coordinator.http.get(f"/v1/blobs/{rep['media_sha256']}").content == PNG
    before = stored(http, key)
    not_image = http.post("/requests.json", data=form, files={"media": ("foto.png", b"%PDF-1.7 ...", "image/png")})
    assert error(not_image, 400) == "media is not an image (JPEG, PNG, GIF, WebP or HEIC expected)"
    too_big = http.post("/requests.json", data=form, files={"media": ("f.png", PNG + bytes(MAX_PHOTO), "image/png")})
    assert error(too_big, 400) == f"media is larger than the limit of {MAX_PHOTO} bytes"
    assert stored(http, key) == before  # nothing stored


@pytest.mark.parametrize(("fields", "status", "description"), [
    ({"service_code": "vliegende_schotel"}, 400, "service_code 'vliegende_schotel' is not a service of this city"),
    ({"service_code": None}, 400, "service_code is required"),
    ({"lat": "91"}, 400, "lat must lie between -90 and 90"),
    ({"long": "oost"}, 400, "long must be a number in WGS84 degrees, not 'oost'"),
    ({"long": None}, 400, "lat and long must be given together"),
    ({"lat": None, "long": None}, 400, "a location is required: lat and long, or address_string"),
    ({"email": "geen-adres"}, 400, "email is not an e-mail address"),
    ({"api_key": None}, 403, "api_key is required"),
    ({"api_key": "o311_not-a-key"}, 403, "api_key is not valid"),
])
def test_bad_requests_get_georeport_errors_and_store_nothing(http: httpx.Client, key: str, fields: dict[str, Any],
                                                              status: int, description: str) -> None:
    given = dict(fields)
    use_key = given.pop("api_key", key)
    assert error(post(http, use_key, **given), status) == description
    assert stored(http, key) == []


def test_a_revoked_key_is_refused_and_reading_needs_a_key(http: httpx.Client, key: str, casestore_db: str) -> None:
    assert post(http, key).status_code == 201
    assert error(http.get("/requests.json"), 403) == "api_key is required"
    done = cli(casestore_db, "open311-key", "revoke", "Stadsapp")
    assert done.returncode == 0, done.stderr
    assert error(post(http, key), 403) == "api_key is not valid"
    assert error(http.get("/requests.json", params={"api_key": key}), 403) == "api_key is not valid"
    assert error(http.post("/requests.json", content=b"{}", headers={"Content-Type": "application/json"}), 400) \
        == "send the request as application/x-www-form-urlencoded or multipart/form-data"
