//! What boto3's EC2 model states that `#[resource]` cannot, written by hand over the public
//! `boto_core::resource` types: `create_tags` giving [`Tag`] resources (boto3's
//! customization of [`Ec2`], and each taggable resource's action, whose tags come from the
//! request), the batch actions naming their identifiers otherwise (`Resources`), the
//! references read from lists or optional members of the data, and the actions sending a
//! value of the data.

// Every method here is `#[inline]`, as the generated resources' methods: compiled in the
// crate that calls it, so an app that never calls one pays nothing for it.

use super::client::*;
use super::resources::*;
use boto_core::resource::{op_future, Action, DataCell, OpFuture};

/// The [`Tag`]s a `CreateTags` request puts on its resources: one per resource and tag.
fn tags_of(client: &Client, request: &CreateTagsRequest) -> Vec<Tag> {
    let mut out = Vec::with_capacity(request.resources.len() * request.tags.len());
    for resource in &request.resources {
        for tag in &request.tags {
            out.push(Tag::new(
                client,
                resource.clone(),
                tag.key.clone().unwrap_or_default(),
                tag.value.clone().unwrap_or_default(),
            ));
        }
    }
    out
}

/// An [`Action`] sending `CreateTags` with `input`, giving the [`Tag`]s it made; `cell` (a
/// resource's loaded data) is cleared after.
fn create_tags<D: Send + Sync + 'static>(
    client: &Client,
    input: CreateTagsRequest,
    cell: Option<DataCell<D>>,
) -> Action<CreateTagsRequest, Vec<Tag>> {
    let client = client.clone();
    Action::new(input, move |input| {
        op_future(async move {
            let tags = tags_of(&client, &input);
            let result = client.create_tags(input).await;
            if let Some(cell) = cell {
                cell.clear();
            }
            result.map(|()| tags)
        })
    })
}

impl Ec2 {
    /// Action: sends `CreateTags` (name the resources and tags with `.with(|r|
    /// r.resources(..).tags(..))`) and gives one [`Tag`] per resource and tag, as boto3's
    /// `EC2.create_tags` does.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags::<()>(self.client(), CreateTagsRequest::new(), None)
    }
}

/// An [`Action`] sending `input` with `send` (given the client), then clearing `cell`, the
/// resource's loaded data, whatever the answer.
fn clearing<I, D, Fut>(
    client: &Client,
    cell: DataCell<D>,
    input: I,
    send: impl FnOnce(Client, I) -> Fut + Send + 'static,
) -> Action<I, ()>
where
    I: Send + 'static,
    D: Send + Sync + 'static,
    Fut: std::future::Future<Output = boto_core::Result<()>> + Send + 'static,
{
    let client = client.clone();
    Action::new(input, move |input| {
        op_future(async move {
            let result = send(client, input).await;
            cell.clear();
            result
        })
    })
}

/// A `CreateTags` request for the one resource `id`.
fn tag_request(id: &str) -> CreateTagsRequest {
    CreateTagsRequest::new().resources(vec![id.to_owned()])
}

impl DhcpOptions {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Image {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Instance {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl InternetGateway {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl NetworkAcl {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl NetworkInterface {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl RouteTable {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl SecurityGroup {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Snapshot {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Subnet {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Volume {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Vpc {
    /// Action: sends `CreateTags` for this resource (`Resources` filled in; add the tags
    /// with `.with(|r| r.tags(..))`) and gives the [`Tag`]s made. Clears loaded data.
    #[inline]
    pub fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        create_tags(
            self.client(),
            tag_request(self.id()),
            Some(self.__data.clone()),
        )
    }
}

impl Instance {
    /// Action: sends `DeleteTags` for this instance (`Resources` filled in; name the tags
    /// with `.with(|r| r.tags(..))`, or none for all). Clears loaded data.
    #[inline]
    pub fn delete_tags(&self) -> Action<DeleteTagsRequest, ()> {
        let input = DeleteTagsRequest::new().resources(vec![self.id().to_owned()]);
        clearing(
            self.client(),
            self.__data.clone(),
            input,
            |c, i| async move { c.delete_tags(i).await },
        )
    }

