//! Amazon Glacier (`glacier`, API version 2012-06-01): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- glacier --resources --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, ByteStream, Op, Shape};
use std::collections::HashMap;

/// Amazon Glacier (Glacier) is a storage solution for "cold data."
#[client(
    service = "glacier",
    protocol = "restJson1",
    api_version = "2012-06-01",
    service_id = "Glacier",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    vault_exists = describe_vault,
    delay = 3,
    max_attempts = 15,
    success(status = 200),
    retry(error = "ResourceNotFoundException"),
)]
#[waiter(
    vault_not_exists = describe_vault,
    delay = 3,
    max_attempts = 15,
    retry(status = 200),
    success(error = "ResourceNotFoundException"),
)]
pub struct Client {
    /// This operation aborts a multipart upload identified by the upload ID.
    #[op(
        http = "DELETE /{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}",
        status = 204
    )]
    abort_multipart_upload: Op<AbortMultipartUploadInput, ()>,
    /// This operation aborts the vault locking process if the vault lock is not in the `Locked`
    /// state. If the vault lock is in the `Locked` state when this operation is requested, the
    /// operation returns an `AccessDeniedException` error. Aborting the vault locking process
    /// removes the vault lock policy from the specified vault.
    #[op(
        http = "DELETE /{accountId}/vaults/{vaultName}/lock-policy",
        status = 204
    )]
    abort_vault_lock: Op<AbortVaultLockInput, ()>,
    /// This operation adds the specified tags to a vault. Each tag is composed of a key and a
    /// value. Each vault can have up to 10 tags. If your request would cause the tag limit for the
    /// vault to be exceeded, the operation throws the `LimitExceededException` error. If a tag
    /// already exists on the vault under a specified key, the existing key value will be
    /// overwritten. For more information about tags, see [Tagging Amazon Glacier
    /// Resources](https://docs.aws.amazon.com/amazonglacier/latest/dev/tagging.html).
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/tags?operation=add",
        status = 204
    )]
    add_tags_to_vault: Op<AddTagsToVaultInput, ()>,
    /// You call this operation to inform Amazon Glacier (Glacier) that all the archive parts have
    /// been uploaded and that Glacier can now assemble the archive from the uploaded parts. After
    /// assembling and saving the archive to the vault, Glacier returns the URI path of the newly
    /// created archive resource. Using the URI path, you can then access the archive. After you
    /// upload an archive, you should save the archive ID returned to retrieve the archive at a
    /// later point. You can also get the vault inventory to obtain a list of archive IDs in a
    /// vault. For more information, see `InitiateJob`.
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}",
        status = 201
    )]
    complete_multipart_upload: Op<CompleteMultipartUploadInput, ArchiveCreationOutput>,
    /// This operation completes the vault locking process by transitioning the vault lock from the
    /// `InProgress` state to the `Locked` state, which causes the vault lock policy to become
    /// unchangeable. A vault lock is put into the `InProgress` state by calling
    /// `InitiateVaultLock`. You can obtain the state of the vault lock by calling `GetVaultLock`.
    /// For more information about the vault locking process, [Amazon Glacier Vault
    /// Lock](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-lock.html).
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/lock-policy/{lockId}",
        status = 204
    )]
    complete_vault_lock: Op<CompleteVaultLockInput, ()>,
    /// This operation creates a new vault with the specified name. The name of the vault must be
    /// unique within a region for an AWS account. You can create up to 1,000 vaults per account. If
    /// you need to create more vaults, contact Amazon Glacier.
    #[op(http = "PUT /{accountId}/vaults/{vaultName}", status = 201)]
    create_vault: Op<CreateVaultInput, CreateVaultOutput>,
    /// This operation deletes an archive from a vault. Subsequent requests to initiate a retrieval
    /// of this archive will fail. Archive retrievals that are in progress for this archive ID may
    /// or may not succeed according to the following scenarios:
    #[op(
        http = "DELETE /{accountId}/vaults/{vaultName}/archives/{archiveId}",
        status = 204
    )]
    delete_archive: Op<DeleteArchiveInput, ()>,
    /// This operation deletes a vault. Amazon Glacier will delete a vault only if there are no
    /// archives in the vault as of the last inventory and there have been no writes to the vault
    /// since the last inventory. If either of these conditions is not satisfied, the vault deletion
    /// fails (that is, the vault is not removed) and Amazon Glacier returns an error. You can use
    /// `DescribeVault` to return the number of archives in a vault, and you can use [Initiate a Job
    /// (POST
    /// jobs)](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html) to
    /// initiate a new inventory retrieval for a vault. The inventory contains the archive IDs you
    /// use to delete archives using [Delete Archive (DELETE
    /// archive)](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-delete.html).
    #[op(http = "DELETE /{accountId}/vaults/{vaultName}", status = 204)]
    delete_vault: Op<DeleteVaultInput, ()>,
    /// This operation deletes the access policy associated with the specified vault. The operation
    /// is eventually consistent; that is, it might take some time for Amazon Glacier to completely
    /// remove the access policy, and you might still see the effect of the policy for a short time
    /// after you send the delete request.
    #[op(
        http = "DELETE /{accountId}/vaults/{vaultName}/access-policy",
        status = 204
    )]
    delete_vault_access_policy: Op<DeleteVaultAccessPolicyInput, ()>,
    /// This operation deletes the notification configuration set for a vault. The operation is
    /// eventually consistent; that is, it might take some time for Amazon Glacier to completely
    /// disable the notifications and you might still receive some notifications for a short time
    /// after you send the delete request.
    #[op(
        http = "DELETE /{accountId}/vaults/{vaultName}/notification-configuration",
        status = 204
    )]
    delete_vault_notifications: Op<DeleteVaultNotificationsInput, ()>,
    /// This operation returns information about a job you previously initiated, including the job
    /// initiation date, the user who initiated the job, the job status code/message and the Amazon
    /// SNS topic to notify after Amazon Glacier (Glacier) completes the job. For more information
    /// about initiating a job, see `InitiateJob`.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/jobs/{jobId}")]
    describe_job: Op<DescribeJobInput, GlacierJobDescription>,
    /// This operation returns information about a vault, including the vault's Amazon Resource Name
    /// (ARN), the date the vault was created, the number of archives it contains, and the total
    /// size of all the archives in the vault. The number of archives and their total size are as of
    /// the last inventory generation. This means that if you add or remove an archive from a vault,
    /// and then immediately use Describe Vault, the change in contents will not be immediately
    /// reflected. If you want to retrieve the latest inventory of the vault, use `InitiateJob`.
    /// Amazon Glacier generates vault inventories approximately daily. For more information, see
    /// [Downloading a Vault Inventory in Amazon
    /// Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html).
    #[op(http = "GET /{accountId}/vaults/{vaultName}")]
    describe_vault: Op<DescribeVaultInput, DescribeVaultOutput>,
    /// This operation returns the current data retrieval policy for the account and region
    /// specified in the GET request. For more information about data retrieval policies, see
    /// [Amazon Glacier Data Retrieval
    /// Policies](https://docs.aws.amazon.com/amazonglacier/latest/dev/data-retrieval-policy.html).
    #[op(http = "GET /{accountId}/policies/data-retrieval")]
    get_data_retrieval_policy: Op<GetDataRetrievalPolicyInput, GetDataRetrievalPolicyOutput>,
    /// This operation downloads the output of the job you initiated using `InitiateJob`. Depending
    /// on the job type you specified when you initiated the job, the output will be either the
    /// content of an archive or a vault inventory.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/jobs/{jobId}/output")]
    get_job_output: Op<GetJobOutputInput, GetJobOutputOutput>,
    /// This operation retrieves the `access-policy` subresource set on the vault; for more
    /// information on setting this subresource, see [Set Vault Access Policy (PUT
    /// access-policy)](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-SetVaultAccessPolicy.html).
    /// If there is no access policy set on the vault, the operation returns a `404 Not found`
    /// error. For more information about vault access policies, see [Amazon Glacier Access Control
    /// with Vault Access
    /// Policies](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html).
    #[op(http = "GET /{accountId}/vaults/{vaultName}/access-policy")]
    get_vault_access_policy: Op<GetVaultAccessPolicyInput, GetVaultAccessPolicyOutput>,
    /// This operation retrieves the following attributes from the `lock-policy` subresource set on
    /// the specified vault:
    #[op(http = "GET /{accountId}/vaults/{vaultName}/lock-policy")]
    get_vault_lock: Op<GetVaultLockInput, GetVaultLockOutput>,
    /// This operation retrieves the `notification-configuration` subresource of the specified
    /// vault.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/notification-configuration")]
    get_vault_notifications: Op<GetVaultNotificationsInput, GetVaultNotificationsOutput>,
    /// This operation initiates a job of the specified type, which can be a select, an archival
    /// retrieval, or a vault retrieval. For more information about using this operation, see the
    /// documentation for the underlying REST API [Initiate a
    /// Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html).
    #[op(http = "POST /{accountId}/vaults/{vaultName}/jobs", status = 202)]
    initiate_job: Op<InitiateJobInput, InitiateJobOutput>,
    /// This operation initiates a multipart upload. Amazon Glacier creates a multipart upload
    /// resource and returns its ID in the response. The multipart upload ID is used in subsequent
    /// requests to upload parts of an archive (see `UploadMultipartPart`).
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/multipart-uploads",
        status = 201
    )]
    initiate_multipart_upload: Op<InitiateMultipartUploadInput, InitiateMultipartUploadOutput>,
    /// This operation initiates the vault locking process by doing the following:
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/lock-policy",
        status = 201
    )]
    initiate_vault_lock: Op<InitiateVaultLockInput, InitiateVaultLockOutput>,
    /// This operation lists jobs for a vault, including jobs that are in-progress and jobs that
    /// have recently finished. The List Job operation returns a list of these jobs sorted by job
    /// initiation time.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/jobs", paginate(input_token = marker, output_token = marker, items = job_list))]
    list_jobs: Op<ListJobsInput, ListJobsOutput>,
    /// This operation lists in-progress multipart uploads for the specified vault. An in-progress
    /// multipart upload is a multipart upload that has been initiated by an
    /// `InitiateMultipartUpload` request, but has not yet been completed or aborted. The list
    /// returned in the List Multipart Upload response has no guaranteed order.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/multipart-uploads", paginate(input_token = marker, output_token = marker, items = uploads_list))]
    list_multipart_uploads: Op<ListMultipartUploadsInput, ListMultipartUploadsOutput>,
    /// This operation lists the parts of an archive that have been uploaded in a specific multipart
    /// upload. You can make this request at any time during an in-progress multipart upload before
    /// you complete the upload (see `CompleteMultipartUpload`. List Parts returns an error for
    /// completed uploads. The list returned in the List Parts response is sorted by part range.
    #[op(http = "GET /{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}", paginate(input_token = marker, output_token = marker, items = parts))]
    list_parts: Op<ListPartsInput, ListPartsOutput>,
    /// This operation lists the provisioned capacity units for the specified AWS account.
    #[op(http = "GET /{accountId}/provisioned-capacity")]
    list_provisioned_capacity: Op<ListProvisionedCapacityInput, ListProvisionedCapacityOutput>,
    /// This operation lists all the tags attached to a vault. The operation returns an empty map if
    /// there are no tags. For more information about tags, see [Tagging Amazon Glacier
    /// Resources](https://docs.aws.amazon.com/amazonglacier/latest/dev/tagging.html).
    #[op(http = "GET /{accountId}/vaults/{vaultName}/tags")]
    list_tags_for_vault: Op<ListTagsForVaultInput, ListTagsForVaultOutput>,
    /// This operation lists all vaults owned by the calling user's account. The list returned in
    /// the response is ASCII-sorted by vault name.
    #[op(http = "GET /{accountId}/vaults", paginate(input_token = marker, output_token = marker, items = vault_list))]
    list_vaults: Op<ListVaultsInput, ListVaultsOutput>,
    /// This operation purchases a provisioned capacity unit for an AWS account.
    #[op(http = "POST /{accountId}/provisioned-capacity", status = 201)]
    purchase_provisioned_capacity:
        Op<PurchaseProvisionedCapacityInput, PurchaseProvisionedCapacityOutput>,
    /// This operation removes one or more tags from the set of tags attached to a vault. For more
    /// information about tags, see [Tagging Amazon Glacier
    /// Resources](https://docs.aws.amazon.com/amazonglacier/latest/dev/tagging.html). This
    /// operation is idempotent. The operation will be successful, even if there are no tags
    /// attached to the vault.
    #[op(
        http = "POST /{accountId}/vaults/{vaultName}/tags?operation=remove",
        status = 204
    )]
    remove_tags_from_vault: Op<RemoveTagsFromVaultInput, ()>,
    /// This operation sets and then enacts a data retrieval policy in the region specified in the
    /// PUT request. You can set one policy per region for an AWS account. The policy is enacted
    /// within a few minutes of a successful PUT operation.
    #[op(http = "PUT /{accountId}/policies/data-retrieval", status = 204)]
    set_data_retrieval_policy: Op<SetDataRetrievalPolicyInput, ()>,
    /// This operation configures an access policy for a vault and will overwrite an existing
    /// policy. To configure a vault access policy, send a PUT request to the `access-policy`
    /// subresource of the vault. An access policy is specific to a vault and is also called a vault
    /// subresource. You can set one access policy per vault and the policy can be up to 20 KB in
    /// size. For more information about vault access policies, see [Amazon Glacier Access Control
    /// with Vault Access
    /// Policies](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html).
    #[op(
        http = "PUT /{accountId}/vaults/{vaultName}/access-policy",
        status = 204
    )]
    set_vault_access_policy: Op<SetVaultAccessPolicyInput, ()>,
    /// This operation configures notifications that will be sent when specific events happen to a
    /// vault. By default, you don't get any notifications.
    #[op(
        http = "PUT /{accountId}/vaults/{vaultName}/notification-configuration",
        status = 204
    )]
    set_vault_notifications: Op<SetVaultNotificationsInput, ()>,
    /// This operation adds an archive to a vault. This is a synchronous operation, and for a
    /// successful upload, your data is durably persisted. Amazon Glacier returns the archive ID in
    /// the `x-amz-archive-id` header of the response.
    #[op(http = "POST /{accountId}/vaults/{vaultName}/archives", status = 201)]
    upload_archive: Op<UploadArchiveInput, ArchiveCreationOutput>,
    /// This operation uploads a part of an archive. You can upload archive parts in any order. You
    /// can also upload them in parallel. You can upload up to 10,000 parts for a multipart upload.
    #[op(
        http = "PUT /{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}",
        status = 204
    )]
    upload_multipart_part: Op<UploadMultipartPartInput, UploadMultipartPartOutput>,
}

