"""Candidate facts from text: sentences → figures → judged quantities → periods → subjects.

`candidates.extract()` runs the stages, one module each; `command` is what the CLI's
`facts extract` and `facts accept` do apart from parsing options; `inputs` reads documents.
"""
