"""Card templates, CSS and fonts, installed as the package ``builder.templates``.

This folder stays at the top of the project, where people edit it; ``pyproject.toml`` maps it
into the package so that a wheel carries it.  Code finds these files only through
:mod:`builder.resources`.
"""
