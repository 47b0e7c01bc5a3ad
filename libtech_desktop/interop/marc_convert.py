"""pymarc ``Record`` <-> the domain's ``MarcRecord``, field for field and byte for byte
(``to_pymarc(from_pymarc(r))`` writes the same ISO 2709 as ``r``)."""

from __future__ import annotations

from pymarc import Field, Indicators, Record
from pymarc import Subfield as PymarcSubfield

from libtech_desktop.domain.marc import MarcField, MarcRecord, Subfield


def from_pymarc(record: Record) -> MarcRecord:
    fields = []
    for field in record.get_fields():
        if field.is_control_field():
            fields.append(MarcField.control(field.tag, field.data or ""))
        else:
            subfields = tuple(Subfield(sf.code, sf.value) for sf in field.subfields)
            ind1, ind2 = field.indicator1 or " ", field.indicator2 or " "
            fields.append(MarcField(field.tag, ind1, ind2, subfields))
    return MarcRecord(leader=str(record.leader), fields=tuple(fields))


def to_pymarc(record: MarcRecord) -> Record:
    out = Record(leader=record.leader, force_utf8=True)
    for field in record.fields:
        if field.is_control_field():
            out.fields.append(Field(tag=field.tag, data=field.data or ""))
        else:
            subfields = [PymarcSubfield(sf.code, sf.value) for sf in field.subfields]
            indicators = Indicators(field.indicator1, field.indicator2)
            out.fields.append(Field(tag=field.tag, indicators=indicators, subfields=subfields))
    return out
