"""Mail in: raw RFC 5322 bytes to a `MailDocument` of clean text and attachments."""
