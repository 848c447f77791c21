"""Reports as rows an analyst can load next to CTDC data: HTCDS / CTDC column names (`isForcedLabour`,
`meansOfControlDebtBondage`, `majorityStatus`, `CountryOfExploitation`, ...), one row per report, as JSON or
CSV. Personal data (the tipster's own words, contact details) is left out unless a supervisor asks for it."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from webhooks.reports import htcds
from webhooks.reports.store import ReportView

# labour_type (as extracted, in English) -> CTDC's typeOfLabour column
LABOUR_COLUMNS = {
    "agriculture": "typeOfLabourAgriculture", "farm": "typeOfLabourAgriculture",
    "construction": "typeOfLabourConstruction", "domestic work": "typeOfLabourDomesticWork",
    "cleaning": "typeOfLabourDomesticWork", "restaurant": "typeOfLabourHospitality",
    "hospitality": "typeOfLabourHospitality", "factory": "typeOfLabourManufacturing",
    "fishing": "typeOfLabourFishing", "begging": "typeOfLabourBegging", "street vending": "typeOfLabourPeddling",
    "nail salon": "typeOfLabourOther", "massage parlor": "typeOfLabourOther", "landscaping": "typeOfLabourOther",
}
LABOUR_TYPES = sorted(set(LABOUR_COLUMNS.values()))
COLUMNS = (
    ["referenceCode", "yearOfRegistration", "createdAt", "status", "channel", "language", "reporterRole",
     "privacyLevel", "urgencyLevel", "urgencyScore", "urgencyReasons", "mandatedReasons", "referralAgency",
     "referralAt", "referralReference", "legalHold", "isForcedLabour", "isSexualExploit", "isOtherExploit",
     *LABOUR_TYPES,
     "typeOfLabourAsSaid"]
    + [htcds.means_column(m) for m in htcds.MEANS_OF_CONTROL]
    + [f"ilo{indicator}" for indicator in htcds.ILO_INDICATORS]
    + ["gender", "majorityStatus", "ages", "peopleCount", "venue", "city", "state", "CountryOfExploitation", "ongoing",
       "extractedFields", "confirmedFields"]
)
PERSONAL_COLUMNS = ["narrative", "locationAsSaid", "occurredAsSaid", "peopleAsSaid", "controlAsSaid", "more",
                    "additions", "contact"]


def row(v: ReportView, personal: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "referenceCode": v.reference_code, "yearOfRegistration": v.created_at.year,
        "createdAt": v.created_at.isoformat(), "status": v.status, "channel": v.channel, "language": v.language,
        "reporterRole": v.reporter_role, "privacyLevel": v.privacy_level, "urgencyLevel": v.urgency_level,
        "urgencyScore": v.urgency_score, "gender": {"female": "Female", "male": "Male", "mixed": "Mixed"}.get(
            v.gender or ""),
        "urgencyReasons": ";".join(v.urgency_reasons), "mandatedReasons": ";".join(v.mandated_reasons),
        "referralAgency": v.referral_agency, "referralAt": v.referral_at.isoformat() if v.referral_at else None,
        "referralReference": v.referral_reference, "legalHold": v.legal_hold,
        "typeOfLabourAsSaid": v.labour_type,
        "majorityStatus": "Minor" if v.minor else ("Adult" if v.ages else None), "ages": v.ages,
        "peopleCount": v.people_count, "venue": v.venue, "city": v.city, "state": v.state,
        "CountryOfExploitation": v.country or (v.state and "US") or None, "ongoing": v.ongoing,
        "extractedFields": ";".join(v.extracted), "confirmedFields": ";".join(v.confirmed),
    }
    for kind in htcds.EXPLOITATION_TYPES:
        out[htcds.exploitation_column(kind)] = kind in v.exploitation
    labour = LABOUR_COLUMNS.get((v.labour_type or "").lower())
    for column in LABOUR_TYPES:
        out[column] = column == labour
    for means in htcds.MEANS_OF_CONTROL:
        out[htcds.means_column(means)] = means in v.means_of_control
    for indicator in htcds.ILO_INDICATORS:
        out[f"ilo{indicator}"] = indicator in v.ilo_indicators
    if personal:
        out.update(narrative=v.narrative, locationAsSaid=v.location, occurredAsSaid=v.occurred,
                   peopleAsSaid=v.people, controlAsSaid=v.control, more=v.more, additions=";".join(v.additions),
                   contact=v.contact)
    return out


def to_json(views: list[ReportView], personal: bool = False) -> str:
    return json.dumps([row(v, personal) for v in views], ensure_ascii=False, indent=1)


def to_csv(views: list[ReportView], personal: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS + (PERSONAL_COLUMNS if personal else []),
                            lineterminator="\n")
    writer.writeheader()
    for v in views:
        writer.writerow({k: ("" if value is None else value) for k, value in row(v, personal).items()})
    return buffer.getvalue()
