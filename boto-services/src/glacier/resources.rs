//! The resources of boto3's `glacier` model: [`Glacier`], [`Account`], [`Archive`], [`Job`],
//! [`MultipartUpload`], [`Notification`], [`Vault`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- glacier --resources --out DIR`.

use super::client::*;
use boto_core::resource;

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(create_vault = create_vault, with = |r| r.account_id("-"),
         resource = Vault(account_id = request.account_id, name = request.vault_name))]
#[subresource(account = Account(id))]
#[collection(vaults = list_vaults, with = |r| r.account_id("-"), items = vault_list,
             resource = Vault(account_id = request.account_id, name = vault_name))]
pub struct Glacier;

/// boto3's `Account` resource, identified by `id`.
#[resource(client = Client)]
#[action(create_vault = create_vault,
         resource = Vault(account_id = self.id, name = request.vault_name))]
#[subresource(vault = Vault(account_id = self.id, name))]
#[collection(vaults = list_vaults, items = vault_list,
             resource = Vault(account_id = self.id, name = vault_name))]
pub struct Account {
    /// The identifier `Id`.
    #[identifier(param = account_id)]
    id: String,
}

/// boto3's `Archive` resource, identified by `account_id`, `vault_name`, `id`.
#[resource(client = Client)]
#[action(delete = delete_archive, with = |r| r.archive_id(self.id.clone()))]
#[action(initiate_archive_retrieval = initiate_job,
         with = |r| r.job_parameters(JobParameters::new().r#type("archive-retrieval")
             .archive_id(self.id.clone())),
         resource = Job(id = job_id, account_id = self.account_id, vault_name = self.vault_name))]
#[subresource(vault = Vault(account_id = self.account_id, name = self.vault_name))]
pub struct Archive {
    /// The identifier `AccountId`.
    #[identifier(param = account_id)]
    account_id: String,
    /// The identifier `VaultName`.
    #[identifier(param = vault_name)]
    vault_name: String,
    /// The identifier `Id`.
    #[identifier]
    id: String,
}

/// boto3's `Job` resource, identified by `account_id`, `vault_name`, `id`; its data is
/// `DescribeJob`'s answer, loaded on first access.
#[resource(client = Client, load = describe_job)]
#[action(get_output = get_job_output)]
#[subresource(vault = Vault(account_id = self.account_id, name = self.vault_name))]
pub struct Job {
    /// The identifier `AccountId`.
    #[identifier(param = account_id)]
    account_id: String,
    /// The identifier `VaultName`.
    #[identifier(param = vault_name)]
    vault_name: String,
    /// The identifier `Id`.
    #[identifier(param = job_id, member = job_id)]
    id: String,
    /// An opaque string that identifies an Amazon S3 Glacier job.
    job_id: Option<String>,
    /// The job description provided when initiating the job.
    job_description: Option<String>,
    /// The job type. This value is either `ArchiveRetrieval`, `InventoryRetrieval`, or `Select`.
    action: Option<ActionCode>,
    /// The archive ID requested for a select job or archive retrieval. Otherwise, this field is
    /// null.
    archive_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the vault from which an archive retrieval was requested.
    vault_arn: Option<String>,
    /// The UTC date when the job was created. This value is a string representation of ISO 8601
    /// date format, for example `"2012-03-20T17:03:43.221Z"`.
    creation_date: Option<String>,
    /// The job status. When a job is completed, you get the job's output using Get Job Output (GET
    /// output).
    completed: Option<bool>,
    /// The status code can be `InProgress`, `Succeeded`, or `Failed`, and indicates the status of
    /// the job.
    status_code: Option<StatusCode>,
    /// A friendly message that describes the job status.
    status_message: Option<String>,
    /// For an archive retrieval job, this value is the size in bytes of the archive being requested
    /// for download. For an inventory retrieval or select job, this value is null.
    archive_size_in_bytes: Option<i64>,
    /// For an inventory retrieval job, this value is the size in bytes of the inventory requested
    /// for download. For an archive retrieval or select job, this value is null.
    inventory_size_in_bytes: Option<i64>,
    /// An Amazon SNS topic that receives notification.
    sns_topic: Option<String>,
    /// The UTC time that the job request completed. While the job is in progress, the value is
    /// null.
    completion_date: Option<String>,
    /// For an archive retrieval job, this value is the checksum of the archive. Otherwise, this
    /// value is null.
    sha256_tree_hash: Option<String>,
    /// The SHA256 tree hash of the entire archive for an archive retrieval. For inventory retrieval
    /// or select jobs, this field is null.
    archive_sha256_tree_hash: Option<String>,
    /// The retrieved byte range for archive retrieval jobs in the form
    /// *StartByteValue*-*EndByteValue*. If no range was specified in the archive retrieval, then
    /// the whole archive is retrieved. In this case, *StartByteValue* equals 0 and *EndByteValue*
    /// equals the size of the archive minus 1. For inventory retrieval or select jobs, this field
    /// is null.
    retrieval_byte_range: Option<String>,
    /// The tier to use for a select or an archive retrieval. Valid values are `Expedited`,
    /// `Standard`, or `Bulk`. `Standard` is the default.
    tier: Option<String>,
    /// Parameters used for range inventory retrieval.
    inventory_retrieval_parameters: Option<InventoryRetrievalJobDescription>,
    /// Contains the job output location.
    job_output_path: Option<String>,
    /// Contains the parameters used for a select.
    select_parameters: Option<SelectParameters>,
    /// Contains the location where the data from the select job is stored.
    output_location: Option<OutputLocation>,
}

