//! The scenario's S3 steps with boto-services (mirrors `s3_steps` in scenario.py).

use super::{code, BUCKET, ODD_KEY};
use boto_services::core::{Result, Session};
use boto_services::s3;
use futures::TryStreamExt;
use serde_json::{json, Value};
use std::collections::HashMap;

pub(crate) async fn s3_steps(session: &Session) -> Result<Value> {
    let s3 = s3::Client::new(session);
    s3.create_bucket(s3::CreateBucketRequest::new().bucket(BUCKET))
        .await?;
    s3.put_object(
        s3::PutObjectRequest::new()
            .bucket(BUCKET)
            .key("a.txt")
            .body("alpha")
            .content_type("text/plain")
            .metadata(HashMap::from([("owner".to_owned(), "ana".to_owned())])),
    )
    .await?;
    for (key, body) in [
        ("dir/b.txt", "beta"),
        ("dir/c.txt", ""),
        (ODD_KEY, "zeta \u{fc}"),
    ] {
        s3.put_object(
            s3::PutObjectRequest::new()
                .bucket(BUCKET)
                .key(key)
                .body(body),
        )
        .await?;
    }
    let mut listed = Vec::new();
    let mut pages =
        s3.list_objects_v2_items(s3::ListObjectsV2Request::new().bucket(BUCKET).max_keys(2));
    while let Some(o) = pages.try_next().await? {
        listed.push(json!([o.key, o.size]));
    }
    let top = s3
        .list_objects_v2(
            s3::ListObjectsV2Request::new()
                .bucket(BUCKET)
                .delimiter("/"),
        )
        .await?;
    let got = s3
        .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key("a.txt"))
        .await?;
    let (content_type, metadata, length, etag) = (
        got.content_type.clone(),
        got.metadata.clone(),
        got.content_length,
        got.e_tag.clone(),
    );
    let body = String::from_utf8(got.body.collect().await?.to_vec()).expect("utf-8 body");
    let ranged = s3
        .get_object(
            s3::GetObjectRequest::new()
                .bucket(BUCKET)
                .key("a.txt")
                .range("bytes=1-3"),
        )
        .await?;
    let content_range = ranged.content_range.clone();
    let ranged_body = String::from_utf8(ranged.body.collect().await?.to_vec()).expect("utf-8");
    let head = s3
        .head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key(ODD_KEY))
        .await?;
    s3.copy_object(
        s3::CopyObjectRequest::new()
            .bucket(BUCKET)
            .key("copy.txt")
            .copy_source(format!("{BUCKET}/a.txt")),
    )
    .await?;
    let copied = s3
        .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key("copy.txt"))
        .await?;
    let copied_meta = copied.metadata.clone();
    let copied_body = String::from_utf8(copied.body.collect().await?.to_vec()).expect("utf-8");
    s3.put_object_tagging(
        s3::PutObjectTaggingRequest::new()
            .bucket(BUCKET)
            .key("a.txt")
            .tagging(s3::Tagging::new().tag_set(vec![s3::Tag::new().key("team").value("blue")])),
    )
    .await?;
    let tags = s3
        .get_object_tagging(
            s3::GetObjectTaggingRequest::new()
                .bucket(BUCKET)
                .key("a.txt"),
        )
        .await?
        .tag_set;
    let deleted = s3
        .delete_objects(s3::DeleteObjectsRequest::new().bucket(BUCKET).delete(
            s3::Delete::new().objects(vec![
                s3::ObjectIdentifier::new().key("dir/b.txt"),
                s3::ObjectIdentifier::new().key("nope"),
            ]),
        ))
        .await?;
    let mut deleted: Vec<String> = deleted.deleted.into_iter().map(|d| d.key).collect();
    deleted.sort();
    let after = s3
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket(BUCKET))
        .await?;
    let get = |bucket: &str, key: &str| {
        s3.get_object(s3::GetObjectRequest::new().bucket(bucket).key(key))
    };
    Ok(json!({
        "listed": listed,
        "top": {
            "keys": top.contents.iter().map(|o| &o.key).collect::<Vec<_>>(),
            "prefixes": top.common_prefixes.iter().map(|p| &p.prefix).collect::<Vec<_>>(),
        },
        "get": {
            "body": body,
            "content_type": content_type,
            "metadata": metadata,
            "length": length,
            "etag": etag,
        },
        "range": [ranged_body, content_range],
        "head": [head.content_length, head.e_tag],
        "copy": [copied_body, copied_meta],
        "tags": tags.iter().map(|t| [&t.key, &t.value]).collect::<Vec<_>>(),
        "deleted": deleted,
        "after": after.contents.iter().map(|o| &o.key).collect::<Vec<_>>(),
        "errors": {
            "get_missing_key": code(get(BUCKET, "missing").await),
            "get_missing_bucket": code(get("no-such-bucket", "k").await),
            "head_missing_key": code(
                s3.head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key("missing")).await
            ),
        },
    }))
}
