"""The home page names every role of ``wire.roles.ROLES`` (issue 14 §5: the roles are defined once)."""

from __future__ import annotations

from typing import Any

from ui.home.page import role_titles
from wire import roles


def test_every_role_has_a_title_on_the_home_page(qapp: Any) -> None:
    titles = role_titles()
    assert set(titles) == set(roles.ROLES)
    assert all(t.strip() for t in titles.values())
