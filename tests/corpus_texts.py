# Mail bodies are kept one paragraph per line, as mail clients send them.
# ruff: noqa: E501
"""Words of the test corpus, taken from the seeds with private persons replaced.

Names of people are invented, personal mailboxes are on example.org domains;
institutions (the ASEAN Secretariat, Singapore's Ministry of Manpower, Malaysia's
Ministry of Human Resources, Thailand's Ministry of Labour) stay as they are.
Facts (dates, links, meeting ids, passcodes) are kept from the seeds.
"""

from __future__ import annotations

# -- people and mailboxes (all invented) --------------------------------------

ASEC_OFFICER = ("Siti Rahmawati", "officer1@asean.example.org")
ASEC_DIVISION = ("Labour and Civil Service Division", "lcsd@asean.example.org")
THAI_MOL_GROUP = ("ASEAN THAI MOL", "asean.thaimol@example.org")
FOCAL_POINTS = [
    ("Focal Point Brunei", "focal.bn@example.org"),
    ("Focal Point Cambodia", "focal.kh@example.org"),
    ("Focal Point Indonesia", "focal.id@example.org"),
    THAI_MOL_GROUP,
    ("สมศรี สมมุติ", "somsri.s@example.org"),
]
MOM_ORGANISERS = ("organiser1@mom.example.org", "organiser2@mom.example.org")
MOHR_SECRETARIAT = ("AGJ Workshop Secretariat", "secretariat1@mohr.example.org")
DOE_INTL = ("กลุ่มงานวิเทศสัมพันธ์ กยผ.", "intl.doe@example.org")
DOE_ALL = ("หน่วยงานในสังกัดกรมการจัดหางาน", "all-units@doe.example.org")
MOL_ASEAN = ("กลุ่มงานอาเซียน สปร.", "asean.group@mol.example.org")

SLOMWG_TITLE = (
    "18th Meeting of the Senior Labour Officials Meeting Working Group on Progressive "
    "Labour Practices to Enhance the Competitiveness of ASEAN (18th SLOM-WG)"
)
SLOMWG_SUBJECT = f"[For the Attention of SLOM-WG] Invitation to the {SLOMWG_TITLE}"

ZOOM_MAIN = "https://us06web.zoom.us/j/84825168770?pwd=63HToL5o01DR5JCjnAqpihAoXr1Bsg.1"
# The seed's OCR lost the dry-run link; this one matches its meeting id.
ZOOM_DRY_RUN = "https://us06web.zoom.us/j/89859552924?pwd=Wk9yR3lHdnF0dDRyUmVoZEtBQT09"
SLOMWG_REGISTRATION = "https://go.gov.sg/18thslom-wgmeeting"

SIGNATURE_ASEC = """Warm regards,

Siti Rahmawati (Ms.)
Officer
Labour and Civil Service Division
Human Development Directorate
ASEAN Socio-Cultural Community (ASCC) Department
The ASEAN Secretariat
70 A Jalan Sisingamangaraja | Jakarta 12110 Indonesia
www.asean.org"""

INVITATION_MAIL = f"""Dear Sirs and Mesdames,

Greetings from the ASEAN Secretariat.

On behalf of the Ministry of Manpower, Singapore, we are pleased to extend a warm invitation to your esteemed delegation to attend the **{SLOMWG_TITLE}**. This full-day meeting will be held **virtually on 30 September 2025**.

The annual SLOM-WG serves as a key platform for ASEAN Member States to:

- Review the status of implementation of projects and initiatives under the SLOM-WG Work Plan 2021–2025;
- Deliberate on strategic priorities for the post-2025 period, including the development of the SLOM-WG Work Plan 2026–2030;
- Discuss other cross-cutting ASEAN initiatives pertinent to labour practices.

Further details, including the administrative note, provisional programme, and registration form, will be shared in due course.

We look forward to your participation and to welcoming you to the 18th SLOM-WG.

Thank you for your kind attention.

{SIGNATURE_ASEC}"""

