"""`python -m proofreader.cli`: the command line without the window."""

import sys

from proofreader.cli import main

sys.exit(main())
