"""Pure rules of the CGCT and value types: no Qt, no database."""
