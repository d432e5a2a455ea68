"""Thai memos (บันทึกข้อความ) and the English reply, drafted from a meeting.

The wording lives in templates/memo/ (one DOCX per memo kind, the reply as text);
this package gathers the facts, renders DOCX, an HTML preview and a PDF, and never
sends anything: every output is a draft for a person.
"""
