"""Answers of the reports' dashboard (``/v1/reports/dashboard/*``, issue 15); every figure is defined in
``casestore.services.report_dashboard``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DashboardPeriod(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: str = Field(alias="from", description="first day, YYYY-MM-DD (Belgian local date)")
    to: str = Field(description="last day, included")


class DashboardShare(BaseModel):
    share: float | None = Field(description="closed_in_time / counted; none when nothing counted")
    closed_in_time: int
    counted: int
    basis: str = Field(description="solved_in_period (definition a) or reported_in_period (definition b)")
    definition: str = Field(description="the exact definition, in words")


class DashboardLeadTime(BaseModel):
    median: float | None = Field(description="days, of the reports solved in the period")
    p90: float | None
    counted: int
    definition: str = Field(description="the exact definition, in words")


class DashboardBreakdown(BaseModel):
    key: str
    name: str
    reports: int = Field(description="reported in the period")
    solved: int = Field(description="solved in the period")
    within_term_share: float | None = Field(description="definition a")
    within_10_working_days_share: float | None = Field(description="definition a")
    median_days: float | None
    p90_days: float | None


class DashboardBy(BaseModel):
    category: list[DashboardBreakdown]
    department: list[DashboardBreakdown]
    zone: list[DashboardBreakdown]


class DashboardSummary(BaseModel):
    period: DashboardPeriod
    reports: int = Field(description="main reports reported in the period (sub-tasks never count)")
    closed: int = Field(description="of those, closed now (solved or cancelled)")
    open: int = Field(description="of those, open now")
    cancelled: int = Field(description="of those, cancelled")
    solved_in_period: int
    within_term: DashboardShare
    within_10_working_days: DashboardShare
    within_term_of_reported: DashboardShare
    within_10_working_days_of_reported: DashboardShare
    lead_time_days: DashboardLeadTime
    by: DashboardBy


class DashboardHotspot(BaseModel):
    key: str
    name: str
    reports: int
    previous: int = Field(description="in the period of equal length just before")
    delta: int
    change: float | None = Field(description="(reports - previous) / previous; none when previous is 0")


class DashboardHotspots(BaseModel):
    by: str
    period: DashboardPeriod
    previous_period: DashboardPeriod
    items: list[DashboardHotspot]


class DashboardHeatCell(BaseModel):
    lat: float = Field(description="the cell's centre")
    lon: float
    n: int


class DashboardHeat(BaseModel):
    cell_m: int
    period: DashboardPeriod
    cells: list[DashboardHeatCell] = Field(description="densest first")
    truncated: bool = Field(description="more cells than the densest 20,000 shown")


class DashboardChannelCounts(BaseModel):
    digital: int
    phone: int
    counter: int
    outreach: int


class DashboardChannelShares(BaseModel):
    digital: float | None
    phone: float | None
    counter: float | None
    outreach: float | None


class DashboardChannelMonth(BaseModel):
    month: str = Field(description="YYYY-MM")
    complete: bool = Field(description="false: the period covers only part of the month")
    total: int
    counts: DashboardChannelCounts
    shares: DashboardChannelShares


class DashboardChannelTotal(BaseModel):
    counts: DashboardChannelCounts
    shares: DashboardChannelShares


class DashboardContactMonth(DashboardChannelMonth):
    reports: int
    cases: int = Field(description="the desk's cases taken in the month, by their intake channel")
    contact_moments: int


class DashboardAllContacts(BaseModel):
    months: list[DashboardContactMonth]
    total: DashboardChannelTotal


class DashboardChannels(BaseModel):
    target: DashboardChannelShares
    period: DashboardPeriod
    months: list[DashboardChannelMonth] = Field(description="citizen reports only")
    total: DashboardChannelTotal
    all_contacts: DashboardAllContacts | None = Field(
        description="reports, the desk's cases and contact moments together; none when a report filter is given")
    scope: str
