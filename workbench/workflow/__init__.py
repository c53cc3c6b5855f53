"""Team workflow: the sample project, blind packages (pack, merge), adjudication, search."""
