"""The five tabs of the main window, one per step of the secretary's work."""
