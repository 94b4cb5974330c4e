"""What is open on this computer, with no widgets: where a document comes from, reading its
files with one sentence per failure, loading and checking it, restoring its drafts, a HeyGen
session as a document, and the notices a report carries. Both front ends use it; `ui/` adds
only widgets and Qt adapters. Import the modules themselves: this package loads nothing, so
`proofreader check` stays quick."""
