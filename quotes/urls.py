from django.urls import path

from . import api, views

app_name = "quotes"
urlpatterns = [
    path("", views.home, name="home"),
    path("quotes/", views.QuoteListView.as_view(), name="quote-list"),
    path("quotes.json", api.quote_list_json, name="quote-list-json"),
    path("quotes.csv", api.quote_list_csv, name="quote-list-csv"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
    path("speakers/suggest.json", api.speaker_suggest, name="speaker-suggest"),
    path("people/", views.PersonListView.as_view(), name="person-list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation-list"),
    path("organisations/<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation-detail"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
