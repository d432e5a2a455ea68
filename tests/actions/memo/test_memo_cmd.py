"""`meetbot memo` on a meeting stored the way the pipeline stores it."""

from docx import Document
from typer.testing import CliRunner

from bot.actions.memo.thai_forms import BLANK
from bot.cli import _register, app
from bot.store.database import open_database
from bot.store.tables import AssignmentRow, MeetingRow


def stored(agj_workshop, tmp_path):
    url = f"sqlite:///{tmp_path / 'meetbot.db'}"
    db = open_database(url)
    with db.session() as session:
        session.add(
            MeetingRow(
                id=agj_workshop.id, uid=agj_workshop.uid, record=agj_workshop.record.to_json()
            )
        )
        session.flush()
        session.add(AssignmentRow(meeting_id=agj_workshop.id, delegate_key="anan"))
    db.close()
    return url


def configured(tmp_path, url, template_dir, memo_lines=""):
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'[store]\nurl = "{url}"\n[memo]\ntemplate_dir = "{template_dir}"\n{memo_lines}'
        '[[delegates]]\nkey = "anan"\nname = "Anan Example"\nname_th = "นายอนันต์ ตัวอย่าง"\n',
        encoding="utf-8",
    )
    return config


def text_of(path):
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_memo_command_numbers_from_meetbots_counter_where_it_is_the_register(
    settings, agj_workshop, tmp_path, monkeypatch
):
    url = stored(agj_workshop, tmp_path)
    config = configured(tmp_path, url, settings.memo.template_dir, 'number_source = "meetbot"\n')
    monkeypatch.chdir(tmp_path)  # no config/meetbot.toml or .env of the developer's
    _register()
    out = tmp_path / "drafts"
    runner = CliRunner()
    args = ["memo", "2", "--out", str(out), "--take-number", "--no-pdf", "-c", str(config)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert str(out / "meeting-2-nomination.docx") in first.stdout
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output

    text = text_of(out / "meeting-2-nomination.docx")
    assert "รง ๐๓๐๘.๒/๒" in text  # the second number of the year
    assert "นายอนันต์ ตัวอย่าง" in text

    missing = runner.invoke(app, ["memo", "99", "--out", str(out), "-c", str(config)])
    assert missing.exit_code == 2
    assert "no meeting with id 99" in missing.output


def test_by_default_the_register_numbers_memos_and_the_counter_is_refused(
    settings, agj_workshop, tmp_path, monkeypatch
):
    url = stored(agj_workshop, tmp_path)
    config = configured(tmp_path, url, settings.memo.template_dir)
    monkeypatch.chdir(tmp_path)
    _register()
    out = tmp_path / "drafts"
    runner = CliRunner()
    base = ["memo", "2", "--out", str(out), "--no-pdf", "-c", str(config)]
    refused = runner.invoke(app, [*base, "--take-number"])
    assert refused.exit_code == 2
    assert "department's register" in refused.output
    assert not out.exists()

    assert runner.invoke(app, base).exit_code == 0
    assert f"ที่  รง ๐๓๐๘.๒/{BLANK}" in text_of(out / "meeting-2-nomination.docx")
    assert runner.invoke(app, [*base, "--number", "2730"]).exit_code == 0
    assert "ที่  รง ๐๓๐๘.๒/๒๗๓๐" in text_of(out / "meeting-2-nomination.docx")


def test_the_route_is_chosen_per_meeting_on_the_command_line(
    settings, agj_workshop, tmp_path, monkeypatch
):
    config = configured(tmp_path, stored(agj_workshop, tmp_path), settings.memo.template_dir)
    monkeypatch.chdir(tmp_path)
    _register()
    out = tmp_path / "drafts"
    runner = CliRunner()
    base = ["memo", "2", "--out", str(out), "--no-pdf", "-c", str(config)]
    assert runner.invoke(app, [*base, "--route", "ministry"]).exit_code == 0
    assert "ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน" in text_of(out / "meeting-2-nomination.docx")
    assert (out / "meeting-2-covering.docx").is_file()
    wrong = runner.invoke(app, [*base, "--route", "sideways"])
    assert wrong.exit_code == 2
    assert "none of auto, ministry, direct" in wrong.output
