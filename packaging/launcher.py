"""Entry script of the frozen app: PyInstaller needs a file; the work is in proofreader.app.

PROOFREADER_BUNDLE_PROBE=1 runs the bundle check (bundle_probe.py) instead of the app.
"""

import os
import sys


def run() -> int:
    if os.environ.get("PROOFREADER_BUNDLE_PROBE") == "1":
        import bundle_probe

        return bundle_probe.main()
    from proofreader.app import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
