"""The clerk's side of synchronisation: its status in the status bar (``status``) and the conflict screen
with the changes the case store refused (``page``). Named for the screen, not "sync", so that inside ``ui``
the name ``sync`` is only ever the top-level sync package."""
