//! AWS Key Management Service (`kms`, API version 2014-11-01): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- kms --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Key Management Service (KMS) is an encryption and key management web service. This guide
/// describes the KMS operations that you can call programmatically. For general information about
/// KMS, see the [ *Key Management Service Developer Guide*
/// ](https://docs.aws.amazon.com/kms/latest/developerguide/).
#[client(
    service = "kms",
    protocol = "awsJson1_1",
    target_prefix = "TrentService",
    api_version = "2014-11-01",
    endpoint_rules = include_str!("kms/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Cancels the deletion of a KMS key. When this operation succeeds, the key state of the KMS
    /// key is `Disabled`. To enable the KMS key, use `EnableKey`.
    cancel_key_deletion: Op<CancelKeyDeletionRequest, CancelKeyDeletionResponse>,
    /// Connects or reconnects a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) to its
    /// backing key store. For an CloudHSM key store, `ConnectCustomKeyStore` connects the key store
    /// to its associated CloudHSM cluster. For an external key store, `ConnectCustomKeyStore`
    /// connects the key store to the external key store proxy that communicates with your external
    /// key manager.
    connect_custom_key_store: Op<ConnectCustomKeyStoreRequest, ConnectCustomKeyStoreResponse>,
    /// Creates a friendly name for a KMS key.
    create_alias: Op<CreateAliasRequest, ()>,
    /// Creates a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) backed
    /// by a key store that you own and manage. When you use a KMS key in a custom key store for a
    /// cryptographic operation, the cryptographic operation is actually performed in your key store
    /// using your keys. KMS supports [CloudHSM key
    /// stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html) backed
    /// by an [CloudHSM
    /// cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/clusters.html) and [external
    /// key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html)
    /// backed by an external key store proxy and external key manager outside of Amazon Web
    /// Services.
    create_custom_key_store: Op<CreateCustomKeyStoreRequest, CreateCustomKeyStoreResponse>,
    /// Adds a grant to a KMS key.
    create_grant: Op<CreateGrantRequest, CreateGrantResponse>,
    /// Creates a unique customer managed [KMS
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your
    /// Amazon Web Services account and Region. You can use a KMS key in cryptographic operations,
    /// such as encryption and signing. Some Amazon Web Services services let you use KMS keys that
    /// you create and manage to protect your service resources.
    create_key: Op<CreateKeyRequest, CreateKeyResponse>,
    /// Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:
    decrypt: Op<DecryptRequest, DecryptResponse>,
    /// Deletes the specified alias.
    delete_alias: Op<DeleteAliasRequest, ()>,
    /// Deletes a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). This
    /// operation does not affect any backing elements of the custom key store. It does not delete
    /// the CloudHSM cluster that is associated with an CloudHSM key store, or affect any users or
    /// keys in the cluster. For an external key store, it does not affect the external key store
    /// proxy, external key manager, or any external keys.
    delete_custom_key_store: Op<DeleteCustomKeyStoreRequest, DeleteCustomKeyStoreResponse>,
    /// Deletes key material that was previously imported. This operation makes the specified KMS
    /// key temporarily unusable. To restore the usability of the KMS key, reimport the same key
    /// material. For more information about importing key material into KMS, see [Importing Key
    /// Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the
    /// *Key Management Service Developer Guide*.
    delete_imported_key_material:
        Op<DeleteImportedKeyMaterialRequest, DeleteImportedKeyMaterialResponse>,
    /// Derives a shared secret using a key agreement algorithm.
    derive_shared_secret: Op<DeriveSharedSecretRequest, DeriveSharedSecretResponse>,
    /// Gets information about [custom key
    /// stores](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) in
    /// the account and Region.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = custom_key_stores, limit = limit))]
    describe_custom_key_stores: Op<DescribeCustomKeyStoresRequest, DescribeCustomKeyStoresResponse>,
    /// Provides detailed information about a KMS key. You can run `DescribeKey` on a [customer
    /// managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key)
    /// or an [Amazon Web Services managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    describe_key: Op<DescribeKeyRequest, DescribeKeyResponse>,
    /// Sets the state of a KMS key to disabled. This change temporarily prevents use of the KMS key
    /// for [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
    disable_key: Op<DisableKeyRequest, ()>,
    /// Disables [automatic rotation of the key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html)
    /// of the specified symmetric encryption KMS key.
    disable_key_rotation: Op<DisableKeyRotationRequest, ()>,
    /// Disconnects the [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) from
    /// its backing key store. This operation disconnects an CloudHSM key store from its associated
    /// CloudHSM cluster or disconnects an external key store from the external key store proxy that
    /// communicates with your external key manager.
    disconnect_custom_key_store:
        Op<DisconnectCustomKeyStoreRequest, DisconnectCustomKeyStoreResponse>,
    /// Sets the key state of a KMS key to enabled. This allows you to use the KMS key for
    /// [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
    enable_key: Op<EnableKeyRequest, ()>,
    /// Enables [automatic rotation of the key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html)
    /// of the specified symmetric encryption KMS key.
    enable_key_rotation: Op<EnableKeyRotationRequest, ()>,
    /// Encrypts plaintext of up to 4,096 bytes using a KMS key. You can use a symmetric or
    /// asymmetric KMS key with a `KeyUsage` of `ENCRYPT_DECRYPT`.
    encrypt: Op<EncryptRequest, EncryptResponse>,
    /// Returns a unique symmetric data key for use outside of KMS. This operation returns a
    /// plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS
    /// key that you specify. The bytes in the plaintext key are random; they are not related to the
    /// caller or the KMS key. You can use the plaintext key to encrypt your data outside of KMS and
    /// store the encrypted data key with the encrypted data.
    generate_data_key: Op<GenerateDataKeyRequest, GenerateDataKeyResponse>,
    /// Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a
    /// plaintext public key, a plaintext private key, and a copy of the private key that is
    /// encrypted under the symmetric encryption KMS key you specify. You can use the data key pair
    /// to perform asymmetric cryptography and implement digital signatures outside of KMS. The
    /// bytes in the keys are random; they are not related to the caller or to the KMS key that is
    /// used to encrypt the private key.
    generate_data_key_pair: Op<GenerateDataKeyPairRequest, GenerateDataKeyPairResponse>,
    /// Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a
    /// plaintext public key and a copy of the private key that is encrypted under the symmetric
    /// encryption KMS key you specify. Unlike `GenerateDataKeyPair`, this operation does not return
    /// a plaintext private key. The bytes in the keys are random; they are not related to the
    /// caller or to the KMS key that is used to encrypt the private key.
    generate_data_key_pair_without_plaintext:
        Op<GenerateDataKeyPairWithoutPlaintextRequest, GenerateDataKeyPairWithoutPlaintextResponse>,
    /// Returns a unique symmetric data key for use outside of KMS. This operation returns a data
    /// key that is encrypted under a symmetric encryption KMS key that you specify. The bytes in
    /// the key are random; they are not related to the caller or to the KMS key.
    generate_data_key_without_plaintext:
        Op<GenerateDataKeyWithoutPlaintextRequest, GenerateDataKeyWithoutPlaintextResponse>,
    /// Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS
    /// key and a MAC algorithm that the key supports. HMAC KMS keys and the HMAC algorithms that
    /// KMS uses conform to industry standards defined in [RFC
    /// 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    generate_mac: Op<GenerateMacRequest, GenerateMacResponse>,
    /// Returns a random byte string that is cryptographically secure.
    generate_random: Op<GenerateRandomRequest, GenerateRandomResponse>,
    /// Returns usage information about the last successful cryptographic operation performed with a
    /// specified KMS key, including the operation type, timestamp, and associated CloudTrail event
    /// ID.
    get_key_last_usage: Op<GetKeyLastUsageRequest, GetKeyLastUsageResponse>,
    /// Gets a key policy attached to the specified KMS key.
    get_key_policy: Op<GetKeyPolicyRequest, GetKeyPolicyResponse>,
    /// Provides detailed information about the rotation status for a KMS key, including whether
    /// [automatic rotation of the key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html)
    /// is enabled for the specified KMS key, the [rotation
    /// period](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-period),
    /// and the next scheduled rotation date.
    get_key_rotation_status: Op<GetKeyRotationStatusRequest, GetKeyRotationStatusResponse>,
    /// Returns the public key and an import token you need to import or reimport key material for a
    /// KMS key.
    get_parameters_for_import: Op<GetParametersForImportRequest, GetParametersForImportResponse>,
    /// Returns the public key of an asymmetric KMS key. Unlike the private key of a asymmetric KMS
    /// key, which never leaves KMS unencrypted, callers with `kms:GetPublicKey` permission can
    /// download the public key of an asymmetric KMS key. You can share the public key to allow
    /// others to encrypt messages and verify signatures outside of KMS. For information about
    /// asymmetric KMS keys, see [Asymmetric KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in
    /// the *Key Management Service Developer Guide*.
    get_public_key: Op<GetPublicKeyRequest, GetPublicKeyResponse>,
    /// Imports or reimports key material into an existing KMS key that was created without key
    /// material. You can also use this operation to set or update the expiration model and
    /// expiration date of the imported key material.
    import_key_material: Op<ImportKeyMaterialRequest, ImportKeyMaterialResponse>,
    /// Gets a list of aliases in the caller's Amazon Web Services account and region. For more
    /// information about aliases, see `CreateAlias`.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = aliases, limit = limit))]
    list_aliases: Op<ListAliasesRequest, ListAliasesResponse>,
    /// Gets a list of all grants for the specified KMS key.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = grants, limit = limit))]
    list_grants: Op<ListGrantsRequest, ListGrantsResponse>,
    /// Gets the names of the key policies that are attached to a KMS key. This operation is
    /// designed to get policy names that you can use in a `GetKeyPolicy` operation. However, the
    /// only valid policy name is `default`.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = policy_names, limit = limit))]
    list_key_policies: Op<ListKeyPoliciesRequest, ListKeyPoliciesResponse>,
    /// Returns information about the key materials associated with the specified KMS key. You can
    /// use the optional `IncludeKeyMaterial` parameter to control which key materials are included
    /// in the response.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = rotations, limit = limit))]
    list_key_rotations: Op<ListKeyRotationsRequest, ListKeyRotationsResponse>,
    /// Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = keys, limit = limit))]
    list_keys: Op<ListKeysRequest, ListKeysResponse>,
    /// Returns all tags on the specified KMS key.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = tags, limit = limit))]
    list_resource_tags: Op<ListResourceTagsRequest, ListResourceTagsResponse>,
    /// Returns information about all grants in the Amazon Web Services account and Region that have
    /// the specified retiring principal.
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated, items = grants, limit = limit))]
    list_retirable_grants: Op<ListRetirableGrantsRequest, ListGrantsResponse>,
    /// Attaches a key policy to the specified KMS key.
    put_key_policy: Op<PutKeyPolicyRequest, ()>,
    /// Decrypts ciphertext and then reencrypts it entirely within KMS. You can use this operation
    /// to change the KMS key under which data is encrypted, such as when you [manually
    /// rotate](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys-manually.html) a
    /// KMS key or change the KMS key that protects a ciphertext. You can also use it to reencrypt
    /// ciphertext under the same KMS key, such as to change the [encryption
    /// context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) of a
    /// ciphertext.
    re_encrypt: Op<ReEncryptRequest, ReEncryptResponse>,
    /// Replicates a multi-Region key into the specified Region. This operation creates a
    /// multi-Region replica key based on a multi-Region primary key in a different Region of the
    /// same Amazon Web Services partition. You can create multiple replicas of a primary key, but
    /// each must be in a different Region. To create a multi-Region primary key, use the
    /// `CreateKey` operation.
    replicate_key: Op<ReplicateKeyRequest, ReplicateKeyResponse>,
    /// Deletes a grant. Typically, you retire a grant when you no longer need its permissions. To
    /// identify the grant to retire, use a [grant
    /// token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token), or
    /// both the grant ID and a key identifier (key ID or key ARN) of the KMS key. The `CreateGrant`
    /// operation returns both values.
    retire_grant: Op<RetireGrantRequest, ()>,
    /// Deletes the specified grant. You revoke a grant to terminate the permissions that the grant
    /// allows. For more information, see [Retiring and revoking
    /// grants](https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html) in the *
    /// *Key Management Service Developer Guide* *.
    revoke_grant: Op<RevokeGrantRequest, ()>,
    /// Immediately initiates rotation of the key material of the specified symmetric encryption KMS
    /// key.
    rotate_key_on_demand: Op<RotateKeyOnDemandRequest, RotateKeyOnDemandResponse>,
    /// Schedules the deletion of a KMS key. By default, KMS applies a waiting period of 30 days,
    /// but you can specify a waiting period of 7-30 days. When this operation is successful, the
    /// key state of the KMS key changes to `PendingDeletion` and the key can't be used in any
    /// cryptographic operations. It remains in this state for the duration of the waiting period.
    /// Before the waiting period ends, you can use `CancelKeyDeletion` to cancel the deletion of
    /// the KMS key. After the waiting period ends, KMS deletes the KMS key, its key material, and
    /// all KMS data associated with it, including all aliases that refer to it.
    schedule_key_deletion: Op<ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse>,
    /// Creates a [digital signature](https://en.wikipedia.org/wiki/Digital_signature) for a message
    /// or message digest by using the private key in an asymmetric signing KMS key. To verify the
    /// signature, use the `Verify` operation, or use the public key in the same asymmetric KMS key
    /// outside of KMS. For information about asymmetric KMS keys, see [Asymmetric KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in
    /// the *Key Management Service Developer Guide*.
    sign: Op<SignRequest, SignResponse>,
    /// Adds or edits tags on a [customer managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key).
    tag_resource: Op<TagResourceRequest, ()>,
    /// Deletes tags from a [customer managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key).
    /// To delete a tag, specify the tag key and the KMS key.
    untag_resource: Op<UntagResourceRequest, ()>,
    /// Associates an existing KMS alias with a different KMS key. Each alias is associated with
    /// only one KMS key at a time, although a KMS key can have multiple aliases. The alias and the
    /// KMS key must be in the same Amazon Web Services account and Region.
    update_alias: Op<UpdateAliasRequest, ()>,
    /// Changes the properties of a custom key store. You can use this operation to change the
    /// properties of an CloudHSM key store or an external key store.
    update_custom_key_store: Op<UpdateCustomKeyStoreRequest, UpdateCustomKeyStoreResponse>,
    /// Updates the description of a KMS key. To see the description of a KMS key, use
    /// `DescribeKey`.
    update_key_description: Op<UpdateKeyDescriptionRequest, ()>,
    /// Changes the primary key of a multi-Region key.
    update_primary_region: Op<UpdatePrimaryRegionRequest, ()>,
    /// Verifies a digital signature that was generated by the `Sign` operation.
    verify: Op<VerifyRequest, VerifyResponse>,
    /// Verifies the hash-based message authentication code (HMAC) for a specified message, HMAC KMS
    /// key, and MAC algorithm. To verify the HMAC, `VerifyMac` computes an HMAC using the message,
    /// HMAC KMS key, and MAC algorithm that you specify, and compares the computed HMAC to the HMAC
    /// that you specify. If the HMACs are identical, the verification succeeds; otherwise, it
    /// fails. Verification indicates that the message hasn't changed since the HMAC was calculated,
    /// and the specified key was used to generate and verify the HMAC.
    verify_mac: Op<VerifyMacRequest, VerifyMacResponse>,
}

