"""Completeness checks: is this case ready to become this form?

Each finding has a severity (``blocking`` stops a final render; ``warning``
does not), a stable ``code`` (with ``params`` for the values it names), an
English message, and ``path``: the case
field it concerns, in the same notation as validation problems
(``deprivations[0].arrest.date``), so the desktop app can open that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from typing import TYPE_CHECKING

from app.domain.communications import target
from app.domain.model import Case, DetentionPeriod, Person
from app.services.submission import FOLLOW_UP as FOLLOW_UP_FORMS
from app.services.submission.forms import config

if TYPE_CHECKING:
    from app.services.disclosure import Disclosed

BLOCKING = "blocking"
WARNING = "warning"
UN_LANGUAGES = ("en", "fr", "es")
MEDIA_KINDS = {"media-report", "social-media"}
# Abbreviations the UN asks to be written out (WGEID instructions; good practice for all bodies).
KNOWN_ABBREVIATIONS = re.compile(r"\b(PSB|MPS|MSS|SSB|PAP|RSDL|SPC|SPP|CCDI|NSC|NSD|XPCC|UFWD|CCP|PLA|HKPF|ICAC)\b")


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    path: str
    item_id: str = ""
    # values the message names, for interfaces that word it in the user's language (app/gui/messages.py)
    params: tuple[tuple[str, str], ...] = ()
    detail: str = ""  # e.g. the sentence concerned

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCKING

    def to_dict(self) -> dict[str, object]:
        return {"severity": self.severity, "code": self.code, "message": self.message,
                "path": self.path, "item_id": self.item_id, "detail": self.detail,
                "params": dict(self.params)}


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def non_latin_share(text: str) -> float:
    """Share of letters that are not Latin script (Han, Arabic, Tibetan, Cyrillic...)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return (letters - len(_LATIN.findall(text))) / letters


def word_count(text: str) -> int:
    """Words in Latin text plus one word per two Han characters."""
    han = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    return len(re.findall(r"[^\W\d_]+", re.sub(r"[\u3400-\u9fff]", " ", text))) + han // 2


def _has_name(p: Person) -> bool:
    return bool((p.family_name + p.given_name + p.family_name_latin + p.given_name_latin).strip())


def _index(case: Case, person: Person) -> int:
    return case.persons.index(person)


def check(case: Case, form: str, person_ids: list[str] | None = None, *,
          disclosed: "Disclosed | None" = None) -> list[Finding]:
    """Findings for *form*, about the selected victims (all victims when *person_ids* is empty)."""
    findings: list[Finding] = []
    add = findings.append

    if form == "reprisals":  # about the incidents of the reprisals log, not the victims' detention
        from app.services.submission.reprisal_checks import reprisal_checks

        reprisal_checks(case, person_ids, add)
        _source_checks(case, form, add)
        if disclosed is not None:
            _clue_findings(disclosed, add)
        return findings

    # -- victims, consent, arrest --------------------------------------------------
    victims = [p for p in case.victims() if _has_name(p) and (not person_ids or p.id in person_ids)]
    if not victims:
        add(Finding(BLOCKING, "no-victim", "No identified victim: add a person with the role 'victim' and a name.",
                    "persons"))
    for v in victims:
        _victim_checks(case, v, form, add)
        if form == "wgeid":
            wgeid_checks(case, v, _who(case, v), add)
        else:
            suggest_wgeid(case, v, _who(case, v), add)

    if form in FOLLOW_UP_FORMS:  # the follow-up documents: consent and source as above, then the log
        _source_checks(case, form, add)
        followup_checks(case, form, add)
        if disclosed is not None:
            _clue_findings(disclosed, add)
        return findings
    _source_checks(case, form, add)
    return _form_checks(case, form, findings, disclosed)


def _source_checks(case: Case, form: str, add) -> None:  # type: ignore[no-untyped-def]
    # -- source ---------------------------------------------------------------------
    sources = [p for p in case.persons_with_role("source") if _has_name(p)]
    if not sources:
        add(Finding(BLOCKING, "no-source",
                    "No source identity: the UN does not accept anonymous communications. Add a person with "
                    "the role 'source' (it stays in the confidential annex).", "persons"))
    elif not any(s.contact.email or s.contact.phone or s.contact.address for s in sources):
        s = sources[0]
        add(Finding(WARNING, "no-source-contact", "The source has no contact details; the UN must be able to "
                    "reach the source for follow-up.", f"persons[{_index(case, s)}].contact", s.id))
    if form == "wgeid" and sources and not any(s.relationship_to_victim.strip() for s in sources):
        s = sources[0]
        add(Finding(WARNING, "wgeid-no-relationship",
                    "The source's relationship to the disappeared person is not recorded (relative, lawyer, "
                    "organisation acting with the family's consent); the Working Group asks for it.",
                    f"persons[{_index(case, s)}].relationship_to_victim", s.id))


