"""``python -m bouncegui`` starts the window."""

import sys

from bouncegui.app import main

sys.exit(main())
