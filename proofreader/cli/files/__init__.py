"""The sub-commands on local subtitle files: `check`, `convert`, `report`.

They import the subtitle core only (no HTTP client, keychain, sandbox or Qt), so they start
fast; `inputs` reads their files with one sentence per failure.
"""
