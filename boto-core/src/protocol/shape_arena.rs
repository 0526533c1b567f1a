//! Test-only builder for small shape arenas.

use crate::model::{
    Kind, Member, MemberTraits, Schema, SchemaRef, ShapeTraits, Shapes, XmlNamespace,
};
use std::borrow::Cow;

/// Builds an arena of shapes by hand.
#[derive(Default)]
pub(crate) struct Arena {
    pub shapes: Shapes,
}

impl Arena {
    pub fn add(&mut self, name: &str, kind: Kind) -> usize {
        self.shapes.arena.push(Schema {
            name: Cow::Owned(name.to_owned()),
            kind,
            traits: ShapeTraits::default(),
        });
        self.shapes.arena.len() - 1
    }
    pub fn traits(&mut self, i: usize) -> &mut ShapeTraits {
        &mut self.shapes.arena[i].traits
    }
    pub fn string(&mut self) -> usize {
        self.add("String", Kind::String)
    }
    pub fn structure(&mut self, name: &str, members: Vec<Member>) -> usize {
        self.add(
            name,
            Kind::Structure {
                members: members.into(),
                union: false,
            },
        )
    }
    pub fn list(&mut self, name: &str, member: Member) -> usize {
        self.add(
            name,
            Kind::List {
                member: Cow::Owned(member),
            },
        )
    }
    pub fn map(&mut self, name: &str, key: Member, value: Member) -> usize {
        self.add(
            name,
            Kind::Map {
                key: Cow::Owned(key),
                value: Cow::Owned(value),
            },
        )
    }
    pub fn get(&self, i: usize) -> &Schema {
        &self.shapes.arena[i]
    }
}

/// A member targeting arena shape `target`.
pub(crate) fn m(name: &str, target: usize) -> Member {
    Member {
        name: Cow::Owned(name.to_owned()),
        target: SchemaRef::Arena(target),
        traits: MemberTraits::default(),
    }
}

/// Member builder helpers.
pub(crate) trait MemberExt {
    fn loc(self, name: &str) -> Self;
    fn flat(self) -> Self;
    fn attr(self) -> Self;
    fn ns(self, uri: &str, prefix: Option<&str>) -> Self;
    fn with(self, f: impl FnOnce(&mut MemberTraits)) -> Self;
}

impl MemberExt for Member {
    fn loc(mut self, name: &str) -> Self {
        self.traits.location_name = Some(Cow::Owned(name.to_owned()));
        self
    }
    fn flat(mut self) -> Self {
        self.traits.flattened = true;
        self
    }
    fn attr(mut self) -> Self {
        self.traits.xml_attribute = true;
        self
    }
    fn ns(mut self, uri: &str, prefix: Option<&str>) -> Self {
        self.traits.xml_namespace = Some(XmlNamespace {
            uri: Cow::Owned(uri.to_owned()),
            prefix: prefix.map(|p| Cow::Owned(p.to_owned())),
        });
        self
    }
    fn with(mut self, f: impl FnOnce(&mut MemberTraits)) -> Self {
        f(&mut self.traits);
        self
    }
}

/// A structure value from pairs.
pub(crate) fn st(pairs: Vec<(&'static str, crate::value::Value)>) -> crate::value::Value {
    crate::value::Value::Structure(
        pairs
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect(),
    )
}

/// A string value.
pub(crate) fn s(v: &str) -> crate::value::Value {
    crate::value::Value::String(v.to_owned())
}
