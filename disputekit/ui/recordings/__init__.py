"""Key frames of a screen recording: taking them (progress, cancel) and ticking which go into a
packet."""
