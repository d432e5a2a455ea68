"""A worker compiles what the understanding needs as it starts, not in its first message."""

import subprocess
import sys

_CHECK = """
from bot.processing.workers import warm_understanding
from bot.understanding.fields import gazetteer
warm_understanding()
for names in (gazetteer._CITY_NAMES, gazetteer._COUNTRY_NAMES):
    missing = {"_first_words", "_latin", "_thai"} - set(vars(names))
    assert not missing, missing
"""


def test_warming_compiles_the_gazetteers_lists_of_names():
    # A fresh interpreter: in this one another test may have compiled them already.
    done = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
