"""Widgets, form binding, palette, fonts, vocabulary labels and language helpers that more
than one feature uses."""
