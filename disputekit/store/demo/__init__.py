"""The demo cases and the pictures drawn for them."""