FOLLOWUP_MAIL = f"""Dear Sirs and Mesdames,

Greetings from the ASEAN Secretariat.

We refer to our mail below regarding the attached invitation from the Ministry of Manpower, Singapore, we are pleased to share details of the **{SLOMWG_TITLE}**. The meeting will be held **virtually** on **Tuesday, 30 September 2025**.

On behalf of the Ministry of Manpower, Singapore, we would like to kindly request your esteemed delegation to complete the online registration form at your earliest convenience, and **no later than 15 September 2025 (Singapore Time, GMT+8)**, using the link below:

[[{SLOMWG_REGISTRATION}|{SLOMWG_REGISTRATION}]]

In addition, to facilitate informal coordination, Singapore will set up a WhatsApp group. We kindly request participants to ensure that their submitted details (name, position, email, and mobile number) are accurate.

Please kindly find attached the administrative note and the invitation letter for your reference.

The 18th SLOM-WG Meeting will be conducted on the **Zoom platform** using the following details:

[[{ZOOM_MAIN}|Join the 18th SLOM-WG Meeting on Zoom]]

Meeting ID: 848 2516 8770

Passcode: 610357

Please be informed that the **dry run** will be held on **Monday, 29 September 2025**, using the link below:

[[{ZOOM_DRY_RUN}|Join the dry run on Zoom]]

Meeting ID: 898 5955 2924

Passcode: 830237

For any further inquiries or assistance, please kindly contact the representatives of the 18th SLOM-WG Organising Committee at {MOM_ORGANISERS[0]} and {MOM_ORGANISERS[1]}, with a copy to the ASEAN Secretariat at {ASEC_OFFICER[1]}.

Thank you for your attention and we look forward to your kind participation.

{SIGNATURE_ASEC}"""

# -- documents: (style, text) blocks; style is "title", "heading", "p" or "table" -------------

INVITATION_LETTER = [
    ("p", "MINISTRY OF MANPOWER, SINGAPORE"),
    ("p", "27 August 2025"),
    ("p", "Dear SLOM-WG Focal Points"),
    (
        "heading",
        "18th Meeting of the Senior Labour Officials Meeting Working Group on Progressive "
        "Labour Practices to Enhance the Competitiveness of ASEAN, 30 September 2025, Virtual",
    ),
    (
        "p",
        "On behalf of the Singapore Ministry of Manpower, I am pleased to extend an invitation "
        "to you and your delegation to participate in the 18th Meeting of the Senior Labour "
        "Officials Meeting Working Group on Progressive Labour Practices to Enhance the "
        "Competitiveness of ASEAN (18th SLOM-WG). This full-day virtual meeting is scheduled "
        "for 30 September 2025.",
    ),
    (
        "p",
        "2 The annual SLOM-WG serves as a platform for ASEAN Member States to: a. Review the "
        "status of implementation of projects and initiatives under the SLOM-WG Work Plan "
        "2021 - 2025; b. Deliberate on strategic priorities for the post-2025 period, including "
        "the development of the SLOM-WG Work Plan 2026 - 2030; and c. Discuss other "
        "cross-cutting ASEAN initiatives pertinent to labour practices.",
    ),
    (
        "p",
        "3 Further details, including the administrative note, provisional programme, and "
        "registration form, will be shared in due course. We look forward to your "
        "participation and to engaging in constructive discussions that will shape the future "
        "of labour practices in ASEAN.",
    ),
    ("p", "Yours sincerely"),
    ("p", "LIM HUI MIN"),
    ("p", "DIVISIONAL DIRECTOR, WORKPLACE POLICY AND STRATEGY DIVISION"),
    ("p", "MINISTRY OF MANPOWER, SINGAPORE"),
]

