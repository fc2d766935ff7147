"""Demo mode support: a private virtual reader with a menu of demo cards.

    from eid.simulator.harness import prepare_client_environment
    prepare_client_environment()          # at app start, before ANY PC/SC call (see harness)

    demo = DemoReader().start()           # private pcscd + one virtual reader
    for card in demo.cards: menu.add(card.label, lambda k=card.key: demo.insert(k))
    demo.insert("v18-ec"); ...; demo.remove()
    demo.stop()                           # at app exit

The app then reads through the normal path (``EidReader``, ``CardMonitor``) and sees the
virtual reader ``demo.reader_name``. All demo people are synthetic, or the public specimen
test cards when ``../shared/eid/cards`` is available. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from cryptography import x509

from eid.simulator.card import CardImage, SimOptions, load_commons_eid_set
from eid.simulator.harness import VirtualReaderStack
from eid.simulator.synthetic import SYNTHETIC_KINDS, synthetic_card, synthetic_options, synthetic_pki
from eid.verify import load_certificates

__all__ = ["DemoCard", "DemoReader", "default_images_dir", "demo_cards"]


@dataclass(frozen=True)
class DemoCard:
    key: str
    label: str
    load: Callable[[], tuple[CardImage, SimOptions]]


_LABELS = {
    "v18-ec": "Belgian citizen (applet 1.8, NL)",
    "v18-ec-fr": "Belgian citizen (applet 1.8, FR)",
    "v18-ec-de": "Belgian citizen (applet 1.8, DE)",
    "v17-rsa": "Belgian citizen (applet 1.7)",
    "foreigner": "Foreigner card A",
    "foreigner-eu": "EU citizen card",
    "kids": "Kids card",
    "year-only": "Birth date: year only",
    "tampered-identity": "Tampered card (identity altered)",
    "tampered-photo": "Tampered card (photo altered)",
    "not-activated": "Card not activated",
    "not-eid": "Not an eID (bank card)",
}


def _synthetic(kind: str) -> Callable[[], tuple[CardImage, SimOptions]]:
    return lambda: (synthetic_card(kind), synthetic_options(kind))


def default_images_dir() -> Path:
    """``resources/cards``: pre-generated synthetic demo card images (see its README)."""
    try:
        path = Path(str(importlib_resources.files("resources").joinpath("cards")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources" / "cards"


def _from_image(directory: Path) -> Callable[[], tuple[CardImage, SimOptions]]:
    def load() -> tuple[CardImage, SimOptions]:
        image = CardImage.from_directory(directory)
        kind = image.meta.get("kind", directory.name)
        return image, synthetic_options(kind)

    return load


def demo_cards(shared_cards: Path | None = None, images: Path | None = None) -> list[DemoCard]:
    """Demo cards: the pre-generated images in ``images`` (default ``resources/cards``) or, for
    kinds without an image, synthetic cards made on the fly; plus the public specimen cards
    when ``shared_cards`` exists."""
    images = default_images_dir() if images is None else images
    cards = []
    for key, label in _LABELS.items():
        if key not in SYNTHETIC_KINDS:
            continue
        image_dir = images / key
        complete = (image_dir / "card.json").is_file() and any(image_dir.glob("3F00DF014031*"))
        load = _from_image(image_dir) if complete else _synthetic(key)
        cards.append(DemoCard(key, label, load))
    if shared_cards is not None and shared_cards.is_dir():
        alice = shared_cards / "specimen-alice"
        if alice.is_dir():
            cards.append(DemoCard("specimen-alice", "Specimen Alice (public test card)",
                                  lambda: (CardImage.from_directory(alice), SimOptions())))
        ec = shared_cards / "commons-eid" / "test-eid-v17-ec"
        if ec.is_dir():
            cards.append(DemoCard("test-eid-v17-ec", "Specimen Nora (public EC test card)",
                                  lambda: (load_commons_eid_set(ec), SimOptions())))
    return cards


class DemoReader:
    """A virtual reader for demo mode, with insert/remove of demo cards (thread-safe)."""

    def __init__(self, shared_cards: Path | None = None, images: Path | None = None) -> None:
        self.images = default_images_dir() if images is None else images
        self.cards = demo_cards(shared_cards, self.images)
        self._by_key = {c.key: c for c in self.cards}
        self._stack: VirtualReaderStack | None = None
        self._lock = threading.Lock()
        self.inserted_key: str | None = None

    @property
    def reader_name(self) -> str:
        if self._stack is None:
            raise RuntimeError("demo reader not started")
        return self._stack.reader_name

    @property
    def stack(self) -> VirtualReaderStack | None:
        return self._stack

    def demo_roots(self) -> list[x509.Certificate]:
        """Test roots of the demo cards (pass as ``extra_roots`` to show demo cards as valid;
        never trust them outside demo mode): the image set's roots and the runtime ones."""
        roots = [c for f in sorted(self.images.glob("demo-test-root-*.pem")) for c in load_certificates(f)]
        return roots + self.synthetic_roots()

    @staticmethod
    def synthetic_roots() -> list[x509.Certificate]:
        """The runtime synthetic test roots (for cards made on the fly)."""
        return [synthetic_pki("ec").root_cert, synthetic_pki("rsa").root_cert]

    def start(self) -> DemoReader:
        with self._lock:
            if self._stack is None:
                self._stack = VirtualReaderStack(slots=1).start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._stack is not None:
                self._stack.stop()
                self._stack = None
                self.inserted_key = None

    def insert(self, key: str, *, wait: bool = False) -> None:
        """Insert the demo card ``key`` (replacing any card). ``wait`` blocks until pcscd sees it;
        otherwise the CardMonitor reports the insertion as for a real card."""
        card = self._by_key.get(key)
        if card is None:
            raise KeyError(f"unknown demo card {key!r}")
        image, options = card.load()
        with self._lock:
            if self._stack is None:
                raise RuntimeError("demo reader not started")
            if self._stack.card().inserted:
                self._stack.remove(wait=True)
            self._stack.insert(image, options, wait=wait)
            self.inserted_key = key

    def remove(self, *, wait: bool = False) -> None:
        with self._lock:
            if self._stack is not None and self._stack.card().inserted:
                self._stack.remove(wait=wait)
            self.inserted_key = None

    def __enter__(self) -> DemoReader:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
