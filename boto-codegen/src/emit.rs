//! Rust source for one service: a `#[client]` struct and its `#[derive(Shape)]` shapes.
//!
//! The rules are the crate documentation's (`lib.rs`).

use crate::docs;
use crate::names::{pascal, rust_ident, unique, variant_ident, xform_name, RESERVED_TYPES};
use crate::paths::{self, Leaf, Types};
use crate::{Error, Stats};
use boto_core::endpoint::{ContextParam, StaticValue};
use boto_core::model::{Kind, Location, Member, Protocol, Schema, SchemaRef, ServiceModel};
use boto_core::TimestampFormat;
use serde_json::{Map, Value as Json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

type Obj = Map<String, Json>;

/// One structure member as a field.
pub(crate) struct Field {
    pub(crate) ident: String,
    pub(crate) member: String,
    pub(crate) ty: String,
    pub(crate) optional: bool,
    pub(crate) target: String,
    attrs: Vec<String>,
    pub(crate) doc: Option<String>,
}

pub(crate) struct Gen<'a> {
    folder: &'a str,
    model: &'a ServiceModel,
    doc: &'a Obj,
    raw: &'a Obj,
    /// Generated shapes: model name -> Rust type name.
    types: BTreeMap<String, String>,
    /// Structure fields, by model shape name.
    fields: HashMap<String, Vec<Field>>,
    /// Which of `HashMap`, `DateTime`, `Blob`, `Document`, `ByteStream` are used.
    imports: BTreeSet<&'static str>,
    /// The shape each shape's docs fall back to: "the input of `Op`".
    roles: HashMap<String, String>,
    /// Members whose type recurses by value (a Rust type of infinite size).
    recursive: BTreeSet<(String, String)>,
    /// The rule set's path from the module's file (`sts/endpoint-rule-set.json`), when the
    /// service has one.
    rules_file: Option<String>,
    /// Names the module's user declares beside it (resources): shapes so named take the
    /// suffix `Shape`, as for [`RESERVED_TYPES`].
    reserved: Vec<String>,
    /// Shapes the module's user writes by hand: model name -> path, imported by the
    /// module and not generated.
    uses: BTreeMap<String, String>,
    /// The command line's options after the service, for the module's header.
    flags: String,
    /// `--plain-received`: optional lists and maps of shapes only ever received are plain.
    plain_received: bool,
    /// `--plain Shape.Member`: members typed plainly (`T`, its `Default` when absent).
    plain: BTreeSet<(String, String)>,
    /// Shapes some operation's input reaches (sent); the others are only received.
    sent: BTreeSet<String>,
    /// Optional lists are plain `Vec<T>` (`Options::plain_lists`).
    plain_lists: bool,
    /// ec2Query only: the shapes an operation's output reaches. A member of any other
    /// shape is only ever sent, never read from XML: it keeps the model's member name, and
    /// the key ec2Query sends is its `query_name` ([`Gen::ec2_request_member`]).
    ec2_outputs: Option<BTreeSet<String>>,
    pub(crate) stats: Stats,
}

fn shape_kind(raw: &Obj, name: &str) -> String {
    raw.get(name)
        .and_then(|s| s.get("type"))
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_owned()
}

fn is_enum(raw: &Obj, name: &str) -> bool {
    raw.get(name).and_then(|s| s.get("enum")).is_some()
}

fn is_union(raw: &Obj, name: &str) -> bool {
    raw.get(name)
        .and_then(|s| s.get("union"))
        .and_then(Json::as_bool)
        .unwrap_or(false)
}

fn is_document(raw: &Obj, name: &str) -> bool {
    raw.get(name)
        .and_then(|s| s.get("document"))
        .and_then(Json::as_bool)
        .unwrap_or(false)
}

/// Whether values of shape `name` are secrets: the shape is marked `sensitive`, or it is a
/// list or map of such values.
fn sensitive(raw: &Obj, name: &str) -> bool {
    fn walk(raw: &Obj, name: &str, depth: usize) -> bool {
        let Some(def) = raw.get(name) else {
            return false;
        };
        if def.get("sensitive").and_then(Json::as_bool) == Some(true) {
            return true;
        }
        // Lists of lists end; a model cannot nest them deeper than this in practice.
        if depth > 8 {
            return false;
        }
        let part = |k: &str| def.get(k).and_then(|m| str_field(m, "shape"));
        match str_field(def, "type") {
            Some("list") => part("member").is_some_and(|m| walk(raw, m, depth + 1)),
            Some("map") => ["key", "value"]
                .into_iter()
                .filter_map(part)
                .any(|m| walk(raw, m, depth + 1)),
            _ => false,
        }
    }
    walk(raw, name, 0)
}

fn str_field<'j>(o: &'j Json, key: &str) -> Option<&'j str> {
    o.get(key).and_then(Json::as_str)
}

