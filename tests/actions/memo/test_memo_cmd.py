"""`meetbot memo` on a meeting stored the way the pipeline stores it."""

from docx import Document
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.store.database import open_database
from bot.store.tables import AssignmentRow, MeetingRow


def test_memo_command_drafts_from_the_store_with_a_registry_number(
    settings, agj_workshop, tmp_path, monkeypatch
):
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
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'[store]\nurl = "{url}"\n[memo]\ntemplate_dir = "{settings.memo.template_dir}"\n'
        '[[delegates]]\nkey = "anan"\nname = "Anan Example"\nname_th = "นายอนันต์ ตัวอย่าง"\n',
        encoding="utf-8",
    )
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

    text = "\n".join(p.text for p in Document(str(out / "meeting-2-nomination.docx")).paragraphs)
    assert "รง ๐๓๐๘.๒/๒" in text  # the second number of the year
    assert "นายอนันต์ ตัวอย่าง" in text

    missing = runner.invoke(app, ["memo", "99", "--out", str(out), "-c", str(config)])
    assert missing.exit_code == 2
    assert "no meeting with id 99" in missing.output
