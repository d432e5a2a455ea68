import pytest

from bot.config.config_check import Problem, check_config, load_settings, summarize
from bot.config.value_origins import toml_line_of
from bot.errors import ConfigError
from tests.config_env import isolate


@pytest.fixture
def folder(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    return tmp_path


def problems_of(path):
    report = check_config(path, secret_dirs=[])
    assert not report.ok
    return [str(p) for p in report.problems]


def test_wrong_type_names_file_line_key_and_value(folder):
    path = folder / "m.toml"
    path.write_text('[smtp]\nhost = "smtp.example.org"\nport = "abc"\n')
    assert problems_of(path) == [f"{path}, line 3: smtp.port: expected a whole number, got 'abc'"]


def test_several_problems_are_all_reported(folder):
    path = folder / "m.toml"
    path.write_text(
        'timezone = "Mars/Base"\n'
        "[smtp]\n"
        'tls = "ssl"\n'
        "hots = 1\n"
        "[[sources.imap]]\n"
        'name = "ministry"\n'
        'host = "imap.example.org"\n'
        "idle_renew_seconds = 5000\n"
    )
    assert sorted(problems_of(path)) == sorted(
        [
            f"{path}, line 1: timezone: unknown time zone 'Mars/Base' (use an IANA name)",
            f"{path}, line 3: smtp.tls: expected one of 'implicit', 'starttls' or 'none', "
            "got 'ssl'",
            f"{path}, line 4: smtp.hots: unknown setting (did you mean 'host'?)",
            f"{path}, line 5: sources.imap[0].username: required, but not set",
            f"{path}, line 8: sources.imap[0].idle_renew_seconds: must be at most 1740, got 5000",
        ]
    )


def test_toml_syntax_error_gives_the_line(folder):
    path = folder / "m.toml"
    path.write_text('log_level = "INFO"\n[smtp\nhost = "x"\n')
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}, line 2: not valid TOML: ")


def test_missing_file(folder):
    assert problems_of(folder / "absent.toml") == [f"{folder / 'absent.toml'}: no such file"]


