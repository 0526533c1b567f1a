//! A service's `resources.rs`: boto3's resource model (`resources-1.json`) as `#[resource]`
//! declarations over the generated client, what a user could have written by hand.
//!
//! Each of boto3's resources becomes a struct under its model name (the service resource
//! under the service's Rust-cased name, `Sns`, `CloudFormation`): its identifiers in the
//! model's order, one field per attribute of its data shape (boto3's `snake_case` names, an
//! attribute another method's name takes renamed `<name>_attribute` as boto3 does), and one
//! helper attribute per load, action, batch action, sub-resource, reference, collection and
//! waiter. An identifier every request sends under one name is the identifier's `param`;
//! otherwise each request sets it in its `with` closure, beside boto3's constant parameters.
//! Identifiers of a built resource come from the response (`items` and `path` for boto3's
//! list and member paths), from the request (`request.x`, boto3's `requestParameter`), from
//! this resource (`self.x`) or from the method's arguments. A multi-select list
//! (`[Versions,DeleteMarkers]|[]`) becomes one list, the second's elements converted with
//! `Into`; an identifier sent as a non-string member (`PartNumber`) takes that member's
//! type; the loads boto3 adds in code (`Bucket.load`, `ObjectSummary.load`) are declared
//! from a small table (`INJECTED_LOADS`).
//!
//! For EC2: request parameters into list elements by index (`Filters[0].Values[0]`,
//! `Filters[1].Name`), load paths of several steps (`Reservations[0].Instances[0]`), a list
//! of lists flattened (`Reservations[].Instances[]`: one `Reservation` holding every
//! instance, through `path`), waiters' requests (`with`), a load that filters on some
//! identifiers filtering on the others too (`Tag`'s `resource-id`). What the language
//! cannot state is left out with a note in the module's header, for the hand-written part
//! of the module: parameters from the loaded data, identifiers built from a request's list
//! (`Tags[].Key`), batch actions sending an identifier under another name (`Resources[]`),
//! references through lists or optional members, and boto3's customizations
//! (`CUSTOMIZED`).

use crate::emit::{Field, Gen};
use crate::names::{rust_ident, variant_ident, xform_name};
use crate::Error;
use serde_json::{Map, Value as Json};
use std::collections::BTreeSet;
use std::fmt::Write;

type Obj = Map<String, Json>;

/// The actions boto3 replaces with a customization (`service`, resource, action): left to
/// the hand-written part of the module. EC2's `create_tags` gives `Tag` resources.
const CUSTOMIZED: &[(&str, &str, &str)] = &[("ec2", "Ec2", "CreateTags")];

/// The Rust name of a service's service resource: `Sns`, `CloudFormation`, `DynamoDb`.
pub fn service_type(folder: &str) -> String {
    match folder {
        "sns" => "Sns".into(),
        "sqs" => "Sqs".into(),
        "iam" => "Iam".into(),
        "s3" => "S3".into(),
        "ec2" => "Ec2".into(),
        "dynamodb" => "DynamoDb".into(),
        "cloudformation" => "CloudFormation".into(),
        "cloudwatch" => "CloudWatch".into(),
        "glacier" => "Glacier".into(),
        other => crate::names::pascal(other),
    }
}

/// boto3's `snake_case` of a model name.
pub fn snake(name: &str) -> String {
    xform_name(name).to_ascii_lowercase()
}

/// The names `resources-1.json` gives its resources (and the service resource's): the
/// generated shapes leave them free.
pub fn resource_names(folder: &str, model: &Json) -> Vec<String> {
    let mut names = vec![service_type(folder)];
    if let Some(r) = model.get("resources").and_then(Json::as_object) {
        names.extend(r.keys().cloned());
    }
    names
}

/// One resource of the model being written.
struct Res<'j> {
    /// Rust type name.
    ty: String,
    def: &'j Obj,
    service: bool,
    /// `(model name, snake name, memberName)`.
    ids: Vec<(String, String, Option<String>)>,
    /// Identifiers sent under one name by every request: snake name -> request field.
    params: Vec<(String, String)>,
}

fn obj<'j>(j: &'j Json, key: &str) -> Option<&'j Obj> {
    j.get(key).and_then(Json::as_object)
}

fn s<'j>(j: &'j Json, key: &str) -> Option<&'j str> {
    j.get(key).and_then(Json::as_str)
}

