"""bouncegui: a desktop troubleshooter for bounced email."""

__version__ = "0.1.0"
