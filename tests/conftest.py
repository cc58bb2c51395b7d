import pytest

from cms import roles
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    # Uploads made by tests (images, documents, certificates) go to a throw-away folder.
    settings.MEDIA_ROOT = tmp_path / "media"


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
