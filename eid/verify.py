"""Verification that card data comes from a genuine card (README "Verifying ...").

1. RRN certificate = file 503C cut at its DER length. EC key -> ECDSA P-384/SHA-384 (EC DER
   signature length = second byte + 2); RSA key -> PKCS#1 v1.5 with the hash matching the
   photo-hash length (SHA-1 for 20 bytes, else SHA-256), retrying SHA-256 when it is 20.
2. Identity: 4032 over 4031 as read. Address: 4034 over ``4033.rstrip(b"\\0") + 4032 as read``.
3. Photo hash (tag 0x11) and, applet 1.8, SHA-384 of 4040 equals tag 0x1A.
4. The RRN certificate is signed directly by a trusted Belgium Root CA (the shipped roots;
   extra roots only when the caller passes them explicitly).

Card data is untrusted input: :func:`verify_card` never raises on it. A damaged RRN certificate
(cryptography raises ``ValueError``, ``TypeError``, ``UnsupportedAlgorithm`` or ``InvalidVersion``,
some of them only when a field is first used) gives a :class:`~eid.model.Verification` that is not
valid, with the reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from eid.model import Identity, RawCardFiles, Verification, VerificationStatus

__all__ = [
    "default_root_dir",
    "der_length",
    "load_certificates",
    "load_default_roots",
    "verify_card",
    "verify_ec_challenge",
]


# What cryptography raises on a damaged certificate or key: ValueError (DER, names: parsed lazily),
# TypeError (a name attribute of the wrong ASN.1 type), UnsupportedAlgorithm (unknown algorithm or key
# OIDs), InvalidVersion (the version field).
_DAMAGED = (ValueError, TypeError, UnsupportedAlgorithm, x509.InvalidVersion)


def der_length(data: bytes) -> int | None:
    """Total length of the DER element at the start of ``data`` (None if not DER-like)."""
    if len(data) < 2 or data[0] == 0:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    n = first & 0x7F
    if n == 0 or n > 4 or len(data) < 2 + n:
        return None
    return 2 + n + int.from_bytes(data[2 : 2 + n], "big")


def default_root_dir() -> Path:
    """``resources/certs`` (Belgium Root CA, CA2, CA3, CA4, CA4b, CA6)."""
    try:
        path = Path(str(importlib_resources.files("resources").joinpath("certs")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[1] / "resources" / "certs"


def load_certificates(path: str | Path) -> list[x509.Certificate]:
    """Load every certificate from a PEM (may hold several) or DER file, or a directory of them.

    Raises ``OSError`` when a file cannot be read and ``ValueError`` (naming the file) when it holds
    no readable certificate."""
    p = Path(path)
    files = sorted(f for f in p.iterdir() if f.suffix.lower() in {".pem", ".der", ".crt", ".cer"}) if p.is_dir() else [p]
    out: list[x509.Certificate] = []
    for f in files:
        data = f.read_bytes()
        try:
            if b"-----BEGIN CERTIFICATE-----" in data:
                certs = x509.load_pem_x509_certificates(data)
            else:
                n = der_length(data)
                certs = [x509.load_der_x509_certificate(data[:n] if n else data)]
            for cert in certs:
                cert.subject.rfc4514_string()  # names are parsed lazily: fail here, not later
                cert.issuer.rfc4514_string()
        except _DAMAGED as exc:
            raise ValueError(f"{f}: not a readable certificate ({exc})") from exc
        out.extend(certs)
    return out


def _dedupe(certs: Iterable[x509.Certificate]) -> tuple[x509.Certificate, ...]:
    seen: dict[bytes, x509.Certificate] = {}
    for c in certs:
        seen.setdefault(c.fingerprint(hashes.SHA256()), c)
    return tuple(seen.values())


@lru_cache(maxsize=1)
def load_default_roots() -> tuple[x509.Certificate, ...]:
    """The shipped Belgium root certificates (never test roots)."""
    return _dedupe(load_certificates(default_root_dir()))


def _hash_for_photo_hash(length: int | None) -> list[hashes.HashAlgorithm]:
    if length == 20:
        return [hashes.SHA1(), hashes.SHA256()]
    if length == 48:
        return [hashes.SHA256(), hashes.SHA384()]
    return [hashes.SHA256()]


def _ec_signature(sig_file: bytes) -> bytes | None:
    """The DER ECDSA signature inside a (zero padded) signature file, or raw r||s converted."""
    if len(sig_file) >= 2 and sig_file[0] == 0x30:
        n = sig_file[1] + 2 if sig_file[1] < 0x80 else der_length(sig_file)
        if n and n <= len(sig_file):
            return sig_file[:n]
    if len(sig_file) in (96, 64, 132):
        half = len(sig_file) // 2
        return encode_dss_signature(int.from_bytes(sig_file[:half], "big"), int.from_bytes(sig_file[half:], "big"))
    return None


def _verify_with_key(
    key: object, signature: bytes, data: bytes, rsa_hashes: Sequence[hashes.HashAlgorithm]
) -> bool:
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            der = _ec_signature(signature)
            if der is None:
                return False
            key.verify(der, data, ec.ECDSA(hashes.SHA384()))
            return True
        if isinstance(key, rsa.RSAPublicKey):
            size = key.key_size // 8
            sig = signature
            if len(sig) > size and not any(sig[size:]):
                sig = sig[:size]
            for h in rsa_hashes:
                try:
                    key.verify(sig, data, padding.PKCS1v15(), h)
                    return True
                except InvalidSignature:
                    continue
            return False
    except (InvalidSignature, *_DAMAGED):
        return False
    return False


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Signature check by hand (``verify_directly_issued_by`` refuses SHA-1). The names are not
    compared here (string encodings may differ); the signature is what proves issuance.
    False for anything that cannot be checked (unknown signature algorithm, damaged fields)."""
    try:
        key = issuer.public_key()
        algo = cert.signature_hash_algorithm
        if algo is None:
            return False
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(), algo)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(algo))
        else:
            return False
    except (InvalidSignature, *_DAMAGED):
        return False
    return True


