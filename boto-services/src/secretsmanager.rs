//! AWS Secrets Manager (`secretsmanager`, API version 2017-10-17): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- secretsmanager --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon Web Services Secrets Manager provides a service to enable you to store, manage, and
/// retrieve, secrets.
#[client(
    service = "secretsmanager",
    protocol = "awsJson1_1",
    target_prefix = "secretsmanager",
    api_version = "2017-10-17",
    service_id = "Secrets Manager",
    endpoint_rules = include_str!("secretsmanager/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Retrieves the contents of the encrypted fields `SecretString` or `SecretBinary` for up to 20
    /// secrets. To retrieve a single secret, call `GetSecretValue`.
    batch_get_secret_value: Op<BatchGetSecretValueRequest, BatchGetSecretValueResponse>,
    /// Turns off automatic rotation, and if a rotation is currently in progress, cancels the
    /// rotation.
    cancel_rotate_secret: Op<CancelRotateSecretRequest, CancelRotateSecretResponse>,
    /// Creates a new secret. A *secret* can be a password, a set of credentials such as a user name
    /// and password, an OAuth token, or other secret information that you store in an encrypted
    /// form in Secrets Manager. The secret also includes the connection information to access a
    /// database or other service, which Secrets Manager doesn't encrypt. A secret in Secrets
    /// Manager consists of both the protected secret data and the important information needed to
    /// manage the secret.
    create_secret: Op<CreateSecretRequest, CreateSecretResponse>,
    /// Deletes the resource-based permission policy attached to the secret. To attach a policy to a
    /// secret, use `PutResourcePolicy`.
    delete_resource_policy: Op<DeleteResourcePolicyRequest, DeleteResourcePolicyResponse>,
    /// Deletes a secret and all of its versions. You can specify a recovery window during which you
    /// can restore the secret. The minimum recovery window is 7 days. The default recovery window
    /// is 30 days. Secrets Manager attaches a `DeletionDate` stamp to the secret that specifies the
    /// end of the recovery window. At the end of the recovery window, Secrets Manager deletes the
    /// secret permanently.
    delete_secret: Op<DeleteSecretRequest, DeleteSecretResponse>,
    /// Retrieves the details of a secret. It does not include the encrypted secret value. Secrets
    /// Manager only returns fields that have a value in the response.
    describe_secret: Op<DescribeSecretRequest, DescribeSecretResponse>,
    /// Generates a random password. We recommend that you specify the maximum length and include
    /// every character type that the system you are generating a password for can support. By
    /// default, Secrets Manager uses uppercase and lowercase letters, numbers, and the following
    /// characters in passwords: `!\"#$%&'()*+,-./:;<=>?@[\\]^_'{|}~`
    get_random_password: Op<GetRandomPasswordRequest, GetRandomPasswordResponse>,
    /// Retrieves the JSON text of the resource-based policy document attached to the secret. For
    /// more information about permissions policies attached to a secret, see [Permissions policies
    /// attached to a
    /// secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html).
    get_resource_policy: Op<GetResourcePolicyRequest, GetResourcePolicyResponse>,
    /// Retrieves the contents of the encrypted fields `SecretString` or `SecretBinary` from the
    /// specified version of a secret, whichever contains content.
    get_secret_value: Op<GetSecretValueRequest, GetSecretValueResponse>,
    /// Lists the versions of a secret. Secrets Manager uses staging labels to indicate the
    /// different versions of a secret. For more information, see [ Secrets Manager concepts:
    /// Versions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/getting-started.html#term_version).
    list_secret_version_ids: Op<ListSecretVersionIdsRequest, ListSecretVersionIdsResponse>,
    /// Lists the secrets that are stored by Secrets Manager in the Amazon Web Services account, not
    /// including secrets that are marked for deletion. To see secrets marked for deletion, use the
    /// Secrets Manager console.
    #[op(paginate(input_token = next_token, output_token = next_token, items = secret_list, limit = max_results))]
    list_secrets: Op<ListSecretsRequest, ListSecretsResponse>,
    /// Attaches a resource-based permission policy to a secret. A resource-based policy is
    /// optional. For more information, see [Authentication and access control for Secrets
    /// Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html)
    put_resource_policy: Op<PutResourcePolicyRequest, PutResourcePolicyResponse>,
    /// Creates a new version of your secret by creating a new encrypted value and attaching it to
    /// the secret. version can contain a new `SecretString` value or a new `SecretBinary` value.
    put_secret_value: Op<PutSecretValueRequest, PutSecretValueResponse>,
    /// For a secret that is replicated to other Regions, deletes the secret replicas from the
    /// Regions you specify.
    remove_regions_from_replication:
        Op<RemoveRegionsFromReplicationRequest, RemoveRegionsFromReplicationResponse>,
    /// Replicates the secret to a new Regions. See [Multi-Region
    /// secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html).
    replicate_secret_to_regions:
        Op<ReplicateSecretToRegionsRequest, ReplicateSecretToRegionsResponse>,
    /// Cancels the scheduled deletion of a secret by removing the `DeletedDate` time stamp. You can
    /// access a secret again after it has been restored.
    restore_secret: Op<RestoreSecretRequest, RestoreSecretResponse>,
    /// Configures and starts the asynchronous process of rotating the secret. For information about
    /// rotation, see [Rotate
    /// secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html)
    /// in the *Secrets Manager User Guide*. If you include the configuration parameters, the
    /// operation sets the values for the secret and then immediately starts a rotation. If you
    /// don't include the configuration parameters, the operation starts a rotation with the values
    /// already stored in the secret.
    rotate_secret: Op<RotateSecretRequest, RotateSecretResponse>,
    /// Removes the link between the replica secret and the primary secret and promotes the replica
    /// to a primary secret in the replica Region.
    stop_replication_to_replica:
        Op<StopReplicationToReplicaRequest, StopReplicationToReplicaResponse>,
    /// Attaches tags to a secret. Tags consist of a key name and a value. Tags are part of the
    /// secret's metadata. They are not associated with specific versions of the secret. This
    /// operation appends tags to the existing list of tags.
    tag_resource: Op<TagResourceRequest, ()>,
    /// Removes specific tags from a secret.
    untag_resource: Op<UntagResourceRequest, ()>,
    /// Modifies the details of a secret, including metadata and the secret value. To change the
    /// secret value, you can also use `PutSecretValue`.
    update_secret: Op<UpdateSecretRequest, UpdateSecretResponse>,
    /// Modifies the staging labels attached to a version of a secret. Secrets Manager uses staging
    /// labels to track a version as it progresses through the secret rotation process. Each staging
    /// label can be attached to only one version at a time. To add a staging label to a version
    /// when it is already attached to another version, Secrets Manager first removes it from the
    /// other version first and then attaches it to this one. For more information about versions
    /// and staging labels, see [Concepts:
    /// Version](https://docs.aws.amazon.com/secretsmanager/latest/userguide/getting-started.html#term_version).
    update_secret_version_stage:
        Op<UpdateSecretVersionStageRequest, UpdateSecretVersionStageResponse>,
    /// Validates that a resource policy does not grant a wide range of principals access to your
    /// secret. A resource-based policy is optional for secrets.
    validate_resource_policy: Op<ValidateResourcePolicyRequest, ValidateResourcePolicyResponse>,
}

