#!/usr/bin/env bash
# Cold release build time and stripped binary size of a small S3+SQS+DynamoDB app, written
# with boto-services and with the official SDK (aws-config, aws-sdk-s3, aws-sdk-sqs,
# aws-sdk-dynamodb, tokio), printed side by side (figures, never asserted).
#
#   scripts/build_cost.sh [both|ours|sdk|ec2|floor|all]     # default both
#
# `ec2` builds our app once more with EC2 added (its 765 operations, one call), `floor` an app
# with boto-core's dependencies and none of this workspace's code (one signed HTTPS request,
# an XML and a JSON body read: what the dependency graph alone costs), `all` builds ours,
# ours with EC2, the floor and the SDK's.
#
# Both apps are written to $BUILD_COST_DIR (default /tmp/boto-build-cost), outside the
# workspace, each with its own target dir there, and built with the same default release
# profile; sizes are of `strip`ped copies. The official SDK's cold build takes minutes and
# 2-3 GB of disk: KEEP_SDK_TARGET=1 keeps its target dir for scripts/peer_bench.sh, else it
# is deleted afterwards. WRITE_ONLY=1 only writes the two crates.
set -euo pipefail
export CARGO_INCREMENTAL=0
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BUILD_COST_DIR:-/tmp/boto-build-cost}
which=${1:-both}
mkdir -p "$work"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

# write_ours NAME FEATURES EC2_CALL
write_ours() {
    local dir=$work/$1
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "boto-app"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
boto-services = { path = "$root/boto-services", default-features = false, features = [$2] }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[workspace]
EOF
    cat >"$dir/src/main.rs" <<EOF
use boto_services::{core::Session, dynamodb, s3, sqs};

#[tokio::main]
async fn main() -> boto_services::core::Result<()> {
    let session = Session::builder().region("us-east-1").build()?;
    let s3 = s3::Client::new(&session);
    s3.put_object(s3::PutObjectRequest::new().bucket("b").key("k").body("hello"))
        .await?;
    let page = s3
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket("b"))
        .await?;
    println!("{} keys", page.contents.len());
    let queues = sqs::Client::new(&session)
        .list_queues(sqs::ListQueuesRequest::new())
        .await?;
    println!("{queues:?}");
    let tables = dynamodb::Client::new(&session)
        .list_tables(dynamodb::ListTablesInput::new())
        .await?;
    println!("{tables:?}");
$3
    Ok(())
}
EOF
    # Resolved as the workspace is.
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
}

write_sdk() {
    local dir=$work/sdk
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<'EOF'
[package]
name = "sdk-app"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
aws-config = { version = "1", features = ["behavior-version-latest"] }
aws-sdk-s3 = "1"
aws-sdk-sqs = "1"
aws-sdk-dynamodb = "1"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[workspace]
EOF
    cat >"$dir/src/main.rs" <<'EOF'
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::from_env()
        .region(aws_sdk_s3::config::Region::new("us-east-1"))
        .load()
        .await;
    let s3 = aws_sdk_s3::Client::new(&config);
    s3.put_object()
        .bucket("b")
        .key("k")
        .body(aws_sdk_s3::primitives::ByteStream::from_static(b"hello"))
        .send()
        .await?;
    let page = s3.list_objects_v2().bucket("b").send().await?;
    println!("{} keys", page.contents().len());
    let queues = aws_sdk_sqs::Client::new(&config).list_queues().send().await?;
    println!("{queues:?}");
    let tables = aws_sdk_dynamodb::Client::new(&config)
        .list_tables()
        .send()
        .await?;
    println!("{tables:?}");
    Ok(())
}
EOF
    # The newest releases, resolved once (scripts/peer_bench.sh reuses the build).
    [[ -f $dir/Cargo.lock ]] || (cd "$dir" && cargo generate-lockfile -q)
}

