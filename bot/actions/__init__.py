"""Actions out: calendar invitations, memos and reminders, each a plug-in of the pipeline."""
