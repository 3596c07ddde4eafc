"""English: en-US and en-GB (the templates write UK forms; `letters` maps them to US ones)."""
