from datetime import UTC, datetime

import pytest

from webhooks.hours import Hours

CHICAGO = "America/Chicago"


def at(y, mo, d, h, mi=0, tz=CHICAGO):
    from zoneinfo import ZoneInfo

    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


# 2026-11-27 is a Friday
def test_weekday_office_hours():
    hours = Hours("Mon-Fri 09:00-17:00", CHICAGO)
    assert hours.is_open(at(2026, 11, 27, 9, 0))
    assert hours.is_open(at(2026, 11, 27, 16, 59))
    assert not hours.is_open(at(2026, 11, 27, 17, 0))
    assert not hours.is_open(at(2026, 11, 28, 12, 0))  # Saturday


def test_when_staff_are_back_is_said_plainly():
    hours = Hours("Mon-Fri 09:00-17:00", CHICAGO)
    assert hours.describe_return(at(2026, 11, 27, 7, 30)) == "today at 9:00 AM"
    assert hours.describe_return(at(2026, 11, 26, 20, 0)) == "tomorrow at 9:00 AM"
    assert hours.describe_return(at(2026, 11, 27, 18, 0)) == "on Monday at 9:00 AM"


def test_a_shift_may_cross_midnight_and_the_week():
    hours = Hours("Sun 20:00-02:00", CHICAGO)
    assert hours.is_open(at(2026, 11, 29, 23, 0))  # Sunday night
    assert hours.is_open(at(2026, 11, 30, 1, 30))  # early Monday
    assert not hours.is_open(at(2026, 11, 30, 2, 30))
    assert hours.next_opening(at(2026, 11, 30, 3, 0)) == at(2026, 12, 6, 20, 0)


def test_hours_are_judged_in_the_hotline_time_zone_whatever_the_clock():
    hours = Hours("Mon-Fri 09:00-17:00", CHICAGO)
    assert hours.is_open(datetime(2026, 11, 27, 15, 30, tzinfo=UTC))  # 09:30 in Chicago
    assert not hours.is_open(datetime(2026, 11, 27, 14, 30, tzinfo=UTC))  # 08:30 in Chicago


def test_empty_means_always_staffed():
    hours = Hours("", CHICAGO)
    assert hours.always_open and hours.is_open(at(2026, 11, 28, 3)) and hours.next_opening(at(2026, 11, 28, 3)) is None


@pytest.mark.parametrize("spec", ["Mon-Fri 9-5", "Someday 09:00-17:00", "Mon 25:00-26:00", "Mon 09:00-09:00"])
def test_unreadable_hours_are_refused(spec):
    with pytest.raises(ValueError):
        Hours(spec, CHICAGO)