    /// Reference: the [`NetworkInterface`]s of the instance, from its (loaded) data, each
    /// with its data as the instance's answer gives it.
    #[inline]
    pub async fn network_interfaces(&self) -> boto_core::Result<Vec<NetworkInterface>> {
        let interfaces = self.network_interfaces_attribute().await?;
        Ok(interfaces
            .into_iter()
            .filter_map(|i| i.network_interface_id)
            .map(|id| NetworkInterface::new(self.client(), id))
            .collect())
    }

    /// Reference: the [`PlacementGroup`] the instance runs in, from its (loaded) data;
    /// `None` when it names none.
    #[inline]
    pub async fn placement_group(&self) -> boto_core::Result<Option<PlacementGroup>> {
        let placement = self.placement().await?;
        Ok(placement
            .and_then(|p| p.group_name)
            .filter(|n| !n.is_empty())
            .map(|n| PlacementGroup::new(self.client(), n)))
    }
}

/// [`Instance`]'s batch action boto3 sends under another name (`Resources`), on a
/// `Vec<Instance>` (bring this trait into scope).
pub trait InstanceTagBatchActions {
    /// Batch action: sends one `CreateTags` for all these instances (add the tags with
    /// `.with(|r| r.tags(..))`) and gives the [`Tag`]s made.
    fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>>;
}

impl InstanceTagBatchActions for Vec<Instance> {
    fn create_tags(&self) -> Action<CreateTagsRequest, Vec<Tag>> {
        let ids: Vec<String> = self.iter().map(|i| i.id().to_owned()).collect();
        let Some(first) = self.first() else {
            // Nothing to tag: an action that sends nothing.
            return Action::new(CreateTagsRequest::new(), |_| {
                op_future(async { Ok(Vec::new()) })
            });
        };
        create_tags::<()>(
            first.client(),
            CreateTagsRequest::new().resources(ids),
            None,
        )
    }
}

/// [`Tag`]'s batch action, on a `Vec<Tag>` (bring this trait into scope).
pub trait TagBatchActions {
    /// Batch action: sends one `DeleteTags` per resource, naming its tags (key and value);
    /// gives the responses.
    fn delete(self) -> OpFuture<Vec<()>>;
}

impl TagBatchActions for Vec<Tag> {
    #[inline]
    fn delete(self) -> OpFuture<Vec<()>> {
        op_future(async move {
            let Some(first) = self.first() else {
                return Ok(Vec::new());
            };
            let client = first.client().clone();
            let mut groups: Vec<(String, Vec<TagShape>)> = Vec::new();
            for tag in &self {
                let shape = TagShape::new().key(tag.key()).value(tag.value());
                match groups.iter_mut().find(|(r, _)| r == tag.resource_id()) {
                    Some((_, tags)) => tags.push(shape),
                    None => groups.push((tag.resource_id().to_owned(), vec![shape])),
                }
            }
            let mut out = Vec::with_capacity(groups.len());
            for (resource, tags) in groups {
                let input = DeleteTagsRequest::new()
                    .resources(vec![resource])
                    .tags(tags);
                out.push(client.delete_tags(input).await?);
            }
            Ok(out)
        })
    }
}

impl ClassicAddress {
    /// Action: sends `DisassociateAddress` for this address (`PublicIp`, which boto3 reads
    /// from the data: the identifier). Clears loaded data.
    #[inline]
    pub fn disassociate(&self) -> Action<DisassociateAddressRequest, ()> {
        let input = DisassociateAddressRequest::new().public_ip(self.public_ip().to_owned());
        clearing(
            self.client(),
            self.__data.clone(),
            input,
            |c, i| async move { c.disassociate_address(i).await },
        )
    }

