"""Composition root: parse the command line, open the register, start the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from mairie_app.cli import build_parser, run

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return run(args)
    from mairie_app.gui.launch import run_gui

    return run_gui(args)
