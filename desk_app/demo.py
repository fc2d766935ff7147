"""Synthetic, realistic Flemish citizens and cases for demos, training and benchmarks. Never real people:
names are random combinations, national numbers are generated with valid check digits."""

from __future__ import annotations

import datetime as dt
import functools
import json
import multiprocessing
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desk_app.catalogue import Catalogue
from desk_app.domain import national_number as nn
from desk_app.domain.calendar import WorkingCalendar
from desk_app.services.search import words as _words
from desk_app.store.db import Store

# Multi-word surnames are written with "_" here.
SURNAMES = [s.replace("_", " ") for s in ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De_Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Hermans", "Van_Damme", "Pauwels", "Michiels", "Aerts", "Desmet", "De_Clercq", "Coppens", "Van_den_Broeck", "Verhoeven", "Martens", "Smets", "Cools", "De_Backer", "Lemmens", "Van_de_Velde", "Verstraete", "D'Hondt", "Declercq", "Vandenberghe", "Bogaert", "Stevens", "Dewulf", "Mahieu", "Leclercq", "Segers", "Van_Acker", "Wuyts", "Baert", "Maenhout", "De_Meyer", "Thys", "Verbeke", "Öztürk", "Yılmaz", "Çelik", "Nguyễn", "Šťastný", "El_Amrani", "Benali", "Kowalski", "Nowak", "Müller", "Da_Silva", "Ferreira", "Rossi", "Diallo", "Mukendi", "Ilunga", "Popescu", "Ionescu", "Van_Hoof", "Callewaert", "Vlaeminck", "Decock", "Vanhove", "De_Coninck"]]
GIVEN_F = ["Emma", "Louise", "Olivia", "Elena", "Marie", "Lina", "Mila", "Noor", "Julia", "Lotte", "Anna", "Sofie", "Hanne", "Fien", "Eline", "Ines", "Nora", "Leen", "An", "Katrien", "Els", "Griet", "Sarah", "Fatima", "Aylin", "Zeynep", "Chloé", "Léa", "Mathilde", "Ana", "Agnieszka", "Thị"]
GIVEN_M = ["Noah", "Arthur", "Louis", "Liam", "Jules", "Lucas", "Adam", "Victor", "Finn", "Mathis", "Lars", "Wout", "Bram", "Pieter", "Jan", "Koen", "Tom", "Stijn", "Joris", "Bart", "Dirk", "Marc", "Mohamed", "Yusuf", "Emre", "Mehmet", "Théo", "Hugo", "Piotr", "Văn", "Jakub"]
STREETS = ["Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpstraat", "Schoolstraat", "Nieuwstraat", "Kapelstraat", "Beekstraat", "Hoogstraat", "Veldstraat", "Lindenlaan", "Kastanjelaan", "Meersstraat", "Brugsesteenweg", "Gentsesteenweg", "Leiestraat", "Scheldekaai", "Vlasmarkt", "Korenmarkt", "Begijnhofdries", "Sint-Pietersplein", "Zuidlaan", "Noordstraat", "Ringlaan", "Populierenlaan", "Eikenlaan", "Wilgenstraat", "Akkerstraat", "Weverstraat", "Smedenstraat", "Bakkerstraat"]
PLACES = (("9999", "Meerhoven"), ("9998", "Meerhoven-Oost"), ("9997", "Sint-Aldegonde-Meerhoven"),
          ("9000", "Gent"), ("9050", "Gentbrugge"), ("8500", "Kortrijk"), ("2000", "Antwerpen"))
NATIONALITIES = ("Belg",) * 17 + ("Nederlander", "Turk", "Pool", "Marokkaan", "Roemeen", "Fransman")
CHANNELS = ("letter",) * 5 + ("email",) * 4 + ("sms", "phone")
TRACK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LANGUAGES = ("nl",) * 7 + ("fr", "de", "en")
INTAKE_CHANNELS = ("counter",) * 6 + ("phone", "email", "home_visit", "digital")


@dataclass
class DemoResult:
    persons: int
    cases: int
    status_changes: int
    seconds: float


def _answers(case_type: str, rng: random.Random, street: str) -> dict[str, object]:
    day = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))).isoformat()
    if case_type == "address_change":
        return {"street_and_number": street, "postal_code": "9999", "municipality": "Meerhoven",
                "move_date": day, "household_members": rng.randint(1, 5)}
    if case_type == "id_card_application":
        return {"reason": rng.choice(["expired", "lost", "damaged"]), "urgency": "normal"}
    if case_type == "civil_registry_extract":
        return {"record_type": rng.choice(["birth", "marriage", "nationality"]), "copies": 1}
    if case_type == "moving_signs_permit":
        return {"street_and_number": street, "date_from": day, "date_to": day, "length_m": 15, "vehicle": "van"}
    if case_type == "livability_budget":
        a = rng.randint(50, 400)
        return {"project_title": "Buurtfeest", "description": "Straatfeest met de buren", "neighbourhood": street,
                "event_date": day, "budget_lines": [{"description": "Drank en hapjes", "amount": f"{a}.00"}],
                "requested_amount": f"{a}.00"}
    if case_type == "citizen_report":
        return {"category": rng.choice(["illegal_dumping", "road_damage", "speeding", "other"]),
                "description": "Gemeld aan het loket", "location": street}
    if case_type == "complaint":
        return {"subject": "Wachttijd", "description": "Lange wachttijd aan het loket"}
    if case_type == "reservation":
        return {"facility": rng.choice(["swimming_pool", "community_hall"]), "date": day, "participants": 2}
    return {"reason": "other", "consent": True}


