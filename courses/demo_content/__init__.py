"""Demo course content as plain Python data, one module per course part (format: content-format.md).

Keeping content apart from the code that builds pages lets writers and translators edit a
lesson without touching Wagtail code; `loader.py` turns every module found here into pages
and real wagtail-localize translations. Modules named `<course>_<n>` (working_life_1,
working_life_2) are parts of one course; the part that defines `COURSE` owns it.
"""
