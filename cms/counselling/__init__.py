"""The counsellor workspace: consent-based links between learners and counsellors, the caseload,
a learner's detail and meeting brief, notes, the CSV export and the access log.

It sits with cms.dashboard in the combining layer: it may import courses, lessons, quizzes and the
site shell; nothing below imports it (cms.accounts reaches it only through settings registries).
"""
