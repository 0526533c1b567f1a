//! Tags, filters, regions and availability zones.

use boto_core::Shape;

/// Describes a tag.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Tag")]
pub struct TagShape {
    /// The key of the tag.
    #[shape(name = "key")]
    pub key: Option<String>,
    /// The value of the tag.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The tags to apply to a resource when the resource is being created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagSpecification {
    /// The type of resource to tag on creation.
    #[shape(name = "resourceType")]
    pub resource_type: Option<String>,
    /// The tags to apply to the resource.
    #[shape(name = "Tag")]
    pub tags: Vec<TagShape>,
}

/// A filter name and value pair that is used to return a more specific list of results from a describe operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// The name of the filter.
    pub name: Option<String>,
    /// The filter values.
    #[shape(name = "Value")]
    pub values: Vec<String>,
}

/// The `CreateTagsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTagsRequest {
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The IDs of the resources, separated by spaces.
    #[shape(query_name = "ResourceId")]
    pub resources: Vec<String>,
    /// The tags.
    #[shape(query_name = "Tag")]
    pub tags: Vec<TagShape>,
}

/// The `DescribeTagsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTagsRequest {
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
}

/// Describes a tag.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagDescription {
    /// The tag key.
    #[shape(name = "key")]
    pub key: Option<String>,
    /// The ID of the resource.
    #[shape(name = "resourceId")]
    pub resource_id: Option<String>,
    /// The resource type.
    #[shape(name = "resourceType")]
    pub resource_type: Option<String>,
    /// The tag value.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The `DescribeTagsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTagsResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The tags.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagDescription>,
}

/// The `DeleteTagsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTagsRequest {
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The IDs of the resources, separated by spaces.
    #[shape(query_name = "ResourceId")]
    pub resources: Vec<String>,
    /// The tags to delete.
    #[shape(query_name = "Tag")]
    pub tags: Vec<TagShape>,
}

/// The `DescribeRegionsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRegionsRequest {
    /// The names of the Regions.
    #[shape(query_name = "RegionName")]
    pub region_names: Vec<String>,
    /// Indicates whether to display all Regions, including Regions that are disabled for your account.
    pub all_regions: Option<bool>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
}

/// Describes a Region.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Region {
    /// The Region opt-in status.
    #[shape(name = "optInStatus")]
    pub opt_in_status: Option<String>,
    /// The name of the Region.
    #[shape(name = "regionName")]
    pub region_name: Option<String>,
    /// The Region service endpoint.
    #[shape(name = "regionEndpoint")]
    pub endpoint: Option<String>,
}

/// The `DescribeRegionsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRegionsResult {
    /// Information about the Regions.
    #[shape(name = "regionInfo")]
    pub regions: Vec<Region>,
}

/// The `DescribeAvailabilityZonesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAvailabilityZonesRequest {
    /// The names of the Availability Zones, Local Zones, and Wavelength Zones.
    #[shape(query_name = "ZoneName")]
    pub zone_names: Vec<String>,
    /// The IDs of the Availability Zones, Local Zones, and Wavelength Zones.
    #[shape(query_name = "ZoneId")]
    pub zone_ids: Vec<String>,
    /// Include all Availability Zones, Local Zones, and Wavelength Zones regardless of your opt-in status.
    pub all_availability_zones: Option<bool>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
}

/// Describes a message about an Availability Zone, Local Zone, or Wavelength Zone.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AvailabilityZoneMessage {
    /// The message about the Availability Zone, Local Zone, or Wavelength Zone.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// Describes Availability Zones, Local Zones, and Wavelength Zones.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AvailabilityZone {
    /// For Availability Zones, this parameter always has the value of opt-in-not-required.
    #[shape(name = "optInStatus")]
    pub opt_in_status: Option<String>,
    /// Any messages about the Availability Zone, Local Zone, or Wavelength Zone.
    #[shape(name = "messageSet")]
    pub messages: Vec<AvailabilityZoneMessage>,
    /// The name of the Region.
    #[shape(name = "regionName")]
    pub region_name: Option<String>,
    /// The name of the Availability Zone, Local Zone, or Wavelength Zone.
    #[shape(name = "zoneName")]
    pub zone_name: Option<String>,
    /// The ID of the Availability Zone, Local Zone, or Wavelength Zone.
    #[shape(name = "zoneId")]
    pub zone_id: Option<String>,
    /// The name of the zone group.
    #[shape(name = "groupName")]
    pub group_name: Option<String>,
    /// The name of the network border group.
    #[shape(name = "networkBorderGroup")]
    pub network_border_group: Option<String>,
    /// The type of zone.
    #[shape(name = "zoneType")]
    pub zone_type: Option<String>,
    /// The state of the Availability Zone, Local Zone, or Wavelength Zone.
    #[shape(name = "zoneState")]
    pub state: Option<String>,
}

/// The `DescribeAvailabilityZonesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAvailabilityZonesResult {
    /// Information about the Availability Zones, Local Zones, and Wavelength Zones.
    #[shape(name = "availabilityZoneInfo")]
    pub availability_zones: Vec<AvailabilityZone>,
}
