//! Amazon Elastic Container Registry (`ecr`, API version 2015-09-21): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- ecr --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon Elastic Container Registry (Amazon ECR) is a managed container image registry service.
/// Customers can use the familiar Docker CLI, or their preferred client, to push, pull, and manage
/// images. Amazon ECR provides a secure, scalable, and reliable registry for your Docker or Open
/// Container Initiative (OCI) images. Amazon ECR supports private repositories with resource-based
/// permissions using IAM so that specific users or Amazon EC2 instances can access repositories and
/// images.
#[client(
    service = "api.ecr",
    protocol = "awsJson1_1",
    target_prefix = "AmazonEC2ContainerRegistry_V20150921",
    api_version = "2015-09-21",
    signing_name = "ecr",
    service_id = "ECR",
    endpoint_rules = include_str!("ecr/endpoint-rule-set.json"),
)]
#[waiter(
    image_scan_complete = describe_image_scan_findings,
    delay = 5,
    max_attempts = 60,
    success(path = |o: &DescribeImageScanFindingsResponse| -> Option<&str> { Some(o).and_then(|x| x.image_scan_status.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("COMPLETE")),
    failure(path = |o: &DescribeImageScanFindingsResponse| -> Option<&str> { Some(o).and_then(|x| x.image_scan_status.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
)]
#[waiter(
    lifecycle_policy_preview_complete = get_lifecycle_policy_preview,
    delay = 5,
    max_attempts = 20,
    success(path = |o: &GetLifecyclePolicyPreviewResponse| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("COMPLETE")),
    failure(path = |o: &GetLifecyclePolicyPreviewResponse| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
)]
pub struct Client {
    /// Checks the availability of one or more image layers in a repository.
    batch_check_layer_availability:
        Op<BatchCheckLayerAvailabilityRequest, BatchCheckLayerAvailabilityResponse>,
    /// Deletes a list of specified images within a repository. Images are specified with either an
    /// `imageTag` or `imageDigest`.
    batch_delete_image: Op<BatchDeleteImageRequest, BatchDeleteImageResponse>,
    /// Gets detailed information for an image. Images are specified with either an `imageTag` or
    /// `imageDigest`.
    batch_get_image: Op<BatchGetImageRequest, BatchGetImageResponse>,
    /// Gets the scanning configuration for one or more repositories.
    batch_get_repository_scanning_configuration: Op<
        BatchGetRepositoryScanningConfigurationRequest,
        BatchGetRepositoryScanningConfigurationResponse,
    >,
    /// Informs Amazon ECR that the image layer upload has completed for a specified registry,
    /// repository name, and upload ID. You can optionally provide a `sha256` digest of the image
    /// layer for data validation purposes.
    complete_layer_upload: Op<CompleteLayerUploadRequest, CompleteLayerUploadResponse>,
    /// Creates a pull through cache rule. A pull through cache rule provides a way to cache images
    /// from an upstream registry source in your Amazon ECR private registry. For more information,
    /// see [Using pull through cache
    /// rules](https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    create_pull_through_cache_rule:
        Op<CreatePullThroughCacheRuleRequest, CreatePullThroughCacheRuleResponse>,
    /// Creates a repository. For more information, see [Amazon ECR
    /// repositories](https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    create_repository: Op<CreateRepositoryRequest, CreateRepositoryResponse>,
    /// Creates a repository creation template. This template is used to define the settings for
    /// repositories created by Amazon ECR on your behalf. For example, repositories created through
    /// pull through cache actions. For more information, see [Private repository creation
    /// templates](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-creation-templates.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    create_repository_creation_template:
        Op<CreateRepositoryCreationTemplateRequest, CreateRepositoryCreationTemplateResponse>,
    /// Deletes the lifecycle policy associated with the specified repository.
    delete_lifecycle_policy: Op<DeleteLifecyclePolicyRequest, DeleteLifecyclePolicyResponse>,
    /// Deletes a pull through cache rule.
    delete_pull_through_cache_rule:
        Op<DeletePullThroughCacheRuleRequest, DeletePullThroughCacheRuleResponse>,
    /// Deletes the registry permissions policy.
    delete_registry_policy: Op<DeleteRegistryPolicyRequest, DeleteRegistryPolicyResponse>,
    /// Deletes a repository. If the repository isn't empty, you must either delete the contents of
    /// the repository or use the `force` option to delete the repository and have Amazon ECR delete
    /// all of its contents on your behalf.
    delete_repository: Op<DeleteRepositoryRequest, DeleteRepositoryResponse>,
    /// Deletes a repository creation template.
    delete_repository_creation_template:
        Op<DeleteRepositoryCreationTemplateRequest, DeleteRepositoryCreationTemplateResponse>,
    /// Deletes the repository policy associated with the specified repository.
    delete_repository_policy: Op<DeleteRepositoryPolicyRequest, DeleteRepositoryPolicyResponse>,
    /// Deletes the registry's signing configuration. Images pushed after deletion of the signing
    /// configuration will no longer be automatically signed.
    delete_signing_configuration:
        Op<DeleteSigningConfigurationRequest, DeleteSigningConfigurationResponse>,
    /// Removes a principal from the pull time update exclusion list for a registry. Once removed,
    /// Amazon ECR will resume updating the pull time if the specified principal pulls an image.
    deregister_pull_time_update_exclusion:
        Op<DeregisterPullTimeUpdateExclusionRequest, DeregisterPullTimeUpdateExclusionResponse>,
    /// Returns the replication status for a specified image.
    describe_image_replication_status:
        Op<DescribeImageReplicationStatusRequest, DescribeImageReplicationStatusResponse>,
    /// Returns the scan findings for the specified image.
    #[op(paginate(input_token = next_token, output_token = next_token, items = |o: DescribeImageScanFindingsResponse| -> Vec<ImageScanFinding> { Some(o).and_then(|x| x.image_scan_findings).and_then(|x| x.findings).unwrap_or_default() }, limit = max_results))]
    describe_image_scan_findings:
        Op<DescribeImageScanFindingsRequest, DescribeImageScanFindingsResponse>,
    /// Returns the signing status for a specified image. If the image matched signing rules that
    /// reference different signing profiles, a status is returned for each profile.
    describe_image_signing_status:
        Op<DescribeImageSigningStatusRequest, DescribeImageSigningStatusResponse>,
    /// Returns metadata about the images in a repository.
    #[op(paginate(input_token = next_token, output_token = next_token, items = image_details, limit = max_results))]
    describe_images: Op<DescribeImagesRequest, DescribeImagesResponse>,
    /// Returns the pull through cache rules for a registry.
    #[op(paginate(input_token = next_token, output_token = next_token, items = pull_through_cache_rules, limit = max_results))]
    describe_pull_through_cache_rules:
        Op<DescribePullThroughCacheRulesRequest, DescribePullThroughCacheRulesResponse>,
    /// Describes the settings for a registry. The replication configuration for a repository can be
    /// created or updated with the `PutReplicationConfiguration` API action.
    describe_registry: Op<DescribeRegistryRequest, DescribeRegistryResponse>,
    /// Describes image repositories in a registry.
    #[op(paginate(input_token = next_token, output_token = next_token, items = repositories, limit = max_results))]
    describe_repositories: Op<DescribeRepositoriesRequest, DescribeRepositoriesResponse>,
    /// Returns details about the repository creation templates in a registry. The `prefixes`
    /// request parameter can be used to return the details for a specific repository creation
    /// template.
    #[op(paginate(input_token = next_token, output_token = next_token, items = repository_creation_templates, limit = max_results))]
    describe_repository_creation_templates:
        Op<DescribeRepositoryCreationTemplatesRequest, DescribeRepositoryCreationTemplatesResponse>,
    /// Retrieves the account setting value for the specified setting name.
    get_account_setting: Op<GetAccountSettingRequest, GetAccountSettingResponse>,
    /// Retrieves an authorization token. An authorization token represents your IAM authentication
    /// credentials and can be used to access any Amazon ECR registry that your IAM principal has
    /// access to. The authorization token is valid for 12 hours.
    get_authorization_token: Op<GetAuthorizationTokenRequest, GetAuthorizationTokenResponse>,
    /// Retrieves the pre-signed Amazon S3 download URL corresponding to an image layer. You can
    /// only get URLs for image layers that are referenced in an image.
    get_download_url_for_layer: Op<GetDownloadUrlForLayerRequest, GetDownloadUrlForLayerResponse>,
    /// Retrieves the lifecycle policy for the specified repository.
    get_lifecycle_policy: Op<GetLifecyclePolicyRequest, GetLifecyclePolicyResponse>,
    /// Retrieves the results of the lifecycle policy preview request for the specified repository.
    #[op(paginate(input_token = next_token, output_token = next_token, items = preview_results, limit = max_results))]
    get_lifecycle_policy_preview:
        Op<GetLifecyclePolicyPreviewRequest, GetLifecyclePolicyPreviewResponse>,
    /// Retrieves the permissions policy for a registry.
    get_registry_policy: Op<GetRegistryPolicyRequest, GetRegistryPolicyResponse>,
    /// Retrieves the scanning configuration for a registry.
    get_registry_scanning_configuration:
        Op<GetRegistryScanningConfigurationRequest, GetRegistryScanningConfigurationResponse>,
    /// Retrieves the repository policy for the specified repository.
    get_repository_policy: Op<GetRepositoryPolicyRequest, GetRepositoryPolicyResponse>,
    /// Retrieves the registry's signing configuration, which defines rules for automatically
    /// signing images using Amazon Web Services Signer.
    get_signing_configuration: Op<GetSigningConfigurationRequest, GetSigningConfigurationResponse>,
    /// Notifies Amazon ECR that you intend to upload an image layer.
    initiate_layer_upload: Op<InitiateLayerUploadRequest, InitiateLayerUploadResponse>,
    /// Lists the artifacts associated with a specified subject image.
    list_image_referrers: Op<ListImageReferrersRequest, ListImageReferrersResponse>,
    /// Lists all the image IDs for the specified repository.
    #[op(paginate(input_token = next_token, output_token = next_token, items = image_ids, limit = max_results))]
    list_images: Op<ListImagesRequest, ListImagesResponse>,
    /// Lists the IAM principals that are excluded from having their image pull times recorded.
    list_pull_time_update_exclusions:
        Op<ListPullTimeUpdateExclusionsRequest, ListPullTimeUpdateExclusionsResponse>,
    /// List the tags for an Amazon ECR resource.
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResponse>,
    /// Allows you to change the basic scan type version or registry policy scope.
    put_account_setting: Op<PutAccountSettingRequest, PutAccountSettingResponse>,
    /// Creates or updates the image manifest and tags associated with an image.
    put_image: Op<PutImageRequest, PutImageResponse>,
    /// The `PutImageScanningConfiguration` API is being deprecated, in favor of specifying the
    /// image scanning configuration at the registry level. For more information, see
    /// `PutRegistryScanningConfiguration`.
    put_image_scanning_configuration:
        Op<PutImageScanningConfigurationRequest, PutImageScanningConfigurationResponse>,
    /// Updates the image tag mutability settings for the specified repository. For more
    /// information, see [Image tag
    /// mutability](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    put_image_tag_mutability: Op<PutImageTagMutabilityRequest, PutImageTagMutabilityResponse>,
    /// Creates or updates the lifecycle policy for the specified repository. For more information,
    /// see [Lifecycle policy
    /// template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html).
    put_lifecycle_policy: Op<PutLifecyclePolicyRequest, PutLifecyclePolicyResponse>,
    /// Creates or updates the permissions policy for your registry.
    put_registry_policy: Op<PutRegistryPolicyRequest, PutRegistryPolicyResponse>,
    /// Creates or updates the scanning configuration for your private registry.
    put_registry_scanning_configuration:
        Op<PutRegistryScanningConfigurationRequest, PutRegistryScanningConfigurationResponse>,
    /// Creates or updates the replication configuration for a registry. The existing replication
    /// configuration for a repository can be retrieved with the `DescribeRegistry` API action. The
    /// first time the PutReplicationConfiguration API is called, a service-linked IAM role is
    /// created in your account for the replication process. For more information, see [Using
    /// service-linked roles for Amazon
    /// ECR](https://docs.aws.amazon.com/AmazonECR/latest/userguide/using-service-linked-roles.html)
    /// in the *Amazon Elastic Container Registry User Guide*. For more information on the custom
    /// role for replication, see [Creating an IAM role for
    /// replication](https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication-creation-templates.html#roles-creatingrole-user-console).
    put_replication_configuration:
        Op<PutReplicationConfigurationRequest, PutReplicationConfigurationResponse>,
    /// Creates or updates the registry's signing configuration, which defines rules for
    /// automatically signing images with Amazon Web Services Signer.
    put_signing_configuration: Op<PutSigningConfigurationRequest, PutSigningConfigurationResponse>,
    /// Adds an IAM principal to the pull time update exclusion list for a registry. Amazon ECR will
    /// not record the pull time if an excluded principal pulls an image.
    register_pull_time_update_exclusion:
        Op<RegisterPullTimeUpdateExclusionRequest, RegisterPullTimeUpdateExclusionResponse>,
    /// Applies a repository policy to the specified repository to control access permissions. For
    /// more information, see [Amazon ECR Repository
    /// policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    set_repository_policy: Op<SetRepositoryPolicyRequest, SetRepositoryPolicyResponse>,
    /// Starts a basic image vulnerability scan.
    start_image_scan: Op<StartImageScanRequest, StartImageScanResponse>,
    /// Starts a preview of a lifecycle policy for the specified repository. This allows you to see
    /// the results before associating the lifecycle policy with the repository.
    start_lifecycle_policy_preview:
        Op<StartLifecyclePolicyPreviewRequest, StartLifecyclePolicyPreviewResponse>,
    /// Adds specified tags to a resource with the specified ARN. Existing tags on a resource are
    /// not changed if they are not specified in the request parameters.
    tag_resource: Op<TagResourceRequest, TagResourceResponse>,
    /// Deletes specified tags from a resource.
    untag_resource: Op<UntagResourceRequest, UntagResourceResponse>,
    /// Transitions an image between storage classes. You can transition images from Amazon ECR
    /// standard storage class to Amazon ECR archival storage class for long-term storage, or
    /// restore archived images back to Amazon ECR standard.
    update_image_storage_class: Op<UpdateImageStorageClassRequest, UpdateImageStorageClassResponse>,
    /// Updates an existing pull through cache rule.
    update_pull_through_cache_rule:
        Op<UpdatePullThroughCacheRuleRequest, UpdatePullThroughCacheRuleResponse>,
    /// Updates an existing repository creation template.
    update_repository_creation_template:
        Op<UpdateRepositoryCreationTemplateRequest, UpdateRepositoryCreationTemplateResponse>,
    /// Uploads an image layer part to Amazon ECR.
    upload_layer_part: Op<UploadLayerPartRequest, UploadLayerPartResponse>,
    /// Validates an existing pull through cache rule for an upstream registry that requires
    /// authentication. This will retrieve the contents of the Amazon Web Services Secrets Manager
    /// secret, verify the syntax, and then validate that authentication to the upstream registry is
    /// successful.
    validate_pull_through_cache_rule:
        Op<ValidatePullThroughCacheRuleRequest, ValidatePullThroughCacheRuleResponse>,
}

/// The model's `ArtifactStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ArtifactStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[shape(name = "ACTIVATING")]
    Activating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ArtifactStatusFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ArtifactStatusFilter {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[shape(name = "ACTIVATING")]
    Activating,
    /// `ANY`
    #[shape(name = "ANY")]
    Any,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This data type is used in the `ImageScanFinding` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Attribute {
    /// The attribute key.
    #[shape(name = "key")]
    pub key: String,
    /// The value assigned to the attribute key.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// An object representing authorization data for an Amazon ECR registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AuthorizationData {
    /// A base64-encoded string that contains authorization data for the specified Amazon ECR
    /// registry. When the string is decoded, it is presented in the format `user:password` for
    /// private registry authentication using `docker login`.
    #[shape(name = "authorizationToken")]
    pub authorization_token: Option<String>,
    /// The Unix time in seconds and milliseconds when the authorization token expires.
    /// Authorization tokens are valid for 12 hours.
    #[shape(name = "expiresAt")]
    pub expires_at: Option<DateTime>,
    /// The registry URL to use for this authorization token in a `docker login` command. The Amazon
    /// ECR registry URL format is `https://aws_account_id.dkr.ecr.region.amazonaws.com`. For
    /// example, `https://012345678910.dkr.ecr.us-east-1.amazonaws.com`..
    #[shape(name = "proxyEndpoint")]
    pub proxy_endpoint: Option<String>,
}

/// The image details of the Amazon ECR container image.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AwsEcrContainerImageDetails {
    /// The architecture of the Amazon ECR container image.
    #[shape(name = "architecture")]
    pub architecture: Option<String>,
    /// The image author of the Amazon ECR container image.
    #[shape(name = "author")]
    pub author: Option<String>,
    /// The image hash of the Amazon ECR container image.
    #[shape(name = "imageHash")]
    pub image_hash: Option<String>,
    /// The image tags attached to the Amazon ECR container image.
    #[shape(name = "imageTags")]
    pub image_tags: Option<Vec<String>>,
    /// The platform of the Amazon ECR container image.
    #[shape(name = "platform")]
    pub platform: Option<String>,
    /// The date and time the Amazon ECR container image was pushed.
    #[shape(name = "pushedAt")]
    pub pushed_at: Option<DateTime>,
    /// The most recent date and time a cluster was running the image.
    #[shape(name = "lastInUseAt")]
    pub last_in_use_at: Option<DateTime>,
    /// The number of Amazon ECS or Amazon EKS clusters currently running the image.
    #[shape(name = "inUseCount")]
    pub in_use_count: Option<i64>,
    /// The registry the Amazon ECR container image belongs to.
    #[shape(name = "registry")]
    pub registry: Option<String>,
    /// The name of the repository the Amazon ECR container image resides in.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
}

/// The input of `BatchCheckLayerAvailability`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchCheckLayerAvailabilityRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image
    /// layers to check. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the image layers to check.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The digests of the image layers to check.
    #[shape(name = "layerDigests")]
    pub layer_digests: Vec<String>,
}

/// The output of `BatchCheckLayerAvailability`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchCheckLayerAvailabilityResponse {
    /// A list of image layer objects corresponding to the image layer references in the request.
    #[shape(name = "layers")]
    pub layers: Option<Vec<Layer>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<LayerFailure>>,
}

