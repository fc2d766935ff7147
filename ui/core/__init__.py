"""Shared GUI machinery: the background-operation pool, the change bus, error wording, formatting."""
