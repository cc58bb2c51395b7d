"""Move certificate PDFs written before 0004 out of the public media folder.

They were stored under MEDIA_ROOT/certificates/, which the front server publishes: copy each one
into the private storage (same name) and delete the public copy. A file missing from both places
is left empty on the row, and the certificate task writes it again when asked.
"""

import logging

from django.core.files.storage import storages
from django.db import migrations

logger = logging.getLogger(__name__)


def move_to_private(apps, schema_editor):
    Certificate = apps.get_model("courses", "Certificate")
    public, private = storages["default"], storages["private"]
    for certificate in Certificate.objects.exclude(file="").only("pk", "file").iterator():
        name = certificate.file.name
        if private.exists(name):
            if public.exists(name):
                public.delete(name)
            continue
        if not public.exists(name):
            logger.warning("Certificate %s: file %s not found", certificate.pk, name)
            continue
        with public.open(name, "rb") as handle:
            saved = private.save(name, handle)
        if saved != name:
            Certificate.objects.filter(pk=certificate.pk).update(file=saved)
        public.delete(name)


class Migration(migrations.Migration):
    dependencies = [("courses", "0004_certificate_private_storage")]

    operations = [migrations.RunPython(move_to_private, migrations.RunPython.noop, elidable=True)]
