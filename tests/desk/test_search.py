"""Type-ahead search: name keys in name order, national-number and case-number ranges, full text for the
rest (ranked when narrow, a first page when broad), and the name keys kept right through every write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desk_app.app import Loket
from desk_app.demo import generate
from desk_app.services import search as search_mod
from desk_app.store.db import _alembic_config, open_store


def _person(app: Loket, nn: str, surname: str, given: str, street: str = "Kerkstraat 1") -> str:
    pid, _ = app.create_person(national_number=nn, surname=surname, given_names=given, street_and_number=street,
                               postal_code="9999", municipality="Meerhoven")
    return pid


def _titles(app: Loket, q: str) -> list[str]:
    return [h.title for h in app.search(q) if h.kind == "person"]


def test_surname_then_given_name_is_listed_in_name_order(empty_loket: Loket) -> None:
    _person(empty_loket, "90010100123", "Peeters", "Joris")
    _person(empty_loket, "85073003328", "Peeters", "Anna")
    _person(empty_loket, "03040501255", "Peeters", "Jan")
    _person(empty_loket, "75121512319", "Janssens", "Peter", street="Peetersstraat 3")
    # name keys first, in name order; then full-text matches (Janssens on the Peetersstraat)
    assert _titles(empty_loket, "peeters j") == ["Peeters, Jan", "Peeters, Joris", "Janssens, Peter"]
    assert _titles(empty_loket, "peeters jo") == ["Peeters, Joris"]
    # surname matches in name order first, then the rest of the full-text matches (here: the street)
    assert _titles(empty_loket, "peeters") == ["Peeters, Anna", "Peeters, Jan", "Peeters, Joris",
                                               "Janssens, Peter"]
    # given name first still finds the person (full text, all words required)
    assert _titles(empty_loket, "joris peet") == ["Peeters, Joris"]


def test_multi_word_and_accented_surnames(empty_loket: Loket) -> None:
    _person(empty_loket, "90010100123", "Van den Broeck", "Lotte")
    _person(empty_loket, "85073003328", "Yılmaz", "Emre")
    for q in ("van den b", "vandenbr", "broeck lot", "VAN DEN BROECK L"):
        assert _titles(empty_loket, q) == ["Van den Broeck, Lotte"], q
    for q in ("yilmaz", "YILMAZ e", "yıl"):
        assert _titles(empty_loket, q) == ["Yılmaz, Emre"], q


def test_national_number_prefix_with_or_without_separators(empty_loket: Loket) -> None:
    pid = _person(empty_loket, "85073003328", "Maes", "Els")
    _person(empty_loket, "85080112339", "Claes", "Bart")
    for q in ("8507", "85.07.30", "850730-033", "85073003328"):
        assert [h.id for h in empty_loket.search(q) if h.kind == "person"] == [pid], q


def test_case_numbers_newest_first_and_broad_queries_say_there_is_more(empty_loket: Loket,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    generate(empty_loket.store, empty_loket.catalogue, 60, 300, seed=9)
    with empty_loket.store.read() as s:
        newest = s.execute(text('SELECT case_number FROM "case" ORDER BY case_number DESC LIMIT 5')).scalars().all()
    year = newest[0][:4]
    page = empty_loket.search_page(year + "-", limit=5)
    assert [h.title for h in page.hits] == newest and page.more
    one = empty_loket.search_page(newest[3], limit=5)
    assert [h.title for h in one.hits] == [newest[3]] and not one.more
    # full text: above RANKED_UP_TO matches a first page comes back at once, flagged as broad
    monkeypatch.setattr(search_mod, "RANKED_UP_TO", 5)
    broad = empty_loket.search_page("meerhoven", limit=10)
    assert len(broad.hits) == 10 and broad.more
    monkeypatch.setattr(search_mod, "RANKED_UP_TO", 400)
    ranked = empty_loket.search_page("meerhoven", limit=10)
    assert len(ranked.hits) == 10 and ranked.more


def test_name_keys_follow_a_name_change(empty_loket: Loket) -> None:
    pid = _person(empty_loket, "85073003328", "Peeters", "Anna")
    empty_loket.update_person(pid, surname="Wouters")
    assert _titles(empty_loket, "wouters a") == ["Wouters, Anna"]
    assert _titles(empty_loket, "peeters") == []
    with empty_loket.store.read() as s:
        assert s.execute(text("SELECT key FROM person_name")).scalars().all() == ["wouters anna"]


def test_log_search_writes_who_looked_up_whom(empty_loket: Loket) -> None:
    pid = _person(empty_loket, "85073003328", "Peeters", "Anna")
    page = empty_loket.search_page("peeters")
    empty_loket.log_search("peeters", page.hits)
    with empty_loket.store.read() as s:
        rows = s.execute(text("SELECT action, person_id, detail FROM audit_entry WHERE action = 'search'")).all()
    assert [(r.person_id, r.detail) for r in rows] == [(pid, "query: peeters")]


def test_migration_0003_fills_name_keys_of_an_existing_store(tmp_path: Path) -> None:
    key = os.urandom(32)
    store = open_store(tmp_path / "s.db", key, migrate=False)
    cfg = _alembic_config()
    with store._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with store.write() as s:
        s.execute(text(
            "INSERT INTO person (id, rid, surname, given_names, language, preferred_channel, revision, created_at, "
            "updated_at) VALUES ('p1', 1, 'De Smet', 'Noor', 'nl', 'letter', 1, '2026-01-01', '2026-01-01'), "
            "('p2', 2, 'Öztürk', 'Ayşe', 'nl', 'letter', 1, '2026-01-01', '2026-01-01')"))
    store.migrate()
    with store.read() as s:
        keys = s.execute(text("SELECT key, rid FROM person_name ORDER BY key")).all()
    assert [tuple(k) for k in keys] == [("de smet noor", 1), ("desmet noor", 1), ("ozturk ayse", 2)]
    store.close()


def test_full_text_ranks_words_in_the_name_above_words_in_the_address(empty_loket: Loket) -> None:
    _person(empty_loket, "90010100123", "Peeters", "Jan", street="Emmastraat 1")  # indexed first
    _person(empty_loket, "85073003328", "Wouters", "Emma", street="Molenstraat 2")
    _person(empty_loket, "03040501255", "Aerts", "Emma", street="Molenstraat 9")
    assert _titles(empty_loket, "emma 9999") == ["Aerts, Emma", "Wouters, Emma", "Peeters, Jan"]
