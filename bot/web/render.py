"""Templates (templates/web/) with autoescape, and how values read on a page."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from bot.actions.clock import stored_page_when
from bot.config.output_sections import shipped_templates
from bot.meetings.confidence_reasons_th import confidence_reason_th
from bot.meetings.field_names import (
    ACTION_NAMES,
    DEADLINE_NAMES,
    FIELD_NAMES,
    MAIL_KIND_NAMES,
    MEMO_KIND_NAMES,
    MESSAGE_KIND_NAMES,
    MODE_NAMES,
    STATUS_NAMES,
    WORK_STATE_NAMES,
    field_name,
    named,
)
from bot.meetings.hold_reasons_th import hold_reason_th
from bot.understanding.browser_url import browser_host, text_without_links
from bot.understanding.rules import is_rule
from bot.web.csrf import csrf_token

TEMPLATE_DIR = shipped_templates("web")
HOME_ZONE = ZoneInfo("Asia/Bangkok")

templates = Jinja2Templates(directory=TEMPLATE_DIR)

# Field names as a person reads them, Thai first.
FIELD_LABELS = {name: field_name(name) for name in FIELD_NAMES}
STATE_LABELS = {
    "held": "รออนุมัติ / held",
    "needs_review": "รอตรวจ / needs review",
    **{status: named(STATUS_NAMES, status) for status in STATUS_NAMES},
    "past": "ผ่านไปแล้ว / past",
}


def bangkok(value: Any, zone: str | None = None) -> str:
    """A date or time as officers read it (`clock.page_when`): Buddhist era first, in
    Bangkok time, the organiser's clock in brackets when their `zone` differs."""
    return stored_page_when(value, HOME_ZONE, zone)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", getattr(request.state, "user", None))
    context["csrf_token"] = csrf_token(request)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


templates.env.filters["bangkok"] = bangkok
templates.env.filters["host"] = browser_host
templates.env.filters["inert"] = text_without_links
# Codes as a person reads them: `{{ m.kind | th("message_kind") }}`.
WORD_TABLES = {
    "deadline_kind": DEADLINE_NAMES,
    "mode": MODE_NAMES,
    "message_kind": MESSAGE_KIND_NAMES,
    "state": WORK_STATE_NAMES,
    "action": ACTION_NAMES,
    "memo_kind": MEMO_KIND_NAMES,
    "mail_kind": MAIL_KIND_NAMES,
}
templates.env.filters["th"] = lambda code, table: (
    "" if code is None else named(WORD_TABLES[table], str(code))
)
templates.env.filters["hold_reason_th"] = hold_reason_th
templates.env.filters["confidence_reason_th"] = confidence_reason_th
# (the name of the rule that read a value is for tuning the extractor, not for the officer)
templates.env.tests["rule"] = is_rule
templates.env.globals["FIELD_LABELS"] = FIELD_LABELS
templates.env.globals["STATE_LABELS"] = STATE_LABELS
# Fields of words as the mail wrote them, where a URL may stand among them.
templates.env.globals["FREE_TEXT_FIELDS"] = ("venue", "city", "country", "sponsorship", "title")
