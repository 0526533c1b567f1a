//! S3 in a few lines: client calls, pagination, a waiter, a presigned URL, resources and a
//! managed upload. Runs against `AWS_ENDPOINT_URL`, or a local moto it starts.
//!
//! `cargo run --example s3`

use boto_services::s3::{self, S3};
use futures::TryStreamExt;
use std::time::Duration;

#[tokio::main]
async fn main() -> boto_services::core::Result<()> {
    let (session, _moto) = boto_examples::example_session(Some("us-east-1"))?;

    // The client: one method per operation.
    let client = s3::Client::new(&session);
    client
        .create_bucket(s3::CreateBucketRequest::new().bucket("example-bucket"))
        .await?;
    client
        .wait_until_bucket_exists(s3::HeadBucketRequest::new().bucket("example-bucket"))
        .delay(Duration::from_millis(200))
        .await?;
    for i in 0..5 {
        client
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket("example-bucket")
                    .key(format!("logs/{i}.txt"))
                    .content_type("text/plain")
                    .body(format!("entry {i}")),
            )
            .await?;
    }
    let keys: Vec<String> = client
        .list_objects_v2_items(
            s3::ListObjectsV2Request::new()
                .bucket("example-bucket")
                .max_keys(2),
        )
        .map_ok(|o| o.key)
        .try_collect()
        .await?;
    println!("listed in pages of 2: {keys:?}");
    let url = client.presign_get_object(
        s3::GetObjectRequest::new()
            .bucket("example-bucket")
            .key("logs/0.txt"),
        Duration::from_secs(900),
    )?;
    println!("presigned: {url:?}");

    // Resources: buckets and objects by name, lazily loaded attributes, batch actions.
    let s3 = S3::new(&session);
    let bucket = s3.bucket("example-bucket");
    let obj = bucket.object("logs/0.txt");
    let data = obj.get().await?.body.collect().await?;
    println!(
        "{} = {:?} ({:?} bytes)",
        obj.key(),
        String::from_utf8_lossy(&data),
        obj.content_length().await?
    );
    let file = std::env::temp_dir().join("boto-rs-example.txt");
    std::fs::write(&file, "uploaded by upload_file")
        .map_err(|e| boto_services::core::Error::invalid_input(e.to_string()))?;
    bucket.upload_file(&file, "uploads/example.txt").await?;
    let deleted = bucket
        .objects()
        .filter(|r| r.prefix("logs/"))
        .delete()
        .await?;
    println!(
        "batch-deleted {} objects",
        deleted.iter().map(|d| d.deleted.len()).sum::<usize>()
    );
    Ok(())
}
