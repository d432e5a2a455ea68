"""The temporal-expression engine: dates, times, ranges and deadlines in English and Thai."""