/// Provides options to abort a multipart upload identified by the upload ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The upload ID of the multipart upload to delete.
    #[shape(name = "uploadId", label)]
    pub upload_id: String,
}

/// The input values for `AbortVaultLock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// The model's `ActionCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ActionCode {
    /// `ArchiveRetrieval`
    #[default]
    ArchiveRetrieval,
    /// `InventoryRetrieval`
    InventoryRetrieval,
    /// `Select`
    Select,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input values for `AddTagsToVault`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddTagsToVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The tags to add to the vault. Each tag is composed of a key and a value. The value can be an
    /// empty string.
    pub tags: Option<HashMap<String, String>>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ArchiveCreationOutput {
    /// The relative URI path of the newly added archive resource.
    #[shape(name = "location", header = "Location")]
    pub location: Option<String>,
    /// The checksum of the archive computed by Amazon Glacier.
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    /// The ID of the archive. This value is also included as part of the location.
    #[shape(name = "archiveId", header = "x-amz-archive-id")]
    pub archive_id: Option<String>,
}

/// Contains information about the comma-separated value (CSV) file to select from.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CSVInput {
    /// Describes the first line of input. Valid values are `None`, `Ignore`, and `Use`.
    pub file_header_info: Option<FileHeaderInfo>,
    /// A single character used to indicate that a row should be ignored when the character is
    /// present at the start of that row.
    pub comments: Option<String>,
    /// A single character used for escaping the quotation-mark character inside an already escaped
    /// value.
    pub quote_escape_character: Option<String>,
    /// A value used to separate individual records from each other.
    pub record_delimiter: Option<String>,
    /// A value used to separate individual fields from each other within a record.
    pub field_delimiter: Option<String>,
    /// A value used as an escape character where the field delimiter is part of the value.
    pub quote_character: Option<String>,
}