def _form_checks(case: Case, form: str, findings: list[Finding], disclosed: "Disclosed | None") -> list[Finding]:
    add = findings.append
    wgad = form.startswith("wgad")
    sp = form.startswith("sp")
    urgent = form.endswith("urgent")
    # -- languages --------------------------------------------------------------------
    if case.narrative.strip() and non_latin_share(case.narrative) > 0.2:
        add(Finding(BLOCKING, "narrative-language",
                    "The narrative is not written in English, French or Spanish; the UN works only in these "
                    "languages. Write or translate the narrative.", "narrative"))
    for i, t in enumerate(case.testimonies):
        if t.confidential or not t.original_text.strip():
            continue
        translated = any(tr.language in UN_LANGUAGES and tr.text.strip() for tr in t.translations)
        if t.language not in UN_LANGUAGES and not translated:
            add(Finding(BLOCKING, "testimony-untranslated",
                        "A testimony is only in a language the UN does not work in; add an English, French or "
                        "Spanish translation (or mark it confidential).", f"testimonies[{i}].translations", t.id))

    # -- what the UN expects ------------------------------------------------------------
    if not case.remedies and not case.remedies_note.strip() and form != "wgeid":
        add(Finding(WARNING, "no-remedies",
                    "No domestic steps are described. They are not required, but say what was tried or why "
                    "nothing could be.", "remedies"))
    if wgad and not case.legal_analysis.categories:
        add(Finding(WARNING if urgent else BLOCKING, "no-category",
                    "No WGAD category (I–V) is argued: say why the detention is arbitrary.",
                    "legal_analysis.categories"))
    if urgent and not case.urgency_reason.strip():
        add(Finding(BLOCKING, "no-urgency-reason",
                    "An urgent request must say why the situation is urgent.", "urgency_reason"))
    if sp and not case.organisations and not case.persons_with_role("perpetrator"):
        add(Finding(WARNING, "no-perpetrator", "No alleged perpetrator (unit, authority or person) is named.",
                    "organisations"))
    if sp and not case.mandates:
        add(Finding(WARNING, "no-mandate", "No Special Procedures mandate is chosen.", "mandates"))

    for i, org in enumerate(case.organisations):
        name = org.name.strip()
        if not name or re.fullmatch(r"[A-Z]{2,6}", name):
            add(Finding(WARNING, "abbreviation",
                        "An authority is named only by an abbreviation; write its full name.",
                        f"organisations[{i}].name", org.id))
    introduced = _introduced(case)
    for field_name in ("summary", "narrative"):
        text = getattr(case, field_name)
        m = next((m for m in KNOWN_ABBREVIATIONS.finditer(text) if m.group(0) not in introduced), None)
        if m:
            add(Finding(WARNING, "abbreviation",
                        f"The {field_name} uses the abbreviation '{m.group(0)}'; write the full name.", field_name,
                        params=(("field", field_name), ("abbreviation", m.group(0)))))

    if case.evidence and not case.testimonies and all(e.kind in MEDIA_KINDS for e in case.evidence):
        add(Finding(WARNING, "only-media",
                    "The only sources are media reports; add a first-hand account or a document.", "evidence"))
    limit = int(config().get("long_narrative_words", 3000))
    if word_count(case.narrative) > limit and not case.summary.strip():
        add(Finding(WARNING, "long-without-summary",
                    f"The narrative is long (over {limit} words) and has no summary; put a concise summary first.",
                    "summary", params=(("limit", str(limit)),)))
    if disclosed is not None:
        _clue_findings(disclosed, add)
    return findings


def _introduced(case: Case) -> set[str]:
    """Abbreviations the documents introduce: in brackets in the summary or narrative ("residential surveillance
    at a designated location (RSDL)", "(RSDL, 指定居所监视居住)"), or as an authority's recorded abbreviation
    (printed beside its full name)."""
    found: set[str] = set()
    for text in (case.summary, case.narrative):
        for bracket in re.findall(r"\(([^()]*)\)", text):
            found |= set(KNOWN_ABBREVIATIONS.findall(bracket))
    for org in case.organisations:
        if org.name.strip():
            found |= set(KNOWN_ABBREVIATIONS.findall(org.abbreviation))
    return found


