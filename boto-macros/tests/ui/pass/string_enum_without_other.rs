// A purely fieldless string enum compiles: an unknown value in a response leaves the
// member at its default (an `Option` is `None`, a list or map skips it).
use boto_core::{Shape, Value};

#[derive(Shape, Debug, PartialEq, Default)]
pub enum State {
    #[default]
    Active,
    Deleting,
}

#[derive(Shape, Debug, Default)]
pub struct Queue {
    pub state: State,
    pub next: Option<State>,
}

fn main() {
    let value = Value::Structure(vec![
        ("State".into(), Value::String("Deleting".into())),
        ("Next".into(), Value::String("Resurrecting".into())),
    ]);
    let queue = Queue::from_value(value).unwrap();
    assert_eq!(queue.state, State::Deleting);
    assert_eq!(queue.next, None);
    assert_eq!("Active".parse::<State>().unwrap(), State::Active);
    assert!("Resurrecting".parse::<State>().is_err());
}
