"""Scoring the extractor against BRAT standoff gold (PolNeAR). Pure Python, no Django.

    from quotes.evaluation import evaluate_corpus
    report = evaluate_corpus("/data/polnear/dev", limit=50, metadata="/data/polnear/metadata.tsv")
    print(report.to_text())

`brat` reads the corpus, `scoring` compares one article, `report` runs and summarises.
"""
from .brat import GoldArticle, GoldAttribution, Span, read_brat_corpus, read_metadata
from .report import Report, evaluate_articles, evaluate_corpus
from .scoring import ArticleScore, analyse_gold, score_article

__all__ = [
    "ArticleScore",
    "GoldArticle",
    "GoldAttribution",
    "Report",
    "Span",
    "analyse_gold",
    "evaluate_articles",
    "evaluate_corpus",
    "read_brat_corpus",
    "read_metadata",
    "score_article",
]
