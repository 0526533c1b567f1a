//! boto3's resource models against boto-services' resources: for each of the nine services
//! boto3 ships resources for, what boto3's `resources-1.json` holds (resources, identifiers,
//! attributes, actions with loads, batch actions, sub-resources and references,
//! collections, waiters) and how much of it boto-services declares. What is declared is
//! read from the source of boto-services: its `#[resource]` structs (parsed with `syn`), the
//! methods of their hand-written `impl` blocks, and, as batch actions, those of hand-written
//! trait impls for `Vec<T>`. Every service must be complete.

use boto_codegen::resources::{service_type, snake};
use serde_json::Value as Json;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The services boto3 has resources for, and whether boto-services must declare all of it.
const SERVICES: &[(&str, bool)] = &[
    ("s3", true),
    ("ec2", true),
    ("dynamodb", true),
    ("sqs", true),
    ("sns", true),
    ("iam", true),
    ("cloudformation", true),
    ("cloudwatch", true),
    ("glacier", true),
];

const KINDS: &[&str] = &[
    "resources",
    "identifiers",
    "attributes",
    "actions",
    "batch actions",
    "sub-resources and references",
    "collections",
    "waiters",
];

/// One `#[resource]` struct as declared.
#[derive(Default, Debug)]
struct Declared {
    identifiers: BTreeSet<String>,
    attributes: BTreeSet<String>,
    load: bool,
    /// Helper attribute (`action`, `collection`, ..) -> declared names.
    helpers: BTreeMap<String, BTreeSet<String>>,
    /// `pub fn`s of the type's own `impl` blocks.
    methods: BTreeSet<String>,
    /// Methods of hand-written trait impls for `Vec<T>`: batch actions (EC2's
    /// `TagBatchActions`).
    batch_methods: BTreeSet<String>,
    service: bool,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

/// Every `.rs` file of a service's module but its generated client and shapes.
fn sources(service: &str) -> Vec<PathBuf> {
    let src = workspace().join("boto-services/src");
    let mut out = vec![src.join(format!("{service}.rs"))];
    let mut todo = vec![src.join(service)];
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.filter_map(|e| e.ok()) {
            let path = e.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "shapes") {
                    todo.push(path);
                }
            } else if path.extension().is_some_and(|x| x == "rs")
                && path
                    .file_name()
                    .is_some_and(|n| n != "client.rs" && n != "shapes.rs")
            {
                out.push(path);
            }
        }
    }
    out
}

/// The first name of a helper attribute's arguments (`name = op, ..` -> `name`).
fn first_name(tokens: &str) -> Option<String> {
    let word = tokens.split(['=', ',', '(']).next()?.trim();
    let word = word.strip_prefix("r#").unwrap_or(word);
    (!word.is_empty()).then(|| word.to_owned())
}

fn declarations(service: &str) -> BTreeMap<String, Declared> {
    let mut out: BTreeMap<String, Declared> = BTreeMap::new();
    for path in sources(service) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        visit(&file.items, &mut out);
    }
    out
}

