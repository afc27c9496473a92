"""Hand-written evaluation corpora: chat frames in several languages, filled with Faker values."""
