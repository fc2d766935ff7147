"""Citizen reports (meldingen) at the desk: the map and the intake page."""
