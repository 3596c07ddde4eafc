"""How a letter greets a person: `followup.names` on names from many traditions."""

from __future__ import annotations

import pytest

from followup.names import address, has_case, is_role_name, matches, ordinary_capitals, read_name


@pytest.mark.parametrize(("name", "style", "formal", "given", "certain"), [
    ("Dana Lee", "en-US", "Dana Lee", "Dana", True),
    ("Dr. Priya Raman", "en-US", "Dr. Raman", "Dr. Raman", True),
    ("Dr Priya Raman", "en-GB", "Dr Raman", "Dr Raman", True),
    ("Prof. Juan de la Cruz", "en-US", "Prof. de la Cruz", "Prof. de la Cruz", True),
    ("Aoife Ní Bhriain", "en-GB", "Aoife Ní Bhriain", "Aoife", True),
    ("Pieter van der Berg", "en-GB", "Pieter van der Berg", "Pieter", True),
    ("Dana Lee, PhD (she/her)", "en-US", "Dana Lee", "Dana", True),
    ("Rev Thomas Okoro MBA", "en-US", "Rev. Okoro", "Rev. Okoro", True),
    ("Capt. Sarah Jones", "en-GB", "Capt Jones", "Capt Jones", True),
    ("Sir Keir Starmer", "en-GB", "Sir Keir", "Sir Keir", True),
    ("Dr. Ahmad bin Ismail", "en-US", "Dr. Ahmad", "Dr. Ahmad", True),
    ("Ahmad bin Ismail", "en-US", "Ahmad bin Ismail", "Ahmad", True),
    ("Dr. Ana María García López", "en-US", "Dr. Ana María García López", "Dr. Ana María García López", False),
    ("María José García López", "en-US", "María José García López", "María José García López", False),
    ("Nguyễn Thị Mai", "en-US", "Nguyễn Thị Mai", "Nguyễn Thị Mai", False),
    ("Zhang Wei", "en-US", "Zhang Wei", "Zhang Wei", False),
    ("Kim Min-jun", "en-US", "Kim Min-jun", "Kim Min-jun", False),
    ("Min-jun Kim", "en-US", "Min-jun Kim", "Min-jun", True),
    ("Kim Smith", "en-US", "Kim Smith", "Kim", True),
    ("Nagy Ágnes", "en-US", "Nagy Ágnes", "Nagy Ágnes", False),
    ("NGUYEN Mai", "en-US", "Nguyen Mai", "Mai", True),
    ("Dr Adebayo Okonkwo-Smith, MBBS FRCP", "en-GB", "Dr Okonkwo-Smith", "Dr Okonkwo-Smith", True),
    ("Sheikha Dr. Fatima Al Qasimi", "en-GB", "Sheikha Dr Al Qasimi", "Sheikha Dr Al Qasimi", True),
    ("Lee, Dana", "en-US", "Dana Lee", "Dana", True),
    ('Robert "Bob" Smith', "en-US", "Robert Smith", "Bob", True),
    ("John F. Kennedy", "en-US", "John F. Kennedy", "John", True),
    ("R. Lakshmi", "en-US", "R. Lakshmi", "R. Lakshmi", False),
    ("王伟", "en-US", "王伟", "王伟", False),
    ("Иван Петров", "en-US", "Иван Петров", "Иван", True),
    ("Prabowo", "en-US", "Prabowo", "Prabowo", True),
])
def test_read_name(name: str, style: str, formal: str, given: str, certain: bool) -> None:
    a = read_name(name, style)
    assert (a.formal, a.given, a.certain, a.role) == (formal, given, certain, False)


@pytest.mark.parametrize("name", ["Talent Acquisition Team", "Hiring Manager", "HR Department", "Northwind Hiring Team",
                                  "To whom it may concern", "Recruitment Team"])
def test_roles_are_greeted_as_written(name: str) -> None:
    assert is_role_name(name) and read_name(name).role and read_name(name).formal == name


@pytest.mark.parametrize("name", ["Sir Keir Starmer", "Dana Lee", "Teamika Jones", "Lady Gaga"])
def test_people_are_not_roles(name: str) -> None:
    assert not is_role_name(name)


def test_address_as_wins_over_any_reading() -> None:
    a = address("Nguyễn Thị Mai", "Ms  Mai", "en-US")
    assert (a.formal, a.given, a.certain) == ("Ms Mai", "Ms Mai", True)


def test_scripts_without_capitals_have_no_case() -> None:
    assert has_case("Dana") and has_case("Иван") and not has_case("王伟") and not has_case("محمد")


def test_names_match_across_unicode_forms_and_case() -> None:
    decomposed = "Jose\u0301 Marti\u0301nez"
    assert matches(decomposed, "José Martínez") and matches("JOSÉ MARTÍNEZ", "José Martínez")
    assert not matches("José", "José Martínez") and not matches("", "")


@pytest.mark.parametrize(("typed", "written"), [
    ("ANNE-MARIE O'NEILL", "Anne-Marie O'Neill"),
    ("sanne de vries", "Sanne de Vries"),
    ("MCALLISTER", "McAllister"),
    ("d'angelo rossi", "D'Angelo Rossi"),
    ("DANA LEE, PHD", "Dana Lee, PHD"),
    ("Wei ZHANG", "Wei ZHANG"),  # a marked surname: left to read_name
    ("McKenzie-Smith", "McKenzie-Smith"),
    ("王伟", "王伟"),
])
def test_a_name_in_capitals_or_lower_case_gets_its_ordinary_capitals(typed: str, written: str) -> None:
    assert ordinary_capitals(typed) == written


@pytest.mark.parametrize(("name", "style", "formal"), [
    ("dr smith", "en-US", "Dr. Smith"), ("dr smith", "en-GB", "Dr Smith"), ("ms pike", "en-US", "Ms. Pike"),
    ("ANNE-MARIE O'NEILL", "en-GB", "Anne-Marie O'Neill"), ("PROF JUAN DE LA CRUZ", "en-US", "Prof. de la Cruz"),
])
def test_a_greeting_never_carries_the_typed_capitals(name: str, style: str, formal: str) -> None:
    assert address(name, "", style).formal == formal
    assert address("Someone", name, style).formal == ordinary_capitals(name)
