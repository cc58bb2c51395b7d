import pytest

from tests.embedded import copy_database, migrated_database


@pytest.fixture(scope="session")
def _embedded_template(tmp_path_factory):
    return migrated_database(tmp_path_factory.mktemp("embedded-template"))


@pytest.fixture
def embedded_database(_embedded_template, tmp_path):
    """A migrated SQLite file of this test's own (a copy of one migrated once per session)."""
    return copy_database(_embedded_template, tmp_path)
