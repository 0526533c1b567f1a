//! The resources of boto3's `iam` model: [`Iam`], [`AccessKey`], [`AccessKeyPair`],
//! [`AccountPasswordPolicy`], [`AccountSummary`], [`AssumeRolePolicy`], [`CurrentUser`], [`Group`],
//! [`GroupPolicy`], [`InstanceProfile`], [`LoginProfile`], [`MfaDevice`], [`Policy`],
//! [`PolicyVersion`], [`Role`], [`RolePolicy`], [`SamlProvider`], [`ServerCertificate`],
//! [`SigningCertificate`], [`User`], [`UserPolicy`], [`VirtualMfaDevice`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- iam --resources --out DIR`.
//!
//! Not declared: `InstanceProfile.roles`: a reference to the data's `Roles[].RoleName` (a list, or
//! under an optional member).
//!
//! Not declared: `VirtualMfaDevice.user`: a reference to the data's `User.UserName` (a list, or
//! under an optional member).

use super::client::*;
use boto_core::{resource, Blob, DateTime};
use std::collections::HashMap;

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(change_password = change_password)]
#[action(create_account_alias = create_account_alias)]
#[action(create_account_password_policy = update_account_password_policy,
         resource = AccountPasswordPolicy())]
#[action(create_group = create_group, path = |o: CreateGroupResponse| o.group,
         resource = Group(name = request.group_name))]
#[action(create_instance_profile = create_instance_profile,
         path = |o: CreateInstanceProfileResponse| o.instance_profile,
         resource = InstanceProfile(name = request.instance_profile_name))]
#[action(create_policy = create_policy,
         path = |o: CreatePolicyResponse| o.policy.unwrap_or_default(),
         resource = Policy(arn = arn))]
#[action(create_role = create_role, path = |o: CreateRoleResponse| o.role,
         resource = Role(name = request.role_name))]
#[action(create_saml_provider = create_saml_provider,
         resource = SamlProvider(arn = saml_provider_arn))]
#[action(create_server_certificate = upload_server_certificate,
         resource = ServerCertificate(name = request.server_certificate_name))]
#[action(create_signing_certificate = upload_signing_certificate,
         path = |o: UploadSigningCertificateResponse| o.certificate,
         resource = SigningCertificate(id = certificate_id, user_name = user_name))]
#[action(create_user = create_user, path = |o: CreateUserResponse| o.user.unwrap_or_default(),
         resource = User(name = request.user_name))]
#[action(create_virtual_mfa_device = create_virtual_mfa_device,
         path = |o: CreateVirtualMFADeviceResponse| o.virtual_mfa_device,
         resource = VirtualMfaDevice(serial_number = serial_number))]
#[subresource(account_password_policy = AccountPasswordPolicy())]
#[subresource(account_summary = AccountSummary())]
#[subresource(current_user = CurrentUser())]
#[subresource(group = Group(name))]
#[subresource(instance_profile = InstanceProfile(name))]
#[subresource(policy = Policy(arn))]
#[subresource(role = Role(name))]
#[subresource(saml_provider = SamlProvider(arn))]
#[subresource(server_certificate = ServerCertificate(name))]
#[subresource(user = User(name))]
#[subresource(virtual_mfa_device = VirtualMfaDevice(serial_number))]
#[collection(groups = list_groups, items = groups, resource = Group(name = group_name))]
#[collection(instance_profiles = list_instance_profiles, items = instance_profiles,
             resource = InstanceProfile(name = instance_profile_name))]
#[collection(policies = list_policies, items = policies, resource = Policy(arn = arn))]
#[collection(roles = list_roles, items = roles, resource = Role(name = role_name))]
#[collection(saml_providers = list_saml_providers, items = saml_provider_list,
             resource = SamlProvider(arn = arn))]
#[collection(server_certificates = list_server_certificates,
             items = server_certificate_metadata_list,
             resource = ServerCertificate(name = server_certificate_name))]
#[collection(users = list_users, items = users, resource = User(name = user_name))]
#[collection(virtual_mfa_devices = list_virtual_mfa_devices, items = virtual_mfa_devices,
             resource = VirtualMfaDevice(serial_number = serial_number))]