/// The error Secrets Manager encountered while retrieving an individual secret as part of
/// `BatchGetSecretValue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct APIErrorType {
    /// The ARN or name of the secret.
    pub secret_id: Option<String>,
    /// The error Secrets Manager encountered while retrieving an individual secret as part of
    /// `BatchGetSecretValue`, for example `ResourceNotFoundException`,`InvalidParameterException`,
    /// `InvalidRequestException`, `DecryptionFailure`, or `AccessDeniedException`.
    pub error_code: Option<String>,
    /// A message describing the error.
    pub message: Option<String>,
}

/// The input of `BatchGetSecretValue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetSecretValueRequest {
    /// The ARN or names of the secrets to retrieve. You must include `Filters` or `SecretIdList`,
    /// but not both.
    pub secret_id_list: Option<Vec<String>>,
    /// The filters to choose which secrets to retrieve. You must include `Filters` or
    /// `SecretIdList`, but not both.
    pub filters: Option<Vec<Filter>>,
    /// The number of results to include in the response.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not
    /// show all results. To get the next results, call `BatchGetSecretValue` again with this value.
    pub next_token: Option<String>,
}

/// The output of `BatchGetSecretValue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetSecretValueResponse {
    /// A list of secret values.
    pub secret_values: Option<Vec<SecretValueEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included
    /// in the current response. This can occur even when the response includes no values at all,
    /// such as when you ask for a filtered view of a long list. To get the next results, call
    /// `BatchGetSecretValue` again with this value.
    pub next_token: Option<String>,
    /// A list of errors Secrets Manager encountered while attempting to retrieve individual
    /// secrets.
    pub errors: Option<Vec<APIErrorType>>,
}

/// The input of `CancelRotateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelRotateSecretRequest {
    /// The ARN or name of the secret.
    pub secret_id: String,
}

/// The output of `CancelRotateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelRotateSecretResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The unique identifier of the version of the secret created during the rotation. This version
    /// might not be complete, and should be evaluated for possible deletion. We recommend that you
    /// remove the `VersionStage` value `AWSPENDING` from this version so that Secrets Manager can
    /// delete it. Failing to clean up a cancelled rotation can block you from starting future
    /// rotations.
    pub version_id: Option<String>,
}

/// The input of `CreateSecret`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateSecretRequest {
    /// The name of the new secret.
    pub name: String,
    /// If you include `SecretString` or `SecretBinary`, then Secrets Manager creates an initial
    /// version for the secret, and this parameter specifies the unique identifier for the new
    /// version.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt the secret
    /// value in the secret. An alias is always prefixed by `alias/`, for example
    /// `alias/aws/secretsmanager`. For more information, see [About
    /// aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html).
    pub kms_key_id: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. We recommend that you
    /// store your binary data in a file and then pass the contents of the file as a parameter.
    pub secret_binary: Option<Blob>,
    /// The text data to encrypt and store in this new version of the secret. We recommend you use a
    /// JSON structure of key/value pairs for your secret value.
    pub secret_string: Option<String>,
    /// A list of tags to attach to the secret. Each tag is a key and value pair of strings in a
    /// JSON text string, for example:
    pub tags: Option<Vec<Tag>>,
    /// A list of Regions and KMS keys to replicate secrets.
    pub add_replica_regions: Option<Vec<ReplicaRegionType>>,
    /// Specifies whether to overwrite a secret with the same name in the destination Region. By
    /// default, secrets aren't overwritten.
    pub force_overwrite_replica_secret: Option<bool>,
    /// The exact string that identifies the partner that holds the external secret. For more
    /// information, see [Using Secrets Manager managed external
    /// secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html).
    pub r#type: Option<String>,
}

