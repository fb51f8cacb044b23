"""Entry script of the standalone app: the same as the `disputekit` command."""

import multiprocessing
import sys

from disputekit.cli import main

if __name__ == "__main__":
    # The packet's image workers are processes: in a frozen app they start as this executable,
    # and freeze_support() turns such a start into the worker instead of a second CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