/// Contains information about the comma-separated value (CSV) file that the job results are stored
/// in.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CSVOutput {
    /// A value that indicates whether all output fields should be contained within quotation marks.
    pub quote_fields: Option<QuoteFields>,
    /// A single character used for escaping the quotation-mark character inside an already escaped
    /// value.
    pub quote_escape_character: Option<String>,
    /// A value used to separate individual records from each other.
    pub record_delimiter: Option<String>,
    /// A value used to separate individual fields from each other within a record.
    pub field_delimiter: Option<String>,
    /// A value used as an escape character where the field delimiter is part of the value.
    pub quote_character: Option<String>,
}

/// The model's `CannedACL`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CannedACL {
    /// `private`
    #[default]
    #[shape(name = "private")]
    Private,
    /// `public-read`
    #[shape(name = "public-read")]
    PublicRead,
    /// `public-read-write`
    #[shape(name = "public-read-write")]
    PublicReadWrite,
    /// `aws-exec-read`
    #[shape(name = "aws-exec-read")]
    AwsExecRead,
    /// `authenticated-read`
    #[shape(name = "authenticated-read")]
    AuthenticatedRead,
    /// `bucket-owner-read`
    #[shape(name = "bucket-owner-read")]
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    #[shape(name = "bucket-owner-full-control")]
    BucketOwnerFullControl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Provides options to complete a multipart upload operation. This informs Amazon Glacier that all
/// the archive parts have been uploaded and Amazon Glacier (Glacier) can now assemble the archive
/// from the uploaded parts. After assembling and saving the archive to the vault, Glacier returns
/// the URI path of the newly created archive resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The upload ID of the multipart upload.
    #[shape(name = "uploadId", label)]
    pub upload_id: String,
    /// The total size, in bytes, of the entire archive. This value should be the sum of all the
    /// sizes of the individual parts that you uploaded.
    #[shape(name = "archiveSize", header = "x-amz-archive-size")]
    pub archive_size: Option<String>,
    /// The SHA256 tree hash of the entire archive. It is the tree hash of SHA256 tree hash of the
    /// individual parts. If the value you specify in the request does not match the SHA256 tree
    /// hash of the final assembled archive as computed by Amazon Glacier (Glacier), Glacier returns
    /// an error and the request fails.
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
}

/// The input values for `CompleteVaultLock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompleteVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The `lockId` value is the lock ID obtained from a `InitiateVaultLock` request.
    #[shape(name = "lockId", label)]
    pub lock_id: String,
}

