"""Configuration: settings, where they are read from, and the plain-words check."""
