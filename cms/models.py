"""Models of the site shell, imported here so that Django registers them with the app.

The user lives in cms/users.py and the e-mail log in cms/emails.py (the base layer, below every
app); the page types in cms/pages.py (the wiring layer: the home page lists courses).
"""

from .emails import SentEmail  # noqa: F401
from .pages import HomePage, StandardPage  # noqa: F401
from .users import User  # noqa: F401