# The seed does not carry this note's text; it is written to agree with the seed's mails.
SLOMWG_ADMIN_NOTE = [
    ("title", "ADMINISTRATIVE NOTE"),
    (
        "heading",
        "THE EIGHTEENTH MEETING OF THE SENIOR LABOUR OFFICIALS MEETING'S WORKING GROUP ON "
        "PROGRESSIVE LABOUR PRACTICES TO ENHANCE THE COMPETITIVENESS OF ASEAN "
        "(18TH SLOM-WG MEETING)",
    ),
    ("heading", "30 SEPTEMBER 2025, VIRTUAL"),
    ("heading", "1. DATE AND TIME"),
    (
        "p",
        "The 18th SLOM-WG Meeting will be held virtually on Tuesday, 30 September 2025, from "
        "09:30 to 17:30 (Singapore Time, GMT+8). Singapore, as the SLOM-WG Chair, will chair "
        "the Meeting.",
    ),
    ("heading", "2. REGISTRATION"),
    (
        "p",
        "Delegations are requested to complete the online registration form no later than "
        f"15 September 2025 (Singapore Time, GMT+8) at {SLOMWG_REGISTRATION}. Each "
        "delegation is kindly requested to register all participants who will join the Meeting.",
    ),
    ("heading", "3. ZOOM DETAILS"),
    (
        "table",
        [
            ["Session", "Date", "Meeting ID", "Passcode"],
            ["Dry run", "Monday, 29 September 2025", "898 5955 2924", "830237"],
            ["18th SLOM-WG Meeting", "Tuesday, 30 September 2025", "848 2516 8770", "610357"],
        ],
    ),
    (
        "p",
        "Participants are requested to join the Zoom meeting 30 minutes before the start of "
        "the Meeting and to rename themselves in the format: Country - Name - Organisation.",
    ),
    ("heading", "4. DOCUMENTS"),
    (
        "p",
        "The provisional annotated agenda and meeting documents will be circulated by the "
        "ASEAN Secretariat before the Meeting.",
    ),
    ("heading", "5. CONTACTS"),
    (
        "p",
        f"18th SLOM-WG Organising Committee: {MOM_ORGANISERS[0]}, {MOM_ORGANISERS[1]}. "
        f"ASEAN Secretariat: {ASEC_OFFICER[1]}.",
    ),
]