impl ::std::fmt::Debug for CreateSecretRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecretRequest")
            .field("name", &self.name)
            .field("client_request_token", &self.client_request_token)
            .field("description", &self.description)
            .field("kms_key_id", &self.kms_key_id)
            .field(
                "secret_binary",
                &self.secret_binary.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "secret_string",
                &self.secret_string.as_ref().map(|_| "** redacted **"),
            )
            .field("tags", &self.tags)
            .field("add_replica_regions", &self.add_replica_regions)
            .field(
                "force_overwrite_replica_secret",
                &self.force_overwrite_replica_secret,
            )
            .field("type", &self.r#type)
            .finish()
    }
}

/// The output of `CreateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSecretResponse {
    /// The ARN of the new secret. The ARN includes the name of the secret followed by six random
    /// characters. This ensures that if you create a new secret with the same name as a deleted
    /// secret, then users with access to the old secret don't get access to the new secret because
    /// the ARNs are different.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the new secret.
    pub name: Option<String>,
    /// The unique identifier associated with the version of the new secret.
    pub version_id: Option<String>,
    /// A list of the replicas of this secret and their status:
    pub replication_status: Option<Vec<ReplicationStatusType>>,
}

/// The input of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyRequest {
    /// The ARN or name of the secret to delete the attached resource-based policy for.
    pub secret_id: String,
}

/// The output of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyResponse {
    /// The ARN of the secret that the resource-based policy was deleted for.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret that the resource-based policy was deleted for.
    pub name: Option<String>,
}

/// The input of `DeleteSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSecretRequest {
    /// The ARN or name of the secret to delete.
    pub secret_id: String,
    /// The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the
    /// secret. You can't use both this parameter and `ForceDeleteWithoutRecovery` in the same call.
    /// If you don't use either, then by default Secrets Manager uses a 30 day recovery window.
    pub recovery_window_in_days: Option<i64>,
    /// Specifies whether to delete the secret without any recovery window. You can't use both this
    /// parameter and `RecoveryWindowInDays` in the same call. If you don't use either, then by
    /// default Secrets Manager uses a 30 day recovery window.
    pub force_delete_without_recovery: Option<bool>,
}

/// The output of `DeleteSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSecretResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The date and time after which this secret Secrets Manager can permanently delete this
    /// secret, and it can no longer be restored. This value is the date and time of the delete
    /// request plus the number of days in `RecoveryWindowInDays`.
    pub deletion_date: Option<DateTime>,
}

/// The input of `DescribeSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSecretRequest {
    /// The ARN or name of the secret.
    pub secret_id: String,
}

/// The output of `DescribeSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSecretResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The exact string that identifies the partner that holds the external secret. For more
    /// information, see [Using Secrets Manager managed external
    /// secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html).
    pub r#type: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The key ID or alias ARN of the KMS key that Secrets Manager uses to encrypt the secret
    /// value. If the secret is encrypted with the Amazon Web Services managed key
    /// `aws/secretsmanager`, this field is omitted. Secrets created using the console use an KMS
    /// key ID.
    pub kms_key_id: Option<String>,
    /// Specifies whether automatic rotation is turned on for this secret. If the secret has never
    /// been configured for rotation, Secrets Manager returns null.
    pub rotation_enabled: Option<bool>,
    /// The ARN of the Lambda function that Secrets Manager invokes to rotate the secret.
    #[shape(name = "RotationLambdaARN")]
    pub rotation_lambda_arn: Option<String>,
    /// The rotation schedule and Lambda function for this secret. If the secret previously had
    /// rotation turned on, but it is now turned off, this field shows the previous rotation
    /// schedule and rotation function. If the secret never had rotation turned on, this field is
    /// omitted.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value
    /// pairs in JSON format specified by the partner. For more information about the required
    /// information, see [Managed external secrets
    /// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_metadata: Option<Vec<ExternalSecretRotationMetadataItem>>,
    /// The Amazon Resource Name (ARN) of the role that allows Secrets Manager to rotate a secret
    /// held by a third-party partner. For more information, see [Security and
    /// permissions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-security.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// The last date and time that Secrets Manager rotated the secret. If the secret isn't
    /// configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub last_rotated_date: Option<DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: Option<DateTime>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the
    /// secret has never been retrieved in the Region.
    pub last_accessed_date: Option<DateTime>,
    /// The date the secret is scheduled for deletion. If it is not scheduled for deletion, this
    /// field is omitted. When you delete a secret, Secrets Manager requires a recovery window of at
    /// least 7 days before deleting the secret. Some time after the deleted date, Secrets Manager
    /// deletes the secret, including all of its versions.
    pub deleted_date: Option<DateTime>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't
    /// configured for rotation or rotation has been disabled, Secrets Manager returns null. If
    /// rotation fails, Secrets Manager retries the entire rotation process multiple times. If
    /// rotation is unsuccessful, this date may be in the past.
    pub next_rotation_date: Option<DateTime>,
    /// The list of tags attached to the secret. To add tags to a secret, use `TagResource`. To
    /// remove tags, use `UntagResource`.
    pub tags: Option<Vec<Tag>>,
    /// A list of the versions of the secret that have staging labels attached. Versions that don't
    /// have staging labels are considered deprecated and Secrets Manager can delete them.
    pub version_ids_to_stages: Option<HashMap<String, Vec<String>>>,
    /// The ID of the service that created this secret. For more information, see [Secrets managed
    /// by other Amazon Web Services
    /// services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    pub owning_service: Option<String>,
    /// The date the secret was created.
    pub created_date: Option<DateTime>,
    /// The Region the secret is in. If a secret is replicated to other Regions, the replicas are
    /// listed in `ReplicationStatus`.
    pub primary_region: Option<String>,
    /// A list of the replicas of this secret and their status:
    pub replication_status: Option<Vec<ReplicationStatusType>>,
}

