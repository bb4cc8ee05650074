"""Sub-commands of `composer` (not written yet)."""

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    return None
