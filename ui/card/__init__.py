"""The eID card panel: reader status, identity and photo, verification, person match and review."""
