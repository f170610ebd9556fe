"""BrochureDesk: a searchable, tagged catalog of PDF brochures and their good-practice examples."""

__version__ = "0.1.0"
APP_NAME = "BrochureDesk"
