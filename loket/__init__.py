"""The launcher: the one package above all the others (``desk-app`` → ``loket.cli.main``).

It decides the start-up order (the domain and store before PySide6, then the GUI), assembles the
command line from the packages' own commands (``desk_app.cli``, ``eid.cli``, ``sync.cli``,
``casestore.cli``, ``desk_app.outbox_cli``) and runs demo mode (``loket.demo``: built-in case store,
simulated card reader, demo citizens). It is the only package that may import every other one; none
imports it (``tests/test_layers.py``).
"""
