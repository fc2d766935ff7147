"""Home screens per role."""
