"""scrutiny: police scrutiny packs and HMICFRS inspection reports into data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("scrutiny")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"
