"""A virtual BELPIC card: card images and the APDU processor.

A card image is a set of files keyed by absolute path (``3F00DF014031``), the GET CARD DATA
answer, the ATR and, for applet 1.8, the basic private key (for the challenge).

Directory layout (read and written by :meth:`CardImage.from_directory` / :meth:`CardImage.save`):
files named ``<PATH>[_anything]`` with PATH = 12 hex digits (``3F00DF014031_identity.tlv``),
``get_card_data*.bin`` (28 bytes), optional ``atr.bin``, ``basic_key_private.pem`` and
``card.json`` (``{"name": ..., "applet_version": "1.8"}``). The public specimen card in
``shared/eid/cards/specimen-alice`` is such a directory.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

__all__ = [
    "ATR_APPLET_17",
    "ATR_APPLET_18",
    "ATR_NOT_EID",
    "BelpicSimulator",
    "CardImage",
    "SimOptions",
    "load_commons_eid_set",
]

ATR_APPLET_17 = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_APPLET_18 = bytes.fromhex("3B7F960000803180 65B08504012012 0FFF829000".replace(" ", ""))
ATR_NOT_EID = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")

BELPIC_AID = bytes.fromhex("A00000003029057000AD13100101FF")
_PATH_NAME = re.compile(r"^(3F00[0-9A-F]{8}|3F00[0-9A-F]{4})(?:[_.\-].*)?$", re.IGNORECASE)


@dataclass
class CardImage:
    files: dict[str, bytes]
    card_data: bytes | None = None
    atr: bytes = ATR_APPLET_17
    name: str = "card"
    basic_key_private: ec.EllipticCurvePrivateKey | None = None
    trust_root_der: bytes | None = None  # the test root that signed the RRN cert, if known
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def applet_version(self) -> str | None:
        if self.card_data and len(self.card_data) >= 22:
            v = self.card_data[21]
            return f"{v >> 4}.{v & 0x0F}"
        return None

    def file(self, path: str) -> bytes | None:
        return self.files.get(path.upper())

    def with_file(self, path: str, data: bytes) -> CardImage:
        files = dict(self.files)
        files[path.upper()] = data
        return CardImage(
            files=files, card_data=self.card_data, atr=self.atr, name=self.name,
            basic_key_private=self.basic_key_private, trust_root_der=self.trust_root_der, meta=dict(self.meta),
        )

    @classmethod
    def from_directory(cls, directory: str | Path) -> CardImage:
        d = Path(directory)
        if not d.is_dir():
            raise FileNotFoundError(f"card image directory not found: {d}")
        files: dict[str, bytes] = {}
        card_data = None
        atr: bytes | None = None
        key = None
        root = None
        meta: dict[str, str] = {}
        for f in sorted(d.iterdir()):
            if not f.is_file():
                continue
            m = _PATH_NAME.match(f.name)
            if m:
                files[m.group(1).upper()] = f.read_bytes()
            elif f.name.lower().startswith("get_card_data") or f.name == "card_data.bin":
                card_data = f.read_bytes()
            elif f.name == "atr.bin":
                atr = f.read_bytes()
            elif f.name == "basic_key_private.pem":
                loaded = serialization.load_pem_private_key(f.read_bytes(), password=None)
                if isinstance(loaded, ec.EllipticCurvePrivateKey):
                    key = loaded
            elif f.name == "trust_root.der":
                root = f.read_bytes()
            elif f.name == "card.json":
                meta = {str(k): str(v) for k, v in json.loads(f.read_text("utf-8")).items()}
        if "3F00DF014031" not in files:
            raise ValueError(f"{d}: no identity file (3F00DF014031*)")
        if atr is None:
            atr = ATR_APPLET_18 if card_data and len(card_data) > 21 and card_data[21] == 0x18 else ATR_APPLET_17
        return cls(files=files, card_data=card_data, atr=atr, name=meta.get("name", d.name),
                   basic_key_private=key, trust_root_der=root, meta=meta)

    def save(self, directory: str | Path) -> Path:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        names = {
            "3F00DF014031": "identity.tlv", "3F00DF014032": "identity_signature.bin",
            "3F00DF014033": "address.tlv", "3F00DF014034": "address_signature.bin",
            "3F00DF014035": "photo.jpg", "3F00DF014040": "basic_public_key.der",
            "3F00DF00503C": "rrn_cert.der",
        }
        for path, data in self.files.items():
            suffix = names.get(path, "file.bin")
            (d / f"{path}_{suffix}").write_bytes(data)
        if self.card_data is not None:
            (d / "get_card_data_response_28bytes.bin").write_bytes(self.card_data)
        (d / "atr.bin").write_bytes(self.atr)
        if self.basic_key_private is not None:
            (d / "basic_key_private.pem").write_bytes(
                self.basic_key_private.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            )
        if self.trust_root_der is not None:
            (d / "trust_root.der").write_bytes(self.trust_root_der)
        (d / "card.json").write_text(json.dumps({"name": self.name, **self.meta}, indent=1), "utf-8")
        return d


def load_commons_eid_set(directory: str | Path, name: str | None = None) -> CardImage:
    """The commons-eid test files: ``test-*`` set (flat, RSA) or ``test-eid-v17-ec/``."""
    d = Path(directory)
    if (d / "identity.tlv").exists():  # test-eid-v17-ec layout
        mapping = {
            "3F00DF014031": "identity.tlv", "3F00DF014032": "identity-signature.der",
            "3F00DF014033": "address.tlv", "3F00DF014034": "address-signature.der",
            "3F00DF014035": "photo.jpg", "3F00DF00503C": "rrn-cert.der",
        }
        applet = 0x17
    else:
        mapping = {
            "3F00DF014031": "test-identity.tlv", "3F00DF014032": "test-identity-sign.der",
            "3F00DF014033": "test-address.tlv", "3F00DF014034": "test-address-sign.der",
            "3F00DF014035": "test-photo.jpg", "3F00DF00503C": "test-rrn-cert.der",
        }
        applet = 0x11
    files = {path: (d / fname).read_bytes() for path, fname in mapping.items() if (d / fname).exists()}
    if "3F00DF014031" not in files:
        raise ValueError(f"{d}: not a commons-eid test set")
    chip = _chip_from_identity(files["3F00DF014031"])
    card_data = chip + bytes([0xA5, 0x03, 0x01, 0x01, 0x01, applet, 0x00, 0x02, 0x00, 0x01, 0x01, 0x0F])
    return CardImage(files=files, card_data=card_data, atr=ATR_APPLET_17, name=name or d.name)


def _chip_from_identity(identity: bytes) -> bytes:
    from eid.tlv import parse_tlv

    try:
        chip = parse_tlv(identity).get(0x02, b"")
    except Exception:  # simulator convenience only
        chip = b""
    return (chip + bytes(16))[:16]


@dataclass
class SimOptions:
    """Behaviour switches of the virtual card.

    * ``not_activated``: every select/read answers ``activation_sw`` (``6D00`` or ``6985``).
    * ``not_eid``: no BELPIC applet (selects answer ``6A82``, proprietary class ``6E00``).
    * ``short_answers``: answer a too-long Le with the remaining bytes instead of ``6Cxx``.
    * ``require_applet_select``: path selects answer ``6A82`` until the applet is selected.
    * ``remove_after_apdus``: the card is pulled out after N APDUs (the transport closes).
    * ``max_le``: largest chunk the card returns (answers ``6Cxx`` above it), None = 256.
    """

    not_activated: bool = False
    activation_sw: int = 0x6D00
    not_eid: bool = False
    short_answers: bool = False
    require_applet_select: bool = False
    remove_after_apdus: int | None = None
    max_le: int | None = None


class CardRemoved(Exception):
    """Raised by the processor when ``remove_after_apdus`` is reached (transport must close)."""


class BelpicSimulator:
    """Processes command APDUs for one inserted card image."""

    def __init__(self, image: CardImage, options: SimOptions | None = None) -> None:
        self.image = image
        self.options = options or SimOptions()
        self.apdu_count = 0
        self.log: list[tuple[bytes, bytes]] = []
        self.reset()

    @property
    def atr(self) -> bytes:
        return ATR_NOT_EID if self.options.not_eid else self.image.atr

    def reset(self) -> None:
        self.current: str | None = None
        self.applet_selected = False
        self.pending: bytes = b""

    def process(self, apdu: bytes) -> bytes:
        self.apdu_count += 1
        limit = self.options.remove_after_apdus
        if limit is not None and self.apdu_count > limit:
            raise CardRemoved
        resp = self._process(apdu)
        self.log.append((apdu, resp))
        return resp

    def _process(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        body = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        le: int | None = apdu[4] if len(apdu) == 5 else None
        opts = self.options
        if opts.not_eid:
            if ins == 0xA4:
                return b"\x6a\x82"
            if cla == 0x80:
                return b"\x6e\x00"
            return b"\x6d\x00"
        if cla == 0x80 and ins == 0xE4:
            return self._card_data(p2, le)
        if opts.not_activated and ins in (0xA4, 0xB0, 0x88):
            return opts.activation_sw.to_bytes(2, "big")
        if cla != 0x00:
            return b"\x6e\x00"
        if ins == 0xA4:
            return self._select(p1, body)
        if ins == 0xB0:
            return self._read_binary(((p1 & 0x7F) << 8) | p2, le or 256)
        if ins == 0xC0:
            return self._get_response(le or 256)
        if ins == 0x88:
            return self._internal_authenticate(p1, p2, body)
        return b"\x6d\x00"

    def _card_data(self, p2: int, le: int | None) -> bytes:
        data = self.image.card_data
        if data is None:
            return b"\x6d\x00"
        if p2 == 0x01:
            if self.image.applet_version != "1.8":
                return b"\x6a\x86"
            data = data + b"\x03\x03\x03"  # + PIN tries (applet 1.8)
        elif p2 != 0x00:
            return b"\x6a\x86"
        if le is not None and le != 0 and le != len(data):
            return bytes([0x6C, len(data)])
        return data + b"\x90\x00"

    def _select(self, p1: int, body: bytes) -> bytes:
        if p1 == 0x04:
            if body == BELPIC_AID:
                self.applet_selected = True
                self.current = None
                return b"\x90\x00"
            return b"\x6a\x82"
        if p1 == 0x08:
            path = body.hex().upper()
            if not path.startswith("3F00"):
                path = "3F00" + path
        elif p1 == 0x00 and body == b"\x3f\x00":
            self.current = "3F00"
            return b"\x90\x00"
        elif p1 in (0x02, 0x00) and len(body) == 2:
            base = self.current or "3F00"
            # relative to the current DF: DFxx under MF, EF under DFxx
            if body[0] == 0xDF:
                path = "3F00" + body.hex().upper()
            else:
                df = base[:8] if len(base) >= 8 else base
                path = df + body.hex().upper()
        else:
            return b"\x6a\x86"
        if self.options.require_applet_select and not self.applet_selected:
            return b"\x6a\x82"
        if path in self.image.files or any(k.startswith(path) for k in self.image.files):
            self.current = path
            return b"\x90\x00"
        return b"\x6a\x82"

    def _read_binary(self, offset: int, le: int) -> bytes:
        if self.current is None or self.current not in self.image.files:
            return b"\x69\x86"
        data = self.image.files[self.current]
        if offset >= len(data):
            return b"\x6b\x00"
        max_le = self.options.max_le or 256
        remaining = len(data) - offset
        if le > max_le:
            return bytes([0x6C, max_le & 0xFF])
        if le > remaining:
            if self.options.short_answers:
                return data[offset:] + b"\x90\x00"
            return bytes([0x6C, remaining & 0xFF])
        return data[offset : offset + le] + b"\x90\x00"

    def _get_response(self, le: int) -> bytes:
        if not self.pending:
            return b"\x69\x85"
        if le < len(self.pending):
            chunk, self.pending = self.pending[:le], self.pending[le:]
            rest = len(self.pending)
            return chunk + (bytes([0x61, rest & 0xFF]) if rest else b"\x90\x00")
        if le > len(self.pending):
            return bytes([0x6C, len(self.pending)])
        chunk, self.pending = self.pending, b""
        return chunk + b"\x90\x00"

    def _internal_authenticate(self, p1: int, p2: int, body: bytes) -> bytes:
        key = self.image.basic_key_private
        if key is None or self.image.applet_version != "1.8":
            return b"\x6d\x00"
        if p1 != 0x02 or p2 != 0x81 or len(body) != 50 or body[:2] != b"\x94\x30":
            return b"\x6a\x80"
        challenge = body[2:]
        der = key.sign(challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
        r, s = decode_dss_signature(der)
        self.pending = r.to_bytes(48, "big") + s.to_bytes(48, "big")
        return bytes([0x61, len(self.pending)])
