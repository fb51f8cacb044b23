"""Case bundles (BagIt zips): export, checks, import."""
