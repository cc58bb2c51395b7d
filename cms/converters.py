"""URL path converters shared by every app (registered once, in CmsConfig.ready).

`<id:...>` matches a database id: 1 to 2**63 - 1, the range of a BigAutoField. Django's `<int:...>`
accepts any number of digits, and a 30-digit id then reaches the database, which cannot compare it
(SQLite raises OverflowError): a 500 instead of a 404. Here such a URL does not match at all.
"""

from django.urls import register_converter
from django.urls.converters import get_converters

MAX_ID = 2**63 - 1


class IdConverter:
    # At most 19 digits is the size of MAX_ID; to_python refuses what is above it (or zero).
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError(f"{value} is not a database id")
        return number

    def to_url(self, value) -> str:
        # reverse() turns this ValueError into NoReverseMatch: no link to an id that cannot exist.
        return str(self.to_python(str(value)))


def register() -> None:
    """Make `<id:...>` available to URL patterns; safe to call more than once."""
    if "id" not in get_converters():
        register_converter(IdConverter, "id")
