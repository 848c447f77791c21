"""The hotline's staffed hours (TIPLINE_HOURS in TIPLINE_TIMEZONE), and when staff are next back.

Format: day ranges and time ranges separated by ';', e.g. "Mon-Fri 09:00-17:00; Sat 10:00-14:00".
A time range may cross midnight ("Fri 18:00-02:00"). Empty means staffed at all hours."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# how "back today / tomorrow / on Monday at 9:00" is said in the languages the gateway writes in
RETURN_PHRASES = {
    "en": ("today at {t}", "tomorrow at {t}", "on {d} at {t}", DAY_NAMES),
    "es": ("hoy a las {t}", "mañana a las {t}", "el {d} a las {t}",
           ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
    "fr": ("aujourd'hui à {t}", "demain à {t}", "{d} à {t}",
           ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    "pt": ("hoje às {t}", "amanhã às {t}", "{d} às {t}",
           ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]),
}
_PART = re.compile(r"^\s*([A-Za-z]{3})(?:\s*-\s*([A-Za-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Shift:
    weekday: int  # 0 = Monday
    start: time
    minutes: int  # length; may run past midnight


class Hours:
    def __init__(self, spec: str, timezone: str = "UTC") -> None:
        self.zone = ZoneInfo(timezone)
        self.shifts: list[Shift] = []
        for part in filter(str.strip, spec.split(";")):
            match = _PART.match(part)
            if not match:
                raise ValueError(f"cannot read hours {part!r}; expected e.g. 'Mon-Fri 09:00-17:00'")
            first, last, h1, m1, h2, m2 = match.groups()
            try:
                d1 = DAYS.index(first.lower())
                d2 = DAYS.index((last or first).lower())
            except ValueError as exc:
                raise ValueError(f"unknown day in {part!r}") from exc
            start, end = int(h1) * 60 + int(m1), int(h2) * 60 + int(m2)
            if not (0 <= start < 24 * 60 and 0 <= end <= 24 * 60) or start == end:
                raise ValueError(f"bad time range in {part!r}")
            length = end - start if end > start else end + 24 * 60 - start
            day = d1
            while True:
                self.shifts.append(Shift(day, time(start // 60, start % 60), length))
                if day == d2:
                    break
                day = (day + 1) % 7

    @property
    def always_open(self) -> bool:
        return not self.shifts

    def _windows(self, now: datetime):
        """Staffed windows (start, end) from a week before to two weeks after `now`, in local time."""
        local = now.astimezone(self.zone)
        monday = (local - timedelta(days=local.weekday())).date()
        for week in (-1, 0, 1, 2):
            for shift in self.shifts:
                day = monday + timedelta(days=7 * week + shift.weekday)
                start = datetime.combine(day, shift.start, tzinfo=self.zone)
                yield start, start + timedelta(minutes=shift.minutes)

    def is_open(self, now: datetime) -> bool:
        return self.always_open or any(start <= now < end for start, end in self._windows(now))

    def next_opening(self, now: datetime) -> datetime | None:
        if self.always_open:
            return None
        return min(start for start, _ in self._windows(now) if start > now)

    def describe_return(self, now: datetime, language: str = "en") -> str:
        """When staff are back, as a person would say it: "today at 9:00 AM", "mañana a las 9:00", …"""
        back = self.next_opening(now)
        today, tomorrow, other, days_named = RETURN_PHRASES.get(language, RETURN_PHRASES["en"])
        if back is None:
            return {"es": "pronto", "fr": "bientôt", "pt": "logo"}.get(language, "soon")
        local_now = now.astimezone(self.zone)
        clock = back.strftime("%I:%M %p").lstrip("0") if language == "en" else back.strftime("%H:%M").lstrip("0")
        days = (back.date() - local_now.date()).days
        if days == 0:
            return today.format(t=clock)
        if days == 1:
            return tomorrow.format(t=clock)
        return other.format(d=days_named[back.weekday()], t=clock)
