"""Fixtures for the builder's browser tests (site fixtures come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from builder_page import STEP_TIMEOUT_MS, open_builder
from playwright.sync_api import Page, expect


@pytest.fixture(autouse=True)
def _patient_expect() -> Iterator[None]:
    """Renders go through a worker on a busy machine: give `expect` time, then restore the default."""
    expect.set_options(timeout=STEP_TIMEOUT_MS)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture()
def builder(page: Page, site_url: str) -> Page:
    """The builder page at the site root, composer loaded, fresh browser profile."""
    return open_builder(page, site_url)