/// Deletes specified images within a specified repository. Images are specified with either the
/// `imageTag` or `imageDigest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchDeleteImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image to
    /// delete. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository that contains the image to delete.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// A list of image ID references that correspond to images to delete. The format of the
    /// `imageIds` reference is `imageTag=tag` or `imageDigest=digest`.
    #[shape(name = "imageIds")]
    pub image_ids: Vec<ImageIdentifier>,
}

/// The output of `BatchDeleteImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchDeleteImageResponse {
    /// The image IDs of the deleted images.
    #[shape(name = "imageIds")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<ImageFailure>>,
}

/// The input of `BatchGetImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the images to
    /// describe. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository that contains the images to describe.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// A list of image ID references that correspond to images to describe. The format of the
    /// `imageIds` reference is `imageTag=tag` or `imageDigest=digest`.
    #[shape(name = "imageIds")]
    pub image_ids: Vec<ImageIdentifier>,
    /// The accepted media types for the request.
    #[shape(name = "acceptedMediaTypes")]
    pub accepted_media_types: Option<Vec<String>>,
}

/// The output of `BatchGetImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetImageResponse {
    /// A list of image objects corresponding to the image references in the request.
    #[shape(name = "images")]
    pub images: Option<Vec<Image>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<ImageFailure>>,
}

/// The input of `BatchGetRepositoryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationRequest {
    /// One or more repository names to get the scanning configuration for.
    #[shape(name = "repositoryNames")]
    pub repository_names: Vec<String>,
}

/// The output of `BatchGetRepositoryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationResponse {
    /// The scanning configuration for the requested repositories.
    #[shape(name = "scanningConfigurations")]
    pub scanning_configurations: Option<Vec<RepositoryScanningConfiguration>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<RepositoryScanningConfigurationFailure>>,
}

/// The input of `CompleteLayerUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompleteLayerUploadRequest {
    /// The Amazon Web Services account ID associated with the registry to which to upload layers.
    /// If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to associate with the image layer.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The upload ID from a previous `InitiateLayerUpload` operation to associate with the image
    /// layer.
    #[shape(name = "uploadId")]
    pub upload_id: String,
    /// The `sha256` digest of the image layer.
    #[shape(name = "layerDigests")]
    pub layer_digests: Vec<String>,
}

/// The output of `CompleteLayerUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompleteLayerUploadResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The upload ID associated with the layer.
    #[shape(name = "uploadId")]
    pub upload_id: Option<String>,
    /// The `sha256` digest of the image layer.
    #[shape(name = "layerDigest")]
    pub layer_digest: Option<String>,
}

/// The input of `CreatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePullThroughCacheRuleRequest {
    /// The repository name prefix to use when caching images from the source registry.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    /// The registry URL of the upstream public registry to use as the source for the pull through
    /// cache rule. The following is the syntax to use for each supported upstream registry.
    #[shape(name = "upstreamRegistryUrl")]
    pub upstream_registry_url: String,
    /// The Amazon Web Services account ID associated with the registry to create the pull through
    /// cache rule for. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the upstream registry.
    #[shape(name = "upstreamRegistry")]
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that
    /// identifies the credentials to authenticate to the upstream registry.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// Amazon Resource Name (ARN) of the IAM role to be assumed by Amazon ECR to authenticate to
    /// the ECR upstream registry. This role must be in the same account as the registry that you
    /// are configuring.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The repository name prefix of the upstream registry to match with the upstream repository
    /// name. When this field isn't specified, Amazon ECR will use the `ROOT`.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
}

/// The output of `CreatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    #[shape(name = "upstreamRegistryUrl")]
    pub upstream_registry_url: Option<String>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the upstream registry associated with the pull through cache rule.
    #[shape(name = "upstreamRegistry")]
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
}

/// The input of `CreateRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRepositoryCreationTemplateRequest {
    /// The repository namespace prefix to associate with the template. All repositories created
    /// using this namespace prefix will have the settings defined in this template applied. For
    /// example, a prefix of `prod` would apply to all repositories beginning with `prod/`.
    /// Similarly, a prefix of `prod/team` would apply to all repositories beginning with
    /// `prod/team/`.
    #[shape(name = "prefix")]
    pub prefix: String,
    /// A description for the repository creation template.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The encryption configuration to use for repositories created using the template.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// The metadata to apply to the repository to help you categorize and organize. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    #[shape(name = "resourceTags")]
    pub resource_tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default
    /// setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository
    /// creation template's image tag mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The repository policy to apply to repositories created using the template. A repository
    /// policy is a permissions policy associated with a repository to control access permissions.
    #[shape(name = "repositoryPolicy")]
    pub repository_policy: Option<String>,
    /// The lifecycle policy to use for repositories created using the template.
    #[shape(name = "lifecyclePolicy")]
    pub lifecycle_policy: Option<String>,
    /// A list of enumerable strings representing the Amazon ECR repository creation scenarios that
    /// this template will apply towards. The supported scenarios are `PULL_THROUGH_CACHE`,
    /// `REPLICATION`, and `CREATE_ON_PUSH`
    #[shape(name = "appliedFor")]
    pub applied_for: Vec<RCTAppliedFor>,
    /// The ARN of the role to be assumed by Amazon ECR. This role must be in the same account as
    /// the registry that you are configuring. Amazon ECR will assume your supplied role when the
    /// customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
    /// service-linked role for the repository creation template.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
}