@dataclass(frozen=True, slots=True)
class _RrnCertificate:
    """The RRN certificate with every field :func:`verify_card` uses already parsed."""

    cert: x509.Certificate
    subject: str
    issuer: x509.Name
    issuer_text: str


def _load_rrn_certificate(cert_file: bytes) -> _RrnCertificate | None:
    """The certificate in file 503C (cut at its DER length), or None when it is damaged.
    cryptography parses names lazily, so they are read here, where a failure is expected."""
    n = der_length(cert_file)
    try:
        cert = x509.load_der_x509_certificate(cert_file[:n] if n else cert_file)
        issuer = cert.issuer
        return _RrnCertificate(
            cert=cert, subject=cert.subject.rfc4514_string(), issuer=issuer, issuer_text=issuer.rfc4514_string()
        )
    except _DAMAGED:
        return None


def verify_ec_challenge(spki_der: bytes, challenge: bytes, response: bytes) -> bool:
    """Basic-key challenge (applet 1.8): 96-byte r||s, ECDSA P-384 over the challenge as the digest."""
    from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

    try:
        n = der_length(spki_der)
        key = serialization.load_der_public_key(spki_der[:n] if n else spki_der)
        if not isinstance(key, ec.EllipticCurvePublicKey) or len(response) != 96:
            return False
        der = encode_dss_signature(int.from_bytes(response[:48], "big"), int.from_bytes(response[48:], "big"))
        key.verify(der, challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
        return True
    except (InvalidSignature, *_DAMAGED):
        return False


def _photo_digest(photo: bytes, expected_len: int) -> bytes | None:
    if expected_len == 20:
        return hashlib.sha1(photo).digest()
    if expected_len == 32:
        return hashlib.sha256(photo).digest()
    if expected_len == 48:
        return hashlib.sha384(photo).digest()
    return None


def verify_card(
    raw: RawCardFiles,
    identity: Identity | None,
    *,
    trusted_roots: Sequence[x509.Certificate] | None = None,
    extra_roots: Sequence[x509.Certificate] = (),
    applet_version: str | None = None,
    chip_authentic: bool | None = None,
) -> Verification:
    """Check signatures, hashes and chain. Never raises on bad card data: whatever is damaged
    makes the result not valid (``unverifiable`` for an unreadable RRN certificate), with reasons.

    ``trusted_roots`` defaults to the shipped Belgium roots; ``extra_roots`` (e.g. a test
    PKI root from ``--trust-root``) are added only when given explicitly.
    ``chip_authentic`` is the outcome of the basic-key challenge, if one was done.
    """
    reasons: list[str] = []
    roots = tuple(load_default_roots() if trusted_roots is None else trusted_roots) + tuple(extra_roots)

    rrn: _RrnCertificate | None = None
    cert_file = raw.rrn_certificate
    if not cert_file or not any(cert_file):
        reasons.append("RRN certificate missing")
    else:
        rrn = _load_rrn_certificate(cert_file)
        if rrn is None:
            reasons.append("RRN certificate unreadable (damaged or not a certificate)")
    key = None
    if rrn is not None:
        try:
            key = rrn.cert.public_key()
        except _DAMAGED:
            reasons.append("RRN certificate key unsupported")
            key = None

    photo_hash = identity.photo_hash if identity else None
    rsa_hashes = _hash_for_photo_hash(len(photo_hash) if photo_hash else None)

    identity_sig: bool | None = None
    if key is None or raw.identity is None or not raw.identity_signature or not any(raw.identity_signature):
        if raw.identity is not None and (not raw.identity_signature or not any(raw.identity_signature)):
            reasons.append("identity signature missing")
    else:
        identity_sig = _verify_with_key(key, raw.identity_signature, raw.identity, rsa_hashes)
        if not identity_sig:
            reasons.append("identity signature does not match: identity data altered")

    address_sig: bool | None = None
    if raw.address is not None and (not raw.address_signature or not any(raw.address_signature)):
        reasons.append("address signature missing")
    elif key is not None and raw.address is not None and raw.address_signature and raw.identity_signature:
        signed = raw.address.rstrip(b"\0") + raw.identity_signature
        address_sig = _verify_with_key(key, raw.address_signature, signed, rsa_hashes)
        if not address_sig:
            reasons.append("address signature does not match: address data altered")

    photo_ok: bool | None = None
    if raw.photo is None:
        reasons.append("photo not read")
    elif not photo_hash:
        reasons.append("photo hash missing from identity file")
    else:
        digest = _photo_digest(raw.photo, len(photo_hash))
        if digest is None:
            reasons.append(f"photo hash has an unknown length ({len(photo_hash)} bytes)")
        else:
            photo_ok = digest == photo_hash
            if not photo_ok:
                reasons.append("photo does not match the photo hash: photo altered")

    basic_ok: bool | None = None
    basic_hash = identity.basic_key_hash if identity else None
    if basic_hash:
        if not raw.basic_public_key or not any(raw.basic_public_key):
            reasons.append("basic public key (4040) missing")
        else:
            candidates = [raw.basic_public_key]
            n = der_length(raw.basic_public_key)
            if n and n < len(raw.basic_public_key):
                candidates.append(raw.basic_public_key[:n])
            basic_ok = any(hashlib.sha384(c).digest() == basic_hash for c in candidates)
            if not basic_ok:
                reasons.append("basic public key does not match its hash: key altered")
    elif applet_version == "1.8":
        reasons.append("applet 1.8 card without basic key hash")

    if chip_authentic is False:
        reasons.append("chip failed the basic-key challenge: possibly a copied card")

    chain: bool | None = None
    trusted_root: str | None = None
    if rrn is not None:
        # roots whose subject matches the issuer name first, then the rest
        issuer = rrn.issuer
        ordered = sorted(roots, key=lambda r: r.subject != issuer)
        for root in ordered:
            if _issued_by(rrn.cert, root):
                chain = True
                trusted_root = root.subject.rfc4514_string()
                break
        else:
            chain = False
            reasons.append(f"RRN certificate is not issued by a trusted Belgium root (issuer: {rrn.issuer_text})")

    checks: list[bool | None] = [identity_sig, address_sig, photo_ok]
    if basic_hash or applet_version == "1.8":
        checks.append(basic_ok)
    if any(c is False for c in (*checks, chip_authentic)):
        status = VerificationStatus.INVALID
    elif any(c is None for c in checks) or chain is None or raw.identity is None:
        status = VerificationStatus.UNVERIFIABLE
    elif chain is False:
        status = VerificationStatus.UNTRUSTED
    else:
        status = VerificationStatus.VALID
    return Verification(
        status=status,
        identity_signature=identity_sig,
        address_signature=address_sig,
        photo_hash=photo_ok,
        basic_key_hash=basic_ok,
        chain=chain,
        reasons=tuple(reasons),
        rrn_subject=rrn.subject if rrn is not None else None,
        trusted_root=trusted_root,
        chip_authentic=chip_authentic,
    )
