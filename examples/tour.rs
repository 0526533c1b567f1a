//! The tour: runs the seed examples against `AWS_ENDPOINT_URL`, or a local moto it starts.

fn main() {
    let endpoint = std::env::var("AWS_ENDPOINT_URL").ok();
    let _server = match endpoint {
        Some(_) => None,
        None => Some(testkit::MotoServer::start()),
    };
    println!("tour: services are being built; nothing to show yet");
}
