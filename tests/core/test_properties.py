"""Property-based: no input makes the readers or the classifier raise; noise does not change a diagnosis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncegui.core import diagnose_bytes, diagnose_text
from tests.paths import DATA

FIXTURES = [(DATA / n).read_bytes() for n in ("postfix-userunknown.eml", "exchange-ib212.eml",
                                               "qmail-looping.eml", "feedback.eml", "eucjp-qp-exim.eml")]
MULTIPART = (DATA / "postfix-userunknown.eml").read_bytes()

_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    for report in diagnose_bytes(data):
        assert report.kind in {"bounce", "delay", "feedback", "auto_reply", "delivered", "not_bounce", "error"}


@_settings
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert diagnose_text(text).kind in {"bounce", "delay", "not_bounce", "feedback", "delivered", "error"}


@_settings
@given(st.sampled_from(FIXTURES), st.data())
def test_mutated_bounces_never_raise(original: bytes, data: st.DataObject) -> None:
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 20))):
        at = data.draw(st.integers(0, len(mutated) - 1))
        action = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        if action == "flip":
            mutated[at] = data.draw(st.integers(0, 255))
        elif action == "drop":
            del mutated[at: at + data.draw(st.integers(1, 200))]
        else:
            mutated[at:at] = data.draw(st.binary(min_size=1, max_size=50))
        if not mutated:
            break
    diagnose_bytes(bytes(mutated))


@_settings
@given(st.binary(max_size=3000))
def test_noise_after_a_bounce_keeps_its_diagnosis(noise: bytes) -> None:
    (clean,) = diagnose_bytes(MULTIPART)
    (noisy,) = diagnose_bytes(MULTIPART + b"\n" + noise)
    assert [(r.address, r.status, r.reason) for r in noisy.recipients] == \
        [(r.address, r.status, r.reason) for r in clean.recipients]
