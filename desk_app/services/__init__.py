"""Services: the only way the UI, the CLI and sync change the local store."""
