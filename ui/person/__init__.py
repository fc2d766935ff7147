"""The 360° view of a citizen."""
