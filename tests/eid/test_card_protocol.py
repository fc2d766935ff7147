"""BELPIC APDU handling against the simulator's APDU processor (no PC/SC)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eid.card import BelpicSession, ReadOptions, read_card
from eid.errors import CardNotActivatedError, CardReadError, EidError, NotAnEidError
from eid.model import EidResult
from eid.simulator.card import BelpicSimulator, CardImage, SimOptions
from eid.simulator.synthetic import synthetic_card


class SimTransport:
    def __init__(self, sim: BelpicSimulator) -> None:
        self.sim = sim
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu)
        resp = self.sim.process(apdu)
        return resp[:-2], int.from_bytes(resp[-2:], "big")


def _image(size: int) -> CardImage:
    data = bytes(i % 251 + 1 for i in range(size))
    return CardImage(files={"3F00DF014035": data, "3F00DF014031": b"\x01\x01x"})


def _session(image: CardImage, **opts: object) -> tuple[BelpicSession, SimTransport]:
    t = SimTransport(BelpicSimulator(image, SimOptions(**opts)))  # type: ignore[arg-type]
    return BelpicSession(t), t


@pytest.mark.parametrize("size", [1, 100, 255, 256, 257, 511, 512, 513, 3000])
def test_read_any_size_with_6cxx_and_6b00(size: int) -> None:
    image = _image(size)
    s, t = _session(image)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    sws = [t.sim.log[i][1][-2:] for i in range(len(t.sim.log))]
    tail = size % 256
    if tail and tail < 0xF0:
        assert sws[-2][0] == 0x6C and sws[-2][1] == tail  # 6Cxx on the last chunk, then re-sent
        assert t.sent[-1][-1] == tail
        assert s.apdu_count == 1 + (size + 255) // 256 + 1  # select + chunks + the re-send
    else:
        # after an exact multiple, or a 6Cxx so large it could be the card's maximum: 6B00 ends it
        assert sws[-1] == b"\x6b\x00"
    assert s.apdu_count == len(t.sent)


@pytest.mark.parametrize("size", [1, 256, 700])
def test_short_answers_end_the_file(size: int) -> None:
    image = _image(size)
    s, t = _session(image, short_answers=True)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert not any(resp[-2] == 0x6C for _, resp in t.sim.log)


def test_card_with_smaller_max_chunk() -> None:
    image = _image(1000)
    s, t = _session(image, max_le=0xF8)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert all(len(resp) - 2 <= 0xF8 for _, resp in t.sim.log)


def test_explicit_chunk_size_like_official_middleware() -> None:
    image = _image(600)
    t = SimTransport(BelpicSimulator(image))
    s = BelpicSession(t, chunk=0xF8)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert t.sent[1][-1] == 0xF8


def test_der_length_stops_reading_exactly() -> None:
    cert = b"\x30\x82\x01\x00" + bytes(range(256))  # 260 bytes of DER, then padding
    image = CardImage(files={"3F00DF00503C": cert + bytes(1000), "3F00DF014031": b"\x01\x01x"})
    s, t = _session(image)
    assert s.read_file("3F00DF00503C", max_size=4096, use_der_length=True) == cert
    assert [a[-1] for a in t.sent[1:]] == [0x00, 4]  # 256, then exactly the 4 missing bytes


def test_61xx_get_response_for_the_basic_key_challenge() -> None:
    image = synthetic_card("v18-ec")
    s, t = _session(image)
    resp = s.basic_key_challenge(bytes(48))
    assert resp is not None and len(resp) == 96
    assert t.sent[-1][:4] == b"\x00\xc0\x00\x00"
    assert t.sim.log[-2][1] == b"\x61\x60"


def test_applet_select_on_6a82() -> None:
    image = synthetic_card("v17-rsa")
    s, t = _session(image, require_applet_select=True)
    assert s.read_file("3F00DF014031") == image.files["3F00DF014031"]
    assert t.sent[1][:4] == b"\x00\xa4\x04\x0c"  # applet selected after the first 6A82
    assert t.sent[2] == t.sent[0]


def test_missing_file_returns_none() -> None:
    s, _ = _session(synthetic_card("v17-rsa"))
    assert s.read_file("3F00DF014040") is None


@pytest.mark.parametrize("sw", [0x6D00, 0x6985])
def test_not_activated(sw: int) -> None:
    s, _ = _session(synthetic_card("v18-ec"), not_activated=True, activation_sw=sw)
    with pytest.raises(CardNotActivatedError) as exc:
        s.read_file("3F00DF014031")
    assert exc.value.code == "card_not_activated"
    assert "activated" in exc.value.message


def test_not_an_eid() -> None:
    t = SimTransport(BelpicSimulator(synthetic_card("v18-ec"), SimOptions(not_eid=True)))
    with pytest.raises(NotAnEidError) as exc:
        read_card(t)
    assert exc.value.code == "not_eid"


def test_other_status_words_are_read_errors() -> None:
    class Broken:
        def transmit(self, apdu: bytes) -> tuple[bytes, int]:
            return b"", 0x6F00

    with pytest.raises(CardReadError):
        BelpicSession(Broken()).read_file("3F00DF014031")


def test_read_card_partial_then_full_and_apdu_budget() -> None:
    image = synthetic_card("v18-ec")
    t = SimTransport(BelpicSimulator(image))
    partials: list[EidResult] = []
    result = read_card(t, ReadOptions(), on_identity=partials.append)
    assert len(partials) == 1
    assert partials[0].partial and partials[0].photo is None and partials[0].verification is None
    assert partials[0].address is not None and partials[0].address.municipality == "Gent"
    assert not result.partial and result.photo == image.files["3F00DF014035"]
    assert result.applet_version == "1.8"
    assert result.verification is not None and result.verification.status == "untrusted"
    assert result.verification.chip_authentic is True
    assert result.apdu_count == len(t.sent) <= 40


def test_ambiguous_6cxx_at_end_of_file_does_not_shrink_later_reads() -> None:
    image = CardImage(files={"3F00DF014031": bytes(range(1, 249)), "3F00DF014035": _image(3000).files["3F00DF014035"]})
    s, t = _session(image)
    assert s.read_file("3F00DF014031") == image.files["3F00DF014031"]
    assert t.sim.log[-1][1] == b"\x6b\x00"  # 6CF8 could be a cap: one extra read confirms the end
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert s.chunk == 0 and t.sent[-3][-1] == 0x00


def test_learned_cap_applies_to_later_files() -> None:
    image = CardImage(files={"3F00DF014031": b"\x01\x01x", "3F00DF014035": _image(3000).files["3F00DF014035"]})
    s, t = _session(image, max_le=0xFC)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert s.chunk == 0xFC
    first = len(t.sent)
    assert s.read_file("3F00DF014035") == image.files["3F00DF014035"]
    assert not any(resp[-2] == 0x6C and resp[-1] == 0xFC for _, resp in t.sim.log[first:])


class ScriptedCard:
    """Answers from a script (then a fixed answer): a card or reader misbehaving arbitrarily."""

    def __init__(self, script: list[tuple[bytes, int]], then: tuple[bytes, int]) -> None:
        self.script = list(script)
        self.then = then
        self.count = 0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.count += 1
        assert self.count < 5000, "runaway read loop"
        return self.script.pop(0) if self.script else self.then


_sw = st.one_of(
    st.sampled_from([0x9000, 0x6B00, 0x6A82, 0x6D00, 0x6985, 0x6982, 0x6A86, 0x6F00, 0x6E00]),
    st.integers(0x6100, 0x61FF),
    st.integers(0x6C00, 0x6CFF),
    st.integers(0, 0xFFFF),
)


@settings(max_examples=200, deadline=None)
@given(
    script=st.lists(st.tuples(st.binary(max_size=300), _sw), max_size=60),
    then=st.tuples(st.binary(max_size=300), _sw),
)
def test_garbage_card_answers_only_raise_typed_errors(script: list[tuple[bytes, int]], then: tuple[bytes, int]) -> None:
    try:
        result = read_card(ScriptedCard(script, then), ReadOptions())
    except EidError:
        return
    assert result.verification is not None
    assert result.verification.status in ("valid", "invalid", "untrusted", "unverifiable")