pub struct Iam;

/// boto3's `AccessKey` resource, identified by `user_name`, `id`; its data comes with the answer
/// that built it.
#[resource(client = Client, shape = AccessKeyMetadata)]
#[action(activate = update_access_key, with = |r| r.status(StatusType::Active))]
#[action(deactivate = update_access_key, with = |r| r.status(StatusType::Inactive))]
#[action(delete = delete_access_key)]
#[subresource(user = User(name = self.user_name))]
pub struct AccessKey {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The identifier `Id`.
    #[identifier(param = access_key_id, member = access_key_id)]
    id: String,
    /// The ID for this access key.
    access_key_id: Option<String>,
    /// The status of the access key. `Active` means that the key is valid for API calls; `Inactive`
    /// means it is not.
    status: Option<StatusType>,
    /// The date when the access key was created.
    create_date: Option<DateTime>,
}

/// boto3's `AccessKeyPair` resource, identified by `user_name`, `id`, `secret`; its data comes with
/// the answer that built it.
#[resource(client = Client, shape = AccessKeyShape)]
#[action(activate = update_access_key, with = |r| r.status(StatusType::Active))]
#[action(deactivate = update_access_key, with = |r| r.status(StatusType::Inactive))]
#[action(delete = delete_access_key)]
pub struct AccessKeyPair {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The identifier `Id`.
    #[identifier(param = access_key_id, member = access_key_id)]
    id: String,
    /// The identifier `Secret`.
    #[identifier(member = secret_access_key, local)]
    secret: String,
    /// The ID for this access key.
    access_key_id: String,
    /// The status of the access key. `Active` means that the key is valid for API calls, while
    /// `Inactive` means it is not.
    status: StatusType,
    /// The secret key used to sign requests.
    secret_access_key: String,
    /// The date when the access key was created.
    create_date: Option<DateTime>,
}

/// boto3's `AccountPasswordPolicy` resource; its data is `GetAccountPasswordPolicy`'s answer,
/// loaded on first access.
#[resource(client = Client, service, shape = PasswordPolicy, load = get_account_password_policy,
           load_path = |o: GetAccountPasswordPolicyResponse| Some(o.password_policy))]
#[action(delete = delete_account_password_policy)]
#[action(update = update_account_password_policy)]
pub struct AccountPasswordPolicy {
    /// Minimum length to require for IAM user passwords.
    minimum_password_length: Option<i32>,
    /// The member `RequireSymbols` of the data.
    require_symbols: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one numeric character (0 to 9).
    require_numbers: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one uppercase character (A to Z).
    require_uppercase_characters: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one lowercase character (a to z).
    require_lowercase_characters: Option<bool>,
    /// Specifies whether IAM users are allowed to change their own password. Gives IAM users
    /// permissions to `iam:ChangePassword` for only their user and to the
    /// `iam:GetAccountPasswordPolicy` action. This option does not attach a permissions policy to
    /// each user, rather the permissions are applied at the account-level for all users by IAM.
    allow_users_to_change_password: Option<bool>,
    /// Indicates whether passwords in the account expire. Returns true if `MaxPasswordAge` contains
    /// a value greater than 0. Returns false if MaxPasswordAge is 0 or not present.
    expire_passwords: Option<bool>,
    /// The number of days that an IAM user password is valid.
    max_password_age: Option<i32>,
    /// Specifies the number of previous passwords that IAM users are prevented from reusing.
    password_reuse_prevention: Option<i32>,
    /// Specifies whether IAM users are prevented from setting a new password via the Amazon Web
    /// Services Management Console after their password has expired. The IAM user cannot access the
    /// console until an administrator resets the password. IAM users with `iam:ChangePassword`
    /// permission and active access keys can reset their own expired console password using the CLI
    /// or API.
    hard_expiry: Option<bool>,
}

/// boto3's `AccountSummary` resource; its data is `GetAccountSummary`'s answer, loaded on first
/// access.
#[resource(client = Client, service, load = get_account_summary)]
pub struct AccountSummary {
    /// A set of key–value pairs containing information about IAM entity usage and IAM quotas.
    summary_map: Option<HashMap<String, i32>>,
}