def _who(case: Case, p: Person) -> str:
    return f"{p.display_name() or 'an unnamed victim'} (persons[{_index(case, p)}])"


def _victim_checks(case: Case, v: Person, form: str, add) -> None:  # type: ignore[no-untyped-def]
    """Consent, and what each mechanism needs about the incident, for one victim (messages name the victim)."""
    wgad = form.startswith("wgad")
    urgent = form.endswith("urgent")
    who = _who(case, v)
    named = (("person", v.display_name() or f"persons[{_index(case, v)}]"),)
    consent = case.consent_for(v.id)
    if consent is None or not consent.submit_to_un:
        add(Finding(BLOCKING, "no-consent",
                    f"No consent to submit this case to the UN is recorded for {who}.", "consents", v.id, params=named))
    elif not consent.name_to_state:
        shown = "by initials" if consent.name_in_public in ("full", "initials") else "without a name"
        # every mechanism acts with the State on a named person; most of all in an urgent appeal
        add(Finding(WARNING, "unnamed-to-state",
                    f"{who} has not agreed to be named to the State, so the document identifies them {shown}: "
                    "a mechanism cannot intervene with the authorities for a person it cannot identify"
                    f"{' (an urgent appeal least of all)' if urgent else ''}. Ask again for consent to disclose the "
                    "name to the State, or send it as it is knowingly.", "consents", v.id, params=named))
    if wgad and consent is not None and consent.name_to_state and consent.name_in_public != "full":
        add(Finding(WARNING, "wgad-publishes-names",
                    f"{who} agreed to be named to the State but not in public: the Working Group publishes its "
                    "opinions with the names of the persons concerned. Confirm the person accepts this.",
                    "consents", v.id, params=named))
    deps = [(i, d) for i, d in enumerate(case.deprivations) if d.person_id == v.id]
    if form == "wgeid" or form in FOLLOW_UP_FORMS:
        return  # what the WGEID requires about the disappearance: wgeid_checks
    if wgad:
        # The questionnaire's minimum is the person's identity and the source; the rest is asked "as fully as
        # possible", and "Not known" is a valid answer (it is what the document prints for an empty field)
        if not deps or all(d.arrest.date is None and not any(p.start for p in d.periods) for _, d in deps):
            path = f"deprivations[{deps[0][0]}].arrest.date" if deps else f"persons[{_index(case, v)}]"
            add(Finding(WARNING, "no-arrest-date",
                        f"The date of arrest of {who} is not recorded; the questionnaire will say 'Not known'. Give "
                        "at least the year if you can (an approximate date is accepted).", path, v.id, params=named))
        for i, d in deps:
            if d.arrest.place.is_empty() and not any(not p.place.is_empty() or p.facility_id for p in d.periods):
                add(Finding(WARNING, "no-arrest-place",
                            f"The place of arrest of {who} is not recorded; the questionnaire will say 'Not known' "
                            "(give at least the country or the place of detention if you can).",
                            f"deprivations[{i}].arrest.place", v.id, params=named))
        return
    # Special Procedures: an incident need not be an arrest (a sentence, a disappearance, a travel ban) and an
    # approximate date is accepted; say what is known, in the narrative if nothing else
    dated = any(d.arrest.date or any(p.start for p in d.periods) or any(pr.verdict_date for pr in d.proceedings)
                for _, d in deps)
    if not dated:
        add(Finding(WARNING, "no-incident-date",
                    f"No date is recorded for what happened to {who} (arrest, detention, sentence…). Special "
                    "Procedures accept an approximate date; give one if you can, or say in the narrative that it "
                    "is not known.", f"deprivations[{deps[0][0]}].arrest.date" if deps else
                    f"persons[{_index(case, v)}]", v.id, params=named))


