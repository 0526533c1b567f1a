//! Request and output shapes of the S3 operations, and the structures they nest, with the
//! members and HTTP bindings of botocore's model. A shape whose botocore name is also a
//! resource's carries the suffix `Shape` (`ObjectShape` for botocore's `Object`).

/// `Debug` for shapes with secret members (`SSECustomerKey`, `SSEKMSKeyId`, ...): a secret
/// shows as `Some("** redacted **")`. The destructuring makes a forgotten field a compile
/// error.
macro_rules! redacted_debug {
    ($ty:ident { $($field:ident),* } secret { $($secret:ident),* }) => {
        impl ::std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let $ty { $($field,)* $($secret,)* } = self;
                f.debug_struct(stringify!($ty))
                    $(.field(stringify!($field), $field))*
                    $(.field(stringify!($secret), &$secret.as_ref().map(|_| "** redacted **")))*
                    .finish()
            }
        }
    };
}

mod bucket;
mod config;
mod list;
mod multipart;
mod object;

pub use bucket::*;
pub use config::*;
pub use list::*;
pub use multipart::*;
pub use object::*;
