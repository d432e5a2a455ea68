from __future__ import annotations

from bot.reading.html_text import html_to_text


def test_hidden_link_target_is_written_out():
    result = html_to_text(
        '<p>Please <a href="https://go.gov.sg/18thslom-wgmeeting">register here</a>.</p>'
    )
    assert result.text == "Please register here <https://go.gov.sg/18thslom-wgmeeting>."
    assert result.links == ("https://go.gov.sg/18thslom-wgmeeting",)


def test_link_shown_as_its_own_target_is_not_repeated():
    result = html_to_text('<a href="https://lib.doe.go.th/">https://lib.doe.go.th</a>')
    assert result.text == "https://lib.doe.go.th"


def test_mailto_keeps_the_address():
    result = html_to_text(
        '<a href="mailto:organiser1@mom.example.org">the Organising Committee</a>'
    )
    assert result.text == "the Organising Committee <organiser1@mom.example.org>"


def test_structure_becomes_lines_and_noise_goes():
    html = (
        "<html><head><title>t</title><style>p{color:red}</style><script>x=1</script></head>"
        "<body><div>Meeting ID:&nbsp;848 2516 8770<br>Passcode: 610357</div>"
        "<ul><li>Dry run</li><li>Main &amp; plenary</li></ul>"
        "<table><tr><td>16 December 2025</td><td>Day 1</td></tr></table></body></html>"
    )
    assert html_to_text(html).text == (
        "Meeting ID: 848 2516 8770\nPasscode: 610357\n\n- Dry run\n- Main & plenary\n\n"
        "16 December 2025\tDay 1"
    )


def test_unclosed_and_broken_markup_does_not_fail():
    assert html_to_text("<div><p>open <b>bold <a href=x>link").text == "open bold link <x>"