/// boto3's `AssumeRolePolicy` resource, identified by `role_name`.
#[resource(client = Client)]
#[action(update = update_assume_role_policy)]
#[subresource(role = Role(name = self.role_name))]
pub struct AssumeRolePolicy {
    /// The identifier `RoleName`.
    #[identifier(param = role_name)]
    role_name: String,
}

/// boto3's `CurrentUser` resource; its data is `GetUser`'s answer, loaded on first access.
#[resource(client = Client, service, shape = UserShape, load = get_user,
           load_path = |o: GetUserResponse| Some(o.user))]
#[reference(user = User(name = user_name))]
#[collection(access_keys = list_access_keys, items = access_key_metadata,
             resource = AccessKey(user_name = user_name, id = access_key_id))]
#[collection(mfa_devices = list_mfa_devices, items = mfa_devices,
             resource = MfaDevice(user_name = user_name, serial_number = serial_number))]
#[collection(signing_certificates = list_signing_certificates, items = certificates,
             resource = SigningCertificate(user_name = user_name, id = certificate_id))]
pub struct CurrentUser {
    /// The path to the user. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    path: String,
    /// The friendly name identifying the user.
    user_name: String,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    user_id: String,
    /// The Amazon Resource Name (ARN) that identifies the user. For more information about ARNs and
    /// how to use ARNs in policies, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// user was created.
    create_date: DateTime,
    /// The member `PasswordLastUsed` of the data.
    password_last_used: Option<DateTime>,
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM
    /// identities
    /// ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the
    /// *IAM User Guide*.
    permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    tags: Option<Vec<Tag>>,
}

/// boto3's `Group` resource, identified by `name`; its data is `GetGroup`'s answer, loaded on first
/// access.
#[resource(client = Client, shape = GroupShape, load = get_group,
           load_path = |o: GetGroupResponse| Some(o.group))]
#[action(add_user = add_user_to_group)]
#[action(attach_policy = attach_group_policy)]
#[action(create = create_group, path = |o: CreateGroupResponse| o.group,
         resource = Group(name = request.group_name))]
#[action(create_policy = put_group_policy,
         resource = GroupPolicy(group_name = self.name, name = request.policy_name))]
#[action(delete = delete_group)]
#[action(detach_policy = detach_group_policy)]
#[action(remove_user = remove_user_from_group)]
#[action(update = update_group, resource = Group(name = request.new_group_name))]
#[subresource(policy = GroupPolicy(group_name = self.name, name))]
#[collection(attached_policies = list_attached_group_policies, items = attached_policies,
             resource = Policy(arn = policy_arn))]
#[collection(policies = list_group_policies, items = policy_names,
             resource = GroupPolicy(group_name = self.name, name = item))]
#[collection(users = get_group, items = users, resource = User(name = user_name))]
pub struct Group {
    /// The identifier `Name`.
    #[identifier(param = group_name, member = group_name)]
    name: String,
    /// The path to the group. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    path: String,
    /// The friendly name that identifies the group.
    group_name: String,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    group_id: String,
    /// The Amazon Resource Name (ARN) specifying the group. For more information about ARNs and how
    /// to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// group was created.
    create_date: DateTime,
}

/// boto3's `GroupPolicy` resource, identified by `group_name`, `name`; its data is
/// `GetGroupPolicy`'s answer, loaded on first access.
#[resource(client = Client, load = get_group_policy)]
#[action(delete = delete_group_policy)]
#[action(put = put_group_policy)]
#[subresource(group = Group(name = self.group_name))]
pub struct GroupPolicy {
    /// The identifier `GroupName`.
    #[identifier(param = group_name, member = group_name)]
    group_name: String,
    /// The identifier `Name`.
    #[identifier(param = policy_name, member = policy_name)]
    name: String,
    /// The name of the policy.
    policy_name: String,
    /// The policy document.
    policy_document: String,
}

/// boto3's `InstanceProfile` resource, identified by `name`; its data is `GetInstanceProfile`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = InstanceProfileShape, load = get_instance_profile,
           load_path = |o: GetInstanceProfileResponse| Some(o.instance_profile))]