/// Provides options to create a vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVaultInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the
    /// AWS account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVaultOutput {
    /// The URI of the vault that was created.
    #[shape(name = "location", header = "Location")]
    pub location: Option<String>,
}

/// Data retrieval policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DataRetrievalPolicy {
    /// The policy rule. Although this is a list type, currently there must be only one rule, which
    /// contains a Strategy field and optionally a BytesPerHour field.
    pub rules: Option<Vec<DataRetrievalRule>>,
}

/// Data retrieval policy rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DataRetrievalRule {
    /// The type of data retrieval policy to set.
    pub strategy: Option<String>,
    /// The maximum number of bytes that can be retrieved in an hour.
    pub bytes_per_hour: Option<i64>,
}

/// Provides options for deleting an archive from an Amazon Glacier vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteArchiveInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The ID of the archive to delete.
    #[shape(name = "archiveId", label)]
    pub archive_id: String,
}

/// DeleteVaultAccessPolicy input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Provides options for deleting a vault from Amazon Glacier.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Provides options for deleting a vault notification configuration from an Amazon Glacier vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Provides options for retrieving a job description.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The ID of the job to describe.
    #[shape(name = "jobId", label)]
    pub job_id: String,
}

/// Provides options for retrieving metadata for a specific vault in Amazon Glacier.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVaultOutput {
    /// The Amazon Resource Name (ARN) of the vault.
    #[shape(name = "VaultARN")]
    pub vault_arn: Option<String>,
    /// The name of the vault.
    pub vault_name: Option<String>,
    /// The Universal Coordinated Time (UTC) date when the vault was created. This value should be a
    /// string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`.
    pub creation_date: Option<String>,
    /// The Universal Coordinated Time (UTC) date when Amazon Glacier completed the last vault
    /// inventory. This value should be a string in the ISO 8601 date format, for example
    /// `2012-03-20T17:03:43.221Z`.
    pub last_inventory_date: Option<String>,
    /// The number of archives in the vault as of the last inventory date. This field will return
    /// `null` if an inventory has not yet run on the vault, for example if you just created the
    /// vault.
    pub number_of_archives: Option<i64>,
    /// Total size, in bytes, of the archives in the vault as of the last inventory date. This field
    /// will return null if an inventory has not yet run on the vault, for example if you just
    /// created the vault.
    pub size_in_bytes: Option<i64>,
}

/// Contains information about the encryption used to store the job results in Amazon S3.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Encryption {
    /// The server-side encryption algorithm used when storing job results in Amazon S3, for example
    /// `AES256` or `aws:kms`.
    pub encryption_type: Option<EncryptionType>,
    /// The AWS KMS key ID to use for object encryption. All GET and PUT requests for an object
    /// protected by AWS KMS fail if not made by using Secure Sockets Layer (SSL) or Signature
    /// Version 4.
    #[shape(name = "KMSKeyId")]
    pub kms_key_id: Option<String>,
    /// Optional. If the encryption type is `aws:kms`, you can use this value to specify the
    /// encryption context for the job results.
    #[shape(name = "KMSContext")]
    pub kms_context: Option<String>,
}

/// The model's `EncryptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// `aws:kms`
    #[default]
    #[shape(name = "aws:kms")]
    AwsKms,
    /// `AES256`
    #[shape(name = "AES256")]
    Aes256,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExpressionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpressionType {
    /// `SQL`
    #[default]
    #[shape(name = "SQL")]
    Sql,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `FileHeaderInfo`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FileHeaderInfo {
    /// `USE`
    #[default]
    #[shape(name = "USE")]
    Use,
    /// `IGNORE`
    #[shape(name = "IGNORE")]
    Ignore,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Input for GetDataRetrievalPolicy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataRetrievalPolicyInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
}

/// Contains the Amazon Glacier response to the `GetDataRetrievalPolicy` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataRetrievalPolicyOutput {
    /// Contains the returned data retrieval policy in JSON format.
    pub policy: Option<DataRetrievalPolicy>,
}

/// Provides options for downloading output of an Amazon Glacier job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetJobOutputInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The job ID whose data is downloaded.
    #[shape(name = "jobId", label)]
    pub job_id: String,
    /// The range of bytes to retrieve from the output. For example, if you want to download the
    /// first 1,048,576 bytes, specify the range as `bytes=0-1048575`. By default, this operation
    /// downloads the entire output.
    #[shape(name = "range", header = "Range")]
    pub range: Option<String>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Default)]
pub struct GetJobOutputOutput {
    /// The job data, either archive data or inventory data.
    #[shape(name = "body", payload)]
    pub body: ByteStream,
    /// The checksum of the data in the response. This header is returned only when retrieving the
    /// output for an archive retrieval job. Furthermore, this header appears only under the
    /// following conditions:
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    /// The HTTP response code for a job output request. The value depends on whether a range was
    /// specified in the request.
    #[shape(name = "status", status_code)]
    pub status: Option<i32>,
    /// The range of bytes returned by Amazon Glacier. If only partial output is downloaded, the
    /// response provides the range of bytes Amazon Glacier returned. For example, bytes
    /// 0-1048575/8388608 returns the first 1 MB from 8 MB.
    #[shape(name = "contentRange", header = "Content-Range")]
    pub content_range: Option<String>,
    /// Indicates the range units accepted. For more information, see
    /// [RFC2616](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html).
    #[shape(name = "acceptRanges", header = "Accept-Ranges")]
    pub accept_ranges: Option<String>,
    /// The Content-Type depends on whether the job output is an archive or a vault inventory. For
    /// archive data, the Content-Type is application/octet-stream. For vault inventory, if you
    /// requested CSV format when you initiated the job, the Content-Type is text/csv. Otherwise, by
    /// default, vault inventory is returned as JSON, and the Content-Type is application/json.
    #[shape(name = "contentType", header = "Content-Type")]
    pub content_type: Option<String>,
    /// The description of an archive.
    #[shape(name = "archiveDescription", header = "x-amz-archive-description")]
    pub archive_description: Option<String>,
}

/// Input for GetVaultAccessPolicy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Output for GetVaultAccessPolicy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultAccessPolicyOutput {
    /// Contains the returned vault access policy as a JSON string.
    #[shape(name = "policy", payload)]
    pub policy: Option<VaultAccessPolicy>,
}

