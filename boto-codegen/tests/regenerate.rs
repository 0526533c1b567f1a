//! The committed generated modules (boto-services' generated services in
//! `boto-services/src/`, the example's in `src/aws/`) and their endpoint rule sets are
//! exactly what the `boto-codegen` binary writes from the pinned botocore
//! (`scripts/install-moto.sh`), as `scripts/generate.sh` runs it; and what each covers of
//! its model.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The services `scripts/generate.sh` generates (`NAME="svc svc .."`), each list with the
/// folder it writes to.
fn generated() -> Vec<(&'static str, Vec<String>)> {
    let script = std::fs::read_to_string(workspace().join("scripts/generate.sh"))
        .expect("scripts/generate.sh");
    let list = |name: &str| -> Vec<String> {
        let line = script
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("{name}= in scripts/generate.sh"));
        line.trim_matches('"')
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    vec![
        ("boto-services/src", list("SHIPPED")),
        ("src/aws", list("EXAMPLE")),
    ]
}

/// The services `scripts/generate.sh` generates nested (`NESTED="svc .."`), each with its
/// flags (`NESTED_FLAGS_svc="--reserve A,B"`): boto-services' services with hand-written
/// code on top.
fn nested() -> Vec<(String, boto_codegen::Options)> {
    let script = std::fs::read_to_string(workspace().join("scripts/generate.sh"))
        .expect("scripts/generate.sh");
    let value = |name: &str| {
        script
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .map(|v| v.trim_matches('"').to_owned())
    };
    let list = value("NESTED").expect("NESTED= in scripts/generate.sh");
    list.split_whitespace()
        .map(|svc| {
            let mut options = boto_codegen::Options {
                nested: true,
                ..Default::default()
            };
            let flags = value(&format!("NESTED_FLAGS_{svc}")).unwrap_or_default();
            let mut words = flags.split_whitespace();
            while let Some(w) = words.next() {
                match w {
                    "--resources" => options.resources = true,
                    "--plain-received" => options.plain_received = true,
                    "--plain-lists" => options.plain_lists = true,
                    _ => {}
                }
                if matches!(w, "--resources" | "--plain-received" | "--plain-lists") {
                    continue;
                }
                match (w, words.next()) {
                    ("--reserve", Some(names)) => {
                        options.reserve.extend(names.split(',').map(str::to_owned))
                    }
                    ("--plain", Some(members)) => {
                        options.plain.extend(members.split(',').map(str::to_owned))
                    }
                    ("--by-hand", Some(names)) => {
                        options.by_hand.extend(names.split(',').map(str::to_owned))
                    }
                    ("--use", Some(u)) => {
                        let (name, path) = u.split_once('=').expect("--use NAME=PATH");
                        options.uses.push((name.to_owned(), path.to_owned()));
                    }
                    _ => panic!("NESTED_FLAGS_{svc}: unknown flags {flags:?}"),
                }
            }
            (svc.to_owned(), options)
        })
        .collect()
}

/// Every service of [`generated`] and [`nested`].
fn all_services() -> Vec<String> {
    generated()
        .into_iter()
        .flat_map(|(_, s)| s)
        .chain(nested().into_iter().map(|(s, _)| s))
        .collect()
}

