"""bri-kb: a knowledge base and search engine for Chinese Belt and Road / FTZ policy documents."""

__version__ = "0.1.0"
# Bumped whenever the on-disk layout or the meaning of a stored field changes;
# a KB written with another value is refused rather than misread.
KB_FORMAT = 9
