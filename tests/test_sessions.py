"""Sessions (home/sessions): a database outage while saving one is a 503, a deleted session still a 400."""

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from home.sessions.db import SessionStore

pytestmark = pytest.mark.django_db


def saved_store():
    store = SessionStore()
    store["step"] = 1
    store.create()
    store["step"] = 2
    return store


def test_a_connection_lost_while_saving_is_reported_as_the_database_error(monkeypatch):
    store = saved_store()

    def connection_lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(store.model, "save", connection_lost)
    with pytest.raises(OperationalError):
        store.save()


def test_a_session_deleted_meanwhile_is_still_an_interrupted_session():
    store = saved_store()
    store.model.objects.filter(session_key=store.session_key).delete()
    with pytest.raises(UpdateError):
        store.save()


def test_the_learner_gets_the_503_page_not_a_400(monkeypatch, make_user, home_page):
    client = Client(raise_request_exception=False)
    client.force_login(make_user("katkos"))
    store_model = SessionStore.get_model_class()

    def connection_lost(*args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(store_model, "save", connection_lost)
    # Choosing plain language writes the session.
    response = client.post(reverse("plain-language"), {"plain": "1", "next": "/fi/"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
