"""Group names are the stable identity of each role (Wagtail creates Editors and Moderators)."""

LEARNERS = "Learners"
COUNSELLORS = "Counsellors"
EDITORS = "Editors"
MODERATORS = "Moderators"

ALL = [LEARNERS, COUNSELLORS, EDITORS, MODERATORS]
