/*!
What is derived from the facts read back: who is who across articles
([`resolve`]), the careers those people's memberships fold into
([`tenure`]), and the derived graph and caches a store keeps up to date
with them ([`kept`]).

Uses: `read`, `store`, `gazetteer`, `normalize`, `rdf`. Never `views` or
`cli`.
*/

pub mod kept;
pub mod resolve;
pub mod tenure;
