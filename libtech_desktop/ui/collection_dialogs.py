"""Collection → Stocktake, Bindery, Transfers, Equipment: the upkeep dialogs the main
window opens. Each is made on first use, parented to the window and reused."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.bindery import BinderyService
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.services.inventory import InventoryService
from libtech_desktop.services.transfers import TransferService
from libtech_desktop.ui.runner import TaskRunner

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.bindery_dialog import BinderyDialog
    from libtech_desktop.ui.dialogs.equipment_dialog import EquipmentDialog
    from libtech_desktop.ui.dialogs.inventory_dialog import InventoryDialog
    from libtech_desktop.ui.dialogs.transfers_dialog import TransfersDialog


class UpkeepServices(Protocol):
    """What these dialogs call (the open library has them all)."""

    @property
    def inventory(self) -> InventoryService: ...
    @property
    def bindery(self) -> BinderyService: ...
    @property
    def transfers(self) -> TransferService: ...
    @property
    def equipment(self) -> EquipmentService: ...


class CollectionDialogs:
    def __init__(
        self,
        window: QWidget,
        services: UpkeepServices,
        runner: TaskRunner,
        slips_dir: Path | None = None,
    ) -> None:
        self._window, self._services, self._runner = window, services, runner
        self._slips_dir = slips_dir
        self.stocktake: InventoryDialog | None = None
        self.bindery: BinderyDialog | None = None
        self.transfers: TransfersDialog | None = None
        self.equipment: EquipmentDialog | None = None

    def open_stocktake(self) -> InventoryDialog:
        """Scan a shelf: what is missing, misshelved, wrongly on loan, of elsewhere."""
        if self.stocktake is None:
            from libtech_desktop.ui.dialogs.inventory_dialog import InventoryDialog

            self.stocktake = InventoryDialog(self._window, self._services.inventory, self._runner)
        self.stocktake.open()
        return self.stocktake

    def open_bindery(self) -> BinderyDialog:
        """Prepare volumes, send shipments with binding slips, receive them back."""
        if self.bindery is None:
            # Binding slips are A4 sheets for the bindery, whatever this desk's receipt paper.
            from libtech_desktop.ui.dialogs.bindery_dialog import BinderyDialog

            self.bindery = BinderyDialog(
                self._window, self._services.bindery, self._runner, slips_dir=self._slips_dir
            )
        self.bindery.open()
        return self.bindery

    def open_transfers(self) -> TransfersDialog:
        """Items to move between locations: the pick list, and arrival scans."""
        if self.transfers is None:
            from libtech_desktop.ui.dialogs.transfers_dialog import TransfersDialog

            self.transfers = TransfersDialog(self._window, self._services.transfers, self._runner)
        self.transfers.open()
        return self.transfers

    def open_equipment(self) -> EquipmentDialog:
        """Equipment, its faults and maintenance, and lending it."""
        if self.equipment is None:
            from libtech_desktop.ui.dialogs.equipment_dialog import EquipmentDialog

            self.equipment = EquipmentDialog(self._window, self._services.equipment, self._runner)
        self.equipment.open()
        return self.equipment