/// The input values for `GetVaultLock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultLockInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultLockOutput {
    /// The vault lock policy as a JSON string, which uses "\\" as an escape character.
    pub policy: Option<String>,
    /// The state of the vault lock. `InProgress` or `Locked`.
    pub state: Option<String>,
    /// The UTC date and time at which the lock ID expires. This value can be `null` if the vault
    /// lock is in a `Locked` state.
    pub expiration_date: Option<String>,
    /// The UTC date and time at which the vault lock was put into the `InProgress` state.
    pub creation_date: Option<String>,
}

/// Provides options for retrieving the notification configuration set on an Amazon Glacier vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetVaultNotificationsOutput {
    /// Returns the notification configuration set on the vault.
    #[shape(name = "vaultNotificationConfig", payload)]
    pub vault_notification_config: Option<VaultNotificationConfig>,
}

/// Contains the description of an Amazon S3 Glacier job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlacierJobDescription {
    /// An opaque string that identifies an Amazon S3 Glacier job.
    pub job_id: Option<String>,
    /// The job description provided when initiating the job.
    pub job_description: Option<String>,
    /// The job type. This value is either `ArchiveRetrieval`, `InventoryRetrieval`, or `Select`.
    pub action: Option<ActionCode>,
    /// The archive ID requested for a select job or archive retrieval. Otherwise, this field is
    /// null.
    pub archive_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the vault from which an archive retrieval was requested.
    #[shape(name = "VaultARN")]
    pub vault_arn: Option<String>,
    /// The UTC date when the job was created. This value is a string representation of ISO 8601
    /// date format, for example `"2012-03-20T17:03:43.221Z"`.
    pub creation_date: Option<String>,
    /// The job status. When a job is completed, you get the job's output using Get Job Output (GET
    /// output).
    pub completed: Option<bool>,
    /// The status code can be `InProgress`, `Succeeded`, or `Failed`, and indicates the status of
    /// the job.
    pub status_code: Option<StatusCode>,
    /// A friendly message that describes the job status.
    pub status_message: Option<String>,
    /// For an archive retrieval job, this value is the size in bytes of the archive being requested
    /// for download. For an inventory retrieval or select job, this value is null.
    pub archive_size_in_bytes: Option<i64>,
    /// For an inventory retrieval job, this value is the size in bytes of the inventory requested
    /// for download. For an archive retrieval or select job, this value is null.
    pub inventory_size_in_bytes: Option<i64>,
    /// An Amazon SNS topic that receives notification.
    #[shape(name = "SNSTopic")]
    pub sns_topic: Option<String>,
    /// The UTC time that the job request completed. While the job is in progress, the value is
    /// null.
    pub completion_date: Option<String>,
    /// For an archive retrieval job, this value is the checksum of the archive. Otherwise, this
    /// value is null.
    #[shape(name = "SHA256TreeHash")]
    pub sha256_tree_hash: Option<String>,
    /// The SHA256 tree hash of the entire archive for an archive retrieval. For inventory retrieval
    /// or select jobs, this field is null.
    #[shape(name = "ArchiveSHA256TreeHash")]
    pub archive_sha256_tree_hash: Option<String>,
    /// The retrieved byte range for archive retrieval jobs in the form
    /// *StartByteValue*-*EndByteValue*. If no range was specified in the archive retrieval, then
    /// the whole archive is retrieved. In this case, *StartByteValue* equals 0 and *EndByteValue*
    /// equals the size of the archive minus 1. For inventory retrieval or select jobs, this field
    /// is null.
    pub retrieval_byte_range: Option<String>,
    /// The tier to use for a select or an archive retrieval. Valid values are `Expedited`,
    /// `Standard`, or `Bulk`. `Standard` is the default.
    pub tier: Option<String>,
    /// Parameters used for range inventory retrieval.
    pub inventory_retrieval_parameters: Option<InventoryRetrievalJobDescription>,
    /// Contains the job output location.
    pub job_output_path: Option<String>,
    /// Contains the parameters used for a select.
    pub select_parameters: Option<SelectParameters>,
    /// Contains the location where the data from the select job is stored.
    pub output_location: Option<OutputLocation>,
}

/// Contains information about a grant.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Grant {
    /// The grantee.
    pub grantee: Option<Grantee>,
    /// Specifies the permission given to the grantee.
    pub permission: Option<Permission>,
}

/// Contains information about the grantee.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Grantee {
    /// Type of grantee
    pub r#type: Type,
    /// Screen name of the grantee.
    pub display_name: Option<String>,
    /// URI of the grantee group.
    #[shape(name = "URI")]
    pub uri: Option<String>,
    /// The canonical user ID of the grantee.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// Email address of the grantee.
    pub email_address: Option<String>,
}

/// Provides options for initiating an Amazon Glacier job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// Provides options for specifying job information.
    #[shape(name = "jobParameters", payload)]
    pub job_parameters: Option<JobParameters>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateJobOutput {
    /// The relative URI path of the job.
    #[shape(name = "location", header = "Location")]
    pub location: Option<String>,
    /// The ID of the job.
    #[shape(name = "jobId", header = "x-amz-job-id")]
    pub job_id: Option<String>,
    /// The path to the location of where the select results are stored.
    #[shape(name = "jobOutputPath", header = "x-amz-job-output-path")]
    pub job_output_path: Option<String>,
}

/// Provides options for initiating a multipart upload to an Amazon Glacier vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The archive description that you are uploading in parts.
    #[shape(name = "archiveDescription", header = "x-amz-archive-description")]
    pub archive_description: Option<String>,
    /// The size of each part except the last, in bytes. The last part can be smaller than this part
    /// size.
    #[shape(name = "partSize", header = "x-amz-part-size")]
    pub part_size: Option<String>,
}

/// The Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateMultipartUploadOutput {
    /// The relative URI path of the multipart upload ID Amazon Glacier created.
    #[shape(name = "location", header = "Location")]
    pub location: Option<String>,
    /// The ID of the multipart upload. This value is also included as part of the location.
    #[shape(name = "uploadId", header = "x-amz-multipart-upload-id")]
    pub upload_id: Option<String>,
}

/// The input values for `InitiateVaultLock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The vault lock policy as a JSON string, which uses "\\" as an escape character.
    #[shape(name = "policy", payload)]
    pub policy: Option<VaultLockPolicy>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateVaultLockOutput {
    /// The lock ID, which is used to complete the vault locking process.
    #[shape(name = "lockId", header = "x-amz-lock-id")]
    pub lock_id: Option<String>,
}

