from bot.reading.thai_digits import to_thai_digits as thai_digits
from bot.understanding.temporal.digits import number, to_arabic


def test_thai_and_mixed_digits_read_as_numbers() -> None:
    assert number("๒๕๖๘") == 2568
    assert number("2๕") == 25
    assert number("09") == 9


def test_conversion_both_ways() -> None:
    assert thai_digits("16-18/12/2025") == "๑๖-๑๘/๑๒/๒๐๒๕"
    assert to_arabic("๐ ๒๒๔๕ ๑๓๓๐") == "0 2245 1330"
    assert to_arabic(thai_digits("0123456789")) == "0123456789"
