"""Event editions: load and check `events/NAME/event.yaml`, then turn it into what the builds take.

    events/NAME/event.yaml ──load + validate (schema, store, logo)──▶ Event
    Event ──▶ brief_request() · pack_config() · themed() project · with_event() store

An event folder comes from partners and agencies, so it is untrusted input: every problem is a
`events/NAME/event.yaml:LINE: message (hint)`, the logo must be a PNG or JPEG inside the event
folder, and prose in event.yaml may not carry figures (numbers come from facts, with citations).
The event's own templates (`events/NAME/templates/`) run in the same sandbox as every template.
"""

from .editions import brief_request, pack_config, themed, with_event
from .load import event_folder, event_names, load_event, logo_problem
from .model import EVENT_FILE, FONTS, NAME, AgendaItem, Contact, Dates, Event, Section, Venue

__all__ = ["AgendaItem", "Contact", "Dates", "EVENT_FILE", "Event", "FONTS", "NAME", "Section", "Venue",
           "brief_request", "event_folder", "event_names", "load_event", "logo_problem", "pack_config",
           "themed", "with_event"]
