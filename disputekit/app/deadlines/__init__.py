"""Deadlines across cases: the dashboard's figures, reminders, platform periods dismissed, and the
calendar export."""
