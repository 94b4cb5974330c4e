"""heygen."""
