"""The ``scrutiny`` command. Each subcommand lives in the module named for it."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from pipeline import __version__

DESCRIPTION = ("Turn police scrutiny packs and HMICFRS inspection reports (PDF and Word) into validated "
               "records, exported as CSV, JSON and more.")

# subcommand -> (module, help)
COMMANDS = {
    "extract": ("pipeline.batch", "extract records from PDF and DOCX files and export them"),
    "inspect": ("pipeline.inspect", "print the layout model of one file, as text or JSON"),
    "eval": ("pipeline.evaluate", "score exported records against gold annotations"),
    "schema": ("schemas.jsonschema", "write the JSON Schemas of the record types"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="scrutiny", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"scrutiny {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    # Only the chosen command's module is imported: starting `scrutiny` costs
    # what that command needs, not what every command needs.
    chosen = _command_named(argv)
    module = None
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.add_arguments(command_parser)
    args = parser.parse_args(argv)
    assert module is not None  # argparse exits unless a known command was given
    try:
        return module.run(args)
    except BrokenPipeError:
        # The reader stopped early (`scrutiny inspect FILE | head`): no traceback. Point stdout at
        # /dev/null so the interpreter's final flush does not fail on the closed pipe too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _command_named(argv: list[str]) -> str | None:
    """The subcommand on the command line: its first word that is not an option."""
    return next((word for word in argv if not word.startswith("-")), None)


if __name__ == "__main__":
    sys.exit(main())
