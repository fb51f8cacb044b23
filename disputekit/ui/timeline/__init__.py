"""The timeline tab: the case's events, their model, view and editor dialog."""
