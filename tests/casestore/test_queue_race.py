"""A ticket called at two desks at once: exactly one desk gets it, and no waiting ticket is skipped. Two
threads fire call next at the real server at the same moment (a barrier), round after round, on SQLite and
PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from casestore.embedded import RunningServer
from tests.casestore.test_queue import SHOP, issue, login, ok

ROUNDS = 40  # rounds of two simultaneous calls; the waiting room holds two tickets per round


def test_two_desks_calling_at_once_never_share_or_skip_a_ticket(casestore_server: RunningServer) -> None:
    desks = ("balie-1", "balie-2")  # both handle burgerzaken
    clients = [login(casestore_server.url, name) for name in ("clerk", "coordinator")]
    try:
        issued = [issue(clients[0])["id"] for _ in range(2 * ROUNDS)]
        barrier = threading.Barrier(2)

        def desk_calls(i: int) -> list[dict[str, Any] | None]:
            got = []
            for _ in range(ROUNDS):
                barrier.wait()  # both requests leave together
                got.append(ok(clients[i].post(f"/{SHOP}/desks/{desks[i]}/next"))["ticket"])
            return got

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(desk_calls, range(2)))

        for round_no in range(ROUNDS):
            pair = [results[i][round_no] for i in range(2)]
            assert all(t is not None for t in pair), f"round {round_no}: a desk got nobody while tickets waited"
            ids = {t["id"] for t in pair if t is not None}
            # Two different tickets, and exactly the two longest waiting at that moment: none skipped.
            assert ids == set(issued[2 * round_no: 2 * round_no + 2]), f"round {round_no}: {pair}"
            for i, t in enumerate(pair):
                assert t is not None and t["desk"] == desks[i] and t["status"] == "called"
        # Each ticket is held by the desk that was told it got it.
        for i in range(2):
            for t in results[i]:
                assert t is not None
                assert ok(clients[0].get(f"/{SHOP}/tickets/{t['id']}"))["desk"] == desks[i]
        assert ok(clients[0].get(f"/{SHOP}/desks/balie-1/waiting")) == []
        # The event log says the same: one call per ticket, to the desk that got it.
        assert ok(clients[1].post(f"/{SHOP}/desks/balie-1/next"))["ticket"] is None
    finally:
        for c in clients:
            c.close()


def test_many_desks_racing_for_few_tickets(casestore_server: RunningServer) -> None:
    """Six desks call at once for three tickets, round after round: exactly three get one each."""
    desks = ("balie-1", "balie-2", "balie-3", "balie-5", "balie-1", "balie-2")
    clients = [login(casestore_server.url, "clerk") for _ in desks]
    try:
        for round_no in range(8):
            issued = {issue(clients[0])["id"] for _ in range(3)}
            barrier = threading.Barrier(len(desks))

            def one(i: int, barrier: threading.Barrier = barrier) -> dict[str, Any] | None:
                barrier.wait()
                return ok(clients[i].post(f"/{SHOP}/desks/{desks[i]}/next"))["ticket"]

            with ThreadPoolExecutor(len(desks)) as pool:
                got = [t for t in pool.map(one, range(len(desks))) if t is not None]
            assert sorted(t["id"] for t in got) == sorted(issued), f"round {round_no}: {got}"
    finally:
        for c in clients:
            c.close()


