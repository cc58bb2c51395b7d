"""Template helpers for the public site's base template and components."""

import datetime as dt

from django import template
from django.core.cache import cache
from django.forms import BoundField
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext, ngettext
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

register = template.Library()

# Classes of form controls, per widget type (kept here so form_field.html stays readable).
_TEXT_INPUT = (
    "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base "
    "text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700 "
    "aria-[invalid=true]:border-2"
)
_CONTROL_CLASSES = {
    "checkbox": "size-6 shrink-0 rounded border-slate-500 accent-brand-700",
    "radio": "size-6 shrink-0 accent-brand-700",
    "select": _TEXT_INPUT + " pe-8",
    "selectmultiple": _TEXT_INPUT,
    "textarea": _TEXT_INPUT + " min-h-32",
    "clearablefile": "block w-full text-base file:me-3 file:min-h-11 file:rounded-md file:border-0 "
    "file:bg-brand-50 file:px-4 file:font-semibold file:text-brand-800",
    "file": "block w-full text-base file:me-3 file:min-h-11 file:rounded-md file:border-0 "
    "file:bg-brand-50 file:px-4 file:font-semibold file:text-brand-800",
}


@register.filter
def percent(value) -> int:
    """An integer between 0 and 100 (for progress bars); anything unreadable gives 0."""
    try:
        number = round(float(value))
    except (TypeError, ValueError):
        return 0
    return max(0, min(100, number))


@register.simple_tag
def form_control(field: BoundField, extra_class: str = "") -> str:
    """Render a bound field's widget with our classes and its help/error ids in aria-describedby."""
    widget_type = field.widget_type
    attrs = {}
    css = _CONTROL_CLASSES.get(widget_type, _TEXT_INPUT)
    if widget_type in {"radioselect", "checkboxselectmultiple"}:
        css = _CONTROL_CLASSES["radio" if widget_type == "radioselect" else "checkbox"]
    attrs["class"] = f"{css} {extra_class}".strip()
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described_by and widget_type not in {"radioselect", "checkboxselectmultiple"}:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.simple_tag
def choice_control(subwidget, field: BoundField) -> str:
    """Render one radio/checkbox of a multiple-choice field with our classes."""
    widget_type = field.widget_type
    css = _CONTROL_CLASSES["radio" if widget_type == "radioselect" else "checkbox"]
    attrs = dict(subwidget.data["attrs"])
    attrs["class"] = css
    if field.errors:
        attrs["aria-invalid"] = "true"
    subwidget.data["attrs"] = attrs
    return subwidget.tag()


@register.filter
def is_choice_group(field: BoundField) -> bool:
    return field.widget_type in {"radioselect", "checkboxselectmultiple"}


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page) -> list[tuple[str, str]]:
    """(url, title) pairs from the home page to `page` (one query for the ancestors)."""
    from django.utils.translation import gettext

    request = context.get("request")
    items: list[tuple[str, str]] = []
    if page is None:
        return items
    ancestors = page.get_ancestors().filter(depth__gt=1).live()
    for ancestor in list(ancestors) + [page]:
        title = gettext("Accueil") if ancestor.depth == 2 else ancestor.title
        items.append((ancestor.get_url(request=request) or "", title))
    return items


