# No DCT at all: X-padded relative values and a warning on stderr; absolute dates resolve.
printf 'It happened on Friday, not on March 5, 1999.\n' | "$NEWSLINE" tag -
