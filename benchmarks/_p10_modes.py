import json, sys
from benchmarks.eval_real import notices, part_of_notice, NOTICES, MAIL
from bot.understanding.extract import extract_message
from tests.understanding.helpers import document
field = sys.argv[1]
for notice in notices():
    part = part_of_notice(notice)
    if part not in ("dev","test","test4","test5","test6","test7"): continue
    if int(notice.name[:3]) >= 405: continue
    out = extract_message(document(MAIL / f"{notice.name}.eml"), default_tz="Asia/Bangkok").to_json()
    v = out["meeting"].get(field)
    print(notice.name[:55], out["kind"], json.dumps(v, ensure_ascii=False)[:160])
