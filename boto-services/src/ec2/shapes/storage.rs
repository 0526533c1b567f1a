//! Images and EBS volumes.

use super::*;
use boto_core::{DateTime, Shape};

/// The `DescribeImagesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImagesRequest {
    /// Scopes the images by users with explicit launch permissions.
    #[shape(query_name = "ExecutableBy")]
    pub executable_users: Vec<String>,
    /// The image IDs.
    #[shape(query_name = "ImageId")]
    pub image_ids: Vec<String>,
    /// Scopes the results to images with the specified owners.
    #[shape(query_name = "Owner")]
    pub owners: Vec<String>,
    /// Specifies whether to include deprecated AMIs.
    pub include_deprecated: Option<bool>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
}

/// Describes an image.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Image")]
pub struct ImageShape {
    /// Any block device mapping entries.
    #[shape(name = "blockDeviceMapping")]
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    /// The description of the AMI that was provided during image creation.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The hypervisor type of the image.
    #[shape(name = "hypervisor")]
    pub hypervisor: Option<String>,
    /// The name of the AMI that was provided during image creation.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The device name of the root device volume (for example, /dev/sda1).
    #[shape(name = "rootDeviceName")]
    pub root_device_name: Option<String>,
    /// The type of root device used by the AMI.
    #[shape(name = "rootDeviceType")]
    pub root_device_type: Option<String>,
    /// Any tags assigned to the image.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The type of virtualization of the AMI.
    #[shape(name = "virtualizationType")]
    pub virtualization_type: Option<String>,
    /// The ID of the AMI.
    #[shape(name = "imageId")]
    pub image_id: Option<String>,
    /// The location of the AMI.
    #[shape(name = "imageLocation")]
    pub image_location: Option<String>,
    /// The current state of the AMI.
    #[shape(name = "imageState")]
    pub state: Option<String>,
    /// The ID of the Amazon Web Services account that owns the image.
    #[shape(name = "imageOwnerId")]
    pub owner_id: Option<String>,
    /// The date and time the image was created.
    #[shape(name = "creationDate")]
    pub creation_date: Option<String>,
    /// Indicates whether the image has public launch permissions.
    #[shape(name = "isPublic")]
    pub public: Option<bool>,
    /// The architecture of the image.
    #[shape(name = "architecture")]
    pub architecture: Option<String>,
    /// The type of image.
    #[shape(name = "imageType")]
    pub image_type: Option<String>,
    /// The kernel associated with the image, if any.
    #[shape(name = "kernelId")]
    pub kernel_id: Option<String>,
    /// This value is set to windows for Windows AMIs; otherwise, it is blank.
    #[shape(name = "platform")]
    pub platform: Option<String>,
}

/// The `DescribeImagesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImagesResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the images.
    #[shape(name = "imagesSet")]
    pub images: Vec<ImageShape>,
}

/// The `CreateVolumeRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVolumeRequest {
    /// The ID of the Availability Zone in which to create the volume.
    pub availability_zone: Option<String>,
    /// Indicates whether the volume should be encrypted.
    pub encrypted: Option<bool>,
    /// The number of I/O operations per second (IOPS) to provision for the volume.
    pub iops: Option<i32>,
    /// The identifier of the KMS key to use for Amazon EBS encryption.
    pub kms_key_id: Option<String>,
    /// The size of the volume, in GiBs.
    pub size: Option<i32>,
    /// The snapshot from which to create the volume.
    pub snapshot_id: Option<String>,
    /// The volume type.
    pub volume_type: Option<String>,
    /// The tags to apply to the volume during creation.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// The throughput to provision for the volume, in MiB/s.
    pub throughput: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// Describes volume attachment details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VolumeAttachment {
    /// Indicates whether the EBS volume is deleted on instance termination.
    #[shape(name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The ARN of the Amazon Web Services-managed resource to which the volume is attached.
    #[shape(name = "associatedResource")]
    pub associated_resource: Option<String>,
    /// The service principal of the Amazon Web Services service that owns the underlying resource to which the volume is attached.
    #[shape(name = "instanceOwningService")]
    pub instance_owning_service: Option<String>,
    /// The index of the EBS card.
    #[shape(name = "ebsCardIndex")]
    pub ebs_card_index: Option<i32>,
    /// The ID of the volume.
    #[shape(name = "volumeId")]
    pub volume_id: Option<String>,
    /// The ID of the instance.
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The device name.
    #[shape(name = "device")]
    pub device: Option<String>,
    /// The attachment state of the volume.
    #[shape(name = "status")]
    pub state: Option<String>,
    /// The time stamp when the attachment initiated.
    #[shape(name = "attachTime")]
    pub attach_time: Option<DateTime>,
}

