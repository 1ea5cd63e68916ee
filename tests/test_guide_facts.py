"""The guide tells newcomers who serves them today.

Two reforms changed who that is: the state TE offices closed on 1 January 2025, when public
employment services moved to the municipalities and their employment areas, and on 1 January 2023
the wellbeing services counties took over social services (Perusturvaliikelaitos Saarikka ended).
A guide that still sends people to the old bodies sends them to offices that no longer exist. These
tests read the content files only (no database); the good-practice pages are history (the
2017–2019 project) and may name the bodies of their time.
"""

from pathlib import Path

import polib

CONTENT = Path(__file__).resolve().parents[1] / "content"
GUIDE = CONTENT / "pages" / "home" / "opas"
HISTORY = GUIDE / "hyvat-kaytanteet"
PATH_TO_WORK_PLAN = "home/opas/polku-toihin:steps.9969ebc2-7454-4ec7-b74a-f2711cad5a00.text"


def guide_files_today():
    return [path for path in sorted(GUIDE.rglob("*.yaml")) if HISTORY not in path.parents]


def test_the_guide_does_not_send_newcomers_to_the_closed_te_offices():
    files = guide_files_today()
    assert files, "no guide files found"
    mentioning = [str(path.relative_to(CONTENT)) for path in files if "TE-" in path.read_text(encoding="utf-8")]
    assert mentioning == []


def test_the_integration_plan_step_names_the_municipality_in_every_translation():
    po_files = sorted(CONTENT.glob("locale/*/opas.po"))
    assert po_files, "no guide translations found"
    for path in po_files:
        entries = [entry for entry in polib.pofile(str(path)) if entry.msgctxt == PATH_TO_WORK_PLAN]
        assert len(entries) == 1, path
        assert "TE-" not in entries[0].msgid, path
        assert "kunnan" in entries[0].msgid, path
        assert entries[0].msgstr and "TE" not in entries[0].msgstr, path


def test_no_service_on_the_map_is_offered_by_perusturvaliikelaitos_saarikka():
    services = sorted((CONTENT / "services").glob("*.yaml"))
    assert services, "no service files found"
    naming = [path.name for path in services if "saarik" in path.read_text(encoding="utf-8").lower()]
    assert naming == []


def test_the_social_services_example_names_the_wellbeing_services_county_and_its_start_date():
    text = (CONTENT / "services" / "keski-suomen-hyvinvointialueen-sosiaalipalvelut.yaml").read_text(encoding="utf-8")
    assert "name: Keski-Suomen hyvinvointialueen sosiaalipalvelut" in text
    assert "1.1.2023" in text
