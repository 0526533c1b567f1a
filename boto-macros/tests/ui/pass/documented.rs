//! Every public item the macros generate carries documentation: this crate denies
//! `missing_docs` and declares shapes, clients (JSON and REST) and resources using every
//! kind of declaration.
#![deny(missing_docs)]

use boto_core::{client, resource, Op, Shape};

/// A request.
#[derive(Shape, Debug, Clone, Default)]
pub struct ListRequest {
    /// A token.
    pub next_token: Option<String>,
    /// A page size.
    pub max_results: Option<i32>,
}

/// An output.
#[derive(Shape, Debug, Clone, Default)]
pub struct ListResult {
    /// Items.
    pub items: Vec<Item>,
    /// A token.
    pub next_token: Option<String>,
}

/// An element.
#[derive(Shape, Debug, Clone, Default)]
pub struct Item {
    /// Its name.
    pub name: Option<String>,
    /// Its parent.
    pub parent: Option<String>,
}

/// A request naming one thing.
#[derive(Shape, Debug, Clone, Default)]
pub struct NameRequest {
    /// The name.
    #[shape(label)]
    pub name: String,
}

/// A batch request.
#[derive(Shape, Debug, Clone, Default)]
pub struct BatchRequest {
    /// Entries.
    pub entries: Vec<NameRequest>,
}

/// A state.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum State {
    /// Ready.
    Ready,
    /// Anything else.
    #[shape(other)]
    Unknown(String),
}

/// A JSON client.
#[client(service = "things", protocol = "awsJson1_0", target_prefix = "Things")]
#[waiter(exists = get, success(status = 200), retry(error = "NotFound"))]
pub struct Things {
    #[op(paginate(input_token = next_token, output_token = next_token, items = items,
                  limit = max_results))]
    list: Op<ListRequest, ListResult>,
    get: Op<NameRequest, Item>,
    delete: Op<NameRequest, ()>,
    delete_many: Op<BatchRequest, ()>,
}

/// A REST client.
#[client(service = "rest", protocol = "restJson1")]
pub struct Rest {
    #[op(http = "GET /things/{Name}")]
    get: Op<NameRequest, Item>,
}

/// The service resource.
#[resource(client = Things, service)]
#[subresource(thing = Thing(name))]
#[collection(things = list, items = items, resource = Thing(name = name))]
pub struct ThingsService;

/// A thing.
#[resource(client = Things, load = get)]
#[action(remove = delete)]
#[reference(parent_thing = Thing(name = parent))]
#[batch_action(delete_all = delete_many)]
#[waiter(exists = exists)]
pub struct Thing {
    #[identifier(param = name)]
    name: String,
    parent: Option<String>,
}

fn main() {
    let _ = State::Ready.as_str();
}