AGJ_ADMIN_NOTE = [
    ("title", "ADMINISTRATIVE NOTE"),
    (
        "heading",
        "WORKSHOP ON THE ESTABLISHMENT OF THE ASEAN GREEN JOBS (AGJ) CENTRE OF EXCELLENCE (COE) "
        "UNDER THE ASEAN FRAMEWORK AND ACTION PLAN FOR A JUST AND INCLUSIVE TRANSITION TO GREEN JOBS",
    ),
    ("heading", "16 – 18 DECEMBER 2025, KUALA LUMPUR, MALAYSIA"),
    ("heading", "1. INTRODUCTION"),
    (
        "p",
        "The Ministry of Human Resources (MOHR) of Malaysia is honoured to convene the Workshop "
        "on the Establishment of the ASEAN Green Jobs (AGJ) Centre of Excellence (COE) under the "
        "ASEAN Framework and Action Plan for a Just and Inclusive Transition to Green Jobs. For "
        "any inquiries related to the Workshop, please contact the Secretariat via email: "
        f"{MOHR_SECRETARIAT[1]} with a carbon copy to the ASEAN Secretariat (ASEC) at "
        "registration.lcsd@asean.example.org.",
    ),
    ("heading", "2. PROGRAMME"),
    (
        "table",
        [
            ["15 December 2025 (Monday)", "Arrivals of delegates"],
            ["16 December 2025 (Tuesday)", "Day 1 of the Workshop"],
            ["17 December 2025 (Wednesday)", "Day 2 of the Workshop"],
            ["18 December 2025 (Thursday)", "Day 3 of the Workshop; Departures of delegates"],
        ],
    ),
    ("heading", "3. MEETING DATE AND VENUE"),
    ("p", "Dates : 16 – 18 December 2025 (Tuesday – Thursday)"),
    ("p", "Venue : Ballroom A, Level 6, Hilton Hotel, Kuala Lumpur, Malaysia"),
    ("p", "Address : Hilton Kuala Lumpur, 3 Jalan Stesen Sentral, Kuala Lumpur, 50470, Malaysia"),
    ("heading", "4. REGISTRATION"),
    (
        "p",
        "All participants are requested to complete the online registration form, including "
        "flight itinerary and accommodation details, via the following link: "
        "https://tinyurl.com/TORAGJCOE2025 by 2 December 2025 (Tuesday).",
    ),
    ("heading", "5. FLIGHT AND HOTEL ACCOMMODATION"),
    ("p", "The breakdown of sponsored and non-sponsored participants is as follows:"),
    (
        "table",
        [
            ["NO.", "CATEGORY", "PAX", "SPONSORSHIP DETAILS"],
            ["1.", "SLOM-WG (2 pax × 11 AMS) (1+1)", "22", "Sponsored (flight & accommodation)"],
            ["2.", "ASEAN Secretariat (ASEC) (1+2)", "3", "Sponsored (flight & accommodation)"],
            [
                "3.",
                "ASEAN Cross-Sectoral Bodies (ASB) Chairs (2 pax × 5 ASB)",
                "10",
                "Sponsored (1 accommodation per Chair)",
            ],
            [
                "4.",
                "ASEAN entities and related organisations",
                "6",
                "Sponsored (1 accommodation per Chair)",
            ],
            ["5.", "Aus4ASEAN Futures Initiative", "3", "Non-sponsored"],
            ["6.", "International Labour Organization (ILO)", "2", "Non-sponsored"],
        ],
    ),
    (
        "p",
        "Sponsored participants will be accommodated at the designated hotel in Kuala Lumpur for "
        "three nights from 15 December 2025 (check-in) to 18 December 2025 (check-out). Daily "
        "Subsistence Allowance (DSA) will not be provided.",
    ),
    ("heading", "6. PASSPORT AND VISA"),
    (
        "p",
        "All passports must be valid for at least six (6) months from the date of arrival in "
        "Malaysia. Visitors entering Malaysia are required to complete and submit the Malaysia "
        "Digital Arrival Card (MDAC) within three (3) days before arrival in Malaysia at the URL "
        "https://imigresen-online.imi.gov.my/mdac/main.",
    ),
    ("heading", "7. DRESS CODE"),
    ("p", "The recommended dress code for all sessions is Business Attire."),
    ("heading", "8. GENERAL INFORMATION"),
    ("p", "Time Zone : GMT+8 (MYT). Currency : Malaysian Ringgit (MYR)."),
]

AGJ_MAIL = f"""Dear SLOM-WG Focal Points,

Greetings from the Ministry of Human Resources, Malaysia.

Please find attached the Administrative Note for the Workshop on the Establishment of the ASEAN Green Jobs (AGJ) Centre of Excellence (COE), to be held on 16 – 18 December 2025 at the Hilton Kuala Lumpur, Malaysia.

Kindly complete the online registration form at https://tinyurl.com/TORAGJCOE2025 by 2 December 2025 (Tuesday). A calendar entry is attached for your convenience.

Best regards,
AGJ Workshop Secretariat
International Division, Ministry of Human Resources Malaysia
{MOHR_SECRETARIAT[1]}"""

# -- Thai documents ----------------------------------------------------------------