fn arr<'j>(j: &'j Json, key: &str) -> &'j [Json] {
    j.get(key)
        .and_then(Json::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Writes the module.
pub(crate) fn emit(
    gen: &Gen,
    folder: &str,
    model: &Json,
    waiters: Option<&Json>,
    flags: &str,
    by_hand: &[String],
) -> Result<String, Error> {
    let resources = obj(model, "resources").cloned().unwrap_or_default();
    let service_def = obj(model, "service").cloned().unwrap_or_default();
    let mut all: Vec<(String, &Obj, bool)> = vec![(service_type(folder), &service_def, true)];
    for (name, def) in &resources {
        let def = def
            .as_object()
            .ok_or_else(|| Error::new(format!("resource {name} is not an object")))?;
        all.push((name.clone(), def, false));
    }
    let mut w = Writer {
        gen,
        resources: &resources,
        waiters,
        folder,
        imports: BTreeSet::new(),
        notes: Vec::new(),
        by_hand,
    };
    let mut body = String::new();
    for (ty, def, service) in &all {
        let res = Res::new(ty.clone(), def, *service);
        body.push('\n');
        w.resource(&mut body, &res)?;
    }
    let names: Vec<String> = all.iter().map(|(n, _, _)| format!("[`{n}`]")).collect();
    let mut out = String::new();
    let mut head = String::new();
    doc_lines(
        &mut head,
        "",
        &format!(
            "The resources of boto3's `{folder}` model: {}.",
            names.join(", ")
        ),
    );
    out.push_str(&head.replace("///", "//!"));
    writeln!(out, "//!").ok();
    writeln!(
        out,
        "//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:"
    )
    .ok();
    writeln!(
        out,
        "//! `cargo run -p boto-codegen -- {folder}{flags} --out DIR`."
    )
    .ok();
    if !by_hand.is_empty() {
        let names: Vec<String> = by_hand.iter().map(|n| format!("`{n}`")).collect();
        let mut n = String::new();
        doc_lines(
            &mut n,
            "",
            &format!(
                "Written by hand in the service's module (`--by-hand`): {}.",
                names.join(", ")
            ),
        );
        out.push_str("//!\n");
        out.push_str(&n.replace("///", "//!"));
    }
    for note in &w.notes {
        let mut n = String::new();
        doc_lines(&mut n, "", &format!("Not declared: {note}."));
        out.push_str("//!\n");
        out.push_str(&n.replace("///", "//!"));
    }
    out.push('\n');
    out.push_str("use super::client::*;\n");
    let core: Vec<&str> = w
        .imports
        .iter()
        .copied()
        .filter(|i| *i != "HashMap")
        .chain(["resource"])
        .collect();
    if core.len() == 1 {
        out.push_str("use boto_core::resource;\n");
    } else {
        writeln!(out, "use boto_core::{{{}}};", core.join(", ")).ok();
    }
    if w.imports.contains("HashMap") {
        out.push_str("use std::collections::HashMap;\n");
    }
    out.push_str(&body);
    Ok(out)
}

impl<'j> Res<'j> {
    fn new(ty: String, def: &'j Obj, service: bool) -> Res<'j> {
        let j = Json::Object(def.clone());
        let ids = arr(&j, "identifiers")
            .iter()
            .filter_map(|i| {
                let name = s(i, "name")?;
                Some((
                    name.to_owned(),
                    snake(name),
                    s(i, "memberName").map(str::to_owned),
                ))
            })
            .collect();
        let mut res = Res {
            ty,
            def,
            service,
            ids,
            params: Vec::new(),
        };
        res.params = res.shared_params();
        res
    }

    fn get(&self, key: &str) -> Option<&'j Json> {
        self.def.get(key)
    }

    /// Every request but batch actions': the load's, the actions', the collections'.
    fn requests(&self) -> Vec<&'j Json> {
        let mut out = Vec::new();
        if let Some(r) = self.get("load").and_then(|l| l.get("request")) {
            out.push(r);
        }
        for key in ["actions", "hasMany"] {
            if let Some(m) = self.get(key).and_then(Json::as_object) {
                out.extend(m.values().filter_map(|a| a.get("request")));
            }
        }
        out
    }

    /// The identifiers every request sends under one plain name.
    fn shared_params(&self) -> Vec<(String, String)> {
        let requests = self.requests();
        if requests.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, snake_name, _) in &self.ids {
            let mut target: Option<&str> = None;
            let ok = requests.iter().all(|r| {
                let found: Vec<&str> = arr(r, "params")
                    .iter()
                    .filter(|p| s(p, "source") == Some("identifier") && s(p, "name") == Some(name))
                    .filter_map(|p| s(p, "target"))
                    .collect();
                match (found.as_slice(), target) {
                    ([t], None) if t.chars().all(|c| c.is_ascii_alphanumeric()) => {
                        target = Some(t);
                        true
                    }
                    ([t], Some(prev)) => *t == prev,
                    _ => false,
                }
            });
            if let (true, Some(t)) = (ok, target) {
                out.push((snake_name.clone(), t.to_owned()));
            }
        }
        out
    }

    fn param_of(&self, snake_name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == snake_name)
            .map(|(_, t)| t.as_str())
    }
}

/// A load `request` that filters (EC2's `Filters`) but leaves an identifier out (boto3's
/// `Tag` loads by key and value alone) also filters on that identifier, under EC2's name
/// for it (`resource-id`: its member name in kebab case), so that it loads this resource.
fn filter_all_ids(res: &Res, mut request: Json) -> Json {
    let params = arr(&request, "params").to_vec();
    let filters = params
        .iter()
        .filter_map(|p| s(p, "target")?.strip_prefix("Filters["))
        .filter_map(|t| t.split_once(']')?.0.parse::<usize>().ok())
        .max();
    let Some(last) = filters else {
        return request;
    };
    let mut added = params.clone();
    let mut next = last + 1;
    for (name, sn, member) in &res.ids {
        let sent = params
            .iter()
            .any(|p| s(p, "source") == Some("identifier") && s(p, "name") == Some(name));
        if sent {
            continue;
        }
        let filter = member
            .as_deref()
            .map(snake)
            .unwrap_or_else(|| sn.clone())
            .replace('_', "-");
        added.push(serde_json::json!({
            "target": format!("Filters[{next}].Name"), "source": "string", "value": filter
        }));
        added.push(serde_json::json!({
            "target": format!("Filters[{next}].Values[0]"), "source": "identifier", "name": name
        }));
        next += 1;
    }
    if let Some(o) = request.as_object_mut() {
        o.insert("params".into(), Json::Array(added));
    }
    request
}

/// The requests of `res`'s batch actions.
fn batch_requests<'j>(res: &Res<'j>) -> Vec<&'j Json> {
    res.get("batchActions")
        .and_then(Json::as_object)
        .map(|m| m.values().filter_map(|a| a.get("request")).collect())
        .unwrap_or_default()
}

/// The loads boto3 adds in code rather than in its model (`boto3/s3/inject.py`): `(service,
/// resource, operation, the #[resource] keys)`. `ObjectShape::from_head` is hand-written
/// beside the S3 client.
const INJECTED_LOADS: &[(&str, &str, &str, &[&str])] = &[
    (
        "s3",
        "Bucket",
        "ListBuckets",
        &[
            "load = list_buckets",
            "load_unfilled",
            "load_path = |o: ListBucketsOutput| o.buckets.into_iter()\
             .find(|b| b.name.as_deref() == Some(self.name.as_str()))",
        ],
    ),
    (
        "s3",
        "ObjectSummary",
        "HeadObject",
        &[
            "load = head_object",
            "load_path = |o: HeadObjectOutput| Some(ObjectShape::from_head(&self.key, o))",
        ],
    ),
];