#[action(add_role = add_role_to_instance_profile)]
#[action(delete = delete_instance_profile)]
#[action(remove_role = remove_role_from_instance_profile)]
pub struct InstanceProfile {
    /// The identifier `Name`.
    #[identifier(param = instance_profile_name, member = instance_profile_name)]
    name: String,
    /// The path to the instance profile. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    path: String,
    /// The name identifying the instance profile.
    instance_profile_name: String,
    /// The stable and unique string identifying the instance profile. For more information about
    /// IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    instance_profile_id: String,
    /// The Amazon Resource Name (ARN) specifying the instance profile. For more information about
    /// ARNs and how to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    arn: String,
    /// The date when the instance profile was created.
    create_date: DateTime,
    /// The role associated with the instance profile.
    #[attribute(member = roles)]
    roles_attribute: Vec<RoleShape>,
    /// A list of tags that are attached to the instance profile. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    tags: Option<Vec<Tag>>,
}

/// boto3's `LoginProfile` resource, identified by `user_name`; its data is `GetLoginProfile`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = LoginProfileShape, load = get_login_profile,
           load_path = |o: GetLoginProfileResponse| Some(o.login_profile))]
#[action(create = create_login_profile, path = |o: CreateLoginProfileResponse| o.login_profile,
         resource = LoginProfile(user_name = user_name))]
#[action(delete = delete_login_profile)]
#[action(update = update_login_profile)]
#[subresource(user = User(name = self.user_name))]
pub struct LoginProfile {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The date when the password for the user was created.
    create_date: DateTime,
    /// Specifies whether the user is required to set a new password on next sign-in.
    password_reset_required: Option<bool>,
}

/// boto3's `MfaDevice` resource, identified by `user_name`, `serial_number`; its data comes with
/// the answer that built it.
#[resource(client = Client, shape = MFADevice)]
#[action(associate = enable_mfa_device)]
#[action(disassociate = deactivate_mfa_device)]
#[action(resync = resync_mfa_device)]
#[subresource(user = User(name = self.user_name))]
pub struct MfaDevice {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The identifier `SerialNumber`.
    #[identifier(param = serial_number, member = serial_number)]
    serial_number: String,
    /// The date when the MFA device was enabled for the user.
    enable_date: DateTime,
}

/// boto3's `Policy` resource, identified by `arn`; its data is `GetPolicy`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = PolicyShape, load = get_policy,
           load_path = |o: GetPolicyResponse| o.policy)]
#[action(attach_group = attach_group_policy)]
#[action(attach_role = attach_role_policy)]
#[action(attach_user = attach_user_policy)]
#[action(create_version = create_policy_version,
         path = |o: CreatePolicyVersionResponse| o.policy_version.unwrap_or_default(),
         resource = PolicyVersion(arn = self.arn, version_id = version_id))]
#[action(delete = delete_policy)]
#[action(detach_group = detach_group_policy)]
#[action(detach_role = detach_role_policy)]
#[action(detach_user = detach_user_policy)]
#[reference(default_version = PolicyVersion(arn = self.arn, version_id = default_version_id))]
#[collection(attached_groups = list_entities_for_policy,
             with = |r| r.entity_filter(EntityType::Group), items = policy_groups,
             resource = Group(name = group_name))]
#[collection(attached_roles = list_entities_for_policy,
             with = |r| r.entity_filter(EntityType::Role), items = policy_roles,
             resource = Role(name = role_name))]
#[collection(attached_users = list_entities_for_policy,
             with = |r| r.entity_filter(EntityType::User), items = policy_users,
             resource = User(name = user_name))]
#[collection(versions = list_policy_versions, items = versions,
             resource = PolicyVersion(arn = self.arn, version_id = version_id))]
