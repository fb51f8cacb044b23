"""Deadlines: the working-day calendar, clocks, the rulebook of statutory periods and the one judge
of each deadline's state."""
