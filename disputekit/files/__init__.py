"""Files on disk the way DisputeKit needs them: owner-only, plain files only, never the database,
temporary files cleaned after a crash, evidence paths kept inside their folder."""
