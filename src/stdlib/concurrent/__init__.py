"""concurrent: a package for concurrent.futures."""
