//! `boto-codegen SERVICE... --out DIR [--data DIR]`: writes `DIR/<service>.rs` for each
//! botocore service folder name, and the service's endpoint rule set beside it
//! (`DIR/<service>/endpoint-rule-set.json`), which the module includes. `--nested` writes
//! `DIR/<service>/client.rs` instead, a submodule of a hand-written `DIR/<service>.rs`;
//! `--reserve A,B` gives shapes named `A` or `B` the suffix `Shape`; `--use NAME=PATH`
//! imports a hand-written type for the shape `NAME`; `--plain-lists` types optional list
//! members as `Vec<T>` (see `boto_codegen::Options`).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: boto-codegen SERVICE... --out DIR [--data DIR] [--nested] [--resources] [--reserve A,B] [--use NAME=PATH] [--plain-received] [--plain S.M,..] [--plain-lists] [--by-hand R.a,..]\n\
    SERVICE is a folder of botocore's data/ (secretsmanager, kinesis, s3);\n\
    --data defaults to the installed botocore's data/ folder;\n\
    --nested writes DIR/SERVICE/client.rs, a submodule of a hand-written DIR/SERVICE.rs;\n\
    --resources also writes DIR/SERVICE/resources.rs from boto3's resources-1.json (implies --nested);\n\
    --reserve gives shapes named A or B the suffix Shape (names of hand-written resources);\n\
    --use imports PATH for the shape NAME instead of generating it (a hand-written type);\n\
    --plain-received types optional lists and maps of shapes only received as Vec/HashMap;\n\
    --plain S.M types the optional member M of shape S plainly (its Default when absent);\n\
    --plain-lists types optional list members as Vec<T>, empty when absent;\n\
    --by-hand leaves out the actions R.a of resources.rs that the service's module writes by hand.";

fn main() -> ExitCode {
    let mut services = Vec::new();
    let mut out = None;
    let mut data = None;
    let mut options = boto_codegen::Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--data" => data = args.next().map(PathBuf::from),
            "--nested" => options.nested = true,
            "--resources" => options.resources = true,
            "--plain-received" => options.plain_received = true,
            "--plain" => match args.next() {
                Some(members) => options.plain.extend(
                    members
                        .split(',')
                        .filter(|m| !m.is_empty())
                        .map(str::to_owned),
                ),
                None => {
                    eprintln!("--plain takes a list of Shape.Member\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--plain-lists" => options.plain_lists = true,
            "--use" => match args.next().as_deref().and_then(|u| u.split_once('=')) {
                Some((name, path)) if !name.is_empty() && !path.is_empty() => {
                    options.uses.push((name.to_owned(), path.to_owned()))
                }
                _ => {
                    eprintln!("--use takes NAME=PATH\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--by-hand" => match args.next() {
                Some(names) => options.by_hand.extend(
                    names
                        .split(',')
                        .filter(|n| !n.is_empty())
                        .map(str::to_owned),
                ),
                None => {
                    eprintln!("--by-hand takes a list of Resource.action\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--reserve" => match args.next() {
                Some(names) => options.reserve.extend(
                    names
                        .split(',')
                        .filter(|n| !n.is_empty())
                        .map(str::to_owned),
                ),
                None => {
                    eprintln!("--reserve takes a list of names\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => services.push(arg),
        }
    }
    let Some(out) = out.filter(|_| !services.is_empty()) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let data = match data.map_or_else(boto_codegen::botocore_data_dir, Ok) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("boto-codegen: {e}; pass --data DIR");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("boto-codegen: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    // A closed stdout (`| head`) is not an error of the generation.
    let mut stdout = std::io::stdout().lock();
    for service in &services {
        match boto_codegen::render_files_with(&data, service, &options) {
            Ok((files, stats)) => {
                let path = out.join(options.module_file(service));
                if let Err(e) = write_files(&out, &files) {
                    eprintln!("boto-codegen: {e}");
                    failed = true;
                    continue;
                }
                let _ = writeln!(
                    stdout,
                    "{}: operations {}/{}, paginators {}/{}, waiters {}/{}",
                    path.display(),
                    stats.operations.0,
                    stats.operations.1,
                    stats.paginators.0,
                    stats.paginators.1,
                    stats.waiters.0,
                    stats.waiters.1
                );
                for s in stats.skipped.iter().chain(&stats.notes) {
                    let _ = writeln!(stdout, "  {s}");
                }
            }
            Err(e) => {
                eprintln!("boto-codegen: {service}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes each `(relative path, contents)` under `out`, creating folders as needed.
fn write_files(out: &std::path::Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    for (rel, contents) in files {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