/// Describes a volume.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Volume")]
pub struct VolumeShape {
    /// The ID of the Availability Zone for the volume.
    #[shape(name = "availabilityZoneId")]
    pub availability_zone_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    #[shape(name = "outpostArn")]
    pub outpost_arn: Option<String>,
    /// The ID of the source volume from which the volume copy was created.
    #[shape(name = "sourceVolumeId")]
    pub source_volume_id: Option<String>,
    /// The number of I/O operations per second (IOPS).
    #[shape(name = "iops")]
    pub iops: Option<i32>,
    /// Any tags assigned to the volume.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The volume type.
    #[shape(name = "volumeType")]
    pub volume_type: Option<String>,
    /// This parameter is not returned by CreateVolume.
    #[shape(name = "fastRestored")]
    pub fast_restored: Option<bool>,
    /// Indicates whether Amazon EBS Multi-Attach is enabled.
    #[shape(name = "multiAttachEnabled")]
    pub multi_attach_enabled: Option<bool>,
    /// The throughput that the volume supports, in MiB/s.
    #[shape(name = "throughput")]
    pub throughput: Option<i32>,
    /// This parameter is not returned by CreateVolume.
    #[shape(name = "sseType")]
    pub sse_type: Option<String>,
    /// The Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate) specified for the volume during creation, in MiB/s.
    #[shape(name = "volumeInitializationRate")]
    pub volume_initialization_rate: Option<i32>,
    /// The ID of the volume.
    #[shape(name = "volumeId")]
    pub volume_id: Option<String>,
    /// The size of the volume, in GiBs.
    #[shape(name = "size")]
    pub size: Option<i32>,
    /// The snapshot from which the volume was created, if applicable.
    #[shape(name = "snapshotId")]
    pub snapshot_id: Option<String>,
    /// The Availability Zone for the volume.
    #[shape(name = "availabilityZone")]
    pub availability_zone: Option<String>,
    /// The volume state.
    #[shape(name = "status")]
    pub state: Option<String>,
    /// The time stamp when volume creation was initiated.
    #[shape(name = "createTime")]
    pub create_time: Option<DateTime>,
    /// This parameter is not returned by CreateVolume.
    #[shape(name = "attachmentSet")]
    pub attachments: Vec<VolumeAttachment>,
    /// Indicates whether the volume is encrypted.
    #[shape(name = "encrypted")]
    pub encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) of the KMS key that was used to protect the volume encryption key for the volume.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// The `DescribeVolumesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVolumesRequest {
    /// The volume IDs.
    #[shape(query_name = "VolumeId")]
    pub volume_ids: Vec<String>,
    /// Indicates whether to include managed resources in the output.
    pub include_managed_resources: Option<bool>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
}

/// The `DescribeVolumesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVolumesResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the volumes.
    #[shape(name = "volumeSet")]
    pub volumes: Vec<VolumeShape>,
}

/// The `DeleteVolumeRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVolumeRequest {
    /// The ID of the volume.
    pub volume_id: String,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `AttachVolumeRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachVolumeRequest {
    /// The device name (for example, /dev/sdh or xvdh).
    pub device: String,
    /// The ID of the instance.
    pub instance_id: String,
    /// The ID of the EBS volume.
    pub volume_id: String,
    /// The index of the EBS card.
    pub ebs_card_index: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DetachVolumeRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetachVolumeRequest {
    /// The device name.
    pub device: Option<String>,
    /// Forces detachment if the previous detachment attempt did not occur cleanly (for example, logging into an instance, unmounting the volume, and detaching normally).
    pub force: Option<bool>,
    /// The ID of the instance.
    pub instance_id: Option<String>,
    /// The ID of the volume.
    pub volume_id: String,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}