/// The nested modules (`boto-services/src/<svc>/client.rs`) and their rule sets are what
/// `boto-codegen <svc> --nested <flags>` writes.
#[test]
fn nested_modules_match_a_fresh_generation() {
    let Some(data) = pinned_data() else { return };
    for (service, options) in nested() {
        let out = Scratch::new(&format!("nested-{service}"));
        let mut args = vec![service.clone()];
        args.extend(options.flags().split_whitespace().map(String::from));
        run_codegen(&args, &out, &data);
        let module = options.module_file(&service);
        let resources = options.resources_file(&service);
        for file in [
            Some(&module),
            Some(&options.rules_file(&service)),
            resources.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            let fresh = std::fs::read_to_string(out.0.join(file)).expect("a written file");
            let committed_path = workspace().join("boto-services/src").join(file);
            let committed = std::fs::read_to_string(&committed_path)
                .unwrap_or_else(|e| panic!("{}: {e}", committed_path.display()));
            assert!(
                fresh == committed,
                "{} differs from a fresh generation ({}); regenerate with `scripts/generate.sh`",
                committed_path.display(),
                first_difference(&committed, &fresh),
            );
        }
        let code = std::fs::read_to_string(out.0.join(&module)).expect("module");
        assert!(code.contains("endpoint_rules = include_str!(\"endpoint-rule-set.json\")"));
        // The reserved names are left to the hand-written code.
        for name in &options.reserve {
            assert!(
                !code.contains(&format!("pub struct {name} ")),
                "{service}: {name}"
            );
        }
        // A hand-written shape is imported, not generated.
        for (name, path) in &options.uses {
            assert!(
                code.contains(&format!("\nuse {path};\n")),
                "{service}: {path}"
            );
            assert!(
                !code.contains(&format!("pub struct {name} ")),
                "{service}: {name}"
            );
            assert!(
                !code.contains(&format!("pub enum {name} ")),
                "{service}: {name}"
            );
        }
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

/// botocore's version as `scripts/install-moto.sh` pins it.
fn pinned_botocore() -> String {
    let script = std::fs::read_to_string(workspace().join("scripts/install-moto.sh"))
        .expect("scripts/install-moto.sh");
    script
        .lines()
        .find_map(|l| l.strip_prefix("BOTOCORE_VERSION="))
        .expect("BOTOCORE_VERSION= in scripts/install-moto.sh")
        .trim()
        .to_owned()
}

/// The pinned botocore's `data/`, or `None` (with the reason printed) outside CI when it is
/// missing or at another version; under `CI=true` either is a failure.
fn pinned_data() -> Option<PathBuf> {
    let pin = pinned_botocore();
    let why = match boto_codegen::botocore_version() {
        Some(v) if v == pin => return Some(boto_codegen::botocore_data_dir().expect("botocore")),
        Some(v) => format!("botocore {v} is installed, the pin is {pin}"),
        None => format!("botocore is not installed (the pin is {pin})"),
    };
    assert!(
        !testkit::in_ci(),
        "{why}: run scripts/install-moto.sh (required under CI=true)"
    );
    eprintln!("skipping: {why}; scripts/install-moto.sh installs it");
    None
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("boto-codegen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs boto-codegen with `args`, writing into `out` from the models in `data`; a failure
/// fails the test.
fn run_codegen<S: AsRef<std::ffi::OsStr>>(args: &[S], out: &Scratch, data: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_boto-codegen"))
        .args(args)
        .arg("--out")
        .arg(&out.0)
        .arg("--data")
        .arg(data)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run boto-codegen");
    let args: Vec<_> = args.iter().map(|a| a.as_ref().to_string_lossy()).collect();
    assert!(
        status.success(),
        "boto-codegen {} failed: {status}",
        args.join(" ")
    );
}

fn first_difference(a: &str, b: &str) -> String {
    for (n, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  committed: {x}\n  generated: {y}", n + 1);
        }
    }
    format!(
        "lengths differ: committed {} lines ({} bytes), generated {} lines ({} bytes)",
        a.lines().count(),
        a.len(),
        b.lines().count(),
        b.len()
    )
}

#[test]
fn committed_modules_match_a_fresh_generation() {
    let Some(data) = pinned_data() else { return };
    for (folder, services) in generated() {
        assert!(!services.is_empty(), "{folder}: no services listed");
        let out = Scratch::new("regen");
        run_codegen(&services, &out, &data);
        for service in &services {
            let module = boto_codegen::module_file(service);
            let rules = boto_codegen::rules_file(service);
            for file in [&module, &rules] {
                let fresh = std::fs::read_to_string(out.0.join(file)).expect("a written file");
                let committed_path = workspace().join(folder).join(file);
                let committed = std::fs::read_to_string(&committed_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", committed_path.display()));
                assert!(
                    fresh == committed,
                    "{} differs from a fresh generation ({}); regenerate with \
                     `scripts/generate.sh`",
                    committed_path.display(),
                    first_difference(&committed, &fresh),
                );
            }
            // Formatted already: rustfmt leaves it as it is.
            let code = std::fs::read_to_string(out.0.join(&module)).expect("module");
            assert_eq!(boto_codegen::rustfmt(&code).expect("rustfmt"), code);
            assert!(
                code.contains(&format!("endpoint_rules = include_str!({rules:?})")),
                "{service}: the client reads its rule set"
            );
        }
        // Nothing else was written: the comparison covers every file.
        let mut written = Vec::new();
        let mut stack = vec![out.0.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read_dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    written.push(path);
                }
            }
        }
        assert_eq!(written.len(), 2 * services.len(), "{written:?}");
    }
}

/// Each shipped service is a feature of boto-services, declared as a module under it, and
/// in the `generated` feature; nothing generated is left behind in `src/aws`.
#[test]
fn shipped_services_are_features_and_modules() {
    let root = workspace();
    let manifest =
        std::fs::read_to_string(root.join("boto-services/Cargo.toml")).expect("manifest");
    let lib = std::fs::read_to_string(root.join("boto-services/src/lib.rs")).expect("lib.rs");
    let aws = std::fs::read_to_string(root.join("src/aws.rs")).expect("src/aws.rs");
    let (_, shipped) = &generated()[0];
    let (_, example) = &generated()[1];
    let group = manifest
        .split_once("\ngenerated = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(group, _)| group)
        .expect("a `generated` feature");
    for service in shipped {
        let module = service.replace('-', "_");
        assert!(
            manifest.contains(&format!("\n{service} = []\n")),
            "feature {service}"
        );
        assert!(
            group.contains(&format!("{service:?}")),
            "{service} in `generated`"
        );
        assert!(
            lib.contains(&format!("#[cfg(feature = {service:?})]\npub mod {module};")),
            "module {module}"
        );
        assert!(
            !example.contains(service),
            "{service} is shipped, not an example"
        );
    }
    for service in example {
        assert!(aws.contains(&format!("pub mod {};", service.replace('-', "_"))));
    }
}

#[test]
fn generation_is_deterministic() {
    let Some(data) = pinned_data() else { return };
    for service in &all_services() {
        let inputs = boto_codegen::read_inputs(&data, service).expect("inputs");
        let (a, _) = boto_codegen::generate(service, &inputs).expect("generate");
        let (b, _) = boto_codegen::generate(service, &inputs).expect("generate");
        assert!(a == b, "{service}: two generations differ");
    }
}

#[test]
fn coverage_per_service() {
    let Some(data) = pinned_data() else { return };
    for service in &all_services() {
        let (_, s) = boto_codegen::render(&data, service).expect("render");
        println!(
            "{service}: operations {}/{}, paginators {}/{}, waiters {}/{}",
            s.operations.0,
            s.operations.1,
            s.paginators.0,
            s.paginators.1,
            s.waiters.0,
            s.waiters.1
        );
        for line in s.skipped.iter().chain(&s.notes) {
            println!("  {line}");
        }
        assert!(s.operations.1 > 0, "{service}: the model has operations");
        assert_eq!(s.operations.0, s.operations.1, "{service}: every operation");
        // Every waiter, with every acceptor: nothing is left out.
        assert_eq!(
            s.waiters.0, s.waiters.1,
            "{service}: every waiter: {:?}",
            s.skipped
        );
        let left_out: Vec<_> = s
            .skipped
            .iter()
            .chain(&s.notes)
            .filter(|l| l.starts_with("waiter "))
            .collect();
        assert!(left_out.is_empty(), "{service}: {left_out:?}");
        assert_eq!(
            s.paginators.0, s.paginators.1,
            "{service}: every paginator: {:?}",
            s.skipped
        );
    }
}

/// A model folder written by the test: `data/svc/2020-01-01/*.json`.
fn fake_data(name: &str, service: &str, paginators: Option<&str>) -> Scratch {
    let dir = Scratch::new(name);
    let version = dir.0.join("svc/2020-01-01");
    std::fs::create_dir_all(&version).expect("mkdir");
    std::fs::write(version.join("service-2.json"), service).expect("write");
    if let Some(p) = paginators {
        std::fs::write(version.join("paginators-1.json"), p).expect("write");
    }
    dir
}

#[test]
fn bad_models_are_errors_not_panics() {
    let ok_service = r#"{"metadata":{"protocol":"json","jsonVersion":"1.0","apiVersion":"2020-01-01",
        "endpointPrefix":"svc","targetPrefix":"Svc"},
        "operations":{"ListThings":{"name":"ListThings","input":{"shape":"In"},"output":{"shape":"Out"}}},
        "shapes":{"In":{"type":"structure","members":{"Token":{"shape":"S"}}},
                  "Out":{"type":"structure","members":{"Next":{"shape":"S"},"Things":{"shape":"L"}}},
                  "L":{"type":"list","member":{"shape":"S"}},"S":{"type":"string"}}}"#;
    for (what, service, paginators) in [
        ("truncated JSON", "{\"metadata\":", None),
        ("no metadata", "{}", None),
        (
            "unknown protocol",
            r#"{"metadata":{"protocol":"smoke"},"shapes":{}}"#,
            None,
        ),
        (
            "a dangling shape",
            r#"{"metadata":{"protocol":"json"},"operations":{"A":{"input":{"shape":"Nope"}}},"shapes":{}}"#,
            None,
        ),
        ("malformed paginators", ok_service, Some("[1,")),
    ] {
        let data = fake_data("bad", service, paginators);
        let got = boto_codegen::render(&data.0, "svc");
        assert!(got.is_err(), "{what}: {got:?}");
    }
    for name in ["", "../svc", "/etc", "nope"] {
        let data = fake_data("names", ok_service, None);
        assert!(boto_codegen::render(&data.0, name).is_err(), "{name:?}");
    }
    // A token along a path is a closure reading it.
    let data = fake_data(
        "pag",
        ok_service,
        Some(
            r#"{"pagination":{"ListThings":{"input_token":"Token","output_token":"Things[-1]","result_key":"Things"}}}"#,
        ),
    );
    let (code, stats) = boto_codegen::render(&data.0, "svc").expect("render");
    assert_eq!(stats.paginators, (1, 1));
    assert!(
        code.contains(
            "output_token = |o: &Out| Some(o).and_then(|x| x.things.as_ref()).and_then(|x| x.last()).cloned()"
        ),
        "{code}"
    );
    // Alternatives: the first present (S3's `NextMarker || Contents[-1].Key`).
    let data = fake_data(
        "pag-or",
        ok_service,
        Some(
            r#"{"pagination":{"ListThings":{"input_token":"Token","output_token":"Next || Things[-1]","result_key":"Things"}}}"#,
        ),
    );
    let (code, stats) = boto_codegen::render(&data.0, "svc").expect("render");
    assert_eq!(stats.paginators, (1, 1));
    assert!(
        code.contains(
            "output_token = |o: &Out| Some(o).and_then(|x| x.next.as_ref()).or_else(|| Some(o).and_then(|x| x.things.as_ref()).and_then(|x| x.last())).cloned()"
        ),
        "{code}"
    );
    // A path the macros cannot read (a filter, a missing member, alternatives of another
    // type) is left out, with its reason.
    for (token, why) in [
        ("Things[?x]", "is not a field or `[-1]`"),
        ("Next || Things[0]", "is not a field or `[-1]`"),
        ("Nope[-1]", "`Out` has no member `Nope`"),
        ("Next[-1]", "indexes `Next`, not a list"),
        ("Next || Things", "is a Vec<String>"),
    ] {
        let pag = format!(
            r#"{{"pagination":{{"ListThings":{{"input_token":"Token","output_token":"{token}"}}}}}}"#
        );
        let data = fake_data("pag1", ok_service, Some(&pag));
        let (code, stats) = boto_codegen::render(&data.0, "svc").expect("render");
        assert_eq!(stats.paginators, (0, 1), "{token}");
        assert!(code.contains("// No paginator:"), "{code}");
        assert!(
            stats.skipped[0].contains(why),
            "{token}: {:?}",
            stats.skipped
        );
    }
    let data = fake_data(
        "pag2",
        ok_service,
        Some(
            r#"{"pagination":{"ListThings":{"input_token":"Token","output_token":"Next","result_key":"Things"}}}"#,
        ),
    );
    let (code, stats) = boto_codegen::render(&data.0, "svc").expect("render");
    assert_eq!(stats.paginators, (1, 1));
    assert!(
        code.contains("#[op(paginate(input_token = token, output_token = next, items = things))]"),
        "{code}"
    );
}

#[test]
fn command_line_errors() {
    let bin = env!("CARGO_BIN_EXE_boto-codegen");
    let out = Command::new(bin).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "no arguments: usage");
    let data = Scratch::new("cli");
    let out = Command::new(bin)
        .args(["nosuchservice", "--out"])
        .arg(data.0.join("out"))
        .arg("--data")
        .arg(&data.0)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nosuchservice"), "{stderr}");
}

