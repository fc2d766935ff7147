"""The demo's accounts, which the built-in case store seeds (``casestore.embedded``) and a desk in demo mode
lets in when that case store did not start (``desk_app.services.accounts``). Synthetic, demo mode only."""

from __future__ import annotations

from wire.roles import ADMINISTRATOR, COORDINATOR, COUNTER_CLERK, MANAGEMENT, OUTREACH, THEME_DESK

DEMO_PASSWORD = "loket-demo"
# (username, role, department, display name)
DEMO_ACCOUNTS: tuple[tuple[str, str, str | None, str], ...] = (
    ("admin", ADMINISTRATOR, None, "Demo Administrator"),
    ("clerk", COUNTER_CLERK, "burgerzaken", "Demo Loketmedewerker"),
    ("outreach", OUTREACH, "buurtwerking", "Demo Outreach"),
    ("advisor", THEME_DESK, "sociaal_huis", "Demo Themaloket Sociaal Huis"),
    ("coordinator", COORDINATOR, None, "Demo Coördinator"),
    ("manager", MANAGEMENT, None, "Demo Stadsbestuur"),
)
