from bot.actions.memo.numbers import take_number
from bot.store.database import open_database


def test_numbers_count_up_per_series_and_year(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        taken = [take_number(db, circular=False, year_be=2568) for _ in range(3)]
        assert taken == [1, 2, 3]
        assert take_number(db, circular=True, year_be=2568) == 1
        assert take_number(db, circular=False, year_be=2569) == 1
        assert take_number(db, circular=False, year_be=2568) == 4
    finally:
        db.close()