/// `--by-hand Resource.action` leaves an action of boto3's model out of `resources.rs`
/// (the service's module writes it) and names it in the module's header.
#[test]
fn by_hand_actions_are_left_out_of_resources() {
    let Some(data) = pinned_data() else { return };
    let generate = |extra: &[&str]| {
        let out = Scratch::new(&format!("by-hand-{}", extra.len()));
        let mut args = vec!["dynamodb", "--resources"];
        args.extend(extra);
        run_codegen(&args, &out, &data);
        std::fs::read_to_string(out.0.join("dynamodb/resources.rs")).expect("resources.rs")
    };
    let all = generate(&[]);
    assert!(all.contains("#[action(query = query)]"), "{all}");
    assert!(!all.contains("--by-hand"), "{all}");
    let some = generate(&["--by-hand", "Table.query"]);
    assert!(!some.contains("#[action(query = query)]"), "{some}");
    assert!(some.contains("#[action(scan = scan)]"), "{some}");
    assert!(
        some.contains("//! Written by hand in the service's module (`--by-hand`): `Table.query`."),
        "{some}"
    );
}

/// `--reserve` renames a shape with the suffix `Shape` (its wire name kept); `--use`
/// imports a hand-written type for a shape and generates none; `--nested` writes
/// `<svc>/client.rs`, whose rule set is beside it.
#[test]
fn options_reserve_use_and_nest() {
    let service = r#"{"metadata":{"protocol":"json","jsonVersion":"1.0","apiVersion":"2020-01-01",
        "endpointPrefix":"svc","targetPrefix":"Svc"},
        "operations":{"GetThing":{"name":"GetThing","input":{"shape":"In"},"output":{"shape":"Thing"}}},
        "shapes":{"In":{"type":"structure","members":{"Value":{"shape":"V"}}},
                  "Thing":{"type":"structure","members":{"Value":{"shape":"V"}}},
                  "V":{"type":"structure","members":{"S":{"shape":"S"}},"union":true},
                  "S":{"type":"string"}}}"#;
    let data = fake_data("options", service, None);
    let inputs = boto_codegen::read_inputs(&data.0, "svc").expect("inputs");
    let options = boto_codegen::Options {
        nested: true,
        reserve: vec!["Thing".into()],
        uses: vec![("V".into(), "super::Value".into())],
        ..Default::default()
    };
    let (code, _) = boto_codegen::generate_with("svc", &inputs, &options).expect("generate");
    assert!(
        code.contains("#[shape(name = \"Thing\")]\npub struct ThingShape {"),
        "{code}"
    );
    assert!(code.contains("get_thing: Op<In, ThingShape>"), "{code}");
    assert!(code.contains("use super::Value;\n"), "{code}");
    assert!(code.contains("pub value: Option<Value>"), "{code}");
    assert!(!code.contains("pub enum V "), "{code}");
    assert!(code.contains("--nested --reserve Thing --use V=super::Value --out DIR"));
    assert_eq!(options.module_file("svc"), "svc/client.rs");
    assert_eq!(options.rules_file("svc"), "svc/endpoint-rule-set.json");
    // Without options, the same model generates both shapes under their own names.
    let (plain, _) = boto_codegen::generate("svc", &inputs).expect("generate");
    assert!(
        plain.contains("pub struct Thing {") && plain.contains("pub enum V {"),
        "{plain}"
    );
}

