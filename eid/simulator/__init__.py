"""Virtual BELPIC card served over the vsmartcard vpcd protocol (tests and demo mode)."""

from eid.simulator.card import BelpicSimulator, CardImage, SimOptions, load_commons_eid_set
from eid.simulator.vpcd import VirtualCard

__all__ = ["BelpicSimulator", "CardImage", "SimOptions", "VirtualCard", "load_commons_eid_set"]
