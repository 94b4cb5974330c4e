"""The command line's exit statuses, as HeyGen's own CLI has them (scripts test for these)."""

EXIT_OK = 0
EXIT_FAILED = 1  # an API error or a failed job; for `check`, an error finding
EXIT_USAGE = 2  # a usage mistake or an input that cannot be read
EXIT_AUTH = 3  # authentication (a missing, wrong or refused key)
EXIT_TIMEOUT = 4  # a --wait that ran out of time
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT

EXIT_FINDINGS = EXIT_FAILED  # `check`: the file has error findings
EXIT_UNREADABLE = EXIT_USAGE  # `check`: the file cannot be read
