"""The final render: the Generate dialog, the results bar (download, open, play) and the
Source / Result switch of the player.

Import the modules themselves: this package imports nothing, so a window part that needs only
`folders` does not load the Generate dialog and, through it, the HTTP client at start-up."""