/// The output of `CreateRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template associated with the request.
    #[shape(name = "repositoryCreationTemplate")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// The input of `CreateRepository`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry to create the repository. If
    /// you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name to use for the repository. The repository name may be specified on its own (such as
    /// `nginx-web-app`) or it can be prepended with a namespace to group the repository into a
    /// category (such as `project-a/nginx-web-app`).
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The metadata that you apply to the repository to help you categorize and organize them. Each
    /// tag consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default
    /// setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository's
    /// image tag mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The `imageScanningConfiguration` parameter is being deprecated, in favor of specifying the
    /// image scanning configuration at the registry level. For more information, see
    /// `PutRegistryScanningConfiguration`.
    #[shape(name = "imageScanningConfiguration")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    /// The encryption configuration for the repository. This determines how the contents of your
    /// repository are encrypted at rest.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The output of `CreateRepository`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRepositoryResponse {
    /// The repository that was created.
    #[shape(name = "repository")]
    pub repository: Option<Repository>,
}

/// The CVSS score for a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CvssScore {
    /// The base CVSS score used for the finding.
    #[shape(name = "baseScore")]
    pub base_score: Option<f64>,
    /// The vector string of the CVSS score.
    #[shape(name = "scoringVector")]
    pub scoring_vector: Option<String>,
    /// The source of the CVSS score.
    #[shape(name = "source")]
    pub source: Option<String>,
    /// The version of CVSS used for the score.
    #[shape(name = "version")]
    pub version: Option<String>,
}

/// Details on adjustments Amazon Inspector made to the CVSS score for a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CvssScoreAdjustment {
    /// The metric used to adjust the CVSS score.
    #[shape(name = "metric")]
    pub metric: Option<String>,
    /// The reason the CVSS score has been adjustment.
    #[shape(name = "reason")]
    pub reason: Option<String>,
}

/// Information about the CVSS score.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CvssScoreDetails {
    /// An object that contains details about adjustment Amazon Inspector made to the CVSS score.
    #[shape(name = "adjustments")]
    pub adjustments: Option<Vec<CvssScoreAdjustment>>,
    /// The CVSS score.
    #[shape(name = "score")]
    pub score: Option<f64>,
    /// The source for the CVSS score.
    #[shape(name = "scoreSource")]
    pub score_source: Option<String>,
    /// The vector for the CVSS score.
    #[shape(name = "scoringVector")]
    pub scoring_vector: Option<String>,
    /// The CVSS version used in scoring.
    #[shape(name = "version")]
    pub version: Option<String>,
}

/// The input of `DeleteLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
}

/// The output of `DeleteLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
    /// The time stamp of the last time that the lifecycle policy was run.
    #[shape(name = "lastEvaluatedAt")]
    pub last_evaluated_at: Option<DateTime>,
}

/// The input of `DeletePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePullThroughCacheRuleRequest {
    /// The Amazon ECR repository prefix associated with the pull through cache rule to delete.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    /// The Amazon Web Services account ID associated with the registry that contains the pull
    /// through cache rule. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
}

/// The output of `DeletePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the request.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    #[shape(name = "upstreamRegistryUrl")]
    pub upstream_registry_url: Option<String>,
    /// The timestamp associated with the pull through cache rule.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
}

/// The input of `DeleteRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRegistryPolicyRequest {}

/// The output of `DeleteRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The contents of the registry permissions policy that was deleted.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The input of `DeleteRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryCreationTemplateRequest {
    /// The repository namespace prefix associated with the repository creation template.
    #[shape(name = "prefix")]
    pub prefix: String,
}

/// The output of `DeleteRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template that was deleted.
    #[shape(name = "repositoryCreationTemplate")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// The input of `DeleteRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// policy to delete. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the repository policy to delete.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
}

/// The output of `DeleteRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON repository policy that was deleted from the repository.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The input of `DeleteRepository`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// to delete. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to delete.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// If true, deleting the repository force deletes the contents of the repository. If false, the
    /// repository must be empty before attempting to delete it.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `DeleteRepository`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRepositoryResponse {
    /// The repository that was deleted.
    #[shape(name = "repository")]
    pub repository: Option<Repository>,
}

/// The input of `DeleteSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSigningConfigurationRequest {}

/// The output of `DeleteSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSigningConfigurationResponse {
    /// The Amazon Web Services account ID associated with the registry.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The registry's deleted signing configuration.
    #[shape(name = "signingConfiguration")]
    pub signing_configuration: Option<SigningConfiguration>,
}

/// The input of `DeregisterPullTimeUpdateExclusion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionRequest {
    /// The ARN of the IAM principal to remove from the pull time update exclusion list.
    #[shape(name = "principalArn")]
    pub principal_arn: String,
}

/// The output of `DeregisterPullTimeUpdateExclusion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionResponse {
    /// The ARN of the IAM principal that was removed from the pull time update exclusion list.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
}

/// The input of `DescribeImageReplicationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageReplicationStatusRequest {
    /// The name of the repository that the image is in.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: ImageIdentifier,
    /// The Amazon Web Services account ID associated with the registry. If you do not specify a
    /// registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
}

/// The output of `DescribeImageReplicationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageReplicationStatusResponse {
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The replication status details for the images in the specified repository.
    #[shape(name = "replicationStatuses")]
    pub replication_statuses: Option<Vec<ImageReplicationStatus>>,
}

/// The input of `DescribeImageScanFindings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageScanFindingsRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to describe the image scan findings for. If you do not specify a registry, the
    /// default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository for the image for which to describe the scan findings.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: ImageIdentifier,
    /// The `nextToken` value returned from a previous paginated `DescribeImageScanFindings` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is null when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of image scan results returned by `DescribeImageScanFindings` in
    /// paginated output. When this parameter is used, `DescribeImageScanFindings` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `DescribeImageScanFindings` request with the returned `nextToken` value. This value can be
    /// between 1 and 1000. If this parameter is not used, then `DescribeImageScanFindings` returns
    /// up to 100 results and a `nextToken` value, if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `DescribeImageScanFindings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageScanFindingsResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The current state of the scan.
    #[shape(name = "imageScanStatus")]
    pub image_scan_status: Option<ImageScanStatus>,
    /// The information contained in the image scan findings.
    #[shape(name = "imageScanFindings")]
    pub image_scan_findings: Option<ImageScanFindings>,
    /// The `nextToken` value to include in a future `DescribeImageScanFindings` request. When the
    /// results of a `DescribeImageScanFindings` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is null when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeImageSigningStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageSigningStatusRequest {
    /// The name of the repository that contains the image.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object containing identifying information for an image.
    #[shape(name = "imageId")]
    pub image_id: ImageIdentifier,
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
}

/// The output of `DescribeImageSigningStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImageSigningStatusResponse {
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object with identifying information for the image.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The Amazon Web Services account ID associated with the registry.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// A list of signing statuses for the specified image. Each status corresponds to a signing
    /// profile.
    #[shape(name = "signingStatuses")]
    pub signing_statuses: Option<Vec<ImageSigningStatus>>,
}

/// An object representing a filter on a `DescribeImages` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImagesFilter {
    /// The tag status with which to filter your `DescribeImages` results. You can filter results
    /// based on whether they are `TAGGED` or `UNTAGGED`.
    #[shape(name = "tagStatus")]
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your `DescribeImages` results. Valid values are
    /// `ACTIVE`, `ARCHIVED`, and `ACTIVATING`. If not specified, only images with `ACTIVE` status
    /// are returned.
    #[shape(name = "imageStatus")]
    pub image_status: Option<ImageStatusFilter>,
}

/// The input of `DescribeImages`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to describe images. If you do not specify a registry, the default registry is
    /// assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository that contains the images to describe.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The list of image IDs for the requested repository.
    #[shape(name = "imageIds")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value returned from a previous paginated `DescribeImages` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return. This option cannot be used when
    /// you specify images with `imageIds`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `DescribeImages` in paginated output.
    /// When this parameter is used, `DescribeImages` only returns `maxResults` results in a single
    /// page along with a `nextToken` response element. The remaining results of the initial request
    /// can be seen by sending another `DescribeImages` request with the returned `nextToken` value.
    /// This value can be between 1 and 1000. If this parameter is not used, then `DescribeImages`
    /// returns up to 100 results and a `nextToken` value, if applicable. This option cannot be used
    /// when you specify images with `imageIds`.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your `DescribeImages` results.
    #[shape(name = "filter")]
    pub filter: Option<DescribeImagesFilter>,
}

/// The output of `DescribeImages`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImagesResponse {
    /// A list of `ImageDetail` objects that contain data about the image.
    #[shape(name = "imageDetails")]
    pub image_details: Option<Vec<ImageDetail>>,
    /// The `nextToken` value to include in a future `DescribeImages` request. When the results of a
    /// `DescribeImages` request exceed `maxResults`, this value can be used to retrieve the next
    /// page of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribePullThroughCacheRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePullThroughCacheRulesRequest {
    /// The Amazon Web Services account ID associated with the registry to return the pull through
    /// cache rules for. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The Amazon ECR repository prefixes associated with the pull through cache rules to return.
    /// If no repository prefix value is specified, all pull through cache rules are returned.
    #[shape(name = "ecrRepositoryPrefixes")]
    pub ecr_repository_prefixes: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribePullThroughCacheRulesRequest` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the previous
    /// results that returned the `nextToken` value. This value is null when there are no more
    /// results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of pull through cache rules returned by
    /// `DescribePullThroughCacheRulesRequest` in paginated output. When this parameter is used,
    /// `DescribePullThroughCacheRulesRequest` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `DescribePullThroughCacheRulesRequest` request with the returned
    /// `nextToken` value. This value can be between 1 and 1000. If this parameter is not used, then
    /// `DescribePullThroughCacheRulesRequest` returns up to 100 results and a `nextToken` value, if
    /// applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `DescribePullThroughCacheRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePullThroughCacheRulesResponse {
    /// The details of the pull through cache rules.
    #[shape(name = "pullThroughCacheRules")]
    pub pull_through_cache_rules: Option<Vec<PullThroughCacheRule>>,
    /// The `nextToken` value to include in a future `DescribePullThroughCacheRulesRequest` request.
    /// When the results of a `DescribePullThroughCacheRulesRequest` request exceed `maxResults`,
    /// this value can be used to retrieve the next page of results. This value is null when there
    /// are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeRegistry`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRegistryRequest {}

/// The output of `DescribeRegistry`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRegistryResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The replication configuration for the registry.
    #[shape(name = "replicationConfiguration")]
    pub replication_configuration: Option<ReplicationConfiguration>,
}

/// The input of `DescribeRepositories`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRepositoriesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repositories to be described. If you do not specify a registry, the default registry is
    /// assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// A list of repositories to describe. If this parameter is omitted, then all repositories in a
    /// registry are described.
    #[shape(name = "repositoryNames")]
    pub repository_names: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated `DescribeRepositories` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return. This option cannot be used when
    /// you specify repositories with `repositoryNames`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `DescribeRepositories` in paginated
    /// output. When this parameter is used, `DescribeRepositories` only returns `maxResults`
    /// results in a single page along with a `nextToken` response element. The remaining results of
    /// the initial request can be seen by sending another `DescribeRepositories` request with the
    /// returned `nextToken` value. This value can be between 1 and 1000. If this parameter is not
    /// used, then `DescribeRepositories` returns up to 100 results and a `nextToken` value, if
    /// applicable. This option cannot be used when you specify repositories with `repositoryNames`.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `DescribeRepositories`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRepositoriesResponse {
    /// A list of repository objects corresponding to valid repositories.
    #[shape(name = "repositories")]
    pub repositories: Option<Vec<Repository>>,
    /// The `nextToken` value to include in a future `DescribeRepositories` request. When the
    /// results of a `DescribeRepositories` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeRepositoryCreationTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesRequest {
    /// The repository namespace prefixes associated with the repository creation templates to
    /// describe. If this value is not specified, all repository creation templates are returned.
    #[shape(name = "prefixes")]
    pub prefixes: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeRepositoryCreationTemplates` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the previous
    /// results that returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by
    /// `DescribeRepositoryCreationTemplatesRequest` in paginated output. When this parameter is
    /// used, `DescribeRepositoryCreationTemplatesRequest` only returns `maxResults` results in a
    /// single page along with a `nextToken` response element. The remaining results of the initial
    /// request can be seen by sending another `DescribeRepositoryCreationTemplatesRequest` request
    /// with the returned `nextToken` value. This value can be between 1 and 1000. If this parameter
    /// is not used, then `DescribeRepositoryCreationTemplatesRequest` returns up to 100 results and
    /// a `nextToken` value, if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `DescribeRepositoryCreationTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The details of the repository creation templates.
    #[shape(name = "repositoryCreationTemplates")]
    pub repository_creation_templates: Option<Vec<RepositoryCreationTemplate>>,
    /// The `nextToken` value to include in a future `DescribeRepositoryCreationTemplates` request.
    /// When the results of a `DescribeRepositoryCreationTemplates` request exceed `maxResults`,
    /// this value can be used to retrieve the next page of results. This value is `null` when there
    /// are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The encryption configuration for the repository. This determines how the contents of your
