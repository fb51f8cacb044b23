"""Many buyers, one seller: the keys that tie cases to a seller, and their groups."""
