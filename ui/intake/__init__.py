"""Intake forms generated from the catalogue, with drafts that survive a crash."""
