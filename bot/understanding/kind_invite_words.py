"""The words that invite a reader to a meeting, English and Thai ("are invited to", "ขอเชิญ",
"ส่งผู้แทน", a call for nominations, a council's summons), and those that only name an
invitation without making one (a moderator who invites attendees to speak, invitations still to
be sent). Kept apart from bot.understanding.kind_words, the other kinds' words, for size.
"""

from __future__ import annotations

import re

from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import prefiltered

# The post a nomination is for, when it is an office and not a seat at the meeting.
_FOR_OFFICE = r"[^.]{0,120}?\b(?:bureau|election|officers|vice-?chairs?|rapporteur|award|prize)\b"
INVITE = prefiltered(
    [
        *("invit", "pleased", "hono", "nominat", "call", "notice", "join", "ประกาศ"),
        *("ขอเชิญ", "เรียนเชิญ", "เชิญ", "ส่งผู้แทน", "มอบหมายผู้แทน", "พิจารณาผู้แทน", "เสนอชื่อผู้แทน"),
        # (not at every "are" and "is": only where they are informed)
        *(r"are\s+(?:hereby\s+)?informed", r"is\s+(?:hereby\s+)?informed"),
    ],
    # "(virtual, by invitation)" in an events list describes an event; it invites no one;
    # nor does one that invites applications, or candidates to a test; nor news of a guest
    # who came "at the invitation of" a host, nor an "invited speaker" of a programme
    # ("hereby invited" invites: since round thirteen "by" is a word of its own).
    # (nor an author's "accept the invitation to present", since round fourteen)
    # (nor a host's "at the kind invitation of the Government", since round fifteen)
    r"(?<!\bby\s)(?<!at\sthe\s)(?<!upon\sthe\s)(?<!accept\sthe\s)(?<!the\skind\s)"
    r"\binvit(?:e|ed|es|ing|ation)\b"
    r"(?!\s+(?:\w+\s+){0,2}?"
    r"(?:applications?|candidates|proposals|bids|tenders|quotations|expressions?\s+of\s+interest"
    # (kinds22: round seventeen: nor authors asked for their papers, "invited to submit full
    # papers": what is asked for is a document, as above)
    r"|(?:full\s+)?(?:papers?|abstracts?|manuscripts?)\b"
    # a registration page's "NGOs are invited to pre-register": a way to sign up, no invitation
    r"|(?<=to\s)(?:pre-?)?regist|(?<=to\s)sign\s+up"
    # a registration desk's or a secretariat's requests: "invited to collect their badges",
    # "invited to notify the names of their delegation"
    r"|(?<=to\s)(?:collect|pick\s+up|notify|inform)"
    # since round fourteen: "invited to send a copy of their credentials", "invited to present a
    # copy of the official letter", "invited to submit, in advance, …" (a formality of those
    # already coming)
    r"|(?<=to\s)(?:send|present|submit|provide)\s+(?:in\s+advance\s+)?(?:a\s+)?cop(?:y|ies)\b"
    r"|(?<=to\s)submit,?\s+in\s+advance\b"
    # kinds20: round fifteen: "invited to act as focal points for the online registration of
    # their delegation": a formality of those already coming
    r"|(?<=to\s)(?:act|serve)\s+as\s+(?:the\s+)?(?:focal|contact)\s+points?\b"
    # … and the press asked to report it: "Media have been invited to cover"
    r"|(?<=to\s)cover\b"
    # kindsen-r21: … and those asked to write to someone, "administrations interested in
    # hosting are invited to contact the chairs": a request, no meeting to attend
    r"|(?<=to\s)(?:contact|get\s+in\s+touch|reach\s+out)\b"
    # a body's officers put up for election: "invited to nominate two States for the Bureau"
    rf"|(?<=to\s)nominate\b(?={_FOR_OFFICE})"
    r"|(?:a\s+)?(?:written\s+)?(?:test|interview|exam(?:ination)?)s?\b"
    # a governing body "invited to approve" a paper's proposals decides; it attends nothing
    # (and one "invited to review and prioritize proposed agenda items" reads a paper)
    r"|approve|endorse|adopt|take\s+note|authori[sz]e|decide|review|prioriti[sz]e))(?!(?:\s*,\s*(?:and\s+)?[a-z]+|\s+(?:and|&)\s+[a-z]+){0,3}"
    r"\s+(?:speakers?|talks?|papers?|lectures?|presentations?|panels?|sessions?|plenar))|pleased\s+to\s+extend|honou?r\s+to\s+invite"
    # "it is a great honour to host" opens a meeting as often as it invites to one.
    # "ขอเชิญชวนประชาชน…": the public urged to turn out, no one invited to a meeting
    # nor are those urged to apply or register ("ขอเชิญชวนโรงเรียนสมัครเข้าร่วมการแข่งขัน…")
    # (kindsth-r23: round twenty-three: also "ขอเชิญชวนให้พี่น้องประชาชน…", the same public urged,
    # where a PDF's line may break between any two words; mend-r23a: unless urged to a meeting,
    # "… ประชาชนมาร่วมประชุมประชาคมหมู่บ้าน ในวันที่ …", the village forum it calls)
    r"|ขอเชิญ(?!ชวน(?:ให้)?\s*(?:พี่\s*น้อง)?\s*ประชาชน(?![^\s]{0,30}?ร่วม(?:การ)?ประชุม))"
    r"(?!(?:ชวน)?[^\s]{0,30}?(?:สมัคร|ลงทะเบียน))|เรียนเชิญ"
    # (kinds22: round seventeen: the verb เข้าร่วม, not the noun of those who take part: "เชิญชวน
    # ชาวไทยร่วมเป็นเจ้าบ้านต้อนรับผู้เข้าร่วมการประชุม" asks the public to welcome them)
    r"|เชิญ(?!(?:ชวน)?[^\s]{0,30}?(?:สมัคร|ลงทะเบียน)).{0,40}?(?<!ผู้)เข้าร่วม|(?:ส่ง|มอบหมาย|พิจารณา|เสนอชื่อ)ผู้แทน"
    rf"|\bnominat(?!{_FOR_OFFICE})"
    # kindsen-r21: "Join us for our assembly", "… in our meeting" (not "in the campaign", mend-r21d)
    r"|join\s+us\s+(?:(?:for|at)\s+(?:our|the|this|an?)\b"
    rf"|in\s+(?:our|the|this|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{MEETING_NOUNS}|agm)\b)"
    # a council's formal summons to its session: "ประกาศสภา… เรียกประชุมสภา…" (a headline's
    # "ผู้ว่าฯ เรียกประชุม…" is news of a meeting called, not a notice, and "ตามประกาศ… เรียก
    # ประชุม…", "ได้ประกาศเรียกประชุม…" recall the summons a session's closing follows)
    r"|(?<!\S)ประกาศ[^\n]{0,80}?เรียกประชุม"
    # a secretariat's notification: "I am pleased to inform you that … is organizing a
    # workshop …, which will be held in …" (not "… that the meeting was a success")
    r"|pleased\s+to\s+inform\s+you\s+that\b(?=[^.]{0,800}?\b(?:is|are)\s+organi[sz]ing\b"
    r"[^.]{0,200}?\b(?:meeting|workshop|conference|seminar|forum|training|session))"
    r"|call\s+for\s+(?:nominations?|participation)"
    # a circular letter to Member States: "are informed that the eighth meeting will be held"
    r"|\b(?:are|is)\s+(?:hereby\s+)?informed\s+that\b(?=[^.]{0,200}?\bwill\s+(?:be\s+held|take\s+place"
    r"|convene))"
    # ("notice of their departure if they leave before the end of the Conference" is a
    # person's notice of their own act; nor is a rule's notice period, "a ten day notice of a
    # rescheduled meeting", "seven days' notice of the meeting", since round fourteen's second
    # pass)
    r"|(?<!day\s)(?<!days\s)(?<!days'\s)(?<!week\s)(?<!weeks\s)(?<!advance\s)(?<!prior\s)"
    r"\bnotice\s+(?:of|for)\s+(?!(?:their|his|her|your|our|its|any)\b)(?:the\s+)?"
    r"(?:[\w-]+\s+){0,12}?(?:meeting|workshop|conference|forum)",
)
# (each choice opens on a letter, a "\b" or look-behind read after it, so that the engine skips
# to where one can begin: the windows around every invitation word are searched)
_INVITES_TO_SPEAK = r"s?\s+(?:will\s+|may\s+|shall\s+)?(?:then\s+)?invite"
_TO_INVITE = r"\w*\s+to\s+invite"
# What a chair or moderator does in the meeting invites no one to it: "the moderator will
# invite attendees to speak".
INVITES_NO_ONE_HERE = re.compile(
    rf"moderator{_INVITES_TO_SPEAK}|chair(?:person)?{_INVITES_TO_SPEAK}"
    rf"|facilitator{_INVITES_TO_SPEAK}|host{_INVITES_TO_SPEAK}"
    # nor a body's decision to invite, to be sent later: "the Office proposes to invite ten
    # tripartite delegations", "invitations will be sent", "will receive a separate invitation"
    # (not "you will receive …": the reader is the one invited, mend-r20b)
    # nominations for a body's officers, written apart from the call: "… to nominate two
    # States each for the Bureau. Nominations should be submitted …"
    r"|b(?<!\wb)ureau\b[^\n]{0,60}?\bnominat"
    rf"|propos{_TO_INVITE}|decid{_TO_INVITE}|agree{_TO_INVITE}|recommend{_TO_INVITE}"
    r"|invitations\s+(?:will|would|shall)\s+be\s+(?:sent|issued|extended|addressed)"
    r"|w(?<!\ww)(?<!you\sw)ill\s+receive\s+an?\s+(?:\w+\s+)?invitation\b"
    # a leader who "invited all ethnic groups to actively support the country's role as host"
    # asks for support, not attendance
    r"|invited\s+[^.\n]{0,50}?\bto\s+(?:actively\s+|fully\s+)?(?:support|cooperate|help|contribute)\b"
    # kinds20: round fifteen. Words that name an invitation without making one: a category of
    # those who come ("organizations invited as observers to the session are required to
    # provide …", a participle, not "you are invited as"); a body's intent or leave to invite
    # ("intends to invite", "authorized the Director-General to invite"); an item of its paper
    # ("Invitation of intergovernmental organizations")
    r"|i(?<!\bare\si)(?<!\bis\si)(?<!\bbe\si)(?<!been\si)(?<!\bwere\si)(?<!\bwas\si)(?<!\byou\si)"
    r"(?<!\wi)nvited\s+as\s+(?:an?\s+)?(?:observers?|guests?|participants?|speakers?)\b"
    r"|i(?<!\wi)ntends?\s+to\s+invite|a(?<!\wa)uthori[sz]\w*\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+invite"
    r"|i(?<!\wi)nvitation\s+of\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ations|states|governments)\b"
)