/// Describes how the archive is serialized.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    #[shape(name = "csv")]
    pub csv: Option<CSVInput>,
}

/// Describes the options for a range inventory retrieval job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryRetrievalJobDescription {
    /// The output format for the vault inventory list, which is set by the **InitiateJob** request
    /// when initiating a job to retrieve a vault inventory. Valid values are `CSV` and `JSON`.
    pub format: Option<String>,
    /// The start of the date range in Universal Coordinated Time (UTC) for vault inventory
    /// retrieval that includes archives created on or after this date. This value should be a
    /// string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`.
    pub start_date: Option<String>,
    /// The end of the date range in UTC for vault inventory retrieval that includes archives
    /// created before this date. This value should be a string in the ISO 8601 date format, for
    /// example `2013-03-20T17:03:43Z`.
    pub end_date: Option<String>,
    /// The maximum number of inventory items returned per vault inventory retrieval request. This
    /// limit is set when initiating the job with the a **InitiateJob** request.
    pub limit: Option<String>,
    /// An opaque string that represents where to continue pagination of the vault inventory
    /// retrieval results. You use the marker in a new **InitiateJob** request to obtain additional
    /// inventory items. If there are no more inventory items, this value is `null`. For more
    /// information, see [ Range Inventory
    /// Retrieval](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html#api-initiate-job-post-vault-inventory-list-filtering).
    pub marker: Option<String>,
}

/// Provides options for specifying a range inventory retrieval job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryRetrievalJobInput {
    /// The start of the date range in UTC for vault inventory retrieval that includes archives
    /// created on or after this date. This value should be a string in the ISO 8601 date format,
    /// for example `2013-03-20T17:03:43Z`.
    pub start_date: Option<String>,
    /// The end of the date range in UTC for vault inventory retrieval that includes archives
    /// created before this date. This value should be a string in the ISO 8601 date format, for
    /// example `2013-03-20T17:03:43Z`.
    pub end_date: Option<String>,
    /// Specifies the maximum number of inventory items returned per vault inventory retrieval
    /// request. Valid values are greater than or equal to 1.
    pub limit: Option<String>,
    /// An opaque string that represents where to continue pagination of the vault inventory
    /// retrieval results. You use the marker in a new **InitiateJob** request to obtain additional
    /// inventory items. If there are no more inventory items, this value is `null`.
    pub marker: Option<String>,
}

/// Provides options for defining a job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JobParameters {
    /// When initiating a job to retrieve a vault inventory, you can optionally add this parameter
    /// to your request to specify the output format. If you are initiating an inventory job and do
    /// not specify a Format field, JSON is the default format. Valid values are "CSV" and "JSON".
    pub format: Option<String>,
    /// The job type. You can initiate a job to perform a select query on an archive, retrieve an
    /// archive, or get an inventory of a vault. Valid values are "select", "archive-retrieval" and
    /// "inventory-retrieval".
    pub r#type: Option<String>,
    /// The ID of the archive that you want to retrieve. This field is required only if `Type` is
    /// set to `select` or `archive-retrieval`code\>. An error occurs if you specify this request
    /// parameter for an inventory retrieval job request.
    pub archive_id: Option<String>,
    /// The optional description for the job. The description must be less than or equal to 1,024
    /// bytes. The allowable characters are 7-bit ASCII without control codes-specifically, ASCII
    /// values 32-126 decimal or 0x20-0x7E hexadecimal.
    pub description: Option<String>,
    /// The Amazon SNS topic ARN to which Amazon Glacier sends a notification when the job is
    /// completed and the output is ready for you to download. The specified topic publishes the
    /// notification to its subscribers. The SNS topic must exist.
    #[shape(name = "SNSTopic")]
    pub sns_topic: Option<String>,
    /// The byte range to retrieve for an archive retrieval. in the form
    /// "*StartByteValue*-*EndByteValue*" If not specified, the whole archive is retrieved. If
    /// specified, the byte range must be megabyte (1024\*1024) aligned which means that
    /// *StartByteValue* must be divisible by 1 MB and *EndByteValue* plus 1 must be divisible by 1
    /// MB or be the end of the archive specified as the archive byte size value minus 1. If
    /// RetrievalByteRange is not megabyte aligned, this operation returns a 400 response.
    pub retrieval_byte_range: Option<String>,
    /// The tier to use for a select or an archive retrieval job. Valid values are `Expedited`,
    /// `Standard`, or `Bulk`. `Standard` is the default.
    pub tier: Option<String>,
    /// Input parameters used for range inventory retrieval.
    pub inventory_retrieval_parameters: Option<InventoryRetrievalJobInput>,
    /// Contains the parameters that define a job.
    pub select_parameters: Option<SelectParameters>,
    /// Contains information about the location where the select job results are stored.
    pub output_location: Option<OutputLocation>,
}

/// Provides options for retrieving a job list for an Amazon Glacier vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListJobsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The maximum number of jobs to be returned. The default limit is 50. The number of jobs
    /// returned might be fewer than the specified limit, but the number of returned jobs never
    /// exceeds the limit.
    #[shape(name = "limit", query = "limit")]
    pub limit: Option<String>,
    /// An opaque string used for pagination. This value specifies the job at which the listing of
    /// jobs should begin. Get the marker value from a previous List Jobs response. You only need to
    /// include the marker if you are continuing the pagination of results started in a previous
    /// List Jobs request.
    #[shape(name = "marker", query = "marker")]
    pub marker: Option<String>,
    /// The type of job status to return. You can specify the following values: `InProgress`,
    /// `Succeeded`, or `Failed`.
    #[shape(name = "statuscode", query = "statuscode")]
    pub statuscode: Option<String>,
    /// The state of the jobs to return. You can specify `true` or `false`.
    #[shape(name = "completed", query = "completed")]
    pub completed: Option<String>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListJobsOutput {
    /// A list of job objects. Each job object contains metadata describing the job.
    pub job_list: Option<Vec<GlacierJobDescription>>,
    /// An opaque string used for pagination that specifies the job at which the listing of jobs
    /// should begin. You get the `marker` value from a previous List Jobs response. You only need
    /// to include the marker if you are continuing the pagination of the results started in a
    /// previous List Jobs request.
    pub marker: Option<String>,
}

