"""The admin speaks French: role groups, the moderation workflow and its task get French names.

Wagtail's own migrations create "Editors", "Moderators" and the "Moderators approval" workflow and
task; migration 0003 created "Learners" and "Counsellors". Depends on the last migration of every
Wagtail app that looks groups up by name, so those run first on a new database.
"""

from django.db import migrations

GROUPS = {
    "Learners": "Apprenants",
    "Counsellors": "Conseillers",
    "Editors": "Rédacteurs",
    "Moderators": "Modérateurs",
}
WORKFLOW = ("Moderators approval", "Validation par la modération")


def _rename(apps, groups: dict, workflow: tuple):
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    Task = apps.get_model("wagtailcore.Task")
    for old, new in groups.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    old, new = workflow
    Workflow.objects.filter(name=old).update(name=new)
    Task.objects.filter(name=old).update(name=new)


def to_french(apps, schema_editor):
    _rename(apps, GROUPS, WORKFLOW)


def to_english(apps, schema_editor):
    _rename(apps, {new: old for old, new in GROUPS.items()}, WORKFLOW[::-1])


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_email_preferences_and_sent_emails"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(to_french, to_english)]
