import re

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .. import flags

register = template.Library()


@register.simple_tag
def flag_label(name, thresholds=None) -> str:
    return flags.label(name, thresholds)


@register.simple_tag
def flag_description(name, thresholds=None) -> str:
    return flags.description(name, thresholds)


@register.filter
def note_html(note) -> str:
    """A note's HTML: cleaned by cms.sanitize when it was stored, so it is marked safe here."""
    return mark_safe(note.body_html)  # noqa: S308 - sanitised on the way in (services)


@register.simple_tag
def activity_bars(overview) -> dict:
    """Geometry of the activity chart (viewBox units), computed here to keep the template simple."""
    from django.utils.formats import date_format
    from django.utils.translation import gettext as _

    width, height, top, base = 640, 220, 24, 188
    slot = width / max(len(overview.weeks), 1)
    bar_width = round(slot * 0.6)
    peak = overview.max_steps
    items = []
    for i, week in enumerate(overview.weeks):
        h = round((base - top) * week.steps / peak) if week.steps else 0
        x = round(i * slot + (slot - bar_width) / 2)
        items.append(
            {
                "x": x,
                "cx": round(x + bar_width / 2),
                "y": base - h,
                "h": h,
                "label_y": base - h - 6,
                "steps": week.steps,
                "start": week.start,
            }
        )
    description = "; ".join(
        _("semaine du %(date)s : %(n)s") % {"date": date_format(w.start, "j F"), "n": w.steps}
        for w in overview.weeks
    )
    return {
        "width": width,
        "height": height + 8,
        "base": base,
        "axis_y": base + 20,
        "bar_width": bar_width,
        "items": items,
        "description": description,
    }


@register.filter
def step_status(progress, step) -> str:
    return progress.status(step)


_FIRST_OF_MONTH = re.compile(
    r"\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)


@register.filter
def long_date(value, fmt="j F Y") -> str:
    """Django's date filter, with French's "1er" for the first day of a month."""
    text = date_filter(value, fmt)
    if get_language() == "fr":
        text = _FIRST_OF_MONTH.sub(r"1er \1", text)
    return text
