//! Resource methods written by hand: the operations whose request names the identifier
//! differently from the resource's `param` (tagging an instance, attaching volumes to it)
//! and the waiters of resources that fill their identifier per operation.

use super::{filter, Image, Instance, Volume, Vpc};
use crate::ec2::client::*;
use boto_core::resource::{op_future, DataCell};
use boto_core::resource::{Action, Collection, PageStream, Wait};
use futures::StreamExt;

/// A [`Wait`] over one of the client's waiters, with the resource's overrides applied.
macro_rules! wait {
    ($client:expr, $method:ident, $input:expr) => {{
        let client = $client.clone();
        let input = $input;
        Wait::new(move |delay, attempts| {
            let mut waiter = client.$method(input);
            if let Some(d) = delay {
                waiter = waiter.delay(d);
            }
            if let Some(n) = attempts {
                waiter = waiter.max_attempts(n);
            }
            op_future(async move { waiter.await.map(|_| ()) })
        })
    }};
}

/// An [`Action`] sending `$method` with `$input`, clearing `$cell` after.
macro_rules! action {
    ($this:expr, $method:ident, $input:expr) => {{
        let client = $this.client().clone();
        let cell = $this.__data.clone();
        Action::new($input, move |input| {
            op_future(async move {
                let result = client.$method(input).await;
                cell.clear();
                result
            })
        })
    }};
}

impl Instance {
    /// Action: sends `CreateTags` for this instance (`Resources` filled in). Adjust the
    /// request with `.with(|r| r.tags(..))`, then `.await` it. Clears loaded data.
    pub fn create_tags(&self) -> Action<CreateTagsRequest, ()> {
        action!(
            self,
            create_tags,
            CreateTagsRequest::new().resources(vec![self.id.clone()])
        )
    }

    /// Action: sends `DeleteTags` for this instance. Clears loaded data.
    pub fn delete_tags(&self) -> Action<DeleteTagsRequest, ()> {
        action!(
            self,
            delete_tags,
            DeleteTagsRequest::new().resources(vec![self.id.clone()])
        )
    }

    /// Action: sends `AttachVolume` with this instance (`.with(|r| r.volume_id(..)
    /// .device(..))`). Clears loaded data.
    pub fn attach_volume(&self) -> Action<AttachVolumeRequest, VolumeAttachment> {
        action!(
            self,
            attach_volume,
            AttachVolumeRequest::new().instance_id(self.id.clone())
        )
    }

    /// Action: sends `DetachVolume` with this instance (`.with(|r| r.volume_id(..))`).
    /// Clears loaded data.
    pub fn detach_volume(&self) -> Action<DetachVolumeRequest, VolumeAttachment> {
        action!(
            self,
            detach_volume,
            DetachVolumeRequest::new().instance_id(self.id.clone())
        )
    }
}

impl Instance {
    /// Collection: the volumes attached to this instance (`DescribeVolumes` filtered on
    /// `attachment.instance-id`), pre-filled, as a lazy `Stream` (`all`, `filter`,
    /// `limit`, `page_size`, `pages`). A `filter(|r| ..)` receives the request with that
    /// filter in place: push onto `filters` to keep it.
    pub fn volumes(&self) -> Collection<DescribeVolumesRequest, Volume> {
        let input =
            DescribeVolumesRequest::new().filters(vec![filter("attachment.instance-id", &self.id)]);
        let client = self.client().clone();
        Collection::new(
            input,
            move |input| {
                let client = client.clone();
                let pages = client.describe_volumes_pages(input).map(move |page| {
                    let volumes = page?.volumes.into_iter().filter_map(|v| {
                        Some(Volume {
                            id: v.volume_id.clone()?,
                            __client: client.clone(),
                            __data: DataCell::filled(Some(v)),
                        })
                    });
                    Ok(volumes.collect())
                });
                Box::pin(pages) as PageStream<Volume>
            },
            |input, size| input.max_results = Some(i32::try_from(size).unwrap_or(i32::MAX)),
        )
    }
}

impl Vpc {
    /// Waits until the VPC's state is `available` (the client's `vpc_available`).
    pub fn wait_until_available(&self) -> Wait {
        wait!(
            self.client(),
            wait_until_vpc_available,
            DescribeVpcsRequest::new().vpc_ids(vec![self.id.clone()])
        )
    }

    /// Waits until EC2 knows the VPC (the client's `vpc_exists`).
    pub fn wait_until_exists(&self) -> Wait {
        wait!(
            self.client(),
            wait_until_vpc_exists,
            DescribeVpcsRequest::new().vpc_ids(vec![self.id.clone()])
        )
    }
}

impl Image {
    /// Waits until EC2 knows the image (the client's `image_exists`).
    pub fn wait_until_exists(&self) -> Wait {
        wait!(
            self.client(),
            wait_until_image_exists,
            DescribeImagesRequest::new().image_ids(vec![self.id.clone()])
        )
    }
}
