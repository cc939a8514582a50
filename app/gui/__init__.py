"""The desktop application (PySide6).  Qt is imported nowhere outside this package."""