CLMTV_LETTER = [
    ("title", "บันทึกข้อความ"),
    ("p", "ส่วนราชการ กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์ โทรศัพท์ ๐ ๒๒๔๕ ๑๓๓๐ ภายใน ๓๑๓๔"),
    ("p", "ที่ รง ๐๓๐๘.๒/๑๐๕๑ วันที่ ๒๗ พฤษภาคม ๒๕๖๗"),
    (
        "p",
        "เรื่อง รายงานการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ และระดับเจ้าหน้าที่อาวุโสด้านแรงงาน ครั้งที่ ๗ "
        "ในกลุ่มประเทศ CLMTV ว่าด้วยการเคลื่อนย้ายสิทธิประกันสังคมสำหรับแรงงานข้ามชาติในกลุ่มประเทศ CLMTV",
    ),
    ("p", "เรียน อธิบดี"),
    ("heading", "๑. เรื่องเดิม"),
    (
        "p",
        "๑.๑ หนังสือสำนักงานปลัดกระทรวงแรงงาน ด่วนที่สุด ที่ รง ๐๒๑๐.๓/๑๘๖๕ ลงวันที่ ๓ พฤษภาคม ๒๕๖๗ "
        "นำส่งหนังสือกระทรวงแรงงานและสวัสดิการสังคม สาธารณรัฐประชาธิปไตยประชาชนลาว เลขที่ 1322/MOLSW "
        "ลงวันที่ ๒ พฤษภาคม ๒๕๖๗ เชิญเข้าร่วมการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ และระดับเจ้าหน้าที่อาวุโส"
        "ด้านแรงงาน ครั้งที่ ๗ ในกลุ่มประเทศ CLMTV ในวันที่ ๒๓ พฤษภาคม ๒๕๖๗ ผ่านระบบประชุมทางไกล "
        "และขอให้กรมการจัดหางานพิจารณามอบหมายผู้แทนจำนวน ๒ คน เข้าร่วมการประชุมฯ",
    ),
    (
        "p",
        "๑.๒ หนังสือสำนักงานปลัดกระทรวงแรงงาน ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๑๒๘๖ ลงวันที่ ๒๑ พฤษภาคม ๒๕๖๗ "
        "เรียนเชิญอธิบดีกรมการจัดหางานเข้าร่วมการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ ในวันที่ ๒๓ พฤษภาคม ๒๕๖๗ "
        "เวลา ๑๓.๓๐ น. ณ ห้องประชุมประสงค์ รัตนันท์ ชั้น ๕ อาคารกระทรวงแรงงาน",
    ),
    ("heading", "๒. ขอรายงาน"),
    (
        "p",
        "๒.๑ การประชุมระดับเจ้าหน้าที่อาวุโสด้านแรงงาน ครั้งที่ ๗ ในกลุ่มประเทศ CLMTV จัดขึ้นในวันที่ "
        "๒๓ พฤษภาคม ๒๕๖๗ เวลา ๐๘.๓๐ - ๑๒.๐๐ น. ผ่านระบบประชุมทางไกล "
        "ที่ประชุมได้หารือเรื่องการเชื่อมโยงสิทธิประกันสังคมสำหรับแรงงานข้ามชาติ",
    ),
    (
        "p",
        "๒.๒ การประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ จัดขึ้นในวันที่ ๒๓ พฤษภาคม ๒๕๖๗ เวลา ๑๓.๓๐ - ๑๖.๒๐ น. "
        "ที่ประชุมฯ ได้เห็นชอบร่วมกันในหลักการของร่างปฏิญญาฯ",
    ),
    ("heading", "๓. ข้อพิจารณา"),
    ("p", "กองยุทธศาสตร์และแผนงานพิจารณาแล้ว เห็นควร ดังนี้"),
    ("p", "๓.๑ เพื่อโปรดทราบรายงานสรุปการประชุมฯ"),
    ("p", "๓.๒ แจ้งเวียนสรุปรายงานการประชุมฯ ให้หน่วยงานภายในกรมการจัดหางานทราบ"),
    (
        "p",
        "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบ กองยุทธศาสตร์และแผนงานจะได้ดำเนินการในส่วนที่เกี่ยวข้องต่อไป",
    ),
    ("p", "(นางสาววิภาวรรณ สมมุติ)"),
    ("p", "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"),
]