# The floor: boto-core's dependencies with the features it enables (the workspace's
# Cargo.toml), used the way boto-core uses them, and no code of this workspace.
write_floor() {
    local dir=$work/floor
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<'EOF'
[package]
name = "floor-app"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tokio = { version = "1", default-features = false, features = ["rt", "rt-multi-thread", "time", "net", "sync", "macros", "fs", "io-util", "process"] }
bytes = "1"
futures = { version = "0.3", default-features = false, features = ["std", "alloc"] }
http = "1"
http-body-util = "0.1"
hyper = { version = "1", default-features = false, features = ["client", "http1"] }
hyper-util = { version = "0.1", default-features = false, features = ["client-legacy", "http1", "tokio", "client-proxy"] }
hyper-rustls = { version = "0.27", default-features = false, features = ["ring", "http1", "tls12"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
webpki-roots = "1"
aws-sigv4 = { version = "1", default-features = false, features = ["sign-http", "http1"] }
aws-credential-types = { version = "1", default-features = false }
aws-smithy-runtime-api = { version = "1", default-features = false, features = ["client"] }
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["preserve_order"] }
quick-xml = "0.37"
percent-encoding = "2"
base64 = "0.23"
fastrand = "2"
tracing = { version = "0.1", default-features = false, features = ["std"] }
sha1 = { version = "0.11", default-features = false }
tower-service = "0.3"
pin-project-lite = "0.2"

[workspace]
EOF
    cat >"$dir/src/main.rs" <<'EOF'
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use base64::Engine as _;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use quick_xml::events::Event;
use sha1::Digest as _;
use std::time::SystemTime;

#[derive(serde::Deserialize)]
struct Doc {
    #[serde(rename = "TableNames", default)]
    table_names: Vec<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let tls = rustls::ClientConfig::builder_with_provider(
        rustls::crypto::ring::default_provider().into(),
    )
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .build();
    let client: Client<_, Full<bytes::Bytes>> = Client::builder(TokioExecutor::new()).build(https);
    let proxy = hyper_util::client::proxy::matcher::Matcher::from_env();
    let uri: http::Uri = "https://s3.us-east-1.amazonaws.com/b?list-type=2".parse()?;
    println!("proxied: {}", proxy.intercept(&uri).is_some());
    let key = percent_encoding::utf8_percent_encode("a b", percent_encoding::NON_ALPHANUMERIC);
    let mut request = http::Request::get(format!("{uri}&prefix={key}"))
        .header("x-amz-date", "20260101T000000Z")
        .body(Full::new(bytes::Bytes::new()))?;
    let identity = aws_credential_types::Credentials::new("AKID", "SECRET", None, None, "floor")
        .into();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("s3")
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()?
        .into();
    let headers: Vec<(&str, &str)> = request
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str(), v.to_str().unwrap_or("")))
        .collect();
    let signable = SignableRequest::new(
        request.method().as_str(),
        request.uri().to_string(),
        headers.into_iter(),
        SignableBody::Bytes(b""),
    )?;
    let (instructions, _) = sign(signable, &params)?.into_parts();
    instructions.apply_to_request_http1x(&mut request);
    let response = client.request(request).await?;
    let body = response.into_body().collect().await?.to_bytes();
    let mut reader = quick_xml::Reader::from_reader(&body[..]);
    let mut keys = 0;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) if e.name().as_ref() == b"Key" => keys += 1,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let doc: Doc = serde_json::from_slice(br#"{"TableNames":["t"]}"#)?;
    let config = tokio::fs::read_to_string("/nonexistent/config").await.unwrap_or_default();
    let out = tokio::process::Command::new("true").output().await?;
    tracing::info!(keys, "page");
    println!(
        "{keys} keys {:?} {} {} {} {}",
        doc.table_names,
        config.len(),
        out.status,
        base64::engine::general_purpose::STANDARD.encode(sha1::Sha1::digest(b"x")),
        fastrand::u32(..)
    );
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    Ok(())
}
EOF
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
}

# build NAME BIN: cold `cargo build --release` of $work/NAME into $work/NAME-target;
# sets $secs (wall), $cpu (user + system of cargo and every rustc, steadier than wall
# time on a shared machine) and $bytes (size of the stripped binary).
build() {
    local dir=$work/$1 target=$work/$1-target
    rm -rf "$target"
    mkdir -p "$target"
    local t0 t1
    t0=$(now)
    (cd "$dir" && CARGO_TARGET_DIR=$target /usr/bin/time -f '%U %S' -o "$target/cpu" \
        cargo build -q --release --bin "$2")
    t1=$(now)
    secs=$(secs "$t0" "$t1")
    cpu=$(python3 -c "u, s = open('$target/cpu').read().split()[-2:]; print(f'{float(u) + float(s):.0f}')")
    strip -o "$target/$2.stripped" "$target/release/$2"
    bytes=$(stat -c %s "$target/$2.stripped")
    echo "$1: cold release build $secs s wall, $cpu s CPU, stripped binary $bytes bytes" \
        "(load average before: $load)" >&2
}

