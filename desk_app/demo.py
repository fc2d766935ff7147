"""Synthetic, realistic Flemish citizens and cases for demos, training and benchmarks. Never real people:
names are random combinations, national numbers are generated with valid check digits."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import multiprocessing
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desk_app.catalogue import CaseType, Catalogue
from desk_app.domain import national_number as nn
from desk_app.domain.calendar import WorkingCalendar
from desk_app.languages import DEFAULT, LANGUAGES
from desk_app.services.search import name_keys
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
LANGUAGE_MIX = (DEFAULT,) * 7 + tuple(lang for lang in LANGUAGES if lang != DEFAULT)  # mostly Dutch
INTAKE_CHANNELS = ("counter",) * 6 + ("phone", "email", "home_visit", "digital")


@dataclass
class DemoResult:
    persons: int
    cases: int
    status_changes: int
    seconds: float


def _answers(case_type: CaseType, rng: random.Random, street: str) -> dict[str, Any]:
    """A made-up case's answers: its case type's ``demo_answers`` in the catalogue (``DemoAnswers``)."""
    day = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))).isoformat()
    return case_type.demo.make(rng, street, day) if case_type.demo is not None else {}


def _demo_types(catalogue: Catalogue) -> list[str]:
    """The case types made-up cases are of: those with demo answers in the catalogue."""
    return sorted(code for code, ct in catalogue.case_types.items() if ct.demo is not None)


def _sequence(rng: random.Random, sex: str) -> int:
    """Odd day-counter for men, even for women (1..998)."""
    return rng.randrange(0, 499) * 2 + (1 if sex == "M" else 2)


def _unique_birth_and_number(rng: random.Random, sex: str, used: set[str], first_year: int,
                             years: int) -> tuple[dt.date, str]:
    """A birth date in ``years`` years from ``first_year`` and a valid national number not in ``used``."""
    while True:
        birth = dt.date(first_year, 1, 1) + dt.timedelta(days=rng.randrange(365 * years))
        number = nn.make(birth, _sequence(rng, sex))
        if number not in used:
            used.add(number)
            return birth, number


def _iso(ts: dt.datetime) -> str:
    return ts.isoformat(timespec="microseconds")


def generate(store: Store, catalogue: Catalogue, persons: int, cases: int, seed: int = 7,
             pending: bool = False, actor: str = "demo") -> DemoResult:
    """Fill the store. ``pending``: as local intakes waiting in the outbox (demo mode); otherwise as
    history already known centrally (case numbers assigned, nothing to push: benchmarks)."""
    import time

    if cases and not _demo_types(catalogue):
        raise ValueError("no case type in the catalogue has demo_answers: there is nothing to make demo cases of")
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
        used: set[str] = {r[0] for r in conn.execute("SELECT national_number FROM person WHERE national_number IS NOT NULL")}
        # Ids and home addresses first: the cases need them, the rest of each person is made meanwhile.
        home_rng = random.Random(seed * 31 + 1)
        person_ids = [_uuid7(now_ms - persons + i, home_rng) for i in range(persons)]
        homes = [(f"{home_rng.choice(STREETS)} {home_rng.randint(1, 250)}", *home_rng.choice(PLACES))
                 for _ in range(persons)]
        streets = {pid: home[0] for pid, home in zip(person_ids, homes, strict=True)}
        if not person_ids:
            person_ids = [r[0] for r in conn.execute("SELECT id FROM person LIMIT 10000")]
        # Received over the last 900 days, in order: case numbers per year follow the order of receipt.
        ages = sorted((rng.randrange(60 * 24 * 900) for _ in range(cases)), reverse=True)
        numbers = _case_numbers(ages, now, start_case)
        context = (catalogue, person_ids, streets, now, actor)
        # A bulk load: a large page cache for this connection, and the secondary indexes built once at
        # the end (sorted) instead of updated row by row. Ids are time-ordered (UUIDv7) and cases are
        # made in the order they were received, so primary keys and case numbers grow at the end.
        conn.execute("PRAGMA cache_size = -1000000")
        conn.execute("PRAGMA foreign_keys = OFF")  # rows made consistent by construction (bulk load only)
        journal = _rollback_journal(store, conn) if cases >= SHARDED_FROM else "wal"
        shards = _Shards(store, conn, seed, ages, numbers, context) \
            if cases >= SHARDED_FROM and (os.cpu_count() or 1) > 1 else None
        prow, arow, srow = _person_rows(rng, words, person_ids, homes, start_rid, used, now, now_ms)
        del homes
        try:
            conn.execute("BEGIN")  # deferred: the first write below locks the store, never the scratch files
            # Only the index of cases by person gets random inserts (ids, dates and case numbers grow in
            # order, the other indexes have few values): that one is built once at the end, sorted.
            deferred = [r for r in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name = 'case' AND sql LIKE '%(person_id%'")]
            for name, _sql in deferred:
                conn.execute(f'DROP INDEX "{name}"')
            conn.executemany(
                "INSERT INTO person (id, rid, national_number, surname, given_names, birth_date, birth_place, sex, "
                "nationality, language, preferred_channel, email, phone, card_number, card_valid_until, revision, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                prow,
            )
            conn.executemany(
                "INSERT INTO address (id, person_id, street_and_number, postal_code, municipality, country, source, "
                "valid_from, valid_until) VALUES (?,?,?,?,?,?,?,?,?)", arow)
            # a larger in-memory buffer for the full-text index while loading: fewer segments to merge
            conn.execute("INSERT INTO person_search (person_search, rank) VALUES ('hashsize', 67108864)")
            conn.executemany("INSERT INTO person_search (rowid, name, rest) VALUES (?,?,?)", srow)
            conn.execute("INSERT INTO person_search (person_search, rank) VALUES ('hashsize', 1048576)")
            conn.executemany("INSERT OR IGNORE INTO person_name (key, rid) VALUES (?, ?)",  # in key order
                             sorted((k, r[1]) for r in prow for k in name_keys(str(r[3]), str(r[4]))))
            del prow, arow, srow
            if shards is not None:
                n_status = shards.copy_all(rng)
            else:
                n_status = _cases_in_process(conn, rng, seed, ages, numbers, context)
            for _name, sql in deferred:
                conn.execute(sql)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if shards is not None:
                shards.close()
            conn.execute("PRAGMA cache_size = -32000")
            conn.execute("PRAGMA foreign_keys = ON")
            if journal != "wal":
                conn.execute("PRAGMA main.journal_mode = WAL")
    return DemoResult(persons, cases, n_status, time.perf_counter() - t0)


def _rollback_journal(store: Store, conn: Any) -> str:
    """For a big load, a rollback journal writes each new page once, where the write-ahead log writes it
    twice (into the log, then back into the database at the checkpoint). Possible only while this is the
    store's one connection; otherwise the load simply stays in WAL mode. Crash-safe either way."""
    store.engine.dispose()  # close the idle pooled connections
    try:
        mode = conn.execute("PRAGMA main.journal_mode = TRUNCATE").fetchone()[0]
    except Exception:  # another process or thread has the store open
        return "wal"
    return str(mode).lower()