/// The metadata needed to successfully rotate a managed external secret. A list of key value pairs
/// in JSON format specified by the partner. For more information, see [Managed external secret
/// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExternalSecretRotationMetadataItem {
    /// The key that identifies the item.
    pub key: Option<String>,
    /// The value of the specified item.
    pub value: Option<String>,
}

/// Allows you to add filters when you use the search function in Secrets Manager. For more
/// information, see [Find secrets in Secrets
/// Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_search-secret.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// The following are keys you can use:
    pub key: Option<FilterNameStringType>,
    /// The keyword to filter for.
    pub values: Option<Vec<String>>,
}

/// The model's `FilterNameStringType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FilterNameStringType {
    /// `description`
    #[default]
    #[shape(name = "description")]
    Description,
    /// `name`
    #[shape(name = "name")]
    Name,
    /// `tag-key`
    #[shape(name = "tag-key")]
    TagKey,
    /// `tag-value`
    #[shape(name = "tag-value")]
    TagValue,
    /// `primary-region`
    #[shape(name = "primary-region")]
    PrimaryRegion,
    /// `owning-service`
    #[shape(name = "owning-service")]
    OwningService,
    /// `all`
    #[shape(name = "all")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetRandomPassword`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRandomPasswordRequest {
    /// The length of the password. If you don't include this parameter, the default length is 32
    /// characters.
    pub password_length: Option<i64>,
    /// A string of the characters that you don't want in the password.
    pub exclude_characters: Option<String>,
    /// Specifies whether to exclude numbers from the password. If you don't include this switch,
    /// the password can contain numbers.
    pub exclude_numbers: Option<bool>,
    /// Specifies whether to exclude the following punctuation characters from the password: `! " #
    /// $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ' { | } ~`. If you don't include this
    /// switch, the password can contain punctuation.
    pub exclude_punctuation: Option<bool>,
    /// Specifies whether to exclude uppercase letters from the password. If you don't include this
    /// switch, the password can contain uppercase letters.
    pub exclude_uppercase: Option<bool>,
    /// Specifies whether to exclude lowercase letters from the password. If you don't include this
    /// switch, the password can contain lowercase letters.
    pub exclude_lowercase: Option<bool>,
    /// Specifies whether to include the space character. If you include this switch, the password
    /// can contain space characters.
    pub include_space: Option<bool>,
    /// Specifies whether to include at least one upper and lowercase letter, one number, and one
    /// punctuation. If you don't include this switch, the password contains at least one of every
    /// character type.
    pub require_each_included_type: Option<bool>,
}

/// The output of `GetRandomPassword`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetRandomPasswordResponse {
    /// A string with the password.
    pub random_password: Option<String>,
}

impl ::std::fmt::Debug for GetRandomPasswordResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRandomPasswordResponse")
            .field(
                "random_password",
                &self.random_password.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyRequest {
    /// The ARN or name of the secret to retrieve the attached resource-based policy for.
    pub secret_id: String,
}

/// The output of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyResponse {
    /// The ARN of the secret that the resource-based policy was retrieved for.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret that the resource-based policy was retrieved for.
    pub name: Option<String>,
    /// A JSON-formatted string that contains the permissions policy attached to the secret. For
    /// more information about permissions policies, see [Authentication and access control for
    /// Secrets
    /// Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub resource_policy: Option<String>,
}

/// The input of `GetSecretValue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSecretValueRequest {
    /// The ARN or name of the secret to retrieve. To retrieve a secret from another account, you
    /// must use an ARN.
    pub secret_id: String,
    /// The unique identifier of the version of the secret to retrieve. If you include both this
    /// parameter and `VersionStage`, the two parameters must refer to the same secret version. If
    /// you don't specify either a `VersionStage` or `VersionId`, then Secrets Manager returns the
    /// `AWSCURRENT` version.
    pub version_id: Option<String>,
    /// The staging label of the version of the secret to retrieve.
    pub version_stage: Option<String>,
}

