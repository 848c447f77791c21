"""The vocabulary of the Human Trafficking Case Data Standard (HTCDS), as used by the Counter Trafficking
Data Collaborative (CTDC): means of control, types of exploitation, their CTDC column names, the ILO
indicators of forced labour each means of control evidences, and short labels for people to read.

Labels are read back to a tipster ("Signs: documents taken, threats") and shown in the staff console, so
they are short and plain; the Spanish and Portuguese ones are worded so they fit whether the person speaks
of themselves or of someone else. Written for review by native speakers."""
from __future__ import annotations

from collections.abc import Iterable

MEANS_OF_CONTROL = (
    "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse", "PhysicalAbuse",
    "SexualAbuse", "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare",
    "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement", "WithholdsNecessities",
    "WithholdsDocuments", "Other",
)

# ILO, "Indicators of Forced Labour" (2012), in the booklet's order.
ILO_INDICATORS = (
    "AbuseOfVulnerability", "Deception", "RestrictionOfMovement", "Isolation", "PhysicalAndSexualViolence",
    "IntimidationAndThreats", "RetentionOfIdentityDocuments", "WithholdingOfWages", "DebtBondage",
    "AbusiveWorkingAndLivingConditions", "ExcessiveOvertime",
)

ILO_OF_MEANS: dict[str, tuple[str, ...]] = {
    "DebtBondage": ("DebtBondage",),
    "TakesEarnings": ("WithholdingOfWages",),
    "RestrictsFinancialAccess": ("WithholdingOfWages", "Isolation"),
    "Threats": ("IntimidationAndThreats",),
    "PsychologicalAbuse": ("IntimidationAndThreats",),
    "PhysicalAbuse": ("PhysicalAndSexualViolence",),
    "SexualAbuse": ("PhysicalAndSexualViolence",),
    "FalsePromises": ("Deception",),
    # the booklet lists forcing drugs or alcohol on workers under violence, and addiction as a vulnerability
    "PsychoactiveSubstances": ("AbuseOfVulnerability", "PhysicalAndSexualViolence"),
    "RestrictsMovement": ("RestrictionOfMovement", "Isolation"),
    "RestrictsMedicalCare": ("AbusiveWorkingAndLivingConditions",),
    "ExcessiveWorkingHours": ("ExcessiveOvertime",),
    "UsesChildren": ("AbuseOfVulnerability", "IntimidationAndThreats"),
    # "threats of denunciation to the authorities", of workers whose status is irregular
    "ThreatOfLawEnforcement": ("AbuseOfVulnerability", "IntimidationAndThreats"),
    "WithholdsNecessities": ("AbusiveWorkingAndLivingConditions",),
    "WithholdsDocuments": ("RetentionOfIdentityDocuments",),
    "Other": (),
}

