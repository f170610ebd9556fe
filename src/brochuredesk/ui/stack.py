"""The pages of the window's middle, in the order the stacked widget holds them."""

GRID, TABLE, RESULTS, VIEWER, EMPTY, EXAMPLES = range(6)
