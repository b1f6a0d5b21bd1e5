/*!
The reading layer: the facts of the store read back once, for every view
and every derivation. People and organizations by name
([`names`]), the memberships an article states ([`memberships`]), the
events it reports ([`events`]), the date bounds of questions ([`dates`]),
on top of one quad-level reader ([`scan`]).

Uses: `store` (the merged graph), `rdf`, `model`, `normalize`. Never a
module above it (`derive`, `views`, `cli`).
*/

pub mod dates;
pub mod entities;
pub mod events;
pub mod memberships;
pub mod names;
pub mod ranks;
pub mod scan;
