"""Reads for the account pages and the "Mes données" export (a fixed number of queries each)."""

from __future__ import annotations

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db.models import QuerySet


def account_data(*, user) -> dict:
    """The account's own fields (never the password hash): one query for the groups."""
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "preferred_language": user.preferred_language,
        "email_reminders": user.email_reminders,
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }


def login_attempts(*, email: str) -> QuerySet:
    return AccessAttempt.objects.filter(username__iexact=email)


def security_records(*, email: str) -> list[QuerySet]:
    """Every django-axes row about this e-mail (attempts, failure log, access log)."""
    return [
        login_attempts(email=email),
        AccessFailureLog.objects.filter(username__iexact=email),
        AccessLog.objects.filter(username__iexact=email),
    ]


def login_attempts_data(*, user) -> dict:
    """Security records kept by django-axes about logins with this e-mail: three queries."""
    email = user.email
    fields = ("attempt_time", "ip_address", "user_agent", "path_info")
    return {
        "failed_login_attempts": [
            {**row, "failures": row.pop("failures_since_start")}
            for row in login_attempts(email=email)
            .order_by("attempt_time")
            .values(*fields, "failures_since_start")
        ],
        "failed_login_log": list(
            AccessFailureLog.objects.filter(username__iexact=email)
            .order_by("attempt_time")
            .values(*fields, "locked_out")
        ),
        "login_log": list(
            AccessLog.objects.filter(username__iexact=email)
            .order_by("attempt_time")
            .values(*fields, "logout_time")
        ),
    }
