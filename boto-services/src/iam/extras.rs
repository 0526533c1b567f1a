//! The references of boto3's IAM model that `#[resource]` cannot state: a list of roles
//! read from the data, and a user under an optional member of the data.

use super::{InstanceProfile, Role, User, VirtualMfaDevice};

impl InstanceProfile {
    /// Reference: the [`Role`]s of the instance profile, read from its (loaded) data.
    pub async fn roles(&self) -> boto_core::Result<Vec<Role>> {
        let roles = self.roles_attribute().await?;
        Ok(roles
            .into_iter()
            .map(|r| Role::new(self.client(), r.role_name))
            .collect())
    }
}

impl VirtualMfaDevice {
    /// Reference: the [`User`] the device is assigned to, read from its data; `None` when
    /// it is assigned to none.
    pub async fn user(&self) -> boto_core::Result<Option<User>> {
        let user = self.user_attribute().await?;
        Ok(user.map(|u| User::new(self.client(), u.user_name)))
    }
}