/// repository are encrypted at rest.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// The encryption type to use.
    #[shape(name = "encryptionType")]
    pub encryption_type: EncryptionType,
    /// If you use the `KMS` encryption type, specify the KMS key to use for encryption. The alias,
    /// key ID, or full ARN of the KMS key can be specified. The key must exist in the same Region
    /// as the repository. If no key is specified, the default Amazon Web Services managed KMS key
    /// for Amazon ECR will be used.
    #[shape(name = "kmsKey")]
    pub kms_key: Option<String>,
}

/// The encryption configuration to associate with the repository creation template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EncryptionConfigurationForRepositoryCreationTemplate {
    /// The encryption type to use.
    #[shape(name = "encryptionType")]
    pub encryption_type: EncryptionType,
    /// If you use the `KMS` encryption type, specify the KMS key to use for encryption. The full
    /// ARN of the KMS key must be specified. The key must exist in the same Region as the
    /// repository. If no key is specified, the default Amazon Web Services managed KMS key for
    /// Amazon ECR will be used.
    #[shape(name = "kmsKey")]
    pub kms_key: Option<String>,
}

/// The model's `EncryptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// `AES256`
    #[default]
    #[shape(name = "AES256")]
    Aes256,
    /// `KMS`
    #[shape(name = "KMS")]
    Kms,
    /// `KMS_DSSE`
    #[shape(name = "KMS_DSSE")]
    KmsDsse,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details of an enhanced image scan. This is returned when enhanced scanning is enabled for
/// your private registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnhancedImageScanFinding {
    /// The Amazon Web Services account ID associated with the image.
    #[shape(name = "awsAccountId")]
    pub aws_account_id: Option<String>,
    /// The description of the finding.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The Amazon Resource Number (ARN) of the finding.
    #[shape(name = "findingArn")]
    pub finding_arn: Option<String>,
    /// The date and time that the finding was first observed.
    #[shape(name = "firstObservedAt")]
    pub first_observed_at: Option<DateTime>,
    /// The date and time that the finding was last observed.
    #[shape(name = "lastObservedAt")]
    pub last_observed_at: Option<DateTime>,
    /// An object that contains the details of a package vulnerability finding.
    #[shape(name = "packageVulnerabilityDetails")]
    pub package_vulnerability_details: Option<PackageVulnerabilityDetails>,
    /// An object that contains the details about how to remediate a finding.
    #[shape(name = "remediation")]
    pub remediation: Option<Remediation>,
    /// Contains information on the resources involved in a finding.
    #[shape(name = "resources")]
    pub resources: Option<Vec<Resource>>,
    /// The Amazon Inspector score given to the finding.
    #[shape(name = "score")]
    pub score: Option<f64>,
    /// An object that contains details of the Amazon Inspector score.
    #[shape(name = "scoreDetails")]
    pub score_details: Option<ScoreDetails>,
    /// The severity of the finding.
    #[shape(name = "severity")]
    pub severity: Option<String>,
    /// The status of the finding.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The title of the finding.
    #[shape(name = "title")]
    pub title: Option<String>,
    /// The type of the finding.
    #[shape(name = "type")]
    pub r#type: Option<String>,
    /// The date and time the finding was last updated at.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// Details on whether a fix is available through a version update. This value can be `YES`,
    /// `NO`, or `PARTIAL`. A `PARTIAL` fix means that some, but not all, of the packages identified
    /// in the finding have fixes available through updated versions.
    #[shape(name = "fixAvailable")]
    pub fix_available: Option<String>,
    /// If a finding discovered in your environment has an exploit available.
    #[shape(name = "exploitAvailable")]
    pub exploit_available: Option<String>,
}

/// The model's `FindingSeverity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FindingSeverity {
    /// `INFORMATIONAL`
    #[default]
    #[shape(name = "INFORMATIONAL")]
    Informational,
    /// `LOW`
    #[shape(name = "LOW")]
    Low,
    /// `MEDIUM`
    #[shape(name = "MEDIUM")]
    Medium,
    /// `HIGH`
    #[shape(name = "HIGH")]
    High,
    /// `CRITICAL`
    #[shape(name = "CRITICAL")]
    Critical,
    /// `UNDEFINED`
    #[shape(name = "UNDEFINED")]
    Undefined,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettingRequest {
    /// The name of the account setting, such as `BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`,
    /// or `BLOB_MOUNTING`.
    #[shape(name = "name")]
    pub name: String,
}

/// The output of `GetAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettingResponse {
    /// Retrieves the name of the account setting.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The setting value for the setting name. Valid value for basic scan type: `AWS_NATIVE`. Valid
    /// values for registry policy scope: `V2`. Valid values for blob mounting: `ENABLED` or
    /// `DISABLED`.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The input of `GetAuthorizationToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAuthorizationTokenRequest {
    /// A list of Amazon Web Services account IDs that are associated with the registries for which
    /// to get AuthorizationData objects. If you do not specify a registry, the default registry is
    /// assumed.
    #[shape(name = "registryIds")]
    pub registry_ids: Option<Vec<String>>,
}

/// The output of `GetAuthorizationToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAuthorizationTokenResponse {
    /// A list of authorization token data objects that correspond to the `registryIds` values in
    /// the request.
    #[shape(name = "authorizationData")]
    pub authorization_data: Option<Vec<AuthorizationData>>,
}

/// The input of `GetDownloadUrlForLayer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDownloadUrlForLayerRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image
    /// layer to download. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the image layer to download.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The digest of the image layer to download.
    #[shape(name = "layerDigest")]
    pub layer_digest: String,
}

/// The output of `GetDownloadUrlForLayer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDownloadUrlForLayerResponse {
    /// The pre-signed Amazon S3 download URL for the requested layer.
    #[shape(name = "downloadUrl")]
    pub download_url: Option<String>,
    /// The digest of the image layer to download.
    #[shape(name = "layerDigest")]
    pub layer_digest: Option<String>,
}

/// The input of `GetLifecyclePolicyPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLifecyclePolicyPreviewRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The list of imageIDs to be included.
    #[shape(name = "imageIds")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value returned from a previous paginated&#x2028;
    /// `GetLifecyclePolicyPreviewRequest` request where `maxResults` was used and the&#x2028;
    /// results exceeded the value of that parameter. Pagination continues from the end of
    /// the&#x2028; previous results that returned the `nextToken` value. This value is&#x2028;
    /// `null` when there are no more results to return. This option cannot be used when you specify
    /// images with `imageIds`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `GetLifecyclePolicyPreviewRequest`
    /// in&#x2028; paginated output. When this parameter is used, `GetLifecyclePolicyPreviewRequest`
    /// only returns&#x2028; `maxResults` results in a single page along with a `nextToken`&#x2028;
    /// response element. The remaining results of the initial request can be seen by
    /// sending&#x2028; another `GetLifecyclePolicyPreviewRequest` request with the returned
    /// `nextToken`&#x2028; value. This value can be between 1 and 100. If this&#x2028; parameter is
    /// not used, then `GetLifecyclePolicyPreviewRequest` returns up to&#x2028;100 results and a
    /// `nextToken` value, if&#x2028; applicable. This option cannot be used when you specify images
    /// with `imageIds`.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// An optional parameter that filters results based on image tag status and all tags, if
    /// tagged.
    #[shape(name = "filter")]
    pub filter: Option<LifecyclePolicyPreviewFilter>,
}

/// The output of `GetLifecyclePolicyPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLifecyclePolicyPreviewResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
    /// The status of the lifecycle policy preview request.
    #[shape(name = "status")]
    pub status: Option<LifecyclePolicyPreviewStatus>,
    /// The `nextToken` value to include in a future `GetLifecyclePolicyPreview` request. When the
    /// results of a `GetLifecyclePolicyPreview` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The results of the lifecycle policy preview request.
    #[shape(name = "previewResults")]
    pub preview_results: Option<Vec<LifecyclePolicyPreviewResult>>,
    /// The list of images that is returned as a result of the action.
    #[shape(name = "summary")]
    pub summary: Option<LifecyclePolicyPreviewSummary>,
}

/// The input of `GetLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
}

/// The output of `GetLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
    /// The time stamp of the last time that the lifecycle policy was run.
    #[shape(name = "lastEvaluatedAt")]
    pub last_evaluated_at: Option<DateTime>,
}

/// The input of `GetRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRegistryPolicyRequest {}

/// The output of `GetRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The JSON text of the permissions policy for a registry.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The input of `GetRegistryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRegistryScanningConfigurationRequest {}

/// The output of `GetRegistryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRegistryScanningConfigurationResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The scanning configuration for the registry.
    #[shape(name = "scanningConfiguration")]
    pub scanning_configuration: Option<RegistryScanningConfiguration>,
}

/// The input of `GetRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository with the policy to retrieve.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
}

/// The output of `GetRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text associated with the repository.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The input of `GetSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSigningConfigurationRequest {}

/// The output of `GetSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSigningConfigurationResponse {
    /// The Amazon Web Services account ID associated with the registry.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The registry's signing configuration.
    #[shape(name = "signingConfiguration")]
    pub signing_configuration: Option<SigningConfiguration>,
}

/// An object representing an Amazon ECR image.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Image {
    /// The Amazon Web Services account ID associated with the registry containing the image.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository associated with the image.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object containing the image tag and image digest associated with an image.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The image manifest associated with the image.
    #[shape(name = "imageManifest")]
    pub image_manifest: Option<String>,
    /// The manifest media type of the image.
    #[shape(name = "imageManifestMediaType")]
    pub image_manifest_media_type: Option<String>,
}

/// The model's `ImageActionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageActionType {
    /// `EXPIRE`
    #[default]
    #[shape(name = "EXPIRE")]
    Expire,
    /// `TRANSITION`
    #[shape(name = "TRANSITION")]
    Transition,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object that describes an image returned by a `DescribeImages` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageDetail {
    /// The Amazon Web Services account ID associated with the registry to which this image belongs.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to which this image belongs.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The `sha256` digest of the image manifest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The list of tags associated with this image.
    #[shape(name = "imageTags")]
    pub image_tags: Option<Vec<String>>,
    /// The size, in bytes, of the image in the repository.
    #[shape(name = "imageSizeInBytes")]
    pub image_size_in_bytes: Option<i64>,
    /// The date and time, expressed in standard JavaScript date format, at which the current image
    /// was pushed to the repository.
    #[shape(name = "imagePushedAt")]
    pub image_pushed_at: Option<DateTime>,
    /// The current state of the scan.
    #[shape(name = "imageScanStatus")]
    pub image_scan_status: Option<ImageScanStatus>,
    /// A summary of the last completed image scan.
    #[shape(name = "imageScanFindingsSummary")]
    pub image_scan_findings_summary: Option<ImageScanFindingsSummary>,
    /// The media type of the image manifest.
    #[shape(name = "imageManifestMediaType")]
    pub image_manifest_media_type: Option<String>,
    /// The artifact media type of the image.
    #[shape(name = "artifactMediaType")]
    pub artifact_media_type: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, when Amazon ECR recorded
    /// the last image pull.
    #[shape(name = "lastRecordedPullTime")]
    pub last_recorded_pull_time: Option<DateTime>,
    /// The digest of the subject manifest for images that are referrers.
    #[shape(name = "subjectManifestDigest")]
    pub subject_manifest_digest: Option<String>,
    /// The current status of the image.
    #[shape(name = "imageStatus")]
    pub image_status: Option<ImageStatus>,
    /// The date and time, expressed in standard JavaScript date format, when the image was last
    /// transitioned to Amazon ECR archive.
    #[shape(name = "lastArchivedAt")]
    pub last_archived_at: Option<DateTime>,
    /// The date and time, expressed in standard JavaScript date format, when the image was last
    /// restored from Amazon ECR archive to Amazon ECR standard.
    #[shape(name = "lastActivatedAt")]
    pub last_activated_at: Option<DateTime>,
}