pub struct Policy {
    /// The identifier `Arn`.
    #[identifier(param = policy_arn, member = arn)]
    arn: String,
    /// The friendly name (not ARN) identifying the policy.
    policy_name: Option<String>,
    /// The stable and unique string identifying the policy.
    policy_id: Option<String>,
    /// The path to the policy.
    path: Option<String>,
    /// The identifier for the version of the policy that is set as the default version.
    default_version_id: Option<String>,
    /// The number of entities (users, groups, and roles) that the policy is attached to.
    attachment_count: Option<i32>,
    /// The number of entities (users and roles) for which the policy is used to set the permissions
    /// boundary.
    permissions_boundary_usage_count: Option<i32>,
    /// Specifies whether the policy can be attached to an IAM user, group, or role.
    is_attachable: Option<bool>,
    /// A friendly description of the policy.
    description: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was created.
    create_date: Option<DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was last updated.
    update_date: Option<DateTime>,
    /// A list of tags that are attached to the instance profile. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    tags: Option<Vec<Tag>>,
}

/// boto3's `PolicyVersion` resource, identified by `arn`, `version_id`; its data is
/// `GetPolicyVersion`'s answer, loaded on first access.
#[resource(client = Client, shape = PolicyVersionShape, load = get_policy_version,
           load_path = |o: GetPolicyVersionResponse| o.policy_version)]
#[action(delete = delete_policy_version)]
#[action(set_as_default = set_default_policy_version)]
pub struct PolicyVersion {
    /// The identifier `Arn`.
    #[identifier(param = policy_arn)]
    arn: String,
    /// The identifier `VersionId`.
    #[identifier(param = version_id)]
    version_id: String,
    /// The policy document.
    document: Option<String>,
    /// Specifies whether the policy version is set as the policy's default version.
    is_default_version: Option<bool>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy version was created.
    create_date: Option<DateTime>,
}

/// boto3's `Role` resource, identified by `name`; its data is `GetRole`'s answer, loaded on first
/// access.
#[resource(client = Client, shape = RoleShape, load = get_role,
           load_path = |o: GetRoleResponse| Some(o.role))]
#[action(attach_policy = attach_role_policy)]
#[action(delete = delete_role)]
#[action(detach_policy = detach_role_policy)]
#[subresource(assume_role_policy = AssumeRolePolicy(role_name = self.name))]
#[subresource(policy = RolePolicy(role_name = self.name, name))]
#[collection(attached_policies = list_attached_role_policies, items = attached_policies,
             resource = Policy(arn = policy_arn))]
#[collection(instance_profiles = list_instance_profiles_for_role, items = instance_profiles,
             resource = InstanceProfile(name = instance_profile_name))]
#[collection(policies = list_role_policies, items = policy_names,
             resource = RolePolicy(role_name = self.name, name = item))]
pub struct Role {
    /// The identifier `Name`.
    #[identifier(param = role_name, member = role_name)]
    name: String,
    /// The path to the role. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    path: String,
    /// The friendly name that identifies the role.
    role_name: String,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    role_id: String,
    /// The Amazon Resource Name (ARN) specifying the role. For more information about ARNs and how
    /// to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide* guide.
    arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// role was created.
    create_date: DateTime,
    /// The policy that grants an entity permission to assume the role.
    assume_role_policy_document: Option<String>,
    /// A description of the role that you provide.
    description: Option<String>,
    /// The maximum session duration (in seconds) for the specified role. Anyone who uses the CLI,
    /// or API to assume the role can specify the duration using the optional `DurationSeconds` API
    /// parameter or `duration-seconds` CLI parameter.
    max_session_duration: Option<i32>,
    /// The ARN of the policy used to set the permissions boundary for the role.
    permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are attached to the role. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    tags: Option<Vec<Tag>>,
    /// Contains information about the last time that an IAM role was used. This includes the date
    /// and time and the Region in which the role was last used. Activity is only reported for the
    /// trailing 400 days. This period can be shorter if your Region began supporting these features
    /// within the last year. The role might have been used more than 400 days ago. For more
    /// information, see [Regions where data is
    /// tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period)
    /// in the *IAM user Guide*.
    role_last_used: Option<RoleLastUsed>,
}

/// boto3's `RolePolicy` resource, identified by `role_name`, `name`; its data is `GetRolePolicy`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_role_policy)]
#[action(delete = delete_role_policy)]
#[action(put = put_role_policy)]
#[subresource(role = Role(name = self.role_name))]
pub struct RolePolicy {
    /// The identifier `RoleName`.
    #[identifier(param = role_name, member = role_name)]
    role_name: String,
    /// The identifier `Name`.
    #[identifier(param = policy_name, member = policy_name)]
    name: String,
    /// The name of the policy.
    policy_name: String,
    /// The policy document.
    policy_document: String,
}

