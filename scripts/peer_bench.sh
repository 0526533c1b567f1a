#!/usr/bin/env bash
# The same S3 workload run by boto-services and by the official SDK (aws-sdk-s3) against one
# loopback S3 stub, per-operation medians printed side by side (figures, never asserted).
#
#   scripts/peer_bench.sh [PUTS] [PAGES]      # default 500 and 50
#
# The stub (a few lines of tokio on 127.0.0.1, free port) answers PutObject with 200 and
# every ListObjectsV2 with one fixed page of 1000 keys, so the figures are client cost:
# building, signing, sending, reading and parsing. Both clients send path-style requests
# with static credentials, one at a time over a kept-alive connection, after a warm-up.
#
# The programs are added as extra binaries to the crates scripts/build_cost.sh writes to
# $BUILD_COST_DIR (default /tmp/boto-build-cost) and built in release in the same target
# dirs, so after `KEEP_SDK_TARGET=1 scripts/build_cost.sh` the SDK is not compiled again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BUILD_COST_DIR:-/tmp/boto-build-cost}
puts=${1:-500}
pages=${2:-50}
export BUILD_COST_DIR=$work
WRITE_ONLY=1 "$root/scripts/build_cost.sh"
mkdir -p "$work/ours/src/bin" "$work/sdk/src/bin"

cat >"$work/ours/src/bin/s3-stub.rs" <<'EOF'
//! A loopback S3 stub: PutObject → 200, ListObjectsV2 → one fixed page of 1000 keys.
//! Prints its port, then serves HTTP/1.1 keep-alive connections until killed.
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

fn page() -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult \
         xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bench</Name><Prefix></Prefix>\
         <KeyCount>1000</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>",
    );
    for i in 0..1000 {
        xml.push_str(&format!(
            "<Contents><Key>logs/2026/12/04/object-{i:06}.json</Key>\
             <LastModified>2026-12-04T20:00:00.000Z</LastModified>\
             <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>\
             <ChecksumAlgorithm>CRC32</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType>\
             <Size>{}</Size><StorageClass>STANDARD</StorageClass></Contents>",
            1000 + i
        ));
    }
    xml.push_str("</ListBucketResult>");
    xml
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    println!("{}", listener.local_addr()?.port());
    let list: &'static str = Box::leak(page().into_boxed_str());
    loop {
        let (sock, _) = listener.accept().await?;
        sock.set_nodelay(true)?;
        tokio::spawn(async move {
            let _ = serve(sock, list).await;
        });
    }
}

async fn serve(sock: tokio::net::TcpStream, list: &str) -> std::io::Result<()> {
    let (r, mut w) = sock.into_split();
    let mut r = BufReader::new(r);
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let method = line.split(' ').next().unwrap_or("").to_string();
        let (mut length, mut chunked, mut expect) = (0usize, false, false);
        loop {
            line.clear();
            if r.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let h = line.trim_end().to_ascii_lowercase();
            if h.is_empty() {
                break;
            }
            if let Some(v) = h.strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            } else if h.starts_with("transfer-encoding:") && h.contains("chunked") {
                chunked = true;
            } else if h.starts_with("expect:") && h.contains("100-continue") {
                expect = true;
            }
        }
        if expect {
            w.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
        }
        if chunked {
            loop {
                line.clear();
                r.read_line(&mut line).await?;
                let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or("0"), 16)
                    .unwrap_or(0);
                let mut chunk = vec![0; size + 2];
                r.read_exact(&mut chunk).await?;
                if size == 0 {
                    break;
                }
            }
        } else {
            let mut body = vec![0; length];
            r.read_exact(&mut body).await?;
        }
        let head = if method == "GET" {
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/xml\r\nx-amz-request-id: 1\r\n\
                 content-length: {}\r\n\r\n",
                list.len()
            )
        } else {
            "HTTP/1.1 200 OK\r\netag: \"9b2cf535f27731c974343645a3985328\"\r\n\
             x-amz-request-id: 1\r\ncontent-length: 0\r\n\r\n"
                .to_string()
        };
        w.write_all(head.as_bytes()).await?;
        if method == "GET" {
            w.write_all(list.as_bytes()).await?;
        }
    }
}
EOF

# Shared by both programs: per-op timing and the median.
timing='
fn median(mut v: Vec<std::time::Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1e6
}
'

