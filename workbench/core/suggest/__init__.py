"""Suggestions: pre-annotations made by rules, by the names of the project, or by a model.

Pure code (no store, no Qt): ``keys`` gives every suggested item its content key and
``SuggestionInfo``; ``lexicon`` is the reporting-verb lexicon; ``quotes`` finds quotes, cues,
speakers, titles and affiliations in Arabic news text; ``names`` finds the names a project has
already annotated where they occur again. ``workbench.workflow.suggest`` runs them on a project.
"""