CLMTV_MAIL = """เรียน ผู้อำนวยการสำนัก ผู้อำนวยการกอง และจัดหางานจังหวัด

พร้อมนี้กองยุทธศาสตร์และแผนงานขอส่งสำเนาหนังสือกองยุทธศาสตร์และแผนงาน ที่ รง ๐๓๐๘.๒/๑๐๕๑ ลงวันที่ ๒๗ พฤษภาคม ๒๕๖๗ เรื่อง รายงานการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ และระดับเจ้าหน้าที่อาวุโสด้านแรงงาน ครั้งที่ ๗ ในกลุ่มประเทศ CLMTV เมื่อวันที่ ๒๓ พฤษภาคม ๒๕๖๗ มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการตามเห็นสมควรต่อไป

กลุ่มงานวิเทศสัมพันธ์ กองยุทธศาสตร์และแผนงาน
โทรศัพท์ ๐ ๒๒๔๕ ๑๓๓๐ ภายใน ๓๑๗๙"""

CLMTV_SUBJECT = "รายงานการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ ในกลุ่มประเทศ CLMTV"

CIRCULAR_MEMO = [
    ("title", "บันทึกข้อความ"),
    ("p", "ส่วนราชการ กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์ โทรศัพท์ ๐ ๒๒๔๕ ๑๓๓๐ ภายใน ๓๑๗๔"),
    ("p", "ที่ รง ๐๓๐๘.๒/ว ๑๙๖ วันที่ ๒๓ มกราคม ๒๕๖๙"),
    (
        "p",
        "เรื่อง รายงานผลการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้า"
        "ด้านแรงงานเพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘",
    ),
    (
        "p",
        "เรียน ผู้อำนวยการกอง ผู้อำนวยการสำนัก ผู้อำนวยการศูนย์เทคโนโลยี จัดหางานจังหวัด เลขานุการกรม "
        "ผู้อำนวยการสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ ๑-๑๐ หัวหน้ากลุ่มตรวจสอบภายใน และหัวหน้ากลุ่มพัฒนาระบบบริหาร",
    ),
    (
        "p",
        "พร้อมนี้ กองยุทธศาสตร์และแผนงานขอส่งสำเนาหนังสือสำนักงานปลัดกระทรวงแรงงาน ที่ รง ๐๒๑๐.๓/ว ๑๙๖ "
        "ลงวันที่ ๒๑ มกราคม ๒๕๖๙ เรื่อง รายงานผลการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วย"
        "แนวปฏิบัติที่ก้าวหน้าด้านแรงงานเพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘ เมื่อวันที่ ๓๐ กันยายน ๒๕๖๘ "
        "ณ ห้องประชุมแสงสิงแก้ว ชั้น ๕ อาคารกระทรวงแรงงาน มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการ"
        "ตามที่เห็นสมควรต่อไป ทั้งนี้ สามารถดาวน์โหลดรายละเอียดได้ที่ www.doe.go.th/strategy "
        "หรือที่ https://lib.doe.go.th",
    ),
    ("p", "(นางสาววิภาวรรณ สมมุติ)"),
    ("p", "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"),
]

CIRCULAR_MAIL = """เรียน หน่วยงานในสังกัดกรมการจัดหางาน

กองยุทธศาสตร์และแผนงานขอส่งบันทึกข้อความ ที่ รง ๐๓๐๘.๒/ว ๑๙๖ ลงวันที่ ๒๓ มกราคม ๒๕๖๙ เรื่อง รายงานผลการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้าด้านแรงงานเพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘ มาเพื่อโปรดทราบ รายละเอียดตามไฟล์แนบ

กลุ่มงานวิเทศสัมพันธ์ กองยุทธศาสตร์และแผนงาน"""

CIRCULAR_SUBJECT = "แจ้งเวียน รายงานผลการประชุม SLOM-WG ครั้งที่ ๑๘ (มาเพื่อโปรดทราบ)"