/// The model's `AlgorithmSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AlgorithmSpec {
    /// `RSAES_PKCS1_V1_5`
    #[default]
    #[shape(name = "RSAES_PKCS1_V1_5")]
    RsaesPkcs1V15,
    /// `RSAES_OAEP_SHA_1`
    #[shape(name = "RSAES_OAEP_SHA_1")]
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    #[shape(name = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// `RSA_AES_KEY_WRAP_SHA_1`
    #[shape(name = "RSA_AES_KEY_WRAP_SHA_1")]
    RsaAesKeyWrapSha1,
    /// `RSA_AES_KEY_WRAP_SHA_256`
    #[shape(name = "RSA_AES_KEY_WRAP_SHA_256")]
    RsaAesKeyWrapSha256,
    /// `SM2PKE`
    #[shape(name = "SM2PKE")]
    Sm2pke,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about an alias.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AliasListEntry {
    /// String that contains the alias. This value begins with `alias/`.
    pub alias_name: Option<String>,
    /// String that contains the key ARN.
    pub alias_arn: Option<String>,
    /// String that contains the key identifier of the KMS key associated with the alias.
    pub target_key_id: Option<String>,
    /// Date and time that the alias was most recently created in the account and Region. Formatted
    /// as Unix time.
    pub creation_date: Option<DateTime>,
    /// Date and time that the alias was most recently associated with a KMS key in the account and
    /// Region. Formatted as Unix time.
    pub last_updated_date: Option<DateTime>,
}

/// The input of `CancelKeyDeletion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelKeyDeletionRequest {
    /// Identifies the KMS key whose deletion is being canceled.
    pub key_id: String,
}

/// The output of `CancelKeyDeletion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelKeyDeletionResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key whose deletion is canceled.
    pub key_id: Option<String>,
}

/// The input of `ConnectCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectCustomKeyStoreRequest {
    /// Enter the key store ID of the custom key store that you want to connect. To find the ID of a
    /// custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The output of `ConnectCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectCustomKeyStoreResponse {}

/// The model's `ConnectionErrorCodeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionErrorCodeType {
    /// `INVALID_CREDENTIALS`
    #[default]
    #[shape(name = "INVALID_CREDENTIALS")]
    InvalidCredentials,
    /// `CLUSTER_NOT_FOUND`
    #[shape(name = "CLUSTER_NOT_FOUND")]
    ClusterNotFound,
    /// `NETWORK_ERRORS`
    #[shape(name = "NETWORK_ERRORS")]
    NetworkErrors,
    /// `INTERNAL_ERROR`
    #[shape(name = "INTERNAL_ERROR")]
    InternalError,
    /// `INSUFFICIENT_CLOUDHSM_HSMS`
    #[shape(name = "INSUFFICIENT_CLOUDHSM_HSMS")]
    InsufficientCloudhsmHsms,
    /// `USER_LOCKED_OUT`
    #[shape(name = "USER_LOCKED_OUT")]
    UserLockedOut,
    /// `USER_NOT_FOUND`
    #[shape(name = "USER_NOT_FOUND")]
    UserNotFound,
    /// `USER_LOGGED_IN`
    #[shape(name = "USER_LOGGED_IN")]
    UserLoggedIn,
    /// `SUBNET_NOT_FOUND`
    #[shape(name = "SUBNET_NOT_FOUND")]
    SubnetNotFound,
    /// `INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET`
    #[shape(name = "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET")]
    InsufficientFreeAddressesInSubnet,
    /// `XKS_PROXY_ACCESS_DENIED`
    #[shape(name = "XKS_PROXY_ACCESS_DENIED")]
    XksProxyAccessDenied,
    /// `XKS_PROXY_NOT_REACHABLE`
    #[shape(name = "XKS_PROXY_NOT_REACHABLE")]
    XksProxyNotReachable,
    /// `XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND`
    #[shape(name = "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND")]
    XksVpcEndpointServiceNotFound,
    /// `XKS_PROXY_INVALID_RESPONSE`
    #[shape(name = "XKS_PROXY_INVALID_RESPONSE")]
    XksProxyInvalidResponse,
    /// `XKS_PROXY_INVALID_CONFIGURATION`
    #[shape(name = "XKS_PROXY_INVALID_CONFIGURATION")]
    XksProxyInvalidConfiguration,
    /// `XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION`
    #[shape(name = "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION")]
    XksVpcEndpointServiceInvalidConfiguration,
    /// `XKS_PROXY_TIMED_OUT`
    #[shape(name = "XKS_PROXY_TIMED_OUT")]
    XksProxyTimedOut,
    /// `XKS_PROXY_INVALID_TLS_CONFIGURATION`
    #[shape(name = "XKS_PROXY_INVALID_TLS_CONFIGURATION")]
    XksProxyInvalidTlsConfiguration,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ConnectionStateType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionStateType {
    /// `CONNECTED`
    #[default]
    #[shape(name = "CONNECTED")]
    Connected,
    /// `CONNECTING`
    #[shape(name = "CONNECTING")]
    Connecting,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `DISCONNECTED`
    #[shape(name = "DISCONNECTED")]
    Disconnected,
    /// `DISCONNECTING`
    #[shape(name = "DISCONNECTING")]
    Disconnecting,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `CreateAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAliasRequest {
    /// Specifies the alias name. This value must begin with `alias/` followed by a name, such as
    /// `alias/ExampleAlias`.
    pub alias_name: String,
    /// Associates the alias with the specified [customer managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key).
    /// The KMS key must be in the same Amazon Web Services Region.
    pub target_key_id: String,
}

/// The input of `CreateCustomKeyStore`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateCustomKeyStoreRequest {
    /// Specifies a friendly name for the custom key store. The name must be unique in your Amazon
    /// Web Services account and Region. This parameter is required for all custom key stores.
    pub custom_key_store_name: String,
    /// Identifies the CloudHSM cluster for an CloudHSM key store. This parameter is required for
    /// custom key stores with `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Specifies the certificate for an CloudHSM key store. This parameter is required for custom
    /// key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    pub trust_anchor_certificate: Option<String>,
    /// Specifies the `kmsuser` password for an CloudHSM key store. This parameter is required for
    /// custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    pub key_store_password: Option<String>,
    /// Specifies the type of custom key store. The default value is `AWS_CLOUDHSM`.
    pub custom_key_store_type: Option<CustomKeyStoreType>,
    /// Specifies the endpoint that KMS uses to send requests to the external key store proxy (XKS
    /// proxy). This parameter is required for custom key stores with a `CustomKeyStoreType` of
    /// `EXTERNAL_KEY_STORE`.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Specifies the base path to the proxy APIs for this external key store. To find this value,
    /// see the documentation for your external key store proxy. This parameter is required for all
    /// custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    pub xks_proxy_uri_path: Option<String>,
    /// Specifies the name of the Amazon VPC endpoint service for interface endpoints that is used
    /// to communicate with your external key store proxy (XKS proxy). This parameter is required
    /// when the value of `CustomKeyStoreType` is `EXTERNAL_KEY_STORE` and the value of
    /// `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Specifies the Amazon Web Services account ID that owns the Amazon VPC service endpoint for
    /// the interface that is used to communicate with your external key store proxy (XKS proxy).
    /// This parameter is optional. If not provided, the Amazon Web Services account ID calling the
    /// action will be used.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Specifies an authentication credential for the external key store proxy (XKS proxy). This
    /// parameter is required for all custom key stores with a `CustomKeyStoreType` of
    /// `EXTERNAL_KEY_STORE`.
    pub xks_proxy_authentication_credential: Option<XksProxyAuthenticationCredentialType>,
    /// Indicates how KMS communicates with the external key store proxy. This parameter is required
    /// for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}

impl ::std::fmt::Debug for CreateCustomKeyStoreRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCustomKeyStoreRequest")
            .field("custom_key_store_name", &self.custom_key_store_name)
            .field("cloud_hsm_cluster_id", &self.cloud_hsm_cluster_id)
            .field("trust_anchor_certificate", &self.trust_anchor_certificate)
            .field(
                "key_store_password",
                &self.key_store_password.as_ref().map(|_| "** redacted **"),
            )
            .field("custom_key_store_type", &self.custom_key_store_type)
            .field("xks_proxy_uri_endpoint", &self.xks_proxy_uri_endpoint)
            .field("xks_proxy_uri_path", &self.xks_proxy_uri_path)
            .field(
                "xks_proxy_vpc_endpoint_service_name",
                &self.xks_proxy_vpc_endpoint_service_name,
            )
            .field(
                "xks_proxy_vpc_endpoint_service_owner",
                &self.xks_proxy_vpc_endpoint_service_owner,
            )
            .field(
                "xks_proxy_authentication_credential",
                &self.xks_proxy_authentication_credential,
            )
            .field("xks_proxy_connectivity", &self.xks_proxy_connectivity)
            .finish()
    }
}

/// The output of `CreateCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCustomKeyStoreResponse {
    /// A unique identifier for the new custom key store.
    pub custom_key_store_id: Option<String>,
}