/// The output of `GetSecretValue`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetSecretValueResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The unique identifier of this version of the secret.
    pub version_id: Option<String>,
    /// The decrypted secret value, if the secret value was originally provided as binary data in
    /// the form of a byte array. When you retrieve a `SecretBinary` using the HTTP API, the Python
    /// SDK, or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not
    /// encoded.
    pub secret_binary: Option<Blob>,
    /// The decrypted secret value, if the secret value was originally provided as a string or
    /// through the Secrets Manager console.
    pub secret_string: Option<String>,
    /// A list of all of the staging labels currently attached to this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date and time that this version of the secret was created. If you don't specify which
    /// version in `VersionId` or `VersionStage`, then Secrets Manager uses the `AWSCURRENT`
    /// version.
    pub created_date: Option<DateTime>,
}

impl ::std::fmt::Debug for GetSecretValueResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSecretValueResponse")
            .field("arn", &self.arn)
            .field("name", &self.name)
            .field("version_id", &self.version_id)
            .field(
                "secret_binary",
                &self.secret_binary.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "secret_string",
                &self.secret_string.as_ref().map(|_| "** redacted **"),
            )
            .field("version_stages", &self.version_stages)
            .field("created_date", &self.created_date)
            .finish()
    }
}

/// The input of `ListSecretVersionIds`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSecretVersionIdsRequest {
    /// The ARN or name of the secret whose versions you want to list.
    pub secret_id: String,
    /// The number of results to include in the response.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not
    /// show all results. To get the next results, call `ListSecretVersionIds` again with this
    /// value.
    pub next_token: Option<String>,
    /// Specifies whether to include versions of secrets that don't have any staging labels attached
    /// to them. Versions without staging labels are considered deprecated and are subject to
    /// deletion by Secrets Manager. By default, versions without staging labels aren't included.
    pub include_deprecated: Option<bool>,
}

/// The output of `ListSecretVersionIds`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSecretVersionIdsResponse {
    /// A list of the versions of the secret.
    pub versions: Option<Vec<SecretVersionsListEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included
    /// in the current response. This can occur even when the response includes no values at all,
    /// such as when you ask for a filtered view of a long list. To get the next results, call
    /// `ListSecretVersionIds` again with this value.
    pub next_token: Option<String>,
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
}

/// The input of `ListSecrets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSecretsRequest {
    /// Specifies whether to include secrets scheduled for deletion. By default, secrets scheduled
    /// for deletion aren't included.
    pub include_planned_deletion: Option<bool>,
    /// The number of results to include in the response.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not
    /// show all results. To get the next results, call `ListSecrets` again with this value.
    pub next_token: Option<String>,
    /// The filters to apply to the list of secrets.
    pub filters: Option<Vec<Filter>>,
    /// Secrets are listed by `CreatedDate`.
    pub sort_order: Option<SortOrderType>,
    /// If not specified, secrets are listed by `CreatedDate`.
    pub sort_by: Option<SortByType>,
}

/// The output of `ListSecrets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSecretsResponse {
    /// A list of the secrets in the account.
    pub secret_list: Option<Vec<SecretListEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included
    /// in the current response. This can occur even when the response includes no values at all,
    /// such as when you ask for a filtered view of a long list. To get the next results, call
    /// `ListSecrets` again with this value.
    pub next_token: Option<String>,
}

/// The input of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyRequest {
    /// The ARN or name of the secret to attach the resource-based policy.
    pub secret_id: String,
    /// A JSON-formatted string for an Amazon Web Services resource-based policy. For example
    /// policies, see [Permissions policy
    /// examples](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html).
    pub resource_policy: String,
    /// Specifies whether to block resource-based policies that allow broad access to the secret,
    /// for example those that use a wildcard for the principal. By default, public policies aren't
    /// blocked.
    pub block_public_policy: Option<bool>,
}

/// The output of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
}

/// The input of `PutSecretValue`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PutSecretValueRequest {
    /// The ARN or name of the secret to add a new version to.
    pub secret_id: String,
    /// A unique identifier for the new version of the secret.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. To use this parameter
    /// in the command-line tools, we recommend that you store your binary data in a file and then
    /// pass the contents of the file as a parameter.
    pub secret_binary: Option<Blob>,
    /// The text to encrypt and store in the new version of the secret.
    pub secret_string: Option<String>,
    /// A list of staging labels to attach to this version of the secret. Secrets Manager uses
    /// staging labels to track versions of a secret through the rotation process.
    pub version_stages: Option<Vec<String>>,
    /// A unique identifier that indicates the source of the request. Required for secret rotations
    /// using an IAM assumed role or cross-account rotation, in which you rotate a secret in one
    /// account by using a Lambda rotation function in another account. In both cases, the rotation
    /// function assumes an IAM role to call Secrets Manager, and then Secrets Manager validates the
    /// identity using the token. For more information, see [How rotation
    /// works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html)
    /// and [Rotation by Lambda
    /// functions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda).
    pub rotation_token: Option<String>,
}

