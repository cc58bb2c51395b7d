"""Caseload builders for counselling tests: linked learners with activity, fast (bulk_create)."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from cms import roles
from cms.counselling.models import CounsellorLink
from cms.counselling.services import counsellor_profile, link_accept
from courses.models import Enrollment, StepCompletion


def link(counsellor, learner) -> CounsellorLink:
    return link_accept(learner=learner, profile=counsellor_profile(user=counsellor))[0]


def bulk_caseload(counsellor, n: int, *, course=None, steps=(), prefix="p") -> list:
    """`n` learners linked to `counsellor`, each enrolled in `course` with the first step done
    for half of them; activity dates spread over 40 days. Four bulk INSERTs, whatever n."""
    User = get_user_model()
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}{i}@example.org",
                first_name=f"Prénom{i}",
                last_name=f"Nom{i:05d}",
                password="!",
            )
            for i in range(n)
        ]
    )
    if not users[0].pk:  # backends that do not return ids
        users = list(User.objects.filter(email__startswith=prefix).order_by("pk"))
    learners = Group.objects.get(name=roles.LEARNERS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=learners.pk) for u in users]
    )
    CounsellorLink.objects.bulk_create(
        [CounsellorLink(counsellor=counsellor, learner=u) for u in users]
    )
    if course is not None:
        Enrollment.objects.bulk_create(
            [
                Enrollment(
                    user=u,
                    course=course,
                    last_step=steps[0] if steps else None,
                    last_activity_at=now - timedelta(days=i % 40),
                )
                for i, u in enumerate(users)
            ]
        )
        if steps:
            StepCompletion.objects.bulk_create(
                [
                    StepCompletion(user=u, course=course, step=steps[0])
                    for i, u in enumerate(users)
                    if i % 2 == 0
                ]
            )
    return users