EXPLOITATION_TYPES = ("ForcedLabour", "SexualExploit", "OtherExploit")
EXPLOITATION_COLUMNS = {kind: f"is{kind}" for kind in EXPLOITATION_TYPES}
PRIVACY_LEVELS = ("share", "confidential", "anonymous")  # the answers to "how much would you like to share"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "DebtBondage": "a debt to work off",
        "TakesEarnings": "pay taken or not paid",
        "RestrictsFinancialAccess": "no access to own money",
        "Threats": "threats",
        "PsychologicalAbuse": "fear, insults or humiliation",
        "PhysicalAbuse": "physical violence",
        "SexualAbuse": "sexual abuse",
        "FalsePromises": "false promises",
        "PsychoactiveSubstances": "drugs or alcohol given",
        "RestrictsMovement": "not free to leave",
        "RestrictsMedicalCare": "no medical care",
        "ExcessiveWorkingHours": "very long hours",
        "UsesChildren": "children used as pressure",
        "ThreatOfLawEnforcement": "threats of police or immigration",
        "WithholdsNecessities": "food or basics withheld",
        "WithholdsDocuments": "documents taken",
        "Other": "cut off from others, or other control",
    },
    # (noun phrases, as in French and Portuguese: "no le dejan salir" read wrong for a group of fifteen)
    "es": {
        "DebtBondage": "una deuda que pagar trabajando",
        "TakesEarnings": "sueldo retenido o sin pagar",
        "RestrictsFinancialAccess": "sin acceso a su propio dinero",
        "Threats": "amenazas",
        "PsychologicalAbuse": "miedo, insultos o humillaciones",
        "PhysicalAbuse": "golpes o violencia física",
        "SexualAbuse": "abuso sexual",
        "FalsePromises": "promesas falsas",
        "PsychoactiveSubstances": "drogas o alcohol de por medio",
        "RestrictsMovement": "sin libertad para salir",
        "RestrictsMedicalCare": "sin atención médica",
        "ExcessiveWorkingHours": "jornadas demasiado largas",
        "UsesChildren": "usan a los hijos para presionar",
        "ThreatOfLawEnforcement": "amenazas con la policía o inmigración",
        "WithholdsNecessities": "sin comida o lo básico",
        "WithholdsDocuments": "documentos retenidos",
        "Other": "aislamiento u otra forma de control",
    },
    "fr": {
        "DebtBondage": "une dette à rembourser en travaillant",
        "TakesEarnings": "salaire pris ou pas payé",
        "RestrictsFinancialAccess": "pas d'accès à son argent",
        "Threats": "menaces",
        "PsychologicalAbuse": "peur, insultes ou humiliations",
        "PhysicalAbuse": "coups et violences",
        "SexualAbuse": "violences sexuelles",
        "FalsePromises": "fausses promesses",
        "PsychoactiveSubstances": "drogue ou alcool donnés",
        "RestrictsMovement": "pas libre de partir",
        "RestrictsMedicalCare": "pas de soins médicaux",
        "ExcessiveWorkingHours": "journées beaucoup trop longues",
        "UsesChildren": "enfants utilisés pour faire pression",
        "ThreatOfLawEnforcement": "menaces de police ou d'expulsion",
        "WithholdsNecessities": "privation de nourriture ou de l'essentiel",
        "WithholdsDocuments": "papiers confisqués",
        "Other": "isolement ou autre forme de contrôle",
    },
    "pt": {
        "DebtBondage": "uma dívida para pagar trabalhando",
        "TakesEarnings": "salário retido ou não pago",
        "RestrictsFinancialAccess": "sem acesso ao próprio dinheiro",
        "Threats": "ameaças",
        "PsychologicalAbuse": "medo, insultos ou humilhações",
        "PhysicalAbuse": "agressão física",
        "SexualAbuse": "abuso sexual",
        "FalsePromises": "falsas promessas",
        "PsychoactiveSubstances": "dão drogas ou álcool",
        "RestrictsMovement": "não pode sair",
        "RestrictsMedicalCare": "sem atendimento médico",
        "ExcessiveWorkingHours": "jornadas longas demais",
        "UsesChildren": "usam os filhos para pressionar",
        "ThreatOfLawEnforcement": "ameaças com polícia ou imigração",
        "WithholdsNecessities": "sem comida ou o básico",
        "WithholdsDocuments": "documentos retidos",
        "Other": "isolamento ou outra forma de controle",
    },
}


def means_column(value: str) -> str:
    """The CTDC column of a means of control: "DebtBondage" -> "meansOfControlDebtBondage"."""
    if value not in MEANS_OF_CONTROL:
        raise ValueError(f"not an HTCDS means of control: {value!r}")
    return f"meansOfControl{value}"


def exploitation_column(value: str) -> str:
    """The CTDC column of a type of exploitation: "ForcedLabour" -> "isForcedLabour"."""
    if value not in EXPLOITATION_COLUMNS:
        raise ValueError(f"not an HTCDS type of exploitation: {value!r}")
    return EXPLOITATION_COLUMNS[value]


EXPLOITATION_LABELS: dict[str, dict[str, str]] = {
    "en": {"ForcedLabour": "forced work", "SexualExploit": "sexual exploitation", "OtherExploit": "other"},
    "es": {"ForcedLabour": "trabajo forzado", "SexualExploit": "explotación sexual", "OtherExploit": "otro"},
    "fr": {"ForcedLabour": "travail forcé", "SexualExploit": "exploitation sexuelle", "OtherExploit": "autre"},
    "pt": {"ForcedLabour": "trabalho forçado", "SexualExploit": "exploração sexual", "OtherExploit": "outro"},
}


def label(value: str, language: str | None = "en") -> str:
    """A short label of a means of control or type of exploitation in the language (English where there is
    none); an unknown value is returned as is."""
    table = EXPLOITATION_LABELS if value in EXPLOITATION_TYPES else LABELS
    return table.get(language or "en", table["en"]).get(value) or table["en"].get(value, value)


def ilo_indicators_of(means: Iterable[str]) -> tuple[str, ...]:
    """The ILO indicators evidenced by these means of control, once each, in the ILO's order."""
    found = {indicator for m in means for indicator in ILO_OF_MEANS.get(m, ())}
    return tuple(i for i in ILO_INDICATORS if i in found)
