"""`python -m disputekit` is the same as the `disputekit` command."""

from disputekit.cli import main

raise SystemExit(main())
