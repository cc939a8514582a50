"""What the core reports, in the user's language: findings, validation problems, failures, fields.

The services and the domain report stable codes with parameters (``Finding.code``,
``Problem.code``, typed exceptions) and an English message for the command line.
This module maps each code to a ``QT_TRANSLATE_NOOP`` string, so ``pyside6-lupdate``
puts them in the catalogues and the desktop app shows them translated.  A code
missing here falls back to the core's English message (the catalogue test and the
pseudo-locale test make that visible).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app.errors import (
    BlobTooLarge,
    BundleReplayed,
    BundleTooLarge,
    Cancelled,
    ContactInvalid,
    DecodeError,
    InputFileError,
    InvalidCaseFile,
    InvalidSpreadsheet,
    NoRecoverySlot,
    NotARecipient,
    NotFound,
    RecourseError,
    RecoveryKeyInvalid,
    StorageFull,
    SubmissionBlocked,
    UnknownForm,
    UnknownProfile,
    UnknownPurpose,
    UnknownSigner,
    ValidationError,
    VaultLocked,
    UnlockNotCounted,
    VaultReadOnly,
    WrongRecoveryKey,
)

FINDINGS = {
    "no-victim": QT_TRANSLATE_NOOP("Findings", "No identified victim: under People, add a person with the role "
                                               "“Victim” and a name."),
    "no-consent": QT_TRANSLATE_NOOP("Findings", "No consent to submit this case to the UN is recorded for %1 "
                                                "(Consent)."),
    "no-arrest-date": QT_TRANSLATE_NOOP("Findings", "The date of arrest of %1 is not recorded; the questionnaire "
                                                    "will say “Not known”. Give at least the year if you can (an "
                                                    "approximate date is accepted)."),
    "no-arrest-place": QT_TRANSLATE_NOOP("Findings", "The place of arrest of %1 is not recorded; the questionnaire "
                                                     "will say “Not known” (give at least the country or the place "
                                                     "of detention if you can)."),
    "no-incident-date": QT_TRANSLATE_NOOP("Findings", "No date is recorded for what happened to %1 (arrest, "
                                                      "detention, sentence…). Special Procedures accept an "
                                                      "approximate date; give one, or say in the narrative that "
                                                      "it is not known."),
    "unnamed-to-state": QT_TRANSLATE_NOOP("Findings", "%1 has not agreed to be named to the State: a "
                                                              "mechanism cannot intervene for a person it cannot "
                                                              "identify. Ask again for consent, or send it "
                                                              "knowingly."),
    "wgad-publishes-names": QT_TRANSLATE_NOOP("Findings", "%1 agreed to be named to the State but not in public: "
                                                          "the Working Group publishes its opinions with the "
                                                          "names of the persons concerned. Confirm that the "
                                                          "person accepts this."),
    "source-clue": QT_TRANSLATE_NOOP("Findings", "This sentence may identify the source (“%1”); rewrite it or "
                                                 "mark the field confidential: “%2”"),
    "no-source": QT_TRANSLATE_NOOP("Findings", "No source: the UN does not accept anonymous communications. "
                                               "Under People, add a person with the role “Source” (it stays in "
                                               "the confidential annex)."),
    "no-source-contact": QT_TRANSLATE_NOOP("Findings", "The source has no contact details; the UN must be able "
                                                       "to reach the source for follow-up."),
    "narrative-language": QT_TRANSLATE_NOOP("Findings", "The narrative is not written in English, French or "
                                                        "Spanish, the only languages the UN works in. Write or "
                                                        "translate the narrative."),
    "testimony-untranslated": QT_TRANSLATE_NOOP("Findings", "A testimony is only in a language the UN does not "
                                                            "work in: add an English, French or Spanish "
                                                            "translation, or mark it confidential."),
    "no-remedies": QT_TRANSLATE_NOOP("Findings", "No domestic remedies are described. They are not required, "
                                                 "but say what was tried or why nothing could be."),
    "no-category": QT_TRANSLATE_NOOP("Findings", "No WGAD category (I–V) is argued: say why the detention is "
                                                 "arbitrary (Legal analysis)."),
    "no-urgency-reason": QT_TRANSLATE_NOOP("Findings", "An urgent request must say why the situation is urgent "
                                                       "(Summary › Why urgent)."),
    "no-perpetrator": QT_TRANSLATE_NOOP("Findings", "No alleged perpetrator (unit, authority or person) is "
                                                    "named."),
    "no-mandate": QT_TRANSLATE_NOOP("Findings", "No Special Procedures mandate is chosen (Summary › UN "
                                                "mandates)."),
    "wgeid-no-date": QT_TRANSLATE_NOOP("Findings", "The date %1 was arrested, abducted or last seen is not "
                                                   "recorded with at least the month and year; the Working Group "
                                                   "cannot process a case without it."),
    "wgeid-no-place": QT_TRANSLATE_NOOP("Findings", "The place where %1 was arrested, abducted or last seen is not "
                                                    "recorded; the Working Group cannot process a case without it."),
    "wgeid-no-forces": QT_TRANSLATE_NOOP("Findings", "No forces are named as believed responsible for the "
                                                     "disappearance of %1; the Working Group cannot process a case "
                                                     "without them."),
    "wgeid-no-steps": QT_TRANSLATE_NOOP("Findings", "No action taken to locate %1 is described (inquiries, "
                                                    "complaints, habeas corpus); if nothing was possible, say why "
                                                    "(Domestic remedies)."),
    "wgeid-no-relationship": QT_TRANSLATE_NOOP("Findings", "The source's relationship to the disappeared person "
                                                           "is not recorded; the Working Group asks for it."),
    "suggest-wgeid": QT_TRANSLATE_NOOP("Findings", "%1 was held incommunicado in a place that is not known: this "
                                                   "may be an enforced disappearance. Consider also submitting "
                                                   "the case to the Working Group on Enforced or Involuntary "
                                                   "Disappearances."),
    "no-reprisals": QT_TRANSLATE_NOOP("Findings", "No incident of intimidation or reprisal is recorded for the "
                                                  "selected persons: add one under Reprisals."),
    "reprisal-no-person": QT_TRANSLATE_NOOP("Findings", "An incident does not say who suffered it: choose the "
                                                        "person concerned."),
    "reprisal-no-consent": QT_TRANSLATE_NOOP("Findings", "No consent of %1 to report this incident to the UN is "
                                                         "on record; the UN acts on reprisals only with the "
                                                         "informed consent of the person concerned."),
    "reprisal-unnamed": QT_TRANSLATE_NOOP("Findings", "%1 has not agreed to be named to the State: the document "
                                                      "does not give the name, and the UN can raise the incident "
                                                      "with the Government only without it."),
    "reprisal-source": QT_TRANSLATE_NOOP("Findings", "%1 is the source of the case: the document uses the "
                                                     "pseudonym and gives the identity only in the confidential "
                                                     "annex."),
    "reprisal-confidential": QT_TRANSLATE_NOOP("Findings", "An incident is marked confidential: the main document "
                                                           "leaves it out and only the confidential annex carries "
                                                           "it."),
    "reprisal-no-kind": QT_TRANSLATE_NOOP("Findings", "An incident has no form of reprisal (threats, travel "
                                                      "ban…)."),
    "reprisal-no-date": QT_TRANSLATE_NOOP("Findings", "An incident has no date; give at least the year if you "
                                                      "can."),
    "reprisal-no-engagement": QT_TRANSLATE_NOOP("Findings", "An incident does not say which cooperation with the "
                                                            "UN it followed (a submission, a communication, a "
                                                            "session, a meeting)."),
    "reprisal-no-description": QT_TRANSLATE_NOOP("Findings", "An incident has no description of the facts."),
    "reprisal-language": QT_TRANSLATE_NOOP("Findings", "An incident's text is not written in English, French or "
                                                       "Spanish, the only languages the UN works in. Write or "
                                                       "translate it."),
    "abbreviation": QT_TRANSLATE_NOOP("Findings", "An authority is named only by an abbreviation; write its "
                                                  "full name."),
    "abbreviation-in-text": QT_TRANSLATE_NOOP("Findings", "“%1” uses the abbreviation “%2”; write the full "
                                                          "name."),
    "only-media": QT_TRANSLATE_NOOP("Findings", "The only sources are media reports; add a first-hand account "
                                                "or a document."),
    "followup-nothing-logged": QT_TRANSLATE_NOOP("Findings", "The communications log has nothing to follow up "
                                                             "yet (a Government reply for comments, a "
                                                             "communication for an update): add it to the log "
                                                             "first."),
    "followup-no-text": QT_TRANSLATE_NOOP("Findings", "The comments or update are not written yet (Comments or "
                                                      "update, on the entry followed up)."),
    "followup-reply-unlinked": QT_TRANSLATE_NOOP("Findings", "The reply does not say which communication it "
                                                             "answers; its reference will not be printed."),
    "followup-language": QT_TRANSLATE_NOOP("Findings", "The comments or update are not written in English, "
                                                       "French or Spanish; the UN works only in these languages."),
    "long-without-summary": QT_TRANSLATE_NOOP("Findings", "The narrative is long (over %1 words) and has no "
                                                          "summary; put a concise summary first."),
}

PROBLEMS = {
    "invalid-id": QT_TRANSLATE_NOOP("Problems", "This item has no valid identifier."),
    "too-long": QT_TRANSLATE_NOOP("Problems", "This text is too long: shorten it."),
    "too-many": QT_TRANSLATE_NOOP("Problems", "This list has too many entries."),
    "unsafe-file-name": QT_TRANSLATE_NOOP("Problems", "This file name contains a folder, a control character "
                                                      "or a direction mark: rename the file."),
    "duplicate-id": QT_TRANSLATE_NOOP("Problems", "Two items have the same identifier."),
    "unknown-confidential-field": QT_TRANSLATE_NOOP("Problems", "A confidential mark names a field that does "
                                                                "not exist (%1)."),
    "unknown-code": QT_TRANSLATE_NOOP("Problems", "This value is not one of the list (%1): choose one."),
    "unknown-reference": QT_TRANSLATE_NOOP("Problems", "This refers to something no longer in the case: choose "
                                                       "again."),
    "invalid-time": QT_TRANSLATE_NOOP("Problems", "Write the time on a 24-hour clock, as 09:30 or 21:05."),
    "invalid-country": QT_TRANSLATE_NOOP("Problems", "Choose a country from the list."),
    "invalid-sha256": QT_TRANSLATE_NOOP("Problems", "A SHA-256 fingerprint is 64 hexadecimal digits."),
    "no-detained-person": QT_TRANSLATE_NOOP("Problems", "Choose the person deprived of liberty."),
    "ends-before-start": QT_TRANSLATE_NOOP("Problems", "This period ends before it starts."),
    "ongoing-with-end": QT_TRANSLATE_NOOP("Problems", "An ongoing period has no end date: clear the end date or "
                                                      "untick “Ongoing”."),
    "age-out-of-range": QT_TRANSLATE_NOOP("Problems", "The age must be between 0 and 130."),
    "negative-size": QT_TRANSLATE_NOOP("Problems", "A file size cannot be negative."),
    "empty-tag": QT_TRANSLATE_NOOP("Problems", "A tag is empty."),
    "invalid-submission-id": QT_TRANSLATE_NOOP("Problems", "This is not the identifier of a submission."),
    # hints on the communications log (app/domain/communications.py): shown, never blocking
    "log-reference-format": QT_TRANSLATE_NOOP("Problems", "This does not look like a UN reference such as "
                                                          "UA CHN 6/2020."),
    "log-reference-type": QT_TRANSLATE_NOOP("Problems", "The type does not match the one in the reference "
                                                        "(UA: urgent appeal, AL: allegation letter, OL: other "
                                                        "letter)."),
    "log-reference-year": QT_TRANSLATE_NOOP("Problems", "The reference names another year than the date."),
    "log-opinion-format": QT_TRANSLATE_NOOP("Problems", "This does not look like an opinion number such as "
                                                        "74/2018."),
    "log-no-date": QT_TRANSLATE_NOOP("Problems", "No date: no due date can be counted."),
    "log-date-not-exact": QT_TRANSLATE_NOOP("Problems", "The date is not known to the day: no due date can be "
                                                        "counted."),
    "log-date-future": QT_TRANSLATE_NOOP("Problems", "This date is in the future."),
    "log-reply-target": QT_TRANSLATE_NOOP("Problems", "This links to an entry of another kind than expected."),
    "log-before-answered": QT_TRANSLATE_NOOP("Problems", "This date is before the entry it answers."),
    "log-reply-unlinked": QT_TRANSLATE_NOOP("Problems", "Say which communication this reply answers."),
}

FORMS = {
    "wgad": QT_TRANSLATE_NOOP("Forms", "WGAD: individual communication"),
    "wgad-urgent": QT_TRANSLATE_NOOP("Forms", "WGAD: urgent action"),
    "sp-allegation": QT_TRANSLATE_NOOP("Forms", "Special Procedures: allegation letter"),
    "sp-urgent": QT_TRANSLATE_NOOP("Forms", "Special Procedures: urgent appeal"),
    "wgeid": QT_TRANSLATE_NOOP("Forms", "WGEID: enforced or involuntary disappearance"),
    "wgad-comments": QT_TRANSLATE_NOOP("Forms", "WGAD: comments on the Government's reply"),
    "sp-update": QT_TRANSLATE_NOOP("Forms", "Special Procedures: update letter"),
    "reprisals": QT_TRANSLATE_NOOP("Forms", "OHCHR reprisals focal point: intimidation and reprisals"),
}

# app.domain.tracking.OUTCOMES: what became of a submission
OUTCOMES = {
    "pending": QT_TRANSLATE_NOOP("Outcomes", "Pending"),
    "government-replied": QT_TRANSLATE_NOOP("Outcomes", "The Government replied"),
    "opinion-arbitrary": QT_TRANSLATE_NOOP("Outcomes", "Opinion: the detention is arbitrary"),
    "opinion-not-arbitrary": QT_TRANSLATE_NOOP("Outcomes", "Opinion: the detention is not arbitrary"),
    "filed-released": QT_TRANSLATE_NOOP("Outcomes", "Filed: the person was released"),
    "further-information": QT_TRANSLATE_NOOP("Outcomes", "Further information requested"),
    "urgent-appeal-sent": QT_TRANSLATE_NOOP("Outcomes", "Urgent appeal sent"),
    "communication-sent": QT_TRANSLATE_NOOP("Outcomes", "Communication sent to the Government"),
    "closed": QT_TRANSLATE_NOOP("Outcomes", "Closed"),
}

# case-model field names as the forms label them (for "Section › 2 › Field" descriptions)
FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Internal reference"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "narrative": QT_TRANSLATE_NOOP("Fields", "Narrative"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "state": QT_TRANSLATE_NOOP("Fields", "State concerned"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "urgency": QT_TRANSLATE_NOOP("Fields", "Urgency"),
    "urgency_reason": QT_TRANSLATE_NOOP("Fields", "Why urgent"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "mandates": QT_TRANSLATE_NOOP("Fields", "UN mandates"),
    "persons": QT_TRANSLATE_NOOP("Fields", "People"),
    "organisations": QT_TRANSLATE_NOOP("Fields", "Organisations"),
    "deprivations": QT_TRANSLATE_NOOP("Fields", "Arrest and detention"),
    "testimonies": QT_TRANSLATE_NOOP("Fields", "Testimonies"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "consents": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "remedies": QT_TRANSLATE_NOOP("Fields", "Domestic remedies"),
    "remedies_note": QT_TRANSLATE_NOOP("Fields", "Remedies note"),
    "legal_analysis": QT_TRANSLATE_NOOP("Fields", "Legal analysis"),
    "categories": QT_TRANSLATE_NOOP("Fields", "WGAD categories"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "articles": QT_TRANSLATE_NOOP("Fields", "Articles"),
    "argument": QT_TRANSLATE_NOOP("Fields", "Argument"),
    "rights_invoked": QT_TRANSLATE_NOOP("Fields", "Rights invoked"),
    "iccpr_party": QT_TRANSLATE_NOOP("Fields", "State party to the ICCPR"),
    "roles": QT_TRANSLATE_NOOP("Fields", "Roles"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "family_name_latin": QT_TRANSLATE_NOOP("Fields", "Family name (Latin)"),
    "given_name_latin": QT_TRANSLATE_NOOP("Fields", "Given name (Latin)"),
    "other_names": QT_TRANSLATE_NOOP("Fields", "Other names"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "age_at_detention": QT_TRANSLATE_NOOP("Fields", "Age when detained"),
    "place_of_birth": QT_TRANSLATE_NOOP("Fields", "Place of birth"),
    "nationalities": QT_TRANSLATE_NOOP("Fields", "Nationalities"),
    "ethnicity": QT_TRANSLATE_NOOP("Fields", "Ethnicity"),
    "identity_documents": QT_TRANSLATE_NOOP("Fields", "Identity documents"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "issued_by": QT_TRANSLATE_NOOP("Fields", "Issued by"),
    "issued_on": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "profession": QT_TRANSLATE_NOOP("Fields", "Profession"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Activities"),
    "groups": QT_TRANSLATE_NOOP("Fields", "Groups"),
    "residence": QT_TRANSLATE_NOOP("Fields", "Residence"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "other": QT_TRANSLATE_NOOP("Fields", "Other"),
    "relationship_to_victim": QT_TRANSLATE_NOOP("Fields", "Relationship to victim"),
    "organisation_id": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "function": QT_TRANSLATE_NOOP("Fields", "Function"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "name_original": QT_TRANSLATE_NOOP("Fields", "Name in original script"),
    "abbreviation": QT_TRANSLATE_NOOP("Fields", "Abbreviation"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "state_actor": QT_TRANSLATE_NOOP("Fields", "State actor"),
    "parent_id": QT_TRANSLATE_NOOP("Fields", "Part of"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "admin_area": QT_TRANSLATE_NOOP("Fields", "Province or region"),
    "locality": QT_TRANSLATE_NOOP("Fields", "Locality"),
    "detail": QT_TRANSLATE_NOOP("Fields", "Detail"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "person_id": QT_TRANSLATE_NOOP("Fields", "Detained person"),
    "still_detained": QT_TRANSLATE_NOOP("Fields", "Still detained"),
    "released_on": QT_TRANSLATE_NOOP("Fields", "Released on"),
    "other_procedures": QT_TRANSLATE_NOOP("Fields", "Other international procedures"),
    "arrest": QT_TRANSLATE_NOOP("Fields", "Arrest"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time (HH:MM)"),
    "force_ids": QT_TRANSLATE_NOOP("Fields", "Forces (on file)"),
    "forces_description": QT_TRANSLATE_NOOP("Fields", "Forces: uniforms, vehicles, number"),
    "warrant_shown": QT_TRANSLATE_NOOP("Fields", "Warrant shown"),
    "warrant_issuer_id": QT_TRANSLATE_NOOP("Fields", "Warrant issued by"),
    "warrant_issuer": QT_TRANSLATE_NOOP("Fields", "Issuer (not on file)"),
    "reasons_given": QT_TRANSLATE_NOOP("Fields", "Reasons given"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Legal basis"),
    "circumstances": QT_TRANSLATE_NOOP("Fields", "Circumstances"),
    "periods": QT_TRANSLATE_NOOP("Fields", "Periods of detention"),
    "start": QT_TRANSLATE_NOOP("Fields", "From"),
    "end": QT_TRANSLATE_NOOP("Fields", "To"),
    "ongoing": QT_TRANSLATE_NOOP("Fields", "Ongoing"),
    "facility_id": QT_TRANSLATE_NOOP("Fields", "Facility"),
    "holding_authority_id": QT_TRANSLATE_NOOP("Fields", "Holding authority"),
    "ordering_authority_id": QT_TRANSLATE_NOOP("Fields", "Ordering authority"),
    "incommunicado": QT_TRANSLATE_NOOP("Fields", "Incommunicado"),
    "lawyer_of_choice": QT_TRANSLATE_NOOP("Fields", "Lawyer of choice"),
    "family_notified": QT_TRANSLATE_NOOP("Fields", "Family notified"),
    "conditions": QT_TRANSLATE_NOOP("Fields", "Conditions"),
    "ill_treatment": QT_TRANSLATE_NOOP("Fields", "Ill-treatment and health"),
    "torture_or_ill_treatment": QT_TRANSLATE_NOOP("Fields", "Torture or ill-treatment"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "health_condition": QT_TRANSLATE_NOOP("Fields", "Health condition"),
    "medical_care_denied": QT_TRANSLATE_NOOP("Fields", "Medical care denied"),
    "risk_to_life": QT_TRANSLATE_NOOP("Fields", "Risk to life"),
    "perpetrator_ids": QT_TRANSLATE_NOOP("Fields", "Perpetrators (people on file)"),
    "proceedings": QT_TRANSLATE_NOOP("Fields", "Proceedings"),
    "charges": QT_TRANSLATE_NOOP("Fields", "Charges (law, articles)"),
    "charges_description": QT_TRANSLATE_NOOP("Fields", "Charges as described"),
    "law": QT_TRANSLATE_NOOP("Fields", "Law"),
    "court_id": QT_TRANSLATE_NOOP("Fields", "Court"),
    "court_case_number": QT_TRANSLATE_NOOP("Fields", "Court case number"),
    "informed_of_charges": QT_TRANSLATE_NOOP("Fields", "Informed of charges"),
    "informed_of_charges_on": QT_TRANSLATE_NOOP("Fields", "Informed on"),
    "brought_before_judge_on": QT_TRANSLATE_NOOP("Fields", "Brought before a judge on"),
    "lawyer_access": QT_TRANSLATE_NOOP("Fields", "Lawyer access"),
    "lawyer_access_details": QT_TRANSLATE_NOOP("Fields", "Lawyer access: details"),
    "coerced_confession": QT_TRANSLATE_NOOP("Fields", "Coerced confession"),
    "televised_confession": QT_TRANSLATE_NOOP("Fields", "Televised confession"),
    "hearings": QT_TRANSLATE_NOOP("Fields", "Hearings"),
    "public": QT_TRANSLATE_NOOP("Fields", "Public"),
    "lawyer_present": QT_TRANSLATE_NOOP("Fields", "Lawyer present"),
    "family_admitted": QT_TRANSLATE_NOOP("Fields", "Family admitted"),
    "verdict": QT_TRANSLATE_NOOP("Fields", "Verdict"),
    "verdict_date": QT_TRANSLATE_NOOP("Fields", "Verdict date"),
    "sentence": QT_TRANSLATE_NOOP("Fields", "Sentence"),
    "appeal": QT_TRANSLATE_NOOP("Fields", "Appeal"),
    "appeal_outcome": QT_TRANSLATE_NOOP("Fields", "Appeal outcome"),
    "body_id": QT_TRANSLATE_NOOP("Fields", "Body (on file)"),
    "body": QT_TRANSLATE_NOOP("Fields", "Body (not on file)"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action taken"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "outcome_details": QT_TRANSLATE_NOOP("Fields", "Outcome: details"),
    "interviewee_id": QT_TRANSLATE_NOOP("Fields", "Interviewee"),
    "consent_id": QT_TRANSLATE_NOOP("Fields", "Consent record"),
    "interviewer": QT_TRANSLATE_NOOP("Fields", "Interviewer"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "original_text": QT_TRANSLATE_NOOP("Fields", "Original text"),
    "translations": QT_TRANSLATE_NOOP("Fields", "Translations"),
    "translator": QT_TRANSLATE_NOOP("Fields", "Translator"),
    "text": QT_TRANSLATE_NOOP("Fields", "Translation"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256"),
    "source": QT_TRANSLATE_NOOP("Fields", "Provided by"),
    "given_by": QT_TRANSLATE_NOOP("Fields", "Given by"),
    "given_by_name": QT_TRANSLATE_NOOP("Fields", "Name of who gave it"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "submit_to_un": QT_TRANSLATE_NOOP("Fields", "Submit to the UN"),
    "name_to_state": QT_TRANSLATE_NOOP("Fields", "Name to the State"),
    "name_in_public": QT_TRANSLATE_NOOP("Fields", "Name in public reports"),
    "share_with_partners": QT_TRANSLATE_NOOP("Fields", "Share with partners"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "confidential_fields": QT_TRANSLATE_NOOP("Fields", "Confidential fields"),
    "id": QT_TRANSLATE_NOOP("Fields", "Identifier"),
    "reprisals": QT_TRANSLATE_NOOP("Fields", "Reprisals"),
    "kinds": QT_TRANSLATE_NOOP("Fields", "Form of reprisal"),
    "organisation_ids": QT_TRANSLATE_NOOP("Fields", "Authorities responsible (on file)"),
    "perpetrators_description": QT_TRANSLATE_NOOP("Fields", "Perpetrators (not on file)"),
    "engagement_kind": QT_TRANSLATE_NOOP("Fields", "Cooperation with the UN"),
    "engagement_date": QT_TRANSLATE_NOOP("Fields", "Date of the cooperation"),
    "engagement": QT_TRANSLATE_NOOP("Fields", "Which submission, communication or meeting"),
    "un_reference": QT_TRANSLATE_NOOP("Fields", "UN reference"),
    "communication_id": QT_TRANSLATE_NOOP("Fields", "UN communication it followed"),
    "steps_taken": QT_TRANSLATE_NOOP("Fields", "Steps taken"),
    "evidence_ids": QT_TRANSLATE_NOOP("Fields", "Supporting evidence"),
    "communications": QT_TRANSLATE_NOOP("Fields", "Communications log"),
    "letter_type": QT_TRANSLATE_NOOP("Fields", "Type of communication"),
    "in_reply_to": QT_TRANSLATE_NOOP("Fields", "In reply to"),
    "finding": QT_TRANSLATE_NOOP("Fields", "Finding"),
    "link": QT_TRANSLATE_NOOP("Fields", "Where published"),
    "comments_due": QT_TRANSLATE_NOOP("Fields", "Comments due"),
    "submission_ids": QT_TRANSLATE_NOOP("Fields", "Submissions that led to it"),
    "follow_up_text": QT_TRANSLATE_NOOP("Fields", "Comments or update"),
}


def _tr(context: str, text: object) -> str:  # QT_TRANSLATE_NOOP is typed as returning object
    return QCoreApplication.translate(context, str(text))


def _fill(text: str, *values: str) -> str:
    for i, v in enumerate(values, 1):
        text = text.replace(f"%{i}", v)
    return text


def field_label(name: str) -> str:
    """The translated label of a case-model field (``arrest`` -> "Arrest"); the name itself if unknown."""
    return _tr("Fields", FIELDS[name]) if name in FIELDS else name.replace("_", " ")


def form_name(code: str) -> str:
    return _tr("Forms", FORMS[code]) if code in FORMS else code


def outcome_label(code: str) -> str:
    return _tr("Outcomes", OUTCOMES[code]) if code in OUTCOMES else code


def finding_text(finding: object) -> str:
    """A submission finding (``app.services.submission.checks.Finding``) in the interface language."""
    code = str(getattr(finding, "code", ""))
    params = dict(getattr(finding, "params", ()))
    if code == "abbreviation" and "abbreviation" in params:
        return _fill(_tr("Findings", FINDINGS["abbreviation-in-text"]),
                     field_label(params.get("field", "")), params["abbreviation"])
    if code == "long-without-summary":
        return _fill(_tr("Findings", FINDINGS[code]), params.get("limit", "3000"))
    if code == "source-clue":
        return _fill(_tr("Findings", FINDINGS[code]), params.get("term", ""), str(getattr(finding, "detail", "")))
    if "person" in params and code in FINDINGS:
        return _fill(_tr("Findings", FINDINGS[code]), params["person"])
    if code in FINDINGS:
        return _tr("Findings", FINDINGS[code])
    return str(getattr(finding, "message", code))


def problem_text(problem: tuple[str, str]) -> str:
    """A validation problem (``app.domain.validation.Problem`` or a plain (path, message)) translated."""
    code = getattr(problem, "code", "")
    params: dict[str, str] = getattr(problem, "params", {})
    if code in PROBLEMS:
        text = _tr("Problems", PROBLEMS[code])
        detail = params.get("name") or params.get("value") or ""
        return _fill(text, field_label(detail) if code == "unknown-confidential-field" else detail)
    return problem[1]


def failure_text(exc: object) -> str:
    """Why an operation failed: calm words, never a class name.  The one mapping of the app's errors
    (``app/errors.py``) to translated text; ``tests/gui/test_messages.py`` checks every class has one."""
    if isinstance(exc, (NotARecipient, UnknownSigner, BundleReplayed, ContactInvalid, BundleTooLarge)):
        from app.gui.share import exchange_failure  # bundles and contacts

        return exchange_failure(exc)
    if isinstance(exc, RecoveryKeyInvalid):
        return QCoreApplication.translate("Errors", "The recovery key was not accepted: check it against the "
                                                    "printout, group by group. Nothing was changed.")
    if isinstance(exc, WrongRecoveryKey):
        return QCoreApplication.translate("Errors", "This recovery key does not open this vault. Nothing was "
                                                    "changed.")
    if isinstance(exc, NoRecoverySlot):
        return QCoreApplication.translate("Errors", "This vault has no recovery key. Nothing was changed.")
    if isinstance(exc, VaultReadOnly):
        return QCoreApplication.translate("Errors", "The vault is on a read-only disk or folder. Copy it to a "
                                                    "writable place first. Nothing was changed.")
    if isinstance(exc, UnlockNotCounted):
        return QCoreApplication.translate("Errors", "This vault limits wrong passphrases, and this attempt cannot "
                                                    "be counted (read-only or full disk), so it was not tried. "
                                                    "Nothing was changed.")
    if isinstance(exc, (ValidationError, InvalidCaseFile, InvalidSpreadsheet)):
        return QCoreApplication.translate("Errors", "The data is not valid, so nothing was saved or imported. "
                                                    "Fix the problems listed and try again.")
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled: nothing was kept.")
    if isinstance(exc, InputFileError):
        return QCoreApplication.translate("Errors", "The file cannot be read (it is missing, a folder, or not allowed).")
    if isinstance(exc, StorageFull):
        return QCoreApplication.translate("Errors", "The disk is full. Nothing was kept.")
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked. Unlock it and try again.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "This item is no longer in the vault.")
    if isinstance(exc, SubmissionBlocked):
        return QCoreApplication.translate("Errors", "Blocking problems remain: run Check again.")
    if isinstance(exc, UnknownForm):
        return QCoreApplication.translate("Errors", "This version of Recourse has no such form, or not in this "
                                                    "language. Nothing was written.")
    if isinstance(exc, UnknownProfile):
        return QCoreApplication.translate("Errors", "This version of Recourse has no such redaction profile. "
                                                    "Nothing was written.")
    if isinstance(exc, UnknownPurpose):
        return QCoreApplication.translate("Errors", "This version of Recourse does not know who this document is "
                                                    "for, so nothing was written.")
    if isinstance(exc, BlobTooLarge):
        return QCoreApplication.translate("Errors", "This file is too large to open here (over %1 MiB). Export a "
                                                    "copy and open that instead.").replace(
            "%1", str(exc.max_size // (1024 * 1024)))
    if isinstance(exc, DecodeError):
        return QCoreApplication.translate("Errors", "This case does not fit this version of Recourse: it was made "
                                                    "by a newer version, or it is damaged. Nothing was changed.")
    if isinstance(exc, RecourseError):
        from app.gui.unlock import error_text  # the vault errors (altered, damaged, newer version)

        return error_text(None, exc)  # type: ignore[arg-type]
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file cannot be written (no permission, or the disk is full).")
    return QCoreApplication.translate("Errors", "Something went wrong. Nothing was changed.")
