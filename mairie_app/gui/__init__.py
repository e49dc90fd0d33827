"""The window: lays out widgets and calls the services, nothing more."""
