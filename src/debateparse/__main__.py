"""``python -m debateparse``: the command line."""

import sys

from debateparse.cli import main

sys.exit(main())
