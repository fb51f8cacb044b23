"""The deadlines tab, countdowns, the deadline reminders and the volunteer dashboard."""
