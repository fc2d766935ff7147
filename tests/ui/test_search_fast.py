"""Broad type-ahead queries show a first page at once; the ranked page follows when typing pauses."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import wait_ops


def test_quick_search_broad_and_narrow(loket: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.search import fast

    ranked = loket.search("meerhoven", limit=30)
    hits, broad = fast.quick_search(loket, "meerhoven", 30)
    assert not broad and [h.id for h in hits] == [h.id for h in ranked]
    monkeypatch.setattr(fast, "BROAD", 2)
    hits, broad = fast.quick_search(loket, "meerhoven", 30)
    assert broad and {h.id for h in hits} == {h.id for h in ranked if h.kind == "person"}


def test_broad_query_is_replaced_by_ranked_page(qtbot: Any, window: Any, loket: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.search import fast

    monkeypatch.setattr(fast, "BROAD", 2)
    window.focus_search()
    qtbot.keyClicks(window.search_field, "meerhoven")
    wait_ops(qtbot, window)
    assert window.search.broad and window.search.list.count() > 0
    qtbot.waitUntil(lambda: not window.search.broad, timeout=5000)
    from ui.search.page import HIT_ROLE

    ranked = [h.id for h in loket.search("meerhoven", limit=30)]
    shown = [window.search.list.item(i).data(HIT_ROLE).id for i in range(window.search.list.count())]
    assert shown == ranked
