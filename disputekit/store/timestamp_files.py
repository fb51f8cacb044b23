"""The files of a case's RFC 3161 timestamps, kept in the data folder beside the vault.

Each is written once and named by what it holds, the name a case's `Timestamp` gives it:
`timestamps/<request SHA-256>.tsq` (the request as written for the TSA),
`timestamps/manifest-<imprint>.txt` (the evidence manifest it stamps, whose SHA-256 is the
imprint) and `timestamps/<request SHA-256>.tsr` (the TSA's reply as received, the token
inside it untouched). A bundle carries the same names as tag files.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from disputekit.domain.case.model import Case
from disputekit.files.private_files import private_dir, write_private
from disputekit.messages import msg
from disputekit.store.bundles.bag_check import BundleError

FOLDER = "timestamps"


class TimestampFiles:
    """The `timestamps/` folder of the data folder `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    def path(self, name: str) -> Path:
        """Where the file `name` (`timestamps/…`) lives; ValueError for any other name."""
        pure = PurePosixPath(name)
        if len(pure.parts) != 2 or pure.parts[0] != FOLDER or pure.name.startswith("."):
            raise ValueError(f"not a timestamp file name: {name!r}")
        return self.data_dir / FOLDER / pure.name

    def write(self, name: str, data: bytes) -> Path:
        """Keep `data` as `name`; a file already there with the same bytes is left as is."""
        path = self.path(name)
        if path.is_file() and path.read_bytes() == data:
            return path
        private_dir(path.parent)
        return write_private(path, data)

    def read(self, name: str) -> bytes:
        """The bytes of `name`; BundleError naming it when it is missing."""
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            raise BundleError(msg("stamp.files_missing", name=name)) from None

    def attached(self, case: Case) -> dict[str, bytes]:
        """Each attached token of `case` and the manifest it covers, by name, those kept."""
        found: dict[str, bytes] = {}
        for record in case.timestamps:
            for name in (record.token, record.manifest_file):
                if record.token and self.has(name):
                    found[name] = self.read(name)
        return found

    def has(self, name: str) -> bool:
        """Whether `name` is kept."""
        return self.path(name).is_file()