impl ::std::fmt::Debug for PutSecretValueRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutSecretValueRequest")
            .field("secret_id", &self.secret_id)
            .field("client_request_token", &self.client_request_token)
            .field(
                "secret_binary",
                &self.secret_binary.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "secret_string",
                &self.secret_string.as_ref().map(|_| "** redacted **"),
            )
            .field("version_stages", &self.version_stages)
            .field(
                "rotation_token",
                &self.rotation_token.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The output of `PutSecretValue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutSecretValueResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The unique identifier of the version of the secret.
    pub version_id: Option<String>,
    /// The list of staging labels that are currently attached to this version of the secret.
    /// Secrets Manager uses staging labels to track a version as it progresses through the secret
    /// rotation process.
    pub version_stages: Option<Vec<String>>,
}

/// The input of `RemoveRegionsFromReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveRegionsFromReplicationRequest {
    /// The ARN or name of the secret.
    pub secret_id: String,
    /// The Regions of the replicas to remove.
    pub remove_replica_regions: Vec<String>,
}

/// The output of `RemoveRegionsFromReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveRegionsFromReplicationResponse {
    /// The ARN of the primary secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The status of replicas for this secret after you remove Regions.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
}

/// A custom type that specifies a `Region` and the `KmsKeyId` for a replica secret.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaRegionType {
    /// A Region code. For a list of Region codes, see [Name and code of
    /// Regions](https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints).
    pub region: Option<String>,
    /// The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this
    /// field, Secrets Manager uses `aws/secretsmanager`.
    pub kms_key_id: Option<String>,
}

/// The input of `ReplicateSecretToRegions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicateSecretToRegionsRequest {
    /// The ARN or name of the secret to replicate.
    pub secret_id: String,
    /// A list of Regions in which to replicate the secret.
    pub add_replica_regions: Vec<ReplicaRegionType>,
    /// Specifies whether to overwrite a secret with the same name in the destination Region. By
    /// default, secrets aren't overwritten.
    pub force_overwrite_replica_secret: Option<bool>,
}

/// The output of `ReplicateSecretToRegions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicateSecretToRegionsResponse {
    /// The ARN of the primary secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The status of replication.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
}

/// A replication object consisting of a `RegionReplicationStatus` object and includes a Region,
/// KMSKeyId, status, and status message.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationStatusType {
    /// The Region where replication occurs.
    pub region: Option<String>,
    /// Can be an `ARN`, `Key ID`, or `Alias`.
    pub kms_key_id: Option<String>,
    /// The status can be `InProgress`, `Failed`, or `InSync`.
    pub status: Option<StatusType>,
    /// Status message such as "*Secret with this name already exists in this region*".
    pub status_message: Option<String>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the
    /// secret has never been retrieved in the Region.
    pub last_accessed_date: Option<DateTime>,
}

/// The input of `RestoreSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreSecretRequest {
    /// The ARN or name of the secret to restore.
    pub secret_id: String,
}

/// The output of `RestoreSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreSecretResponse {
    /// The ARN of the secret that was restored.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret that was restored.
    pub name: Option<String>,
}

/// The input of `RotateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotateSecretRequest {
    /// The ARN or name of the secret to rotate.
    pub secret_id: String,
    /// A unique identifier for the new version of the secret. You only need to specify this value
    /// if you implement your own retry logic and you want to ensure that Secrets Manager doesn't
    /// attempt to create a secret version twice.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// For secrets that use a Lambda rotation function to rotate, the ARN of the Lambda rotation
    /// function.
    #[shape(name = "RotationLambdaARN")]
    pub rotation_lambda_arn: Option<String>,
    /// A structure that defines the rotation configuration for this secret.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value
    /// pairs in JSON format specified by the partner. For more information about the required
    /// information, see [Using Secrets Manager managed external
    /// secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html)
    pub external_secret_rotation_metadata: Option<Vec<ExternalSecretRotationMetadataItem>>,
    /// The Amazon Resource Name (ARN) of the role that allows Secrets Manager to rotate a secret
    /// held by a third-party partner. For more information, see [Security and
    /// permissions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-security.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// Specifies whether to rotate the secret immediately or wait until the next scheduled rotation
    /// window. The rotation schedule is defined in `RotateSecretRequest$RotationRules`.
    pub rotate_immediately: Option<bool>,
}

/// The output of `RotateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotateSecretResponse {
    /// The ARN of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The ID of the new version of the secret.
    pub version_id: Option<String>,
}

/// A structure that defines the rotation configuration for the secret.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotationRulesType {
    /// The number of days between rotations of the secret. You can use this value to check that
    /// your secret meets your compliance guidelines for how often secrets must be rotated. If you
    /// use this field to set the rotation schedule, Secrets Manager calculates the next rotation
    /// date based on the previous rotation. Manually updating the secret value by calling
    /// `PutSecretValue` or `UpdateSecret` is considered a valid rotation.
    pub automatically_after_days: Option<i64>,
    /// The length of the rotation window in hours, for example `3h` for a three hour window.
    /// Secrets Manager rotates your secret at any time during this window. The window must not
    /// extend into the next rotation window or the next UTC day. The window starts according to the
    /// `ScheduleExpression`. If you don't specify a `Duration`, for a `ScheduleExpression` in
    /// hours, the window automatically closes after one hour. For a `ScheduleExpression` in days,
    /// the window automatically closes at the end of the UTC day. For more information, including
    /// examples, see [Schedule expressions in Secrets Manager
    /// rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html)
    /// in the *Secrets Manager Users Guide*.
    pub duration: Option<String>,
    /// A `cron()` or `rate()` expression that defines the schedule for rotating your secret.
    /// Secrets Manager rotation schedules use UTC time zone. Secrets Manager rotates your secret
    /// any time during a rotation window.
    pub schedule_expression: Option<String>,
}