/// A blob marked `streaming` on the member referring to it (S3's `Body`) is the streamed
/// payload (`ByteStream`), and bytes elsewhere; an event stream is generated marked
/// `#[shape(event_stream)]`, its operation kept (refused when called).
#[test]
fn streaming_members_and_event_streams() {
    let service = r#"{"metadata":{"protocol":"rest-xml","apiVersion":"2020-01-01","endpointPrefix":"svc"},
        "operations":{
          "GetThing":{"name":"GetThing","http":{"method":"GET","requestUri":"/{Id}"},
                      "input":{"shape":"In"},"output":{"shape":"Out"}},
          "Watch":{"name":"Watch","http":{"method":"GET","requestUri":"/w"},"output":{"shape":"WatchOut"}}},
        "shapes":{
          "In":{"type":"structure","required":["Id"],"members":{"Id":{"shape":"S","location":"uri","locationName":"Id"}}},
          "Out":{"type":"structure","payload":"Body","members":{"Body":{"shape":"B","streaming":true}}},
          "WatchOut":{"type":"structure","payload":"Events","members":{"Events":{"shape":"Events"}}},
          "Events":{"type":"structure","eventstream":true,"members":{"Chunk":{"shape":"Chunk"}}},
          "Chunk":{"type":"structure","event":true,"members":{"Bytes":{"shape":"B","eventpayload":true}}},
          "B":{"type":"blob"},"S":{"type":"string"}}}"#;
    let data = fake_data("streams", service, None);
    let (code, stats) = boto_codegen::render(&data.0, "svc").expect("render");
    assert_eq!(stats.operations, (2, 2));
    assert!(code.contains("pub body: ByteStream,"), "{code}");
    assert!(code.contains("pub bytes: Option<Blob>,"), "{code}");
    assert!(
        code.contains("#[shape(event_stream)]\npub struct Events {"),
        "{code}"
    );
    assert!(code.contains("watch: Op<(), WatchOut>"), "{code}");
}

