//! [`Op`], the field type `#[client]` reads operations from, and [`FromSession`], which lets
//! `session.client::<C>()` build any declared client.

use crate::session::Session;
use std::fmt;
use std::marker::PhantomData;

/// Declares one operation inside a `#[client]` struct: `create_queue: Op<CreateQueueRequest,
/// CreateQueueResult>`. A marker: the macro replaces the field with a method.
pub struct Op<I, O>(PhantomData<fn(I) -> O>);

impl<I, O> fmt::Debug for Op<I, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Op")
    }
}

/// A client that can be built from a [`Session`]; `#[client]` implements it.
pub trait FromSession {
    /// Builds the client.
    fn from_session(session: &Session) -> Self;
}

impl Session {
    /// A client of this session: `session.client::<SqsClient>()`.
    pub fn client<C: FromSession>(&self) -> C {
        C::from_session(self)
    }
}
