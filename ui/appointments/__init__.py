"""Appointments at theme desks (issue 16): book, move and cancel for a citizen, requests kept as "to book"
while the case store is unreachable, and check-in at reception (``page.py``)."""
