"""Give the Counsellors group (made by cms.0003) the permission to use the workspace."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="counselling", model="counsellorprofile"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="use_workspace",
        defaults={"name": "Peut utiliser l'espace conseiller"},
    )
    group, _ = Group.objects.get_or_create(name="Counsellors")
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Permission.objects.filter(
        content_type__app_label="counselling", codename="use_workspace"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("counselling", "0001_initial"),
        ("cms", "0003_roles_and_homepage"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
