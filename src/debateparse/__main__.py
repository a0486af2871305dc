"""``python -m debateparse``: the command line."""

import sys

from debateparse.entry import main

sys.exit(main())