def _sequence(rng: random.Random, sex: str) -> int:
    """Odd day-counter for men, even for women (1..998)."""
    return rng.randrange(0, 499) * 2 + (1 if sex == "M" else 2)


def _iso(ts: dt.datetime) -> str:
    return ts.isoformat(timespec="microseconds")


def generate(store: Store, catalogue: Catalogue, persons: int, cases: int, seed: int = 7,
             pending: bool = False, actor: str = "demo") -> DemoResult:
    """Fill the store. ``pending``: as local intakes waiting in the outbox (demo mode); otherwise as
    history already known centrally (case numbers assigned, nothing to push: benchmarks)."""
    import time

    if pending:
        return _generate_pending(store, catalogue, persons, cases, seed, actor)
    t0 = time.perf_counter()
    rng = random.Random(seed)
    words = functools.lru_cache(maxsize=8192)(_words)  # names and streets repeat: fold each once
    now = dt.datetime.now(dt.UTC)
    now_ms = int(now.timestamp() * 1000)
    with store.raw() as conn:
        start_rid = conn.execute("SELECT coalesce(max(rid), 0) FROM person").fetchone()[0]
        start_case = conn.execute("SELECT count(*) FROM \"case\"").fetchone()[0]
        # A bulk load: a large page cache for this connection, and the secondary indexes built once at
        # the end (sorted) instead of updated row by row. Ids are time-ordered (UUIDv7) and cases are
        # made in the order they were received, so primary keys and case numbers grow at the end.
        conn.execute("PRAGMA cache_size = -1000000")
        conn.execute("PRAGMA foreign_keys = OFF")  # rows made consistent by construction (bulk load only)
        conn.execute("BEGIN IMMEDIATE")
        # Only the index on cases by person gets random inserts (ids and dates otherwise grow in order).
        deferred = [r for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name = 'case' AND sql LIKE '%(person_id%'")]
        for name, _sql in deferred:
            conn.execute(f'DROP INDEX "{name}"')
        person_ids: list[str] = []
        used: set[str] = {r[0] for r in conn.execute("SELECT national_number FROM person WHERE national_number IS NOT NULL")}
        prow, arow, srow = [], [], []
        for i in range(persons):
            sex = rng.choice("MF")
            while True:
                birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(365 * 90))
                number = nn.make(birth, _sequence(rng, sex))
                if number not in used:
                    used.add(number)
                    break
            pid = _uuid7(now_ms - persons + i, rng)
            person_ids.append(pid)
            rid = start_rid + i + 1
            surname = rng.choice(SURNAMES)
            given = " ".join(rng.sample(GIVEN_M if sex == "M" else GIVEN_F, rng.choice((1, 1, 2))))
            channel = rng.choice(CHANNELS)
            email = f"{words(given)[0]}.{''.join(words(surname))}{i}@example.org" if channel == "email" else None
            phone = f"+32 470 {rng.randrange(10**6):06d}" if channel in ("sms", "phone") else None
            created = _iso(now - dt.timedelta(days=rng.randrange(3000)))
            valid_until = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat()
            prow.append((pid, rid, number, surname, given, birth.isoformat(), "Meerhoven", sex, rng.choice(NATIONALITIES),
                         rng.choice(LANGUAGES), channel, email, phone,
                         f"{rng.randrange(10**12):012d}", valid_until, 1, created, created))
            street = f"{rng.choice(STREETS)} {rng.randint(1, 250)}"
            pc, muni = rng.choice(PLACES)
            arow.append((_uuid7(now_ms - persons + i, rng), pid, street, pc, muni, "BE",
                         "registry", created[:10], None))
            sw = words(surname)
            srow.append((rid, " ".join([*sw, "".join(sw), *words(given)]),
                         " ".join([number, *words(street), pc, *words(muni)])))
        conn.executemany(
            "INSERT INTO person (id, rid, national_number, surname, given_names, birth_date, birth_place, sex, "
            "nationality, language, preferred_channel, email, phone, card_number, card_valid_until, revision, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            prow,
        )
        conn.executemany(
            "INSERT INTO address (id, person_id, street_and_number, postal_code, municipality, country, source, "
            "valid_from, valid_until) VALUES (?,?,?,?,?,?,?,?,?)", arow)
        conn.executemany("INSERT INTO person_search (rowid, name, rest) VALUES (?,?,?)", srow)
        streets = {r[1]: r[2] for r in arow}
        del prow, arow, srow
        if not person_ids:
            person_ids = [r[0] for r in conn.execute("SELECT id FROM person LIMIT 10000")]
        tracks: set[str] = {r[0] for r in conn.execute('SELECT track_code FROM "case"')}
        # Received over the last 900 days, in order: case numbers per year follow the order of receipt.
        ages = sorted((rng.randrange(60 * 24 * 900) for _ in range(cases)), reverse=True)
        year_seq: dict[int, int] = {}
        numbers = []
        for age in ages:
            year = (now - dt.timedelta(minutes=age)).year
            year_seq[year] = year_seq.get(year, 0) + 1
            numbers.append(f"{year}-{start_case + year_seq[year]:07d}")
        chunk = 20_000
        jobs = [(seed * 1_000_003 + k, ages[k:k + chunk], numbers[k:k + chunk]) for k in range(0, cases, chunk)]
        context = (catalogue, person_ids, streets, now, actor)
        n_status = 0
        # Making the rows (Python) runs in another process while this one writes (SQLite), when there is
        # enough to do and a second core to do it on.
        pool = None
        if cases >= 100_000 and (os.cpu_count() or 1) > 1:
            # fork where there is one (no re-import of the caller's main module); spawn elsewhere
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            pool = multiprocessing.get_context(method).Pool(
                min(2, os.cpu_count() or 2), initializer=_chunk_init, initargs=(context,))
            chunks: Iterator[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]] = pool.imap(_case_chunk, jobs)
        else:
            _chunk_init(context)
            chunks = map(_case_chunk, jobs)
        try:
            for batch_c, batch_s in chunks:
                for i, row in enumerate(batch_c):
                    track = str(row[2])
                    if track in tracks:  # chunks are made apart: the rare clash is fixed here
                        while track in tracks:
                            t = "".join(rng.choices(TRACK_ALPHABET, k=8))
                            track = f"{t[:4]}-{t[4:]}"
                        batch_c[i] = (*row[:2], track, *row[3:])
                    tracks.add(track)
                n_status += len(batch_s)
                _flush_cases(conn, batch_c, batch_s)
        finally:
            if pool is not None:
                pool.terminate()
            _CHUNK.clear()  # the in-process path keeps no catalogue or person list after the load
        for _name, sql in deferred:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA cache_size = -32000")
        conn.execute("PRAGMA foreign_keys = ON")
    return DemoResult(persons, cases, n_status, time.perf_counter() - t0)


