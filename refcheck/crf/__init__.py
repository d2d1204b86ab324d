"""A learned sequence labeller for reference strings (a CRF, python-crfsuite).

Why: hand-written rules parse the styles they were written for very well (the rendered eLife and
PLOS lists) but fall behind on the long tail of styles (humanities, physics, non-English,
unpunctuated lists). A conditional random field trained on labelled strings from AnyStyle, GROBID
and PLOS ``mixed-citation`` lists labels each token as author, title, container... and
``refcheck.crf.fields`` turns the labels into fields. ``refcheck.crf.train`` rebuilds the model
shipped in ``refcheck/data/refparse.crfsuite`` from a corpus folder.
"""
