"""Who may delete their own account from the public page: one rule (owns_admin_content) decides
for the page and for the service, over every kind of account."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from cms import roles
from cms.accounts import services
from cms.accounts.permissions import may_delete_own_account, owns_admin_content
from cms.users import User
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db

PASSWORD = "motdepasse-solide-42"


def _learner_who_owns_a_page():
    user = UserFactory(groups=[roles.LEARNERS])
    course, _lessons = build_course(modules=1, lessons_per_module=1)
    course.owner = user
    course.save(update_fields=["owner"])
    return user


def _learner_who_wrote_a_revision():
    user = UserFactory(groups=[roles.LEARNERS])
    course, _lessons = build_course(modules=1, lessons_per_module=1)
    course.save_revision(user=user)
    return user


def _with_admin_access():
    user = UserFactory(groups=[roles.LEARNERS])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


ACCOUNTS = {
    "learner": (lambda: UserFactory(groups=[roles.LEARNERS]), False),
    "counsellor": (lambda: UserFactory(groups=[roles.COUNSELLORS]), False),
    "no group": (lambda: UserFactory(), False),
    "editor": (lambda: UserFactory(groups=[roles.EDITORS]), True),
    "moderator": (lambda: UserFactory(groups=[roles.MODERATORS]), True),
    "staff": (lambda: UserFactory(is_staff=True), True),
    "superuser": (lambda: UserFactory(is_superuser=True), True),
    "admin access permission": (_with_admin_access, True),
    "owner of a page": (_learner_who_owns_a_page, True),
    "author of a revision": (_learner_who_wrote_a_revision, True),
}


@pytest.mark.parametrize("kind", ACCOUNTS)
def test_the_rule(kind):
    make, owns = ACCOUNTS[kind]
    user = make()
    assert owns_admin_content(user) is owns
    assert may_delete_own_account(user) is (not owns)


@pytest.mark.parametrize("kind", ACCOUNTS)
def test_the_page_follows_the_rule(client, kind):
    make, owns = ACCOUNTS[kind]
    user = make()
    client.force_login(user)
    page = client.get(reverse("accounts:delete")).content.decode()
    assert ("demandez à un administrateur" in page) is owns
    assert ('name="password"' in page) is (not owns)
    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert User.objects.filter(pk=user.pk).exists() is owns
    assert response.status_code == (200 if owns else 302)


@pytest.mark.parametrize("kind", [k for k, (_make, owns) in ACCOUNTS.items() if owns])
def test_the_service_refuses_accounts_that_own_admin_content(kind):
    user = ACCOUNTS[kind][0]()
    with pytest.raises(services.AccountOwnsAdminContent):
        services.user_delete(user=user)
    assert User.objects.filter(pk=user.pk).exists()


def test_the_rule_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    user = _learner_who_wrote_a_revision()
    user = User.objects.get(pk=user.pk)  # no cached permissions
    with django_assert_max_num_queries(5):
        assert owns_admin_content(user)
