"""``python -m evidence_audit`` is the same as the ``evidence-audit`` command."""

import sys

from .cli import main

sys.exit(main())
