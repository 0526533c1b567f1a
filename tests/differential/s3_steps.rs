//! The scenario's S3 steps with boto-services (mirrors `s3_steps` in scenario.py).

use super::{code, rnd, ts, BUCKET, ODD_KEY, VERSIONED};
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
    for (key, body, class) in [
        ("dir/b.txt", "beta", None),
        ("dir/c.txt", "", Some("STANDARD_IA")),
        (ODD_KEY, "zeta \u{fc}", None),
    ] {
        let mut put = s3::PutObjectRequest::new()
            .bucket(BUCKET)
            .key(key)
            .body(body);
        put.storage_class = class.map(s3::StorageClass::from);
        s3.put_object(put).await?;
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
    let mut deleted: Vec<String> = deleted.deleted.into_iter().filter_map(|d| d.key).collect();
    deleted.sort();
    let after = s3
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket(BUCKET))
        .await?;
    let detailed = s3
        .list_objects_v2(
            s3::ListObjectsV2Request::new()
                .bucket(BUCKET)
                .fetch_owner(true),
        )
        .await?;
    let cold = s3
        .head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key("dir/c.txt"))
        .await?;
    let listed_cold = detailed
        .contents
        .iter()
        .find(|o| o.key == "dir/c.txt")
        .and_then(|o| o.last_modified);
    let buckets = s3.list_buckets(s3::ListBucketsRequest::new()).await?;
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
        "detailed": detailed.contents.iter().map(|o| json!({
            "key": o.key,
            "size": o.size,
            "etag": o.e_tag,
            "storage_class": o.storage_class.as_ref().map(|c| c.as_str()),
            "owner": owner(o.owner.as_ref()),
            "last_modified": ts(o.last_modified),
        })).collect::<Vec<_>>(),
        "head_cold": {
            "storage_class": cold.storage_class.as_ref().map(|c| c.as_str()),
            "last_modified": ts(cold.last_modified),
            "same_time_as_listed": cold.last_modified == listed_cold,
            "version_id": cold.version_id,
        },
        "buckets": {
            "names": buckets.buckets.iter().map(|b| json!([b.name, ts(b.creation_date)])).collect::<Vec<_>>(),
            "owner": owner(buckets.owner.as_ref()),
        },
        "errors": {
            "get_missing_key": code(get(BUCKET, "missing").await),
            "get_missing_bucket": code(get("no-such-bucket", "k").await),
            "head_missing_key": code(
                s3.head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key("missing")).await
            ),
        },
    }))
}

/// `[DisplayName, ID]`, as scenario.py's `owner`.
fn owner(o: Option<&s3::Owner>) -> Value {
    o.map_or(Value::Null, |o| json!([o.display_name, o.id]))
}

/// The versioned bucket's steps (mirrors `s3_version_steps` in scenario.py).
pub(crate) async fn s3_version_steps(session: &Session) -> Result<Value> {
    let s3 = s3::Client::new(session);
    s3.create_bucket(s3::CreateBucketRequest::new().bucket(VERSIONED))
        .await?;
    s3.put_bucket_versioning(
        s3::PutBucketVersioningRequest::new()
            .bucket(VERSIONED)
            .versioning_configuration(s3::VersioningConfiguration::new().status("Enabled")),
    )
    .await?;
    let status = s3
        .get_bucket_versioning(s3::GetBucketVersioningRequest::new().bucket(VERSIONED))
        .await?
        .status;
    let mut put = Vec::new();
    for body in ["one", "second"] {
        let out = s3
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket(VERSIONED)
                    .key("v.txt")
                    .body(body),
            )
            .await?;
        put.push(out.version_id);
    }
    let first = put[0].clone().unwrap_or_default();
    let old = s3
        .get_object(
            s3::GetObjectRequest::new()
                .bucket(VERSIONED)
                .key("v.txt")
                .version_id(&first),
        )
        .await?;
    let old_version = old.version_id.clone();
    let old_body = String::from_utf8(old.body.collect().await?.to_vec()).expect("utf-8");
    let head = s3
        .head_object(s3::HeadObjectRequest::new().bucket(VERSIONED).key("v.txt"))
        .await?;
    let deleted = s3
        .delete_object(
            s3::DeleteObjectRequest::new()
                .bucket(VERSIONED)
                .key("v.txt"),
        )
        .await?;
    let listed = s3
        .list_object_versions(s3::ListObjectVersionsRequest::new().bucket(VERSIONED))
        .await?;
    let get = |version: Option<&str>| {
        let mut req = s3::GetObjectRequest::new().bucket(VERSIONED).key("v.txt");
        req.version_id = version.map(str::to_owned);
        s3.get_object(req)
    };
    Ok(json!({
        "status": status.as_ref().map(|s| s.as_str()),
        "put": put.iter().map(|v| rnd(v.as_deref())).collect::<Vec<_>>(),
        "get_first": [old_body, rnd(old_version.as_deref())],
        "head_latest": [head.content_length, rnd(head.version_id.as_deref()), ts(head.last_modified)],
        "delete": [deleted.delete_marker, rnd(deleted.version_id.as_deref())],
        "versions": listed.versions.iter().map(|v| json!({
            "key": v.key,
            "version_id": rnd(v.version_id.as_deref()),
            "is_latest": v.is_latest,
            "size": v.size,
            "etag": v.e_tag,
            "storage_class": v.storage_class.as_ref().map(|c| c.as_str()),
            "owner": owner(v.owner.as_ref()),
            "last_modified": ts(v.last_modified),
        })).collect::<Vec<_>>(),
        "delete_markers": listed.delete_markers.iter().map(|m| json!({
            "key": m.key,
            "version_id": rnd(m.version_id.as_deref()),
            "is_latest": m.is_latest,
            "owner": owner(m.owner.as_ref()),
            "last_modified": ts(m.last_modified),
        })).collect::<Vec<_>>(),
        "errors": {
            "get_deleted": code(get(None).await),
            "get_missing_version": code(get(Some("nosuchversion")).await),
        },
    }))
}
