//! A generated client for a service `boto-services` does not ship (Secrets Manager), with
//! resources declared on it by hand.
//!
//! `src/aws/secretsmanager.rs` was written by
//! `cargo run -p boto-codegen -- secretsmanager kinesis --out src/aws`; the resources below
//! are the only hand-written part. Runs against `AWS_ENDPOINT_URL` when set, else against a
//! local moto it starts: `cargo run --example codegen`.

use boto_core::{resource, DateTime};
use boto_examples::aws::secretsmanager::{self, Client, Tag};
use futures::TryStreamExt;

/// The service resource: creates secrets, names one, lists them all.
#[resource(client = Client, service)]
#[action(create_secret = create_secret, resource = Secret(arn = arn))]
#[subresource(secret = Secret(arn))]
#[collection(secrets = list_secrets, items = secret_list, resource = Secret(arn = arn))]
pub struct SecretsManager;

/// A secret, identified by its ARN; its data is `DescribeSecret`'s output.
#[resource(client = Client, load = describe_secret)]
#[action(get_value = get_secret_value)]
#[action(put_value = put_secret_value)]
#[action(delete = delete_secret, with = |r| r.force_delete_without_recovery(true))]
pub struct Secret {
    #[identifier(param = secret_id)]
    arn: String,
    name: Option<String>,
    description: Option<String>,
    last_changed_date: Option<DateTime>,
    tags: Option<Vec<Tag>>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> boto_core::Result<()> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let sm = SecretsManager::new(&session);

    // Actions return resources; attributes load `DescribeSecret` once.
    let db = sm
        .create_secret()
        .with(|r| {
            r.name("example/db")
                .description("the database password")
                .secret_string("s3cr3t")
                .tags(vec![Tag::new().key("team").value("core")])
        })
        .await?;
    println!("created {}", db.arn());
    println!(
        "  name {:?}, description {:?}, tags {:?}",
        db.name().await?,
        db.description().await?,
        db.tags().await?
    );
    let api = sm
        .create_secret()
        .with(|r| r.name("example/api-key").secret_string("k-1"))
        .await?;

    // Any action clears the loaded data: the next attribute reloads it.
    db.put_value().with(|r| r.secret_string("rotated")).await?;
    let value = db.get_value().await?;
    println!(
        "value of {:?}: {:?} (version {:?})",
        value.name, value.secret_string, value.version_id
    );
    println!("  last changed {:?}", db.last_changed_date().await?);

    // The collection pages through ListSecrets lazily.
    let mut secrets = sm.secrets().page_size(1);
    while let Some(secret) = secrets.try_next().await? {
        println!("listed {} ({:?})", secret.arn(), secret.name().await?);
    }
    // A secret named by its ARN is the same resource (identifiers only).
    assert_eq!(sm.secret(db.arn()), db);

    // The generated client is there too, with `_items` for paginated operations.
    let client = Client::new(&session);
    let names: Vec<String> = client
        .list_secrets_items(secretsmanager::ListSecretsRequest::new())
        .try_filter_map(|s| async move { Ok(s.name) })
        .try_collect()
        .await?;
    println!("all names: {names:?}");

    db.delete().await?;
    api.delete().await?;
    let err = db.name().await.expect_err("deleted");
    println!("after delete: {}", err.code().unwrap_or("?"));
    Ok(())
}