fn visit(items: &[syn::Item], out: &mut BTreeMap<String, Declared>) {
    for item in items {
        match item {
            syn::Item::Struct(s) => {
                let Some(resource) = s.attrs.iter().find(|a| a.path().is_ident("resource")) else {
                    continue;
                };
                let d = out.entry(s.ident.to_string()).or_default();
                if let syn::Meta::List(l) = &resource.meta {
                    let args = l.tokens.to_string();
                    let words: Vec<&str> = args.split_whitespace().collect();
                    d.load = words.windows(2).any(|w| w == ["load", "="]);
                    d.service = words.iter().any(|w| w.trim_matches(',') == "service");
                }
                for a in &s.attrs {
                    let Some(key) = a.path().get_ident().map(|i| i.to_string()) else {
                        continue;
                    };
                    if let (syn::Meta::List(l), true) = (&a.meta, key != "resource") {
                        if let Some(name) = first_name(&l.tokens.to_string()) {
                            d.helpers.entry(key).or_default().insert(name);
                        }
                    }
                }
                for f in &s.fields {
                    let Some(name) = &f.ident else { continue };
                    let name = name.to_string();
                    let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
                    if f.attrs.iter().any(|a| a.path().is_ident("identifier")) {
                        d.identifiers.insert(name);
                    } else {
                        d.attributes.insert(name);
                    }
                }
            }
            syn::Item::Impl(i) if i.trait_.is_none() => {
                let syn::Type::Path(p) = &*i.self_ty else {
                    continue;
                };
                let Some(last) = p.path.segments.last() else {
                    continue;
                };
                let d = out.entry(last.ident.to_string()).or_default();
                for it in &i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        if matches!(f.vis, syn::Visibility::Public(_)) {
                            d.methods.insert(f.sig.ident.to_string());
                        }
                    }
                }
            }
            syn::Item::Impl(i) => {
                // `impl SomeBatchActions for Vec<T>`: T's batch actions.
                let syn::Type::Path(p) = &*i.self_ty else {
                    continue;
                };
                let Some(last) = p.path.segments.last().filter(|s| s.ident == "Vec") else {
                    continue;
                };
                let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                    continue;
                };
                let Some(syn::GenericArgument::Type(syn::Type::Path(t))) = args.args.first() else {
                    continue;
                };
                let Some(ty) = t.path.segments.last() else {
                    continue;
                };
                let d = out.entry(ty.ident.to_string()).or_default();
                for it in &i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        d.batch_methods.insert(f.sig.ident.to_string());
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    visit(items, out);
                }
            }
            _ => {}
        }
    }
}

fn obj<'j>(j: &'j Json, key: &str) -> Vec<(&'j String, &'j Json)> {
    j.get(key)
        .and_then(Json::as_object)
        .map(|o| o.iter().collect())
        .unwrap_or_default()
}

/// boto3's attribute names of a resource (`ResourceModel.get_attributes` after
/// `load_rename_map`): the data shape's members, `snake_case`, identifiers left out, a
/// name another method takes suffixed `_attribute`.
fn attributes(def: &Json, shapes: &Json) -> Vec<String> {
    let Some(shape) = def.get("shape").and_then(Json::as_str) else {
        return Vec::new();
    };
    let mut names: BTreeSet<String> = BTreeSet::from(["meta".to_owned()]);
    if def.get("load").is_some() {
        names.insert("load".into());
    }
    let add = |names: &mut BTreeSet<String>, n: String| -> String {
        if names.insert(n.clone()) {
            return n;
        }
        let r = format!("{n}_attribute");
        names.insert(r.clone());
        r
    };
    let ids: Vec<String> = def
        .get("identifiers")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
        .filter_map(|i| i.get("name").and_then(Json::as_str).map(snake))
        .collect();
    for id in &ids {
        add(&mut names, id.clone());
    }
    for (a, _) in obj(def, "actions") {
        add(&mut names, snake(a));
    }
    for (h, v) in obj(def, "has") {
        let data = v["resource"]["identifiers"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|i| i.get("source").and_then(Json::as_str) == Some("data"));
        add(&mut names, if data { snake(h) } else { h.clone() });
    }
    for (h, _) in obj(def, "hasMany") {
        add(&mut names, snake(h));
    }
    for (w, _) in obj(def, "waiters") {
        add(&mut names, snake(&format!("WaitUntil{w}")));
    }
    let mut out = Vec::new();
    for (m, _) in obj(&shapes[shape], "members") {
        let s = snake(m);
        let renamed = add(&mut names, s.clone());
        if !ids.contains(&s) {
            out.push(renamed);
        }
    }
    out
}