/// An object representing an Amazon ECR image failure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageFailure {
    /// The image ID associated with the failure.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The code associated with the failure.
    #[shape(name = "failureCode")]
    pub failure_code: Option<ImageFailureCode>,
    /// The reason for the failure.
    #[shape(name = "failureReason")]
    pub failure_reason: Option<String>,
}

/// The model's `ImageFailureCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageFailureCode {
    /// `InvalidImageDigest`
    #[default]
    InvalidImageDigest,
    /// `InvalidImageTag`
    InvalidImageTag,
    /// `ImageTagDoesNotMatchDigest`
    ImageTagDoesNotMatchDigest,
    /// `ImageNotFound`
    ImageNotFound,
    /// `MissingDigestAndTag`
    MissingDigestAndTag,
    /// `ImageReferencedByManifestList`
    ImageReferencedByManifestList,
    /// `KmsError`
    KmsError,
    /// `UpstreamAccessDenied`
    UpstreamAccessDenied,
    /// `UpstreamTooManyRequests`
    UpstreamTooManyRequests,
    /// `UpstreamUnavailable`
    UpstreamUnavailable,
    /// `ImageInaccessible`
    ImageInaccessible,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object with identifying information for an image in an Amazon ECR repository.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageIdentifier {
    /// The `sha256` digest of the image manifest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The tag used for the image.
    #[shape(name = "imageTag")]
    pub image_tag: Option<String>,
}

/// An object representing an artifact associated with a subject image.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageReferrer {
    /// The digest of the artifact manifest.
    #[shape(name = "digest")]
    pub digest: String,
    /// The media type of the artifact manifest.
    #[shape(name = "mediaType")]
    pub media_type: String,
    /// A string identifying the type of artifact.
    #[shape(name = "artifactType")]
    pub artifact_type: Option<String>,
    /// The size, in bytes, of the artifact.
    #[shape(name = "size")]
    pub size: i64,
    /// A map of annotations associated with the artifact.
    #[shape(name = "annotations")]
    pub annotations: Option<HashMap<String, String>>,
    /// The status of the artifact. Valid values are `ACTIVE`, `ARCHIVED`, or `ACTIVATING`.
    #[shape(name = "artifactStatus")]
    pub artifact_status: Option<ArtifactStatus>,
}

/// The status of the replication process for an image.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageReplicationStatus {
    /// The destination Region for the image replication.
    #[shape(name = "region")]
    pub region: Option<String>,
    /// The Amazon Web Services account ID associated with the registry to which the image belongs.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The image replication status.
    #[shape(name = "status")]
    pub status: Option<ReplicationStatus>,
    /// The failure code for a replication that has failed.
    #[shape(name = "failureCode")]
    pub failure_code: Option<String>,
}

/// Contains information about an image scan finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageScanFinding {
    /// The name associated with the finding, usually a CVE number.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The description of the finding.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// A link containing additional details about the security vulnerability.
    #[shape(name = "uri")]
    pub uri: Option<String>,
    /// The finding severity.
    #[shape(name = "severity")]
    pub severity: Option<FindingSeverity>,
    /// A collection of attributes of the host from which the finding is generated.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
}

/// The details of an image scan.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageScanFindings {
    /// The time of the last completed image scan.
    #[shape(name = "imageScanCompletedAt")]
    pub image_scan_completed_at: Option<DateTime>,
    /// The time when the vulnerability data was last scanned.
    #[shape(name = "vulnerabilitySourceUpdatedAt")]
    pub vulnerability_source_updated_at: Option<DateTime>,
    /// The image vulnerability counts, sorted by severity.
    #[shape(name = "findingSeverityCounts")]
    pub finding_severity_counts: Option<HashMap<String, i32>>,
    /// The findings from the image scan.
    #[shape(name = "findings")]
    pub findings: Option<Vec<ImageScanFinding>>,
    /// Details about the enhanced scan findings from Amazon Inspector.
    #[shape(name = "enhancedFindings")]
    pub enhanced_findings: Option<Vec<EnhancedImageScanFinding>>,
}

/// A summary of the last completed image scan.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageScanFindingsSummary {
    /// The time of the last completed image scan.
    #[shape(name = "imageScanCompletedAt")]
    pub image_scan_completed_at: Option<DateTime>,
    /// The time when the vulnerability data was last scanned.
    #[shape(name = "vulnerabilitySourceUpdatedAt")]
    pub vulnerability_source_updated_at: Option<DateTime>,
    /// The image vulnerability counts, sorted by severity.
    #[shape(name = "findingSeverityCounts")]
    pub finding_severity_counts: Option<HashMap<String, i32>>,
}

/// The current status of an image scan.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageScanStatus {
    /// The current state of an image scan.
    #[shape(name = "status")]
    pub status: Option<ScanStatus>,
    /// The description of the image scan status.
    #[shape(name = "description")]
    pub description: Option<String>,
}

/// The image scanning configuration for a repository.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageScanningConfiguration {
    /// The setting that determines whether images are scanned after being pushed to a repository.
    /// If set to `true`, images will be scanned after being pushed. If this parameter is not
    /// specified, it will default to `false` and images will not be scanned unless a scan is
    /// manually started with the
    /// [API\_StartImageScan](https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html)
    /// API.
    #[shape(name = "scanOnPush")]
    pub scan_on_push: Option<bool>,
}

/// The signing status for an image. Each status corresponds to a signing profile.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageSigningStatus {
    /// The ARN of the Amazon Web Services Signer signing profile used to sign the image.
    #[shape(name = "signingProfileArn")]
    pub signing_profile_arn: Option<String>,
    /// The failure code, which is only present if `status` is `FAILED`.
    #[shape(name = "failureCode")]
    pub failure_code: Option<String>,
    /// A description of why signing the image failed. This field is only present if `status` is
    /// `FAILED`.
    #[shape(name = "failureReason")]
    pub failure_reason: Option<String>,
    /// The image's signing status. Possible values are:
    #[shape(name = "status")]
    pub status: Option<SigningStatus>,
}

/// The model's `ImageStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[shape(name = "ACTIVATING")]
    Activating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ImageStatusFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageStatusFilter {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[shape(name = "ACTIVATING")]
    Activating,
    /// `ANY`
    #[shape(name = "ANY")]
    Any,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ImageTagMutability`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageTagMutability {
    /// `MUTABLE`
    #[default]
    #[shape(name = "MUTABLE")]
    Mutable,
    /// `IMMUTABLE`
    #[shape(name = "IMMUTABLE")]
    Immutable,
    /// `IMMUTABLE_WITH_EXCLUSION`
    #[shape(name = "IMMUTABLE_WITH_EXCLUSION")]
    ImmutableWithExclusion,
    /// `MUTABLE_WITH_EXCLUSION`
    #[shape(name = "MUTABLE_WITH_EXCLUSION")]
    MutableWithExclusion,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A filter that specifies which image tags should be excluded from the repository's image tag
/// mutability setting.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageTagMutabilityExclusionFilter {
    /// The type of filter to apply for excluding image tags from mutability settings.
    #[shape(name = "filterType")]
    pub filter_type: ImageTagMutabilityExclusionFilterType,
    /// The filter value used to match image tags for exclusion from mutability settings.
    #[shape(name = "filter")]
    pub filter: String,
}

/// The model's `ImageTagMutabilityExclusionFilterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageTagMutabilityExclusionFilterType {
    /// `WILDCARD`
    #[default]
    #[shape(name = "WILDCARD")]
    Wildcard,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `InitiateLayerUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateLayerUploadRequest {
    /// The Amazon Web Services account ID associated with the registry to which you intend to
    /// upload layers. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to which you intend to upload layers.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
}

/// The output of `InitiateLayerUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InitiateLayerUploadResponse {
    /// The upload ID for the layer upload. This parameter is passed to further `UploadLayerPart`
    /// and `CompleteLayerUpload` operations.
    #[shape(name = "uploadId")]
    pub upload_id: Option<String>,
    /// The size, in bytes, that Amazon ECR expects future layer part uploads to be.
    #[shape(name = "partSize")]
    pub part_size: Option<i64>,
}

/// An object representing an Amazon ECR image layer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Layer {
    /// The `sha256` digest of the image layer.
    #[shape(name = "layerDigest")]
    pub layer_digest: Option<String>,
    /// The availability status of the image layer.
    #[shape(name = "layerAvailability")]
    pub layer_availability: Option<LayerAvailability>,
    /// The size, in bytes, of the image layer.
    #[shape(name = "layerSize")]
    pub layer_size: Option<i64>,
    /// The media type of the layer, such as `application/vnd.docker.image.rootfs.diff.tar.gzip` or
    /// `application/vnd.oci.image.layer.v1.tar+gzip`.
    #[shape(name = "mediaType")]
    pub media_type: Option<String>,
}

/// The model's `LayerAvailability`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LayerAvailability {
    /// `AVAILABLE`
    #[default]
    #[shape(name = "AVAILABLE")]
    Available,
    /// `UNAVAILABLE`
    #[shape(name = "UNAVAILABLE")]
    Unavailable,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing an Amazon ECR image layer failure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LayerFailure {
    /// The layer digest associated with the failure.
    #[shape(name = "layerDigest")]
    pub layer_digest: Option<String>,
    /// The failure code associated with the failure.
    #[shape(name = "failureCode")]
    pub failure_code: Option<LayerFailureCode>,
    /// The reason for the failure.
    #[shape(name = "failureReason")]
    pub failure_reason: Option<String>,
}

/// The model's `LayerFailureCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LayerFailureCode {
    /// `InvalidLayerDigest`
    #[default]
    InvalidLayerDigest,
    /// `MissingLayerDigest`
    MissingLayerDigest,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The filter for the lifecycle policy preview.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyPreviewFilter {
    /// The tag status of the image.
    #[shape(name = "tagStatus")]
    pub tag_status: Option<TagStatus>,
}

/// The result of the lifecycle policy preview.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyPreviewResult {
    /// The list of tags associated with this image.
    #[shape(name = "imageTags")]
    pub image_tags: Option<Vec<String>>,
    /// The `sha256` digest of the image manifest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, at which the current image
    /// was pushed to the repository.
    #[shape(name = "imagePushedAt")]
    pub image_pushed_at: Option<DateTime>,
    /// The type of action to be taken.
    #[shape(name = "action")]
    pub action: Option<LifecyclePolicyRuleAction>,
    /// The priority of the applied rule.
    #[shape(name = "appliedRulePriority")]
    pub applied_rule_priority: Option<i32>,
    /// The storage class of the image.
    #[shape(name = "storageClass")]
    pub storage_class: Option<LifecyclePolicyStorageClass>,
}

/// The model's `LifecyclePolicyPreviewStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LifecyclePolicyPreviewStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `EXPIRED`
    #[shape(name = "EXPIRED")]
    Expired,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The summary of the lifecycle policy preview request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyPreviewSummary {
    /// The number of expiring images.
    #[shape(name = "expiringImageTotalCount")]
    pub expiring_image_total_count: Option<i32>,
    /// The total count of images that will be transitioned to each storage class. This field is
    /// only present if at least one image will be transitoned in the summary.
    #[shape(name = "transitioningImageTotalCounts")]
    pub transitioning_image_total_counts: Option<Vec<TransitioningImageTotalCount>>,
}