/// The input of `CreateGrant`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGrantRequest {
    /// Identifies the KMS key for the grant. The grant gives principals permission to use this KMS
    /// key.
    pub key_id: String,
    /// The identity that gets the permissions specified in the grant.
    pub grantee_principal: String,
    /// The principal that has permission to use the `RetireGrant` operation to retire the grant.
    pub retiring_principal: Option<String>,
    /// A list of operations that the grant permits.
    pub operations: Vec<GrantOperation>,
    /// Specifies a grant constraint.
    pub constraints: Option<GrantConstraints>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// A friendly name for the grant. Use this value to prevent the unintended creation of
    /// duplicate grants when retrying this request.
    pub name: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The output of `CreateGrant`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGrantResponse {
    /// The grant token.
    pub grant_token: Option<String>,
    /// The unique identifier for the grant.
    pub grant_id: Option<String>,
}

/// The input of `CreateKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateKeyRequest {
    /// The key policy to attach to the KMS key.
    pub policy: Option<String>,
    /// A description of the KMS key. Use a description that helps you decide whether the KMS key is
    /// appropriate for a task. The default value is an empty string (no description).
    pub description: Option<String>,
    /// Determines the [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT`. This parameter is
    /// optional when you are creating a symmetric encryption KMS key; otherwise, it is required.
    /// You can't change the [ `KeyUsage`
    /// ](https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html#key-usage) value
    /// after the KMS key is created. Each KMS key can have only one key usage. This follows key
    /// usage best practices according to [NIST SP 800-57 Recommendations for Key
    /// Management](https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final), section 5.2, Key usage.
    pub key_usage: Option<KeyUsageType>,
    /// Instead, use the `KeySpec` parameter.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT`, creates a
    /// KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in
    /// China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For a
    /// detailed description of all supported key specs, see [Key spec
    /// reference](https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html)
    /// in the * *Key Management Service Developer Guide* *.
    pub key_spec: Option<KeySpec>,
    /// The source of the key material for the KMS key. You cannot change the origin after you
    /// create the KMS key. The default is `AWS_KMS`, which means that KMS creates the key material.
    pub origin: Option<OriginType>,
    /// Creates the KMS key in the specified [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). The
    /// `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID
    /// and ConnectionState use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is
    /// created. To tag an existing KMS key, use the `TagResource` operation.
    pub tags: Option<Vec<Tag>>,
    /// Creates a multi-Region primary key that you can replicate into other Amazon Web Services
    /// Regions. You cannot change this value after you create the KMS key.
    pub multi_region: Option<bool>,
    /// Identifies the [external
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key)
    /// that serves as key material for the KMS key in an [external key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html).
    /// Specify the ID that the [external key store
    /// proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy)
    /// uses to refer to the external key. For help, see the documentation for your external key
    /// store proxy.
    pub xks_key_id: Option<String>,
}

/// The output of `CreateKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateKeyResponse {
    /// Metadata associated with the KMS key.
    pub key_metadata: Option<KeyMetadata>,
}

/// The model's `CustomKeyStoreType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CustomKeyStoreType {
    /// `AWS_CLOUDHSM`
    #[default]
    #[shape(name = "AWS_CLOUDHSM")]
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    #[shape(name = "EXTERNAL_KEY_STORE")]
    ExternalKeyStore,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about each custom key store in the custom key store list.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CustomKeyStoresListEntry {
    /// A unique identifier for the custom key store.
    pub custom_key_store_id: Option<String>,
    /// The user-specified friendly name for the custom key store.
    pub custom_key_store_name: Option<String>,
    /// A unique identifier for the CloudHSM cluster that is associated with an CloudHSM key store.
    /// This field appears only when the `CustomKeyStoreType` is `AWS_CLOUDHSM`.
    pub cloud_hsm_cluster_id: Option<String>,
    /// The trust anchor certificate of the CloudHSM cluster associated with an CloudHSM key store.
    /// When you [initialize the
    /// cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html#sign-csr),
    /// you create this certificate and save it in the `customerCA.crt` file.
    pub trust_anchor_certificate: Option<String>,
    /// Indicates whether the custom key store is connected to its backing key store. For an
    /// CloudHSM key store, the `ConnectionState` indicates whether it is connected to its CloudHSM
    /// cluster. For an external key store, the `ConnectionState` indicates whether it is connected
    /// to the external key store proxy that communicates with your external key manager.
    pub connection_state: Option<ConnectionStateType>,
    /// Describes the connection error. This field appears in the response only when the
    /// `ConnectionState` is `FAILED`.
    pub connection_error_code: Option<ConnectionErrorCodeType>,
    /// The date and time when the custom key store was created.
    pub creation_date: Option<DateTime>,
    /// Indicates the type of the custom key store. `AWS_CLOUDHSM` indicates a custom key store
    /// backed by an CloudHSM cluster. `EXTERNAL_KEY_STORE` indicates a custom key store backed by
    /// an external key store proxy and external key manager outside of Amazon Web Services.
    pub custom_key_store_type: Option<CustomKeyStoreType>,
    /// Configuration settings for the external key store proxy (XKS proxy). The external key store
    /// proxy translates KMS requests into a format that your external key manager can understand.
    /// The proxy configuration includes connection information that KMS requires.
    pub xks_proxy_configuration: Option<XksProxyConfigurationType>,
}

/// The model's `CustomerMasterKeySpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CustomerMasterKeySpec {
    /// `RSA_2048`
    #[default]
    #[shape(name = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[shape(name = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[shape(name = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[shape(name = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[shape(name = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[shape(name = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[shape(name = "ECC_SECG_P256K1")]
    EccSecgP256k1,
    /// `SYMMETRIC_DEFAULT`
    #[shape(name = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `HMAC_224`
    #[shape(name = "HMAC_224")]
    Hmac224,
    /// `HMAC_256`
    #[shape(name = "HMAC_256")]
    Hmac256,
    /// `HMAC_384`
    #[shape(name = "HMAC_384")]
    Hmac384,
    /// `HMAC_512`
    #[shape(name = "HMAC_512")]
    Hmac512,
    /// `SM2`
    #[shape(name = "SM2")]
    Sm2,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DataKeyPairSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DataKeyPairSpec {
    /// `RSA_2048`
    #[default]
    #[shape(name = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[shape(name = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[shape(name = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[shape(name = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[shape(name = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[shape(name = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[shape(name = "ECC_SECG_P256K1")]
    EccSecgP256k1,
    /// `SM2`
    #[shape(name = "SM2")]
    Sm2,
    /// `ECC_NIST_EDWARDS25519`
    #[shape(name = "ECC_NIST_EDWARDS25519")]
    EccNistEdwards25519,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DataKeySpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DataKeySpec {
    /// `AES_256`
    #[default]
    #[shape(name = "AES_256")]
    Aes256,
    /// `AES_128`
    #[shape(name = "AES_128")]
    Aes128,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `Decrypt`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DecryptRequest {
    /// Ciphertext to be decrypted. The blob includes metadata.
    pub ciphertext_blob: Option<Blob>,
    /// Specifies the encryption context to use when decrypting the data. An encryption context is
    /// valid only for [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC
    /// algorithms that KMS uses do not support an encryption context.
    pub encryption_context: Option<HashMap<String, String>>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the KMS key that KMS uses to decrypt the ciphertext.
    pub key_id: Option<String>,
    /// Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the
    /// same algorithm that was used to encrypt the data. If you specify a different algorithm, the
    /// `Decrypt` operation fails.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A signed [attestation
    /// document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc)
    /// from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use
    /// with the public key in the attestation document. The only valid encryption algorithm is
    /// `RSAES_OAEP_SHA_256`.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional
    /// parameter that only applies when `DryRun` is set to `true`.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}

/// The output of `Decrypt`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DecryptResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that was used to decrypt the ciphertext.
    pub key_id: Option<String>,
    /// Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the
    /// value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub plaintext: Option<Blob>,
    /// The encryption algorithm that was used to decrypt the ciphertext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The plaintext data encrypted with the public key from the attestation document. This
    /// ciphertext can be decrypted only by using a private key from the attested environment.
    pub ciphertext_for_recipient: Option<Blob>,
    /// The identifier of the key material used to decrypt the ciphertext. This field is present
    /// only when the operation uses a symmetric encryption KMS key. This field is omitted if the
    /// request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
}

impl ::std::fmt::Debug for DecryptResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DecryptResponse")
            .field("key_id", &self.key_id)
            .field(
                "plaintext",
                &self.plaintext.as_ref().map(|_| "** redacted **"),
            )
            .field("encryption_algorithm", &self.encryption_algorithm)
            .field("ciphertext_for_recipient", &self.ciphertext_for_recipient)
            .field("key_material_id", &self.key_material_id)
            .finish()
    }
}

/// The input of `DeleteAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAliasRequest {
    /// The alias to be deleted. The alias name must begin with `alias/` followed by the alias name,
    /// such as `alias/ExampleAlias`.
    pub alias_name: String,
}

/// The input of `DeleteCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomKeyStoreRequest {
    /// Enter the ID of the custom key store you want to delete. To find the ID of a custom key
    /// store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The output of `DeleteCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomKeyStoreResponse {}

/// The input of `DeleteImportedKeyMaterial`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteImportedKeyMaterialRequest {
    /// Identifies the KMS key from which you are deleting imported key material. The `Origin` of
    /// the KMS key must be `EXTERNAL`.
    pub key_id: String,
    /// Identifies the imported key material you are deleting.
    pub key_material_id: Option<String>,
}

/// The output of `DeleteImportedKeyMaterial`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteImportedKeyMaterialResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key from which the key material was deleted.
    pub key_id: Option<String>,
    /// Identifies the deleted key material.
    pub key_material_id: Option<String>,
}

/// The input of `DeriveSharedSecret`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeriveSharedSecretRequest {
    /// Identifies an asymmetric NIST-standard ECC or SM2 (China Regions only) KMS key. KMS uses the
    /// private key in the specified key pair to derive the shared secret. The key usage of the KMS
    /// key must be `KEY_AGREEMENT`. To find the `KeyUsage` of a KMS key, use the `DescribeKey`
    /// operation.
    pub key_id: String,
    /// Specifies the key agreement algorithm used to derive the shared secret. The only valid value
    /// is `ECDH`.
    pub key_agreement_algorithm: KeyAgreementAlgorithmSpec,
    /// Specifies the public key in your peer's NIST-standard elliptic curve (ECC) or SM2 (China
    /// Regions only) key pair.
    pub public_key: Blob,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
    /// A signed [attestation
    /// document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc)
    /// from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use
    /// with the public key in the attestation document. The only valid encryption algorithm is
    /// `RSAES_OAEP_SHA_256`.
    pub recipient: Option<RecipientInfo>,
}

/// The output of `DeriveSharedSecret`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DeriveSharedSecretResponse {
    /// Identifies the KMS key used to derive the shared secret.
    pub key_id: Option<String>,
    /// The raw secret derived from the specified key agreement algorithm, private key in the
    /// asymmetric KMS key, and your peer's public key.
    pub shared_secret: Option<Blob>,
    /// The plaintext shared secret encrypted with the public key from the attestation document.
    /// This ciphertext can be decrypted only by using a private key from the attested environment.
    pub ciphertext_for_recipient: Option<Blob>,
    /// Identifies the key agreement algorithm used to derive the shared secret.
    pub key_agreement_algorithm: Option<KeyAgreementAlgorithmSpec>,
    /// The source of the key material for the specified KMS key.
    pub key_origin: Option<OriginType>,
}

impl ::std::fmt::Debug for DeriveSharedSecretResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeriveSharedSecretResponse")
            .field("key_id", &self.key_id)
            .field(
                "shared_secret",
                &self.shared_secret.as_ref().map(|_| "** redacted **"),
            )
            .field("ciphertext_for_recipient", &self.ciphertext_for_recipient)
            .field("key_agreement_algorithm", &self.key_agreement_algorithm)
            .field("key_origin", &self.key_origin)
            .finish()
    }
}

/// The input of `DescribeCustomKeyStores`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCustomKeyStoresRequest {
    /// Gets only information about the specified custom key store. Enter the key store ID.
    pub custom_key_store_id: Option<String>,
    /// Gets only information about the specified custom key store. Enter the friendly name of the
    /// custom key store.
    pub custom_key_store_name: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `DescribeCustomKeyStores`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCustomKeyStoresResponse {
    /// Contains metadata about each custom key store.
    pub custom_key_stores: Option<Vec<CustomKeyStoresListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `DescribeKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKeyRequest {
    /// Describes the specified KMS key.
    pub key_id: String,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
}

/// The output of `DescribeKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKeyResponse {
    /// Metadata associated with the key.
    pub key_metadata: Option<KeyMetadata>,
}

/// The input of `DisableKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableKeyRequest {
    /// Identifies the KMS key to disable.
    pub key_id: String,
}

