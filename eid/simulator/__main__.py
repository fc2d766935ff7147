"""``python -m eid.simulator``: serve a virtual BELPIC card to a vpcd reader.

    python -m eid.simulator --port 35963 --card ../shared/eid/cards/specimen-alice
    python -m eid.simulator --port 35963 --synthetic v18-ec --write-root /tmp/test-root.pem
    python -m eid.simulator --synthetic foreigner --save /tmp/foreigner-card   # write an image, exit
    python -m eid.simulator --port 35963 --synthetic v18-ec --interactive
        (stdin commands: "insert [KIND|DIR]", "remove", "quit")
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from eid.simulator.card import CardImage, SimOptions, load_commons_eid_set
from eid.simulator.synthetic import SYNTHETIC_KINDS, synthetic_card, synthetic_options
from eid.simulator.vpcd import DEFAULT_VPCD_PORT, VirtualCard

__all__ = ["load_card", "main"]


def load_card(spec: str) -> tuple[CardImage, SimOptions]:
    """A synthetic kind name, a card image directory or a commons-eid test set directory."""
    if spec in SYNTHETIC_KINDS:
        return synthetic_card(spec), synthetic_options(spec)
    path = Path(spec)
    if path.is_dir() and ((path / "identity.tlv").exists() or (path / "test-identity.tlv").exists()):
        return load_commons_eid_set(path), SimOptions()
    return CardImage.from_directory(path), SimOptions()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eid.simulator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="vpcd host (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_VPCD_PORT, help="vpcd port (default 35963)")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--card", metavar="DIR", help="card image directory (or commons-eid test set)")
    src.add_argument("--synthetic", metavar="KIND", choices=sorted(SYNTHETIC_KINDS), help="synthetic card kind")
    parser.add_argument("--list-kinds", action="store_true", help="list synthetic kinds and exit")
    parser.add_argument("--not-activated", action="store_true", help="answer 6D00 like a card not yet activated")
    parser.add_argument("--not-eid", action="store_true", help="behave as a card without the BELPIC applet")
    parser.add_argument("--short-answers", action="store_true", help="short answers instead of 6Cxx")
    parser.add_argument("--remove-after", type=int, metavar="N", help="pull the card out after N APDUs")
    parser.add_argument("--save", metavar="DIR", type=Path, help="write the card image to DIR and exit")
    parser.add_argument("--write-root", metavar="FILE", type=Path, help="write the card's test root (PEM)")
    parser.add_argument("--interactive", action="store_true", help="read insert/remove/quit commands on stdin")
    parser.add_argument(
        "--private-pcscd", action="store_true",
        help="start a private pcscd + vpcd reader for this card and print the PCSCLITE_CSOCK_NAME "
             "to export in another shell (then: desk-app eid read)",
    )
    args = parser.parse_args(argv)

    if args.list_kinds:
        for kind, text in SYNTHETIC_KINDS.items():
            print(f"{kind:20s} {text}")
        return 0
    spec = args.card or args.synthetic or "v18-ec"
    image, options = load_card(spec)
    options.not_activated = options.not_activated or args.not_activated
    options.not_eid = options.not_eid or args.not_eid
    options.short_answers = args.short_answers
    options.remove_after_apdus = args.remove_after
    if args.write_root is not None:
        if image.trust_root_der is None:
            print("this card image has no known test root", file=sys.stderr)
            return 2
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        cert = x509.load_der_x509_certificate(image.trust_root_der)
        args.write_root.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    if args.save is not None:
        image.save(args.save)
        print(f"card image written to {args.save}")
        return 0

    stack = None
    if args.private_pcscd:
        from eid.simulator.harness import VirtualReaderStack, prepare_client_environment

        prepare_client_environment()
        stack = VirtualReaderStack(slots=1).start()
        card = stack.card(0)
        print(f"export PCSCLITE_CSOCK_NAME={stack.socket_path}   # reader: {stack.reader_name}", flush=True)
    else:
        card = VirtualCard(args.host, args.port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    card.insert(image, options, timeout=30)
    print(f"card {image.name!r} inserted on {card.host}:{card.port}", flush=True)
    if args.interactive:
        def control() -> None:
            for line in sys.stdin:
                words = line.split()
                if not words:
                    continue
                try:
                    if words[0] == "remove":
                        card.remove()
                        print("removed", flush=True)
                    elif words[0] == "insert":
                        img, opts = load_card(words[1]) if len(words) > 1 else (image, options)
                        card.insert(img, opts)
                        print(f"inserted {img.name}", flush=True)
                    elif words[0] in ("quit", "exit"):
                        break
                    else:
                        print("commands: insert [KIND|DIR], remove, quit", flush=True)
                except (OSError, ValueError) as exc:
                    print(f"error: {exc}", flush=True)
            stop.set()

        threading.Thread(target=control, daemon=True).start()
    while not stop.wait(0.5):
        pass
    card.close()
    if stack is not None:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
