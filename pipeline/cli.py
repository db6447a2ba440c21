"""The ``scrutiny`` command. Each subcommand lives in the module named for it."""

from __future__ import annotations

import argparse
import importlib
import sys

from pipeline import __version__

# subcommand -> (module, help)
COMMANDS = {
    "extract": ("pipeline.batch", "extract records from PDF and DOCX files and export them"),
    "inspect": ("pipeline.inspect", "print the layout model of one file, as text or JSON"),
    "eval": ("pipeline.evaluate", "score exported records against gold annotations"),
    "schema": ("schemas.jsonschema", "write the JSON Schemas of the record types"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scrutiny", description=__doc__)
    parser.add_argument("--version", action="version", version=f"scrutiny {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        modules[name] = module
        module.add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    return modules[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())
