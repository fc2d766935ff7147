"""What the desk and the case store must agree on, in one place (stdlib only; imports no Loket package):
the roles and what each may do (``wire.roles``)."""
