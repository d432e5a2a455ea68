"""Sources highlighted in a message's text: found despite folded whitespace, hostile
text escaped, one mark for fields that share a sentence."""

from bot.services.meeting_detail import highlighted


def test_a_source_is_marked_where_its_words_are_even_across_lines():
    text = "Dear all,\nThe meeting is on\n5 March 2026 <b>in</b> Jakarta.\n"
    html = str(highlighted(text, [("start", "The meeting is on 5 March 2026 <b>in</b> Jakarta.")]))
    assert '<mark id="src-start"' in html
    assert "&lt;b&gt;in&lt;/b&gt;" in html
    assert "<b>" not in html


def test_fields_sharing_a_sentence_get_one_mark_and_an_anchor_each():
    text = "Held online on 5 March 2026."
    html = str(highlighted(text, [("start", "Held online on 5 March 2026."), ("mode", text)]))
    assert html.count("<mark") == 1
    assert 'id="src-mode"' in html


def test_a_source_not_in_the_text_marks_nothing():
    html = str(highlighted("<script>x</script>", [("title", "elsewhere")]))
    assert html == "&lt;script&gt;x&lt;/script&gt;"
