"""Printed acts, built with ReportLab from plain data (never Qt, never the database).

- extrait: the certified extract of one deliberation;
- liste: the list of deliberations examined at a séance (L2121-25);
- proces_verbal: the minutes of a séance (L2121-15);
- convocation: the letter calling the council;
- registre: register sheets with their closing sheet, and the year's tables (R2121-9).

acte, entete, formules and styles hold what these documents share.
"""
