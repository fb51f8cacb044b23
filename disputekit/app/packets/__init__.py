"""Building a case's packet: what goes in, the pre-check that says what blocks it, and the 12315
fill sheet's fields and ticks."""
