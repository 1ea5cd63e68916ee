"""Public URLs of this app, mounted under the language prefix in config/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("my-courses/", views.my_courses, name="my-courses"),
    path("my-courses/<uuid:course_key>/certificate/", views.certificate, name="certificate"),
    path("my-courses/<uuid:course_key>/certificate.pdf", views.certificate_pdf, name="certificate-pdf"),
    path("certificates/<str:code>/", views.certificate_public, name="certificate-public"),
    path("courses/<int:page_id>/start/", views.start_course, name="course-start"),
    path("courses/steps/<int:page_id>/done/", views.mark_done, name="step-done"),
    path("courses/plain-language/", views.plain_language, name="plain-language"),
]
