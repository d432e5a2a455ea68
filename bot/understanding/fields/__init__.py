"""One module per family of meeting fields; each reads a `MessageText` and returns values."""