/// `(present, in the model)` per kind, and what is missing.
fn coverage(service: &str, model: &Json, shapes: &Json) -> (Vec<(usize, usize)>, Vec<String>) {
    let declared = declarations(service);
    let empty = Declared::default();
    let mut counts = vec![(0, 0); KINDS.len()];
    let mut missing = Vec::new();
    let mut all: Vec<(String, &Json)> = vec![(service_type(service), &model["service"])];
    all.extend(
        obj(model, "resources")
            .into_iter()
            .map(|(n, d)| (n.clone(), d)),
    );
    for (name, def) in all {
        let d = declared.get(&name).filter(|d| {
            d.helpers.len() + d.identifiers.len() > 0
                || d.service
                || !d.attributes.is_empty()
                || d.load
        });
        let mut check = |kind: usize, item: String, ok: bool| {
            counts[kind].1 += 1;
            if ok {
                counts[kind].0 += 1;
            } else {
                missing.push(format!("{}: {name}.{item}", KINDS[kind]));
            }
        };
        let found = declared.contains_key(&name) && d.is_some();
        check(0, String::new(), found);
        let d = d.unwrap_or(&empty);
        let has = |key: &str, n: &str| {
            d.helpers.get(key).is_some_and(|s| s.contains(n)) || d.methods.contains(n)
        };
        for i in def
            .get("identifiers")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            let n = snake(i["name"].as_str().unwrap_or_default());
            check(1, n.clone(), d.identifiers.contains(&n));
        }
        for a in attributes(def, shapes) {
            check(2, a.clone(), d.attributes.contains(&a));
        }
        if def.get("load").is_some() {
            check(3, "load".into(), d.load || d.methods.contains("load"));
        }
        for (a, _) in obj(def, "actions") {
            check(3, snake(a), has("action", &snake(a)));
        }
        for (a, _) in obj(def, "batchActions") {
            let n = snake(a);
            let ok = d
                .helpers
                .get("batch_action")
                .is_some_and(|s| s.contains(&n))
                || d.batch_methods.contains(&n);
            check(4, n, ok);
        }
        for (h, _) in obj(def, "has") {
            let n = snake(h);
            check(5, n.clone(), has("subresource", &n) || has("reference", &n));
        }
        for (h, _) in obj(def, "hasMany") {
            check(6, snake(h), has("collection", &snake(h)));
        }
        for (w, _) in obj(def, "waiters") {
            let n = snake(w);
            let ok = has("waiter", &n) || d.methods.contains(&format!("wait_until_{n}"));
            check(7, n, ok);
        }
    }
    (counts, missing)
}

/// boto3's and botocore's `data/`, or `None` (printed) outside CI when boto3 is missing.
fn data_dirs() -> Option<(PathBuf, PathBuf)> {
    match (
        boto_codegen::boto3_data_dir(),
        boto_codegen::botocore_data_dir(),
    ) {
        (Ok(b3), Ok(bc)) => Some((b3, bc)),
        (Err(e), _) | (_, Err(e)) => {
            assert!(
                !testkit::in_ci(),
                "{e}: run scripts/install-moto.sh (required under CI=true)"
            );
            eprintln!("skipping: {e}; scripts/install-moto.sh installs it");
            None
        }
    }
}

#[test]
fn boto3_resource_models_are_declared() {
    let Some((boto3, botocore)) = data_dirs() else {
        return;
    };
    let mut incomplete = Vec::new();
    for &(service, required) in SERVICES {
        let model = boto_codegen::read_resources(&boto3, service)
            .expect("resources-1.json")
            .unwrap_or_else(|| panic!("boto3 has no resources for {service}"));
        let model: Json = serde_json::from_slice(&model).expect("resources JSON");
        let inputs = boto_codegen::read_inputs(&botocore, service).expect("service-2.json");
        let doc: Json = serde_json::from_slice(&inputs.service).expect("service JSON");
        let (counts, missing) = coverage(service, &model, &doc["shapes"]);
        let line: Vec<String> = KINDS
            .iter()
            .zip(&counts)
            .map(|(k, (p, t))| format!("{k} {p}/{t}"))
            .collect();
        println!("{service}: {}", line.join(", "));
        if required && !missing.is_empty() {
            incomplete.push(format!("{service}: {}", missing.join("; ")));
        }
    }
    assert!(incomplete.is_empty(), "missing: {incomplete:#?}");
}
