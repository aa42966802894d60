"""Emitters: each turns the topic model into one output (the deck, the cheat sheet)."""