/// boto3's `SamlProvider` resource, identified by `arn`; its data is `GetSAMLProvider`'s answer,
/// loaded on first access.
#[resource(client = Client, load = get_saml_provider)]
#[action(delete = delete_saml_provider)]
#[action(update = update_saml_provider)]
pub struct SamlProvider {
    /// The identifier `Arn`.
    #[identifier(param = saml_provider_arn)]
    arn: String,
    /// The unique identifier assigned to the SAML provider.
    saml_provider_uuid: Option<String>,
    /// The XML metadata document that includes information about an identity provider.
    saml_metadata_document: Option<String>,
    /// The date and time when the SAML provider was created.
    create_date: Option<DateTime>,
    /// The expiration date and time for the SAML provider.
    valid_until: Option<DateTime>,
    /// A list of tags that are attached to the specified IAM SAML provider. The returned list of
    /// tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    tags: Option<Vec<Tag>>,
    /// Specifies the encryption setting for the SAML provider.
    assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// The private key metadata for the SAML provider.
    private_key_list: Option<Vec<SAMLPrivateKey>>,
}

/// boto3's `ServerCertificate` resource, identified by `name`; its data is `GetServerCertificate`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = ServerCertificateShape, load = get_server_certificate,
           load_path = |o: GetServerCertificateResponse| Some(o.server_certificate))]
#[action(delete = delete_server_certificate)]
#[action(update = update_server_certificate,
         resource = ServerCertificate(name = request.new_server_certificate_name))]
pub struct ServerCertificate {
    /// The identifier `Name`.
    #[identifier(param = server_certificate_name)]
    name: String,
    /// The meta information of the server certificate, such as its name, path, ID, and ARN.
    server_certificate_metadata: ServerCertificateMetadata,
    /// The contents of the public key certificate.
    certificate_body: String,
    /// The contents of the public key certificate chain.
    certificate_chain: Option<String>,
    /// A list of tags that are attached to the server certificate. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    tags: Option<Vec<Tag>>,
}

/// boto3's `SigningCertificate` resource, identified by `user_name`, `id`; its data comes with the
/// answer that built it.
#[resource(client = Client, shape = SigningCertificateShape)]
#[action(activate = update_signing_certificate, with = |r| r.status(StatusType::Active))]
#[action(deactivate = update_signing_certificate, with = |r| r.status(StatusType::Inactive))]
#[action(delete = delete_signing_certificate)]
#[subresource(user = User(name = self.user_name))]
pub struct SigningCertificate {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The identifier `Id`.
    #[identifier(param = certificate_id, member = certificate_id)]
    id: String,
    /// The ID for the signing certificate.
    certificate_id: String,
    /// The contents of the signing certificate.
    certificate_body: String,
    /// The status of the signing certificate. `Active` means that the key is valid for API calls,
    /// while `Inactive` means it is not.
    status: StatusType,
    /// The date when the signing certificate was uploaded.
    upload_date: Option<DateTime>,
}

/// boto3's `User` resource, identified by `name`; its data is `GetUser`'s answer, loaded on first
/// access.
#[resource(client = Client, shape = UserShape, load = get_user,
           load_path = |o: GetUserResponse| Some(o.user))]
#[action(add_group = add_user_to_group)]
#[action(attach_policy = attach_user_policy)]
#[action(create = create_user, path = |o: CreateUserResponse| o.user.unwrap_or_default(),
         resource = User(name = request.user_name))]
#[action(create_access_key_pair = create_access_key,
         path = |o: CreateAccessKeyResponse| o.access_key,
         resource = AccessKeyPair(user_name = self.name, id = access_key_id,
             secret = secret_access_key))]
#[action(create_login_profile = create_login_profile,
         path = |o: CreateLoginProfileResponse| o.login_profile,
         resource = LoginProfile(user_name = user_name))]
