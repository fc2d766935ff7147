"""City data: catalogue, letters, branding, certificates. Data files only, no logic."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
