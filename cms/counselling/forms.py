"""Forms of the workspace: caseload filters, notes, attempt grants, and the learner's code entry."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import flags
from .models import Note, normalise_code
from .selectors import DEFAULT_SORT, CaseloadFilters

SORT_CHOICES = [
    ("attention", _("À suivre en priorité")),
    ("name", _("Nom (A → Z)")),
    ("activity", _("Activité la plus ancienne")),
    ("-activity", _("Activité la plus récente")),
    ("-quiz", _("Meilleure moyenne aux quiz")),
    ("quiz", _("Moyenne aux quiz la plus basse")),
]


class CaseloadFilterForm(forms.Form):
    q = forms.CharField(label=_("Rechercher par nom"), required=False, max_length=100)
    flag = forms.ChoiceField(label=_("Signal"), required=False)
    # An id, validated by the selector against the counsellor's courses (the choices are only
    # for display, so the filters can be read before the courses are).
    course = forms.IntegerField(label=_("Cours"), required=False, min_value=1, widget=forms.Select)
    sort = forms.ChoiceField(label=_("Trier par"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, courses=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["flag"].choices = [("", _("Tous les signaux"))] + list(
            flags.short_labels().items()
        )
        self.fields["course"].widget.choices = [("", _("Tous les cours"))] + [
            (course.pk, course.title) for course in courses
        ]

    def filters(self) -> CaseloadFilters:
        """The filters; an invalid value (edited URL) falls back to "all" instead of an error."""
        data = self.cleaned_data if self.is_valid() else getattr(self, "cleaned_data", {})
        return CaseloadFilters(
            q=(data.get("q") or "").strip(),
            flag=data.get("flag") or "",
            course_id=data.get("course"),
            sort=data.get("sort") or DEFAULT_SORT,
        )


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Une ligne vide commence un paragraphe ; « - » en début de ligne fait une liste ; "
            "**gras**, *italique*, [texte du lien](https://…)."
        ),
    )
    shared = forms.TypedChoiceField(
        label=_("Qui peut lire cette note ?"),
        choices=[
            ("0", _("Seulement les conseillers")),
            ("1", _("Partagée avec la personne (visible sur « Mon parcours »)")),
        ],
        coerce=lambda value: value == "1",
        initial="0",
        widget=forms.RadioSelect,
    )
    appointment_at = forms.DateTimeField(
        label=_("Prochain rendez-vous (facultatif)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M"],
        help_text=_("La date et le type du rendez-vous sont toujours montrés à la personne."),
    )
    appointment_mode = forms.ChoiceField(
        label=_("Type de rendez-vous"),
        required=False,
        choices=[("", "—")] + list(Note.Mode.choices),
    )

    def clean(self):
        data = super().clean()
        when, mode = data.get("appointment_at"), data.get("appointment_mode")
        if when and not mode:
            self.add_error("appointment_mode", _("Précisez le type de rendez-vous."))
        if mode and not when and "appointment_at" not in self.errors:
            self.add_error("appointment_at", _("Indiquez la date et l'heure du rendez-vous."))
        if when and when < timezone.now() - timedelta(days=1):
            self.add_error("appointment_at", _("Ce rendez-vous est déjà passé."))
        return data

    @classmethod
    def for_note(cls, note: Note, **kwargs):
        initial = {
            "body": note.body_source,
            "shared": "1" if note.shared else "0",
            "appointment_at": timezone.localtime(note.appointment_at)
            if note.appointment_at
            else None,
            "appointment_mode": note.appointment_mode,
        }
        return cls(initial=initial, **kwargs)


class GrantForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif (visible dans le suivi)"),
        max_length=300,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": _("Ex. : leçon revue ensemble en rendez-vous")}
        ),
    )


class InvitationCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code de votre conseiller"),
        max_length=20,
        help_text=_("8 lettres et chiffres, par exemple ABCD-2345."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if len(code) != 8:
            raise forms.ValidationError(_("Le code compte 8 lettres et chiffres."))
        return code
