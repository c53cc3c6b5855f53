"""The pure-Python domain: documents, layers, spans, relations, entities, schema, text rules.

Nothing is imported here: a command loads the modules it uses, and no more (start-up time).
"""
