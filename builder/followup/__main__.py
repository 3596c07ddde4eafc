"""`python -m followup`: the same command as `followup`."""

from followup.cli import main

raise SystemExit(main())