/// boto3's `MultipartUpload` resource, identified by `account_id`, `vault_name`, `id`; its data
/// comes with the answer that built it.
#[resource(client = Client, shape = UploadListElement)]
#[action(abort = abort_multipart_upload)]
#[action(complete = complete_multipart_upload)]
#[action(parts = list_parts)]
#[action(upload_part = upload_multipart_part)]
#[subresource(vault = Vault(account_id = self.account_id, name = self.vault_name))]
pub struct MultipartUpload {
    /// The identifier `AccountId`.
    #[identifier(param = account_id)]
    account_id: String,
    /// The identifier `VaultName`.
    #[identifier(param = vault_name)]
    vault_name: String,
    /// The identifier `Id`.
    #[identifier(param = upload_id, member = multipart_upload_id)]
    id: String,
    /// The ID of a multipart upload.
    multipart_upload_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the vault that contains the archive.
    vault_arn: Option<String>,
    /// The description of the archive that was specified in the Initiate Multipart Upload request.
    archive_description: Option<String>,
    /// The part size, in bytes, specified in the Initiate Multipart Upload request. This is the
    /// size of all the parts in the upload except the last part, which may be smaller than this
    /// size.
    part_size_in_bytes: Option<i64>,
    /// The UTC time at which the multipart upload was initiated.
    creation_date: Option<String>,
}

/// boto3's `Notification` resource, identified by `account_id`, `vault_name`; its data is
/// `GetVaultNotifications`'s answer, loaded on first access.
#[resource(client = Client, shape = VaultNotificationConfig, load = get_vault_notifications,
           load_path = |o: GetVaultNotificationsOutput| o.vault_notification_config)]
#[action(delete = delete_vault_notifications)]
#[action(set = set_vault_notifications)]
#[subresource(vault = Vault(account_id = self.account_id, name = self.vault_name))]
pub struct Notification {
    /// The identifier `AccountId`.
    #[identifier(param = account_id)]
    account_id: String,
    /// The identifier `VaultName`.
    #[identifier(param = vault_name)]
    vault_name: String,
    /// The Amazon Simple Notification Service (Amazon SNS) topic Amazon Resource Name (ARN).
    sns_topic: Option<String>,
    /// A list of one or more events for which Amazon Glacier will send a notification to the
    /// specified Amazon SNS topic.
    events: Option<Vec<String>>,
}