_CHUNK: dict[str, Any] = {}


def _chunk_init(context: tuple[Catalogue, list[str], dict[str, str], dt.datetime, str]) -> None:
    catalogue, person_ids, streets, now, actor = context
    calendar = WorkingCalendar(catalogue.closing_days)
    _CHUNK.update(
        catalogue=catalogue, person_ids=person_ids, streets=streets, now=now, actor=actor,
        now_ms=int(now.timestamp() * 1000), types=sorted(catalogue.case_types),
        texts={code: st.text["nl"] for code, st in catalogue.statuses.items()},
        expected_on=functools.lru_cache(maxsize=None)(calendar.add_working_days),
    )


def _case_chunk(
    job: tuple[int, list[int], list[str]],
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Rows for the cases received ``ages`` minutes ago (with their case numbers) and their status steps."""
    seed, ages, numbers = job
    c = _CHUNK
    rng = random.Random(seed)
    catalogue, person_ids, streets, now, now_ms = c["catalogue"], c["person_ids"], c["streets"], c["now"], c["now_ms"]
    types, texts, expected_on, actor = c["types"], c["texts"], c["expected_on"], c["actor"]
    two_days = dt.timedelta(days=2)
    rows_c: list[tuple[object, ...]] = []
    rows_s: list[tuple[object, ...]] = []
    for age, case_number in zip(ages, numbers, strict=True):
        ct = catalogue.case_types[types[rng.randrange(len(types))]]
        case_pid = person_ids[rng.randrange(len(person_ids))] if person_ids else None
        created_dt = now - dt.timedelta(minutes=age)
        created_ms = now_ms - age * 60_000
        steps = ct.statuses[: rng.randint(1, len(ct.statuses))]
        cid = _uuid7(created_ms, rng)
        expected = expected_on(created_dt.date(), ct.processing_days).isoformat()
        answers = _answers(ct.code, rng, streets.get(case_pid or "", "Kerkstraat 1"))
        fee = ct.fee.for_answers(answers)
        track = "".join(rng.choices(TRACK_ALPHABET, k=8))
        created_iso = _iso(created_dt)
        rows_c.append((cid, case_number, f"{track[:4]}-{track[4:]}", ct.code, case_pid,
                       rng.choice(INTAKE_CHANNELS), steps[-1], ct.department, None, json.dumps(answers), fee,
                       int(fee == 0 or rng.random() < 0.9), expected, created_iso, actor, 1, created_iso))
        at = created_dt
        for k, st in enumerate(steps):
            rows_s.append((_uuid7(created_ms + k * 172_800_000, rng), cid, st,
                           created_iso if k == 0 else _iso(at), actor, texts[st]))
            at += two_days
    return rows_c, rows_s


def _uuid7(ms: int, rng: random.Random) -> str:
    """A time-ordered UUID (RFC 9562 version 7): 48-bit Unix milliseconds, then random bits."""
    r = rng.getrandbits(74)
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (r >> 62) << 64 | 0b10 << 62 | (r & ((1 << 62) - 1))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _flush_cases(conn: object, batch_c: list[tuple[object, ...]], batch_s: list[tuple[object, ...]]) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        'INSERT INTO "case" (id, case_number, track_code, case_type, person_id, channel, status, department, '
        "assignee, answers, fee_cents, fee_paid, expected_date, created_at, created_by, revision, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_c)
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO status_change (id, case_id, status, at, actor, citizen_text) VALUES (?,?,?,?,?,?)", batch_s)
    batch_c.clear()
    batch_s.clear()


def _generate_pending(store: Store, catalogue: Catalogue, n_persons: int, n_cases: int, seed: int,
                      actor: str) -> DemoResult:
    """Through the services, as a clerk would: every record also goes to the outbox."""
    import time

    from desk_app.services import persons as persons_svc
    from desk_app.services.cases import CaseService

    t0 = time.perf_counter()
    rng = random.Random(seed)
    service = CaseService(catalogue, WorkingCalendar(catalogue.closing_days))
    types = sorted(catalogue.case_types)
    made: list[str] = []
    n_status = 0
    with store.write() as s:
        for person in _people(rng, n_persons):
            p, _ = persons_svc.create(s, actor, None, **person)
            made.append(p.id)
        from sqlalchemy import select

        from desk_app.store.models import Person

        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(made)))}
        for _ in range(n_cases):
            ct = catalogue.case_types[types[rng.randrange(len(types))]]
            chosen = people[made[rng.randrange(len(made))]] if made else None
            street = chosen.addresses[0].street_and_number if chosen and chosen.addresses else "Kerkstraat 1"
            result = service.intake(s, actor, ct.code, chosen, _answers(ct.code, rng, street),
                                    rng.choice(INTAKE_CHANNELS))
            n_status += 1
            for st in ct.statuses[1: rng.randint(1, len(ct.statuses))]:
                service.change_status(s, actor, result.case, st)
                n_status += 1
    return DemoResult(n_persons, n_cases, n_status, time.perf_counter() - t0)


def _people(rng: random.Random, n: int) -> Iterator[dict[str, object]]:
    used: set[str] = set()
    for i in range(n):
        sex = rng.choice("MF")
        while True:
            birth = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(365 * 85))
            number = nn.make(birth, _sequence(rng, sex))
            if number not in used:
                used.add(number)
                break
        surname = rng.choice(SURNAMES)
        given = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
        channel = rng.choice(CHANNELS)
        pc, muni = PLACES[rng.randrange(3)]
        yield {
            "national_number": number, "surname": surname, "given_names": given, "birth_date": birth.isoformat(),
            "sex": sex, "nationality": rng.choice(NATIONALITIES), "language": rng.choice(LANGUAGES),
            "preferred_channel": channel,
            "email": f"{_words(given)[0]}.{''.join(_words(surname))}{i}@example.org" if channel == "email" else None,
            "phone": f"+32 470 {rng.randrange(10**6):06d}" if channel in ("sms", "phone") else None,
            "street_and_number": f"{rng.choice(STREETS)} {rng.randint(1, 250)}", "postal_code": pc,
            "municipality": muni, "address_source": "registry",
            "card_valid_until": (dt.date.today() + dt.timedelta(days=rng.randrange(-30, 3650))).isoformat(),
        }
