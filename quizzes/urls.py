"""Public URLs of this app, mounted under the language prefix in config/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("quizzes/<int:page_id>/answer/", views.answer, name="quiz_answer"),
    path("quizzes/<int:page_id>/restart/", views.restart, name="quiz_restart"),
]