BOHOL_MEMO = [
    ("title", "บันทึกข้อความ"),
    ("p", "ส่วนราชการ กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์ โทรศัพท์ ๐ ๒๒๔๕ ๑๕๙๒ ภายใน ๓๑๗๙"),
    ("p", "ที่ รง ๐๓๐๘.๒/ว ๑๐๕๗ วันที่ ๑๑ พฤษภาคม ๒๕๖๙"),
    (
        "p",
        "เรื่อง รายงานการประชุมเชิงปฏิบัติการว่าด้วยการติดตามและการจัดทำรายงานของกรอบการทำงานแบบบูรณาการ"
        "ภายใต้แผนงานโบโฮลเกี่ยวกับการป้องกันและปราบปรามการค้ามนุษย์ ๒.๐ ครั้งที่ ๒",
    ),
    (
        "p",
        "เรียน ผู้อำนวยการสำนัก ผู้อำนวยการกอง ผู้อำนวยการศูนย์เทคโนโลยีฯ เลขานุการกรม จัดหางานจังหวัด "
        "ผู้อำนวยการสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ ๑-๑๐ หัวหน้ากลุ่มตรวจสอบภายใน และหัวหน้ากลุ่มพัฒนาระบบบริหาร",
    ),
    (
        "p",
        "พร้อมนี้ กองยุทธศาสตร์และแผนงานขอส่งสำเนาหนังสือสำนักงานปลัดกระทรวงแรงงาน ที่ รง ๐๒๑๗/ว ๓๐๘๙ "
        "ลงวันที่ ๕ พฤษภาคม ๒๕๖๙ เรื่อง รายงานการประชุมเชิงปฏิบัติการว่าด้วยการติดตามและการจัดทำรายงาน"
        "ของกรอบการทำงานแบบบูรณาการภายใต้แผนงานโบโฮลเกี่ยวกับการป้องกันและปราบปรามการค้ามนุษย์ ๒.๐ ครั้งที่ ๒ "
        "ระหว่างวันที่ ๑๐ - ๑๑ มีนาคม ๒๕๖๙ ณ สาธารณรัฐฟิลิปปินส์ มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการ "
        "ตามที่เห็นสมควร ทั้งนี้ สามารถดาวน์โหลดรายละเอียดเพิ่มเติมได้ที่ www.doe.go.th/strategy "
        "หรือที่ https://lib.doe.go.th",
    ),
    ("p", "(นางสาวสุดา ตัวอย่าง)"),
    ("p", "นักวิชาการแรงงานชำนาญการพิเศษ รักษาการแทน"),
    ("p", "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"),
]

BOHOL_SUBJECT = "Fwd: รายงานการประชุมเชิงปฏิบัติการ แผนงานโบโฮล (TIP) ๒.๐ ครั้งที่ ๒"
BOHOL_INNER_SUBJECT = "รายงานการประชุมเชิงปฏิบัติการ แผนงานโบโฮล (TIP) ๒.๐ ครั้งที่ ๒"

AGJ_FORWARD_NOTE = """เรียน กลุ่มงานวิเทศสัมพันธ์ กรมการจัดหางาน

ส่งต่ออีเมลจากกระทรวงทรัพยากรมนุษย์ มาเลเซีย เรื่อง Administrative Note การประชุมเชิงปฏิบัติการว่าด้วยการจัดตั้งศูนย์ความเป็นเลิศด้านงานสีเขียวอาเซียน ระหว่างวันที่ ๑๖-๑๘ ธันวาคม ๒๕๖๘ ณ กรุงกัวลาลัมเปอร์ มาเพื่อโปรดทราบและพิจารณาเสนอชื่อผู้แทน หน่วยงานละ ๑ คน

ขอบคุณค่ะ
กลุ่มงานอาเซียน สำนักประสานความร่วมมือระหว่างประเทศ"""
