"""Answers of the reports' dashboard (``/v1/reports/dashboard/*``, issue 15); every figure is defined in
``casestore.services.report_dashboard``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Period(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: str = Field(alias="from", description="first day, YYYY-MM-DD (Belgian local date)")
    to: str = Field(description="last day, included")


class Share(BaseModel):
    share: float | None = Field(description="closed_in_time / counted; none when nothing counted")
    closed_in_time: int
    counted: int
    basis: str = Field(description="solved_in_period (definition a) or reported_in_period (definition b)")
    definition: str = Field(description="the exact definition, in words")


class LeadTime(BaseModel):
    median: float | None = Field(description="days, of the reports solved in the period")
    p90: float | None
    counted: int


class Breakdown(BaseModel):
    key: str
    name: str
    reports: int = Field(description="reported in the period")
    solved: int = Field(description="solved in the period")
    within_term_share: float | None = Field(description="definition a")
    within_10_working_days_share: float | None = Field(description="definition a")
    median_days: float | None
    p90_days: float | None


class By(BaseModel):
    category: list[Breakdown]
    department: list[Breakdown]
    zone: list[Breakdown]


class Summary(BaseModel):
    period: Period
    reports: int = Field(description="main reports reported in the period (sub-tasks never count)")
    closed: int = Field(description="of those, closed now (solved or cancelled)")
    open: int = Field(description="of those, open now")
    cancelled: int = Field(description="of those, cancelled")
    solved_in_period: int
    within_term: Share
    within_10_working_days: Share
    within_term_of_reported: Share
    within_10_working_days_of_reported: Share
    lead_time_days: LeadTime
    by: By


class Hotspot(BaseModel):
    key: str
    name: str
    reports: int
    previous: int = Field(description="in the period of equal length just before")
    delta: int
    change: float | None = Field(description="(reports - previous) / previous; none when previous is 0")


class Hotspots(BaseModel):
    by: str
    period: Period
    previous_period: Period
    items: list[Hotspot]


class HeatCell(BaseModel):
    lat: float = Field(description="the cell's centre")
    lon: float
    n: int


class Heat(BaseModel):
    cell_m: int
    period: Period
    cells: list[HeatCell]


class ChannelCounts(BaseModel):
    digital: int
    phone: int
    counter: int
    outreach: int


class ChannelShares(BaseModel):
    digital: float | None
    phone: float | None
    counter: float | None
    outreach: float | None


class ChannelMonth(BaseModel):
    month: str = Field(description="YYYY-MM")
    complete: bool = Field(description="false: the period covers only part of the month")
    total: int
    counts: ChannelCounts
    shares: ChannelShares


class ChannelTotal(BaseModel):
    counts: ChannelCounts
    shares: ChannelShares


class Channels(BaseModel):
    target: ChannelShares
    period: Period
    months: list[ChannelMonth]
    total: ChannelTotal
    scope: str
