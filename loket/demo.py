"""Demo mode (``desk-app --demo``): the launcher's, since it starts the built-in case store (``casestore``),
the simulated card reader (``eid``) and the desk's store (``desk_app``); it imports no Qt.

    env = DemoEnvironment(data_dir=None).start()   # demo data dir, demo citizens, built-in case store,
    env.loket, env.server_url, env.username, ...   # simulated card reader with demo cards
    env.stop()

The data dir is the platform's user data dir + ``/demo`` unless one is given (``--data-dir`` or
``LOKET_DATA_DIR``). The built-in case store
runs in a child process on loopback (its own interpreter, so it never slows the GUI) with the demo
accounts (``casestore.embedded.DEMO_ACCOUNTS``, password ``loket-demo``). The card reader is a private
pcscd + vpcd with the eid package's demo cards; without pcscd/vpcd the demo runs without a reader.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any

from desk_app.paths import demo_data_dir

if TYPE_CHECKING:
    from casestore.embedded import RunningServer
    from eid.simulator.demo import DemoReader
    from sync.tokens import Credentials

log = logging.getLogger(__name__)

DEMO_PERSONS = 400
DEMO_CASES = 250


class MemoryTokenStore:
    """Sign-in tokens for the demo's own case store, kept in memory (the demo signs in at every start)."""

    def __init__(self) -> None:
        self._creds: dict[str, Credentials] = {}
        self._lock = threading.Lock()

    def load(self, server_url: str) -> Credentials | None:
        with self._lock:
            return self._creds.get(server_url.rstrip("/"))

    def save(self, server_url: str, creds: Credentials) -> None:
        with self._lock:
            self._creds[server_url.rstrip("/")] = creds

    def clear(self, server_url: str) -> None:
        with self._lock:
            self._creds.pop(server_url.rstrip("/"), None)


