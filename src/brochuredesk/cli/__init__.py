"""The command line: `main.py` assembles the parser from one module per command group
(`cmd_*.py`); what they share (output, progress, opening the library and its index) lies below
them in `output.py` and `session.py`, and nothing imports the entry point back."""