impl<'a> Gen<'a> {
    pub(crate) fn new(
        folder: &'a str,
        model: &'a ServiceModel,
        doc: &'a Obj,
    ) -> Result<Gen<'a>, Error> {
        let raw = doc
            .get("shapes")
            .and_then(Json::as_object)
            .ok_or_else(|| Error::new("the model has no shapes"))?;
        Ok(Gen {
            folder,
            model,
            doc,
            raw,
            types: BTreeMap::new(),
            fields: HashMap::new(),
            imports: BTreeSet::new(),
            roles: HashMap::new(),
            recursive: BTreeSet::new(),
            rules_file: None,
            reserved: Vec::new(),
            uses: BTreeMap::new(),
            flags: String::new(),
            plain_received: false,
            plain: BTreeSet::new(),
            sent: BTreeSet::new(),
            plain_lists: false,
            ec2_outputs: None,
            stats: Stats::default(),
        })
    }

    /// Which optional members are typed plainly: lists and maps of shapes only received
    /// (`received`), and the `members` named `Shape.Member`.
    pub(crate) fn plain(mut self, received: bool, members: &[String]) -> Result<Self, Error> {
        self.plain_received = received;
        for m in members {
            let (shape, member) = m
                .split_once('.')
                .filter(|(s, m)| {
                    self.raw
                        .get(*s)
                        .and_then(|d| d.get("members"))
                        .and_then(|ms| ms.get(*m))
                        .is_some()
                })
                .ok_or_else(|| Error::new(format!("--plain {m}: no such member")))?;
            self.plain.insert((shape.to_owned(), member.to_owned()));
        }
        Ok(self)
    }

    /// Shapes named like one of `names` take the suffix `Shape`; `flags` is what the header
    /// shows of the command line. Then every shape is named and its fields built.
    pub(crate) fn prepare(
        mut self,
        names: &[String],
        uses: &[(String, String)],
        flags: String,
    ) -> Result<Self, Error> {
        self.reserved = names.to_vec();
        self.uses = uses.iter().cloned().collect();
        self.flags = flags;
        let gen = &mut self;
        gen.collect_types();
        gen.find_recursion();
        if gen.model.meta.protocol == Protocol::Ec2Query {
            gen.ec2_outputs = Some(gen.output_shapes());
        }
        let names: Vec<String> = gen.types.keys().cloned().collect();
        for name in names {
            if gen.uses.contains_key(&name) {
                continue;
            }
            if shape_kind(gen.raw, &name) == "structure" && !is_union(gen.raw, &name) {
                let fields = gen.struct_fields(&name)?;
                gen.fields.insert(name, fields);
            }
        }
        Ok(self)
    }

    /// The Rust type of the generated shape `name` (a structure or string enum).
    pub(crate) fn type_of(&self, name: &str) -> Option<&str> {
        self.types.get(name).map(String::as_str)
    }

    /// The fields of the structure `name`, in the model's order.
    pub(crate) fn fields_of(&self, name: &str) -> &[Field] {
        self.fields.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The input and output shapes of operation `op` (its model name).
    pub(crate) fn op_shapes(&self, op: &str) -> (Option<&'a str>, Option<&'a str>) {
        let def = self.doc.get("operations").and_then(|o| o.get(op));
        let shape = |key: &str| {
            def.and_then(|d| d.get(key))
                .and_then(|r| str_field(r, "shape"))
        };
        (shape("input"), shape("output"))
    }

    /// The model's definition of shape `name`.
    pub(crate) fn raw_shape(&self, name: &str) -> Option<&'a Json> {
        self.raw.get(name)
    }

    /// Whether the model's shape `name` is a string enum.
    pub(crate) fn is_enum(&self, name: &str) -> bool {
        is_enum(self.raw, name)
    }

    fn schema(&self, name: &str) -> Option<&'a Schema> {
        let i = *self.model.shape_index.get(name)?;
        self.model.shapes.arena.get(i)
    }

    fn target_name(&self, r: &SchemaRef) -> String {
        self.model.shapes.get(r).name.to_string()
    }

    fn operations(&self) -> Vec<(&'a str, &'a Json)> {
        self.doc
            .get("operations")
            .and_then(Json::as_object)
            .map(|o| o.iter().map(|(k, v)| (k.as_str(), v)).collect())
            .unwrap_or_default()
    }

    /// The shapes `roots` reach through members, list elements and map keys and values.
    fn reach(&self, mut todo: Vec<String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        while let Some(name) = todo.pop() {
            let Some(def) = self.raw.get(&name) else {
                continue;
            };
            if !seen.insert(name) {
                continue;
            }
            if let Some(members) = def.get("members").and_then(Json::as_object) {
                todo.extend(
                    members
                        .values()
                        .filter_map(|m| str_field(m, "shape"))
                        .map(str::to_owned),
                );
            }
            for part in ["member", "key", "value"] {
                if let Some(s) = def.get(part).and_then(|m| str_field(m, "shape")) {
                    todo.push(s.to_owned());
                }
            }
        }
        seen
    }

    /// Every structure, union and string enum reachable from an operation's input or
    /// output, named.
    fn collect_types(&mut self) {
        let mut todo: Vec<String> = Vec::new();
        for (op, def) in self.operations() {
            for (key, role) in [("input", "input"), ("output", "output")] {
                if let Some(shape) = def.get(key).and_then(|r| str_field(r, "shape")) {
                    todo.push(shape.to_owned());
                    self.roles
                        .entry(shape.to_owned())
                        .or_insert_with(|| format!("The {role} of `{op}`."));
                }
            }
        }
        let inputs = self
            .operations()
            .into_iter()
            .filter_map(|(_, def)| def.get("input").and_then(|r| str_field(r, "shape")))
            .map(str::to_owned)
            .collect();
        self.sent = self.reach(inputs);
        let seen = self.reach(todo);
        let generated: Vec<String> = seen
            .into_iter()
            .filter(|n| {
                let kind = shape_kind(self.raw, n);
                (kind == "structure" && !is_document(self.raw, n))
                    || (kind == "string" && is_enum(self.raw, n))
            })
            .collect();
        let mut taken: BTreeSet<String> = BTreeSet::new();
        let extra = self.reserved.clone();
        for (name, path) in &self.uses {
            let last = path.rsplit("::").next().unwrap_or(path).to_owned();
            taken.insert(last.clone());
            self.types.insert(name.clone(), last);
        }
        for name in &generated {
            if self.uses.contains_key(name) {
                continue;
            }
            // UpperCamelCase, as Rust names types: `scope` (EC2) -> `Scope`.
            let camel = name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric());
            let reserved = |n: &str| RESERVED_TYPES.contains(&n) || extra.iter().any(|r| r == n);
            let base = if reserved(name) {
                format!("{name}Shape")
            } else if !camel {
                variant_ident(name)
            } else {
                name.clone()
            };
            let base = if reserved(&base) {
                format!("{base}Shape")
            } else {
                base
            };
            let ty = unique(&base, &|c| {
                taken.contains(c) || generated.iter().any(|g| g == c && g != name)
            });
            taken.insert(ty.clone());
            self.types.insert(name.clone(), ty);
        }
    }

    /// Structures that contain themselves by value (through `Option` or a plain member):
    /// the member closing each cycle becomes a `Document`.
    fn find_recursion(&mut self) {
        fn visit(
            g: &Gen,
            name: &str,
            stack: &mut Vec<String>,
            done: &mut BTreeSet<String>,
            out: &mut BTreeSet<(String, String)>,
        ) {
            if done.contains(name) {
                return;
            }
            stack.push(name.to_owned());
            if let Some(members) = g
                .raw
                .get(name)
                .and_then(|d| d.get("members"))
                .and_then(Json::as_object)
            {
                for (m, r) in members {
                    let Some(t) = str_field(r, "shape") else {
                        continue;
                    };
                    if shape_kind(g.raw, t) != "structure" || is_document(g.raw, t) {
                        continue;
                    }
                    if stack.iter().any(|s| s == t) {
                        out.insert((name.to_owned(), m.clone()));
                    } else {
                        visit(g, t, stack, done, out);
                    }
                }
            }
            stack.pop();
            done.insert(name.to_owned());
        }
        let mut out = BTreeSet::new();
        let mut done = BTreeSet::new();
        for name in self.types.keys() {
            visit(self, name, &mut Vec::new(), &mut done, &mut out);
        }
        self.recursive = out;
    }

    /// The Rust type of a value of shape `name`.
    fn rust_type(&mut self, name: &str) -> String {
        let def = self.raw.get(name).cloned().unwrap_or(Json::Null);
        let part = |k: &str| {
            def.get(k)
                .and_then(|m| str_field(m, "shape"))
                .unwrap_or("")
                .to_owned()
        };
        match shape_kind(self.raw, name).as_str() {
            "structure" if is_document(self.raw, name) => self.import("Document"),
            "structure" => self.types.get(name).cloned().unwrap_or_else(|| "()".into()),
            "list" => {
                let inner = self.rust_type(&part("member"));
                format!("Vec<{inner}>")
            }
            "map" => {
                let inner = self.rust_type(&part("value"));
                self.imports.insert("HashMap");
                format!("HashMap<String, {inner}>")
            }
            "string" if is_enum(self.raw, name) => self.types[name].clone(),
            "boolean" => "bool".into(),
            "byte" => "i8".into(),
            "short" => "i16".into(),
            "integer" => "i32".into(),
            "long" => "i64".into(),
            "float" => "f32".into(),
            "double" => "f64".into(),
            "timestamp" => self.import("DateTime"),
            "blob" if def.get("streaming").and_then(Json::as_bool) == Some(true) => {
                self.import("ByteStream")
            }
            "blob" => self.import("Blob"),
            "document" => self.import("Document"),
            // string, character, bigInteger, bigDecimal
            _ => "String".into(),
        }
    }

    fn import(&mut self, name: &'static str) -> String {
        self.imports.insert(name);
        name.to_owned()
    }

    fn struct_fields(&mut self, shape: &str) -> Result<Vec<Field>, Error> {
        let schema = self
            .schema(shape)
            .ok_or_else(|| Error::new(format!("shape {shape} is missing from the model")))?;
        let Kind::Structure { members, .. } = &schema.kind else {
            return Ok(Vec::new());
        };
        let raw_members = self
            .raw
            .get(shape)
            .and_then(|d| d.get("members"))
            .and_then(Json::as_object)
            .cloned()
            .unwrap_or_default();
        // Two members with one wire name (S3's deprecated `Event` beside `Events`, whose
        // element name is `Event`): the deprecated one is left out.
        let wire = |m: &Member| match m.traits.location {
            Location::Body | Location::Uri => m
                .traits
                .location_name
                .as_deref()
                .unwrap_or(&m.name)
                .to_owned(),
            _ => m.name.to_string(),
        };
        let deprecated = |m: &Member| {
            raw_members
                .get(&*m.name)
                .and_then(|r| r.get("deprecated"))
                .and_then(Json::as_bool)
                == Some(true)
        };
        let mut out: Vec<Field> = Vec::new();
        for m in members.iter() {
            let clash = members.iter().any(|o| {
                !std::ptr::eq(o, m) && wire(o) == wire(m) && o.traits.location == m.traits.location
            });
            if clash && deprecated(m) {
                self.note_once(format!(
                    "{shape}.{}: deprecated, and its wire name is another member's: left out",
                    m.name
                ));
                continue;
            }
            let snake = xform_name(&m.name).to_ascii_lowercase();
            let ident = rust_ident(&unique(&snake, &|c| {
                out.iter().any(|f| f.ident.trim_start_matches("r#") == c) || c == "new"
            }));
            let target = self.target_name(&m.target);
            let target_schema = self.model.shapes.get(&m.target);
            let doc = raw_members
                .get(&*m.name)
                .and_then(|r| str_field(r, "documentation"))
                .and_then(docs::summary);
            let recursive = self
                .recursive
                .contains(&(shape.to_owned(), m.name.to_string()));
            // A streaming blob (marked on the shape, or on the member referring to it as
            // S3's `Body` is) streams as the payload; elsewhere it is bytes.
            let payload = schema.traits.payload.as_deref() == Some(&*m.name);
            let ty = if recursive {
                self.stats.notes.push(format!(
                    "{shape}.{}: recursive by value, typed as Document",
                    m.name
                ));
                self.import("Document")
            } else if payload
                && target_schema.traits.streaming
                && matches!(target_schema.kind, Kind::Blob)
            {
                self.import("ByteStream")
            } else {
                self.rust_type(&target)
            };
            let streaming = ty == "ByteStream";
            let plain = self.plain.contains(&(shape.to_owned(), m.name.to_string()))
                || (self.plain_lists && ty.starts_with("Vec<"))
                || (self.plain_received
                    && !self.sent.contains(shape)
                    && (ty.starts_with("Vec<") || ty.starts_with("HashMap<")));
            let optional =
                !streaming && !plain && (!m.traits.required || is_union(self.raw, &target));
            let attrs = self.member_attrs(schema, m, &ident, target_schema);
            out.push(Field {
                ident,
                member: m.name.to_string(),
                ty,
                optional,
                target,
                attrs,
                doc,
            });
        }
        Ok(out)
    }

    /// Every shape an operation's output reaches.
    fn output_shapes(&self) -> BTreeSet<String> {
        let outputs = self
            .operations()
            .iter()
            .filter_map(|(_, def)| def.get("output").and_then(|r| str_field(r, "shape")))
            .map(str::to_owned)
            .collect();
        self.reach(outputs)
    }

    /// The `name` and `query_name` keys of a body member of an ec2Query shape no output
    /// reaches, or `None` for any other member: the model's member name (what a resource's
    /// batch action looks its identifiers up by, `InstanceIds`), and the key botocore sends
    /// (`queryName`, else the capitalized `locationName`: `InstanceId`) when it differs
    /// from the capitalized name.
    fn ec2_request_member(&self, shape: &Schema, m: &Member, ident: &str) -> Option<Vec<String>> {
        let outputs = self.ec2_outputs.as_ref()?;
        if outputs.contains(&*shape.name) || m.traits.location != Location::Body {
            return None;
        }
        let capitalize = |s: &str| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        let key = match (&m.traits.query_name, &m.traits.location_name) {
            (Some(q), _) => q.to_string(),
            (None, Some(l)) => capitalize(l),
            (None, None) => capitalize(&m.name),
        };
        let mut attrs = Vec::new();
        if pascal(ident) != *m.name {
            attrs.push(format!("name = {:?}", &*m.name));
        }
        if key != capitalize(&m.name) {
            attrs.push(format!("query_name = {key:?}"));
        }
        Some(attrs)
    }

    fn member_attrs(
        &mut self,
        shape: &Schema,
        m: &Member,
        ident: &str,
        target: &Schema,
    ) -> Vec<String> {
        let t = &m.traits;
        let ec2_request = self.ec2_request_member(shape, m, ident);
        let mut attrs = Vec::new();
        let wire = match t.location {
            Location::Header | Location::Headers | Location::Querystring | Location::StatusCode => {
                m.name.to_string()
            }
            Location::Body | Location::Uri => {
                t.location_name.as_deref().unwrap_or(&m.name).to_owned()
            }
        };
        match &ec2_request {
            Some(keys) => attrs.extend(keys.iter().cloned()),
            None if pascal(ident) != wire => attrs.push(format!("name = {wire:?}")),
            None => {}
        }
        let loc_name = t.location_name.as_deref().unwrap_or(&m.name);
        match t.location {
            Location::Body => {}
            Location::Uri => attrs.push("label".into()),
            Location::Header => attrs.push(format!("header = {loc_name:?}")),
            Location::Headers => attrs.push(format!("prefix_headers = {loc_name:?}")),
            Location::Querystring => attrs.push(format!("query = {loc_name:?}")),
            Location::StatusCode => attrs.push("status_code".into()),
        }
        if shape.traits.payload.as_deref() == Some(&*m.name) {
            attrs.push("payload".into());
        }
        if let (Some(q), None) = (&t.query_name, &ec2_request) {
            attrs.push(format!("query_name = {q:?}"));
        }
        if t.flattened || target.traits.flattened {
            attrs.push("flattened".into());
        }
        if t.xml_attribute {
            attrs.push("xml_attribute".into());
        }
        if let Some(ns) = &t.xml_namespace {
            attrs.push(match &ns.prefix {
                Some(p) => format!("xml_namespace(uri = {:?}, prefix = {p:?})", ns.uri),
                None => format!("xml_namespace = {:?}", ns.uri),
            });
        }
        let mut ts = t.timestamp_format.or(target.traits.timestamp_format);
        match &target.kind {
            Kind::List { member } => {
                if let Some(n) = &member.traits.location_name {
                    attrs.push(format!("member = {n:?}"));
                }
                let elem = self.model.shapes.get(&member.target);
                let xml = !matches!(
                    self.model.meta.protocol,
                    Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1
                );
                if xml && matches!(elem.kind, Kind::List { .. } | Kind::Map { .. }) {
                    self.note_once(format!(
                        "{}.{}: a list of lists or maps: member keys reach only the outer list",
                        shape.name, m.name
                    ));
                }
                if ts.is_none() {
                    ts = member
                        .traits
                        .timestamp_format
                        .or(elem.traits.timestamp_format);
                }
            }
            Kind::Map { key, value } => {
                let v = self.model.shapes.get(&value.target);
                if v.traits.timestamp_format.is_some() || value.traits.timestamp_format.is_some() {
                    self.note_once(format!(
                        "{}.{}: a map of timestamps in a named format: map values take no member keys",
                        shape.name, m.name
                    ));
                }
                if key.traits.location_name.is_some() || value.traits.location_name.is_some() {
                    self.note_once(format!(
                        "{}.{}: map key/value element names (`locationName`) have no member key",
                        shape.name, m.name
                    ));
                }
            }
            _ => {}
        }
        if let Some(ts) = ts {
            attrs.push(format!(
                "timestamp = {:?}",
                match ts {
                    TimestampFormat::DateTime => "iso8601",
                    TimestampFormat::HttpDate => "rfc822",
                    TimestampFormat::EpochSeconds => "epoch",
                }
            ));
        }
        if t.host_label {
            attrs.push("host_label".into());
        }
        if t.idempotency_token {
            attrs.push("idempotency_token".into());
        }
        if t.json_value {
            self.note_once(format!(
                "{}.{}: a `jsonvalue` member is sent as a plain string",
                shape.name, m.name
            ));
        }
        attrs
    }

    fn note_once(&mut self, note: String) {
        if !self.stats.notes.contains(&note) {
            self.stats.notes.push(note);
        }
    }

    /// Optional list members are plain `Vec<T>`, empty when absent (`Options::plain_lists`).
    pub(crate) fn plain_lists(mut self, on: bool) -> Self {
        self.plain_lists = on;
        self
    }

    /// The client reads its endpoint rule set from `path`, relative to the module's file.
    pub(crate) fn endpoint_rules(mut self, path: Option<String>) -> Self {
        self.rules_file = path;
        self
    }

    /// The `context(..)`, `static_context(..)` and `operation_context(..)` keys of
    /// operation `name`: the endpoint parameters botocore's model gives it.
    fn endpoint_context(&self, name: &str) -> Vec<String> {
        let Some(ctx) = self
            .model
            .endpoint_context
            .iter()
            .find(|c| c.operation == name)
        else {
            return Vec::new();
        };
        let (mut members, mut statics, mut paths) = (Vec::new(), Vec::new(), Vec::new());
        for param in ctx.params.iter() {
            match param {
                ContextParam::Member { name, member } if name == member => {
                    members.push(name.to_string())
                }
                ContextParam::Member { name, member } => {
                    members.push(format!("{name} = {member:?}"))
                }
                ContextParam::Static { name, value } => statics.push(match value {
                    StaticValue::Bool(b) => format!("{name} = {b}"),
                    StaticValue::String(s) => format!("{name} = {s:?}"),
                    _ => continue,
                }),
                ContextParam::Path { name, path } => paths.push(format!("{name} = {path:?}")),
                _ => continue,
            }
        }
        [
            ("context", members),
            ("static_context", statics),
            ("operation_context", paths),
        ]
        .into_iter()
        .filter(|(_, params)| !params.is_empty())
        .map(|(key, params)| format!("{key}({})", params.join(", ")))
        .collect()
    }

    /// The whole module.
    pub(crate) fn emit(
        mut self,
        paginators: Option<&Json>,
        waiters: Option<&Json>,
    ) -> Result<(String, Stats), Error> {
        let mut body = String::new();
        self.client(&mut body, paginators, waiters)?;
        let names: Vec<(String, String)> = self
            .types
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut ordered = names.clone();
        ordered.sort_by(|a, b| a.1.cmp(&b.1));
        for (name, ty) in ordered {
            if self.uses.contains_key(&name) {
                continue;
            }
            body.push('\n');
            if shape_kind(self.raw, &name) == "string" {
                self.string_enum(&mut body, &name, &ty);
            } else if is_union(self.raw, &name) {
                self.union(&mut body, &name, &ty);
            } else {
                self.structure(&mut body, &name, &ty);
            }
        }
        let meta = &self.model.meta;
        let title = str_field(
            &Json::Object(
                self.doc
                    .get("metadata")
                    .and_then(Json::as_object)
                    .cloned()
                    .unwrap_or_default(),
            ),
            "serviceFullName",
        )
        .unwrap_or(&meta.service_id)
        .to_owned();
        let mut head = String::new();
        writeln!(
            head,
            "//! {title} (`{}`, API version {}): a typed client generated from botocore's model.",
            self.folder, meta.api_version
        )
        .ok();
        head.push_str("//!\n");
        head.push_str("//! Written by `boto-codegen`; regenerate rather than edit:\n");
        writeln!(
            head,
            "//! `cargo run -p boto-codegen -- {}{} --out DIR`.",
            self.folder, self.flags
        )
        .ok();
        head.push('\n');
        head.push_str("#![allow(clippy::upper_case_acronyms, clippy::large_enum_variant, clippy::doc_lazy_continuation)]\n\n");
        let mut core = vec!["client", "Op", "Shape"];
        for i in &self.imports {
            if *i != "HashMap" {
                core.push(i);
            }
        }
        core.sort_by_key(|s| s.to_ascii_lowercase());
        writeln!(head, "use boto_core::{{{}}};", core.join(", ")).ok();
        if self.imports.contains("HashMap") {
            head.push_str("use std::collections::HashMap;\n");
        }
        for path in self.uses.values() {
            writeln!(head, "use {path};").ok();
        }
        head.push('\n');
        head.push_str(&body);
        Ok((head, self.stats))
    }

    fn doc_lines(out: &mut String, text: &str, indent: usize) {
        let pad = " ".repeat(indent);
        for line in docs::lines(text, indent, 100) {
            writeln!(out, "{pad}/// {line}").ok();
        }
    }

    fn shape_doc(&self, name: &str) -> String {
        self.raw
            .get(name)
            .and_then(|d| str_field(d, "documentation"))
            .and_then(docs::summary)
            .or_else(|| self.roles.get(name).cloned())
            .unwrap_or_else(|| format!("The model's `{name}`."))
    }

    fn structure(&mut self, out: &mut String, name: &str, ty: &str) {
        Self::doc_lines(out, &self.shape_doc(name), 0);
        let fields = self.fields.remove(name).unwrap_or_default();
        let streaming = fields.iter().any(|f| f.ty == "ByteStream");
        // Sensitive members (secrets, passwords, tokens) stay out of `Debug`: a structure
        // holding one gets a `Debug` that prints them redacted.
        let whole = sensitive(self.raw, name);
        let redacted: Vec<&Field> = fields
            .iter()
            .filter(|f| whole || sensitive(self.raw, &f.target))
            .collect();
        let debug = if redacted.is_empty() { "Debug, " } else { "" };
        if streaming {
            writeln!(out, "#[derive(Shape, {debug}Default)]").ok();
        } else {
            writeln!(out, "#[derive(Shape, {debug}Clone, Default, PartialEq)]").ok();
        }
        let schema = self.schema(name);
        let mut shape_attrs = Vec::new();
        if ty != name {
            shape_attrs.push(format!("name = {name:?}"));
        }
        if let Some(ns) = schema.and_then(|s| s.traits.xml_namespace.as_ref()) {
            shape_attrs.push(match &ns.prefix {
                Some(p) => format!("xml_namespace(uri = {:?}, prefix = {p:?})", ns.uri),
                None => format!("xml_namespace = {:?}", ns.uri),
            });
        }
        // An event stream is marked, and a call whose input or output holds one is
        // refused at run time with an error naming it.
        if schema.is_some_and(|s| s.traits.event_stream) {
            shape_attrs.push("event_stream".into());
        }
        if !shape_attrs.is_empty() {
            writeln!(out, "#[shape({})]", shape_attrs.join(", ")).ok();
        }
        if fields.is_empty() {
            writeln!(out, "pub struct {ty} {{}}").ok();
            self.fields.insert(name.to_owned(), fields);
            return;
        }
        writeln!(out, "pub struct {ty} {{").ok();
        for f in &fields {
            let doc = f
                .doc
                .clone()
                .or_else(|| {
                    self.raw
                        .get(&f.target)
                        .and_then(|d| str_field(d, "documentation"))
                        .and_then(docs::summary)
                })
                .unwrap_or_else(|| format!("`{}`.", f.member));
            Self::doc_lines(out, &doc, 4);
            if !f.attrs.is_empty() {
                writeln!(out, "    #[shape({})]", f.attrs.join(", ")).ok();
            }
            let ty = if f.optional {
                format!("Option<{}>", f.ty)
            } else {
                f.ty.clone()
            };
            writeln!(out, "    pub {}: {ty},", f.ident).ok();
        }
        out.push_str("}\n");
        if !redacted.is_empty() {
            Self::redacted_debug(out, ty, &fields, &redacted);
        }
        self.fields.insert(name.to_owned(), fields);
    }

    /// `Debug` for a structure with sensitive fields: each shows as `"** redacted **"`
    /// (`Some("** redacted **")` when optional and set), the others as derived.
    fn redacted_debug(out: &mut String, ty: &str, fields: &[Field], redacted: &[&Field]) {
        writeln!(out, "\nimpl ::std::fmt::Debug for {ty} {{").ok();
        // `#[inline]` as the derived shapes' methods: compiled only where it is called.
        out.push_str("    #[inline]\n");
        out.push_str(
            "    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {\n",
        );
        writeln!(out, "        f.debug_struct({ty:?})").ok();
        for field in fields {
            let ident = &field.ident;
            let label = ident.trim_start_matches("r#");
            let secret = redacted.iter().any(|r| r.ident == field.ident);
            let value = match (secret, field.optional) {
                (false, _) => format!("&self.{ident}"),
                (true, true) => format!("&self.{ident}.as_ref().map(|_| \"** redacted **\")"),
                (true, false) => "&\"** redacted **\"".to_owned(),
            };
            writeln!(out, "            .field({label:?}, {value})").ok();
        }
        out.push_str("            .finish()\n    }\n}\n");
    }

    fn catch_all(taken: &[String]) -> String {
        ["Unknown", "Other", "UnknownValue"]
            .into_iter()
            .find(|c| !taken.iter().any(|t| t == c))
            .map(str::to_owned)
            .unwrap_or_else(|| unique("Unknown", &|c| taken.iter().any(|t| t == c)))
    }

    fn string_enum(&mut self, out: &mut String, name: &str, ty: &str) {
        let values: Vec<String> = self.raw[name]
            .get("enum")
            .and_then(Json::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Json::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Self::doc_lines(out, &self.shape_doc(name), 0);
        out.push_str("#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]\n");
        if ty != name {
            writeln!(out, "#[shape(name = {name:?})]").ok();
        }
        writeln!(out, "pub enum {ty} {{").ok();
        let mut taken: Vec<String> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let ident = unique(&variant_ident(v), &|c| taken.iter().any(|t| t == c));
            taken.push(ident.clone());
            writeln!(out, "    /// `{v}`").ok();
            if i == 0 {
                out.push_str("    #[default]\n");
            }
            if ident != *v {
                writeln!(out, "    #[shape(name = {v:?})]").ok();
            }
            writeln!(out, "    {ident},").ok();
        }
        let other = Self::catch_all(&taken);
        out.push_str("    /// A value this model does not know, kept as sent.\n");
        out.push_str("    #[shape(other)]\n");
        writeln!(out, "    {other}(String),").ok();
        out.push_str("}\n");
    }

    fn union(&mut self, out: &mut String, name: &str, ty: &str) {
        let members: Vec<(String, Json)> = self.raw[name]
            .get("members")
            .and_then(Json::as_object)
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        Self::doc_lines(out, &self.shape_doc(name), 0);
        out.push_str("#[derive(Shape, Debug, Clone, PartialEq)]\n");
        if ty != name {
            writeln!(out, "#[shape(name = {name:?})]").ok();
        }
        writeln!(out, "pub enum {ty} {{").ok();
        let mut taken: Vec<String> = Vec::new();
        for (m, r) in &members {
            let target = str_field(r, "shape").unwrap_or("").to_owned();
            // A variant holding this union again by value (ACM's `Not(Statement)`) would
            // give the enum no size: it is a `Document`, as a structure's member would be.
            let vty = if self.recursive.contains(&(name.to_owned(), m.clone())) {
                self.note_once(format!("{name}.{m}: recursive by value, typed as Document"));
                self.import("Document")
            } else {
                self.rust_type(&target)
            };
            let ident = unique(&variant_ident(m), &|c| taken.iter().any(|t| t == c));
            taken.push(ident.clone());
            let doc = str_field(r, "documentation")
                .and_then(docs::summary)
                .unwrap_or_else(|| format!("`{m}`."));
            Self::doc_lines(out, &doc, 4);
            // A variant's `name` is its wire name: the member's `locationName`, if any.
            let wire = str_field(r, "locationName").unwrap_or(m);
            if ident != wire {
                writeln!(out, "    #[shape(name = {wire:?})]").ok();
            }
            let member_keys = [
                "timestampFormat",
                "xmlNamespace",
                "xmlAttribute",
                "flattened",
            ];
            if member_keys.iter().any(|k| r.get(*k).is_some()) {
                self.note_once(format!("{name}.{m}: union variants take no member keys"));
            }
            writeln!(out, "    {ident}({vty}),").ok();
        }
        let other = Self::catch_all(&taken);
        out.push_str("    /// A member this model does not know: its name.\n");
        out.push_str("    #[shape(other)]\n");
        writeln!(out, "    {other}(String),").ok();
        out.push_str("}\n");
    }

    fn field(&self, shape: &str, member: &str) -> Option<&Field> {
        self.fields.get(shape)?.iter().find(|f| f.member == member)
    }

    fn client(
        &mut self,
        out: &mut String,
        paginators: Option<&Json>,
        waiters: Option<&Json>,
    ) -> Result<(), Error> {
        let meta = &self.model.meta;
        let protocol = match meta.protocol {
            Protocol::AwsJson1_0 => "awsJson1_0",
            Protocol::AwsJson1_1 => "awsJson1_1",
            Protocol::RestJson1 => "restJson1",
            Protocol::RestXml => "restXml",
            Protocol::AwsQuery => "awsQuery",
            Protocol::Ec2Query => "ec2Query",
        };
        let rest = matches!(meta.protocol, Protocol::RestJson1 | Protocol::RestXml);
        let service = meta.endpoint_prefix.to_string();
        let mut args = vec![
            format!("service = {service:?}"),
            format!("protocol = {protocol:?}"),
        ];
        if let Some(t) = &meta.target_prefix {
            args.push(format!("target_prefix = {t:?}"));
        }
        args.push(format!("api_version = {:?}", meta.api_version));
        if meta.signing_name != meta.endpoint_prefix {
            args.push(format!("signing_name = {:?}", meta.signing_name));
        }
        if meta.service_id != service.to_uppercase() {
            args.push(format!("service_id = {:?}", meta.service_id));
        }
        if let Some(ns) = &meta.xml_namespace {
            args.push(format!("xml_namespace = {ns:?}"));
        }
        if let Some(rules) = &self.rules_file {
            args.push(format!("endpoint_rules = include_str!({rules:?})"));
        }
        let service_doc = str_field(&Json::Object(self.doc.clone()), "documentation")
            .and_then(docs::summary)
            .unwrap_or_else(|| format!("The {} client.", meta.service_id));
        Self::doc_lines(out, &service_doc, 0);
        out.push_str("#[client(\n");
        for a in &args {
            writeln!(out, "    {a},").ok();
        }
        out.push_str(")]\n");

        let ops = self.operations();
        let mut methods: HashMap<String, String> = HashMap::new();
        let mut io: HashMap<String, (String, String)> = HashMap::new();
        for (name, def) in &ops {
            let method = rust_ident(&xform_name(name));
            methods.insert((*name).to_owned(), method);
            let shape = |k: &str| def.get(k).and_then(|r| str_field(r, "shape")).unwrap_or("");
            io.insert(
                (*name).to_owned(),
                (shape("input").to_owned(), shape("output").to_owned()),
            );
        }
        if let Some(w) = waiters {
            self.waiters(out, w, &methods, &io);
        }
        let pages = paginators
            .and_then(|p| p.get("pagination"))
            .and_then(Json::as_object)
            .cloned()
            .unwrap_or_default();
        self.stats.paginators.1 = pages.len();
        out.push_str("pub struct Client {\n");
        // The reader keeps the model's order; its `name` is the operation's `name` field,
        // which may differ from the key (CloudFront's `AssociateAlias2020_05_31`), and
        // botocore names methods and sends targets by the key.
        for (i, (name, def)) in ops.iter().enumerate() {
            self.stats.operations.1 += 1;
            let Some(op) = self.model.operations.get(i) else {
                continue;
            };
            let method = &methods[*name];
            let (input, output) = &io[*name];
            let doc = str_field(def, "documentation")
                .and_then(docs::summary)
                .unwrap_or_else(|| format!("Calls `{name}`."));
            Self::doc_lines(out, &doc, 4);
            if def.get("deprecated").and_then(Json::as_bool) == Some(true) {
                out.push_str("    ///\n    /// Deprecated in the model.\n");
            }
            let mut keys = Vec::new();
            if pascal(method) != *name {
                keys.push(format!("name = {name:?}"));
            }
            if rest {
                keys.push(format!(
                    "http = \"{} {}\"",
                    op.http.method, op.http.request_uri
                ));
                if op.http.response_code != 200 {
                    keys.push(format!("status = {}", op.http.response_code));
                }
            }
            if let Some(p) = pages.get(*name) {
                match self.paginate(input, output, p) {
                    Ok(p) => {
                        self.stats.paginators.0 += 1;
                        keys.push(p);
                    }
                    Err(why) => {
                        self.stats.skipped.push(format!("paginator {name}: {why}"));
                        writeln!(out, "    // No paginator: {why}.").ok();
                    }
                }
            }
            if let Some(w) = &op.result_wrapper {
                keys.push(format!("result_wrapper = {w:?}"));
            }
            if let Some(h) = &op.host_prefix {
                keys.push(format!("host_prefix = {h:?}"));
            }
            if op.checksum_required {
                keys.push("checksum_required".into());
            }
            if op.unsigned {
                keys.push("unsigned".into());
            }
            if self.rules_file.is_some() {
                keys.extend(self.endpoint_context(name));
            }
            if !keys.is_empty() {
                writeln!(out, "    #[op({})]", keys.join(", ")).ok();
            }
            let ty = |s: &str| self.types.get(s).cloned().unwrap_or_else(|| "()".into());
            writeln!(out, "    {method}: Op<{}, {}>,", ty(input), ty(output)).ok();
            self.stats.operations.0 += 1;
        }
        out.push_str("}\n");
        Ok(())
    }

    /// `paginate(..)` for one paginator, or why the macros cannot express it.
    fn paginate(&self, input: &str, output: &str, p: &Json) -> Result<String, String> {
        let list = |k: &str| -> Vec<String> {
            match p.get(k) {
                Some(Json::String(s)) => vec![s.clone()],
                Some(Json::Array(a)) => a
                    .iter()
                    .filter_map(Json::as_str)
                    .map(str::to_owned)
                    .collect(),
                _ => Vec::new(),
            }
        };
        let plain = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let field = |shape: &str, m: &str, what: &str| -> Result<String, String> {
            if !plain(m) {
                return Err(format!("its {what} `{m}` is a path, and tokens are fields"));
            }
            self.field(shape, m)
                .map(|f| f.ident.clone())
                .ok_or_else(|| format!("`{shape}` has no member `{m}`"))
        };
        let tuple = |v: Vec<String>| {
            if v.len() == 1 {
                v[0].clone()
            } else {
                format!("({})", v.join(", "))
            }
        };
        let inputs = list("input_token")
            .iter()
            .map(|t| field(input, t, "input token"))
            .collect::<Result<Vec<_>, _>>()?;
        let output_tokens = list("output_token");
        let outputs = match &output_tokens[..] {
            // One token along a path (`StreamDescription.Shards[-1].ShardId`), or the first
            // present of alternatives (`NextMarker || Contents[-1].Key`): a closure.
            [t] if !plain(t) => {
                let mut chains = Vec::new();
                let mut first_ty: Option<String> = None;
                for alt in t.split("||").map(str::trim) {
                    let (chain, ty, _) = self.token_path(output, alt)?;
                    if ty.starts_with("Vec<") || self.types.values().any(|x| *x == ty) {
                        return Err(format!(
                            "its output token `{alt}` is a {ty}, and the runtime's `Token` takes strings and numbers"
                        ));
                    }
                    match &first_ty {
                        Some(f) if *f != ty => {
                            return Err(format!(
                                "its output token `{t}` has alternatives of types {f} and {ty}"
                            ))
                        }
                        _ => first_ty = Some(ty),
                    }
                    chains.push(chain);
                }
                let mut chain = chains.remove(0);
                for alt in chains {
                    chain = format!("{chain}.or_else(|| {alt})");
                }
                vec![format!("|o: &{}| {chain}.cloned()", self.types[output])]
            }
            _ => output_tokens
                .iter()
                .map(|t| field(output, t, "output token"))
                .collect::<Result<Vec<_>, _>>()?,
        };
        for t in list("output_token") {
            if let Some(f) = self.field(output, &t) {
                if self.types.values().any(|ty| *ty == f.ty) {
                    return Err(format!(
                        "its output token `{t}` is a {}, and the runtime's `Token` takes \
                         strings, numbers, lists and maps",
                        f.ty
                    ));
                }
            }
        }
        if inputs.is_empty() || inputs.len() != outputs.len() {
            return Err("its input and output tokens do not pair up".into());
        }
        let mut keys = vec![
            format!("input_token = {}", tuple(inputs)),
            format!("output_token = {}", tuple(outputs)),
        ];
        if let Some(m) = p.get("more_results").and_then(Json::as_str) {
            let more = if plain(m) {
                field(output, m, "more_results")?
            } else {
                let (chain, ty, _) = self.token_path(output, m)?;
                if ty != "bool" {
                    return Err(format!("its more_results `{m}` is a {ty}, not a bool"));
                }
                format!("|o: &{}| {chain}.copied()", self.types[output])
            };
            keys.push(format!("more_results = {more}"));
        }
        if let Some(r) = list("result_key").first() {
            if plain(r) {
                if let Some(f) = self.field(output, r).filter(|f| f.ty.starts_with("Vec<")) {
                    keys.push(format!("items = {}", f.ident));
                }
            } else if let Ok((chain, ty)) = self.items_path(output, r) {
                keys.push(format!(
                    "items = |o: {}| -> {ty} {{ {chain}.unwrap_or_default() }}",
                    self.types[output]
                ));
            }
        }
        if let Some(l) = p.get("limit_key").and_then(Json::as_str) {
            if let Some(f) = self
                .field(input, l)
                .filter(|f| matches!(f.ty.as_str(), "i32" | "i64"))
            {
                keys.push(format!("limit = {}", f.ident));
            }
        }
        Ok(format!("paginate({})", keys.join(", ")))
    }

    /// A paginator's path over `shape` (`A.B[-1].C`: fields and last elements) as an
    /// `Option<&T>` chain from `Some(o)`, `T`, and whether the last field is optional.
    fn token_path(&self, shape: &str, path: &str) -> Result<(String, String, bool), String> {
        let mut chain = "Some(o)".to_owned();
        let mut shape = shape.to_owned();
        let mut last = (String::new(), false);
        for seg in path.split('.') {
            let (name, index) = match seg.strip_suffix("[-1]") {
                Some(name) => (name, true),
                None => (seg, false),
            };
            let plain =
                |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !plain(name) {
                return Err(format!(
                    "its path `{path}` has a part (`{seg}`) that is not a field or `[-1]`"
                ));
            }
            let f = self
                .field(&shape, name)
                .ok_or_else(|| format!("`{shape}` has no member `{name}` (path `{path}`)"))?;
            let ident = &f.ident;
            if f.optional {
                chain.push_str(&format!(".and_then(|x| x.{ident}.as_ref())"));
            } else {
                chain.push_str(&format!(".map(|x| &x.{ident})"));
            }
            shape = f.target.clone();
            last = (f.ty.clone(), f.optional);
            if index {
                let Some(element) = f.ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>'))
                else {
                    return Err(format!("its path `{path}` indexes `{name}`, not a list"));
                };
                chain.push_str(".and_then(|x| x.last())");
                shape = self
                    .raw
                    .get(&shape)
                    .and_then(|d| d.get("member"))
                    .and_then(|m| str_field(m, "shape"))
                    .unwrap_or("")
                    .to_owned();
                last = (element.to_owned(), false);
            }
        }
        Ok((chain, last.0, last.1))
    }

    /// A paginator's result path over `shape` (`A.B`, fields only) ending at a list, as an
    /// owned `Option<Vec<T>>` chain from `Some(o)`, and `Vec<T>`.
    fn items_path(&self, shape: &str, path: &str) -> Result<(String, String), String> {
        let mut chain = "Some(o)".to_owned();
        let mut shape = shape.to_owned();
        let mut ty = String::new();
        for name in path.split('.') {
            let f = self
                .field(&shape, name)
                .ok_or_else(|| format!("`{shape}` has no member `{name}` (path `{path}`)"))?;
            let ident = &f.ident;
            if f.optional {
                chain.push_str(&format!(".and_then(|x| x.{ident})"));
            } else {
                chain.push_str(&format!(".map(|x| x.{ident})"));
            }
            shape = f.target.clone();
            ty = f.ty.clone();
        }
        if !ty.starts_with("Vec<") {
            return Err(format!("its result path `{path}` is a {ty}, not a list"));
        }
        Ok((chain, ty))
    }

    fn waiters(
        &mut self,
        out: &mut String,
        w: &Json,
        methods: &HashMap<String, String>,
        io: &HashMap<String, (String, String)>,
    ) {
        let Some(all) = w.get("waiters").and_then(Json::as_object) else {
            return;
        };
        self.stats.waiters.1 = all.len();
        for (name, def) in all {
            let Some(op) = def.get("operation").and_then(Json::as_str) else {
                self.stats
                    .skipped
                    .push(format!("waiter {name}: no operation"));
                continue;
            };
            let (Some(method), Some((_, output))) = (methods.get(op), io.get(op)) else {
                self.stats
                    .skipped
                    .push(format!("waiter {name}: unknown operation {op}"));
                continue;
            };
            let output_ty = self.types.get(output).cloned();
            let success_status = self
                .operations()
                .iter()
                .position(|(k, _)| *k == op)
                .and_then(|i| self.model.operations.get(i))
                .map_or(200, |o| o.http.response_code);
            let mut acceptors = Vec::new();
            let mut skipped = Vec::new();
            for a in def
                .get("acceptors")
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
            {
                match self.acceptor(a, output, output_ty.as_deref(), success_status) {
                    Ok(text) => acceptors.push(text),
                    Err(why) => skipped.push(why),
                }
            }
            let snake = xform_name(name);
            // Without a success acceptor the waiter could only time out or fail: it is left
            // out rather than generated unable to succeed.
            if !acceptors.iter().any(|a| a.starts_with("success(")) {
                self.stats.skipped.push(format!(
                    "waiter {name}: no success acceptor translates ({})",
                    skipped.join("; ")
                ));
                writeln!(
                    out,
                    "// No waiter `{snake}`: no success acceptor translates ({}).",
                    skipped.join("; ")
                )
                .ok();
                continue;
            }
            for why in &skipped {
                self.stats
                    .skipped
                    .push(format!("waiter {name}: acceptor left out: {why}"));
                writeln!(out, "// Waiter `{snake}`: an acceptor is left out: {why}.").ok();
            }
            self.stats.waiters.0 += 1;
            let delay = def.get("delay").and_then(Json::as_u64).unwrap_or(5);
            let attempts = def.get("maxAttempts").and_then(Json::as_u64).unwrap_or(20);
            writeln!(
                out,
                "#[waiter(\n    {snake} = {method},\n    delay = {delay},\n    max_attempts = {attempts},"
            )
            .ok();
            for a in acceptors {
                writeln!(out, "    {a},").ok();
            }
            out.push_str(")]\n");
        }
    }

    fn acceptor(
        &self,
        a: &Json,
        output: &str,
        output_ty: Option<&str>,
        success_status: u16,
    ) -> Result<String, String> {
        let state = match a.get("state").and_then(Json::as_str) {
            Some("success") => "success",
            Some("failure") => "failure",
            Some("retry") => "retry",
            other => return Err(format!("unknown state {other:?}")),
        };
        let expected = a.get("expected").cloned().unwrap_or(Json::Null);
        let matcher = a.get("matcher").and_then(Json::as_str).unwrap_or("");
        let body = match matcher {
            "status" => match expected.as_u64() {
                Some(n) => format!("status = {n}"),
                None => return Err(format!("status {expected}")),
            },
            "error" => match &expected {
                Json::String(code) => format!("error = {code:?}"),
                Json::Bool(true) => "error".into(),
                // "No error": the operation's success status.
                Json::Bool(false) => format!("status = {success_status}"),
                _ => return Err(format!("error matcher expecting {expected}")),
            },
            "path" | "pathAll" | "pathAny" => {
                let kind = match matcher {
                    "path" => paths::Kind::Path,
                    "pathAll" => paths::Kind::All,
                    _ => paths::Kind::Any,
                };
                let Some(ty) = output_ty else {
                    return Err("a path over an operation without output".into());
                };
                let argument = a.get("argument").and_then(Json::as_str).unwrap_or("");
                let m = paths::translate(self, output, kind, argument, &expected)
                    .map_err(|why| format!("{matcher} `{argument}`: {why}"))?;
                let key = match kind {
                    paths::Kind::Path => "path",
                    paths::Kind::All => "all",
                    paths::Kind::Any => "any",
                };
                format!(
                    "{key} = |o: &{ty}| -> {} {{ {} }} == {}",
                    m.ret, m.body, m.expected
                )
            }
            other => return Err(format!("unknown matcher {other:?}")),
        };
        Ok(format!("{state}({body})"))
    }
}

impl Types for Gen<'_> {
    fn member(&self, shape: &str, member: &str) -> Option<(String, bool, String)> {
        let f = self.field(shape, member)?;
        Some((f.ident.clone(), f.optional, f.target.clone()))
    }

    fn leaf(&self, shape: &str) -> Leaf {
        match shape_kind(self.raw, shape).as_str() {
            "structure" if !is_document(self.raw, shape) && !is_union(self.raw, shape) => {
                Leaf::Struct
            }
            "string" => Leaf::Str,
            "boolean" => Leaf::Bool,
            "byte" => Leaf::Int("i8"),
            "short" => Leaf::Int("i16"),
            "integer" => Leaf::Int("i32"),
            "long" => Leaf::Int("i64"),
            "map" => Leaf::Map(
                self.raw[shape]
                    .get("value")
                    .and_then(|m| str_field(m, "shape"))
                    .unwrap_or("")
                    .to_owned(),
            ),
            "list" => Leaf::List(
                self.raw[shape]
                    .get("member")
                    .and_then(|m| str_field(m, "shape"))
                    .unwrap_or("")
                    .to_owned(),
            ),
            _ => Leaf::Other,
        }
    }
}