/// boto3's `Vault` resource, identified by `account_id`, `name`; its data is `DescribeVault`'s
/// answer, loaded on first access.
#[resource(client = Client, load = describe_vault)]
#[action(create = create_vault)]
#[action(delete = delete_vault)]
#[action(initiate_inventory_retrieval = initiate_job,
         with = |r| r.job_parameters(JobParameters::new().r#type("inventory-retrieval")),
         resource = Job(id = job_id, account_id = self.account_id, vault_name = self.name))]
#[action(initiate_multipart_upload = initiate_multipart_upload,
         resource = MultipartUpload(id = upload_id, account_id = self.account_id,
             vault_name = self.name))]
#[action(upload_archive = upload_archive,
         resource = Archive(id = archive_id, account_id = self.account_id, vault_name = self.name))]
#[subresource(account = Account(id = self.account_id))]
#[subresource(archive = Archive(account_id = self.account_id, vault_name = self.name, id))]
#[subresource(job = Job(account_id = self.account_id, vault_name = self.name, id))]
#[subresource(multipart_upload = MultipartUpload(account_id = self.account_id,
                  vault_name = self.name, id))]
#[subresource(notification = Notification(account_id = self.account_id, vault_name = self.name))]
#[collection(completed_jobs = list_jobs, with = |r| r.completed("true"), items = job_list,
             resource = Job(account_id = self.account_id, vault_name = self.name, id = job_id))]
#[collection(failed_jobs = list_jobs, with = |r| r.statuscode("Failed"), items = job_list,
             resource = Job(account_id = self.account_id, vault_name = self.name, id = job_id))]
#[collection(jobs = list_jobs, items = job_list,
             resource = Job(account_id = self.account_id, vault_name = self.name, id = job_id))]
#[collection(jobs_in_progress = list_jobs, with = |r| r.statuscode("InProgress"), items = job_list,
             resource = Job(account_id = self.account_id, vault_name = self.name, id = job_id))]
#[collection(multipart_uplaods = list_multipart_uploads, items = uploads_list,
             resource = MultipartUpload(account_id = self.account_id, vault_name = self.name,
                 id = multipart_upload_id))]
#[collection(multipart_uploads = list_multipart_uploads, items = uploads_list,
             resource = MultipartUpload(account_id = self.account_id, vault_name = self.name,
                 id = multipart_upload_id))]
#[collection(succeeded_jobs = list_jobs, with = |r| r.statuscode("Succeeded"), items = job_list,
             resource = Job(account_id = self.account_id, vault_name = self.name, id = job_id))]
pub struct Vault {
    /// The identifier `AccountId`.
    #[identifier(param = account_id)]
    account_id: String,
    /// The identifier `Name`.
    #[identifier(param = vault_name, member = vault_name)]
    name: String,
    /// The Amazon Resource Name (ARN) of the vault.
    vault_arn: Option<String>,
    /// The name of the vault.
    vault_name: Option<String>,
    /// The Universal Coordinated Time (UTC) date when the vault was created. This value should be a
    /// string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`.
    creation_date: Option<String>,
    /// The Universal Coordinated Time (UTC) date when Amazon Glacier completed the last vault
    /// inventory. This value should be a string in the ISO 8601 date format, for example
    /// `2012-03-20T17:03:43.221Z`.
    last_inventory_date: Option<String>,
    /// The number of archives in the vault as of the last inventory date. This field will return
    /// `null` if an inventory has not yet run on the vault, for example if you just created the
    /// vault.
    number_of_archives: Option<i64>,
    /// Total size, in bytes, of the archives in the vault as of the last inventory date. This field
    /// will return null if an inventory has not yet run on the vault, for example if you just
    /// created the vault.
    size_in_bytes: Option<i64>,
}