struct Writer<'g, 'a> {
    gen: &'g Gen<'a>,
    /// The model's resources, for their identifiers.
    resources: &'g Obj,
    /// botocore's `waiters-2.json`, for the operations of the resources' waiters.
    waiters: Option<&'g Json>,
    /// The service's folder name (`ec2`).
    folder: &'g str,
    /// `HashMap`, `DateTime`, `Blob`, `Document`, `ByteStream` as attribute types need them.
    imports: BTreeSet<&'static str>,
    /// What the model holds that is not declared, with the reason.
    notes: Vec<String>,
    /// `Resource.action`s the service's module writes by hand (`--by-hand`).
    by_hand: &'g [String],
}

/// `text` as `///` lines under `indent`, wrapped at 100 columns.
fn doc_lines(out: &mut String, indent: &str, text: &str) {
    let head = format!("{indent}///");
    let mut line = head.clone();
    for word in text.split_whitespace() {
        if line.len() + 1 + word.len() > 100 && line != head {
            out.push_str(&line);
            out.push('\n');
            line = head.clone();
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

/// `#[key(first, rest..)]`, wrapped at 100 columns under its first argument.
fn attr_line(out: &mut String, key: &str, args: &[String]) {
    let head = format!("#[{key}(");
    let indent = " ".repeat(head.len());
    let mut line = head.clone();
    let mut lines = Vec::new();
    for (i, a) in args.iter().enumerate() {
        let piece = if i + 1 == args.len() {
            format!("{a})]")
        } else {
            format!("{a},")
        };
        let sep = if line == head || line == indent {
            ""
        } else {
            " "
        };
        if line.len() + sep.len() + piece.len() > 100 && line != head && line != indent {
            lines.push(line);
            line = format!("{indent}{piece}");
        } else {
            line.push_str(sep);
            line.push_str(&piece);
        }
    }
    lines.push(line);
    for l in lines {
        for part in break_long(&l, indent.len()) {
            out.push_str(&part);
            out.push('\n');
        }
    }
}

/// `line` as is when it fits in 100 columns, else broken after a comma or before a chained
/// call, each continuation indented four columns past `indent`.
fn break_long(line: &str, indent: usize) -> Vec<String> {
    if line.len() <= 100 {
        return vec![line.to_owned()];
    }
    let bytes = line.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if bytes[i] == b',' && bytes.get(i + 1) == Some(&b' ') {
            pieces.push(&line[start..=i]);
            start = i + 2;
        } else if bytes[i] == b'.' && i > start && bytes[i - 1] == b')' {
            pieces.push(&line[start..i]);
            start = i;
        }
    }
    pieces.push(&line[start..]);
    let cont = " ".repeat(indent + 4);
    let mut out = Vec::new();
    let mut cur = String::new();
    for p in pieces {
        let sep = if cur.is_empty() || p.starts_with('.') && !p.starts_with("..") {
            ""
        } else {
            " "
        };
        if !cur.trim().is_empty() && cur.len() + sep.len() + p.len() > 100 {
            out.push(std::mem::take(&mut cur));
            cur = format!("{cont}{p}");
        } else {
            cur.push_str(sep);
            cur.push_str(p);
        }
    }
    out.push(cur);
    out
}

impl Writer<'_, '_> {
    /// An action's or collection's first arguments, `name = op` and its `with = |r| ..`;
    /// `None`, with a note, when a parameter cannot be said.
    fn head_args(
        &mut self,
        res: &Res,
        name: &str,
        op: &str,
        request: &Json,
    ) -> Result<Option<Vec<String>>, Error> {
        let mut args = vec![format!(
            "{} = {}",
            rust_ident(&snake(name)),
            Self::op_snake(op)
        )];
        match self.with(res, "with", request)? {
            Ok(Some(w)) => args.push(w),
            Ok(None) => {}
            Err(reason) => {
                self.notes
                    .push(format!("`{}.{}`: {reason}", res.ty, snake(name)));
                return Ok(None);
            }
        }
        Ok(Some(args))
    }

    fn op_snake(op: &str) -> String {
        rust_ident(&snake(op))
    }

    fn field<'f>(&'f self, shape: &str, member: &str) -> Option<&'f Field> {
        self.gen
            .fields_of(shape)
            .iter()
            .find(|f| f.member == member)
    }

    /// The element shape of list shape `name`.
    fn list_member(&self, name: &str) -> Option<String> {
        self.gen.raw_shape(name).and_then(|d| {
            d.get("member")
                .and_then(|m| s(m, "shape"))
                .map(str::to_owned)
        })
    }

    /// The Rust field path of `a.b` under `shape`, and the shape it ends at, when no
    /// field before the last is optional.
    fn field_path(&self, shape: &str, path: &str) -> Option<(Vec<String>, String)> {
        let mut shape = shape.to_owned();
        let mut out = Vec::new();
        let parts: Vec<&str> = path.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let f = self.field(&shape, part)?;
            if f.optional && i + 1 < parts.len() {
                return None;
            }
            out.push(f.ident.clone());
            shape = f.target.clone();
        }
        Some((out, shape))
    }

    fn rust_ty(&self, shape: &str) -> Result<String, Error> {
        self.gen
            .type_of(shape)
            .map(str::to_owned)
            .ok_or_else(|| Error::new(format!("no generated type for shape {shape}")))
    }

    /// A setter chain (`.a(..).b(..)`) for the request `params` of operation `op`, leaving
    /// out the identifiers `res` sends as `param`. `Err(reason)` when a parameter cannot be
    /// said in a request closure (boto3's `data` source: a value of the loaded data).
    fn setters(
        &self,
        res: &Res,
        op: &str,
        params: &[Json],
    ) -> Result<Result<String, String>, Error> {
        let (Some(input), _) = self.gen.op_shapes(op) else {
            return Ok(Ok(String::new()));
        };
        // Group by the first segment of the target: `jobParameters.Type` and
        // `jobParameters.ArchiveId` build one value.
        let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for p in params {
            let target = s(p, "target").unwrap_or_default();
            let value = match s(p, "source") {
                Some("identifier") => {
                    let name = snake(s(p, "name").unwrap_or_default());
                    if res.param_of(&name).is_some() && !target.contains(['.', '[']) {
                        continue;
                    }
                    format!("self.{}.clone()", rust_ident(&name))
                }
                Some("string") => {
                    let v = s(p, "value").unwrap_or_default();
                    format!("@{v}")
                }
                Some("data") => {
                    return Ok(Err(format!(
                        "the request's `{target}` from the data's `{}`",
                        s(p, "path").unwrap_or_default()
                    )))
                }
                other => {
                    return Err(Error::new(format!(
                        "{}: a request parameter from {other:?} is not supported",
                        res.ty
                    )))
                }
            };
            let (head, rest) = match target.find(['.', '[']) {
                Some(i) => (&target[..i], &target[i..]),
                None => (target, ""),
            };
            match groups.iter_mut().find(|(h, _)| h == head) {
                Some((_, g)) => g.push((rest.to_owned(), value)),
                None => groups.push((head.to_owned(), vec![(rest.to_owned(), value)])),
            }
        }
        let mut out = String::new();
        for (head, parts) in groups {
            let f = self
                .field(input, &head)
                .ok_or_else(|| Error::new(format!("{op}: no request member {head}")))?;
            let expr = self.build_value(op, &f.target, &parts, false)?;
            write!(out, ".{}({expr})", f.ident).ok();
        }
        Ok(Ok(out))
    }

    /// The value of shape `shape` that `parts` (paths under it, `@constant` or an
    /// expression each) build: a constant, a structure's setter chain, or a list of
    /// elements by index (`[0]`, `[1]`; `[]` and `[*]` are the one element).
    fn build_value(
        &self,
        op: &str,
        shape: &str,
        parts: &[(String, String)],
        in_list: bool,
    ) -> Result<String, Error> {
        if let [(rest, v)] = parts {
            if rest.is_empty() {
                return match v.strip_prefix('@') {
                    Some(c) if self.gen.is_enum(shape) => {
                        Ok(format!("{}::{}", self.rust_ty(shape)?, variant_ident(c)))
                    }
                    Some(c) if in_list => Ok(format!("String::from({c:?})")),
                    Some(c) => Ok(format!("{c:?}")),
                    None => Ok(v.clone()),
                };
            }
        }
        let is_list = self
            .gen
            .raw_shape(shape)
            .is_some_and(|d| s(d, "type") == Some("list"));
        if is_list {
            let elem = self.list_member(shape).unwrap_or_default();
            let mut by_index: Vec<(usize, Vec<(String, String)>)> = Vec::new();
            for (rest, v) in parts {
                let inner = rest
                    .strip_prefix('[')
                    .and_then(|r| r.split_once(']'))
                    .ok_or_else(|| Error::new(format!("{op}: the list path {rest}")))?;
                let index = inner.0.parse::<usize>().unwrap_or(0);
                let entry = (inner.1.to_owned(), v.clone());
                match by_index.iter_mut().find(|(i, _)| *i == index) {
                    Some((_, g)) => g.push(entry),
                    None => by_index.push((index, vec![entry])),
                }
            }
            by_index.sort_by_key(|(i, _)| *i);
            let items = by_index
                .iter()
                .map(|(_, g)| self.build_value(op, &elem, g, true))
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(format!("vec![{}]", items.join(", ")));
        }
        // Members of one structure (`a.b`), grouped by member.
        let mut members: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for (rest, v) in parts {
            let r = rest.trim_start_matches('.');
            let (head, tail) = match r.find(['.', '[']) {
                Some(i) => (&r[..i], &r[i..]),
                None => (r, ""),
            };
            let entry = (tail.to_owned(), v.clone());
            match members.iter_mut().find(|(h, _)| h == head) {
                Some((_, g)) => g.push(entry),
                None => members.push((head.to_owned(), vec![entry])),
            }
        }
        let mut e = format!("{}::new()", self.rust_ty(shape)?);
        for (member, g) in &members {
            let inner = self
                .field(shape, member)
                .ok_or_else(|| Error::new(format!("{op}: no member {member} in {shape}")))?;
            write!(
                e,
                ".{}({})",
                inner.ident,
                self.build_value(op, &inner.target, g, false)?
            )
            .ok();
        }
        Ok(e)
    }

    /// The type of identifier `name`: the type of the request member a request sends it in
    /// when that is not a string (S3's `PartNumber`, an `i32`), else `String`.
    fn id_type(&self, res: &Res, name: &str) -> String {
        let mut requests = res.requests();
        requests.extend(batch_requests(res));
        for r in requests {
            let Some(input) = self.gen.op_shapes(s(r, "operation").unwrap_or_default()).0 else {
                continue;
            };
            for p in arr(r, "params") {
                let target = s(p, "target").unwrap_or_default();
                if s(p, "source") != Some("identifier")
                    || s(p, "name") != Some(name)
                    || target.contains(['.', '['])
                {
                    continue;
                }
                if let Some(f) = self.field(input, target) {
                    return f.ty.clone();
                }
            }
        }
        "String".into()
    }

    /// boto3's multi-select list `[A,B]|[]` of `output` (S3's versions and delete markers):
    /// `path = ..` making one list of `A`'s elements then `B`'s (converted with `Into` when
    /// their types differ: a hand-written `From`), the `items` field and its element shape.
    fn joined(&self, output: &str, path: &str) -> Option<(String, String, String)> {
        let names = path.strip_prefix('[')?.strip_suffix("]|[]")?;
        let names: Vec<&str> = names.split(',').map(str::trim).collect();
        let [a, b] = names.as_slice() else {
            return None;
        };
        let (fa, fb) = (self.field(output, a)?, self.field(output, b)?);
        let (ea, eb) = (self.list_member(&fa.target)?, self.list_member(&fb.target)?);
        let list = |f: &Field| match f.optional {
            true => format!("o.{}.unwrap_or_default()", f.ident),
            false => format!("o.{}", f.ident),
        };
        let convert = if ea == eb { "" } else { ".map(Into::into)" };
        let mut joined = format!(
            "{}.into_iter().chain({}.into_iter(){convert}).collect()",
            list(fa),
            list(fb)
        );
        if fa.optional {
            joined = format!("Some({joined})");
        }
        let out_ty = self.rust_ty(output).ok()?;
        let path = format!(
            "path = |o: {out_ty}| {out_ty} {{ {}: {joined}, ..{out_ty}::default() }}",
            fa.ident
        );
        Some((path, fa.ident.clone(), ea))
    }

    /// For boto3's `outer[].inner[]` under `output`: the `path = ..` argument gathering
    /// every element's `inner` into one element of `outer`, that field, and its list shape.
    fn flattened(
        &self,
        output: &str,
        outer: &str,
        inner: &str,
    ) -> Option<(String, String, String)> {
        let o = self.field(output, outer)?;
        let elem = self.list_member(&o.target)?;
        let i = self.field(&elem, inner)?;
        let outer_list = if o.optional {
            format!("o.{}.unwrap_or_default()", o.ident)
        } else {
            format!("o.{}", o.ident)
        };
        let inner_list = if i.optional {
            format!("x.{}.unwrap_or_default()", i.ident)
        } else {
            format!("x.{}", i.ident)
        };
        let value = if i.optional {
            format!("Some({outer_list}.into_iter().flat_map(|x| {inner_list}).collect())")
        } else {
            format!("{outer_list}.into_iter().flat_map(|x| {inner_list}).collect()")
        };
        let path = format!(
            "path = |o: {}| {} {{ {}: {value}, ..Default::default() }}",
            self.rust_ty(output).ok()?,
            self.rust_ty(&elem).ok()?,
            i.ident
        );
        Some((path, i.ident.clone(), i.target.clone()))
    }

    /// An expression of `Option<data>` from the output `o` of shape `output` along boto3's
    /// load `path` (`Vpcs[0]`, `Reservations[0].Instances[0]`, `A[0].B`).
    fn load_pick(&self, output: &str, path: &str) -> Option<(String, String)> {
        let mut shape = output.to_owned();
        let mut expr = "o".to_owned();
        let mut optional = false;
        for seg in path.split('.') {
            let (member, first) = match seg.strip_suffix("[0]") {
                Some(m) => (m, true),
                None => (seg, false),
            };
            let f = self.field(&shape, member)?;
            let mut access = format!("x.{}", f.ident);
            if first && f.optional {
                access.push_str(".unwrap_or_default()");
            }
            if first {
                access.push_str(".into_iter().next()");
            }
            let gives_option = first || f.optional;
            let rest = access.trim_start_matches('x');
            expr = match (optional, gives_option) {
                (false, _) => format!("{expr}{rest}"),
                (true, true) => format!("{expr}.and_then(|x| {access})"),
                (true, false) => format!("{expr}.map(|x| {access})"),
            };
            optional |= gives_option;
            shape = if first {
                self.list_member(&f.target)?
            } else {
                f.target.clone()
            };
        }
        let pick = if optional {
            expr
        } else {
            format!("Some({expr})")
        };
        Some((pick, shape))
    }

    /// `with = |r| ..` (or `load_with`) for a request, or nothing; `Err(reason)` when a
    /// parameter cannot be said (see [`Writer::setters`]).
    fn with(
        &self,
        res: &Res,
        key: &str,
        request: &Json,
    ) -> Result<Result<Option<String>, String>, Error> {
        let op = s(request, "operation").unwrap_or_default();
        Ok(self
            .setters(res, op, arr(request, "params"))?
            .map(|chain| (!chain.is_empty()).then(|| format!("{key} = |r| r{chain}"))))
    }

    /// The arguments of an action or collection building `resource`: `path`, `items`,
    /// `resource = T(..)`. `None` when the model's paths cannot be said (with a note).
    fn target(
        &mut self,
        res: &Res,
        what: &str,
        op: &str,
        resource: &Json,
    ) -> Result<Option<Vec<String>>, Error> {
        let ty = s(resource, "type").unwrap_or_default();
        let (input, output) = self.gen.op_shapes(op);
        let output = output.unwrap_or_default();
        let rp = s(resource, "path").filter(|p| *p != "@");
        let ids = arr(resource, "identifiers");
        let response: Vec<&str> = ids
            .iter()
            .filter(|i| s(i, "source") == Some("response"))
            .filter_map(|i| s(i, "path"))
            .collect();
        let list =
            rp.is_some_and(|p| p.ends_with("[]")) || response.iter().any(|p| p.contains("[]"));
        let mut args = Vec::new();
        // Where response identifiers are read: (prefix in the model's path, shape).
        let (prefix, shape) = if let Some(joined) = rp.and_then(|p| self.joined(output, p)) {
            let (path, items, elem) = joined;
            args.push(path);
            args.push(format!("items = {items}"));
            (rp.unwrap_or_default().to_owned(), elem)
        } else if list {
            let head = rp
                .map(|p| p.trim_end_matches("[]").to_owned())
                .or_else(|| {
                    response
                        .first()
                        .map(|p| p[..p.find("[]").unwrap_or(0)].to_owned())
                })
                .unwrap_or_default();
            let found = match head.split_once("[].") {
                // A list of lists (`Reservations[].Instances`): flattened into one element
                // of the outer list, whose inner list the items are.
                Some((outer, inner)) if !inner.contains(['.', '[']) => self
                    .flattened(output, outer, inner)
                    .map(|(path, field, shape)| {
                        args.push(path);
                        (vec![field], shape)
                    }),
                Some(_) => None,
                None => self.field_path(output, &head),
            };
            let Some((fields, list_shape)) = found else {
                self.notes
                    .push(format!("`{}.{what}`: the list `{head}`", res.ty));
                return Ok(None);
            };
            args.push(format!("items = {}", fields.join(".")));
            let elem = self.list_member(&list_shape).unwrap_or_default();
            (format!("{head}[]"), elem)
        } else {
            let head = rp.map(str::to_owned).or_else(|| {
                let firsts: BTreeSet<&str> = response
                    .iter()
                    .filter_map(|p| p.split_once('.').map(|(a, _)| a))
                    .collect();
                (firsts.len() == 1)
                    .then(|| firsts.into_iter().next().unwrap_or_default().to_owned())
            });
            match head {
                Some(head) => {
                    let Some(f) = self.field(output, &head) else {
                        self.notes
                            .push(format!("`{}.{what}`: the path `{head}`", res.ty));
                        return Ok(None);
                    };
                    let out_ty = self.rust_ty(output)?;
                    let pick = if f.optional {
                        format!("o.{}.unwrap_or_default()", f.ident)
                    } else {
                        format!("o.{}", f.ident)
                    };
                    args.push(format!("path = |o: {out_ty}| {pick}"));
                    (head.clone(), f.target.clone())
                }
                None => (String::new(), output.to_owned()),
            }
        };
        let mut maps = Vec::new();
        for i in ids {
            let id = rust_ident(&snake(s(i, "target").unwrap_or_default()));
            let m = match s(i, "source") {
                Some("identifier") => {
                    format!(
                        "{id} = self.{}",
                        rust_ident(&snake(s(i, "name").unwrap_or_default()))
                    )
                }
                Some("input") => id.clone(),
                Some("requestParameter") => {
                    let p = s(i, "path").unwrap_or_default();
                    let Some((fields, _)) = input.and_then(|inp| self.field_path(inp, p)) else {
                        self.notes
                            .push(format!("`{}.{what}`: the request's `{p}`", res.ty));
                        return Ok(None);
                    };
                    format!("{id} = request.{}", fields.join("."))
                }
                Some("response") => {
                    let p = s(i, "path").unwrap_or_default();
                    let rest = if prefix.is_empty() {
                        p
                    } else {
                        match p.strip_prefix(prefix.as_str()) {
                            Some(r) => r.trim_start_matches('.'),
                            None => {
                                self.notes
                                    .push(format!("`{}.{what}`: the response's `{p}`", res.ty));
                                return Ok(None);
                            }
                        }
                    };
                    if rest.is_empty() {
                        format!("{id} = item")
                    } else {
                        let Some((fields, _)) = self.field_path(&shape, rest) else {
                            self.notes
                                .push(format!("`{}.{what}`: the response's `{p}`", res.ty));
                            return Ok(None);
                        };
                        format!("{id} = {}", fields.join("."))
                    }
                }
                other => {
                    self.notes
                        .push(format!("`{}.{what}`: an identifier from {other:?}", res.ty));
                    return Ok(None);
                }
            };
            maps.push(m);
        }
        // An identifier of the child the model leaves unmapped (`SigningCertificate`'s
        // `UserName` after `UploadSigningCertificate`): from the answer's member of its
        // `memberName` when there is one, else an argument.
        let mapped: Vec<String> = ids
            .iter()
            .filter_map(|i| s(i, "target").map(snake))
            .collect();
        for i in self
            .resources
            .get(ty)
            .map(|c| arr(c, "identifiers"))
            .unwrap_or(&[])
        {
            let name = snake(s(i, "name").unwrap_or_default());
            if mapped.contains(&name) {
                continue;
            }
            let from = s(i, "memberName").and_then(|m| self.field(&shape, m));
            maps.push(match from {
                Some(f) => format!("{} = {}", rust_ident(&name), f.ident),
                None => rust_ident(&name),
            });
        }
        args.push(format!("resource = {ty}({})", maps.join(", ")));
        Ok(Some(args))
    }

    fn resource(&mut self, out: &mut String, res: &Res) -> Result<(), Error> {
        let j = Json::Object(res.def.clone());
        let load = j.get("load");
        // The data is what the load's path ends at: boto3 names another shape for
        // `NetworkInterfaceAssociation` (`InstanceNetworkInterfaceAssociation`, whose
        // members the one loaded has too).
        let loaded = load.and_then(|l| {
            let op = l
                .get("request")
                .and_then(|r| s(r, "operation"))
                .unwrap_or_default();
            let output = self.gen.op_shapes(op).1?;
            let path = s(l, "path").filter(|p| *p != "@")?;
            self.load_pick(output, path).map(|(_, shape)| shape)
        });
        let shape = loaded.as_deref().or(s(&j, "shape"));
        let mut lines = String::new();

        // #[resource(..)]
        let mut head = vec!["client = Client".to_owned()];
        if res.ids.is_empty() {
            head.push("service".into());
        }
        let mut load_doc = String::new();
        if let Some(load) = load {
            let request = filter_all_ids(res, load.get("request").cloned().unwrap_or(Json::Null));
            let op = s(&request, "operation").unwrap_or_default();
            let (_, output) = self.gen.op_shapes(op);
            let path = s(load, "path").filter(|p| *p != "@");
            let data = shape.unwrap_or_default();
            if path.is_some() {
                head.push(format!("shape = {}", self.rust_ty(data)?));
            }
            head.push(format!("load = {}", Self::op_snake(op)));
            if let Some(w) = self
                .with(res, "load_with", &request)?
                .map_err(|e| Error::new(format!("{}: the load's {e}", res.ty)))?
            {
                head.push(w);
            }
            if let Some(path) = path {
                let output = output.unwrap_or_default();
                let out_ty = self.rust_ty(output)?;
                let (pick, _) = self
                    .load_pick(output, path)
                    .ok_or_else(|| Error::new(format!("{}: load path {path}", res.ty)))?;
                head.push(format!("load_path = |o: {out_ty}| {pick}"));
            }
            load_doc = format!("; its data is `{op}`'s answer, loaded on first access");
        } else if let Some(data) = shape {
            head.push(format!("shape = {}", self.rust_ty(data)?));
            match INJECTED_LOADS
                .iter()
                .find(|(svc, ty, _, _)| *svc == self.folder && *ty == res.ty)
            {
                Some((_, _, op, load)) => {
                    head.extend(load.iter().map(|k| k.to_string()));
                    load_doc = format!(
                        "; its data comes with the answer that built it, or is loaded by `{op}` \
                         as boto3 adds"
                    );
                }
                None => load_doc = "; its data comes with the answer that built it".into(),
            }
        }

        // Names as boto3 gives them (`load_rename_map`), for the attributes' renames.
        let mut names: BTreeSet<String> = BTreeSet::from(["meta".to_owned()]);
        if load.is_some() {
            names.insert("load".into());
        }
        let taken = |names: &mut BTreeSet<String>, n: String| -> String {
            if names.insert(n.clone()) {
                return n;
            }
            let r = format!("{n}_attribute");
            names.insert(r.clone());
            r
        };
        for (_, sn, _) in &res.ids {
            taken(&mut names, sn.clone());
        }
        let actions = obj(&j, "actions").cloned().unwrap_or_default();
        for a in actions.keys() {
            taken(&mut names, snake(a));
        }
        let has = obj(&j, "has").cloned().unwrap_or_default();
        let data_required = |v: &Json| {
            v.get("resource")
                .map(|r| {
                    arr(r, "identifiers")
                        .iter()
                        .any(|i| s(i, "source") == Some("data"))
                })
                .unwrap_or(false)
        };
        for (k, v) in &has {
            // boto3 keeps a sub-resource's name as written (`Topic`), a reference's snake.
            let n = if data_required(v) {
                snake(k)
            } else {
                k.clone()
            };
            taken(&mut names, n);
        }
        let many = obj(&j, "hasMany").cloned().unwrap_or_default();
        for k in many.keys() {
            taken(&mut names, snake(k));
        }
        let waiters = obj(&j, "waiters").cloned().unwrap_or_default();
        for k in waiters.keys() {
            taken(&mut names, snake(&format!("WaitUntil{k}")));
        }
        // Rust methods: what the macro generates besides.
        let mut methods: BTreeSet<String> = ["new", "client", "load", "reload", "data"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        methods.extend(res.ids.iter().map(|(_, s, _)| s.clone()));
        methods.extend(actions.keys().map(|k| snake(k)));
        methods.extend(has.keys().map(|k| snake(k)));
        methods.extend(many.keys().map(|k| snake(k)));

        for (name, a) in &actions {
            if CUSTOMIZED.contains(&(self.folder, res.ty.as_str(), name.as_str())) {
                self.notes.push(format!(
                    "`{}.{}`: boto3 customizes it; written by hand",
                    res.ty,
                    snake(name)
                ));
                continue;
            }
            if self
                .by_hand
                .contains(&format!("{}.{}", res.ty, snake(name)))
            {
                continue;
            }
            let request = a.get("request").cloned().unwrap_or(Json::Null);
            let op = s(&request, "operation").unwrap_or_default();
            let Some(mut args) = self.head_args(res, name, op, &request)? else {
                continue;
            };
            if let Some(r) = a.get("resource") {
                match self.target(res, &snake(name), op, r)? {
                    Some(t) => args.extend(t),
                    None => continue,
                }
            }
            attr_line(&mut lines, "action", &args);
        }
        for (name, a) in obj(&j, "batchActions").cloned().unwrap_or_default() {
            let request = a.get("request").cloned().unwrap_or(Json::Null);
            let op = s(&request, "operation").unwrap_or_default();
            // The identifiers go in through `param`/`member` (see `batch_input`); the
            // constants here.
            let consts: Vec<Json> = arr(&request, "params")
                .iter()
                .filter(|p| s(p, "source") == Some("string"))
                .cloned()
                .collect();
            let mut args = vec![format!(
                "{} = {}",
                rust_ident(&snake(&name)),
                Self::op_snake(op)
            )];
            // An identifier sent under a name other than its `memberName` (plural or not),
            // or than its param in a list's entries (S3's `Delete.Objects[].Key`), cannot
            // reach the request through `batch_input` (EC2's `Resources[]`).
            let unnamed = arr(&request, "params").iter().find(|p| {
                let target = s(p, "target").unwrap_or_default();
                let head = &target[..target.find(['.', '[']).unwrap_or(target.len())];
                let entry = target
                    .rsplit_once("[].")
                    .or_else(|| target.rsplit_once("[*]."))
                    .map(|(_, leaf)| leaf);
                let same =
                    |a: &str, b: &str| a.replace('_', "").eq_ignore_ascii_case(&b.replace('_', ""));
                s(p, "source") == Some("identifier")
                    && !res.ids.iter().any(|(n, sn, m)| {
                        Some(n.as_str()) == s(p, "name")
                            && (m
                                .as_deref()
                                .is_some_and(|m| head == m || head == format!("{m}s"))
                                || res.param_of(sn).is_some_and(|t| {
                                    t == head || entry.is_some_and(|leaf| same(t, leaf))
                                }))
                    })
            });
            if let Some(p) = unnamed {
                self.notes.push(format!(
                    "`{}.{}` (batch): the identifier `{}` sent as `{}`",
                    res.ty,
                    snake(&name),
                    s(p, "name").unwrap_or_default(),
                    s(p, "target").unwrap_or_default()
                ));
                continue;
            }
            let chain = self
                .setters(res, op, &consts)?
                .map_err(|e| Error::new(format!("{}: {e}", res.ty)))?;
            if !chain.is_empty() {
                args.push(format!("with = |r| r{chain}"));
            }
            attr_line(&mut lines, "batch_action", &args);
        }
        for (name, v) in &has {
            let r = v.get("resource").cloned().unwrap_or(Json::Null);
            let ty = s(&r, "type").unwrap_or_default();
            let mut maps = Vec::new();
            let mut ok = true;
            // boto3 builds a sub-resource positionally: the identifiers it maps, then the
            // method's arguments, whatever their `target` says (`Policy(PolicyArn)`).
            let child: Vec<String> = self
                .resources
                .get(ty)
                .map(|c| arr(c, "identifiers"))
                .unwrap_or(&[])
                .iter()
                .filter_map(|i| s(i, "name").map(snake))
                .collect();
            let mapped: Vec<String> = arr(&r, "identifiers")
                .iter()
                .filter(|i| s(i, "source") != Some("input"))
                .filter_map(|i| s(i, "target").map(snake))
                .collect();
            let mut free = child.iter().filter(|c| !mapped.contains(c));
            for i in arr(&r, "identifiers") {
                let target = snake(s(i, "target").unwrap_or_default());
                let target = match s(i, "source") {
                    Some("input") if !child.contains(&target) => {
                        free.next().cloned().unwrap_or(target)
                    }
                    _ => target,
                };
                let id = rust_ident(&target);
                match s(i, "source") {
                    Some("identifier") => maps.push(format!(
                        "{id} = self.{}",
                        rust_ident(&snake(s(i, "name").unwrap_or_default()))
                    )),
                    Some("input") => maps.push(id),
                    Some("data") => {
                        let p = s(i, "path").unwrap_or_default();
                        match shape.and_then(|sh| self.field_path(sh, p)) {
                            Some((fields, _)) if !p.contains('[') => {
                                maps.push(format!("{id} = {}", fields.join(".")))
                            }
                            _ => {
                                self.notes.push(format!(
                                    "`{}.{}`: a reference to the data's `{p}` (a list, or \
                                     under an optional member)",
                                    res.ty,
                                    snake(name)
                                ));
                                ok = false;
                            }
                        }
                    }
                    other => {
                        self.notes.push(format!(
                            "`{}.{}`: an identifier from {other:?}",
                            res.ty,
                            snake(name)
                        ));
                        ok = false;
                    }
                }
            }
            if !ok {
                methods.remove(&snake(name));
                continue;
            }
            let key = if data_required(v) {
                "reference"
            } else {
                "subresource"
            };
            attr_line(
                &mut lines,
                key,
                &[format!(
                    "{} = {ty}({})",
                    rust_ident(&snake(name)),
                    maps.join(", ")
                )],
            );
        }
        for (name, v) in &many {
            let request = v.get("request").cloned().unwrap_or(Json::Null);
            let op = s(&request, "operation").unwrap_or_default();
            let Some(mut args) = self.head_args(res, name, op, &request)? else {
                continue;
            };
            let r = v.get("resource").cloned().unwrap_or(Json::Null);
            match self.target(res, &snake(name), op, &r)? {
                Some(t) if t.iter().any(|a| a.starts_with("items = ")) => args.extend(t),
                Some(_) => {
                    self.notes.push(format!(
                        "`{}.{}`: a collection of no list",
                        res.ty,
                        snake(name)
                    ));
                    continue;
                }
                None => continue,
            }
            attr_line(&mut lines, "collection", &args);
        }
        for (name, v) in &waiters {
            let waiter_name = s(v, "waiterName").unwrap_or_default();
            let waiter = snake(waiter_name);
            let method = snake(name);
            methods.insert(format!("wait_until_{method}"));
            let mut args = vec![format!("{method} = {waiter}")];
            // The identifiers its request takes under other names than their `param`.
            let op = self
                .waiters
                .and_then(|w| w.get("waiters"))
                .and_then(|w| w.get(waiter_name))
                .and_then(|w| s(w, "operation"))
                .unwrap_or_default();
            let request = serde_json::json!({"operation": op, "params": v.get("params")});
            if let Some(w) = self
                .with(res, "with", &request)?
                .map_err(|e| Error::new(format!("{}: waiter {name}: {e}", res.ty)))?
            {
                args.push(w);
            }
            attr_line(&mut lines, "waiter", &args);
        }

        // The struct.
        let data_fields: &[Field] = shape.map(|sh| self.gen.fields_of(sh)).unwrap_or(&[]);
        let has_data = load.is_some() || shape.is_some();
        let ids_doc = if res.ids.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = res.ids.iter().map(|(_, s, _)| format!("`{s}`")).collect();
            format!(", identified by {}", ids.join(", "))
        };
        if res.service && !has_data {
            doc_lines(
                out,
                "",
                "The service resource: what boto3's `resource(..)` gives.",
            );
        } else {
            doc_lines(
                out,
                "",
                &format!("boto3's `{}` resource{ids_doc}{load_doc}.", res.ty),
            );
        }
        attr_line(out, "resource", &head);
        out.push_str(&lines);
        if res.ids.is_empty() && !has_data {
            writeln!(out, "pub struct {};", res.ty).ok();
            return Ok(());
        }
        writeln!(out, "pub struct {} {{", res.ty).ok();
        for (name, sn, member) in &res.ids {
            writeln!(out, "    /// The identifier `{name}`.").ok();
            let mut keys = Vec::new();
            if let Some(p) = res.param_of(sn) {
                keys.push(format!("param = {}", rust_ident(&snake(p))));
            }
            if let Some(m) = member.as_deref().and_then(|m| {
                data_fields
                    .iter()
                    .find(|f| f.member == m)
                    .filter(|_| has_data)
            }) {
                keys.push(format!("member = {}", m.ident));
            }
            let sent = res
                .requests()
                .iter()
                .chain(batch_requests(res).iter())
                .any(|r| {
                    arr(r, "params").iter().any(|p| {
                        s(p, "source") == Some("identifier") && s(p, "name") == Some(name.as_str())
                    })
                });
            if !sent && res.param_of(sn).is_none() {
                keys.push("local".into());
            }
            if keys.is_empty() {
                writeln!(out, "    #[identifier]").ok();
            } else {
                writeln!(out, "    #[identifier({})]", keys.join(", ")).ok();
            }
            writeln!(out, "    {}: {},", rust_ident(sn), self.id_type(res, name)).ok();
        }
        if has_data {
            let id_names: Vec<&str> = res.ids.iter().map(|(_, s, _)| s.as_str()).collect();
            for f in data_fields {
                let sn = snake(&f.member);
                let renamed = taken(&mut names, sn.clone());
                if id_names.contains(&sn.as_str()) {
                    continue;
                }
                let mut name = renamed;
                while methods.contains(&name) {
                    name.push_str("_attribute");
                }
                methods.insert(name.clone());
                let ident = rust_ident(&name);
                let doc = f
                    .doc
                    .clone()
                    .filter(|d| !d.trim_end().ends_with(':'))
                    .unwrap_or_else(|| format!("The member `{}` of the data.", f.member));
                doc_lines(out, "    ", &doc);
                if ident != f.ident {
                    writeln!(out, "    #[attribute(member = {})]", f.ident).ok();
                }
                for t in ["HashMap", "DateTime", "Blob", "Document", "ByteStream"] {
                    if f.ty.split(|c: char| !c.is_alphanumeric()).any(|w| w == t) {
                        self.imports.insert(t);
                    }
                }
                let ty = if f.optional {
                    format!("Option<{}>", f.ty)
                } else {
                    f.ty.clone()
                };
                writeln!(out, "    {ident}: {ty},").ok();
            }
        }
        writeln!(out, "}}").ok();
        Ok(())
    }
}
