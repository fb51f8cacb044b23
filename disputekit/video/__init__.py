"""Screen recordings: what a video file is (`probe`), and its key frames (`keyframes`), with
PyAV from the optional `[video]` extra. Without the extra a recording is still kept as evidence;
only what needs decoding (its picture size, a thumbnail, key frames) says how to enable it.
"""
