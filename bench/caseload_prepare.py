"""The counsellor's caseload at 5,000 learners, prepared by bench/run.py in a subprocess on a copy
of the L database (size M has 1,000 learners only).

The first counsellor of the scale data is made to follow the first 5,000 learners too (on top of
their own caseload), signed in; then the caseload page and its CSV export (read to the end) are
requested twice in this process and the second request's queries counted, and the page's weight
is taken. Prints one JSON line: the session cookie, the paths, the query counts, the weight.
"""

import json
import sys
import warnings

import django

warnings.filterwarnings("ignore", message="No directory at")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from bench import ours  # noqa: E402
from cms import roles, scale_data  # noqa: E402
from cms.counselling.models import CounsellorLink  # noqa: E402

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000


def read(client, path: str) -> bytes:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def main():
    User = get_user_model()
    counsellor = User.objects.filter(groups__name=roles.COUNSELLORS).order_by("pk").first()
    learners = (
        User.objects.filter(groups__name=roles.LEARNERS).order_by("pk").values_list("pk", flat=True)
    )
    scale_data.link_caseload(counsellor.pk, list(learners[:SIZE]))
    following = CounsellorLink.objects.active().filter(counsellor=counsellor).count()
    cookie = ours.cookie(ours.session_for([counsellor])[counsellor.pk])
    paths = {
        "caseload": reverse("counselling:caseload"),
        "caseload CSV": reverse("counselling:export"),
    }
    queries, csv_rows = {}, 0
    for label, path in paths.items():
        read(ours._client(cookie), path)  # fills per-process caches
        with CaptureQueriesContext(connection) as ctx:
            body = read(ours._client(cookie), path)
        queries[label] = len(ctx.captured_queries)
        if label == "caseload CSV":
            csv_rows = body.count(b"\n") - 1  # the header
    weight = ours.Site.page_weight(paths["caseload"], cookie)
    print(
        json.dumps(
            {
                "cookie": cookie,
                "paths": paths,
                "queries": queries,
                "learners": following,
                "csv_rows": csv_rows,
                "weight": weight,
            }
        )
    )


if __name__ == "__main__":
    main()
