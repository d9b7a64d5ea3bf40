"""The version of srcflag, in one place for the package, the CLI, SARIF and the cache key."""

__version__ = "0.1.0"
