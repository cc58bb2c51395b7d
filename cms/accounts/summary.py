"""The "Mes données" export made readable: labelled sections, dates for people, no technical ids.

`export_summary(data)` takes what services.user_data_export returns and gives the printable page
its sections. It renders any app's section generically (lists of records, nested lists such as
quiz answers), so an app that adds data to its `personal_data()` shows up without changes here;
a module may name its keys with a `LABELS = {"key": _("Label")}` dict.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from cms import roles
from cms.templatetags.site_tags import human_date

from .services import personal_data_modules

SECTION_TITLES = {
    "account": _("Mon compte"),
    "courses": _("Mes cours"),
    "quizzes": _("Mes quiz"),
    "security": _("Sécurité de connexion"),
}

LABELS = {
    # account
    "email": _("Adresse e-mail"),
    "first_name": _("Prénom"),
    "last_name": _("Nom"),
    "date_joined": _("Inscription sur le site"),
    "last_login": _("Dernière connexion"),
    "is_active": _("Compte actif"),
    "groups": _("Rôles"),
    # courses
    "enrollments": _("Cours suivis"),
    "course": pgettext_lazy("un cours", "Cours"),
    "enrolled_at": _("Commencé le"),
    "last_step": _("Dernière étape ouverte"),
    "last_activity_at": _("Dernière activité"),
    "completed_at": _("Terminé le"),
    "step_completions": _("Étapes terminées"),
    "step": _("Étape"),
    "certificates": _("Certificats"),
    "code": _("Code de vérification"),
    "issued_at": _("Délivré le"),
    # quizzes
    "quiz_attempts": _("Tentatives de quiz"),
    "quiz": _("Quiz"),
    "number": _("Tentative n°"),
    "started_at": _("Commencée le"),
    "submitted_at": _("Envoyée le"),
    "score": _("Score (%)"),
    "passed": _("Réussi"),
    "is_practice": _("Entraînement"),
    "answers": _("Réponses"),
    "question": _("Question"),
    "question_type": _("Type de question"),
    "response": _("Votre réponse"),
    "answer": _("Votre réponse"),
    "is_correct": _("Réponse juste"),
    "credit": _("Points obtenus"),
    "feedback": _("Explication"),
    # security
    "failed_login_attempts": _("Connexions refusées (en cours)"),
    "failed_login_log": _("Historique des connexions refusées"),
    "login_log": _("Historique des connexions"),
    "attempt_time": _("Date"),
    "ip_address": _("Adresse IP"),
    "user_agent": _("Navigateur"),
    "path_info": _("Page"),
    "failures": _("Échecs"),
    "locked_out": _("Compte bloqué"),
    "logout_time": _("Déconnexion"),
}

ROLE_NAMES = {
    roles.LEARNERS: _("Apprenant·e"),
    roles.COUNSELLORS: _("Conseiller·ère"),
    roles.EDITORS: _("Éditeur·rice"),
    roles.MODERATORS: _("Modérateur·rice"),
}
# Values shown with a name for people (the JSON keeps the stable identifiers).
VALUE_NAMES = {"groups": ROLE_NAMES}

# Keys left to the JSON file: technical ids and storage paths mean nothing on paper.
HIDDEN = {"format_version", "exported_at", "file", "question_type"}
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@dataclass
class Field:
    label: str
    text: str = ""
    records: list[list[Field]] = field(default_factory=list)  # a nested list (quiz answers)
    has_records: bool = False


@dataclass
class Group:
    """One list of records, e.g. "Cours suivis" or "Tentatives de quiz"."""

    label: str
    records: list[list[Field]]

    @property
    def is_table(self) -> bool:
        """Flat records of the same fields read best as a table (one line each)."""
        if not self.records:
            return False
        columns = self.columns
        return all(
            [f.label for f in record] == columns and not any(f.has_records for f in record)
            for record in self.records
        )

    @property
    def columns(self) -> list[str]:
        return [f.label for f in self.records[0]] if self.records else []


@dataclass
class Section:
    key: str
    title: str
    fields: list[Field]  # plain values of the section (the account)
    groups: list[Group]


def _labels() -> dict:
    labels = dict(LABELS)
    for _app, module in personal_data_modules():
        labels.update(getattr(module, "LABELS", {}))
    return labels


def _label(key: str, labels: dict) -> str:
    if key in labels:
        return str(labels[key])
    return key.replace("_", " ").capitalize()


def human_datetime(moment: dt.datetime) -> str:
    """"25 novembre 2026 à 14:05" in the site's time zone."""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return gettext("%(date)s à %(time)s") % {
        "date": human_date(moment),
        "time": formats.time_format(moment, "H:i"),
    }


def human_value(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return gettext("Oui") if value else gettext("Non")
    if isinstance(value, float):
        return formats.number_format(int(value) if value.is_integer() else round(value, 1))
    if isinstance(value, dt.datetime):
        return human_datetime(value)
    if isinstance(value, dt.date):
        return human_date(value)
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        try:
            return human_datetime(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return ", ".join(human_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} : {human_value(v)}" for k, v in value.items())
    return str(value)


def _is_records(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _fields(record: dict, labels: dict) -> list[Field]:
    fields = []
    for key, value in record.items():
        if key in HIDDEN or key.endswith("_id"):
            continue
        if _is_records(value):
            fields.append(
                Field(
                    label=_label(key, labels),
                    records=[_fields(v, labels) for v in value],
                    has_records=True,
                )
            )
        else:
            if key in VALUE_NAMES and isinstance(value, list):
                value = [str(VALUE_NAMES[key].get(v, v)) for v in value]
            fields.append(Field(label=_label(key, labels), text=human_value(value)))
    return fields


def export_summary(data: dict) -> list[Section]:
    """The sections of the printable summary, in the export's order."""
    labels = _labels()
    sections = []
    for key, content in data.items():
        if key in HIDDEN or not isinstance(content, dict):
            continue
        plain = {k: v for k, v in content.items() if not _is_list(v)}
        groups = [
            Group(label=_label(k, labels), records=[_fields(r, labels) for r in v])
            for k, v in content.items()
            if _is_list(v)
        ]
        sections.append(
            Section(
                key=key,
                title=str(SECTION_TITLES.get(key, _label(key, labels))),
                fields=_fields(plain, labels),
                groups=groups,
            )
        )
    return sections


def _is_list(value) -> bool:
    """A list of records, or an empty list (a group with nothing in it yet)."""
    return isinstance(value, list) and (not value or _is_records(value))