/// Provides options for retrieving list of in-progress multipart uploads for an Amazon Glacier
/// vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// An opaque string used for pagination. This value specifies the upload at which the listing
    /// of uploads should begin. Get the marker value from a previous List Uploads response. You
    /// need only include the marker if you are continuing the pagination of results started in a
    /// previous List Uploads request.
    #[shape(name = "marker", query = "marker")]
    pub marker: Option<String>,
    /// Specifies the maximum number of uploads returned in the response body. If this value is not
    /// specified, the List Uploads operation returns up to 50 uploads.
    #[shape(name = "limit", query = "limit")]
    pub limit: Option<String>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsOutput {
    /// A list of in-progress multipart uploads.
    pub uploads_list: Option<Vec<UploadListElement>>,
    /// An opaque string that represents where to continue pagination of the results. You use the
    /// marker in a new List Multipart Uploads request to obtain more uploads in the list. If there
    /// are no more uploads, this value is `null`.
    pub marker: Option<String>,
}

/// Provides options for retrieving a list of parts of an archive that have been uploaded in a
/// specific multipart upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The upload ID of the multipart upload.
    #[shape(name = "uploadId", label)]
    pub upload_id: String,
    /// An opaque string used for pagination. This value specifies the part at which the listing of
    /// parts should begin. Get the marker value from the response of a previous List Parts
    /// response. You need only include the marker if you are continuing the pagination of results
    /// started in a previous List Parts request.
    #[shape(name = "marker", query = "marker")]
    pub marker: Option<String>,
    /// The maximum number of parts to be returned. The default limit is 50. The number of parts
    /// returned might be fewer than the specified limit, but the number of returned parts never
    /// exceeds the limit.
    #[shape(name = "limit", query = "limit")]
    pub limit: Option<String>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartsOutput {
    /// The ID of the upload to which the parts are associated.
    pub multipart_upload_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the vault to which the multipart upload was initiated.
    #[shape(name = "VaultARN")]
    pub vault_arn: Option<String>,
    /// The description of the archive that was specified in the Initiate Multipart Upload request.
    pub archive_description: Option<String>,
    /// The part size in bytes. This is the same value that you specified in the Initiate Multipart
    /// Upload request.
    pub part_size_in_bytes: Option<i64>,
    /// The UTC time at which the multipart upload was initiated.
    pub creation_date: Option<String>,
    /// A list of the part sizes of the multipart upload. Each object in the array contains a
    /// `RangeBytes` and `sha256-tree-hash` name/value pair.
    pub parts: Option<Vec<PartListElement>>,
    /// An opaque string that represents where to continue pagination of the results. You use the
    /// marker in a new List Parts request to obtain more jobs in the list. If there are no more
    /// parts, this value is `null`.
    pub marker: Option<String>,
}

/// The input of `ListProvisionedCapacity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedCapacityInput {
    /// The AWS account ID of the account that owns the vault. You can either specify an AWS account
    /// ID or optionally a single '-' (hyphen), in which case Amazon Glacier uses the AWS account ID
    /// associated with the credentials used to sign the request. If you use an account ID, don't
    /// include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
}

/// The output of `ListProvisionedCapacity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedCapacityOutput {
    /// The response body contains the following JSON fields.
    pub provisioned_capacity_list: Option<Vec<ProvisionedCapacityDescription>>,
}

/// The input value for `ListTagsForVaultInput`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForVaultOutput {
    /// The tags attached to the vault. Each tag is composed of a key and a value.
    pub tags: Option<HashMap<String, String>>,
}

/// Provides options to retrieve the vault list owned by the calling user's account. The list
/// provides metadata information for each vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVaultsInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// A string used for pagination. The marker specifies the vault ARN after which the listing of
    /// vaults should begin.
    #[shape(name = "marker", query = "marker")]
    pub marker: Option<String>,
    /// The maximum number of vaults to be returned. The default limit is 10. The number of vaults
    /// returned might be fewer than the specified limit, but the number of returned vaults never
    /// exceeds the limit.
    #[shape(name = "limit", query = "limit")]
    pub limit: Option<String>,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVaultsOutput {
    /// List of vaults.
    pub vault_list: Option<Vec<DescribeVaultOutput>>,
    /// The vault ARN at which to continue pagination of the results. You use the marker in another
    /// List Vaults request to obtain more vaults in the list.
    pub marker: Option<String>,
}

/// Contains information about the location where the select job results are stored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputLocation {
    /// Describes an S3 location that will receive the results of the job request.
    pub s3: Option<S3Location>,
}

/// Describes how the select output is serialized.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded query results.
    #[shape(name = "csv")]
    pub csv: Option<CSVOutput>,
}

/// A list of the part sizes of the multipart upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PartListElement {
    /// The byte range of a part, inclusive of the upper value of the range.
    pub range_in_bytes: Option<String>,
    /// The SHA256 tree hash value that Amazon Glacier calculated for the part. This field is never
    /// `null`.
    #[shape(name = "SHA256TreeHash")]
    pub sha256_tree_hash: Option<String>,
}

/// The model's `Permission`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Permission {
    /// `FULL_CONTROL`
    #[default]
    #[shape(name = "FULL_CONTROL")]
    FullControl,
    /// `WRITE`
    #[shape(name = "WRITE")]
    Write,
    /// `WRITE_ACP`
    #[shape(name = "WRITE_ACP")]
    WriteAcp,
    /// `READ`
    #[shape(name = "READ")]
    Read,
    /// `READ_ACP`
    #[shape(name = "READ_ACP")]
    ReadAcp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The definition for a provisioned capacity unit.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedCapacityDescription {
    /// The ID that identifies the provisioned capacity unit.
    pub capacity_id: Option<String>,
    /// The date that the provisioned capacity unit was purchased, in Universal Coordinated Time
    /// (UTC).
    pub start_date: Option<String>,
    /// The date that the provisioned capacity unit expires, in Universal Coordinated Time (UTC).
    pub expiration_date: Option<String>,
}

/// The input of `PurchaseProvisionedCapacity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PurchaseProvisionedCapacityInput {
    /// The AWS account ID of the account that owns the vault. You can either specify an AWS account
    /// ID or optionally a single '-' (hyphen), in which case Amazon Glacier uses the AWS account ID
    /// associated with the credentials used to sign the request. If you use an account ID, don't
    /// include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
}

