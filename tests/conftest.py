import pytest

from cms import roles
from tests.factories import UserFactory


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Make the migrated data (Wagtail's root page, Site, groups) restorable in every context.

    Django keeps it on the connection object, which is context-local: once Playwright's event loop
    runs, browser tests see another connection object without it, so serialized_rollback would
    silently restore nothing after live_server's flush. Keep it on the connection class instead.
    """
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            type(connections[alias])._test_serialized_contents = contents
    yield


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    # Uploads made by tests (images, documents) and private files (certificates) go to
    # throw-away folders.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rendered pages, the cached site and permission flags must not leak from one test to the next.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def learner(db):
    return UserFactory(groups=[roles.LEARNERS])


@pytest.fixture
def other_learner(db):
    return UserFactory(groups=[roles.LEARNERS])


@pytest.fixture
def counsellor(db):
    return UserFactory(groups=[roles.COUNSELLORS])


@pytest.fixture
def editor(db):
    return UserFactory(groups=[roles.EDITORS])


@pytest.fixture
def moderator(db):
    return UserFactory(groups=[roles.MODERATORS])


@pytest.fixture
def admin_user(db):
    return UserFactory(is_staff=True, is_superuser=True)
