"""Demo content for `manage.py load_demo`: two real courses, illustrations, templates, accounts.

Everything here is idempotent: objects are looked up by a stable key (slug, title, e-mail) and
created or updated, so the command can run on every `make run`.
"""
