"""``python -m loket``: the same as ``desk-app``."""

import sys

from loket.cli import main

sys.exit(main())
