"""The one interface of every detector: a message in (normalised once), a Signal out."""
from dataclasses import dataclass, field
from typing import Any, Dict, Optional


@dataclass(frozen=True)
class Signal:
    """What a detector found: how sure it is (0..1), why (for staff and logs), and a label
    (crisis kind, refusal type, language code, handoff intent) where that matters."""

    detector: str
    score: float
    reason: str
    label: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> Dict[str, Any]:
        data = {"detector": self.detector, "score": round(self.score, 3), "reason": self.reason, "label": self.label}
        data.update(self.extra)
        return data
