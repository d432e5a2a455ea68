"""Debian's headless Chromium through its chromedriver: nothing is downloaded."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=th-TH",
)


class ChromiumMissing(RuntimeError):
    """Debian's chromium or chromium-driver is not installed (.ci/run installs both)."""


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[webdriver.Chrome]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists() and shutil.which("chromium")):
        raise ChromiumMissing("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    # A page after a form's redirect may still be loading when the next lookup runs.
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def click_through(browser: webdriver.Chrome, button: WebElement) -> None:
    """Click a form's button and wait until the page it leads to has replaced this one.

    Without the wait, the next lookup can find the old page's elements (a notice, a
    button) or the next `get` can cancel the form's request.
    """
    page = browser.find_element(By.TAG_NAME, "html")
    button.click()
    wait = WebDriverWait(browser, 10)
    wait.until(lambda _: _is_detached(page))
    # Elements found while the next document is still being parsed can belong to no
    # document a moment later (chromedriver: "Node ... does not belong to the document").
    wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def _is_detached(element: WebElement) -> bool:
    """Whether `element` has left the document: chromedriver says so with a stale-element
    error, or, while the next page is being built, with an inspector error that Selenium's
    own `staleness_of` does not take for one."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False
