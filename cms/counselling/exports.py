"""CSV export of the caseload: the screen's selector, filters, order and columns, streamed.

For a French spreadsheet: ";" separator, UTF-8 with a BOM, dates dd/mm/yyyy, decimal comma.
Cells a spreadsheet would run as formulas are defused by the project's one helper for that.
Rows are produced chunk by chunk (selectors.caseload_iter), and each chunk's learners are
recorded in the access log as they are written: 10,000 rows never sit in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.statistics import _cell as safe_cell  # the project's one formula-defusing helper

from . import flags
from .models import AccessLog
from .selectors import CaseloadFilters, CaseloadRow, caseload_iter
from .services import access_record


class _Echo:
    def write(self, value):
        return value


def french_date(value) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y") if value else ""


def french_decimal(value, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}".replace(".", ",")


def header() -> list[str]:
    return [
        _("Nom"),
        _("Adresse e-mail"),
        _("Cours et progression"),
        _("Dernière activité"),
        _("Moyenne aux quiz (%)"),
        _("Signaux"),
    ]


def row_cells(row: CaseloadRow, labels: dict[str, str]) -> list[str]:
    courses = " ; ".join(f"{line.course.title} : {line.percent}\xa0%" for line in row.courses)
    return [
        row.learner.get_full_name() or row.learner.email,
        row.learner.email,
        courses,
        french_date(row.last_activity),
        french_decimal(row.quiz_average),
        " ; ".join(labels[name] for name in row.flags),
    ]


def caseload_csv(*, counsellor, filters: CaseloadFilters, chunk_size: int = 500) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";")
    t = flags.Thresholds.from_settings()
    labels = {name: flags.label(name, t) for name in flags.ALL}
    yield "\ufeff" + writer.writerow([safe_cell(v) for v in header()])
    for chunk in caseload_iter(counsellor=counsellor, filters=filters, chunk_size=chunk_size):
        access_record(
            counsellor=counsellor,
            learners=[r.learner for r in chunk],
            action=AccessLog.Action.EXPORT,
        )
        yield "".join(writer.writerow([safe_cell(v) for v in row_cells(r, labels)]) for r in chunk)


def filename() -> str:
    return f"demandeurs-emploi-{timezone.localdate():%Y-%m-%d}.csv"