    /// Action: sends `ReleaseAddress` for this address (`PublicIp`). Clears loaded data.
    #[inline]
    pub fn release(&self) -> Action<ReleaseAddressRequest, ()> {
        let input = ReleaseAddressRequest::new().public_ip(self.public_ip().to_owned());
        clearing(
            self.client(),
            self.__data.clone(),
            input,
            |c, i| async move { c.release_address(i).await },
        )
    }
}

impl VpcAddress {
    /// Action: sends `ReleaseAddress` for this address (`AllocationId`, which boto3 reads
    /// from the data: the identifier). Clears loaded data.
    #[inline]
    pub fn release(&self) -> Action<ReleaseAddressRequest, ()> {
        let input = ReleaseAddressRequest::new().allocation_id(self.allocation_id().to_owned());
        clearing(
            self.client(),
            self.__data.clone(),
            input,
            |c, i| async move { c.release_address(i).await },
        )
    }
}

impl NetworkInterface {
    /// Action: sends `DetachNetworkInterface` with the attachment of this interface
    /// (`AttachmentId`, read from its data, loaded first when it is not). Clears loaded
    /// data.
    #[inline]
    pub fn detach(&self) -> Action<DetachNetworkInterfaceRequest, ()> {
        let this = self.clone();
        Action::new(DetachNetworkInterfaceRequest::new(), move |mut input| {
            op_future(async move {
                if input.attachment_id.is_empty() {
                    let attachment = this.attachment().await?;
                    input.attachment_id =
                        attachment.and_then(|a| a.attachment_id).unwrap_or_default();
                }
                let result = this.client().detach_network_interface(input).await;
                this.__data.clear();
                result
            })
        })
    }

    /// Reference: the [`NetworkInterfaceAssociation`] of the interface's public address,
    /// from its (loaded) data, with that data; `None` when it has none.
    #[inline]
    pub async fn association(&self) -> boto_core::Result<Option<NetworkInterfaceAssociation>> {
        let association = self.association_attribute().await?;
        Ok(association.and_then(|a| {
            let id = a.association_id.clone()?;
            let association = NetworkInterfaceAssociation::new(self.client(), id);
            association.__data.set(a);
            Some(association)
        }))
    }
}

impl RouteTable {
    /// Reference: the [`RouteTableAssociation`]s of the table, from its (loaded) data.
    #[inline]
    pub async fn associations(&self) -> boto_core::Result<Vec<RouteTableAssociation>> {
        let associations = self.associations_attribute().await?;
        Ok(associations
            .into_iter()
            .filter_map(|a| {
                let id = a.route_table_association_id.clone()?;
                let association = RouteTableAssociation::new(self.client(), id);
                association.__data.set(a);
                Some(association)
            })
            .collect())
    }

    /// Reference: the [`Route`]s of the table, from its (loaded) data (IPv4 routes: boto3
    /// identifies a route by its `DestinationCidrBlock`).
    #[inline]
    pub async fn routes(&self) -> boto_core::Result<Vec<Route>> {
        let routes = self.routes_attribute().await?;
        Ok(routes
            .into_iter()
            .filter_map(|r| {
                let cidr = r.destination_cidr_block.clone()?;
                let route = Route::new(self.client(), self.id(), cidr);
                route.__data.set(r);
                Some(route)
            })
            .collect())
    }
}

impl VpcPeeringConnection {
    /// Reference: the accepter's [`Vpc`], from the connection's (loaded) data.
    #[inline]
    pub async fn accepter_vpc(&self) -> boto_core::Result<Option<Vpc>> {
        let info = self.accepter_vpc_info().await?;
        Ok(info
            .and_then(|i| i.vpc_id)
            .map(|id| Vpc::new(self.client(), id)))
    }

    /// Reference: the requester's [`Vpc`], from the connection's (loaded) data.
    #[inline]
    pub async fn requester_vpc(&self) -> boto_core::Result<Option<Vpc>> {
        let info = self.requester_vpc_info().await?;
        Ok(info
            .and_then(|i| i.vpc_id)
            .map(|id| Vpc::new(self.client(), id)))
    }
}

impl SecurityGroup {
    /// Reference: the [`Vpc`] of the group, from its (loaded) data; `None` for a group in
    /// no VPC. (Not in boto3's model, which has no reference from a security group.)
    #[inline]
    pub async fn vpc(&self) -> boto_core::Result<Option<Vpc>> {
        let vpc = self.vpc_id().await?;
        Ok(vpc.map(|id| Vpc::new(self.client(), id)))
    }
}
