//! The README's "Hand-writing a service" runs against moto, and the README shows exactly
//! the code that ran.

use boto_examples::hand_written;
use testkit::MotoServer;

#[test]
fn the_hand_written_service_runs_against_moto() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let session = testkit::moto_session!(&moto);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let seen = runtime
        .block_on(hand_written::run(&session))
        .unwrap_or_else(|e| panic!("the hand-written service failed: {e}"));
    assert!(seen.url.ends_with("/hand-written"), "{}", seen.url);
    assert!(seen.listed, "the collection lists the new queue");
    assert!(seen.message_id.is_some_and(|id| !id.is_empty()));
    assert_eq!(seen.messages.as_deref(), Some("1"));
}

/// The lines between `// ANCHOR: name` and `// ANCHOR_END: name`, their common indent
/// removed.
fn anchor(source: &str, name: &str) -> String {
    let start = format!("// ANCHOR: {name}");
    let end = format!("// ANCHOR_END: {name}");
    let lines: Vec<&str> = source
        .lines()
        .skip_while(|l| l.trim() != start)
        .skip(1)
        .take_while(|l| l.trim() != end)
        .collect();
    assert!(!lines.is_empty(), "no anchor {name}");
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The ```rust blocks of the README section `heading`.
fn readme_blocks(readme: &str, heading: &str) -> Vec<String> {
    let section: Vec<&str> = readme
        .lines()
        .skip_while(|l| l.trim() != heading)
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .collect();
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in section {
        match (&mut current, line.trim()) {
            (None, "```rust") => current = Some(Vec::new()),
            (Some(block), "```") => {
                blocks.push(block.join("\n"));
                current = None;
            }
            (Some(block), _) => block.push(line.trim_end()),
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn the_readme_shows_the_code_that_runs() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let source = std::fs::read_to_string(format!("{root}/src/hand_written.rs")).unwrap();
    let blocks = readme_blocks(&readme, "## Hand-writing a service");
    assert_eq!(
        blocks,
        [anchor(&source, "declarations"), anchor(&source, "run")],
        "README.md's \"Hand-writing a service\" differs from src/hand_written.rs"
    );
}
