"""Team workflow: the sample project, and later packages, merge and adjudication."""