features='"s3", "sqs", "dynamodb"'
ec2_call='    let vpcs = boto_services::ec2::Client::new(&session)
        .describe_vpcs(boto_services::ec2::DescribeVpcsRequest::new())
        .await?;
    println!("{vpcs:?}");'
if [[ ${WRITE_ONLY:-} == 1 ]]; then
    write_ours ours "$features" ""
    write_ours ours-ec2 "$features, \"ec2\"" "$ec2_call"
    write_floor
    write_sdk
    exit 0
fi
ours_secs=- ours_cpu=- ours_bytes=- sdk_secs=- sdk_cpu=- sdk_bytes=-
ec2_secs=- ec2_cpu=- ec2_bytes=-
floor_secs=- floor_cpu=- floor_bytes=-
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $which == both || $which == ours || $which == all ]]; then
    write_ours ours "$features" ""
    build ours boto-app
    ours_secs=$secs ours_cpu=$cpu ours_bytes=$bytes
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $which == ec2 || $which == all ]]; then
    write_ours ours-ec2 "$features, \"ec2\"" "$ec2_call"
    build ours-ec2 boto-app
    ec2_secs=$secs ec2_cpu=$cpu ec2_bytes=$bytes
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $which == floor || $which == all ]]; then
    write_floor
    build floor floor-app
    floor_secs=$secs floor_cpu=$cpu floor_bytes=$bytes
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $which == both || $which == sdk || $which == all ]]; then
    write_sdk
    build sdk sdk-app
    sdk_secs=$secs sdk_cpu=$cpu sdk_bytes=$bytes
    if [[ ${KEEP_SDK_TARGET:-} != 1 ]]; then rm -rf "$work/sdk-target"; fi
fi

mb() { [[ $1 == - ]] && echo - || python3 -c "print(f'{$1 / 1e6:.1f} MB')"; }
ratio() { [[ $1 == - || $2 == - ]] && echo - || python3 -c "print(f'{$1 / $2:.2f}')"; }
echo
printf '%-34s %14s %14s %8s\n' "S3+SQS+DynamoDB app" boto-services aws-sdk ratio
printf '%-34s %14s %14s %8s\n' "cold release build (wall s, $(nproc) cores)" "$ours_secs" "$sdk_secs" "$(ratio "$ours_secs" "$sdk_secs")"
printf '%-34s %14s %14s %8s\n' "cold release build (CPU s)" "$ours_cpu" "$sdk_cpu" "$(ratio "$ours_cpu" "$sdk_cpu")"
printf '%-34s %14s %14s %8s\n' "stripped binary" "$(mb "$ours_bytes")" "$(mb "$sdk_bytes")" "$(ratio "$ours_bytes" "$sdk_bytes")"
if [[ $ec2_secs != - ]]; then
    echo
    printf '%-34s %14s %14s %8s\n' "the same app + EC2 (ours only)" boto-services aws-sdk ratio
    printf '%-34s %14s %14s %8s\n' "cold release build (wall s)" "$ec2_secs" "$sdk_secs" "$(ratio "$ec2_secs" "$sdk_secs")"
    printf '%-34s %14s %14s %8s\n' "cold release build (CPU s)" "$ec2_cpu" "$sdk_cpu" "$(ratio "$ec2_cpu" "$sdk_cpu")"
    printf '%-34s %14s %14s %8s\n' "stripped binary" "$(mb "$ec2_bytes")" "$(mb "$sdk_bytes")" "$(ratio "$ec2_bytes" "$sdk_bytes")"
fi
if [[ $floor_secs != - ]]; then
    echo
    printf '%-34s %14s %14s %8s\n' "the dependencies alone (floor)" floor aws-sdk ratio
    printf '%-34s %14s %14s %8s\n' "cold release build (wall s)" "$floor_secs" "$sdk_secs" "$(ratio "$floor_secs" "$sdk_secs")"
    printf '%-34s %14s %14s %8s\n' "cold release build (CPU s)" "$floor_cpu" "$sdk_cpu" "$(ratio "$floor_cpu" "$sdk_cpu")"
    printf '%-34s %14s %14s %8s\n' "stripped binary" "$(mb "$floor_bytes")" "$(mb "$sdk_bytes")" "$(ratio "$floor_bytes" "$sdk_bytes")"
fi
