"""The intake form: one page per questionnaire section, with its plain-Python controller."""