#[action(create_policy = put_user_policy,
         resource = UserPolicy(user_name = self.name, name = request.policy_name))]
#[action(delete = delete_user)]
#[action(detach_policy = detach_user_policy)]
#[action(enable_mfa = enable_mfa_device,
         resource = MfaDevice(user_name = self.name, serial_number = request.serial_number))]
#[action(remove_group = remove_user_from_group)]
#[action(update = update_user, resource = User(name = request.new_user_name))]
#[subresource(access_key = AccessKey(user_name = self.name, id))]
#[subresource(login_profile = LoginProfile(user_name = self.name))]
#[subresource(mfa_device = MfaDevice(user_name = self.name, serial_number))]
#[subresource(policy = UserPolicy(user_name = self.name, name))]
#[subresource(signing_certificate = SigningCertificate(user_name = self.name, id))]
#[collection(access_keys = list_access_keys, items = access_key_metadata,
             resource = AccessKey(user_name = self.name, id = access_key_id))]
#[collection(attached_policies = list_attached_user_policies, items = attached_policies,
             resource = Policy(arn = policy_arn))]
#[collection(groups = list_groups_for_user, items = groups, resource = Group(name = group_name))]
#[collection(mfa_devices = list_mfa_devices, items = mfa_devices,
             resource = MfaDevice(user_name = self.name, serial_number = serial_number))]
#[collection(policies = list_user_policies, items = policy_names,
             resource = UserPolicy(user_name = self.name, name = item))]
#[collection(signing_certificates = list_signing_certificates, items = certificates,
             resource = SigningCertificate(user_name = self.name, id = certificate_id))]
pub struct User {
    /// The identifier `Name`.
    #[identifier(param = user_name, member = user_name)]
    name: String,
    /// The path to the user. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    path: String,
    /// The friendly name identifying the user.
    user_name: String,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    user_id: String,
    /// The Amazon Resource Name (ARN) that identifies the user. For more information about ARNs and
    /// how to use ARNs in policies, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// user was created.
    create_date: DateTime,
    /// The member `PasswordLastUsed` of the data.
    password_last_used: Option<DateTime>,
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM
    /// identities
    /// ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the
    /// *IAM User Guide*.
    permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    tags: Option<Vec<Tag>>,
}

/// boto3's `UserPolicy` resource, identified by `user_name`, `name`; its data is `GetUserPolicy`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_user_policy)]
#[action(delete = delete_user_policy)]
#[action(put = put_user_policy)]
#[subresource(user = User(name = self.user_name))]
pub struct UserPolicy {
    /// The identifier `UserName`.
    #[identifier(param = user_name, member = user_name)]
    user_name: String,
    /// The identifier `Name`.
    #[identifier(param = policy_name, member = policy_name)]
    name: String,
    /// The name of the policy.
    policy_name: String,
    /// The policy document.
    policy_document: String,
}

/// boto3's `VirtualMfaDevice` resource, identified by `serial_number`; its data comes with the
/// answer that built it.
#[resource(client = Client, shape = VirtualMFADevice)]
#[action(delete = delete_virtual_mfa_device)]
pub struct VirtualMfaDevice {
    /// The identifier `SerialNumber`.
    #[identifier(param = serial_number, member = serial_number)]
    serial_number: String,
    /// The base32 seed defined as specified in [RFC3548](https://tools.ietf.org/html/rfc3548.txt).
    /// The `Base32StringSeed` is base32-encoded.
    base32_string_seed: Option<Blob>,
    /// A QR code PNG image that encodes
    /// `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String` where
    /// `$virtualMFADeviceName` is one of the create call arguments. `AccountName` is the user name
    /// if set (otherwise, the account ID otherwise), and `Base32String` is the seed in base32
    /// format. The `Base32String` value is base64-encoded.
    qr_code_png: Option<Blob>,
    /// The IAM user associated with this virtual MFA device.
    #[attribute(member = user)]
    user_attribute: Option<UserShape>,
    /// The date and time on which the virtual MFA device was enabled.
    enable_date: Option<DateTime>,
    /// A list of tags that are attached to the virtual MFA device. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    tags: Option<Vec<Tag>>,
}
