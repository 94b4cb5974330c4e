"""The main window, split by concern: layout, wiring, commands, files, state."""
