"""Official reference lists shipped with the app (ACTES matières, French communes); no Qt."""
