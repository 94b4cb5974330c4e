"""The HeyGen sub-commands: `languages`, `proofread …`, `translation …`, `sandbox`.

`commands` declares them; `session` runs one (client or sandbox, errors to exit statuses),
`proofread` and `translation` hold the handlers, `jobs` and `output` what they print.
"""