@register.filter
def page_summary(page) -> str:
    """The first description a page has: search description, summary, intro or hero text."""
    for attr in ("search_description", "summary", "intro", "hero_text"):
        value = getattr(page, attr, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


@register.filter
def duration(minutes) -> str:
    """A duration in minutes, for people: "45 min", "2 h", "1 h 30" (no-break spaces)."""
    from django.utils.translation import gettext

    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return gettext("%(minutes)d min") % {"minutes": rest}
    if not rest:
        return gettext("%(hours)d h") % {"hours": hours}
    return gettext("%(hours)d h %(minutes)02d") % {"hours": hours, "minutes": rest}


@register.simple_tag
def compact_page_range(page_obj):
    """Page numbers around the current page, elided: "1 … 4 5 6 … 20" (fits a phone)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.simple_tag
def content_lang():
    """` lang="fr"` on editor-written content when the interface is in another language.

    Pages are written in the site's default language (settings.LANGUAGE_CODE); when a visitor
    switches the interface to English, their content stays French and must say so (WCAG 3.1.2).
    """
    from django.conf import settings
    from django.utils.html import format_html
    from django.utils.translation import get_language

    default = settings.LANGUAGE_CODE
    if (get_language() or default).split("-")[0] == default.split("-")[0]:
        return ""
    return format_html(' lang="{}"', default)


@register.simple_tag
def content_language_code() -> str:
    """The language editors write in (settings.LANGUAGE_CODE), e.g. for a captions track."""
    from django.conf import settings

    return settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def site_userbar(context) -> str:
    """Wagtail's userbar, for those who may use the admin. Whether they may is cached for a few
    minutes per user: asking costs two permission queries on every page of every learner."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    key = f"userbar:{user.pk}"
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, 300)
    return wagtailuserbar(context) if allowed else ""


# Decimal units, as their names say ("Ko" is 1000 octets), largest first.
_SIZE_UNITS = [
    (10**9, lambda size: gettext("%(size)s Go") % {"size": size}),
    (10**6, lambda size: gettext("%(size)s Mo") % {"size": size}),
    (10**3, lambda size: gettext("%(size)s Ko") % {"size": size}),
]


@register.filter
def file_size(value) -> str:
    """A file size for people: "850 octets", "48 Ko", "1,2 Mo" ("1.2 MB" in English).

    Django's filesizeformat says "Kio"/"Mio" in French; French readers expect Ko/Mo/Go.
    """
    try:
        size = int(value)
    except (TypeError, ValueError):
        return ""
    size = max(size, 0)
    for factor, label in _SIZE_UNITS:
        if size >= factor:
            amount = size / factor
            digits = 1 if amount < 10 else 0
            return label(formats.number_format(round(amount, digits), decimal_pos=digits))
    return ngettext("%(size)s octet", "%(size)s octets", size) % {"size": size}


@register.filter
def human_date(value, options: str = "") -> str:
    """A date for people, in the interface language: "1er décembre 2026", "12 décembre 2026"
    ("1 December 2026" in English). Options, comma-separated: "short" for the abbreviated month
    ("1er déc. 2026"), "time" to add the time ("… à 10:30"), "numeric" (01/12/2026) and "daymonth"
    (01/12) for tables and chart axes. Aware datetimes are shown in the
    site's time zone. Every date shown on the site goes through this filter.
    """
    if not isinstance(value, dt.date):
        return ""
    flags = {flag.strip() for flag in options.split(",") if flag.strip()}
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if "numeric" in flags or "daymonth" in flags:  # tables and chart axes: 01/12/2026, 01/12
        return formats.date_format(value, "d/m" if "daymonth" in flags else "SHORT_DATE_FORMAT")
    text = formats.date_format(value, "j N Y" if "short" in flags else "j F Y")
    if value.day == 1 and (get_language() or "").split("-")[0] == "fr":
        text = "1er" + text[1:]  # French ordinal for the first day of the month only
    if "time" in flags and isinstance(value, dt.datetime):
        text = gettext("%(date)s à %(time)s") % {
            "date": text,
            "time": formats.time_format(value, "H:i"),
        }
    return text


@register.filter
def percent_label(value, decimals=0) -> str:
    """A percentage for people: "62 %" in French (no-break space), "62%" in English; "62,5 %"
    with `decimals=1`. Empty for no value."""
    if value is None or value == "":
        return ""
    try:
        number = float(value)
        decimals = int(decimals)
    except (TypeError, ValueError):
        return ""
    shown = formats.number_format(round(number, decimals), decimal_pos=decimals)
    return gettext("%(value)s %%") % {"value": shown}


@register.simple_tag
def content_in_another_language() -> bool:
    """True when the interface language is not the one courses are written in (French)."""
    from django.conf import settings

    default = settings.LANGUAGE_CODE.split("-")[0]
    return (get_language() or default).split("-")[0] != default