/// The input of `DisableKeyRotation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableKeyRotationRequest {
    /// Identifies a symmetric encryption KMS key. You cannot enable or disable automatic rotation
    /// of [asymmetric KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html#asymmetric-cmks),
    /// [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys
    /// with [imported key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS
    /// keys in a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html).
    pub key_id: String,
}

/// The input of `DisconnectCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisconnectCustomKeyStoreRequest {
    /// Enter the ID of the custom key store you want to disconnect. To find the ID of a custom key
    /// store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The output of `DisconnectCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisconnectCustomKeyStoreResponse {}

/// The model's `DryRunModifierType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DryRunModifierType {
    /// `IGNORE_CIPHERTEXT`
    #[default]
    #[shape(name = "IGNORE_CIPHERTEXT")]
    IgnoreCiphertext,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `EnableKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableKeyRequest {
    /// Identifies the KMS key to enable.
    pub key_id: String,
}

/// The input of `EnableKeyRotation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableKeyRotationRequest {
    /// Identifies a symmetric encryption KMS key. You cannot enable automatic rotation of
    /// [asymmetric KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html),
    /// [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys
    /// with [imported key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS
    /// keys in a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To
    /// enable or disable automatic rotation of a set of related [multi-Region
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate),
    /// set the property on the primary key.
    pub key_id: String,
    /// Use this parameter to specify a custom period of time between each rotation date. If no
    /// value is specified, the default value is 365 days.
    pub rotation_period_in_days: Option<i32>,
}

/// The input of `Encrypt`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EncryptRequest {
    /// Identifies the KMS key to use in the encryption operation. The KMS key must have a
    /// `KeyUsage` of `ENCRYPT_DECRYPT`. To find the `KeyUsage` of a KMS key, use the `DescribeKey`
    /// operation.
    pub key_id: String,
    /// Data to be encrypted.
    pub plaintext: Blob,
    /// Specifies the encryption context that will be used to encrypt the data. An encryption
    /// context is valid only for [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC
    /// algorithms that KMS uses do not support an encryption context.
    pub encryption_context: Option<HashMap<String, String>>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The
    /// algorithm must be compatible with the KMS key that you specify.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

impl ::std::fmt::Debug for EncryptRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptRequest")
            .field("key_id", &self.key_id)
            .field("plaintext", &"** redacted **")
            .field("encryption_context", &self.encryption_context)
            .field("grant_tokens", &self.grant_tokens)
            .field("encryption_algorithm", &self.encryption_algorithm)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

/// The output of `Encrypt`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EncryptResponse {
    /// The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value
    /// is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Blob>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that was used to encrypt the plaintext.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to encrypt the plaintext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
}

/// The model's `EncryptionAlgorithmSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionAlgorithmSpec {
    /// `SYMMETRIC_DEFAULT`
    #[default]
    #[shape(name = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `RSAES_OAEP_SHA_1`
    #[shape(name = "RSAES_OAEP_SHA_1")]
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    #[shape(name = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// `SM2PKE`
    #[shape(name = "SM2PKE")]
    Sm2pke,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExpirationModelType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpirationModelType {
    /// `KEY_MATERIAL_EXPIRES`
    #[default]
    #[shape(name = "KEY_MATERIAL_EXPIRES")]
    KeyMaterialExpires,
    /// `KEY_MATERIAL_DOES_NOT_EXPIRE`
    #[shape(name = "KEY_MATERIAL_DOES_NOT_EXPIRE")]
    KeyMaterialDoesNotExpire,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GenerateDataKeyPair`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairRequest {
    /// Specifies the encryption context that will be used when encrypting the private key in the
    /// data key pair.
    pub encryption_context: Option<HashMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key
    /// pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get
    /// the type and origin of your KMS key, use the `DescribeKey` operation.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation
    /// document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc)
    /// from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use
    /// with the public key in the attestation document. The only valid encryption algorithm is
    /// `RSAES_OAEP_SHA_256`.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The output of `GenerateDataKeyPair`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairResponse {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services
    /// CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<Blob>,
    /// The plaintext copy of the private key. When you use the HTTP API or the Amazon Web Services
    /// CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_plaintext: Option<Blob>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the
    /// value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<Blob>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The plaintext private data key encrypted with the public key from the attestation document.
    /// This ciphertext can be decrypted only by using a private key from the attested environment.
    pub ciphertext_for_recipient: Option<Blob>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
}

impl ::std::fmt::Debug for GenerateDataKeyPairResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateDataKeyPairResponse")
            .field(
                "private_key_ciphertext_blob",
                &self.private_key_ciphertext_blob,
            )
            .field(
                "private_key_plaintext",
                &self
                    .private_key_plaintext
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("public_key", &self.public_key)
            .field("key_id", &self.key_id)
            .field("key_pair_spec", &self.key_pair_spec)
            .field("ciphertext_for_recipient", &self.ciphertext_for_recipient)
            .field("key_material_id", &self.key_material_id)
            .finish()
    }
}

/// The input of `GenerateDataKeyPairWithoutPlaintext`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairWithoutPlaintextRequest {
    /// Specifies the encryption context that will be used when encrypting the private key in the
    /// data key pair.
    pub encryption_context: Option<HashMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key
    /// pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get
    /// the type and origin of your KMS key, use the `DescribeKey` operation.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The output of `GenerateDataKeyPairWithoutPlaintext`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairWithoutPlaintextResponse {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services
    /// CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<Blob>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the
    /// value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<Blob>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
}

/// The input of `GenerateDataKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyRequest {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an
    /// asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your
    /// KMS key, use the `DescribeKey` operation.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    pub encryption_context: Option<HashMap<String, String>>,
    /// Specifies the length of the data key in bytes. For example, use the value 64 to generate a
    /// 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data
    /// keys, use the `KeySpec` parameter.
    pub number_of_bytes: Option<i32>,
    /// Specifies the length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or
    /// `AES_256` to generate a 256-bit symmetric key.
    pub key_spec: Option<DataKeySpec>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation
    /// document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc)
    /// from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use
    /// with the public key in the attestation document. The only valid encryption algorithm is
    /// `RSAES_OAEP_SHA_256`.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The output of `GenerateDataKey`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GenerateDataKeyResponse {
    /// The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services
    /// CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Blob>,
    /// The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value
    /// is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your
    /// data outside of KMS. Then, remove it from memory as soon as possible.
    pub plaintext: Option<Blob>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The plaintext data key encrypted with the public key from the attestation document. This
    /// ciphertext can be decrypted only by using a private key from the attested environment.
    pub ciphertext_for_recipient: Option<Blob>,
    /// The identifier of the key material used to encrypt the data key. This field is omitted if
    /// the request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
}

impl ::std::fmt::Debug for GenerateDataKeyResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateDataKeyResponse")
            .field("ciphertext_blob", &self.ciphertext_blob)
            .field(
                "plaintext",
                &self.plaintext.as_ref().map(|_| "** redacted **"),
            )
            .field("key_id", &self.key_id)
            .field("ciphertext_for_recipient", &self.ciphertext_for_recipient)
            .field("key_material_id", &self.key_material_id)
            .finish()
    }
}

/// The input of `GenerateDataKeyWithoutPlaintext`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyWithoutPlaintextRequest {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an
    /// asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your
    /// KMS key, use the `DescribeKey` operation.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    pub encryption_context: Option<HashMap<String, String>>,
    /// The length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256`
    /// to generate a 256-bit symmetric key.
    pub key_spec: Option<DataKeySpec>,
    /// The length of the data key in bytes. For example, use the value 64 to generate a 512-bit
    /// data key (64 bytes is 512 bits). For common key lengths (128-bit and 256-bit symmetric
    /// keys), we recommend that you use the `KeySpec` field instead of this one.
    pub number_of_bytes: Option<i32>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The output of `GenerateDataKeyWithoutPlaintext`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateDataKeyWithoutPlaintextResponse {
    /// The encrypted data key. When you use the HTTP API or the Amazon Web Services CLI, the value
    /// is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Blob>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The identifier of the key material used to encrypt the data key.
    pub key_material_id: Option<String>,
}

/// The input of `GenerateMac`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GenerateMacRequest {
    /// The message to be hashed. Specify a message of up to 4,096 bytes.
    pub message: Blob,
    /// The HMAC KMS key to use in the operation. The MAC algorithm computes the HMAC for the
    /// message and the key as described in [RFC
    /// 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    pub key_id: String,
    /// The MAC algorithm used in the operation.
    pub mac_algorithm: MacAlgorithmSpec,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

impl ::std::fmt::Debug for GenerateMacRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateMacRequest")
            .field("message", &"** redacted **")
            .field("key_id", &self.key_id)
            .field("mac_algorithm", &self.mac_algorithm)
            .field("grant_tokens", &self.grant_tokens)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

/// The output of `GenerateMac`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateMacResponse {
    /// The hash-based message authentication code (HMAC) that was generated for the specified
    /// message, HMAC KMS key, and MAC algorithm.
    pub mac: Option<Blob>,
    /// The MAC algorithm that was used to generate the HMAC.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
    /// The HMAC KMS key used in the operation.
    pub key_id: Option<String>,
}

/// The input of `GenerateRandom`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateRandomRequest {
    /// The length of the random byte string. This parameter is required.
    pub number_of_bytes: Option<i32>,
    /// Generates the random byte string in the CloudHSM cluster that is associated with the
    /// specified CloudHSM key store. To find the ID of a custom key store, use the
    /// `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: Option<String>,
    /// A signed [attestation
    /// document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc)
    /// from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use
    /// with the public key in the attestation document. The only valid encryption algorithm is
    /// `RSAES_OAEP_SHA_256`.
    pub recipient: Option<RecipientInfo>,
}

/// The output of `GenerateRandom`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GenerateRandomResponse {
    /// The random byte string. When you use the HTTP API or the Amazon Web Services CLI, the value
    /// is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub plaintext: Option<Blob>,
    /// The plaintext random bytes encrypted with the public key from the attestation document. This
    /// ciphertext can be decrypted only by using a private key from the attested environment.
    pub ciphertext_for_recipient: Option<Blob>,
}

impl ::std::fmt::Debug for GenerateRandomResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateRandomResponse")
            .field(
                "plaintext",
                &self.plaintext.as_ref().map(|_| "** redacted **"),
            )
            .field("ciphertext_for_recipient", &self.ciphertext_for_recipient)
            .finish()
    }
}

/// The input of `GetKeyLastUsage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyLastUsageRequest {
    /// Identifies the KMS key to get usage information for. To specify a KMS key, use its key ID or
    /// key ARN. Alias names are not supported.
    pub key_id: String,
}

/// The output of `GetKeyLastUsage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyLastUsageResponse {
    /// The globally unique identifier for the KMS key.
    pub key_id: Option<String>,
    /// Contains usage information about the last time the KMS key was used for a successful
    /// cryptographic operation. If the key has not been used since tracking began, this response
    /// element is empty.
    pub key_last_usage: Option<KeyLastUsageData>,
    /// The date from which KMS began recording cryptographic activity for this key, or the date the
    /// KMS key was created, whichever is later.
    pub tracking_start_date: Option<DateTime>,
    /// The date and time when the KMS key was created.
    pub key_creation_date: Option<DateTime>,
}

/// The input of `GetKeyPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyPolicyRequest {
    /// Gets the key policy for the specified KMS key.
    pub key_id: String,
    /// Specifies the name of the key policy. If no policy name is specified, the default value is
    /// `default`. The only valid name is `default`. To get the names of key policies, use
    /// `ListKeyPolicies`.
    pub policy_name: Option<String>,
}

/// The output of `GetKeyPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyPolicyResponse {
    /// A key policy document in JSON format.
    pub policy: Option<String>,
    /// The name of the key policy. The only valid value is `default`.
    pub policy_name: Option<String>,
}

/// The input of `GetKeyRotationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyRotationStatusRequest {
    /// Gets the rotation status for the specified KMS key.
    pub key_id: String,
}

/// The output of `GetKeyRotationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetKeyRotationStatusResponse {
    /// A Boolean value that specifies whether key rotation is enabled.
    pub key_rotation_enabled: Option<bool>,
    /// Identifies the specified symmetric encryption KMS key.
    pub key_id: Option<String>,
    /// The number of days between each automatic rotation. The default value is 365 days.
    pub rotation_period_in_days: Option<i32>,
    /// The next date that KMS will automatically rotate the key material.
    pub next_rotation_date: Option<DateTime>,
    /// Identifies the date and time that an in progress on-demand rotation was initiated.
    pub on_demand_rotation_start_date: Option<DateTime>,
}

