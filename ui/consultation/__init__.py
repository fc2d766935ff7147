"""The advisor's consultation (issue 16): ``ui.consultation.page``."""
