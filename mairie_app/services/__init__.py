"""One service per area; each user action is one short transaction, plain data out."""
