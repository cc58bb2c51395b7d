from django.db import migrations

ROLE_GROUPS = ["Learners", "Counsellors", "Editors", "Moderators"]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("cms.HomePage")

    # Replace Wagtail's welcome page (and the Site pointing at it) with our home page.
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title="Accueil",
        draft_title="Accueil",
        slug="accueil",
        content_type=home_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=Locale.objects.order_by("pk").first(),
        hero_title="Apprenez à chercher un emploi, à votre rythme",
        hero_text="Des cours courts et gratuits pour écrire un CV, organiser sa recherche "
        "et préparer ses entretiens, sur téléphone comme sur ordinateur.",
    )
    root.numchild = 1
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Cap Emploi"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_homepage_standardpage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_homepage, migrations.RunPython.noop),
    ]
