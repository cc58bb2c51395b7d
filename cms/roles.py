"""Group names are the stable identity of each role, in French: editors and administrators see
them in the Wagtail admin (users, groups, the moderation task). Wagtail creates its "Editors" and
"Moderators" groups in English; cms migration 0004 renames them (and ours) to these names.
"""

LEARNERS = "Apprenants"
COUNSELLORS = "Conseillers"
EDITORS = "Rédacteurs"
MODERATORS = "Modérateurs"

ALL = [LEARNERS, COUNSELLORS, EDITORS, MODERATORS]

# The moderation workflow and its single task (Wagtail creates both as "Moderators approval").
MODERATION_WORKFLOW = "Validation par la modération"
