"""A test-only e-mail backend for real worker processes (see tests/courses/test_worker_kill.py).

Each sending writes an "attempt-*" file in EMAIL_FILE_PATH, waits until a "release" file exists
there (so a test can kill the worker mid-task), then writes the message as "sent-*.eml".
"""

import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        folder = Path(settings.EMAIL_FILE_PATH)
        name = uuid.uuid4().hex
        (folder / f"attempt-{name}").touch()
        while not (folder / "release").exists():
            time.sleep(0.1)
        for i, message in enumerate(email_messages):
            (folder / f"sent-{name}-{i}.eml").write_bytes(message.message().as_bytes())
        return len(email_messages)