def _case_numbers(ages: list[int], now: dt.datetime, start: int) -> list[str]:
    """Case numbers per year of receipt for cases received ``ages`` minutes ago (oldest first)."""
    numbers: list[str] = []
    if not ages:
        return numbers
    year = (now - dt.timedelta(minutes=ages[0])).year

    def newer_than(y: int) -> float:  # received in year y + 1 or later when age <= this
        return (now - dt.datetime(y + 1, 1, 1, tzinfo=dt.UTC)).total_seconds() / 60

    boundary, seq = newer_than(year), 0
    for age in ages:
        while age <= boundary:
            year, seq, boundary = year + 1, 0, newer_than(year + 1)
        seq += 1
        numbers.append(f"{year}-{start + seq:07d}")
    return numbers


def _person_rows(
    rng: random.Random, words: Any, person_ids: list[str], homes: list[tuple[str, str, str]], start_rid: int,
    used: set[str], now: dt.datetime, now_ms: int,
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    prow: list[tuple[object, ...]] = []
    arow: list[tuple[object, ...]] = []
    srow: list[tuple[object, ...]] = []
    persons = len(homes)
    for i in range(persons):
        sex = rng.choice("MF")
        birth, number = _unique_birth_and_number(rng, sex, used, 1930, 90)
        pid = person_ids[i]
        rid = start_rid + i + 1
        surname = rng.choice(SURNAMES)
        given = " ".join(rng.sample(GIVEN_M if sex == "M" else GIVEN_F, rng.choice((1, 1, 2))))
        channel = rng.choice(CHANNELS)
        email = f"{words(given)[0]}.{''.join(words(surname))}{i}@example.org" if channel == "email" else None
        phone = f"+32 470 {rng.randrange(10**6):06d}" if channel in ("sms", "phone") else None
        created = _iso(now - dt.timedelta(days=rng.randrange(3000)))
        valid_until = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat()
        prow.append((pid, rid, number, surname, given, birth.isoformat(), "Meerhoven", sex, rng.choice(NATIONALITIES),
                     rng.choice(LANGUAGE_MIX), channel, email, phone,
                     f"{rng.randrange(10**12):012d}", valid_until, 1, created, created))
        street, pc, muni = homes[i]
        arow.append((_uuid7(now_ms - persons + i, rng), pid, street, pc, muni, "BE",
                     "registry", created[:10], None))
        sw = words(surname)
        srow.append((rid, " ".join([*sw, "".join(sw), *words(given)]),
                     " ".join([number, *words(street), pc, *words(muni)])))
    return prow, arow, srow


_CASE_COLUMNS = ("id, case_number, track_code, case_type, person_id, channel, status, department, assignee, answers, "
                 "fee_cents, fee_paid, expected_date, created_at, created_by, revision, updated_at")
_STATUS_COLUMNS = "id, case_id, status, at, actor, citizen_text"
_CHUNK_CASES = 20_000
SHARDED_FROM = 100_000  # cases; below this the rows are made and written in this process
_MAX_SHARDS = 8  # SQLite attaches at most 10 databases to one connection


def _new_track(rng: random.Random) -> str:
    t = "".join(rng.choices(TRACK_ALPHABET, k=8))
    return f"{t[:4]}-{t[4:]}"


def _cases_in_process(conn: Any, rng: random.Random, seed: int, ages: list[int], numbers: list[str],
                      context: tuple[Catalogue, list[str], dict[str, str], dt.datetime, str]) -> int:
    """Small loads: rows made here and written with ``executemany``."""
    tracks: set[str] = {r[0] for r in conn.execute('SELECT track_code FROM "case"')}
    _chunk_init(context)
    n_status = 0
    try:
        for k in range(0, len(ages), _CHUNK_CASES):
            batch_c, batch_s = _case_chunk((seed * 1_000_003 + k, ages[k:k + _CHUNK_CASES],
                                            numbers[k:k + _CHUNK_CASES]))
            for i, row in enumerate(batch_c):
                track = str(row[2])
                while track in tracks:  # chunks are made apart: the rare clash is fixed here
                    track = _new_track(rng)
                batch_c[i] = (*row[:2], track, *row[3:])
                tracks.add(track)
            n_status += len(batch_s)
            conn.executemany(f'INSERT INTO "case" ({_CASE_COLUMNS}) VALUES ({",".join("?" * 17)})', batch_c)
            conn.executemany(f"INSERT INTO status_change ({_STATUS_COLUMNS}) VALUES (?,?,?,?,?,?)", batch_s)
    finally:
        _CHUNK.clear()  # keeps no catalogue or person list after the load
    return n_status


class _Shards:
    """Large loads: cases are made by worker processes (the second core) into plain scratch SQLite files,
    attached to the store's connection, and copied from there by SQLite itself (``INSERT … SELECT``) inside
    the one transaction of the load, so no Python work sits on the writer. The scratch files hold only
    synthetic demo rows and are deleted at the end."""

    def __init__(self, store: Store, conn: Any, seed: int, ages: list[int], numbers: list[str],
                 context: tuple[Catalogue, list[str], dict[str, str], dt.datetime, str]) -> None:
        import tempfile
        from pathlib import Path

        self.conn = conn
        self.dir = Path(tempfile.mkdtemp(prefix=".demo-load-", dir=store.path.parent))
        size = max(_CHUNK_CASES, -(-len(ages) // _MAX_SHARDS))
        starts = list(range(0, len(ages), size))
        self.names = [f"demo_shard{k}" for k in range(len(starts))]
        jobs = []
        for k, start in enumerate(starts):
            path = self.dir / f"shard{k}.db"
            jobs.append((seed * 1_000_003 + start, ages[start:start + size], numbers[start:start + size], str(path)))
            conn.execute(f"ATTACH DATABASE ? AS {self.names[k]} KEY ''", (str(path),))
        # fork where there is one (no re-import of the caller's main module); spawn elsewhere
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = multiprocessing.get_context(method).Pool(
            min(2, os.cpu_count() or 2), initializer=_chunk_init, initargs=(context,))
        self.results: Iterator[int] = self.pool.imap(_case_shard, jobs)

    def copy_all(self, rng: random.Random) -> int:
        n_status = 0
        for name, made in zip(self.names, self.results, strict=True):
            n_status += made
            # track codes are drawn apart in each shard: the rare clash with one already here is redrawn
            clashes = self.conn.execute(
                f'SELECT c.rowid FROM {name}.c c WHERE EXISTS (SELECT 1 FROM main."case" m '
                "WHERE m.track_code = c.track_code)").fetchall()
            for (rowid,) in clashes:
                while True:
                    track = _new_track(rng)
                    if not self.conn.execute(
                        f'SELECT 1 FROM main."case" WHERE track_code = ? UNION ALL SELECT 1 FROM {name}.c '
                        "WHERE track_code = ?", (track, track)).fetchone():
                        break
                self.conn.execute(f"UPDATE {name}.c SET track_code = ? WHERE rowid = ?", (track, rowid))
            self.conn.execute(f'INSERT INTO main."case" ({_CASE_COLUMNS}) SELECT {_CASE_COLUMNS} FROM {name}.c '
                              "ORDER BY rowid")
            self.conn.execute(f"INSERT INTO main.status_change ({_STATUS_COLUMNS}) SELECT {_STATUS_COLUMNS} "
                              f"FROM {name}.s ORDER BY rowid")
        return n_status

    def close(self) -> None:
        import shutil

        self.pool.terminate()
        self.pool.join()
        for name in self.names:
            with contextlib.suppress(Exception):  # not attached (the load failed before): nothing to undo
                self.conn.execute(f"DETACH DATABASE {name}")
        shutil.rmtree(self.dir, ignore_errors=True)


def _case_shard(job: tuple[int, list[int], list[str], str]) -> int:
    """In a worker: make the cases of one shard and write them to its scratch file; the number of steps."""
    import sqlite3

    seed, ages, numbers, path = job
    rows_c, rows_s = _case_chunk((seed, ages, numbers))
    rng = random.Random(seed ^ 0x5EED)
    seen: set[str] = set()
    for i, row in enumerate(rows_c):
        track = str(row[2])
        while track in seen:
            track = _new_track(rng)
        seen.add(track)
        rows_c[i] = (*row[:2], track, *row[3:])
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file: made again if anything fails
        db.execute("PRAGMA synchronous = OFF")
        db.execute("BEGIN")
        db.execute(f"CREATE TABLE c ({_CASE_COLUMNS})")
        db.execute(f"CREATE TABLE s ({_STATUS_COLUMNS})")
        db.executemany(f"INSERT INTO c VALUES ({','.join('?' * 17)})", rows_c)
        db.executemany("INSERT INTO s VALUES (?,?,?,?,?,?)", rows_s)
        db.execute("COMMIT")
    finally:
        db.close()
    return len(rows_s)


_CHUNK: dict[str, Any] = {}


def _chunk_init(context: tuple[Catalogue, list[str], dict[str, str], dt.datetime, str]) -> None:
    catalogue, person_ids, streets, now, actor = context
    calendar = WorkingCalendar(catalogue.closing_days)
    _CHUNK.update(
        catalogue=catalogue, person_ids=person_ids, streets=streets, now=now, actor=actor,
        now_ms=int(now.timestamp() * 1000), types=_demo_types(catalogue),
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
        answers = _answers(ct, rng, streets.get(case_pid or "", "Kerkstraat 1"))
        expected = expected_on(created_dt.date(), ct.processing_days_for(answers)).isoformat()
        fee = ct.fee.for_answers(answers)
        track = "".join(rng.choices(TRACK_ALPHABET, k=8))
        created_iso = _iso(created_dt)
        rows_c.append((cid, case_number, f"{track[:4]}-{track[4:]}", ct.code, case_pid,
                       rng.choice(INTAKE_CHANNELS), steps[-1], ct.department, None, json.dumps(answers), fee,
                       int(fee == 0 or rng.random() < 0.9), expected, created_iso, actor, 1, created_iso))
        at = created_dt
        for k, st in enumerate(steps):
            rows_s.append((_uuid7(created_ms + k, rng), cid, st,
                           created_iso if k == 0 else _iso(at), actor, texts[st]))
            at += two_days
    return rows_c, rows_s


def _uuid7(ms: int, rng: random.Random) -> str:
    """A time-ordered UUID (RFC 9562 version 7): 48-bit Unix milliseconds, then random bits."""
    r = rng.getrandbits(74)
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (r >> 62) << 64 | 0b10 << 62 | (r & ((1 << 62) - 1))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _generate_pending(store: Store, catalogue: Catalogue, n_persons: int, n_cases: int, seed: int,
                      actor: str) -> DemoResult:
    """Through the services, as a clerk would: every record also goes to the outbox."""
    import time

    from desk_app.services import persons as persons_svc
    from desk_app.services.cases import CaseService

    t0 = time.perf_counter()
    rng = random.Random(seed)
    service = CaseService(catalogue, WorkingCalendar(catalogue.closing_days))
    types = _demo_types(catalogue)
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
            result = service.intake(s, actor, ct.code, chosen, _answers(ct, rng, street),
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
        birth, number = _unique_birth_and_number(rng, sex, used, 1935, 85)
        surname = rng.choice(SURNAMES)
        given = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
        channel = rng.choice(CHANNELS)
        pc, muni = PLACES[rng.randrange(3)]
        yield {
            "national_number": number, "surname": surname, "given_names": given, "birth_date": birth.isoformat(),
            "sex": sex, "nationality": rng.choice(NATIONALITIES), "language": rng.choice(LANGUAGE_MIX),
            "preferred_channel": channel,
            "email": f"{_words(given)[0]}.{''.join(_words(surname))}{i}@example.org" if channel == "email" else None,
            "phone": f"+32 470 {rng.randrange(10**6):06d}" if channel in ("sms", "phone") else None,
            "street_and_number": f"{rng.choice(STREETS)} {rng.randint(1, 250)}", "postal_code": pc,
            "municipality": muni, "address_source": "registry",
            "card_valid_until": (dt.date.today() + dt.timedelta(days=rng.randrange(-30, 3650))).isoformat(),
        }
