"""Type-ahead search over persons and cases."""