def wgeid_checks(case: Case, v: Person, who: str, add) -> None:  # type: ignore[no-untyped-def]
    """The WGEID's required elements about one disappeared person: date (at least month and year), place,
    forces believed responsible, action taken to locate the person.  Without them it cannot process a case."""
    named = (("person", v.display_name() or f"persons[{_index(case, v)}]"),)
    deps = [(i, d) for i, d in enumerate(case.deprivations) if d.person_id == v.id]
    at = f"deprivations[{deps[0][0]}]" if deps else f"persons[{_index(case, v)}]"
    dates = [x for _, d in deps for x in [d.arrest.date, *(p.start for p in d.periods)] if x is not None]
    if not any(x.month for x in dates):
        add(Finding(BLOCKING, "wgeid-no-date",
                    f"The date {who} was arrested, abducted or last seen is not recorded with at least the month "
                    "and year; the Working Group cannot process a case without it.",
                    f"{at}.arrest.date" if deps else at, v.id, params=named))
    if not any(not d.arrest.place.is_empty() or any(not p.place.is_empty() or p.facility_id for p in d.periods)
               for _, d in deps):
        add(Finding(BLOCKING, "wgeid-no-place",
                    f"The place where {who} was arrested, abducted or last seen is not recorded; the Working Group "
                    "cannot process a case without it.", f"{at}.arrest.place" if deps else at, v.id, params=named))
    forces = any(d.arrest.force_ids or d.arrest.forces_description.strip()
                 or any(p.holding_authority_id for p in d.periods) for _, d in deps)
    if not forces and not case.persons_with_role("perpetrator"):
        add(Finding(BLOCKING, "wgeid-no-forces",
                    f"No forces (State or State-supported) are named as believed responsible for the disappearance "
                    f"of {who}; the Working Group cannot process a case without them (say why State responsibility "
                    "is believed if they cannot be identified).",
                    f"{at}.arrest.force_ids" if deps else at, v.id, params=named))
    if not case.remedies and not case.remedies_note.strip():
        add(Finding(BLOCKING, "wgeid-no-steps",
                    f"No action taken to locate {who} is described (inquiries, complaints, habeas corpus); the "
                    "Working Group cannot process a case without it. If nothing was possible, say why.",
                    "remedies", v.id, params=named))


def place_unknown(p: DetentionPeriod) -> bool:
    """Whether a period's place is not known: no facility and no town recorded ("an undisclosed location,
    Tianjin"), or recorded as "whereabouts unknown"."""
    return p.kind == "whereabouts-unknown" or (not p.facility_id and not p.place.locality.strip())


def suggest_wgeid(case: Case, v: Person, who: str, add) -> None:  # type: ignore[no-untyped-def]
    """On the other forms: a detention incommunicado in an unknown place (typical of residential surveillance at a
    designated location) may be an enforced disappearance; suggest the WGEID form as well."""
    for i, d in enumerate(case.deprivations):
        if d.person_id != v.id:
            continue
        for j, p in enumerate(d.periods):
            if p.incommunicado == "yes" and place_unknown(p):
                add(Finding(WARNING, "suggest-wgeid",
                            f"{who} was held incommunicado in a place that is not known: this may be an enforced "
                            "disappearance. Consider also submitting the case to the Working Group on Enforced or "
                            "Involuntary Disappearances (form 'wgeid').", f"deprivations[{i}].periods[{j}].place",
                            v.id, params=(("person", v.display_name() or f"persons[{_index(case, v)}]"),)))
                return


def _clue_findings(d: "Disclosed", add) -> None:  # type: ignore[no-untyped-def]
    for c in d.clues:
        add(Finding(WARNING, "source-clue",
                    f"This sentence may identify the source ('{c.term}'): rewrite it, or mark the field "
                    "confidential.", c.path, c.person_id, params=(("term", c.term),), detail=c.sentence))


def followup_checks(case: Case, form: str, add) -> None:  # type: ignore[no-untyped-def]
    """What a follow-up document needs from the log: the entry it follows up, and the text to send."""
    t = target(case, form)
    if t is None:
        kind = "state-reply" if form == "wgad-comments" else "communication"
        add(Finding(BLOCKING, "followup-nothing-logged",
                    f"The communications log has no {kind} to follow up: add it to the log first.",
                    "communications", params=(("kind", kind),)))
        return
    i = case.communications.index(t)
    if not t.follow_up_text.strip():
        add(Finding(WARNING, "followup-no-text",
                    "The comments or update are not written yet (Comments or update, on the entry followed up).",
                    f"communications[{i}].follow_up_text", t.id))
    elif non_latin_share(t.follow_up_text) > 0.2:
        add(Finding(BLOCKING, "followup-language",
                    "The comments or update are not written in English, French or Spanish; the UN works only in "
                    "these languages.", f"communications[{i}].follow_up_text", t.id))
    if form == "wgad-comments" and not t.in_reply_to:
        add(Finding(WARNING, "followup-reply-unlinked",
                    "The reply does not say which communication it answers; its reference will not be printed.",
                    f"communications[{i}].in_reply_to", t.id))


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]