/// The input of `GetParametersForImport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParametersForImportRequest {
    /// The identifier of the KMS key that will be associated with the imported key material. The
    /// `Origin` of the KMS key must be `EXTERNAL`.
    pub key_id: String,
    /// The algorithm you will use with the RSA public key (`PublicKey`) in the response to protect
    /// your key material during import. For more information, see [Select a wrapping
    /// algorithm](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-get-public-key-and-token.html#select-wrapping-algorithm)
    /// in the *Key Management Service Developer Guide*.
    pub wrapping_algorithm: AlgorithmSpec,
    /// The type of RSA public key to return in the response. You will use this wrapping key with
    /// the specified wrapping algorithm to protect your key material during import.
    pub wrapping_key_spec: WrappingKeySpec,
}

/// The output of `GetParametersForImport`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetParametersForImportResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key to use in a subsequent `ImportKeyMaterial` request. This is the same KMS key
    /// specified in the `GetParametersForImport` request.
    pub key_id: Option<String>,
    /// The import token to send in a subsequent `ImportKeyMaterial` request.
    pub import_token: Option<Blob>,
    /// The public key to use to encrypt the key material before importing it with
    /// `ImportKeyMaterial`.
    pub public_key: Option<Blob>,
    /// The time at which the import token and public key are no longer valid. After this time, you
    /// cannot use them to make an `ImportKeyMaterial` request and you must send another
    /// `GetParametersForImport` request to get new ones.
    pub parameters_valid_to: Option<DateTime>,
}

impl ::std::fmt::Debug for GetParametersForImportResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetParametersForImportResponse")
            .field("key_id", &self.key_id)
            .field("import_token", &self.import_token)
            .field(
                "public_key",
                &self.public_key.as_ref().map(|_| "** redacted **"),
            )
            .field("parameters_valid_to", &self.parameters_valid_to)
            .finish()
    }
}

/// The input of `GetPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPublicKeyRequest {
    /// Identifies the asymmetric KMS key that includes the public key.
    pub key_id: String,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
}

/// The output of `GetPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPublicKeyResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the asymmetric KMS key from which the public key was downloaded.
    pub key_id: Option<String>,
    /// The exported public key.
    pub public_key: Option<Blob>,
    /// Instead, use the `KeySpec` field in the `GetPublicKey` response.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// The type of the of the public key that was downloaded.
    pub key_spec: Option<KeySpec>,
    /// The permitted use of the public key. Valid values for asymmetric key pairs are
    /// `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, and `KEY_AGREEMENT`.
    pub key_usage: Option<KeyUsageType>,
    /// The encryption algorithms that KMS supports for this key.
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    /// The signing algorithms that KMS supports for this key.
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    /// The key agreement algorithm used to derive a shared secret. This field is present only when
    /// the KMS key has a `KeyUsage` value of `KEY_AGREEMENT`.
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
}

/// Use this structure to allow [cryptographic
/// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
/// in the grant only when the operation request includes the specified [encryption
/// context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GrantConstraints {
    /// A list of key-value pairs that must be included in the encryption context of the
    /// [cryptographic
    /// operation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// request. The grant allows the cryptographic operation only when the encryption context in
    /// the request includes the key-value pairs specified in this constraint, although it can
    /// include additional key-value pairs.
    pub encryption_context_subset: Option<HashMap<String, String>>,
    /// A list of key-value pairs that must match the encryption context in the [cryptographic
    /// operation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// request. The grant allows the operation only when the encryption context in the request is
    /// the same as the encryption context specified in this constraint.
    pub encryption_context_equals: Option<HashMap<String, String>>,
}

/// Contains information about a grant.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GrantListEntry {
    /// The unique identifier for the KMS key to which the grant applies.
    pub key_id: Option<String>,
    /// The unique identifier for the grant.
    pub grant_id: Option<String>,
    /// The friendly name that identifies the grant. If a name was provided in the `CreateGrant`
    /// request, that name is returned. Otherwise this value is null.
    pub name: Option<String>,
    /// The date and time when the grant was created.
    pub creation_date: Option<DateTime>,
    /// The identity that gets the permissions in the grant.
    pub grantee_principal: Option<String>,
    /// The principal that can retire the grant.
    pub retiring_principal: Option<String>,
    /// The Amazon Web Services account under which the grant was issued.
    pub issuing_account: Option<String>,
    /// The list of operations permitted by the grant.
    pub operations: Option<Vec<GrantOperation>>,
    /// A list of key-value pairs that must be present in the encryption context of certain
    /// subsequent operations that the grant allows.
    pub constraints: Option<GrantConstraints>,
}

/// The model's `GrantOperation`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GrantOperation {
    /// `Decrypt`
    #[default]
    Decrypt,
    /// `Encrypt`
    Encrypt,
    /// `GenerateDataKey`
    GenerateDataKey,
    /// `GenerateDataKeyWithoutPlaintext`
    GenerateDataKeyWithoutPlaintext,
    /// `ReEncryptFrom`
    ReEncryptFrom,
    /// `ReEncryptTo`
    ReEncryptTo,
    /// `Sign`
    Sign,
    /// `Verify`
    Verify,
    /// `GetPublicKey`
    GetPublicKey,
    /// `CreateGrant`
    CreateGrant,
    /// `RetireGrant`
    RetireGrant,
    /// `DescribeKey`
    DescribeKey,
    /// `GenerateDataKeyPair`
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateMac`
    GenerateMac,
    /// `VerifyMac`
    VerifyMac,
    /// `DeriveSharedSecret`
    DeriveSharedSecret,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ImportKeyMaterial`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportKeyMaterialRequest {
    /// The identifier of the KMS key that will be associated with the imported key material. This
    /// must be the same KMS key specified in the `KeyID` parameter of the corresponding
    /// `GetParametersForImport` request. The `Origin` of the KMS key must be `EXTERNAL` and its
    /// `KeyState` must be `PendingImport`.
    pub key_id: String,
    /// The import token that you received in the response to a previous `GetParametersForImport`
    /// request. It must be from the same response that contained the public key that you used to
    /// encrypt the key material.
    pub import_token: Blob,
    /// The encrypted key material to import. The key material must be encrypted under the public
    /// wrapping key that `GetParametersForImport` returned, using the wrapping algorithm that you
    /// specified in the same `GetParametersForImport` request.
    pub encrypted_key_material: Blob,
    /// The date and time when the imported key material expires. This parameter is required when
    /// the value of the `ExpirationModel` parameter is `KEY_MATERIAL_EXPIRES`. Otherwise it is not
    /// valid.
    pub valid_to: Option<DateTime>,
    /// Specifies whether the key material expires. The default is `KEY_MATERIAL_EXPIRES`. For help
    /// with this choice, see [Setting an expiration
    /// time](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#importing-keys-expiration)
    /// in the *Key Management Service Developer Guide*.
    pub expiration_model: Option<ExpirationModelType>,
    /// Indicates whether the key material being imported is previously associated with this KMS key
    /// or not. This parameter is optional and only usable with symmetric encryption keys. If no key
    /// material has ever been imported into the KMS key, and this parameter is omitted, the
    /// parameter defaults to `NEW_KEY_MATERIAL`. After the first key material is imported, if this
    /// parameter is omitted then the parameter defaults to `EXISTING_KEY_MATERIAL`.
    pub import_type: Option<ImportType>,
    /// Description for the key material being imported. This parameter is optional and only usable
    /// with symmetric encryption keys. If you do not specify a key material description, KMS
    /// retains the value you specified when you last imported the same key material into this KMS
    /// key.
    pub key_material_description: Option<String>,
    /// Identifies the key material being imported. This parameter is optional and only usable with
    /// symmetric encryption keys. You cannot specify a key material ID with `ImportType` set to
    /// `NEW_KEY_MATERIAL`. Whenever you import key material into a symmetric encryption key, KMS
    /// assigns a unique identifier to the key material based on the KMS key ID and the imported key
    /// material. When you re-import key material with a specified key material ID, KMS:
    pub key_material_id: Option<String>,
}

/// The output of `ImportKeyMaterial`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportKeyMaterialResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key into which key material was imported.
    pub key_id: Option<String>,
    /// Identifies the imported key material.
    pub key_material_id: Option<String>,
}

