"""What the fork server that starts the reading workers loads once, as it starts.

Imported there by name (`workers.forkserver_context`): the reading and extraction stages'
modules (bot.app.build_stages), their places' tables and their patterns. Every worker is
then a fork of a process that has them, and starts ready in milliseconds; a new interpreter
took a second or two of CPU for each worker, again after every worker a timeout killed.
"""

from bot.processing.workers import warm_understanding
from bot.reading.mime import read_message
from bot.understanding.extract import extract_message

__all__ = ["extract_message", "read_message"]  # the stages, loaded

warm_understanding()
