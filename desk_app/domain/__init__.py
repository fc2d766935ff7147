"""Pure domain rules: no database, no Qt."""