def test_value_from_the_environment_is_blamed_on_the_variable(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_REMINDERS__BEFORE_START_MINUTES", "soon")
    assert problems_of(None) == [
        "environment variable MEETBOT_REMINDERS__BEFORE_START_MINUTES: "
        "reminders.before_start_minutes: expected a whole number, got 'soon'"
    ]


def test_value_from_dotenv_is_blamed_on_dotenv(folder):
    (folder / ".env").write_text("MEETBOT_LOG_JSON=perhaps\n")
    assert problems_of(None) == [
        ".env (MEETBOT_LOG_JSON): log_json: expected true or false, got 'perhaps'"
    ]


def test_a_bad_secret_is_reported_without_its_value(folder):
    path = folder / "m.toml"
    path.write_text("[smtp]\npassword = 12345678\n")
    assert problems_of(path) == [f"{path}, line 2: smtp.password: expected text in quotes"]


def test_a_misspelt_secret_key_does_not_show_its_value(folder):
    path = folder / "m.toml"
    path.write_text('[telegram]\ntokn = "123456:SECRET"\n')
    (problem,) = problems_of(path)
    assert "SECRET" not in problem
    assert "did you mean 'token'?" in problem


def test_secret_written_in_the_file_gives_a_warning(folder):
    path = folder / "m.toml"
    path.write_text(
        '[smtp]\npassword = "hunter2x"\n[store]\nurl = "postgresql://u:hunter2y@db/x"\n'
        + TRUSTED_MX
    )
    report = check_config(path, secret_dirs=[])
    assert report.ok
    assert len(report.warnings) == 2
    assert "set MEETBOT_SMTP__PASSWORD or a secret file instead" in report.warnings[0]
    assert "MEETBOT_STORE__PASSWORD" in report.warnings[1]
    assert not any("hunter2" in w for w in report.warnings)


def test_unknown_meetbot_variable_gives_a_warning(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SMPT__HOST", "x")
    monkeypatch.setenv("MEETBOT_MEMO__URGENT_DAYS__X", "1")  # below a dict: not judged
    monkeypatch.setenv("MEETBOT_TRUST__TRUSTED_AUTHSERV_IDS", '["mx.doe.example.org"]')
    report = check_config(None, secret_dirs=[])
    assert report.ok
    assert report.warnings == [
        "environment variable MEETBOT_SMPT__HOST is not a setting and is ignored"
    ]


def test_load_settings_raises_config_error_in_plain_words(folder):
    path = folder / "m.toml"
    path.write_text("[reading]\nmax_pdf_pages = 1.5\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, secret_dirs=[])
    assert caught.value.problems == [
        f"{path}, line 2: reading.max_pdf_pages: expected a whole number, got 1.5"
    ]


@pytest.mark.parametrize(
    ("loc", "line"),
    [
        (("log_level",), 1),
        (("smtp", "port"), 4),
        (("smtp", "missing"), 3),
        (("sources", "imap", 1, "host"), 9),
        (("sources", "imap", 1, "username"), 8),
        (("nowhere",), None),
    ],
)
def test_toml_line_of(loc, line):
    text = (
        'log_level = "INFO"\n'
        "\n"
        "[smtp]\n"
        "port = 1\n"
        "[[sources.imap]]\n"
        'host = "a"\n'
        "\n"
        "[[sources.imap]]\n"
        'host = "b"\n'
    )
    assert toml_line_of(text, loc) == line


def test_problem_text_without_a_key():
    assert str(Problem("m.toml", "no such file")) == "m.toml: no such file"


def test_a_secret_shorter_than_eight_characters_gives_a_warning(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SMTP__PASSWORD", "1234567")
    monkeypatch.setenv("MEETBOT_STORE__PASSWORD", "12345678")
    report = check_config(None, secret_dirs=[])
    assert report.ok
    short = [w for w in report.warnings if "shorter than" in w]
    assert len(short) == 1
    assert short[0].startswith("smtp.password is shorter than 8 characters")
    assert "1234567" not in short[0]


def test_a_line_token_without_its_secret_is_a_warning_and_bad_roles_a_problem(folder, monkeypatch):
    path = folder / "m.toml"
    path.write_text('[chat.roles]\n"telegram:42" = "approver"\n')
    monkeypatch.setenv("MEETBOT_LINE__CHANNEL_ACCESS_TOKEN", "line-token")
    report = check_config(path, secret_dirs=[])
    assert report.ok
    assert any("line.channel_secret is not set" in w for w in report.warnings)
    path.write_text('[chat.roles]\n"42" = "boss"\n')
    found = problems_of(path)
    assert any("chat.roles" in p for p in found)


def test_a_delegate_without_thai_is_warned_about_before_a_memo_needs_it(folder):
    path = folder / "meetbot.toml"
    path.write_text(
        '[[delegates]]\nkey = "anan"\nname = "Anan Example"\nname_th = "นายอนันต์ ตัวอย่าง"\n'
        'position_th = "นักวิเทศสัมพันธ์ปฏิบัติการ"\nunit_th = "กองยุทธศาสตร์และแผนงาน"\n\n'
        '[[delegates]]\nkey = "malee"\nname = "Malee Example"\nname_th = "นางสาวมาลี ทดสอบ"\n',
        encoding="utf-8",
    )
    report = check_config(path, secret_dirs=[])
    assert report.ok
    [warning] = [w for w in report.warnings if w.startswith("delegates[")]
    assert warning.startswith("delegates[malee]: position_th, unit_th not set")


def test_an_emblem_path_set_and_missing_fails_the_check(folder):
    path = folder / "meetbot.toml"
    path.write_text('[memo]\nemblem_path = "nowhere/garuda.png"\n', encoding="utf-8")
    report = check_config(path, secret_dirs=[])
    assert not report.ok
    problems = [str(p) for p in report.problems]
    assert any("memo.emblem_path: no image file at nowhere/garuda.png" in p for p in problems)


TRUSTED_MX = '[trust]\ntrusted_authserv_ids = ["mx.doe.example.org"]\n'


def test_a_password_in_the_caldav_url_is_a_secret_everywhere(folder):
    path = folder / "m.toml"
    path.write_text('[calendar]\ncaldav_url = "https://office:pa55word@dav.example.org/cal/"\n')
    report = check_config(path, secret_dirs=[])
    assert report.ok
    assert any("MEETBOT_CALENDAR__CALDAV_PASSWORD" in w for w in report.warnings)
    summary = "\n".join(summarize(report.settings))
    assert "CalDAV https://office:***@dav.example.org/cal/" in summary
    assert "pa55word" not in summary + "\n".join(report.warnings)
    assert "pa55word" in report.settings.secret_values(), "the log filter masks it"


@pytest.mark.parametrize(
    ("section", "warned"),
    [
        ('[smtp]\nhost = "smtp.example.org"\ntls = "none"\n', 'smtp: tls = "none"'),
        ('[smtp]\nhost = "smtp.example.org"\nverify_certificates = false\n', "smtp: verify"),
        (
            '[[sources.imap]]\nname = "m"\nhost = "imap.example.org"\nusername = "u"\n'
            'tls = "none"\n',
            'sources.imap m: tls = "none" to imap.example.org',
        ),
        ('[calendar]\ncaldav_url = "http://dav.example.org/"\n', "plain http"),
        ("", "trust.trusted_authserv_ids is empty"),
    ],
)
def test_exposed_connections_and_unauthenticated_trust_are_warned(
    folder, monkeypatch, section, warned
):
    if "sources.imap" in section:
        monkeypatch.setenv("MEETBOT_SOURCES__IMAP__0__PASSWORD", "pw")
    path = folder / "m.toml"
    path.write_text(section + ("" if "trust" in warned else TRUSTED_MX))
    report = check_config(path, secret_dirs=[])
    assert report.ok
    assert [w for w in report.warnings if warned in w]


@pytest.mark.parametrize(
    "section",
    [
        '[smtp]\nhost = "127.0.0.1"\ntls = "none"\nverify_certificates = false\n',
        '[smtp]\nhost = "localhost"\ntls = "none"\n',
        '[calendar]\ncaldav_url = "http://[::1]:5232/"\n',
        '[smtp]\nhost = "smtp.example.org"\n',
    ],
)
def test_loopback_test_servers_and_verified_tls_are_not_warned(folder, section):
    path = folder / "m.toml"
    path.write_text(section + TRUSTED_MX)
    report = check_config(path, secret_dirs=[])
    assert report.ok
    assert report.warnings == []
