"""The report on a group of buyers' cases against one seller: its rows, PDF, CSV and XLSX."""
