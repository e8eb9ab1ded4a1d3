"""Language resources, kept as data files apart from code."""
