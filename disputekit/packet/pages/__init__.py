"""The pages and how they are set: styles, tables, fonts, catalog, integrity."""