/// `--plain-received`: lists and maps of shapes no operation sends are plain (empty when
/// absent), those of sent shapes stay `Option`; `--plain S.M` types one member plainly; a
/// `--plain` naming no member is an error.
#[test]
fn plain_received_and_plain_members() {
    let service = r#"{"metadata":{"protocol":"json","jsonVersion":"1.0","apiVersion":"2020-01-01",
        "endpointPrefix":"svc","targetPrefix":"Svc"},
        "operations":{"Get":{"name":"Get","input":{"shape":"In"},"output":{"shape":"Out"}}},
        "shapes":{"In":{"type":"structure","members":{"Tags":{"shape":"TagList"}}},
                  "Out":{"type":"structure","members":{"Tags":{"shape":"TagList"},
                      "Names":{"shape":"Names"},"Meta":{"shape":"Meta"},"Key":{"shape":"S"},
                      "Etag":{"shape":"S"}}},
                  "TagList":{"type":"list","member":{"shape":"Tag"}},
                  "Tag":{"type":"structure","members":{"Values":{"shape":"Names"}}},
                  "Names":{"type":"list","member":{"shape":"S"}},
                  "Meta":{"type":"map","key":{"shape":"S"},"value":{"shape":"S"}},
                  "S":{"type":"string"}}}"#;
    let data = fake_data("plain", service, None);
    let inputs = boto_codegen::read_inputs(&data.0, "svc").expect("inputs");
    let mut options = boto_codegen::Options {
        plain_received: true,
        plain: vec!["Out.Key".into()],
        ..Default::default()
    };
    let (code, _) = boto_codegen::generate_with("svc", &inputs, &options).expect("generate");
    let field = |name: &str| {
        code.lines()
            .find(|l| l.trim_start().starts_with(&format!("pub {name}:")))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no field {name} in {code}"))
            .to_owned()
    };
    // `In` is sent, so `Tag` (reached from it) is too; `Out` is only received.
    assert!(
        code.contains("pub struct In {\n    /// `Tags`.\n    pub tags: Option<Vec<Tag>>,"),
        "{code}"
    );
    assert_eq!(field("values"), "pub values: Option<Vec<String>>,");
    assert!(
        code.contains("pub struct Out {\n    /// `Tags`.\n    pub tags: Vec<Tag>,"),
        "{code}"
    );
    assert_eq!(field("names"), "pub names: Vec<String>,");
    assert_eq!(field("meta"), "pub meta: HashMap<String, String>,");
    assert_eq!(field("key"), "pub key: String,");
    assert_eq!(field("etag"), "pub etag: Option<String>,");
    assert!(
        code.contains("--plain-received --plain Out.Key"),
        "the header names the flags"
    );

    options.plain = vec!["Out.Nope".into()];
    let err = boto_codegen::generate_with("svc", &inputs, &options).expect_err("no such member");
    assert!(err.to_string().contains("--plain Out.Nope"), "{err}");
}