class DemoEnvironment:
    def __init__(self, data_dir: str | os.PathLike[str] | None = None, *, reader: bool = True,
                 case_store: bool = True, persons: int = DEMO_PERSONS, cases: int = DEMO_CASES) -> None:
        self.root = demo_data_dir(data_dir)
        self.want_reader = reader
        self.want_case_store = case_store
        self.n_persons = persons
        self.n_cases = cases
        self.loket: Any = None  # the opened Loket once start() ran
        self.server: RunningServer | None = None
        self.reader: DemoReader | None = None
        self.token_store = MemoryTokenStore()
        self.username = "clerk"
        from wire.demo import DEMO_PASSWORD

        self.password = DEMO_PASSWORD

    @property
    def server_url(self) -> str:
        return self.server.url if self.server is not None else ""

    def start(self) -> DemoEnvironment:
        if self.want_reader:
            # before any PC/SC call of this process (libpcsclite reads the socket path once)
            from eid.simulator.harness import prepare_client_environment

            prepare_client_environment()
        from desk_app.app import Loket

        self.loket = Loket.open(self.root, demo=True)
        s = self.loket.settings
        if not s.staff_user:
            s.staff_user, s.staff_name, s.role = self.username, "Demo Loketmedewerker", "counter"
        s.location = s.location or "Stadswinkel"
        threads = []
        if self.want_case_store:
            threads.append(threading.Thread(target=self._start_case_store, name="demo-casestore"))
        if self.want_reader:
            threads.append(threading.Thread(target=self._start_reader, name="demo-reader"))
        for t in threads:
            t.start()
        self._fill()
        self._addresses()
        for t in threads:
            t.join()
        if self.server is not None:
            s.server_url = self.server.url
        s.save(self.loket.paths.config / "settings.json")
        return self

    def _fill(self) -> None:
        from sqlalchemy import func, select

        from desk_app.store.models import Person

        with self.loket.store.read() as session:
            n = session.scalar(select(func.count()).select_from(Person)) or 0
        if n > 0:
            return
        # In small batches: desk_app.demo's pending generator can walk a case past a final status
        # (e.g. rejected → closed) and then refuses the whole batch; another seed is tried then.
        chunks = max(1, self.n_cases // 10)
        per_persons = max(1, self.n_persons // chunks)
        seed = 7
        # Seeding is the demo's own doing, not the signed-in user's: it may make every kind of case work
        # whatever role the demo account had last time (an administrator may not, by the role table).
        from desk_app.services.outbox import ROLE

        info = self.loket.store.session_info
        previous = info.get(ROLE)
        info[ROLE] = "coordinator"
        try:
            self._generate(chunks, per_persons, seed)
            self._agenda()
        finally:
            if previous is None:
                info.pop(ROLE, None)
            else:
                info[ROLE] = previous
        import gc

        gc.collect()  # the desk starts with the collector off (loket.cli.prepare_gui_start); a demo load is big

    def _addresses(self) -> None:
        """The synthetic city's address register (offline geocoding of citizen reports), on first start."""
        from desk_app.services.address_register import RegisterError, import_demo_if_empty

        try:
            import_demo_if_empty(self.loket.store)
        except RegisterError as e:  # the demo goes on without offline geocoding
            log.warning("demo address register not imported: %s", e)

    def _generate(self, chunks: int, per_persons: int, seed: int) -> None:
        from desk_app.demo import generate

        for _ in range(chunks):
            for _attempt in range(20):
                seed += 1
                try:
                    generate(self.loket.store, self.loket.catalogue, per_persons, 10, seed=seed, pending=True,
                             actor=self.username)
                    break
                except ValueError:
                    continue

    def _agenda(self) -> None:
        """Today's appointments (counter, theme desks, home visits), contact moments and notes, so that
        every role's home screen and the 360° view have something to show."""
        import datetime as dt
        import random
        import uuid

        from sqlalchemy import select

        from desk_app.services import outbox
        from desk_app.store.models import Appointment, Case, ContactMoment, Note, Person

        rng = random.Random(11)
        today = dt.datetime.now(dt.UTC).replace(hour=7, minute=30, second=0, microsecond=0)  # 08:30 CET
        desks = [("Burgerzaken", "Aanvraag identiteitskaart"), ("Sociaal Huis", "Gesprek energiepremie"),
                 ("Wonen", "Advies huurcontract"), ("home_visit", "Huisbezoek: hulp bij aanvraag"),
                 ("Burgerzaken", "Adreswijziging afronden"), ("Sociaal Huis", "Opvolging schuldbemiddeling")]
        actor = self.username
        with self.loket.store.write() as s:
            people = s.scalars(select(Person).limit(60)).all()
            cases = {c.person_id: c.id for c in s.scalars(select(Case).limit(200))}
            for i in range(14):
                p = people[rng.randrange(len(people))]
                desk, subject = desks[i % len(desks)]
                start = today + dt.timedelta(minutes=30 * i + rng.choice((0, 10, 15)))
                a = Appointment(id=str(uuid.uuid4()), person_id=p.id, case_id=cases.get(p.id), desk=desk,
                                starts_at=start, ends_at=start + dt.timedelta(minutes=20),
                                advisor=rng.choice(("An Verstraete", "Koen Maes", "Fatima Benali")), subject=subject)
                s.add(a)
                outbox.record_create(s, "appointment", a, actor)
            for p in people[:40]:
                at = dt.datetime.now(dt.UTC) - dt.timedelta(days=rng.randrange(2, 400))
                m = ContactMoment(id=str(uuid.uuid4()), person_id=p.id, channel=rng.choice(("counter", "phone", "email")),
                                  subject=rng.choice(("Vraag over afvalkalender", "Info over premies",
                                                      "Vraag naar stand van dossier", "Afspraak gemaakt")),
                                  summary="", staff=actor, at=at)
                s.add(m)
                outbox.record_create(s, "contact_moment", m, actor)
                if rng.random() < 0.4:
                    n = Note(id=str(uuid.uuid4()), person_id=p.id, text="Spreekt liever Frans aan de telefoon.",
                             author=actor, at=at + dt.timedelta(minutes=5))
                    s.add(n)
                    outbox.record_create(s, "note", n, actor)

    def _start_case_store(self) -> None:
        from casestore import embedded

        try:
            self.server = embedded.start(f"sqlite:///{self.root / 'casestore.db'}", demo=True, demo_reports=True,
                                         mode="process")
        except Exception as exc:  # the demo still works offline
            log.warning("demo case store did not start: %s", exc)

    def _start_reader(self) -> None:
        try:
            from eid.simulator.demo import DemoReader
            from eid.simulator.harness import pcsc_available

            ok, why = pcsc_available()
            if not ok:
                log.warning("demo card reader not started: %s", why)
                return
            self.reader = DemoReader().start()  # the synthetic demo cards in resources/cards
        except Exception as exc:
            self.reader = None
            log.warning("demo card reader did not start: %s", exc)

    def stop(self) -> None:
        if self.reader is not None:
            try:
                self.reader.stop()
            except Exception:
                log.exception("stopping the demo reader failed")
            self.reader = None
        if self.server is not None:
            try:
                self.server.stop()
            except Exception:
                log.exception("stopping the demo case store failed")
            self.server = None
        if self.loket is not None:
            try:
                self.loket.close()
            except Exception:
                log.exception("closing the demo store failed")
