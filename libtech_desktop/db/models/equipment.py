"""The library's equipment (migration 0009): computers, copiers, projectors, AV gear;
their faults, scheduled maintenance, and the accessories checked at return when a
piece is lent through circulation (its ``item_id``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Audited, Base, UTCDateTime

EQUIPMENT_STATUSES = ("in_service", "out_of_order", "in_repair", "retired")


class Equipment(Audited, Base):
    __tablename__ = "equipment"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in EQUIPMENT_STATUSES) + ")", name="status"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: laptop, projector, copier, computer, camera, …
    kind: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200))
    serial: Mapped[str | None] = mapped_column(String(100), index=True)
    location: Mapped[str | None] = mapped_column(String(100))
    purchased_on: Mapped[date | None] = mapped_column(Date)
    warranty_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), server_default="in_service")
    #: Hours of use so far (a projector lamp's), for maintenance by hours.
    hours_used: Mapped[int] = mapped_column(server_default="0")
    #: Lent through circulation as this item (its barcode, loan rules), or ``None``.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), unique=True)
    #: What goes out with it and is checked at return, one per line (charger, bag, …).
    accessories: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class EquipmentFault(Base):
    __tablename__ = "equipment_faults"
    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    symptom: Mapped[str] = mapped_column(Text)
    #: The troubleshooting steps tried, one per line, as they were tried.
    steps_tried: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)
    #: The equipment was out of service while the fault was open (downtime counts).
    out_of_service: Mapped[bool] = mapped_column(server_default="1")
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_by: Mapped[str] = mapped_column(String(64))
    fixed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fixed_by: Mapped[str | None] = mapped_column(String(64))


class MaintenanceTask(Base):
    """Scheduled upkeep: every N days and/or every N hours of use."""

    __tablename__ = "maintenance_tasks"
    __table_args__ = (
        CheckConstraint("every_days IS NOT NULL OR every_hours IS NOT NULL", name="has_interval"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    every_days: Mapped[int | None]
    every_hours: Mapped[int | None]
    last_done_on: Mapped[date | None] = mapped_column(Date)
    last_done_hours: Mapped[int | None]


class AccessoryCheck(Base):
    """At the return of lent equipment: each accessory, there or not."""

    __tablename__ = "accessory_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    accessory: Mapped[str] = mapped_column(String(200))
    present: Mapped[bool]
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    checked_by: Mapped[str] = mapped_column(String(64))