/// The output of `PurchaseProvisionedCapacity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PurchaseProvisionedCapacityOutput {
    /// The ID that identifies the provisioned capacity unit.
    #[shape(name = "capacityId", header = "x-amz-capacity-id")]
    pub capacity_id: Option<String>,
}

/// The model's `QuoteFields`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum QuoteFields {
    /// `ALWAYS`
    #[default]
    #[shape(name = "ALWAYS")]
    Always,
    /// `ASNEEDED`
    #[shape(name = "ASNEEDED")]
    Asneeded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input value for `RemoveTagsFromVaultInput`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTagsFromVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// A list of tag keys. Each corresponding tag is removed from the vault.
    pub tag_keys: Option<Vec<String>>,
}

/// Contains information about the location in Amazon S3 where the select job results are stored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3Location {
    /// The name of the Amazon S3 bucket where the job results are stored.
    pub bucket_name: Option<String>,
    /// The prefix that is prepended to the results for this request.
    pub prefix: Option<String>,
    /// Contains information about the encryption used to store the job results in Amazon S3.
    pub encryption: Option<Encryption>,
    /// The canned access control list (ACL) to apply to the job results.
    #[shape(name = "CannedACL")]
    pub canned_acl: Option<CannedACL>,
    /// A list of grants that control access to the staged results.
    pub access_control_list: Option<Vec<Grant>>,
    /// The tag-set that is applied to the job results.
    pub tagging: Option<HashMap<String, String>>,
    /// A map of metadata to store with the job results in Amazon S3.
    pub user_metadata: Option<HashMap<String, String>>,
    /// The storage class used to store the job results.
    pub storage_class: Option<StorageClass>,
}

/// Contains information about the parameters used for a select.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SelectParameters {
    /// Describes the serialization format of the object.
    pub input_serialization: Option<InputSerialization>,
    /// The type of the provided expression, for example `SQL`.
    pub expression_type: Option<ExpressionType>,
    /// The expression that is used to select the object.
    pub expression: Option<String>,
    /// Describes how the results of the select job are serialized.
    pub output_serialization: Option<OutputSerialization>,
}

/// SetDataRetrievalPolicy input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetDataRetrievalPolicyInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS account ID
    /// associated with the credentials used to sign the request. You can either specify an AWS
    /// account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS
    /// account ID associated with the credentials used to sign the request. If you specify your
    /// account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The data retrieval policy in JSON format.
    pub policy: Option<DataRetrievalPolicy>,
}

/// SetVaultAccessPolicy input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The vault access policy as a JSON string.
    #[shape(name = "policy", payload)]
    pub policy: Option<VaultAccessPolicy>,
}

/// Provides options to configure notifications that will be sent when specific events happen to a
/// vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// Provides options for specifying notification configuration.
    #[shape(name = "vaultNotificationConfig", payload)]
    pub vault_notification_config: Option<VaultNotificationConfig>,
}

/// The model's `StatusCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StatusCode {
    /// `InProgress`
    #[default]
    InProgress,
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StorageClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `REDUCED_REDUNDANCY`
    #[shape(name = "REDUCED_REDUNDANCY")]
    ReducedRedundancy,
    /// `STANDARD_IA`
    #[shape(name = "STANDARD_IA")]
    StandardIa,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Type`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Type {
    /// `AmazonCustomerByEmail`
    #[default]
    AmazonCustomerByEmail,
    /// `CanonicalUser`
    CanonicalUser,
    /// `Group`
    Group,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Provides options to add an archive to a vault.
#[derive(Shape, Debug, Default)]
pub struct UploadArchiveInput {
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The optional description of the archive you are uploading.
    #[shape(name = "archiveDescription", header = "x-amz-archive-description")]
    pub archive_description: Option<String>,
    /// The SHA256 tree hash of the data being uploaded.
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    /// The data to upload.
    #[shape(name = "body", payload)]
    pub body: ByteStream,
}

/// A list of in-progress multipart uploads for a vault.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadListElement {
    /// The ID of a multipart upload.
    pub multipart_upload_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the vault that contains the archive.
    #[shape(name = "VaultARN")]
    pub vault_arn: Option<String>,
    /// The description of the archive that was specified in the Initiate Multipart Upload request.
    pub archive_description: Option<String>,
    /// The part size, in bytes, specified in the Initiate Multipart Upload request. This is the
    /// size of all the parts in the upload except the last part, which may be smaller than this
    /// size.
    pub part_size_in_bytes: Option<i64>,
    /// The UTC time at which the multipart upload was initiated.
    pub creation_date: Option<String>,
}

/// Provides options to upload a part of an archive in a multipart upload operation.
#[derive(Shape, Debug, Default)]
pub struct UploadMultipartPartInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon
    /// Glacier uses the AWS account ID associated with the credentials used to sign the request. If
    /// you use an account ID, do not include any hyphens ('-') in the ID.
    #[shape(name = "accountId", label)]
    pub account_id: String,
    /// The name of the vault.
    #[shape(name = "vaultName", label)]
    pub vault_name: String,
    /// The upload ID of the multipart upload.
    #[shape(name = "uploadId", label)]
    pub upload_id: String,
    /// The SHA256 tree hash of the data being uploaded.
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    /// Identifies the range of bytes in the assembled archive that will be uploaded in this part.
    /// Amazon Glacier uses this information to assemble the archive in the proper sequence. The
    /// format of this header follows RFC 2616. An example header is Content-Range:bytes
    /// 0-4194303/\*.
    #[shape(name = "range", header = "Content-Range")]
    pub range: Option<String>,
    /// The data to upload.
    #[shape(name = "body", payload)]
    pub body: ByteStream,
}

/// Contains the Amazon Glacier response to your request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadMultipartPartOutput {
    /// The SHA256 tree hash that Amazon Glacier computed for the uploaded part.
    #[shape(name = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
}

/// Contains the vault access policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VaultAccessPolicy {
    /// The vault access policy.
    pub policy: Option<String>,
}

/// Contains the vault lock policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VaultLockPolicy {
    /// The vault lock policy.
    pub policy: Option<String>,
}

/// Represents a vault's notification configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VaultNotificationConfig {
    /// The Amazon Simple Notification Service (Amazon SNS) topic Amazon Resource Name (ARN).
    #[shape(name = "SNSTopic")]
    pub sns_topic: Option<String>,
    /// A list of one or more events for which Amazon Glacier will send a notification to the
    /// specified Amazon SNS topic.
    pub events: Option<Vec<String>>,
}
