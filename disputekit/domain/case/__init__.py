"""The case: its model, the JSON contract it is read from and written to, and the vocabulary and
values (money, ID numbers) its fields hold."""