/// A structure that contains the details about a secret. It does not include the encrypted
/// `SecretString` and `SecretBinary` values. To get those values, use
/// [GetSecretValue](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html)
/// .
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SecretListEntry {
    /// The Amazon Resource Name (ARN) of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The exact string that identifies the third-party partner that holds the external secret. For
    /// more information, see [Managed external secret
    /// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub r#type: Option<String>,
    /// The user-provided description of the secret.
    pub description: Option<String>,
    /// The ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret
    /// is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is
    /// omitted.
    pub kms_key_id: Option<String>,
    /// Indicates whether automatic, scheduled rotation is enabled for this secret.
    pub rotation_enabled: Option<bool>,
    /// The ARN of an Amazon Web Services Lambda function invoked by Secrets Manager to rotate and
    /// expire the secret either automatically per the schedule or manually by a call to [
    /// `RotateSecret`
    /// ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html).
    #[shape(name = "RotationLambdaARN")]
    pub rotation_lambda_arn: Option<String>,
    /// A structure that defines the rotation configuration for the secret.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value
    /// pairs in JSON format specified by the partner. For more information about the required
    /// information, see [Managed external secrets
    /// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_metadata: Option<Vec<ExternalSecretRotationMetadataItem>>,
    /// The role that Secrets Manager assumes to call APIs required to perform the rotation. For
    /// more information about the required information, see [Managed external secrets
    /// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// The most recent date and time that the Secrets Manager rotation process was successfully
    /// completed. This value is null if the secret hasn't ever rotated.
    pub last_rotated_date: Option<DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: Option<DateTime>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the
    /// secret has never been retrieved in the Region.
    pub last_accessed_date: Option<DateTime>,
    /// The date and time the deletion of the secret occurred. Not present on active secrets. The
    /// secret can be recovered until the number of days in the recovery window has passed, as
    /// specified in the `RecoveryWindowInDays` parameter of the [ `DeleteSecret`
    /// ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html)
    /// operation.
    pub deleted_date: Option<DateTime>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't
    /// configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub next_rotation_date: Option<DateTime>,
    /// The list of user-defined tags associated with the secret. To add tags to a secret, use [
    /// `TagResource`
    /// ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html). To
    /// remove tags, use [ `UntagResource`
    /// ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html).
    pub tags: Option<Vec<Tag>>,
    /// A list of all of the currently assigned `SecretVersionStage` staging labels and the
    /// `SecretVersionId` attached to each one. Staging labels are used to keep track of the
    /// different versions during the rotation process.
    pub secret_versions_to_stages: Option<HashMap<String, Vec<String>>>,
    /// Returns the name of the service that created the secret.
    pub owning_service: Option<String>,
    /// The date and time when a secret was created.
    pub created_date: Option<DateTime>,
    /// The Region where Secrets Manager originated the secret.
    pub primary_region: Option<String>,
}

/// A structure that contains the secret value and other details for a secret.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SecretValueEntry {
    /// The Amazon Resource Name (ARN) of the secret.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The unique version identifier of this version of the secret.
    pub version_id: Option<String>,
    /// The decrypted secret value, if the secret value was originally provided as binary data in
    /// the form of a byte array. The parameter represents the binary data as a
    /// [base64-encoded](https://tools.ietf.org/html/rfc4648#section-4) string.
    pub secret_binary: Option<Blob>,
    /// The decrypted secret value, if the secret value was originally provided as a string or
    /// through the Secrets Manager console.
    pub secret_string: Option<String>,
    /// A list of all of the staging labels currently attached to this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date the secret was created.
    pub created_date: Option<DateTime>,
}

impl ::std::fmt::Debug for SecretValueEntry {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretValueEntry")
            .field("arn", &self.arn)
            .field("name", &self.name)
            .field("version_id", &self.version_id)
            .field(
                "secret_binary",
                &self.secret_binary.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "secret_string",
                &self.secret_string.as_ref().map(|_| "** redacted **"),
            )
            .field("version_stages", &self.version_stages)
            .field("created_date", &self.created_date)
            .finish()
    }
}

/// A structure that contains information about one version of a secret.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SecretVersionsListEntry {
    /// The unique version identifier of this version of the secret.
    pub version_id: Option<String>,
    /// An array of staging labels that are currently associated with this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date that this version of the secret was last accessed. Note that the resolution of this
    /// field is at the date level and does not include the time.
    pub last_accessed_date: Option<DateTime>,
    /// The date and time this version of the secret was created.
    pub created_date: Option<DateTime>,
    /// The KMS keys used to encrypt the secret version.
    pub kms_key_ids: Option<Vec<String>>,
}