/// The type of action to be taken.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyRuleAction {
    /// The type of action to be taken.
    #[shape(name = "type")]
    pub r#type: Option<ImageActionType>,
    /// The target storage class for the action. This is only present when the `type` is
    /// `TRANSITION.`
    #[shape(name = "targetStorageClass")]
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
}

/// The model's `LifecyclePolicyStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LifecyclePolicyStorageClass {
    /// `ARCHIVE`
    #[default]
    #[shape(name = "ARCHIVE")]
    Archive,
    /// `STANDARD`
    #[shape(name = "STANDARD")]
    Standard,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `LifecyclePolicyTargetStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LifecyclePolicyTargetStorageClass {
    /// `ARCHIVE`
    #[default]
    #[shape(name = "ARCHIVE")]
    Archive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a filter on a `ListImageReferrers` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImageReferrersFilter {
    /// The artifact types with which to filter your `ListImageReferrers` results.
    #[shape(name = "artifactTypes")]
    pub artifact_types: Option<Vec<String>>,
    /// The artifact status with which to filter your `ListImageReferrers` results. Valid values are
    /// `ACTIVE`, `ARCHIVED`, `ACTIVATING`, or `ANY`. If not specified, only artifacts with `ACTIVE`
    /// status are returned.
    #[shape(name = "artifactStatus")]
    pub artifact_status: Option<ArtifactStatusFilter>,
}

/// The input of `ListImageReferrers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImageReferrersRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to list image referrers. If you do not specify a registry, the default registry is
    /// assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the subject image.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object containing the image digest of the subject image for which to retrieve associated
    /// artifacts.
    #[shape(name = "subjectId")]
    pub subject_id: SubjectIdentifier,
    /// The filter key and value with which to filter your `ListImageReferrers` results. If no
    /// filter is specified, only artifacts with `ACTIVE` status are returned.
    #[shape(name = "filter")]
    pub filter: Option<ListImageReferrersFilter>,
    /// The `nextToken` value returned from a previous paginated `ListImageReferrers` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of image referrer results returned by `ListImageReferrers` in paginated
    /// output. When this parameter is used, `ListImageReferrers` only returns `maxResults` results
    /// in a single page along with a `nextToken` response element. The remaining results of the
    /// initial request can be seen by sending another `ListImageReferrers` request with the
    /// returned `nextToken` value. This value can be between 1 and 50. If this parameter is not
    /// used, then `ListImageReferrers` returns up to 20 results and a `nextToken` value, if
    /// applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListImageReferrers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImageReferrersResponse {
    /// The list of artifacts associated with the subject image.
    #[shape(name = "referrers")]
    pub referrers: Option<Vec<ImageReferrer>>,
    /// The `nextToken` value to include in a future `ListImageReferrers` request. When the results
    /// of a `ListImageReferrers` request exceed `maxResults`, this value can be used to retrieve
    /// the next page of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// An object representing a filter on a `ListImages` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImagesFilter {
    /// The tag status with which to filter your `ListImages` results.
    #[shape(name = "tagStatus")]
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your `ListImages` results. Valid values are `ACTIVE`,
    /// `ARCHIVED`, and `ACTIVATING`. If not specified, only images with `ACTIVE` status are
    /// returned.
    #[shape(name = "imageStatus")]
    pub image_status: Option<ImageStatusFilter>,
}

/// The input of `ListImages`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to list images. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository with image IDs to be listed.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The `nextToken` value returned from a previous paginated `ListImages` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of image results returned by `ListImages` in paginated output. When this
    /// parameter is used, `ListImages` only returns `maxResults` results in a single page along
    /// with a `nextToken` response element. The remaining results of the initial request can be
    /// seen by sending another `ListImages` request with the returned `nextToken` value. This value
    /// can be between 1 and 1000. If this parameter is not used, then `ListImages` returns up to
    /// 100 results and a `nextToken` value, if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your `ListImages` results.
    #[shape(name = "filter")]
    pub filter: Option<ListImagesFilter>,
}

/// The output of `ListImages`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImagesResponse {
    /// The list of image IDs for the requested repository.
    #[shape(name = "imageIds")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value to include in a future `ListImages` request. When the results of a
    /// `ListImages` request exceed `maxResults`, this value can be used to retrieve the next page
    /// of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListPullTimeUpdateExclusions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPullTimeUpdateExclusionsRequest {
    /// The maximum number of pull time update exclusion results returned by
    /// `ListPullTimeUpdateExclusions` in paginated output. When this parameter is used,
    /// `ListPullTimeUpdateExclusions` only returns `maxResults` results in a single page along with
    /// a `nextToken` response element. The remaining results of the initial request can be seen by
    /// sending another `ListPullTimeUpdateExclusions` request with the returned `nextToken` value.
    /// This value can be between 1 and 1000. If this parameter is not used, then
    /// `ListPullTimeUpdateExclusions` returns up to 100 results and a `nextToken` value, if
    /// applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `ListPullTimeUpdateExclusions`
    /// request where `maxResults` was used and the results exceeded the value of that parameter.
    /// Pagination continues from the end of the previous results that returned the `nextToken`
    /// value. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListPullTimeUpdateExclusions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPullTimeUpdateExclusionsResponse {
    /// The list of IAM principal ARNs that are excluded from having their image pull times
    /// recorded.
    #[shape(name = "pullTimeUpdateExclusions")]
    pub pull_time_update_exclusions: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListPullTimeUpdateExclusions` request. When
    /// the results of a `ListPullTimeUpdateExclusions` request exceed `maxResults`, this value can
    /// be used to retrieve the next page of results. This value is `null` when there are no more
    /// results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The Amazon Resource Name (ARN) that identifies the resource for which to list the tags.
    /// Currently, the only supported resource is an Amazon ECR repository.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The tags for the resource.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// Information about a package vulnerability finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PackageVulnerabilityDetails {
    /// An object that contains details about the CVSS score of a finding.
    #[shape(name = "cvss")]
    pub cvss: Option<Vec<CvssScore>>,
    /// One or more URLs that contain details about this vulnerability type.
    #[shape(name = "referenceUrls")]
    pub reference_urls: Option<Vec<String>>,
    /// One or more vulnerabilities related to the one identified in this finding.
    #[shape(name = "relatedVulnerabilities")]
    pub related_vulnerabilities: Option<Vec<String>>,
    /// The source of the vulnerability information.
    #[shape(name = "source")]
    pub source: Option<String>,
    /// A URL to the source of the vulnerability information.
    #[shape(name = "sourceUrl")]
    pub source_url: Option<String>,
    /// The date and time that this vulnerability was first added to the vendor's database.
    #[shape(name = "vendorCreatedAt")]
    pub vendor_created_at: Option<DateTime>,
    /// The severity the vendor has given to this vulnerability type.
    #[shape(name = "vendorSeverity")]
    pub vendor_severity: Option<String>,
    /// The date and time the vendor last updated this vulnerability in their database.
    #[shape(name = "vendorUpdatedAt")]
    pub vendor_updated_at: Option<DateTime>,
    /// The ID given to this vulnerability.
    #[shape(name = "vulnerabilityId")]
    pub vulnerability_id: Option<String>,
    /// The packages impacted by this vulnerability.
    #[shape(name = "vulnerablePackages")]
    pub vulnerable_packages: Option<Vec<VulnerablePackage>>,
}

/// The details of a pull through cache rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PullThroughCacheRule {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    #[shape(name = "upstreamRegistryUrl")]
    pub upstream_registry_url: Option<String>,
    /// The date and time the pull through cache was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Amazon Web Services account ID associated with the registry the pull through cache rule
    /// is associated with.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The ARN of the Secrets Manager secret associated with the pull through cache rule.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
    /// The name of the upstream source registry associated with the pull through cache rule.
    #[shape(name = "upstreamRegistry")]
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was last
    /// updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// The input of `PutAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingRequest {
    /// The name of the account setting, such as `BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`,
    /// or `BLOB_MOUNTING`.
    #[shape(name = "name")]
    pub name: String,
    /// Setting value that is specified. Valid value for basic scan type: `AWS_NATIVE`. Valid values
    /// for registry policy scope: `V2`. Valid values for blob mounting: `ENABLED` or `DISABLED`.
    #[shape(name = "value")]
    pub value: String,
}

/// The output of `PutAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingResponse {
    /// Retrieves the name of the account setting.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// Retrieves the value of the specified account setting.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The input of `PutImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to put the image. If you do not specify a registry, the default registry is
    /// assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to put the image.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The image manifest corresponding to the image to be uploaded.
    #[shape(name = "imageManifest")]
    pub image_manifest: String,
    /// The media type of the image manifest. If you push an image manifest that does not contain
    /// the `mediaType` field, you must specify the `imageManifestMediaType` in the request.
    #[shape(name = "imageManifestMediaType")]
    pub image_manifest_media_type: Option<String>,
    /// The tag to associate with the image. This parameter is optional.
    #[shape(name = "imageTag")]
    pub image_tag: Option<String>,
    /// The image digest of the image manifest corresponding to the image.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
}

/// The output of `PutImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageResponse {
    /// Details of the image uploaded.
    #[shape(name = "image")]
    pub image: Option<Image>,
}

/// The input of `PutImageScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageScanningConfigurationRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to update the image scanning configuration setting. If you do not specify a
    /// registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to update the image scanning configuration setting.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The image scanning configuration for the repository. This setting determines whether images
    /// are scanned for known vulnerabilities after being pushed to the repository.
    #[shape(name = "imageScanningConfiguration")]
    pub image_scanning_configuration: ImageScanningConfiguration,
}

/// The output of `PutImageScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageScanningConfigurationResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The image scanning configuration setting for the repository.
    #[shape(name = "imageScanningConfiguration")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
}

/// The input of `PutImageTagMutability`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageTagMutabilityRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to update the image tag mutability settings. If you do not specify a registry, the
    /// default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to update the image tag mutability settings.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The tag mutability setting for the repository. If `MUTABLE` is specified, image tags can be
    /// overwritten. If `IMMUTABLE` is specified, all image tags within the repository will be
    /// immutable which will prevent them from being overwritten.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: ImageTagMutability,
    /// A list of filters that specify which image tags should be excluded from the image tag
    /// mutability setting being applied.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

/// The output of `PutImageTagMutability`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutImageTagMutabilityResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The image tag mutability setting for the repository.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// The list of filters that specify which image tags are excluded from the repository's image
    /// tag mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

/// The input of `PutLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do&#x2028; not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to receive the policy.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The JSON repository policy text to apply to the repository.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: String,
}

/// The output of `PutLifecyclePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
}

/// The input of `PutRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRegistryPolicyRequest {
    /// The JSON policy text to apply to your registry. The policy text follows the same format as
    /// IAM policy text. For more information, see [Registry
    /// permissions](https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    #[shape(name = "policyText")]
    pub policy_text: String,
}

/// The output of `PutRegistryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The JSON policy text for your registry.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The input of `PutRegistryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRegistryScanningConfigurationRequest {
    /// The scanning type to set for the registry.
    #[shape(name = "scanType")]
    pub scan_type: Option<ScanType>,
    /// The scanning rules to use for the registry. A scanning rule is used to determine which
    /// repository filters are used and at what frequency scanning will occur.
    #[shape(name = "rules")]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

/// The output of `PutRegistryScanningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRegistryScanningConfigurationResponse {
    /// The scanning configuration for your registry.
    #[shape(name = "registryScanningConfiguration")]
    pub registry_scanning_configuration: Option<RegistryScanningConfiguration>,
}

/// The input of `PutReplicationConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutReplicationConfigurationRequest {
    /// An object representing the replication configuration for a registry.
    #[shape(name = "replicationConfiguration")]
    pub replication_configuration: ReplicationConfiguration,
}

