"""Account state changes: sign-up, profile, export of one's data, deletion of one's account.

Keyword-only, transactional; callers (views, commands, tests) pass already-validated values.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from importlib import import_module
from types import ModuleType

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from cms import emails, roles
from cms.users import normalise_email

from . import permissions, selectors

logger = logging.getLogger(__name__)
User = get_user_model()

EXPORT_FORMAT_VERSION = 1


class EmailAlreadyUsed(Exception):
    """Another account already has this e-mail address (compared case-insensitively)."""


class AccountOwnsAdminContent(Exception):
    """The account works in the Wagtail admin: only an administrator may remove it."""


def user_signup(*, email: str, first_name: str, last_name: str, password: str) -> User:
    """Create a learner account and put it in the Learners group.

    Two concurrent sign-ups with the same address create one account: the unique constraint on the
    (lower-cased) e-mail decides, and the loser gets EmailAlreadyUsed.
    """
    email = normalise_email(email)
    user = User(email=email, first_name=first_name.strip(), last_name=last_name.strip())
    # Hash before the transaction: hashing takes a good share of a second of CPU, and on SQLite
    # a write transaction holds the database's single write lock for as long as it lasts.
    user.set_password(password)
    with transaction.atomic():
        if User.objects.filter(email__iexact=email).exists():
            raise EmailAlreadyUsed(email)
        try:
            with transaction.atomic():
                user.save()
        except IntegrityError as exc:
            raise EmailAlreadyUsed(email) from exc
        learners, _created = Group.objects.get_or_create(name=roles.LEARNERS)
        user.groups.add(learners)
    return user


@transaction.atomic
def user_update_profile(
    *,
    user: User,
    first_name: str,
    last_name: str,
    email: str,
    email_reminders: bool | None = None,
) -> User:
    """Change names, e-mail (the login) and, when given, the reminder preference; the e-mail
    stays unique whatever its case."""
    email = normalise_email(email)
    if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise EmailAlreadyUsed(email)
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.email = email
    fields = ["first_name", "last_name", "email"]
    if email_reminders is not None:
        user.email_reminders = email_reminders
        fields.append("email_reminders")
    try:
        with transaction.atomic():
            user.save(update_fields=fields)
    except IntegrityError as exc:
        raise EmailAlreadyUsed(email) from exc
    return user


def user_set_email_preference(*, user_id: int, kind: str, enabled: bool) -> bool:
    """Switch one kind of e-mail on or off (cms.emails.KINDS). Returns True when it changed.

    Used by the one-click unsubscribe link, which knows the user only by the id it was signed for.
    """
    field = emails.KINDS[kind].opt_out_field
    if field is None:
        raise ValueError(f"E-mails of kind {kind!r} cannot be switched off")
    changed = User.objects.filter(pk=user_id).exclude(**{field: enabled}).update(**{field: enabled})
    return bool(changed)


def user_set_language(*, user: User, language: str) -> bool:
    """Remember the language a signed-in person chose (for e-mails). True when it changed."""
    if language not in dict(settings.LANGUAGES) or user.preferred_language == language:
        return False
    user.preferred_language = language
    User.objects.filter(pk=user.pk).update(preferred_language=language)
    return True


def personal_data_modules() -> list[tuple[str, ModuleType]]:
    """The installed `personal_data` modules listed in settings.PERSONAL_DATA_MODULES."""
    modules = []
    for dotted in getattr(settings, "PERSONAL_DATA_MODULES", []):
        try:
            module = import_module(dotted)
        except ModuleNotFoundError as exc:
            # Skip an app that is not there (yet); re-raise if the module's own imports fail.
            if not (dotted == exc.name or dotted.startswith(f"{exc.name}.")):
                raise
            continue
        modules.append((dotted.split(".")[0], module))
    return modules


def user_data_export(*, user: User) -> dict:
    """Everything the platform holds about `user`, as JSON-ready data.

    The account itself, then one section per app (from its `personal_data(user)`), then the security
    records kept about login attempts with this e-mail.
    """
    data = {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "account": selectors.account_data(user=user),
    }
    for app_label, module in personal_data_modules():
        data[app_label] = module.personal_data(user)
    data["security"] = selectors.login_attempts_data(user=user)
    return data


def data_page_sections(*, user: User) -> list[dict]:
    """Extra sections of the "Mes données" page, from the personal_data modules that offer one
    (`data_page_section(user)` -> {"template": ..., **context}, or None)."""
    sections = []
    for _label, module in personal_data_modules():
        section = getattr(module, "data_page_section", None)
        if section is not None and (data := section(user)):
            sections.append(data)
    return sections


def _stored_files(user: User) -> list:
    files = []
    for _label, module in personal_data_modules():
        stored_files = getattr(module, "stored_files", None)
        if stored_files is not None:
            files.extend(f for f in stored_files(user) if f)
    return files


def user_delete(*, user: User) -> None:
    """Delete the account and every record tied to it.

    Activity rows (enrolments, completions, quiz attempts and answers, certificates) go with the
    user through ON DELETE CASCADE; files those rows point to (certificate PDFs) are removed from
    storage once the deletion is committed; login-attempt records keyed by e-mail are deleted too.
    Calling it again for an already deleted user does nothing. An account that owns admin content
    (see permissions.owns_admin_content) is refused with AccountOwnsAdminContent.
    """
    if user.pk is None or not User.objects.filter(pk=user.pk).exists():
        return
    if permissions.owns_admin_content(user):
        raise AccountOwnsAdminContent(user.email)
    files = [(f.storage, f.name) for f in _stored_files(user)]
    email = user.email
    with transaction.atomic():
        for records in selectors.security_records(email=email):
            records.delete()
        User.objects.filter(pk=user.pk).delete()

        def remove_files():
            for storage, name in files:
                try:
                    storage.delete(name)
                except OSError:  # gone already, or storage down: never fail the deletion
                    logger.warning("Could not delete stored file %s of a deleted account", name)

        transaction.on_commit(remove_files)
