"""What the courses app holds about one learner, for the "Mes données" export and account deletion.

`personal_data(user)` is called by cms.accounts.services.user_data_export (see
settings.PERSONAL_DATA_MODULES); `stored_files(user)` lists the files to remove from storage when
the account is deleted (the rows themselves go with the user, ON DELETE CASCADE).
Three queries, whatever the number of courses.
"""

from __future__ import annotations

from django.urls import reverse

from cms.emails import absolute_url

from .models import Certificate, Enrollment, StepCompletion


def personal_data(user) -> dict:
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("course", "last_step")
        .order_by("enrolled_at", "pk")
    )
    completions = (
        StepCompletion.objects.filter(user=user)
        .select_related("course", "step")
        .order_by("completed_at", "pk")
    )
    certificates = (
        Certificate.objects.filter(user=user).select_related("course").order_by("issued_at", "pk")
    )
    return {
        "enrollments": [
            {
                "course": e.course.title,
                "enrolled_at": e.enrolled_at,
                "last_step": e.last_step.title if e.last_step else None,
                "last_activity_at": e.last_activity_at,
                "completed_at": e.completed_at,
            }
            for e in enrollments
        ],
        "step_completions": [
            {"course": c.course.title, "step": c.step.title, "completed_at": c.completed_at}
            for c in completions
        ],
        "certificates": [
            {
                "course": c.course.title,
                "code": c.display_code,
                "issued_at": c.issued_at,
                # Never the stored path: the file is private, served only to its signed-in owner.
                "download_url": (
                    absolute_url(reverse("courses:certificate_download", args=[c.pk]))
                    if c.file
                    else None
                ),
            }
            for c in certificates
        ],
    }


def stored_files(user) -> list:
    """The learner's certificate PDFs (removed from storage when the account is deleted)."""
    return [c.file for c in Certificate.objects.filter(user=user).exclude(file="")]