/// The output of `PutReplicationConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutReplicationConfigurationResponse {
    /// The contents of the replication configuration for the registry.
    #[shape(name = "replicationConfiguration")]
    pub replication_configuration: Option<ReplicationConfiguration>,
}

/// The input of `PutSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutSigningConfigurationRequest {
    /// The signing configuration to assign to the registry.
    #[shape(name = "signingConfiguration")]
    pub signing_configuration: SigningConfiguration,
}

/// The output of `PutSigningConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutSigningConfigurationResponse {
    /// The registry's updated signing configuration.
    #[shape(name = "signingConfiguration")]
    pub signing_configuration: Option<SigningConfiguration>,
}

/// The model's `RCTAppliedFor`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RCTAppliedFor {
    /// `REPLICATION`
    #[default]
    #[shape(name = "REPLICATION")]
    Replication,
    /// `PULL_THROUGH_CACHE`
    #[shape(name = "PULL_THROUGH_CACHE")]
    PullThroughCache,
    /// `CREATE_ON_PUSH`
    #[shape(name = "CREATE_ON_PUSH")]
    CreateOnPush,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about the recommended course of action to remediate the finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Recommendation {
    /// The URL address to the CVE remediation recommendations.
    #[shape(name = "url")]
    pub url: Option<String>,
    /// The recommended course of action to remediate the finding.
    #[shape(name = "text")]
    pub text: Option<String>,
}

/// The input of `RegisterPullTimeUpdateExclusion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionRequest {
    /// The ARN of the IAM principal to exclude from having image pull times recorded.
    #[shape(name = "principalArn")]
    pub principal_arn: String,
}

/// The output of `RegisterPullTimeUpdateExclusion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionResponse {
    /// The ARN of the IAM principal that was added to the pull time update exclusion list.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, when the exclusion was
    /// created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
}

/// The scanning configuration for a private registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegistryScanningConfiguration {
    /// The type of scanning configured for the registry.
    #[shape(name = "scanType")]
    pub scan_type: Option<ScanType>,
    /// The scanning rules associated with the registry.
    #[shape(name = "rules")]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

/// The details of a scanning rule for a private registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegistryScanningRule {
    /// The frequency that scans are performed at for a private registry. When the `ENHANCED` scan
    /// type is specified, the supported scan frequencies are `CONTINUOUS_SCAN` and `SCAN_ON_PUSH`.
    /// When the `BASIC` scan type is specified, the `SCAN_ON_PUSH` scan frequency is supported. If
    /// scan on push is not specified, then the `MANUAL` scan frequency is set by default.
    #[shape(name = "scanFrequency")]
    pub scan_frequency: ScanFrequency,
    /// The repository filters associated with the scanning configuration for a private registry.
    #[shape(name = "repositoryFilters")]
    pub repository_filters: Vec<ScanningRepositoryFilter>,
}

/// Information on how to remediate a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Remediation {
    /// An object that contains information about the recommended course of action to remediate the
    /// finding.
    #[shape(name = "recommendation")]
    pub recommendation: Option<Recommendation>,
}

/// The replication configuration for a registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationConfiguration {
    /// An array of objects representing the replication destinations and repository filters for a
    /// replication configuration.
    #[shape(name = "rules")]
    pub rules: Vec<ReplicationRule>,
}

/// An array of objects representing the destination for a replication rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationDestination {
    /// The Region to replicate to.
    #[shape(name = "region")]
    pub region: String,
    /// The Amazon Web Services account ID of the Amazon ECR private registry to replicate to. When
    /// configuring cross-Region replication within your own registry, specify your own account ID.
    #[shape(name = "registryId")]
    pub registry_id: String,
}

/// An array of objects representing the replication destinations and repository filters for a
/// replication configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationRule {
    /// An array of objects representing the destination for a replication rule.
    #[shape(name = "destinations")]
    pub destinations: Vec<ReplicationDestination>,
    /// An array of objects representing the filters for a replication rule. Specifying a repository
    /// filter for a replication rule provides a method for controlling which repositories in a
    /// private registry are replicated.
    #[shape(name = "repositoryFilters")]
    pub repository_filters: Option<Vec<RepositoryFilter>>,
}

/// The model's `ReplicationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicationStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a repository.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Repository {
    /// The Amazon Resource Name (ARN) that identifies the repository. The ARN contains the
    /// `arn:aws:ecr` namespace, followed by the region of the repository, Amazon Web Services
    /// account ID of the repository owner, repository namespace, and repository name. For example,
    /// `arn:aws:ecr:region:012345678910:repository-namespace/repository-name`.
    #[shape(name = "repositoryArn")]
    pub repository_arn: Option<String>,
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The URI for the repository. You can use this URI for container image `push` and `pull`
    /// operations.
    #[shape(name = "repositoryUri")]
    pub repository_uri: Option<String>,
    /// The date and time, in JavaScript date format, when the repository was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The tag mutability setting for the repository.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags are excluded from the repository's image tag
    /// mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The image scanning configuration for a repository.
    #[shape(name = "imageScanningConfiguration")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    /// The encryption configuration for the repository. This determines how the contents of your
    /// repository are encrypted at rest.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The details of the repository creation template associated with the request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RepositoryCreationTemplate {
    /// The repository namespace prefix associated with the repository creation template.
    #[shape(name = "prefix")]
    pub prefix: Option<String>,
    /// The description associated with the repository creation template.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The encryption configuration associated with the repository creation template.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// The metadata to apply to the repository to help you categorize and organize. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    #[shape(name = "resourceTags")]
    pub resource_tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default
    /// setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags are excluded from the repository creation
    /// template's image tag mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The repository policy to apply to repositories created using the template. A repository
    /// policy is a permissions policy associated with a repository to control access permissions.
    #[shape(name = "repositoryPolicy")]
    pub repository_policy: Option<String>,
    /// The lifecycle policy to use for repositories created using the template.
    #[shape(name = "lifecyclePolicy")]
    pub lifecycle_policy: Option<String>,
    /// A list of enumerable Strings representing the repository creation scenarios that this
    /// template will apply towards. The supported scenarios are PULL\_THROUGH\_CACHE, REPLICATION,
    /// and CREATE\_ON\_PUSH
    #[shape(name = "appliedFor")]
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    /// The ARN of the role to be assumed by Amazon ECR. Amazon ECR will assume your supplied role
    /// when the customRoleArn is specified. When this field isn't specified, Amazon ECR will use
    /// the service-linked role for the repository creation template.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The date and time, in JavaScript date format, when the repository creation template was
    /// created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The date and time, in JavaScript date format, when the repository creation template was last
    /// updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// The filter settings used with image replication. Specifying a repository filter to a replication
/// rule provides a method for controlling which repositories in a private registry are replicated.
/// If no filters are added, the contents of all repositories are replicated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RepositoryFilter {
    /// The repository filter details. When the `PREFIX_MATCH` filter type is specified, this value
    /// is required and should be the repository name prefix to configure replication for.
    #[shape(name = "filter")]
    pub filter: String,
    /// The repository filter type. The only supported value is `PREFIX_MATCH`, which is a
    /// repository name prefix specified with the `filter` parameter.
    #[shape(name = "filterType")]
    pub filter_type: RepositoryFilterType,
}

/// The model's `RepositoryFilterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RepositoryFilterType {
    /// `PREFIX_MATCH`
    #[default]
    #[shape(name = "PREFIX_MATCH")]
    PrefixMatch,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details of the scanning configuration for a repository.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RepositoryScanningConfiguration {
    /// The ARN of the repository.
    #[shape(name = "repositoryArn")]
    pub repository_arn: Option<String>,
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// Whether or not scan on push is configured for the repository.
    #[shape(name = "scanOnPush")]
    pub scan_on_push: Option<bool>,
    /// The scan frequency for the repository.
    #[shape(name = "scanFrequency")]
    pub scan_frequency: Option<ScanFrequency>,
    /// The scan filters applied to the repository.
    #[shape(name = "appliedScanFilters")]
    pub applied_scan_filters: Option<Vec<ScanningRepositoryFilter>>,
}

/// The details about any failures associated with the scanning configuration of a repository.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RepositoryScanningConfigurationFailure {
    /// The name of the repository.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The failure code.
    #[shape(name = "failureCode")]
    pub failure_code: Option<ScanningConfigurationFailureCode>,
    /// The reason for the failure.
    #[shape(name = "failureReason")]
    pub failure_reason: Option<String>,
}

/// Details about the resource involved in a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Resource {
    /// An object that contains details about the resource involved in a finding.
    #[shape(name = "details")]
    pub details: Option<ResourceDetails>,
    /// The ID of the resource.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The tags attached to the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
    /// The type of resource.
    #[shape(name = "type")]
    pub r#type: Option<String>,
}

/// Contains details about the resource involved in the finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDetails {
    /// An object that contains details about the Amazon ECR container image involved in the
    /// finding.
    #[shape(name = "awsEcrContainerImage")]
    pub aws_ecr_container_image: Option<AwsEcrContainerImageDetails>,
}

/// The model's `ScanFrequency`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanFrequency {
    /// `SCAN_ON_PUSH`
    #[default]
    #[shape(name = "SCAN_ON_PUSH")]
    ScanOnPush,
    /// `CONTINUOUS_SCAN`
    #[shape(name = "CONTINUOUS_SCAN")]
    ContinuousScan,
    /// `MANUAL`
    #[shape(name = "MANUAL")]
    Manual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ScanStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `UNSUPPORTED_IMAGE`
    #[shape(name = "UNSUPPORTED_IMAGE")]
    UnsupportedImage,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `SCAN_ELIGIBILITY_EXPIRED`
    #[shape(name = "SCAN_ELIGIBILITY_EXPIRED")]
    ScanEligibilityExpired,
    /// `FINDINGS_UNAVAILABLE`
    #[shape(name = "FINDINGS_UNAVAILABLE")]
    FindingsUnavailable,
    /// `LIMIT_EXCEEDED`
    #[shape(name = "LIMIT_EXCEEDED")]
    LimitExceeded,
    /// `IMAGE_ARCHIVED`
    #[shape(name = "IMAGE_ARCHIVED")]
    ImageArchived,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ScanType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanType {
    /// `BASIC`
    #[default]
    #[shape(name = "BASIC")]
    Basic,
    /// `ENHANCED`
    #[shape(name = "ENHANCED")]
    Enhanced,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ScanningConfigurationFailureCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanningConfigurationFailureCode {
    /// `REPOSITORY_NOT_FOUND`
    #[default]
    #[shape(name = "REPOSITORY_NOT_FOUND")]
    RepositoryNotFound,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details of a scanning repository filter. For more information on how to use filters, see
/// [Using
/// filters](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html#image-scanning-filters)
/// in the *Amazon Elastic Container Registry User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanningRepositoryFilter {
    /// The filter to use when scanning.
    #[shape(name = "filter")]
    pub filter: String,
    /// The type associated with the filter.
    #[shape(name = "filterType")]
    pub filter_type: ScanningRepositoryFilterType,
}

/// The model's `ScanningRepositoryFilterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanningRepositoryFilterType {
    /// `WILDCARD`
    #[default]
    #[shape(name = "WILDCARD")]
    Wildcard,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the Amazon Inspector score given to a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScoreDetails {
    /// An object that contains details about the CVSS score given to a finding.
    #[shape(name = "cvss")]
    pub cvss: Option<CvssScoreDetails>,
}

/// The input of `SetRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to receive the policy.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The JSON repository policy text to apply to the repository. For more information, see
    /// [Amazon ECR repository
    /// policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    #[shape(name = "policyText")]
    pub policy_text: String,
    /// If the policy you are attempting to set on a repository policy would prevent you from
    /// setting another policy in the future, you must force the `SetRepositoryPolicy` operation.
    /// This is intended to prevent accidental repository lock outs.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `SetRepositoryPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text applied to the repository.
    #[shape(name = "policyText")]
    pub policy_text: Option<String>,
}

/// The signing configuration for a registry, which specifies rules for automatically signing images
/// when pushed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SigningConfiguration {
    /// A list of signing rules. Each rule defines a signing profile and optional repository filters
    /// that determine which images are automatically signed. Maximum of 10 rules.
    #[shape(name = "rules")]
    pub rules: Vec<SigningRule>,
}

