"""Qt table models over lists of plain DTOs: the views never see the database."""
