"""The officers' workspace: server-rendered pages over `bot.services`.

`app.py` builds the Starlette application; `auth.py` and `csrf.py` guard it; one
module per page under `routes/`; templates in templates/web/.
"""