cat >"$work/ours/src/bin/peer-bench.rs" <<EOF
use boto_services::core::{Credentials, Session};
use boto_services::s3;
use std::time::Instant;
$timing
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let endpoint = args.next().ok_or("endpoint")?;
    let puts: usize = args.next().ok_or("puts")?.parse()?;
    let pages: usize = args.next().ok_or("pages")?.parse()?;
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("AKIDBENCH", "bench-secret", None))
        .force_path_style(true)
        .build()?;
    let client = s3::Client::new(&session);
    let body = vec![b'x'; 1024];
    let put = || {
        client.put_object(
            s3::PutObjectRequest::new()
                .bucket("bench")
                .key("logs/object.json")
                .body(body.clone()),
        )
    };
    let list = || client.list_objects_v2(s3::ListObjectsV2Request::new().bucket("bench"));
    for _ in 0..20 {
        put().await?;
    }
    let mut times = Vec::with_capacity(puts);
    for _ in 0..puts {
        let t = Instant::now();
        put().await?;
        times.push(t.elapsed());
    }
    let put_us = median(times);
    for _ in 0..3 {
        list().await?;
    }
    let mut times = Vec::with_capacity(pages);
    for _ in 0..pages {
        let t = Instant::now();
        let page = list().await?;
        times.push(t.elapsed());
        let keys = page.contents.len();
        if keys != 1000 {
            return Err(format!("{keys} keys in the page").into());
        }
    }
    println!("{put_us:.1} {:.1}", median(times));
    Ok(())
}
EOF

cat >"$work/sdk/src/bin/peer-bench.rs" <<EOF
use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_s3::primitives::ByteStream;
use std::time::Instant;
$timing
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let endpoint = args.next().ok_or("endpoint")?;
    let puts: usize = args.next().ok_or("puts")?.parse()?;
    let pages: usize = args.next().ok_or("pages")?.parse()?;
    let config = aws_sdk_s3::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .credentials_provider(Credentials::new("AKIDBENCH", "bench-secret", None, None, "bench"))
        .force_path_style(true)
        .build();
    let client = aws_sdk_s3::Client::from_conf(config);
    let body = vec![b'x'; 1024];
    let put = || {
        client
            .put_object()
            .bucket("bench")
            .key("logs/object.json")
            .body(ByteStream::from(body.clone()))
            .send()
    };
    let list = || client.list_objects_v2().bucket("bench").send();
    for _ in 0..20 {
        put().await?;
    }
    let mut times = Vec::with_capacity(puts);
    for _ in 0..puts {
        let t = Instant::now();
        put().await?;
        times.push(t.elapsed());
    }
    let put_us = median(times);
    for _ in 0..3 {
        list().await?;
    }
    let mut times = Vec::with_capacity(pages);
    for _ in 0..pages {
        let t = Instant::now();
        let page = list().await?;
        times.push(t.elapsed());
        if page.contents().len() != 1000 {
            return Err(format!("{} keys in the page", page.contents().len()).into());
        }
    }
    println!("{put_us:.1} {:.1}", median(times));
    Ok(())
}
EOF

echo "== building (release; the SDK reuses $work/sdk-target if scripts/build_cost.sh kept it)" >&2
(cd "$work/ours" && CARGO_TARGET_DIR=$work/ours-target cargo build -q --release --bin s3-stub --bin peer-bench)
(cd "$work/sdk" && CARGO_TARGET_DIR=$work/sdk-target cargo build -q --release --bin peer-bench)

stub_out=$(mktemp)
"$work/ours-target/release/s3-stub" >"$stub_out" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -f "$stub_out"' EXIT
for _ in $(seq 50); do [[ -s $stub_out ]] && break; sleep 0.1; done
port=$(head -1 "$stub_out")
[[ -n $port ]] || { echo "the stub did not start" >&2; exit 1; }
endpoint=http://127.0.0.1:$port

read -r ours_put ours_list < <("$work/ours-target/release/peer-bench" "$endpoint" "$puts" "$pages")
read -r sdk_put sdk_list < <("$work/sdk-target/release/peer-bench" "$endpoint" "$puts" "$pages")

speedup() { python3 -c "print(f'{$2 / $1:.2f}x')"; }
echo
printf '%-40s %14s %14s %9s\n' "median per op, µs (loopback stub)" boto-services aws-sdk-s3 speedup
printf '%-40s %14s %14s %9s\n' "PutObject, 1 KiB (N=$puts)" "$ours_put" "$sdk_put" "$(speedup "$ours_put" "$sdk_put")"
printf '%-40s %14s %14s %9s\n' "ListObjectsV2, 1000-key page (N=$pages)" "$ours_list" "$sdk_list" "$(speedup "$ours_list" "$sdk_list")"
