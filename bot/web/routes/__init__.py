"""One module per page; each exports `routes`."""
