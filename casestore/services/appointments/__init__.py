"""Theme-desk appointments (issue 16, server side): the services, advisors, hours and rooms from
``resources/shop/appointments.yaml``; free slots; book, move, cancel (also by the citizen's cancellation
reference) and check in; the confirmation and the reminder the day before; the synced ``appointment`` record.

**Who may.** Counter clerks, theme-desk advisors, coordinators and outreach workers (who plan their own home
visits); administrators get ``403``. A person named in a booking must exist and be in the caller's view (a
booking would otherwise bring a stranger into an advisor's caseload).

**Free slots.** For each advisor who gives the service: within their working hours and the shop's opening
hours (a home visit only within the working hours), not on a Belgian public holiday or a city closing day,
not overlapping the advisor's appointments, with a free room of the service's department (a home visit needs
none), lasting ``minutes + extra_minutes_per_person × (persons - 1)``, starting on the grid (every
``grid_minutes``) and after now. One query per request reads every appointment of those advisors and rooms in
the range; the rest is computed here (``free_slots``).

**Booking twice at once.** A booking (or a move) locks the rows ``advisor:<name>`` of its candidate advisors
and ``rooms:<department>`` in ``cs_appointment_lock`` (``SELECT … FOR UPDATE`` on PostgreSQL, in key order;
on SQLite every writing transaction begins with ``BEGIN IMMEDIATE``, so they run one after the other), then
reads what overlaps under the lock: of two desks booking overlapping times for one advisor or the last room,
exactly one wins; the other gets ``409 slot_taken`` with the next free slot. A request id (per device) makes a
booking idempotent: the same request again answers with the same appointment.

**Messages.** Booking, moving and cancelling queue a message to the citizen in their channel (the person's
``preferred_channel``: e-mail or SMS through the gateway, a letter is kept ``to_print``), in their language;
``due_reminders(now)`` queues the reminder for every appointment of the next day (``python -m casestore.cli
appointments remind``). Each message's id is derived from the appointment, its kind and its time, so a
re-sent request or a second reminder run never sends one twice.

**The modules.** ``config`` reads the appointments file (services, advisors, rooms, opening hours) and gives
an advisor's ``windows``; ``slot_search`` finds the free slots (busy intervals, ISO times) and says who may
book; ``booking`` books, moves, cancels, checks in and lists (the locks, the idempotency, the synced record);
``messages`` composes and queues the confirmations and the reminders. Other code imports the public names from
here, as when this was one module (``from casestore.services import appointments``).
"""

from __future__ import annotations

from casestore.services.appointments.booking import (
    MAX_LIST_DAYS,
    MAX_PLACE,
    MAX_REASON,
    REF_ALPHABET,
    REF_LENGTH,
    SlotTaken,
    appointment_view,
    book,
    cancel,
    check_in,
    listing,
    move,
    normalise_ref,
    record_data,
)
from casestore.services.appointments.config import (
    CONFIG_FILE,
    LANGUAGES,
    WEEKDAYS,
    Advisor,
    AppointmentConfigError,
    Config,
    Hours,
    Service,
    load_config,
    parse_config,
    services_info,
    windows,
)
from casestore.services.appointments.messages import (
    due_reminders,
    message_id,
    run_reminders,
    send_reminders,
)
from casestore.services.appointments.slot_search import (
    BOOKING_ROLES,
    MAX_DAYS,
    MAX_PERSONS,
    Slot,
    free_slots,
    require_booker,
    slot_view,
    slots,
)

__all__ = [
    "BOOKING_ROLES",
    "CONFIG_FILE",
    "LANGUAGES",
    "MAX_DAYS",
    "MAX_LIST_DAYS",
    "MAX_PERSONS",
    "MAX_PLACE",
    "MAX_REASON",
    "REF_ALPHABET",
    "REF_LENGTH",
    "WEEKDAYS",
    "Advisor",
    "AppointmentConfigError",
    "Config",
    "Hours",
    "Service",
    "Slot",
    "SlotTaken",
    "appointment_view",
    "book",
    "cancel",
    "check_in",
    "due_reminders",
    "free_slots",
    "listing",
    "load_config",
    "message_id",
    "move",
    "normalise_ref",
    "parse_config",
    "record_data",
    "require_booker",
    "run_reminders",
    "send_reminders",
    "services_info",
    "slot_view",
    "slots",
    "windows",
]
