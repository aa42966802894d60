"""Turn Korean markdown study notes into an Anki deck and a printable cheat sheet.

The pipeline, one package each: ``read`` (files → text) → ``parse`` (markdown-it tokens →
``model``) → ``extract`` (quantities, subjects, comparisons, tips) → ``emit`` (deck, cheat
sheet), run by ``build`` and driven by ``cli``.
"""
