"""The values some fields hold: money, numbers in words, ID numbers and the 统一社会信用代码."""
