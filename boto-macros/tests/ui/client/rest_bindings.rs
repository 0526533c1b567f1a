use boto_core::{client, Op};

#[client(service = "s3", protocol = "restXml")]
pub struct Client {
    head_bucket: Op<(), ()>,
    #[op(http = "put /{Bucket}")]
    create_bucket: Op<(), ()>,
    #[op(http = "GET")]
    list_buckets: Op<(), ()>,
    #[op(http = "DELETE /{Bucket}", status = 204)]
    delete_bucket: Op<(), ()>,
}

fn main() {}
