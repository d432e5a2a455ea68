"""Where mail comes from: IMAP folders, the local Maildir, and one-shot imports."""
