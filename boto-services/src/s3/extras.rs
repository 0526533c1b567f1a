//! What boto-services adds to the generated client: path-style addressing per client.

use super::client::Client;

impl Client {
    /// This client, addressing buckets in the path (`yes`) or, where the bucket name and
    /// endpoint allow it, in the host name, whatever the session says.
    pub fn with_force_path_style(&self, yes: bool) -> Client {
        Client::from_handle(self.handle().with_force_path_style(yes))
    }
}