/// The model's `ImportState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImportState {
    /// `IMPORTED`
    #[default]
    #[shape(name = "IMPORTED")]
    Imported,
    /// `PENDING_IMPORT`
    #[shape(name = "PENDING_IMPORT")]
    PendingImport,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ImportType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImportType {
    /// `NEW_KEY_MATERIAL`
    #[default]
    #[shape(name = "NEW_KEY_MATERIAL")]
    NewKeyMaterial,
    /// `EXISTING_KEY_MATERIAL`
    #[shape(name = "EXISTING_KEY_MATERIAL")]
    ExistingKeyMaterial,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `IncludeKeyMaterial`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IncludeKeyMaterial {
    /// `ALL_KEY_MATERIAL`
    #[default]
    #[shape(name = "ALL_KEY_MATERIAL")]
    AllKeyMaterial,
    /// `ROTATIONS_ONLY`
    #[shape(name = "ROTATIONS_ONLY")]
    RotationsOnly,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `KeyAgreementAlgorithmSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyAgreementAlgorithmSpec {
    /// `ECDH`
    #[default]
    #[shape(name = "ECDH")]
    Ecdh,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `KeyEncryptionMechanism`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyEncryptionMechanism {
    /// `RSAES_OAEP_SHA_256`
    #[default]
    #[shape(name = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains usage information about the last time the KMS key was used for a successful
/// cryptographic operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeyLastUsageData {
    /// The last successful cryptographic operation the KMS key was used for. Absent if the key has
    /// not been used since KMS began tracking.
    pub operation: Option<KeyLastUsageTrackingOperation>,
    /// The date and time when the KMS key was most recently used for a successful cryptographic
    /// operation. Absent if the key has not been used since KMS began tracking.
    pub timestamp: Option<DateTime>,
    /// The CloudTrail `eventId` associated with the last successful cryptographic operation. Absent
    /// if the key has not been used since KMS began tracking.
    pub cloud_trail_event_id: Option<String>,
    /// The KMS request ID associated with the last successful cryptographic operation. Absent if
    /// the key has not been used since KMS began tracking.
    pub kms_request_id: Option<String>,
}

/// The model's `KeyLastUsageTrackingOperation`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyLastUsageTrackingOperation {
    /// `Decrypt`
    #[default]
    Decrypt,
    /// `DeriveSharedSecret`
    DeriveSharedSecret,
    /// `Encrypt`
    Encrypt,
    /// `GenerateDataKey`
    GenerateDataKey,
    /// `GenerateDataKeyPair`
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateDataKeyWithoutPlaintext`
    GenerateDataKeyWithoutPlaintext,
    /// `GenerateMac`
    GenerateMac,
    /// `ReEncrypt`
    ReEncrypt,
    /// `Sign`
    Sign,
    /// `Verify`
    Verify,
    /// `VerifyMac`
    VerifyMac,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about each entry in the key list.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeyListEntry {
    /// Unique identifier of the key.
    pub key_id: Option<String>,
    /// ARN of the key.
    pub key_arn: Option<String>,
}

/// The model's `KeyManagerType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyManagerType {
    /// `AWS`
    #[default]
    #[shape(name = "AWS")]
    Aws,
    /// `CUSTOMER`
    #[shape(name = "CUSTOMER")]
    Customer,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `KeyMaterialState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyMaterialState {
    /// `NON_CURRENT`
    #[default]
    #[shape(name = "NON_CURRENT")]
    NonCurrent,
    /// `CURRENT`
    #[shape(name = "CURRENT")]
    Current,
    /// `PENDING_ROTATION`
    #[shape(name = "PENDING_ROTATION")]
    PendingRotation,
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION`
    #[shape(name = "PENDING_MULTI_REGION_IMPORT_AND_ROTATION")]
    PendingMultiRegionImportAndRotation,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains metadata about a KMS key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeyMetadata {
    /// The twelve-digit account ID of the Amazon Web Services account that owns the KMS key.
    #[shape(name = "AWSAccountId")]
    pub aws_account_id: Option<String>,
    /// The globally unique identifier for the KMS key.
    pub key_id: String,
    /// The Amazon Resource Name (ARN) of the KMS key. For examples, see [Key Management Service
    /// (KMS)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms)
    /// in the Example ARNs section of the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The date and time when the KMS key was created.
    pub creation_date: Option<DateTime>,
    /// Specifies whether the KMS key is enabled. When `KeyState` is `Enabled` this value is true,
    /// otherwise it is false.
    pub enabled: Option<bool>,
    /// The description of the KMS key.
    pub description: Option<String>,
    /// The [cryptographic
    /// operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations)
    /// for which you can use the KMS key.
    pub key_usage: Option<KeyUsageType>,
    /// The current status of the KMS key.
    pub key_state: Option<KeyState>,
    /// The date and time after which KMS deletes this KMS key. This value is present only when the
    /// KMS key is scheduled for deletion, that is, when its `KeyState` is `PendingDeletion`.
    pub deletion_date: Option<DateTime>,
    /// The earliest time at which any imported key material permanently associated with this KMS
    /// key expires. When a key material expires, KMS deletes the key material and the KMS key
    /// becomes unusable. This value is present only for KMS keys whose `Origin` is `EXTERNAL` and
    /// the `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, otherwise this value is omitted.
    pub valid_to: Option<DateTime>,
    /// The source of the key material for the KMS key. When this value is `AWS_KMS`, KMS created
    /// the key material. When this value is `EXTERNAL`, the key material was imported or the KMS
    /// key doesn't have any key material. When this value is `AWS_CLOUDHSM`, the key material was
    /// created in the CloudHSM cluster associated with a custom key store.
    pub origin: Option<OriginType>,
    /// A unique identifier for the [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) that
    /// contains the KMS key. This field is present only when the KMS key is created in a custom key
    /// store.
    pub custom_key_store_id: Option<String>,
    /// The cluster ID of the CloudHSM cluster that contains the key material for the KMS key. When
    /// you create a KMS key in an CloudHSM [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html), KMS
    /// creates the key material for the KMS key in the associated CloudHSM cluster. This field is
    /// present only when the KMS key is created in an CloudHSM key store.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Specifies whether the KMS key's key material expires. This value is present only when
    /// `Origin` is `EXTERNAL`, otherwise this value is omitted.
    pub expiration_model: Option<ExpirationModelType>,
    /// The manager of the KMS key. KMS keys in your Amazon Web Services account are either customer
    /// managed or Amazon Web Services managed. For more information about the difference, see [KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in the
    /// *Key Management Service Developer Guide*.
    pub key_manager: Option<KeyManagerType>,
    /// Instead, use the `KeySpec` field.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// Describes the type of key material in the KMS key.
    pub key_spec: Option<KeySpec>,
    /// The encryption algorithms that the KMS key supports. You cannot use the KMS key with other
    /// encryption algorithms within KMS.
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    /// The signing algorithms that the KMS key supports. You cannot use the KMS key with other
    /// signing algorithms within KMS.
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    /// The key agreement algorithm used to derive a shared secret.
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    /// Indicates whether the KMS key is a multi-Region (`True`) or regional (`False`) key. This
    /// value is `True` for multi-Region primary and replica keys and `False` for regional KMS keys.
    pub multi_region: Option<bool>,
    /// Lists the primary and replica keys in same multi-Region key. This field is present only when
    /// the value of the `MultiRegion` field is `True`.
    pub multi_region_configuration: Option<MultiRegionConfiguration>,
    /// The waiting period before the primary key in a multi-Region key is deleted. This waiting
    /// period begins when the last of its replica keys is deleted. This value is present only when
    /// the `KeyState` of the KMS key is `PendingReplicaDeletion`. That indicates that the KMS key
    /// is the primary key in a multi-Region key, it is scheduled for deletion, and it still has
    /// existing replica keys.
    pub pending_deletion_window_in_days: Option<i32>,
    /// The message authentication code (MAC) algorithm that the HMAC KMS key supports.
    pub mac_algorithms: Option<Vec<MacAlgorithmSpec>>,
    /// Information about the external key that is associated with a KMS key in an external key
    /// store.
    pub xks_key_configuration: Option<XksKeyConfigurationType>,
    /// Identifies the current key material. This value is present for symmetric encryption keys
    /// with `AWS_KMS` or `EXTERNAL` origin. These KMS keys support automatic or on-demand key
    /// rotation and can have multiple key materials associated with them. KMS uses the current key
    /// material for both encryption and decryption, and the non-current key material for decryption
    /// operations only.
    pub current_key_material_id: Option<String>,
}

/// The model's `KeySpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeySpec {
    /// `RSA_2048`
    #[default]
    #[shape(name = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[shape(name = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[shape(name = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[shape(name = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[shape(name = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[shape(name = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[shape(name = "ECC_SECG_P256K1")]
    EccSecgP256k1,
    /// `SYMMETRIC_DEFAULT`
    #[shape(name = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `HMAC_224`
    #[shape(name = "HMAC_224")]
    Hmac224,
    /// `HMAC_256`
    #[shape(name = "HMAC_256")]
    Hmac256,
    /// `HMAC_384`
    #[shape(name = "HMAC_384")]
    Hmac384,
    /// `HMAC_512`
    #[shape(name = "HMAC_512")]
    Hmac512,
    /// `SM2`
    #[shape(name = "SM2")]
    Sm2,
    /// `ML_DSA_44`
    #[shape(name = "ML_DSA_44")]
    MlDsa44,
    /// `ML_DSA_65`
    #[shape(name = "ML_DSA_65")]
    MlDsa65,
    /// `ML_DSA_87`
    #[shape(name = "ML_DSA_87")]
    MlDsa87,
    /// `ECC_NIST_EDWARDS25519`
    #[shape(name = "ECC_NIST_EDWARDS25519")]
    EccNistEdwards25519,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `KeyState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyState {
    /// `Creating`
    #[default]
    Creating,
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// `PendingDeletion`
    PendingDeletion,
    /// `PendingImport`
    PendingImport,
    /// `PendingReplicaDeletion`
    PendingReplicaDeletion,
    /// `Unavailable`
    Unavailable,
    /// `Updating`
    Updating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `KeyUsageType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyUsageType {
    /// `SIGN_VERIFY`
    #[default]
    #[shape(name = "SIGN_VERIFY")]
    SignVerify,
    /// `ENCRYPT_DECRYPT`
    #[shape(name = "ENCRYPT_DECRYPT")]
    EncryptDecrypt,
    /// `GENERATE_VERIFY_MAC`
    #[shape(name = "GENERATE_VERIFY_MAC")]
    GenerateVerifyMac,
    /// `KEY_AGREEMENT`
    #[shape(name = "KEY_AGREEMENT")]
    KeyAgreement,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAliasesRequest {
    /// Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your
    /// Amazon Web Services account.
    pub key_id: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `ListAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAliasesResponse {
    /// A list of aliases.
    pub aliases: Option<Vec<AliasListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListGrants`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGrantsRequest {
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// Returns only grants for the specified KMS key. This parameter is required.
    pub key_id: String,
    /// Returns only the grant with the specified grant ID. The grant ID uniquely identifies the
    /// grant.
    pub grant_id: Option<String>,
    /// Returns only grants where the specified principal is the grantee principal for the grant.
    pub grantee_principal: Option<String>,
}

/// The output of `ListGrants`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGrantsResponse {
    /// A list of grants.
    pub grants: Option<Vec<GrantListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListKeyPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeyPoliciesRequest {
    /// Gets the names of key policies for the specified KMS key.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `ListKeyPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeyPoliciesResponse {
    /// A list of key policy names. The only valid value is `default`.
    pub policy_names: Option<Vec<String>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListKeyRotations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeyRotationsRequest {
    /// Gets the key rotations for the specified KMS key.
    pub key_id: String,
    /// Use this optional parameter to control which key materials associated with this key are
    /// listed in the response. The default value of this parameter is `ROTATIONS_ONLY`. If you omit
    /// this parameter, KMS returns information on the key materials created by automatic or
    /// on-demand key rotation. When you specify a value of `ALL_KEY_MATERIAL`, KMS adds the first
    /// key material and any imported key material pending rotation to the response. This parameter
    /// can only be used with KMS keys that support automatic or on-demand key rotation.
    pub include_key_material: Option<IncludeKeyMaterial>,
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `ListKeyRotations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeyRotationsResponse {
    /// A list of completed key material rotations. When the optional input parameter
    /// `IncludeKeyMaterial` is specified with a value of `ALL_KEY_MATERIAL`, this list includes the
    /// first key material and any imported key material pending rotation.
    pub rotations: Option<Vec<RotationsListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListKeys`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeysRequest {
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `ListKeys`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListKeysResponse {
    /// A list of KMS keys.
    pub keys: Option<Vec<KeyListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListResourceTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceTagsRequest {
    /// Gets tags on the specified KMS key.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

/// The output of `ListResourceTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceTagsResponse {
    /// A list of tags. Each tag consists of a tag key and a tag value.
    pub tags: Option<Vec<Tag>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the
    /// list in this response is truncated. To get more items, pass the value of the `NextMarker`
    /// element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
}

/// The input of `ListRetirableGrants`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRetirableGrantsRequest {
    /// Use this parameter to specify the maximum number of items to return. When this value is
    /// present, KMS does not return more than the specified number of items, but it might return
    /// fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated
    /// results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// The retiring principal for which to list grants. Enter a principal in your Amazon Web
    /// Services account.
    pub retiring_principal: String,
}

/// The model's `MacAlgorithmSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MacAlgorithmSpec {
    /// `HMAC_SHA_224`
    #[default]
    #[shape(name = "HMAC_SHA_224")]
    HmacSha224,
    /// `HMAC_SHA_256`
    #[shape(name = "HMAC_SHA_256")]
    HmacSha256,
    /// `HMAC_SHA_384`
    #[shape(name = "HMAC_SHA_384")]
    HmacSha384,
    /// `HMAC_SHA_512`
    #[shape(name = "HMAC_SHA_512")]
    HmacSha512,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `MessageType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MessageType {
    /// `RAW`
    #[default]
    #[shape(name = "RAW")]
    Raw,
    /// `DIGEST`
    #[shape(name = "DIGEST")]
    Digest,
    /// `EXTERNAL_MU`
    #[shape(name = "EXTERNAL_MU")]
    ExternalMu,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the configuration of this multi-Region key. This field appears only when the KMS key
/// is a primary or replica of a multi-Region key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MultiRegionConfiguration {
    /// Indicates whether the KMS key is a `PRIMARY` or `REPLICA` key.
    pub multi_region_key_type: Option<MultiRegionKeyType>,
    /// Displays the key ARN and Region of the primary key. This field includes the current KMS key
    /// if it is the primary key.
    pub primary_key: Option<MultiRegionKey>,
    /// displays the key ARNs and Regions of all replica keys. This field includes the current KMS
    /// key if it is a replica key.
    pub replica_keys: Option<Vec<MultiRegionKey>>,
}

/// Describes the primary or replica key in a multi-Region key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MultiRegionKey {
    /// Displays the key ARN of a primary or replica key of a multi-Region key.
    pub arn: Option<String>,
    /// Displays the Amazon Web Services Region of a primary or replica key in a multi-Region key.
    pub region: Option<String>,
}

/// The model's `MultiRegionKeyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MultiRegionKeyType {
    /// `PRIMARY`
    #[default]
    #[shape(name = "PRIMARY")]
    Primary,
    /// `REPLICA`
    #[shape(name = "REPLICA")]
    Replica,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OriginType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OriginType {
    /// `AWS_KMS`
    #[default]
    #[shape(name = "AWS_KMS")]
    AwsKms,
    /// `EXTERNAL`
    #[shape(name = "EXTERNAL")]
    External,
    /// `AWS_CLOUDHSM`
    #[shape(name = "AWS_CLOUDHSM")]
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    #[shape(name = "EXTERNAL_KEY_STORE")]
    ExternalKeyStore,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `PutKeyPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutKeyPolicyRequest {
    /// Sets the key policy on the specified KMS key.
    pub key_id: String,
    /// The name of the key policy. If no policy name is specified, the default value is `default`.
    /// The only valid value is `default`.
    pub policy_name: Option<String>,
    /// The key policy to attach to the KMS key.
    pub policy: String,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    pub bypass_policy_lockout_safety_check: Option<bool>,
}

/// The input of `ReEncrypt`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReEncryptRequest {
    /// Ciphertext of the data to reencrypt.
    pub ciphertext_blob: Option<Blob>,
    /// Specifies the encryption context to use to decrypt the ciphertext. Enter the same encryption
    /// context that was used to encrypt the ciphertext.
    pub source_encryption_context: Option<HashMap<String, String>>,
    /// Specifies the KMS key that KMS will use to decrypt the ciphertext before it is re-encrypted.
    pub source_key_id: Option<String>,
    /// A unique identifier for the KMS key that is used to reencrypt the data. Specify a symmetric
    /// encryption KMS key or an asymmetric KMS key with a `KeyUsage` value of `ENCRYPT_DECRYPT`. To
    /// find the `KeyUsage` value of a KMS key, use the `DescribeKey` operation.
    pub destination_key_id: String,
    /// Specifies that encryption context to use when the reencrypting the data.
    pub destination_encryption_context: Option<HashMap<String, String>>,
    /// Specifies the encryption algorithm that KMS will use to decrypt the ciphertext before it is
    /// reencrypted. The default value, `SYMMETRIC_DEFAULT`, represents the algorithm used for
    /// symmetric encryption KMS keys.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Specifies the encryption algorithm that KMS will use to reecrypt the data after it has
    /// decrypted it. The default value, `SYMMETRIC_DEFAULT`, represents the encryption algorithm
    /// used for symmetric encryption KMS keys.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional
    /// parameter that only applies when `DryRun` is set to `true`.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}

/// The output of `ReEncrypt`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReEncryptResponse {
    /// The reencrypted data. When you use the HTTP API or the Amazon Web Services CLI, the value is
    /// Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Blob>,
    /// Unique identifier of the KMS key used to originally encrypt the data.
    pub source_key_id: Option<String>,
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key that was used to reencrypt the data.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to decrypt the ciphertext before it was reencrypted.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The encryption algorithm that was used to reencrypt the data.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The identifier of the key material used to originally encrypt the data. This field is
    /// present only when the original encryption used a symmetric encryption KMS key.
    pub source_key_material_id: Option<String>,
    /// The identifier of the key material used to reencrypt the data. This field is present only
    /// when data is reencrypted using a symmetric encryption KMS key.
    pub destination_key_material_id: Option<String>,
}

/// Contains information about the party that receives the response from the API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecipientInfo {
    /// The encryption algorithm that KMS should use with the public key for an Amazon Web Services
    /// Nitro Enclave or NitroTPM to encrypt plaintext values for the response. The only valid value
    /// is `RSAES_OAEP_SHA_256`.
    pub key_encryption_algorithm: Option<KeyEncryptionMechanism>,
    /// The attestation document for an Amazon Web Services Nitro Enclave or a NitroTPM. This
    /// document includes the enclave's public key.
    pub attestation_document: Option<Blob>,
}

/// The input of `ReplicateKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicateKeyRequest {
    /// Identifies the multi-Region primary key that is being replicated. To determine whether a KMS
    /// key is a multi-Region primary key, use the `DescribeKey` operation to check the value of the
    /// `MultiRegionKeyType` property.
    pub key_id: String,
    /// The Region ID of the Amazon Web Services Region for this replica key.
    pub replica_region: String,
    /// The key policy to attach to the KMS key. This parameter is optional. If you do not provide a
    /// key policy, KMS attaches the [default key
    /// policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html) to
    /// the KMS key.
    pub policy: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// A description of the KMS key. The default value is an empty string (no description).
    pub description: Option<String>,
    /// Assigns one or more tags to the replica key. Use this parameter to tag the KMS key when it
    /// is created. To tag an existing KMS key, use the `TagResource` operation.
    pub tags: Option<Vec<Tag>>,
}

/// The output of `ReplicateKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicateKeyResponse {
    /// Displays details about the new replica key, including its Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN))
    /// and [Key states of KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). It also
    /// includes the ARN and Amazon Web Services Region of its primary key and other replica keys.
    pub replica_key_metadata: Option<KeyMetadata>,
    /// The key policy of the new replica key. The value is a key policy document in JSON format.
    pub replica_policy: Option<String>,
    /// The tags on the new replica key. The value is a list of tag key and tag value pairs.
    pub replica_tags: Option<Vec<Tag>>,
}

/// The input of `RetireGrant`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RetireGrantRequest {
    /// Identifies the grant to be retired. You can use a grant token to identify a new grant even
    /// before it has achieved eventual consistency.
    pub grant_token: Option<String>,
    /// The key ARN KMS key associated with the grant. To find the key ARN, use the `ListKeys`
    /// operation.
    pub key_id: Option<String>,
    /// Identifies the grant to retire. To get the grant ID, use `CreateGrant`, `ListGrants`, or
    /// `ListRetirableGrants`.
    pub grant_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The input of `RevokeGrant`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RevokeGrantRequest {
    /// A unique identifier for the KMS key associated with the grant. To get the key ID and key ARN
    /// for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Identifies the grant to revoke. To get the grant ID, use `CreateGrant`, `ListGrants`, or
    /// `ListRetirableGrants`.
    pub grant_id: String,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

/// The input of `RotateKeyOnDemand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotateKeyOnDemandRequest {
    /// Identifies a symmetric encryption KMS key. You cannot perform on-demand rotation of
    /// [asymmetric KMS
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html),
    /// [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html),
    /// multi-Region KMS keys with [imported key
    /// material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS
    /// keys in a [custom key
    /// store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To
    /// perform on-demand rotation of a set of related [multi-Region
    /// keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate),
    /// invoke the on-demand rotation on the primary key.
    pub key_id: String,
}

/// The output of `RotateKeyOnDemand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotateKeyOnDemandResponse {
    /// Identifies the symmetric encryption KMS key that you initiated on-demand rotation on.
    pub key_id: Option<String>,
}

/// The model's `RotationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RotationType {
    /// `AUTOMATIC`
    #[default]
    #[shape(name = "AUTOMATIC")]
    Automatic,
    /// `ON_DEMAND`
    #[shape(name = "ON_DEMAND")]
    OnDemand,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Each entry contains information about one of the key materials associated with a KMS key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RotationsListEntry {
    /// Unique identifier of the key.
    pub key_id: Option<String>,
    /// Unique identifier of the key material.
    pub key_material_id: Option<String>,
    /// User-specified description of the key material. This field is only present for symmetric
    /// encryption KMS keys with `EXTERNAL` origin.
    pub key_material_description: Option<String>,
    /// Indicates if the key material is currently imported into KMS. It has two possible values:
    /// `IMPORTED` or `PENDING_IMPORT`. This field is only present for symmetric encryption KMS keys
    /// with `EXTERNAL` origin.
    pub import_state: Option<ImportState>,
    /// There are four possible values for this field: `CURRENT`, `NON_CURRENT`,
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION` and `PENDING_ROTATION`. KMS uses `CURRENT` key
    /// material for both encryption and decryption and `NON_CURRENT` key material only for
    /// decryption. `PENDING_ROTATION` identifies key material that has been imported for on-demand
    /// key rotation but the rotation hasn't completed. The key material state
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION` is unique to multi-region, symmetric encryption
    /// keys with imported key material. It indicates key material that has been imported into the
    /// primary Region key but not all of the replica Region keys. When this key material is
    /// imported in to all of the replica Region keys, the key material state will change to
    /// `PENDING_ROTATION`. Key material in `PENDING_MULTI_REGION_IMPORT_AND_ROTATION` or
    /// `PENDING_ROTATION` state is not permanently associated with the KMS key. You can delete this
    /// key material and import different key material in its place. The
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION` and `PENDING_ROTATION` values are only used in
    /// symmetric encryption keys with imported key material. The other values, `CURRENT` and
    /// `NON_CURRENT`, are used for all KMS keys that support automatic or on-demand key rotation.
    pub key_material_state: Option<KeyMaterialState>,
    /// Indicates if the key material is configured to automatically expire. There are two possible
    /// values for this field: `KEY_MATERIAL_EXPIRES` and `KEY_MATERIAL_DOES_NOT_EXPIRE`. For any
    /// key material that expires, the expiration date and time is indicated in `ValidTo`. This
    /// field is only present for symmetric encryption KMS keys with `EXTERNAL` origin.
    pub expiration_model: Option<ExpirationModelType>,
    /// Date and time at which the key material expires. This field is only present for symmetric
    /// encryption KMS keys with `EXTERNAL` origin in rotation list entries with an
    /// `ExpirationModel` value of `KEY_MATERIAL_EXPIRES`.
    pub valid_to: Option<DateTime>,
    /// Date and time that the key material rotation completed. Formatted as Unix time. This field
    /// is not present for the first key material or an imported key material in `PENDING_ROTATION`
    /// state.
    pub rotation_date: Option<DateTime>,
    /// Identifies whether the key material rotation was a scheduled [automatic
    /// rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html)
    /// or an [on-demand
    /// rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html).
    /// This field is not present for the first key material or an imported key material in
    /// `PENDING_ROTATION` state.
    pub rotation_type: Option<RotationType>,
}

/// The input of `ScheduleKeyDeletion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScheduleKeyDeletionRequest {
    /// The unique identifier of the KMS key to delete.
    pub key_id: String,
    /// The waiting period, specified in number of days. After the waiting period ends, KMS deletes
    /// the KMS key.
    pub pending_window_in_days: Option<i32>,
}

/// The output of `ScheduleKeyDeletion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScheduleKeyDeletionResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the KMS key whose deletion is scheduled.
    pub key_id: Option<String>,
    /// The date and time after which KMS deletes the KMS key.
    pub deletion_date: Option<DateTime>,
    /// The current status of the KMS key.
    pub key_state: Option<KeyState>,
    /// The waiting period before the KMS key is deleted.
    pub pending_window_in_days: Option<i32>,
}

/// The input of `Sign`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SignRequest {
    /// Identifies an asymmetric KMS key. KMS uses the private key in the asymmetric KMS key to sign
    /// the message. The `KeyUsage` type of the KMS key must be `SIGN_VERIFY`. To find the
    /// `KeyUsage` of a KMS key, use the `DescribeKey` operation.
    pub key_id: String,
    /// Specifies the message or message digest to sign. Messages can be 0-4096 bytes. To sign a
    /// larger message, provide a message digest.
    pub message: Blob,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the
    /// signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which
    /// are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing
    /// as defined in NIST FIPS 204 Section 6.2.
    pub message_type: Option<MessageType>,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the signing algorithm to use when signing the message.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

impl ::std::fmt::Debug for SignRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SignRequest")
            .field("key_id", &self.key_id)
            .field("message", &"** redacted **")
            .field("message_type", &self.message_type)
            .field("grant_tokens", &self.grant_tokens)
            .field("signing_algorithm", &self.signing_algorithm)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

/// The output of `Sign`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SignResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the asymmetric KMS key that was used to sign the message.
    pub key_id: Option<String>,
    /// The cryptographic signature that was generated for the message.
    pub signature: Option<Blob>,
    /// The signing algorithm that was used to sign the message.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
}

/// The model's `SigningAlgorithmSpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SigningAlgorithmSpec {
    /// `RSASSA_PSS_SHA_256`
    #[default]
    #[shape(name = "RSASSA_PSS_SHA_256")]
    RsassaPssSha256,
    /// `RSASSA_PSS_SHA_384`
    #[shape(name = "RSASSA_PSS_SHA_384")]
    RsassaPssSha384,
    /// `RSASSA_PSS_SHA_512`
    #[shape(name = "RSASSA_PSS_SHA_512")]
    RsassaPssSha512,
    /// `RSASSA_PKCS1_V1_5_SHA_256`
    #[shape(name = "RSASSA_PKCS1_V1_5_SHA_256")]
    RsassaPkcs1V15Sha256,
    /// `RSASSA_PKCS1_V1_5_SHA_384`
    #[shape(name = "RSASSA_PKCS1_V1_5_SHA_384")]
    RsassaPkcs1V15Sha384,
    /// `RSASSA_PKCS1_V1_5_SHA_512`
    #[shape(name = "RSASSA_PKCS1_V1_5_SHA_512")]
    RsassaPkcs1V15Sha512,
    /// `ECDSA_SHA_256`
    #[shape(name = "ECDSA_SHA_256")]
    EcdsaSha256,
    /// `ECDSA_SHA_384`
    #[shape(name = "ECDSA_SHA_384")]
    EcdsaSha384,
    /// `ECDSA_SHA_512`
    #[shape(name = "ECDSA_SHA_512")]
    EcdsaSha512,
    /// `SM2DSA`
    #[shape(name = "SM2DSA")]
    Sm2dsa,
    /// `ML_DSA_SHAKE_256`
    #[shape(name = "ML_DSA_SHAKE_256")]
    MlDsaShake256,
    /// `ED25519_SHA_512`
    #[shape(name = "ED25519_SHA_512")]
    Ed25519Sha512,
    /// `ED25519_PH_SHA_512`
    #[shape(name = "ED25519_PH_SHA_512")]
    Ed25519PhSha512,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A key-value pair. A tag consists of a tag key and a tag value. Tag keys and tag values are both
/// required, but tag values can be empty (null) strings.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    pub tag_key: String,
    /// The value of the tag.
    pub tag_value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// Identifies a customer managed key in the account and Region.
    pub key_id: String,
    /// One or more tags. Each tag consists of a tag key and a tag value. The tag value can be an
    /// empty (null) string.
    pub tags: Vec<Tag>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// Identifies the KMS key from which you are removing tags.
    pub key_id: String,
    /// One or more tag keys. Specify only the tag keys, not the tag values.
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAliasRequest {
    /// Identifies the alias that is changing its KMS key. This value must begin with `alias/`
    /// followed by the alias name, such as `alias/ExampleAlias`. You cannot use `UpdateAlias` to
    /// change the alias name.
    pub alias_name: String,
    /// Identifies the [customer managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key)
    /// to associate with the alias. You don't have permission to associate an alias with an [Amazon
    /// Web Services managed
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    pub target_key_id: String,
}

/// The input of `UpdateCustomKeyStore`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateCustomKeyStoreRequest {
    /// Identifies the custom key store that you want to update. Enter the ID of the custom key
    /// store. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
    /// Changes the friendly name of the custom key store to the value that you specify. The custom
    /// key store name must be unique in the Amazon Web Services account.
    pub new_custom_key_store_name: Option<String>,
    /// Enter the current password of the `kmsuser` crypto user (CU) in the CloudHSM cluster that is
    /// associated with the custom key store. This parameter is valid only for custom key stores
    /// with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    pub key_store_password: Option<String>,
    /// Associates the custom key store with a related CloudHSM cluster. This parameter is valid
    /// only for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Changes the URI endpoint that KMS uses to connect to your external key store proxy (XKS
    /// proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of
    /// `EXTERNAL_KEY_STORE`.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Changes the base path to the proxy APIs for this external key store. To find this value, see
    /// the documentation for your external key manager and external key store proxy (XKS proxy).
    /// This parameter is valid only for custom key stores with a `CustomKeyStoreType` of
    /// `EXTERNAL_KEY_STORE`.
    pub xks_proxy_uri_path: Option<String>,
    /// Changes the name that KMS uses to identify the Amazon VPC endpoint service for your external
    /// key store proxy (XKS proxy). This parameter is valid when the `CustomKeyStoreType` is
    /// `EXTERNAL_KEY_STORE` and the `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Changes the Amazon Web Services account ID that KMS uses to identify the Amazon VPC endpoint
    /// service for your external key store proxy (XKS proxy). This parameter is optional. If not
    /// specified, the current Amazon Web Services account ID for the VPC endpoint service will not
    /// be updated.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Changes the credentials that KMS uses to sign requests to the external key store proxy (XKS
    /// proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of
    /// `EXTERNAL_KEY_STORE`.
    pub xks_proxy_authentication_credential: Option<XksProxyAuthenticationCredentialType>,
    /// Changes the connectivity setting for the external key store. To indicate that the external
    /// key store proxy uses a Amazon VPC endpoint service to communicate with KMS, specify
    /// `VPC_ENDPOINT_SERVICE`. Otherwise, specify `PUBLIC_ENDPOINT`.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}

impl ::std::fmt::Debug for UpdateCustomKeyStoreRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCustomKeyStoreRequest")
            .field("custom_key_store_id", &self.custom_key_store_id)
            .field("new_custom_key_store_name", &self.new_custom_key_store_name)
            .field(
                "key_store_password",
                &self.key_store_password.as_ref().map(|_| "** redacted **"),
            )
            .field("cloud_hsm_cluster_id", &self.cloud_hsm_cluster_id)
            .field("xks_proxy_uri_endpoint", &self.xks_proxy_uri_endpoint)
            .field("xks_proxy_uri_path", &self.xks_proxy_uri_path)
            .field(
                "xks_proxy_vpc_endpoint_service_name",
                &self.xks_proxy_vpc_endpoint_service_name,
            )
            .field(
                "xks_proxy_vpc_endpoint_service_owner",
                &self.xks_proxy_vpc_endpoint_service_owner,
            )
            .field(
                "xks_proxy_authentication_credential",
                &self.xks_proxy_authentication_credential,
            )
            .field("xks_proxy_connectivity", &self.xks_proxy_connectivity)
            .finish()
    }
}

/// The output of `UpdateCustomKeyStore`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCustomKeyStoreResponse {}

/// The input of `UpdateKeyDescription`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateKeyDescriptionRequest {
    /// Updates the description of the specified KMS key.
    pub key_id: String,
    /// New description for the KMS key.
    pub description: String,
}

/// The input of `UpdatePrimaryRegion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatePrimaryRegionRequest {
    /// Identifies the current primary key. When the operation completes, this KMS key will be a
    /// replica key.
    pub key_id: String,
    /// The Amazon Web Services Region of the new primary key. Enter the Region ID, such as
    /// `us-east-1` or `ap-southeast-2`. There must be an existing replica key in this Region.
    pub primary_region: String,
}

/// The input of `VerifyMac`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct VerifyMacRequest {
    /// The message that will be used in the verification. Enter the same message that was used to
    /// generate the HMAC.
    pub message: Blob,
    /// The KMS key that will be used in the verification.
    pub key_id: String,
    /// The MAC algorithm that will be used in the verification. Enter the same MAC algorithm that
    /// was used to compute the HMAC. This algorithm must be supported by the HMAC KMS key
    /// identified by the `KeyId` parameter.
    pub mac_algorithm: MacAlgorithmSpec,
    /// The HMAC to verify. Enter the HMAC that was generated by the `GenerateMac` operation when
    /// you specified the same message, HMAC KMS key, and MAC algorithm as the values specified in
    /// this request.
    pub mac: Blob,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

impl ::std::fmt::Debug for VerifyMacRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VerifyMacRequest")
            .field("message", &"** redacted **")
            .field("key_id", &self.key_id)
            .field("mac_algorithm", &self.mac_algorithm)
            .field("mac", &self.mac)
            .field("grant_tokens", &self.grant_tokens)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

/// The output of `VerifyMac`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VerifyMacResponse {
    /// The HMAC KMS key used in the verification.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the HMAC was verified. A value of `True` indicates
    /// that the HMAC (`Mac`) was generated with the specified `Message`, HMAC KMS key (`KeyID`) and
    /// `MacAlgorithm.`.
    pub mac_valid: Option<bool>,
    /// The MAC algorithm used in the verification.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
}

