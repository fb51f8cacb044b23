"""The evidence vault: content-addressed files, their rows, checks and thumbnails."""
