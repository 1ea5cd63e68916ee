"""Site-wide accessibility sweep: every public page type of the demo site, in fi, en and ar,
signed in on a 360 px phone, has no axe-core violations and answers 200."""

import os

from django.core.management import call_command

from .conftest import assert_no_axe_violations

PAGES = [
    "/",
    "/kurssit/",
    "/kurssit/tyoelaman-pelisaannot/",
    "/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/",
    "/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosopimus/",
    "/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosuhde-ja-palkka-tehtavat/",
    "/my-courses/",
    "/accounts/profile/",
    "/accounts/my-data/",
    "/accounts/privacy/",
    "/opas/",
    "/opas/palvelukartta/",
    "/opas/hyvat-kaytanteet/",
    "/opas/tapahtumat/",
    "/search/?q=ty%C3%B6sopimus",
]


def test_every_page_type_is_accessible_in_finnish_english_and_arabic(live_server, transactional_db, new_page, axe):
    call_command("load_demo", stdout=open(os.devnull, "w"))
    for lang in ("fi", "en", "ar"):
        page = new_page(width=360, height=800)
        page.goto(f"{live_server.url}/{lang}/accounts/login/")
        page.locator("input[name=username]").fill("demo-learner")
        page.locator("input[name=password]").fill("kotopaikka-demo")
        page.locator("form button[type=submit]").click()
        page.wait_for_load_state()
        for path in PAGES:
            response = page.goto(f"{live_server.url}/{lang}{path}")
            assert response.status == 200, f"{lang}{path}: {response.status}"
            assert_no_axe_violations(axe, page)