/// The input of `Verify`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct VerifyRequest {
    /// Identifies the asymmetric KMS key that will be used to verify the signature. This must be
    /// the same KMS key that was used to generate the signature. If you specify a different KMS
    /// key, the signature verification fails.
    pub key_id: String,
    /// Specifies the message that was signed. You can submit a raw message of up to 4096 bytes, or
    /// a hash digest of the message. If you submit a digest, use the `MessageType` parameter with a
    /// value of `DIGEST`.
    pub message: Blob,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the
    /// signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which
    /// are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing
    /// as defined in NIST FIPS 204 Section 6.2.
    pub message_type: Option<MessageType>,
    /// The signature that the `Sign` operation generated.
    pub signature: Blob,
    /// The signing algorithm that was used to sign the message. If you submit a different
    /// algorithm, the signature verification fails.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// A list of grant tokens.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}

impl ::std::fmt::Debug for VerifyRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VerifyRequest")
            .field("key_id", &self.key_id)
            .field("message", &"** redacted **")
            .field("message_type", &self.message_type)
            .field("signature", &self.signature)
            .field("signing_algorithm", &self.signing_algorithm)
            .field("grant_tokens", &self.grant_tokens)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

/// The output of `Verify`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VerifyResponse {
    /// The Amazon Resource Name ([key
    /// ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of
    /// the asymmetric KMS key that was used to verify the signature.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the signature was verified. A value of `True`
    /// indicates that the `Signature` was produced by signing the `Message` with the specified
    /// `KeyID` and `SigningAlgorithm.` If the signature is not verified, the `Verify` operation
    /// fails with a `KMSInvalidSignatureException` exception.
    pub signature_valid: Option<bool>,
    /// The signing algorithm that was used to verify the signature.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
}

