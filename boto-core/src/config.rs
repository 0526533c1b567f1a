//! Configuration sources: the environment, the shared profile files (`~/.aws/config`,
//! `~/.aws/credentials`) and the configured endpoint URL of a service.

pub(crate) mod endpoint;
mod env;
mod profile;
#[cfg(test)]
mod tests;

pub(crate) use env::Env;
pub(crate) use profile::split_words;
pub use profile::{Profile, ProfileSet, Property};