/// The model's `SortByType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SortByType {
    /// `created-date`
    #[default]
    #[shape(name = "created-date")]
    CreatedDate,
    /// `last-accessed-date`
    #[shape(name = "last-accessed-date")]
    LastAccessedDate,
    /// `last-changed-date`
    #[shape(name = "last-changed-date")]
    LastChangedDate,
    /// `name`
    #[shape(name = "name")]
    Name,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SortOrderType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SortOrderType {
    /// `asc`
    #[default]
    #[shape(name = "asc")]
    Asc,
    /// `desc`
    #[shape(name = "desc")]
    Desc,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StatusType {
    /// `InSync`
    #[default]
    InSync,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StopReplicationToReplica`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopReplicationToReplicaRequest {
    /// The name of the secret or the replica ARN. The replica ARN is the same as the original
    /// primary secret ARN expect the Region is changed to the replica Region.
    pub secret_id: String,
}

/// The output of `StopReplicationToReplica`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopReplicationToReplicaResponse {
    /// The ARN of the promoted secret. The ARN is the same as the original primary secret except
    /// the Region is changed.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
}

/// A structure that contains information about a tag.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key identifier, or name, of the tag.
    pub key: Option<String>,
    /// The string value associated with the key of the tag.
    pub value: Option<String>,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The identifier for the secret to attach tags to. You can specify either the Amazon Resource
    /// Name (ARN) or the friendly name of the secret.
    pub secret_id: String,
    /// The tags to attach to the secret as a JSON text string argument. Each element in the list
    /// consists of a `Key` and a `Value`.
    pub tags: Vec<Tag>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The ARN or name of the secret.
    pub secret_id: String,
    /// A list of tag key names to remove from the secret. You don't specify the value. Both the key
    /// and its associated value are removed.
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateSecret`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateSecretRequest {
    /// The ARN or name of the secret.
    pub secret_id: String,
    /// If you include `SecretString` or `SecretBinary`, then Secrets Manager creates a new version
    /// for the secret, and this parameter specifies the unique identifier for the new version.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt new secret
    /// versions as well as any existing versions with the staging labels `AWSCURRENT`,
    /// `AWSPENDING`, or `AWSPREVIOUS`. If you don't have `kms:Encrypt` permission to the new key,
    /// Secrets Manager does not re-encrypt existing secret versions with the new key. For more
    /// information about versions and staging labels, see [Concepts:
    /// Version](https://docs.aws.amazon.com/secretsmanager/latest/userguide/getting-started.html#term_version).
    pub kms_key_id: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. We recommend that you
    /// store your binary data in a file and then pass the contents of the file as a parameter.
    pub secret_binary: Option<Blob>,
    /// The text data to encrypt and store in the new version of the secret. We recommend you use a
    /// JSON structure of key/value pairs for your secret value.
    pub secret_string: Option<String>,
    /// The exact string that identifies the third-party partner that holds the external secret. For
    /// more information, see [Managed external secret
    /// partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub r#type: Option<String>,
}

impl ::std::fmt::Debug for UpdateSecretRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSecretRequest")
            .field("secret_id", &self.secret_id)
            .field("client_request_token", &self.client_request_token)
            .field("description", &self.description)
            .field("kms_key_id", &self.kms_key_id)
            .field(
                "secret_binary",
                &self.secret_binary.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "secret_string",
                &self.secret_string.as_ref().map(|_| "** redacted **"),
            )
            .field("type", &self.r#type)
            .finish()
    }
}

/// The output of `UpdateSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSecretResponse {
    /// The ARN of the secret that was updated.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret that was updated.
    pub name: Option<String>,
    /// If Secrets Manager created a new version of the secret during this operation, then
    /// `VersionId` contains the unique identifier of the new version.
    pub version_id: Option<String>,
}

/// The input of `UpdateSecretVersionStage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSecretVersionStageRequest {
    /// The ARN or the name of the secret with the version and staging labelsto modify.
    pub secret_id: String,
    /// The staging label to add to this version.
    pub version_stage: String,
    /// The ID of the version that the staging label is to be removed from. If the staging label you
    /// are trying to attach to one version is already attached to a different version, then you
    /// must include this parameter and specify the version that the label is to be removed from. If
    /// the label is attached and you either do not specify this parameter, or the version ID does
    /// not match, then the operation fails.
    pub remove_from_version_id: Option<String>,
    /// The ID of the version to add the staging label to. To remove a label from a version, then do
    /// not specify this parameter.
    pub move_to_version_id: Option<String>,
}

/// The output of `UpdateSecretVersionStage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSecretVersionStageResponse {
    /// The ARN of the secret that was updated.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The name of the secret that was updated.
    pub name: Option<String>,
}

/// The input of `ValidateResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidateResourcePolicyRequest {
    /// The ARN or name of the secret with the resource-based policy you want to validate.
    pub secret_id: Option<String>,
    /// A JSON-formatted string that contains an Amazon Web Services resource-based policy. The
    /// policy in the string identifies who can access or manage this secret and its versions. For
    /// example policies, see [Permissions policy
    /// examples](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html).
    pub resource_policy: String,
}

/// The output of `ValidateResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidateResourcePolicyResponse {
    /// True if your policy passes validation, otherwise false.
    pub policy_validation_passed: Option<bool>,
    /// Validation errors if your policy didn't pass validation.
    pub validation_errors: Option<Vec<ValidationErrorsEntry>>,
}

/// Displays errors that occurred during validation of the resource policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidationErrorsEntry {
    /// Checks the name of the policy.
    pub check_name: Option<String>,
    /// Displays error messages if validation encounters problems during validation of the resource
    /// policy.
    pub error_message: Option<String>,
}