/// A repository filter used to determine which repositories have their images automatically signed
/// on push. Each filter consists of a filter type and filter value.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SigningRepositoryFilter {
    /// The filter value used to match repository names. When using `WILDCARD_MATCH`, the `*`
    /// character matches any sequence of characters.
    #[shape(name = "filter")]
    pub filter: String,
    /// The type of filter to apply. Currently, only `WILDCARD_MATCH` is supported, which uses
    /// wildcard patterns to match repository names.
    #[shape(name = "filterType")]
    pub filter_type: SigningRepositoryFilterType,
}

/// The type of filter to use when determining which repositories should have their images
/// automatically signed.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SigningRepositoryFilterType {
    /// `WILDCARD_MATCH`
    #[default]
    #[shape(name = "WILDCARD_MATCH")]
    WildcardMatch,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A signing rule that specifies a signing profile and optional repository filters. When an image
/// is pushed to a matching repository, a signing job is created using the specified profile.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SigningRule {
    /// The ARN of the Amazon Web Services Signer signing profile to use for signing images that
    /// match this rule. For more information about signing profiles, see [Signing
    /// profiles](https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html) in
    /// the *Amazon Web Services Signer Developer Guide*.
    #[shape(name = "signingProfileArn")]
    pub signing_profile_arn: String,
    /// A list of repository filters that determine which repositories have their images signed on
    /// push. If no filters are specified, all images pushed to the registry are signed using the
    /// rule's signing profile. Maximum of 100 filters per rule.
    #[shape(name = "repositoryFilters")]
    pub repository_filters: Option<Vec<SigningRepositoryFilter>>,
}

/// The image signing status. Possible values include `IN_PROGRESS`, `COMPLETE`, and `FAILED`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SigningStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StartImageScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartImageScanRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to start an image scan request. If you do not specify a registry, the default
    /// registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the images to scan.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: ImageIdentifier,
}

/// The output of `StartImageScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartImageScanResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The current state of the scan.
    #[shape(name = "imageScanStatus")]
    pub image_scan_status: Option<ImageScanStatus>,
}

/// The input of `StartLifecyclePolicyPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartLifecyclePolicyPreviewRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to be evaluated.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The policy to be evaluated against. If you do not specify a policy, the current policy for
    /// the repository is used.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
}

/// The output of `StartLifecyclePolicyPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartLifecyclePolicyPreviewResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text.
    #[shape(name = "lifecyclePolicyText")]
    pub lifecycle_policy_text: Option<String>,
    /// The status of the lifecycle policy preview request.
    #[shape(name = "status")]
    pub status: Option<LifecyclePolicyPreviewStatus>,
}

/// An object that identifies an image subject.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubjectIdentifier {
    /// The digest of the image.
    #[shape(name = "imageDigest")]
    pub image_digest: String,
}

/// The metadata to apply to a resource to help you categorize and organize them. Each tag consists
/// of a key and a value, both of which you define. Tag keys can have a maximum character length of
/// 128 characters, and tag values can have a maximum length of 256 characters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// One part of a key-value pair that make up a tag. A `key` is a general label that acts like a
    /// category for more specific tag values.
    pub key: String,
    /// A `value` acts as a descriptor within a tag category (key).
    pub value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The Amazon Resource Name (ARN) of the the resource to which to add tags. Currently, the only
    /// supported resource is an Amazon ECR repository.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The tags to add to the resource. A tag is an array of key-value pairs. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    #[shape(name = "tags")]
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// The model's `TagStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TagStatus {
    /// `TAGGED`
    #[default]
    #[shape(name = "TAGGED")]
    Tagged,
    /// `UNTAGGED`
    #[shape(name = "UNTAGGED")]
    Untagged,
    /// `ANY`
    #[shape(name = "ANY")]
    Any,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TargetStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TargetStorageClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `ARCHIVE`
    #[shape(name = "ARCHIVE")]
    Archive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The total count of images transitioning to a storage class.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransitioningImageTotalCount {
    /// The target storage class.
    #[shape(name = "targetStorageClass")]
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
    /// The total number of images transitioning to the storage class.
    #[shape(name = "imageTotalCount")]
    pub image_total_count: Option<i32>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource from which to remove tags. Currently, the
    /// only supported resource is an Amazon ECR repository.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The keys of the tags to be removed.
    #[shape(name = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}

/// The input of `UpdateImageStorageClass`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateImageStorageClassRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image to
    /// transition. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the image to transition.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: ImageIdentifier,
    /// The target storage class for the image.
    #[shape(name = "targetStorageClass")]
    pub target_storage_class: TargetStorageClass,
}

/// The output of `UpdateImageStorageClass`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateImageStorageClassResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// An object with identifying information for an image in an Amazon ECR repository.
    #[shape(name = "imageId")]
    pub image_id: Option<ImageIdentifier>,
    /// The current status of the image after the call to UpdateImageStorageClass is complete. Valid
    /// values are `ACTIVE`, `ARCHIVED`, and `ACTIVATING`.
    #[shape(name = "imageStatus")]
    pub image_status: Option<ImageStatus>,
}

/// The input of `UpdatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatePullThroughCacheRuleRequest {
    /// The Amazon Web Services account ID associated with the registry associated with the pull
    /// through cache rule. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name prefix to use when caching images from the source registry.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that
    /// identifies the credentials to authenticate to the upstream registry.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// Amazon Resource Name (ARN) of the IAM role to be assumed by Amazon ECR to authenticate to
    /// the ECR upstream registry. This role must be in the same account as the registry that you
    /// are configuring.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
}

/// The output of `UpdatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: Option<String>,
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
}

/// The input of `UpdateRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRepositoryCreationTemplateRequest {
    /// The repository namespace prefix that matches an existing repository creation template in the
    /// registry. All repositories created using this namespace prefix will have the settings
    /// defined in this template applied. For example, a prefix of `prod` would apply to all
    /// repositories beginning with `prod/`. This includes a repository named `prod/team1` as well
    /// as a repository named `prod/repository1`.
    #[shape(name = "prefix")]
    pub prefix: String,
    /// A description for the repository creation template.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The encryption configuration to associate with the repository creation template.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// The metadata to apply to the repository to help you categorize and organize. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    #[shape(name = "resourceTags")]
    pub resource_tags: Option<Vec<Tag>>,
    /// Updates the tag mutability setting for the repository. If this parameter is omitted, the
    /// default setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    #[shape(name = "imageTagMutability")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository
    /// creation template's image tag mutability setting.
    #[shape(name = "imageTagMutabilityExclusionFilters")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// Updates the repository policy created using the template. A repository policy is a
    /// permissions policy associated with a repository to control access permissions.
    #[shape(name = "repositoryPolicy")]
    pub repository_policy: Option<String>,
    /// Updates the lifecycle policy associated with the specified repository creation template.
    #[shape(name = "lifecyclePolicy")]
    pub lifecycle_policy: Option<String>,
    /// Updates the list of enumerable strings representing the Amazon ECR repository creation
    /// scenarios that this template will apply towards. The supported scenarios are
    /// `PULL_THROUGH_CACHE`, `REPLICATION`, and `CREATE_ON_PUSH`
    #[shape(name = "appliedFor")]
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    /// The ARN of the role to be assumed by Amazon ECR. This role must be in the same account as
    /// the registry that you are configuring. Amazon ECR will assume your supplied role when the
    /// customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
    /// service-linked role for the repository creation template.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
}

/// The output of `UpdateRepositoryCreationTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template associated with the request.
    #[shape(name = "repositoryCreationTemplate")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// The input of `UploadLayerPart`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadLayerPartRequest {
    /// The Amazon Web Services account ID associated with the registry to which you are uploading
    /// layer parts. If you do not specify a registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The name of the repository to which you are uploading layer parts.
    #[shape(name = "repositoryName")]
    pub repository_name: String,
    /// The upload ID from a previous `InitiateLayerUpload` operation to associate with the layer
    /// part upload.
    #[shape(name = "uploadId")]
    pub upload_id: String,
    /// The position of the first byte of the layer part witin the overall image layer.
    #[shape(name = "partFirstByte")]
    pub part_first_byte: i64,
    /// The position of the last byte of the layer part within the overall image layer.
    #[shape(name = "partLastByte")]
    pub part_last_byte: i64,
    /// The base64-encoded layer part payload.
    #[shape(name = "layerPartBlob")]
    pub layer_part_blob: Blob,
}

/// The output of `UploadLayerPart`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadLayerPartResponse {
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[shape(name = "repositoryName")]
    pub repository_name: Option<String>,
    /// The upload ID associated with the request.
    #[shape(name = "uploadId")]
    pub upload_id: Option<String>,
    /// The integer value of the last byte received in the request.
    #[shape(name = "lastByteReceived")]
    pub last_byte_received: Option<i64>,
}

/// The model's `UpstreamRegistry`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum UpstreamRegistry {
    /// `ecr`
    #[default]
    #[shape(name = "ecr")]
    Ecr,
    /// `ecr-public`
    #[shape(name = "ecr-public")]
    EcrPublic,
    /// `quay`
    #[shape(name = "quay")]
    Quay,
    /// `k8s`
    #[shape(name = "k8s")]
    K8s,
    /// `docker-hub`
    #[shape(name = "docker-hub")]
    DockerHub,
    /// `github-container-registry`
    #[shape(name = "github-container-registry")]
    GithubContainerRegistry,
    /// `azure-container-registry`
    #[shape(name = "azure-container-registry")]
    AzureContainerRegistry,
    /// `gitlab-container-registry`
    #[shape(name = "gitlab-container-registry")]
    GitlabContainerRegistry,
    /// `chainguard`
    #[shape(name = "chainguard")]
    Chainguard,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ValidatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidatePullThroughCacheRuleRequest {
    /// The repository name prefix associated with the pull through cache rule.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    /// The registry ID associated with the pull through cache rule. If you do not specify a
    /// registry, the default registry is assumed.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
}

/// The output of `ValidatePullThroughCacheRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[shape(name = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: Option<String>,
    /// The registry ID associated with the request.
    #[shape(name = "registryId")]
    pub registry_id: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    #[shape(name = "upstreamRegistryUrl")]
    pub upstream_registry_url: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[shape(name = "credentialArn")]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[shape(name = "customRoleArn")]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[shape(name = "upstreamRepositoryPrefix")]
    pub upstream_repository_prefix: Option<String>,
    /// Whether or not the pull through cache rule was validated. If `true`, Amazon ECR was able to
    /// reach the upstream registry and authentication was successful. If `false`, there was an
    /// issue and validation failed. The `failure` reason indicates the cause.
    #[shape(name = "isValid")]
    pub is_valid: Option<bool>,
    /// The reason the validation failed. For more details about possible causes and how to address
    /// them, see [Using pull through cache
    /// rules](https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    #[shape(name = "failure")]
    pub failure: Option<String>,
}

/// Information on the vulnerable package identified by a finding.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VulnerablePackage {
    /// The architecture of the vulnerable package.
    #[shape(name = "arch")]
    pub arch: Option<String>,
    /// The epoch of the vulnerable package.
    #[shape(name = "epoch")]
    pub epoch: Option<i32>,
    /// The file path of the vulnerable package.
    #[shape(name = "filePath")]
    pub file_path: Option<String>,
    /// The name of the vulnerable package.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The package manager of the vulnerable package.
    #[shape(name = "packageManager")]
    pub package_manager: Option<String>,
    /// The release of the vulnerable package.
    #[shape(name = "release")]
    pub release: Option<String>,
    /// The source layer hash of the vulnerable package.
    #[shape(name = "sourceLayerHash")]
    pub source_layer_hash: Option<String>,
    /// The version of the vulnerable package.
    #[shape(name = "version")]
    pub version: Option<String>,
    /// The version of the package that contains the vulnerability fix.
    #[shape(name = "fixedInVersion")]
    pub fixed_in_version: Option<String>,
}
