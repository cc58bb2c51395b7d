"""Private file storage: files only a view that checks the owner may hand out.

STORAGES["private"] is a folder outside MEDIA_ROOT (PRIVATE_MEDIA_ROOT) or a private S3 bucket or
prefix; it has no public URL. Models point at it with `storage=private_storage`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property


class PrivateFileSystemStorage(FileSystemStorage):
    """FileSystemStorage in PRIVATE_MEDIA_ROOT, with no URL: `.url()` refuses."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a view.")

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def private_storage():
    """The private storage (a callable, so that migrations do not freeze the backend)."""
    return storages["private"]