/// The model's `WrappingKeySpec`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum WrappingKeySpec {
    /// `RSA_2048`
    #[default]
    #[shape(name = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[shape(name = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[shape(name = "RSA_4096")]
    Rsa4096,
    /// `SM2`
    #[shape(name = "SM2")]
    Sm2,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the [external key
/// ](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key)that
/// is associated with a KMS key in an external key store.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct XksKeyConfigurationType {
    /// The ID of the external key in its external key manager. This is the ID that the external key
    /// store proxy uses to identify the external key.
    pub id: Option<String>,
}

/// KMS uses the authentication credential to sign requests that it sends to the external key store
/// proxy (XKS proxy) on your behalf. You establish these credentials on your external key store
/// proxy and report them to KMS.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct XksProxyAuthenticationCredentialType {
    /// A unique identifier for the raw secret access key.
    pub access_key_id: String,
    /// A secret string of 43-64 characters. Valid characters are a-z, A-Z, 0-9, /, +, and =.
    pub raw_secret_access_key: String,
}

impl ::std::fmt::Debug for XksProxyAuthenticationCredentialType {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("XksProxyAuthenticationCredentialType")
            .field("access_key_id", &"** redacted **")
            .field("raw_secret_access_key", &"** redacted **")
            .finish()
    }
}

/// Detailed information about the external key store proxy (XKS proxy). Your external key store
/// proxy translates KMS requests into a format that your external key manager can understand. These
/// fields appear in a `DescribeCustomKeyStores` response only when the `CustomKeyStoreType` is
/// `EXTERNAL_KEY_STORE`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct XksProxyConfigurationType {
    /// Indicates whether the external key store proxy uses a public endpoint or an Amazon VPC
    /// endpoint service to communicate with KMS.
    pub connectivity: Option<XksProxyConnectivityType>,
    /// The part of the external key store [proxy authentication
    /// credential](https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html#KMS-CreateCustomKeyStore-request-XksProxyAuthenticationCredential)
    /// that uniquely identifies the secret access key.
    pub access_key_id: Option<String>,
    /// The URI endpoint for the external key store proxy.
    pub uri_endpoint: Option<String>,
    /// The path to the external key store proxy APIs.
    pub uri_path: Option<String>,
    /// The Amazon VPC endpoint service used to communicate with the external key store proxy. This
    /// field appears only when the external key store proxy uses an Amazon VPC endpoint service to
    /// communicate with KMS.
    pub vpc_endpoint_service_name: Option<String>,
    /// The Amazon Web Services account ID that owns the Amazon VPC endpoint service used to
    /// communicate with the external key store proxy (XKS). This field appears only when the XKS
    /// uses an VPC endpoint service to communicate with KMS.
    pub vpc_endpoint_service_owner: Option<String>,
}

impl ::std::fmt::Debug for XksProxyConfigurationType {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("XksProxyConfigurationType")
            .field("connectivity", &self.connectivity)
            .field(
                "access_key_id",
                &self.access_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("uri_endpoint", &self.uri_endpoint)
            .field("uri_path", &self.uri_path)
            .field("vpc_endpoint_service_name", &self.vpc_endpoint_service_name)
            .field(
                "vpc_endpoint_service_owner",
                &self.vpc_endpoint_service_owner,
            )
            .finish()
    }
}

/// The model's `XksProxyConnectivityType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum XksProxyConnectivityType {
    /// `PUBLIC_ENDPOINT`
    #[default]
    #[shape(name = "PUBLIC_ENDPOINT")]
    PublicEndpoint,
    /// `VPC_ENDPOINT_SERVICE`
    #[shape(name = "VPC_ENDPOINT_SERVICE")]
    VpcEndpointService,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}
