"""Screens that register themselves (the idea of Picard's ``register_options_page``): a page module declares its
page — name, title, shortcuts, the roles that see it, its place in the navigation — and the main window builds
the navigation, the page stack, the shortcuts, the View menu and what each role sees from this registry.

Adding a screen is writing its module and registering its class; the module is named in ``PAGE_MODULES``::

    @register_page("cases", title=QT_TRANSLATE_NOOP("MainWindow", "Cas&es"), menu_title=QT_TRANSLATE_NOOP(
                   "MainWindow", "&Cases"), shortcuts=("Alt+3",), nav=30)
    class CasesPage(QWidget):
        def show_page(self, department: str | None = None) -> None: ...   # before it is shown: load, refresh
        def page_shown(self) -> None: ...                                 # after: where the focus goes

Titles are English source texts with their Alt-letter, marked with ``QT_TRANSLATE_NOOP("MainWindow", …)`` and
translated by the window (context ``MainWindow``); ``ui/core/mnemonics.py`` settles clashing letters. The
window builds a page on first use as ``cls(ctx)``, or as ``cls.for_window(ctx, window)`` when the page needs the
window (the header's search field, back navigation, the card in the reader). ``show_page(*args)`` and
``page_shown()`` are optional; the refresh of a page marked dirty while hidden is ``ui/core/refresh.py``'s.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from desk_app.services.persons import CardData
    from ui.context import AppContext

# The modules whose pages the desk shows (importing one registers its pages).
PAGE_MODULES = (
    "ui.home.page",
    "ui.search.page",
    "ui.cases.page",
    "ui.conflicts.page",
    "ui.person.page",
    "ui.intake.page",
    "ui.consultation.page",
    "ui.shop.reception",
    "ui.shop.queue_page",
    "ui.shop.display",
    "ui.shop.measures_page",
    "ui.appointments.page",
    "ui.reports.intake_page",
    "ui.reports.coordinator_page",
    "ui.reports.dashboard_page",
)

W = TypeVar("W", bound=QWidget)


class PageHost(Protocol):
    """What a page may ask of the window that shows it (``for_window``)."""

    search_field: QLineEdit

    def open_page(self, name: str, *args: object) -> QWidget | None: ...

    def back(self) -> None: ...

    def read_card(self) -> None: ...

    def reader_card(self) -> CardData | None: ...


@dataclass(frozen=True)
class PageSpec:
    name: str
    cls: type[QWidget]
    title: str = ""  # the navigation button's text (English source with its Alt-letter; context MainWindow)
    menu_title: str = ""  # the View menu's text; the title when empty
    shortcuts: tuple[str, ...] = ()  # open the page from anywhere in the window
    roles: frozenset[str] | None = None  # the roles (wire.roles.ROLES) that see it; None: every role
    nav: int | None = None  # its place in the navigation and the View menu (low first); None: not listed there
    menus: tuple[str, ...] = ()  # further menus that list it ("sync")
    revisit: bool = True  # Alt+← may return to it (an intake is left, never returned to)
    prebuild: bool = False  # built right after the first paint (before the clerk needs it)

    def visible_to(self, role: str) -> bool:
        return self.roles is None or role in self.roles


_PAGES: dict[str, PageSpec] = {}


def register_page(name: str, *, title: object = "", menu_title: object = "", shortcuts: tuple[str, ...] = (),
                  roles: frozenset[str] | set[str] | tuple[str, ...] | None = None, nav: int | None = None,
                  menus: tuple[str, ...] = (), revisit: bool = True,
                  prebuild: bool = False) -> Callable[[type[W]], type[W]]:
    """Class decorator: register the page ``name`` (see the module's docstring). A name is registered once; the
    same class again (a module imported twice) is no change. ``title`` and ``menu_title`` are texts marked with
    ``QT_TRANSLATE_NOOP("MainWindow", …)`` (typed ``object`` by PySide6)."""

    def register(cls: type[W]) -> type[W]:
        spec = PageSpec(name, cls, str(title), str(menu_title), tuple(shortcuts),
                        frozenset(roles) if roles is not None else None, nav, tuple(menus), revisit, prebuild)
        known = _PAGES.get(name)
        if known is not None and known.cls.__qualname__ != cls.__qualname__:
            raise ValueError(f"page {name!r} is already registered by {known.cls.__module__}.{known.cls.__qualname__}")
        if nav is not None and not title:
            raise ValueError(f"page {name!r} is in the navigation and needs a title")
        for other in _PAGES.values():
            taken = set(other.shortcuts) & set(spec.shortcuts)
            if other.name != name and taken:
                raise ValueError(f"page {name!r}: {', '.join(sorted(taken))} already opens page {other.name!r}")
        _PAGES[name] = spec
        return cls

    return register


def unregister_page(name: str) -> None:
    """Forget a page (tests that register one of their own)."""
    _PAGES.pop(name, None)


def build(spec: PageSpec, ctx: AppContext, host: PageHost) -> QWidget:
    """A new page of ``spec``: ``cls.for_window(ctx, host)`` when the class has it, else ``cls(ctx)``."""
    factory = getattr(spec.cls, "for_window", None)
    if factory is not None:
        return cast(QWidget, factory(ctx, host))
    return cast("Callable[[AppContext], QWidget]", spec.cls)(ctx)


def load_pages() -> None:
    """Import the page modules, which register their pages."""
    for module in PAGE_MODULES:
        importlib.import_module(module)


def pages() -> list[PageSpec]:
    """Every registered page, in the order of registration."""
    return list(_PAGES.values())


def page_spec(name: str) -> PageSpec:
    try:
        return _PAGES[name]
    except KeyError:
        raise KeyError(f"no page {name!r} is registered (known: {', '.join(sorted(_PAGES))})") from None


def navigation() -> list[PageSpec]:
    """The pages in the navigation, in their order."""
    return sorted((s for s in _PAGES.values() if s.nav is not None), key=lambda s: (s.nav or 0, s.name))
