"""The connection layer of the window: AppContext (demo / live / none), first run, sign-in,
the demo badge and the settings dialog."""
