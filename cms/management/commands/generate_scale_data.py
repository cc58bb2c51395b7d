"""`manage.py generate_scale_data --size M [--seed N] [--replace]`: realistic data at scale.

See cms.scale_data for what is generated. Sizes: XS 10, S 100, M 1,000, L 10,000, XL 100,000
learners. The same seed gives the same data.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from cms import scale_data


class Command(BaseCommand):
    help = "Generate courses and the activity of many learners, reproducibly from a seed."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=list(scale_data.SIZES), default="XS")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--replace", action="store_true", help="remove scale data from an earlier run first"
        )
        parser.add_argument("--batch-size", type=int, default=1_000)

    def handle(self, *args, size, seed, replace, batch_size, **options):
        started = time.perf_counter()
        if scale_data.exists():
            if not replace:
                raise CommandError("Scale data already exists: add --replace to regenerate it.")
            scale_data.remove()
            self.stdout.write(
                f"Removed the earlier scale data in {time.perf_counter() - started:.1f} s"
            )
        learners = scale_data.SIZES[size]
        self.stdout.write(f"Generating size {size} ({learners:,} learners), seed {seed}...")
        report = scale_data.generate(
            size=size, seed=seed, batch_size=batch_size, log=self.stdout.write
        )
        for name, count in report.counts.items():
            self.stdout.write(f"  {name:18} {count:>10,}")
        if connection.vendor == "postgresql":
            # Planner statistics, as autovacuum would gather them on a production server: without
            # them, PostgreSQL plans queries on the new rows as if the tables were empty.
            started_analyze = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            report.timings.append(("analyze", time.perf_counter() - started_analyze))
        for name, seconds in report.timings:
            self.stdout.write(f"  time, {name:16} {seconds:8.1f} s")
        self.stdout.write(
            self.style.SUCCESS(
                f"Size {size} generated in {report.seconds:.1f} s "
                f"({sum(report.counts.values()):,} rows)"
            )
        )
