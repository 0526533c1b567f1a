//! AWS Identity and Access Management (`iam`, API version 2010-05-08): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- iam --resources --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Identity and Access Management (IAM) is a web service for securely controlling access to Amazon
/// Web Services services. With IAM, you can centrally manage users, security credentials such as
/// access keys, and permissions that control which Amazon Web Services resources users and
/// applications can access. For more information about IAM, see [Identity and Access Management
/// (IAM)](http://aws.amazon.com/iam/) and the [Identity and Access Management User
/// Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/).
#[client(
    service = "iam",
    protocol = "awsQuery",
    api_version = "2010-05-08",
    xml_namespace = "https://iam.amazonaws.com/doc/2010-05-08/",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    instance_profile_exists = get_instance_profile,
    delay = 1,
    max_attempts = 40,
    success(status = 200),
    retry(status = 404),
)]
#[waiter(
    user_exists = get_user,
    delay = 1,
    max_attempts = 20,
    success(status = 200),
    retry(error = "NoSuchEntity"),
)]
#[waiter(
    role_exists = get_role,
    delay = 1,
    max_attempts = 20,
    success(status = 200),
    retry(error = "NoSuchEntity"),
)]
#[waiter(
    policy_exists = get_policy,
    delay = 1,
    max_attempts = 20,
    success(status = 200),
    retry(error = "NoSuchEntity"),
)]
pub struct Client {
    /// Accepts a delegation request, granting the requested temporary access.
    accept_delegation_request: Op<AcceptDelegationRequestRequest, ()>,
    /// Adds a new client ID (also known as audience) to the list of client IDs already registered
    /// for the specified IAM OpenID Connect (OIDC) provider resource.
    #[op(name = "AddClientIDToOpenIDConnectProvider")]
    add_client_id_to_open_id_connect_provider: Op<AddClientIDToOpenIDConnectProviderRequest, ()>,
    /// Adds the specified IAM role to the specified instance profile. An instance profile can
    /// contain only one role, and this quota cannot be increased. You can remove the existing role
    /// and then add a different role to an instance profile. You must then wait for the change to
    /// appear across all of Amazon Web Services because of [eventual
    /// consistency](https://en.wikipedia.org/wiki/Eventual_consistency). To force the change, you
    /// must [disassociate the instance
    /// profile](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIamInstanceProfile.html)
    /// and then [associate the instance
    /// profile](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html),
    /// or you can stop your instance and then restart it.
    add_role_to_instance_profile: Op<AddRoleToInstanceProfileRequest, ()>,
    /// Adds the specified user to the specified group.
    add_user_to_group: Op<AddUserToGroupRequest, ()>,
    /// Associates a delegation request with the current identity.
    associate_delegation_request: Op<AssociateDelegationRequestRequest, ()>,
    /// Attaches the specified managed policy to the specified IAM group.
    attach_group_policy: Op<AttachGroupPolicyRequest, ()>,
    /// Attaches the specified managed policy to the specified IAM role. When you attach a managed
    /// policy to a role, the managed policy becomes part of the role's permission (access) policy.
    attach_role_policy: Op<AttachRolePolicyRequest, ()>,
    /// Attaches the specified managed policy to the specified user.
    attach_user_policy: Op<AttachUserPolicyRequest, ()>,
    /// Changes the password of the IAM user who is calling this operation. This operation can be
    /// performed using the CLI, the Amazon Web Services API, or the **My Security Credentials**
    /// page in the Amazon Web Services Management Console. The Amazon Web Services account root
    /// user password is not affected by this operation.
    change_password: Op<ChangePasswordRequest, ()>,
    /// Creates a new Amazon Web Services secret access key and corresponding Amazon Web Services
    /// access key ID for the specified user. The default status for new keys is `Active`.
    #[op(result_wrapper = "CreateAccessKeyResult")]
    create_access_key: Op<CreateAccessKeyRequest, CreateAccessKeyResponse>,
    /// Creates an alias for your Amazon Web Services account. For information about using an Amazon
    /// Web Services account alias, see [Creating, deleting, and listing an Amazon Web Services
    /// account alias](https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html)
    /// in the *Amazon Web Services Sign-In User Guide*.
    create_account_alias: Op<CreateAccountAliasRequest, ()>,
    /// Creates an IAM delegation request for temporary access delegation.
    #[op(result_wrapper = "CreateDelegationRequestResult")]
    create_delegation_request: Op<CreateDelegationRequestRequest, CreateDelegationRequestResponse>,
    /// Creates a new group.
    #[op(result_wrapper = "CreateGroupResult")]
    create_group: Op<CreateGroupRequest, CreateGroupResponse>,
    /// Creates a new instance profile. For information about instance profiles, see [Using roles
    /// for applications on Amazon
    /// EC2](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html) in
    /// the *IAM User Guide*, and [Instance
    /// profiles](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html#ec2-instance-profile)
    /// in the *Amazon EC2 User Guide*.
    #[op(result_wrapper = "CreateInstanceProfileResult")]
    create_instance_profile: Op<CreateInstanceProfileRequest, CreateInstanceProfileResponse>,
    /// Creates a password for the specified IAM user. A password allows an IAM user to access
    /// Amazon Web Services services through the Amazon Web Services Management Console.
    #[op(result_wrapper = "CreateLoginProfileResult")]
    create_login_profile: Op<CreateLoginProfileRequest, CreateLoginProfileResponse>,
    /// Creates an IAM entity to describe an identity provider (IdP) that supports [OpenID Connect
    /// (OIDC)](http://openid.net/connect/).
    #[op(
        name = "CreateOpenIDConnectProvider",
        result_wrapper = "CreateOpenIDConnectProviderResult"
    )]
    create_open_id_connect_provider:
        Op<CreateOpenIDConnectProviderRequest, CreateOpenIDConnectProviderResponse>,
    /// Creates a new managed policy for your Amazon Web Services account.
    #[op(result_wrapper = "CreatePolicyResult")]
    create_policy: Op<CreatePolicyRequest, CreatePolicyResponse>,
    /// Creates a new version of the specified managed policy. To update a managed policy, you
    /// create a new policy version. A managed policy can have up to five versions. If the policy
    /// has five versions, you must delete an existing version using
    /// [DeletePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html)
    /// before you create a new version.
    #[op(result_wrapper = "CreatePolicyVersionResult")]
    create_policy_version: Op<CreatePolicyVersionRequest, CreatePolicyVersionResponse>,
    /// Creates a new role for your Amazon Web Services account.
    #[op(result_wrapper = "CreateRoleResult")]
    create_role: Op<CreateRoleRequest, CreateRoleResponse>,
    /// Creates an IAM resource that describes an identity provider (IdP) that supports SAML 2.0.
    #[op(
        name = "CreateSAMLProvider",
        result_wrapper = "CreateSAMLProviderResult"
    )]
    create_saml_provider: Op<CreateSAMLProviderRequest, CreateSAMLProviderResponse>,
    /// Creates an IAM role that is linked to a specific Amazon Web Services service. The service
    /// controls the attached policies and when the role can be deleted. This helps ensure that the
    /// service is not broken by an unexpectedly changed or deleted role, which could put your
    /// Amazon Web Services resources into an unknown state. Allowing the service to control the
    /// role helps improve service stability and proper cleanup when a service and its role are no
    /// longer needed. For more information, see [Using service-linked
    /// roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html) in
    /// the *IAM User Guide*.
    #[op(result_wrapper = "CreateServiceLinkedRoleResult")]
    create_service_linked_role: Op<CreateServiceLinkedRoleRequest, CreateServiceLinkedRoleResponse>,
    /// Generates a set of credentials consisting of a user name and password that can be used to
    /// access the service specified in the request. These credentials are generated by IAM, and can
    /// be used only for the specified service.
    #[op(result_wrapper = "CreateServiceSpecificCredentialResult")]
    create_service_specific_credential:
        Op<CreateServiceSpecificCredentialRequest, CreateServiceSpecificCredentialResponse>,
    /// Creates a new IAM user for your Amazon Web Services account.
    #[op(result_wrapper = "CreateUserResult")]
    create_user: Op<CreateUserRequest, CreateUserResponse>,
    /// Creates a new virtual MFA device for the Amazon Web Services account. After creating the
    /// virtual MFA, use
    /// [EnableMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html)
    /// to attach the MFA device to an IAM user. For more information about creating and working
    /// with virtual MFA devices, see [Using a virtual MFA
    /// device](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html) in the *IAM
    /// User Guide*.
    #[op(
        name = "CreateVirtualMFADevice",
        result_wrapper = "CreateVirtualMFADeviceResult"
    )]
    create_virtual_mfa_device: Op<CreateVirtualMFADeviceRequest, CreateVirtualMFADeviceResponse>,
    /// Deactivates the specified MFA device and removes it from association with the user name for
    /// which it was originally enabled.
    #[op(name = "DeactivateMFADevice")]
    deactivate_mfa_device: Op<DeactivateMFADeviceRequest, ()>,
    /// Deletes the access key pair associated with the specified IAM user.
    delete_access_key: Op<DeleteAccessKeyRequest, ()>,
    /// Deletes the specified Amazon Web Services account alias. For information about using an
    /// Amazon Web Services account alias, see [Creating, deleting, and listing an Amazon Web
    /// Services account
    /// alias](https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html) in the
    /// *Amazon Web Services Sign-In User Guide*.
    delete_account_alias: Op<DeleteAccountAliasRequest, ()>,
    /// Deletes the password policy for the Amazon Web Services account. There are no parameters.
    delete_account_password_policy: Op<(), ()>,
    /// Deletes the specified IAM group. The group must not contain any users or have any attached
    /// policies.
    delete_group: Op<DeleteGroupRequest, ()>,
    /// Deletes the specified inline policy that is embedded in the specified IAM group.
    delete_group_policy: Op<DeleteGroupPolicyRequest, ()>,
    /// Deletes the specified instance profile. The instance profile must not have an associated
    /// role.
    delete_instance_profile: Op<DeleteInstanceProfileRequest, ()>,
    /// Deletes the password for the specified IAM user or root user, For more information, see
    /// [Managing passwords for IAM
    /// users](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html).
    delete_login_profile: Op<DeleteLoginProfileRequest, ()>,
    /// Deletes an OpenID Connect identity provider (IdP) resource object in IAM.
    #[op(name = "DeleteOpenIDConnectProvider")]
    delete_open_id_connect_provider: Op<DeleteOpenIDConnectProviderRequest, ()>,
    /// Deletes the specified managed policy.
    delete_policy: Op<DeletePolicyRequest, ()>,
    /// Deletes the specified version from the specified managed policy.
    delete_policy_version: Op<DeletePolicyVersionRequest, ()>,
    /// Deletes the specified role. Unlike the Amazon Web Services Management Console, when you
    /// delete a role programmatically, you must delete the items attached to the role manually, or
    /// the deletion fails. For more information, see [Deleting an IAM
    /// role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html#roles-managingrole-deleting-cli).
    /// Before attempting to delete a role, remove the following attached items:
    delete_role: Op<DeleteRoleRequest, ()>,
    /// Deletes the permissions boundary for the specified IAM role.
    delete_role_permissions_boundary: Op<DeleteRolePermissionsBoundaryRequest, ()>,
    /// Deletes the specified inline policy that is embedded in the specified IAM role.
    delete_role_policy: Op<DeleteRolePolicyRequest, ()>,
    /// Deletes a SAML provider resource in IAM.
    #[op(name = "DeleteSAMLProvider")]
    delete_saml_provider: Op<DeleteSAMLProviderRequest, ()>,
    /// Deletes the specified SSH public key.
    #[op(name = "DeleteSSHPublicKey")]
    delete_ssh_public_key: Op<DeleteSSHPublicKeyRequest, ()>,
    /// Deletes the specified server certificate.
    delete_server_certificate: Op<DeleteServerCertificateRequest, ()>,
    /// Submits a service-linked role deletion request and returns a `DeletionTaskId`, which you can
    /// use to check the status of the deletion. Before you call this operation, confirm that the
    /// role has no active sessions and that any resources used by the role in the linked service
    /// are deleted. If you call this operation more than once for the same service-linked role and
    /// an earlier deletion task is not complete, then the `DeletionTaskId` of the earlier request
    /// is returned.
    #[op(result_wrapper = "DeleteServiceLinkedRoleResult")]
    delete_service_linked_role: Op<DeleteServiceLinkedRoleRequest, DeleteServiceLinkedRoleResponse>,
    /// Deletes the specified service-specific credential.
    delete_service_specific_credential: Op<DeleteServiceSpecificCredentialRequest, ()>,
    /// Deletes a signing certificate associated with the specified IAM user.
    delete_signing_certificate: Op<DeleteSigningCertificateRequest, ()>,
    /// Deletes the specified IAM user. Unlike the Amazon Web Services Management Console, when you
    /// delete a user programmatically, you must delete the items attached to the user manually, or
    /// the deletion fails. For more information, see [Deleting an IAM
    /// user](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_manage.html#id_users_deleting_cli).
    /// Before attempting to delete a user, remove the following items:
    delete_user: Op<DeleteUserRequest, ()>,
    /// Deletes the permissions boundary for the specified IAM user.
    delete_user_permissions_boundary: Op<DeleteUserPermissionsBoundaryRequest, ()>,
    /// Deletes the specified inline policy that is embedded in the specified IAM user.
    delete_user_policy: Op<DeleteUserPolicyRequest, ()>,
    /// Deletes a virtual MFA device.
    #[op(name = "DeleteVirtualMFADevice")]
    delete_virtual_mfa_device: Op<DeleteVirtualMFADeviceRequest, ()>,
    /// Removes the specified managed policy from the specified IAM group.
    detach_group_policy: Op<DetachGroupPolicyRequest, ()>,
    /// Removes the specified managed policy from the specified role.
    detach_role_policy: Op<DetachRolePolicyRequest, ()>,
    /// Removes the specified managed policy from the specified user.
    detach_user_policy: Op<DetachUserPolicyRequest, ()>,
    /// Disables the management of privileged root user credentials across member accounts in your
    /// organization. When you disable this feature, the management account and the delegated
    /// administrator for IAM can no longer manage root user credentials for member accounts in your
    /// organization.
    #[op(result_wrapper = "DisableOrganizationsRootCredentialsManagementResult")]
    disable_organizations_root_credentials_management: Op<
        DisableOrganizationsRootCredentialsManagementRequest,
        DisableOrganizationsRootCredentialsManagementResponse,
    >,
    /// Disables root user sessions for privileged tasks across member accounts in your
    /// organization. When you disable this feature, the management account and the delegated
    /// administrator for IAM can no longer perform privileged tasks on member accounts in your
    /// organization.
    #[op(result_wrapper = "DisableOrganizationsRootSessionsResult")]
    disable_organizations_root_sessions:
        Op<DisableOrganizationsRootSessionsRequest, DisableOrganizationsRootSessionsResponse>,
    /// Disables the outbound identity federation feature for your Amazon Web Services account. When
    /// disabled, IAM principals in the account cannot use the `GetWebIdentityToken` API to obtain
    /// JSON Web Tokens (JWTs) for authentication with external services. This operation does not
    /// affect tokens that were issued before the feature was disabled.
    disable_outbound_web_identity_federation: Op<(), ()>,
    /// Enables the specified MFA device and associates it with the specified IAM user. When
    /// enabled, the MFA device is required for every subsequent login by the IAM user associated
    /// with the device.
    #[op(name = "EnableMFADevice")]
    enable_mfa_device: Op<EnableMFADeviceRequest, ()>,
    /// Enables the management of privileged root user credentials across member accounts in your
    /// organization. When you enable root credentials management for [centralized root
    /// access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management),
    /// the management account and the delegated administrator for IAM can manage root user
    /// credentials for member accounts in your organization.
    #[op(result_wrapper = "EnableOrganizationsRootCredentialsManagementResult")]
    enable_organizations_root_credentials_management: Op<
        EnableOrganizationsRootCredentialsManagementRequest,
        EnableOrganizationsRootCredentialsManagementResponse,
    >,
    /// Allows the management account or delegated administrator to perform privileged tasks on
    /// member accounts in your organization. For more information, see [Centrally manage root
    /// access for member
    /// accounts](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management)
    /// in the *Identity and Access Management User Guide*.
    #[op(result_wrapper = "EnableOrganizationsRootSessionsResult")]
    enable_organizations_root_sessions:
        Op<EnableOrganizationsRootSessionsRequest, EnableOrganizationsRootSessionsResponse>,
    /// Enables the outbound identity federation feature for your Amazon Web Services account. When
    /// enabled, IAM principals in your account can use the `GetWebIdentityToken` API to obtain JSON
    /// Web Tokens (JWTs) for secure authentication with external services. This operation also
    /// generates a unique issuer URL for your Amazon Web Services account.
    #[op(result_wrapper = "EnableOutboundWebIdentityFederationResult")]
    enable_outbound_web_identity_federation: Op<(), EnableOutboundWebIdentityFederationResponse>,
    /// Generates a credential report for the Amazon Web Services account. For more information
    /// about the credential report, see [Getting credential
    /// reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the
    /// *IAM User Guide*.
    #[op(result_wrapper = "GenerateCredentialReportResult")]
    generate_credential_report: Op<(), GenerateCredentialReportResponse>,
    /// Generates a report for service last accessed data for Organizations. You can generate a
    /// report for any entities (organization root, organizational unit, or account) or policies in
    /// your organization.
    #[op(result_wrapper = "GenerateOrganizationsAccessReportResult")]
    generate_organizations_access_report:
        Op<GenerateOrganizationsAccessReportRequest, GenerateOrganizationsAccessReportResponse>,
    /// Generates a report that includes details about when an IAM resource (user, group, role, or
    /// policy) was last used in an attempt to access Amazon Web Services services. Recent activity
    /// usually appears within four hours. IAM reports activity for at least the last 400 days, or
    /// less if your Region began supporting this feature within the last year. For more
    /// information, see [Regions where data is
    /// tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period).
    /// For more information about services and actions for which action last accessed information
    /// is displayed, see [IAM action last accessed information services and
    /// actions](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor-action-last-accessed.html).
    #[op(result_wrapper = "GenerateServiceLastAccessedDetailsResult")]
    generate_service_last_accessed_details:
        Op<GenerateServiceLastAccessedDetailsRequest, GenerateServiceLastAccessedDetailsResponse>,
    /// Retrieves information about when the specified access key was last used. The information
    /// includes the date and time of last use, along with the Amazon Web Services service and
    /// Region that were specified in the last request made with that key.
    #[op(result_wrapper = "GetAccessKeyLastUsedResult")]
    get_access_key_last_used: Op<GetAccessKeyLastUsedRequest, GetAccessKeyLastUsedResponse>,
    /// Retrieves information about all IAM users, groups, roles, and policies in your Amazon Web
    /// Services account, including their relationships to one another. Use this operation to obtain
    /// a snapshot of the configuration of IAM permissions (users, groups, roles, and policies) in
    /// your account.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = user_detail_list, limit = max_items), result_wrapper = "GetAccountAuthorizationDetailsResult")]
    get_account_authorization_details:
        Op<GetAccountAuthorizationDetailsRequest, GetAccountAuthorizationDetailsResponse>,
    /// Retrieves the password policy for the Amazon Web Services account. This tells you the
    /// complexity requirements and mandatory rotation periods for the IAM user passwords in your
    /// account. For more information about using a password policy, see [Managing an IAM password
    /// policy](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingPasswordPolicies.html).
    #[op(result_wrapper = "GetAccountPasswordPolicyResult")]
    get_account_password_policy: Op<(), GetAccountPasswordPolicyResponse>,
    /// Retrieves information about IAM entity usage and IAM quotas in the Amazon Web Services
    /// account.
    #[op(result_wrapper = "GetAccountSummaryResult")]
    get_account_summary: Op<(), GetAccountSummaryResponse>,
    /// Gets a list of all of the context keys referenced in the input policies. The policies are
    /// supplied as a list of one or more strings. To get the context keys from policies associated
    /// with an IAM user, group, or role, use
    /// [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    #[op(result_wrapper = "GetContextKeysForCustomPolicyResult")]
    get_context_keys_for_custom_policy:
        Op<GetContextKeysForCustomPolicyRequest, GetContextKeysForPolicyResponse>,
    /// Gets a list of all of the context keys referenced in all the IAM policies that are attached
    /// to the specified IAM entity. The entity can be an IAM user, group, or role. If you specify a
    /// user, then the request also includes all of the policies attached to groups that the user is
    /// a member of.
    #[op(result_wrapper = "GetContextKeysForPrincipalPolicyResult")]
    get_context_keys_for_principal_policy:
        Op<GetContextKeysForPrincipalPolicyRequest, GetContextKeysForPolicyResponse>,
    /// Retrieves a credential report for the Amazon Web Services account. For more information
    /// about the credential report, see [Getting credential
    /// reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the
    /// *IAM User Guide*.
    #[op(result_wrapper = "GetCredentialReportResult")]
    get_credential_report: Op<(), GetCredentialReportResponse>,
    /// Retrieves information about a specific delegation request.
    #[op(result_wrapper = "GetDelegationRequestResult")]
    get_delegation_request: Op<GetDelegationRequestRequest, GetDelegationRequestResponse>,
    /// Returns a list of IAM users that are in the specified IAM group. You can paginate the
    /// results using the `MaxItems` and `Marker` parameters.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = users, limit = max_items), result_wrapper = "GetGroupResult")]
    get_group: Op<GetGroupRequest, GetGroupResponse>,
    /// Retrieves the specified inline policy document that is embedded in the specified IAM group.
    #[op(result_wrapper = "GetGroupPolicyResult")]
    get_group_policy: Op<GetGroupPolicyRequest, GetGroupPolicyResponse>,
    /// Retrieves a human readable summary for a given entity. At this time, the only supported
    /// entity type is `delegation-request`
    #[op(result_wrapper = "GetHumanReadableSummaryResult")]
    get_human_readable_summary: Op<GetHumanReadableSummaryRequest, GetHumanReadableSummaryResponse>,
    /// Retrieves information about the specified instance profile, including the instance profile's
    /// path, GUID, ARN, and role. For more information about instance profiles, see [Using instance
    /// profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html)
    /// in the *IAM User Guide*.
    #[op(result_wrapper = "GetInstanceProfileResult")]
    get_instance_profile: Op<GetInstanceProfileRequest, GetInstanceProfileResponse>,
    /// Retrieves the user name for the specified IAM user. A login profile is created when you
    /// create a password for the user to access the Amazon Web Services Management Console. If the
    /// user does not exist or does not have a password, the operation returns a 404
    /// (`NoSuchEntity`) error.
    #[op(result_wrapper = "GetLoginProfileResult")]
    get_login_profile: Op<GetLoginProfileRequest, GetLoginProfileResponse>,
    /// Retrieves information about an MFA device for a specified user.
    #[op(name = "GetMFADevice", result_wrapper = "GetMFADeviceResult")]
    get_mfa_device: Op<GetMFADeviceRequest, GetMFADeviceResponse>,
    /// Returns information about the specified OpenID Connect (OIDC) provider resource object in
    /// IAM.
    #[op(
        name = "GetOpenIDConnectProvider",
        result_wrapper = "GetOpenIDConnectProviderResult"
    )]
    get_open_id_connect_provider:
        Op<GetOpenIDConnectProviderRequest, GetOpenIDConnectProviderResponse>,
    /// Retrieves the service last accessed data report for Organizations that was previously
    /// generated using the `
    /// [GenerateOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html)
    /// ` operation. This operation retrieves the status of your report job and the report contents.
    #[op(result_wrapper = "GetOrganizationsAccessReportResult")]
    get_organizations_access_report:
        Op<GetOrganizationsAccessReportRequest, GetOrganizationsAccessReportResponse>,
    /// Retrieves the configuration information for the outbound identity federation feature in your
    /// Amazon Web Services account. The response includes the unique issuer URL for your Amazon Web
    /// Services account and the current enabled/disabled status of the feature. Use this operation
    /// to obtain the issuer URL that you need to configure trust relationships with external
    /// services.
    #[op(result_wrapper = "GetOutboundWebIdentityFederationInfoResult")]
    get_outbound_web_identity_federation_info: Op<(), GetOutboundWebIdentityFederationInfoResponse>,
    /// Retrieves information about the specified managed policy, including the policy's default
    /// version and the total number of IAM users, groups, and roles to which the policy is
    /// attached. To retrieve the list of the specific users, groups, and roles that the policy is
    /// attached to, use
    /// [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html).
    /// This operation returns metadata about the policy. To retrieve the actual policy document for
    /// a specific version of the policy, use
    /// [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html).
    #[op(result_wrapper = "GetPolicyResult")]
    get_policy: Op<GetPolicyRequest, GetPolicyResponse>,
    /// Retrieves information about the specified version of the specified managed policy, including
    /// the policy document.
    #[op(result_wrapper = "GetPolicyVersionResult")]
    get_policy_version: Op<GetPolicyVersionRequest, GetPolicyVersionResponse>,
    /// Retrieves information about the specified role, including the role's path, GUID, ARN, and
    /// the role's trust policy that grants permission to assume the role. For more information
    /// about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html)
    /// in the *IAM User Guide*.
    #[op(result_wrapper = "GetRoleResult")]
    get_role: Op<GetRoleRequest, GetRoleResponse>,
    /// Retrieves the specified inline policy document that is embedded with the specified IAM role.
    #[op(result_wrapper = "GetRolePolicyResult")]
    get_role_policy: Op<GetRolePolicyRequest, GetRolePolicyResponse>,
    /// Returns the SAML provider metadocument that was uploaded when the IAM SAML provider resource
    /// object was created or updated.
    #[op(name = "GetSAMLProvider", result_wrapper = "GetSAMLProviderResult")]
    get_saml_provider: Op<GetSAMLProviderRequest, GetSAMLProviderResponse>,
    /// Retrieves the specified SSH public key, including metadata about the key.
    #[op(name = "GetSSHPublicKey", result_wrapper = "GetSSHPublicKeyResult")]
    get_ssh_public_key: Op<GetSSHPublicKeyRequest, GetSSHPublicKeyResponse>,
    /// Retrieves information about the specified server certificate stored in IAM.
    #[op(result_wrapper = "GetServerCertificateResult")]
    get_server_certificate: Op<GetServerCertificateRequest, GetServerCertificateResponse>,
    /// Retrieves a service last accessed report that was created using the
    /// `GenerateServiceLastAccessedDetails` operation. You can use the `JobId` parameter in
    /// `GetServiceLastAccessedDetails` to retrieve the status of your report job. When the report
    /// is complete, you can retrieve the generated report. The report includes a list of Amazon Web
    /// Services services that the resource (user, group, role, or managed policy) can access.
    #[op(result_wrapper = "GetServiceLastAccessedDetailsResult")]
    get_service_last_accessed_details:
        Op<GetServiceLastAccessedDetailsRequest, GetServiceLastAccessedDetailsResponse>,
    /// After you generate a group or policy report using the `GenerateServiceLastAccessedDetails`
    /// operation, you can use the `JobId` parameter in `GetServiceLastAccessedDetailsWithEntities`.
    /// This operation retrieves the status of your report job and a list of entities that could
    /// have used group or policy permissions to access the specified service.
    #[op(result_wrapper = "GetServiceLastAccessedDetailsWithEntitiesResult")]
    get_service_last_accessed_details_with_entities: Op<
        GetServiceLastAccessedDetailsWithEntitiesRequest,
        GetServiceLastAccessedDetailsWithEntitiesResponse,
    >,
    /// Retrieves the status of your service-linked role deletion. After you use
    /// [DeleteServiceLinkedRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html)
    /// to submit a service-linked role for deletion, you can use the `DeletionTaskId` parameter in
    /// `GetServiceLinkedRoleDeletionStatus` to check the status of the deletion. If the deletion
    /// fails, this operation returns the reason that it failed, if that information is returned by
    /// the service.
    #[op(result_wrapper = "GetServiceLinkedRoleDeletionStatusResult")]
    get_service_linked_role_deletion_status:
        Op<GetServiceLinkedRoleDeletionStatusRequest, GetServiceLinkedRoleDeletionStatusResponse>,
    /// Retrieves information about the specified IAM user, including the user's creation date,
    /// path, unique ID, and ARN.
    #[op(result_wrapper = "GetUserResult")]
    get_user: Op<GetUserRequest, GetUserResponse>,
    /// Retrieves the specified inline policy document that is embedded in the specified IAM user.
    #[op(result_wrapper = "GetUserPolicyResult")]
    get_user_policy: Op<GetUserPolicyRequest, GetUserPolicyResponse>,
    /// Returns information about the access key IDs associated with the specified IAM user. If
    /// there is none, the operation returns an empty list.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = access_key_metadata, limit = max_items), result_wrapper = "ListAccessKeysResult")]
    list_access_keys: Op<ListAccessKeysRequest, ListAccessKeysResponse>,
    /// Lists the account alias associated with the Amazon Web Services account (Note: you can have
    /// only one). For information about using an Amazon Web Services account alias, see [Creating,
    /// deleting, and listing an Amazon Web Services account
    /// alias](https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html#CreateAccountAlias)
    /// in the *IAM User Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = account_aliases, limit = max_items), result_wrapper = "ListAccountAliasesResult")]
    list_account_aliases: Op<ListAccountAliasesRequest, ListAccountAliasesResponse>,
    /// Lists all managed policies that are attached to the specified IAM group.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = attached_policies, limit = max_items), result_wrapper = "ListAttachedGroupPoliciesResult")]
    list_attached_group_policies:
        Op<ListAttachedGroupPoliciesRequest, ListAttachedGroupPoliciesResponse>,
    /// Lists all managed policies that are attached to the specified IAM role.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = attached_policies, limit = max_items), result_wrapper = "ListAttachedRolePoliciesResult")]
    list_attached_role_policies:
        Op<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse>,
    /// Lists all managed policies that are attached to the specified IAM user.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = attached_policies, limit = max_items), result_wrapper = "ListAttachedUserPoliciesResult")]
    list_attached_user_policies:
        Op<ListAttachedUserPoliciesRequest, ListAttachedUserPoliciesResponse>,
    /// Lists delegation requests based on the specified criteria.
    #[op(result_wrapper = "ListDelegationRequestsResult")]
    list_delegation_requests: Op<ListDelegationRequestsRequest, ListDelegationRequestsResponse>,
    /// Lists all IAM users, groups, and roles that the specified managed policy is attached to.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = policy_groups, limit = max_items), result_wrapper = "ListEntitiesForPolicyResult")]
    list_entities_for_policy: Op<ListEntitiesForPolicyRequest, ListEntitiesForPolicyResponse>,
    /// Lists the names of the inline policies that are embedded in the specified IAM group.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = policy_names, limit = max_items), result_wrapper = "ListGroupPoliciesResult")]
    list_group_policies: Op<ListGroupPoliciesRequest, ListGroupPoliciesResponse>,
    /// Lists the IAM groups that have the specified path prefix.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = groups, limit = max_items), result_wrapper = "ListGroupsResult")]
    list_groups: Op<ListGroupsRequest, ListGroupsResponse>,
    /// Lists the IAM groups that the specified IAM user belongs to.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = groups, limit = max_items), result_wrapper = "ListGroupsForUserResult")]
    list_groups_for_user: Op<ListGroupsForUserRequest, ListGroupsForUserResponse>,
    /// Lists the tags that are attached to the specified IAM instance profile. The returned list of
    /// tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListInstanceProfileTagsResult")]
    list_instance_profile_tags: Op<ListInstanceProfileTagsRequest, ListInstanceProfileTagsResponse>,
    /// Lists the instance profiles that have the specified path prefix. If there are none, the
    /// operation returns an empty list. For more information about instance profiles, see [Using
    /// instance
    /// profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html)
    /// in the *IAM User Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = instance_profiles, limit = max_items), result_wrapper = "ListInstanceProfilesResult")]
    list_instance_profiles: Op<ListInstanceProfilesRequest, ListInstanceProfilesResponse>,
    /// Lists the instance profiles that have the specified associated IAM role. If there are none,
    /// the operation returns an empty list. For more information about instance profiles, go to
    /// [Using instance
    /// profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html)
    /// in the *IAM User Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = instance_profiles, limit = max_items), result_wrapper = "ListInstanceProfilesForRoleResult")]
    list_instance_profiles_for_role:
        Op<ListInstanceProfilesForRoleRequest, ListInstanceProfilesForRoleResponse>,
    /// Lists the tags that are attached to the specified IAM virtual multi-factor authentication
    /// (MFA) device. The returned list of tags is sorted by tag key. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(name = "ListMFADeviceTags", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListMFADeviceTagsResult")]
    list_mfa_device_tags: Op<ListMFADeviceTagsRequest, ListMFADeviceTagsResponse>,
    /// Lists the MFA devices for an IAM user. If the request includes a IAM user name, then this
    /// operation lists all the MFA devices associated with the specified user. If you do not
    /// specify a user name, IAM determines the user name implicitly based on the Amazon Web
    /// Services access key ID signing the request for this operation.
    #[op(name = "ListMFADevices", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = mfa_devices, limit = max_items), result_wrapper = "ListMFADevicesResult")]
    list_mfa_devices: Op<ListMFADevicesRequest, ListMFADevicesResponse>,
    /// Lists the tags that are attached to the specified OpenID Connect (OIDC)-compatible identity
    /// provider. The returned list of tags is sorted by tag key. For more information, see [About
    /// web identity
    /// federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html).
    #[op(name = "ListOpenIDConnectProviderTags", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListOpenIDConnectProviderTagsResult")]
    list_open_id_connect_provider_tags:
        Op<ListOpenIDConnectProviderTagsRequest, ListOpenIDConnectProviderTagsResponse>,
    /// Lists information about the IAM OpenID Connect (OIDC) provider resource objects defined in
    /// the Amazon Web Services account.
    #[op(
        name = "ListOpenIDConnectProviders",
        result_wrapper = "ListOpenIDConnectProvidersResult"
    )]
    list_open_id_connect_providers:
        Op<ListOpenIDConnectProvidersRequest, ListOpenIDConnectProvidersResponse>,
    /// Lists the centralized root access features enabled for your organization. For more
    /// information, see [Centrally manage root access for member
    /// accounts](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    #[op(result_wrapper = "ListOrganizationsFeaturesResult")]
    list_organizations_features:
        Op<ListOrganizationsFeaturesRequest, ListOrganizationsFeaturesResponse>,
    /// Lists all the managed policies that are available in your Amazon Web Services account,
    /// including your own customer-defined managed policies and all Amazon Web Services managed
    /// policies.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = policies, limit = max_items), result_wrapper = "ListPoliciesResult")]
    list_policies: Op<ListPoliciesRequest, ListPoliciesResponse>,
    /// Retrieves a list of policies that the IAM identity (user, group, or role) can use to access
    /// each specified service.
    #[op(result_wrapper = "ListPoliciesGrantingServiceAccessResult")]
    list_policies_granting_service_access:
        Op<ListPoliciesGrantingServiceAccessRequest, ListPoliciesGrantingServiceAccessResponse>,
    /// Lists the tags that are attached to the specified IAM customer managed policy. The returned
    /// list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListPolicyTagsResult")]
    list_policy_tags: Op<ListPolicyTagsRequest, ListPolicyTagsResponse>,
    /// Lists information about the versions of the specified managed policy, including the version
    /// that is currently set as the policy's default version.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = versions, limit = max_items), result_wrapper = "ListPolicyVersionsResult")]
    list_policy_versions: Op<ListPolicyVersionsRequest, ListPolicyVersionsResponse>,
    /// Lists the names of the inline policies that are embedded in the specified IAM role.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = policy_names, limit = max_items), result_wrapper = "ListRolePoliciesResult")]
    list_role_policies: Op<ListRolePoliciesRequest, ListRolePoliciesResponse>,
    /// Lists the tags that are attached to the specified role. The returned list of tags is sorted
    /// by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListRoleTagsResult")]
    list_role_tags: Op<ListRoleTagsRequest, ListRoleTagsResponse>,
    /// Lists the IAM roles that have the specified path prefix. If there are none, the operation
    /// returns an empty list. For more information about roles, see [IAM
    /// roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = roles, limit = max_items), result_wrapper = "ListRolesResult")]
    list_roles: Op<ListRolesRequest, ListRolesResponse>,
    /// Lists the tags that are attached to the specified Security Assertion Markup Language (SAML)
    /// identity provider. The returned list of tags is sorted by tag key. For more information, see
    /// [About SAML 2.0-based
    /// federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html).
    #[op(name = "ListSAMLProviderTags", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListSAMLProviderTagsResult")]
    list_saml_provider_tags: Op<ListSAMLProviderTagsRequest, ListSAMLProviderTagsResponse>,
    /// Lists the SAML provider resource objects defined in IAM in the account. IAM resource-listing
    /// operations return a subset of the available attributes for the resource. For example, this
    /// operation does not return tags, even though they are an attribute of the returned object. To
    /// view all of the information for a SAML provider, see
    /// [GetSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html).
    #[op(name = "ListSAMLProviders", result_wrapper = "ListSAMLProvidersResult")]
    list_saml_providers: Op<ListSAMLProvidersRequest, ListSAMLProvidersResponse>,
    /// Returns information about the SSH public keys associated with the specified IAM user. If
    /// none exists, the operation returns an empty list.
    #[op(name = "ListSSHPublicKeys", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = ssh_public_keys, limit = max_items), result_wrapper = "ListSSHPublicKeysResult")]
    list_ssh_public_keys: Op<ListSSHPublicKeysRequest, ListSSHPublicKeysResponse>,
    /// Lists the tags that are attached to the specified IAM server certificate. The returned list
    /// of tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListServerCertificateTagsResult")]
    list_server_certificate_tags:
        Op<ListServerCertificateTagsRequest, ListServerCertificateTagsResponse>,
    /// Lists the server certificates stored in IAM that have the specified path prefix. If none
    /// exist, the operation returns an empty list.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = server_certificate_metadata_list, limit = max_items), result_wrapper = "ListServerCertificatesResult")]
    list_server_certificates: Op<ListServerCertificatesRequest, ListServerCertificatesResponse>,
    /// Returns information about the service-specific credentials associated with the specified IAM
    /// user. If none exists, the operation returns an empty list. The service-specific credentials
    /// returned by this operation are used only for authenticating the IAM user to a specific
    /// service. For more information about using service-specific credentials to authenticate to an
    /// Amazon Web Services service, see [Set up service-specific
    /// credentials](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-gc.html) in
    /// the CodeCommit User Guide.
    #[op(result_wrapper = "ListServiceSpecificCredentialsResult")]
    list_service_specific_credentials:
        Op<ListServiceSpecificCredentialsRequest, ListServiceSpecificCredentialsResponse>,
    /// Returns information about the signing certificates associated with the specified IAM user.
    /// If none exists, the operation returns an empty list.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = certificates, limit = max_items), result_wrapper = "ListSigningCertificatesResult")]
    list_signing_certificates: Op<ListSigningCertificatesRequest, ListSigningCertificatesResponse>,
    /// Lists the names of the inline policies embedded in the specified IAM user.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = policy_names, limit = max_items), result_wrapper = "ListUserPoliciesResult")]
    list_user_policies: Op<ListUserPoliciesRequest, ListUserPoliciesResponse>,
    /// Lists the tags that are attached to the specified IAM user. The returned list of tags is
    /// sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = tags, limit = max_items), result_wrapper = "ListUserTagsResult")]
    list_user_tags: Op<ListUserTagsRequest, ListUserTagsResponse>,
    /// Lists the IAM users that have the specified path prefix. If no path prefix is specified, the
    /// operation returns all users in the Amazon Web Services account. If there are none, the
    /// operation returns an empty list.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = users, limit = max_items), result_wrapper = "ListUsersResult")]
    list_users: Op<ListUsersRequest, ListUsersResponse>,
    /// Lists the virtual MFA devices defined in the Amazon Web Services account by assignment
    /// status. If you do not specify an assignment status, the operation returns a list of all
    /// virtual MFA devices. Assignment status can be `Assigned`, `Unassigned`, or `Any`.
    #[op(name = "ListVirtualMFADevices", paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = virtual_mfa_devices, limit = max_items), result_wrapper = "ListVirtualMFADevicesResult")]
    list_virtual_mfa_devices: Op<ListVirtualMFADevicesRequest, ListVirtualMFADevicesResponse>,
    /// Adds or updates an inline policy document that is embedded in the specified IAM group.
    put_group_policy: Op<PutGroupPolicyRequest, ()>,
    /// Adds or updates the policy that is specified as the IAM role's permissions boundary. You can
    /// use an Amazon Web Services managed policy or a customer managed policy to set the boundary
    /// for a role. Use the boundary to control the maximum permissions that the role can have.
    /// Setting a permissions boundary is an advanced feature that can affect the permissions for
    /// the role.
    put_role_permissions_boundary: Op<PutRolePermissionsBoundaryRequest, ()>,
    /// Adds or updates an inline policy document that is embedded in the specified IAM role.
    put_role_policy: Op<PutRolePolicyRequest, ()>,
    /// Adds or updates the policy that is specified as the IAM user's permissions boundary. You can
    /// use an Amazon Web Services managed policy or a customer managed policy to set the boundary
    /// for a user. Use the boundary to control the maximum permissions that the user can have.
    /// Setting a permissions boundary is an advanced feature that can affect the permissions for
    /// the user.
    put_user_permissions_boundary: Op<PutUserPermissionsBoundaryRequest, ()>,
    /// Adds or updates an inline policy document that is embedded in the specified IAM user.
    put_user_policy: Op<PutUserPolicyRequest, ()>,
    /// Rejects a delegation request, denying the requested temporary access.
    reject_delegation_request: Op<RejectDelegationRequestRequest, ()>,
    /// Removes the specified client ID (also known as audience) from the list of client IDs
    /// registered for the specified IAM OpenID Connect (OIDC) provider resource object.
    #[op(name = "RemoveClientIDFromOpenIDConnectProvider")]
    remove_client_id_from_open_id_connect_provider:
        Op<RemoveClientIDFromOpenIDConnectProviderRequest, ()>,
    /// Removes the specified IAM role from the specified Amazon EC2 instance profile.
    remove_role_from_instance_profile: Op<RemoveRoleFromInstanceProfileRequest, ()>,
    /// Removes the specified user from the specified group.
    remove_user_from_group: Op<RemoveUserFromGroupRequest, ()>,
    /// Resets the password for a service-specific credential. The new password is Amazon Web
    /// Services generated and cryptographically strong. It cannot be configured by the user.
    /// Resetting the password immediately invalidates the previous password associated with this
    /// user.
    #[op(result_wrapper = "ResetServiceSpecificCredentialResult")]
    reset_service_specific_credential:
        Op<ResetServiceSpecificCredentialRequest, ResetServiceSpecificCredentialResponse>,
    /// Synchronizes the specified MFA device with its IAM resource object on the Amazon Web
    /// Services servers.
    #[op(name = "ResyncMFADevice")]
    resync_mfa_device: Op<ResyncMFADeviceRequest, ()>,
    /// Sends the exchange token for an accepted delegation request.
    send_delegation_token: Op<SendDelegationTokenRequest, ()>,
    /// Sets the specified version of the specified policy as the policy's default (operative)
    /// version.
    set_default_policy_version: Op<SetDefaultPolicyVersionRequest, ()>,
    /// Sets the specified version of the global endpoint token as the token version used for the
    /// Amazon Web Services account.
    set_security_token_service_preferences: Op<SetSecurityTokenServicePreferencesRequest, ()>,
    /// Simulate how a set of IAM policies and optionally a resource-based policy works with a list
    /// of API operations and Amazon Web Services resources to determine the policies' effective
    /// permissions. The policies are provided as strings.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = evaluation_results, limit = max_items), result_wrapper = "SimulateCustomPolicyResult")]
    simulate_custom_policy: Op<SimulateCustomPolicyRequest, SimulatePolicyResponse>,
    /// Simulate how a set of IAM policies attached to an IAM entity works with a list of API
    /// operations and Amazon Web Services resources to determine the policies' effective
    /// permissions. The entity can be an IAM user, group, or role. If you specify a user, then the
    /// simulation also includes all of the policies that are attached to groups that the user
    /// belongs to. You can simulate resources that don't exist in your account.
    #[op(paginate(input_token = marker, output_token = marker, more_results = is_truncated, items = evaluation_results, limit = max_items), result_wrapper = "SimulatePrincipalPolicyResult")]
    simulate_principal_policy: Op<SimulatePrincipalPolicyRequest, SimulatePolicyResponse>,
    /// Adds one or more tags to an IAM instance profile. If a tag with the same key name already
    /// exists, then that tag is overwritten with the new value.
    tag_instance_profile: Op<TagInstanceProfileRequest, ()>,
    /// Adds one or more tags to an IAM virtual multi-factor authentication (MFA) device. If a tag
    /// with the same key name already exists, then that tag is overwritten with the new value.
    #[op(name = "TagMFADevice")]
    tag_mfa_device: Op<TagMFADeviceRequest, ()>,
    /// Adds one or more tags to an OpenID Connect (OIDC)-compatible identity provider. For more
    /// information about these providers, see [About web identity
    /// federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html).
    /// If a tag with the same key name already exists, then that tag is overwritten with the new
    /// value.
    #[op(name = "TagOpenIDConnectProvider")]
    tag_open_id_connect_provider: Op<TagOpenIDConnectProviderRequest, ()>,
    /// Adds one or more tags to an IAM customer managed policy. If a tag with the same key name
    /// already exists, then that tag is overwritten with the new value.
    tag_policy: Op<TagPolicyRequest, ()>,
    /// Adds one or more tags to an IAM role. The role can be a regular role or a service-linked
    /// role. If a tag with the same key name already exists, then that tag is overwritten with the
    /// new value.
    tag_role: Op<TagRoleRequest, ()>,
    /// Adds one or more tags to a Security Assertion Markup Language (SAML) identity provider. For
    /// more information about these providers, see [About SAML 2.0-based federation
    /// ](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html). If a tag
    /// with the same key name already exists, then that tag is overwritten with the new value.
    #[op(name = "TagSAMLProvider")]
    tag_saml_provider: Op<TagSAMLProviderRequest, ()>,
    /// Adds one or more tags to an IAM server certificate. If a tag with the same key name already
    /// exists, then that tag is overwritten with the new value.
    tag_server_certificate: Op<TagServerCertificateRequest, ()>,
    /// Adds one or more tags to an IAM user. If a tag with the same key name already exists, then
    /// that tag is overwritten with the new value.
    tag_user: Op<TagUserRequest, ()>,
    /// Removes the specified tags from the IAM instance profile. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    untag_instance_profile: Op<UntagInstanceProfileRequest, ()>,
    /// Removes the specified tags from the IAM virtual multi-factor authentication (MFA) device.
    /// For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(name = "UntagMFADevice")]
    untag_mfa_device: Op<UntagMFADeviceRequest, ()>,
    /// Removes the specified tags from the specified OpenID Connect (OIDC)-compatible identity
    /// provider in IAM. For more information about OIDC providers, see [About web identity
    /// federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html).
    /// For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(name = "UntagOpenIDConnectProvider")]
    untag_open_id_connect_provider: Op<UntagOpenIDConnectProviderRequest, ()>,
    /// Removes the specified tags from the customer managed policy. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    untag_policy: Op<UntagPolicyRequest, ()>,
    /// Removes the specified tags from the role. For more information about tagging, see [Tagging
    /// IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM
    /// User Guide*.
    untag_role: Op<UntagRoleRequest, ()>,
    /// Removes the specified tags from the specified Security Assertion Markup Language (SAML)
    /// identity provider in IAM. For more information about these providers, see [About web
    /// identity
    /// federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html).
    /// For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    #[op(name = "UntagSAMLProvider")]
    untag_saml_provider: Op<UntagSAMLProviderRequest, ()>,
    /// Removes the specified tags from the IAM server certificate. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    untag_server_certificate: Op<UntagServerCertificateRequest, ()>,
    /// Removes the specified tags from the user. For more information about tagging, see [Tagging
    /// IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM
    /// User Guide*.
    untag_user: Op<UntagUserRequest, ()>,
    /// Changes the status of the specified access key from Active to Inactive, or vice versa. This
    /// operation can be used to disable a user's key as part of a key rotation workflow.
    update_access_key: Op<UpdateAccessKeyRequest, ()>,
    /// Updates the password policy settings for the Amazon Web Services account.
    update_account_password_policy: Op<UpdateAccountPasswordPolicyRequest, ()>,
    /// Updates the policy that grants an IAM entity permission to assume a role. This is typically
    /// referred to as the "role trust policy". For more information about roles, see [Using roles
    /// to delegate permissions and federate
    /// identities](https://docs.aws.amazon.com/IAM/latest/UserGuide/roles-toplevel.html).
    update_assume_role_policy: Op<UpdateAssumeRolePolicyRequest, ()>,
    /// Updates an existing delegation request with additional information. When the delegation
    /// request is updated, it reaches the `PENDING_APPROVAL` state.
    update_delegation_request: Op<UpdateDelegationRequestRequest, ()>,
    /// Updates the name and/or the path of the specified IAM group.
    update_group: Op<UpdateGroupRequest, ()>,
    /// Changes the password for the specified IAM user. You can use the CLI, the Amazon Web
    /// Services API, or the **Users** page in the IAM console to change the password for any IAM
    /// user. Use
    /// [ChangePassword](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html)
    /// to change your own password in the **My Security Credentials** page in the Amazon Web
    /// Services Management Console.
    update_login_profile: Op<UpdateLoginProfileRequest, ()>,
    /// Replaces the existing list of server certificate thumbprints associated with an OpenID
    /// Connect (OIDC) provider resource object with a new list of thumbprints.
    #[op(name = "UpdateOpenIDConnectProviderThumbprint")]
    update_open_id_connect_provider_thumbprint:
        Op<UpdateOpenIDConnectProviderThumbprintRequest, ()>,
    /// Updates the description or maximum session duration setting of a role.
    #[op(result_wrapper = "UpdateRoleResult")]
    update_role: Op<UpdateRoleRequest, UpdateRoleResponse>,
    /// Use [UpdateRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html)
    /// instead.
    #[op(result_wrapper = "UpdateRoleDescriptionResult")]
    update_role_description: Op<UpdateRoleDescriptionRequest, UpdateRoleDescriptionResponse>,
    /// Updates the metadata document, SAML encryption settings, and private keys for an existing
    /// SAML provider. To rotate private keys, add your new private key and then remove the old key
    /// in a separate request.
    #[op(
        name = "UpdateSAMLProvider",
        result_wrapper = "UpdateSAMLProviderResult"
    )]
    update_saml_provider: Op<UpdateSAMLProviderRequest, UpdateSAMLProviderResponse>,
    /// Sets the status of an IAM user's SSH public key to active or inactive. SSH public keys that
    /// are inactive cannot be used for authentication. This operation can be used to disable a
    /// user's SSH public key as part of a key rotation work flow.
    #[op(name = "UpdateSSHPublicKey")]
    update_ssh_public_key: Op<UpdateSSHPublicKeyRequest, ()>,
    /// Updates the name and/or the path of the specified server certificate stored in IAM.
    update_server_certificate: Op<UpdateServerCertificateRequest, ()>,
    /// Sets the status of a service-specific credential to `Active` or `Inactive`. Service-specific
    /// credentials that are inactive cannot be used for authentication to the service. This
    /// operation can be used to disable a user's service-specific credential as part of a
    /// credential rotation work flow.
    update_service_specific_credential: Op<UpdateServiceSpecificCredentialRequest, ()>,
    /// Changes the status of the specified user signing certificate from active to disabled, or
    /// vice versa. This operation can be used to disable an IAM user's signing certificate as part
    /// of a certificate rotation work flow.
    update_signing_certificate: Op<UpdateSigningCertificateRequest, ()>,
    /// Updates the name and/or the path of the specified IAM user.
    update_user: Op<UpdateUserRequest, ()>,
    /// Uploads an SSH public key and associates it with the specified IAM user.
    #[op(
        name = "UploadSSHPublicKey",
        result_wrapper = "UploadSSHPublicKeyResult"
    )]
    upload_ssh_public_key: Op<UploadSSHPublicKeyRequest, UploadSSHPublicKeyResponse>,
    /// Uploads a server certificate entity for the Amazon Web Services account. The server
    /// certificate entity includes a public key certificate, a private key, and an optional
    /// certificate chain, which should all be PEM-encoded.
    #[op(result_wrapper = "UploadServerCertificateResult")]
    upload_server_certificate: Op<UploadServerCertificateRequest, UploadServerCertificateResponse>,
    /// Uploads an X.509 signing certificate and associates it with the specified IAM user. Some
    /// Amazon Web Services services require you to use certificates to validate requests that are
    /// signed with a corresponding private key. When you upload the certificate, its default status
    /// is `Active`.
    #[op(result_wrapper = "UploadSigningCertificateResult")]
    upload_signing_certificate:
        Op<UploadSigningCertificateRequest, UploadSigningCertificateResponse>,
}

/// The input of `AcceptDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AcceptDelegationRequestRequest {
    /// The unique identifier of the delegation request to accept.
    pub delegation_request_id: String,
}

/// The model's `AccessAdvisorUsageGranularityType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccessAdvisorUsageGranularityType {
    /// `SERVICE_LEVEL`
    #[default]
    #[shape(name = "SERVICE_LEVEL")]
    ServiceLevel,
    /// `ACTION_LEVEL`
    #[shape(name = "ACTION_LEVEL")]
    ActionLevel,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object that contains details about when a principal in the reported Organizations entity last
/// attempted to access an Amazon Web Services service. A principal can be an IAM user, an IAM role,
/// or the Amazon Web Services account root user within the reported Organizations entity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessDetail {
    /// The name of the service in which access was attempted.
    pub service_name: String,
    /// The namespace of the service in which access was attempted.
    pub service_namespace: String,
    /// The Region where the last service access attempt occurred.
    pub region: Option<String>,
    /// The path of the Organizations entity (root, organizational unit, or account) from which an
    /// authenticated principal last attempted to access the service. Amazon Web Services does not
    /// report unauthenticated requests.
    pub entity_path: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an
    /// authenticated principal most recently attempted to access the service. Amazon Web Services
    /// does not report unauthenticated requests.
    pub last_authenticated_time: Option<DateTime>,
    /// The number of accounts with authenticated principals (root user, IAM users, and IAM roles)
    /// that attempted to access the service in the tracking period.
    pub total_authenticated_entities: Option<i32>,
}

/// Contains information about the last time an Amazon Web Services access key was used since IAM
/// began tracking this information on April 22, 2015.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessKeyLastUsed {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// access key was most recently used. This field is null in the following situations:
    pub last_used_date: Option<DateTime>,
    /// The name of the Amazon Web Services service with which this access key was most recently
    /// used. The value of this field is "N/A" in the following situations:
    pub service_name: String,
    /// The Amazon Web Services Region where this access key was most recently used. The value for
    /// this field is "N/A" in the following situations:
    pub region: String,
}

/// Contains information about an Amazon Web Services access key, without its secret key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessKeyMetadata {
    /// The name of the IAM user that the key is associated with.
    pub user_name: Option<String>,
    /// The ID for this access key.
    pub access_key_id: Option<String>,
    /// The status of the access key. `Active` means that the key is valid for API calls; `Inactive`
    /// means it is not.
    pub status: Option<StatusType>,
    /// The date when the access key was created.
    pub create_date: Option<DateTime>,
}

/// Contains information about an Amazon Web Services access key.
#[derive(Shape, Clone, Default, PartialEq)]
#[shape(name = "AccessKey")]
pub struct AccessKeyShape {
    /// The name of the IAM user that the access key is associated with.
    pub user_name: String,
    /// The ID for this access key.
    pub access_key_id: String,
    /// The status of the access key. `Active` means that the key is valid for API calls, while
    /// `Inactive` means it is not.
    pub status: StatusType,
    /// The secret key used to sign requests.
    pub secret_access_key: String,
    /// The date when the access key was created.
    pub create_date: Option<DateTime>,
}

impl ::std::fmt::Debug for AccessKeyShape {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessKeyShape")
            .field("user_name", &self.user_name)
            .field("access_key_id", &self.access_key_id)
            .field("status", &self.status)
            .field("secret_access_key", &"** redacted **")
            .field("create_date", &self.create_date)
            .finish()
    }
}

/// The input of `AddClientIDToOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddClientIDToOpenIDConnectProviderRequest {
    /// The Amazon Resource Name (ARN) of the IAM OpenID Connect (OIDC) provider resource to add the
    /// client ID to. You can get a list of OIDC provider ARNs by using the
    /// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
    /// operation.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// The client ID (also known as audience) to add to the IAM OpenID Connect provider resource.
    #[shape(name = "ClientID")]
    pub client_id: String,
}

/// The input of `AddRoleToInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddRoleToInstanceProfileRequest {
    /// The name of the instance profile to update.
    pub instance_profile_name: String,
    /// The name of the role to add.
    pub role_name: String,
}

/// The input of `AddUserToGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddUserToGroupRequest {
    /// The name of the group to update.
    pub group_name: String,
    /// The name of the user to add.
    pub user_name: String,
}

/// The model's `assertionEncryptionModeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "assertionEncryptionModeType")]
pub enum AssertionEncryptionModeType {
    /// `Required`
    #[default]
    Required,
    /// `Allowed`
    Allowed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `assignmentStatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "assignmentStatusType")]
pub enum AssignmentStatusType {
    /// `Assigned`
    #[default]
    Assigned,
    /// `Unassigned`
    Unassigned,
    /// `Any`
    Any,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `AssociateDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateDelegationRequestRequest {
    /// The unique identifier of the delegation request to associate.
    pub delegation_request_id: String,
}

/// The input of `AttachGroupPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachGroupPolicyRequest {
    /// The name (friendly name, not ARN) of the group to attach the policy to.
    pub group_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    pub policy_arn: String,
}

/// The input of `AttachRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachRolePolicyRequest {
    /// The name (friendly name, not ARN) of the role to attach the policy to.
    pub role_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    pub policy_arn: String,
}

/// The input of `AttachUserPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachUserPolicyRequest {
    /// The name (friendly name, not ARN) of the IAM user to attach the policy to.
    pub user_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    pub policy_arn: String,
}

/// Contains information about an attached permissions boundary.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachedPermissionsBoundary {
    /// The permissions boundary usage type that indicates what type of IAM resource is used as the
    /// permissions boundary for an entity. This data type can only have a value of `Policy`.
    pub permissions_boundary_type: Option<PermissionsBoundaryAttachmentType>,
    /// The ARN of the policy used to set the permissions boundary for the user or role.
    pub permissions_boundary_arn: Option<String>,
}

/// Contains information about an attached policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachedPolicy {
    /// The friendly name of the attached policy.
    pub policy_name: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub policy_arn: Option<String>,
}

/// The input of `ChangePassword`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ChangePasswordRequest {
    /// The IAM user's current password.
    pub old_password: String,
    /// The new password. The new password must conform to the Amazon Web Services account's
    /// password policy, if one exists.
    pub new_password: String,
}

impl ::std::fmt::Debug for ChangePasswordRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangePasswordRequest")
            .field("old_password", &"** redacted **")
            .field("new_password", &"** redacted **")
            .finish()
    }
}

/// Contains information about a condition context key. It includes the name of the key and
/// specifies the value (or values, if the context key supports multiple values) to use in the
/// simulation. This information is used when evaluating the `Condition` elements of the input
/// policies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContextEntry {
    /// The full name of a condition context key, including the service prefix. For example,
    /// `aws:SourceIp` or `s3:VersionId`.
    pub context_key_name: Option<String>,
    /// The value (or values, if the condition context key supports multiple values) to provide to
    /// the simulation when the key is referenced by a `Condition` element in an input policy.
    pub context_key_values: Option<Vec<String>>,
    /// The data type of the value (or values) specified in the `ContextKeyValues` parameter.
    pub context_key_type: Option<ContextKeyTypeEnum>,
}

/// The model's `ContextKeyTypeEnum`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContextKeyTypeEnum {
    /// `string`
    #[default]
    #[shape(name = "string")]
    String,
    /// `stringList`
    #[shape(name = "stringList")]
    StringList,
    /// `numeric`
    #[shape(name = "numeric")]
    Numeric,
    /// `numericList`
    #[shape(name = "numericList")]
    NumericList,
    /// `boolean`
    #[shape(name = "boolean")]
    Boolean,
    /// `booleanList`
    #[shape(name = "booleanList")]
    BooleanList,
    /// `ip`
    #[shape(name = "ip")]
    Ip,
    /// `ipList`
    #[shape(name = "ipList")]
    IpList,
    /// `binary`
    #[shape(name = "binary")]
    Binary,
    /// `binaryList`
    #[shape(name = "binaryList")]
    BinaryList,
    /// `date`
    #[shape(name = "date")]
    Date,
    /// `dateList`
    #[shape(name = "dateList")]
    DateList,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `CreateAccessKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAccessKeyRequest {
    /// The name of the IAM user that the new key will belong to.
    pub user_name: Option<String>,
}

/// Contains the response to a successful
/// [CreateAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAccessKeyResponse {
    /// A structure with details about the access key.
    pub access_key: AccessKeyShape,
}

/// The input of `CreateAccountAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAccountAliasRequest {
    /// The account alias to create.
    pub account_alias: String,
}

/// The input of `CreateDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDelegationRequestRequest {
    /// The Amazon Web Services account ID this delegation request is targeted to.
    pub owner_account_id: Option<String>,
    /// A description of the delegation request.
    pub description: String,
    /// The permissions to be delegated in this delegation request.
    pub permissions: DelegationPermission,
    /// A message explaining the reason for the delegation request.
    pub request_message: Option<String>,
    /// The workflow ID associated with the requestor.
    pub requestor_workflow_id: String,
    /// The URL to redirect to after the delegation request is processed.
    pub redirect_url: Option<String>,
    /// The notification channel for updates about the delegation request.
    pub notification_channel: String,
    /// The duration for which the delegated session should remain active, in seconds.
    pub session_duration: i32,
    /// Specifies whether the delegation token should only be sent by the owner.
    pub only_send_by_owner: Option<bool>,
}

/// The output of `CreateDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDelegationRequestResponse {
    /// A deep link URL to the Amazon Web Services Management Console for managing the delegation
    /// request.
    pub console_deep_link: Option<String>,
    /// The unique identifier for the created delegation request.
    pub delegation_request_id: Option<String>,
}

/// The input of `CreateGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGroupRequest {
    /// The path to the group. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The name of the group to create. Do not include the path in this value.
    pub group_name: String,
}

/// Contains the response to a successful
/// [CreateGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGroupResponse {
    /// A structure containing details about the new group.
    pub group: GroupShape,
}

/// The input of `CreateInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateInstanceProfileRequest {
    /// The name of the instance profile to create.
    pub instance_profile_name: String,
    /// The path to the instance profile. For more information about paths, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// A list of tags that you want to attach to the newly created IAM instance profile. Each tag
    /// consists of a key name and an associated value. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreateInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateInstanceProfileResponse {
    /// A structure containing details about the new instance profile.
    pub instance_profile: InstanceProfileShape,
}

/// The input of `CreateLoginProfile`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateLoginProfileRequest {
    /// The name of the IAM user to create a password for. The user must already exist.
    pub user_name: Option<String>,
    /// The new password for the user.
    pub password: Option<String>,
    /// Specifies whether the user is required to set a new password on next sign-in.
    pub password_reset_required: Option<bool>,
}

impl ::std::fmt::Debug for CreateLoginProfileRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field(
                "password",
                &self.password.as_ref().map(|_| "** redacted **"),
            )
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

/// Contains the response to a successful
/// [CreateLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLoginProfileResponse {
    /// A structure containing the user name and password create date.
    pub login_profile: LoginProfileShape,
}

/// The input of `CreateOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpenIDConnectProviderRequest {
    /// The URL of the identity provider. The URL must begin with `https://` and should correspond
    /// to the `iss` claim in the provider's OpenID Connect ID tokens. Per the OIDC standard, path
    /// components are allowed but query parameters are not. Typically the URL consists of only a
    /// hostname, like `https://server.example.org` or `https://example.com`. The URL should not
    /// contain a port number.
    pub url: String,
    /// Provides a list of client IDs, also known as audiences. When a mobile or web app registers
    /// with an OpenID Connect provider, they establish a value that identifies the application.
    /// This is the value that's sent as the `client_id` parameter on OAuth requests.
    #[shape(name = "ClientIDList")]
    pub client_id_list: Option<Vec<String>>,
    /// A list of server certificate thumbprints for the OpenID Connect (OIDC) identity provider's
    /// server certificates. Typically this list includes only one entry. However, IAM lets you have
    /// up to five thumbprints for an OIDC provider. This lets you maintain multiple thumbprints if
    /// the identity provider is rotating certificates.
    pub thumbprint_list: Option<Vec<String>>,
    /// A list of tags that you want to attach to the new IAM OpenID Connect (OIDC) provider. Each
    /// tag consists of a key name and an associated value. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpenIDConnectProviderResponse {
    /// The Amazon Resource Name (ARN) of the new IAM OpenID Connect provider that is created. For
    /// more information, see
    /// [OpenIDConnectProviderListEntry](https://docs.aws.amazon.com/IAM/latest/APIReference/API_OpenIDConnectProviderListEntry.html).
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: Option<String>,
    /// A list of tags that are attached to the new IAM OIDC provider. The returned list of tags is
    /// sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `CreatePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePolicyRequest {
    /// The friendly name of the policy.
    pub policy_name: String,
    /// The path for the policy.
    pub path: Option<String>,
    /// The JSON policy document that you want to use as the content for the new policy.
    pub policy_document: String,
    /// A friendly description of the policy.
    pub description: Option<String>,
    /// A list of tags that you want to attach to the new IAM customer managed policy. Each tag
    /// consists of a key name and an associated value. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreatePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePolicyResponse {
    /// A structure containing details about the new policy.
    pub policy: Option<PolicyShape>,
}

/// The input of `CreatePolicyVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePolicyVersionRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy to which you want to add a new version.
    pub policy_arn: String,
    /// The JSON policy document that you want to use as the content for this new version of the
    /// policy.
    pub policy_document: String,
    /// Specifies whether to set this version as the policy's default version.
    pub set_as_default: Option<bool>,
}

/// Contains the response to a successful
/// [CreatePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePolicyVersionResponse {
    /// A structure containing details about the new policy version.
    pub policy_version: Option<PolicyVersionShape>,
}

/// The input of `CreateRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRoleRequest {
    /// The path to the role. For more information about paths, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The name of the role to create.
    pub role_name: String,
    /// The trust relationship policy document that grants an entity permission to assume the role.
    pub assume_role_policy_document: String,
    /// A description of the role.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) that you want to set for the specified role. If
    /// you do not specify a value for this setting, the default value of one hour is applied. This
    /// setting can have a value from 1 hour to 12 hours.
    pub max_session_duration: Option<i32>,
    /// The ARN of the managed policy that is used to set the permissions boundary for the role.
    pub permissions_boundary: Option<String>,
    /// A list of tags that you want to attach to the new role. Each tag consists of a key name and
    /// an associated value. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreateRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateRoleResponse {
    /// A structure containing details about the new role.
    pub role: RoleShape,
}

/// The input of `CreateSAMLProvider`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateSAMLProviderRequest {
    /// An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document
    /// includes the issuer's name, expiration information, and keys that can be used to validate
    /// the SAML authentication response (assertions) that are received from the IdP. You must
    /// generate the metadata document using the identity management software that is used as your
    /// organization's IdP.
    #[shape(name = "SAMLMetadataDocument")]
    pub saml_metadata_document: String,
    /// The name of the provider to create.
    pub name: String,
    /// A list of tags that you want to attach to the new IAM SAML provider. Each tag consists of a
    /// key name and an associated value. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// The private key generated from your external identity provider. The private key must be a
    /// .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions.
    pub add_private_key: Option<String>,
}

impl ::std::fmt::Debug for CreateSAMLProviderRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("name", &self.name)
            .field("tags", &self.tags)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field(
                "add_private_key",
                &self.add_private_key.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Contains the response to a successful
/// [CreateSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSAMLProviderResponse {
    /// The Amazon Resource Name (ARN) of the new SAML provider resource in IAM.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: Option<String>,
    /// A list of tags that are attached to the new IAM SAML provider. The returned list of tags is
    /// sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `CreateServiceLinkedRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceLinkedRoleRequest {
    /// The service principal for the Amazon Web Services service to which this role is attached.
    /// You use a string similar to a URL but without the http:// in front. For example:
    /// `elasticbeanstalk.amazonaws.com`.
    #[shape(name = "AWSServiceName")]
    pub aws_service_name: String,
    /// The description of the role.
    pub description: Option<String>,
    /// A string that you provide, which is combined with the service-provided prefix to form the
    /// complete role name. If you make multiple requests for the same service, then you must supply
    /// a different `CustomSuffix` for each request. Otherwise the request fails with a duplicate
    /// role name error. For example, you could add `-1` or `-debug` to the suffix.
    pub custom_suffix: Option<String>,
}

/// The output of `CreateServiceLinkedRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceLinkedRoleResponse {
    /// A [Role](https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html) object that
    /// contains details about the newly created role.
    pub role: Option<RoleShape>,
}

/// The input of `CreateServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceSpecificCredentialRequest {
    /// The name of the IAM user that is to be associated with the credentials. The new
    /// service-specific credentials have the same permissions as the associated user except that
    /// they can be used only to access the specified service.
    pub user_name: String,
    /// The name of the Amazon Web Services service that is to be associated with the credentials.
    /// The service you specify here is the only service that can be accessed using these
    /// credentials.
    pub service_name: String,
    /// The number of days until the service specific credential expires. This field is only valid
    /// for Bedrock and CloudWatch Logs API keys and must be a positive integer. When not specified,
    /// the credential will not expire.
    pub credential_age_days: Option<i32>,
}

/// The output of `CreateServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceSpecificCredentialResponse {
    /// A structure that contains information about the newly created service-specific credential.
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// The input of `CreateUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateUserRequest {
    /// The path for the user name. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The name of the user to create.
    pub user_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the user.
    pub permissions_boundary: Option<String>,
    /// A list of tags that you want to attach to the new user. Each tag consists of a key name and
    /// an associated value. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreateUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateUserResponse {
    /// A structure with details about the new IAM user.
    pub user: Option<UserShape>,
}

/// The input of `CreateVirtualMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVirtualMFADeviceRequest {
    /// The path for the virtual MFA device. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The name of the virtual MFA device, which must be unique. Use with path to uniquely identify
    /// a virtual MFA device.
    #[shape(name = "VirtualMFADeviceName")]
    pub virtual_mfa_device_name: String,
    /// A list of tags that you want to attach to the new IAM virtual MFA device. Each tag consists
    /// of a key name and an associated value. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful
/// [CreateVirtualMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVirtualMFADeviceResponse {
    /// A structure containing details about the new virtual MFA device.
    #[shape(name = "VirtualMFADevice")]
    pub virtual_mfa_device: VirtualMFADevice,
}

/// The input of `DeactivateMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateMFADeviceRequest {
    /// The name of the user whose MFA device you want to deactivate.
    pub user_name: Option<String>,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the
    /// serial number is the device ARN.
    pub serial_number: String,
}

/// Contains information about the permissions being delegated in a delegation request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DelegationPermission {
    /// This ARN maps to a pre-registered policy content for this partner. See the [partner
    /// onboarding documentation]() to understand how to create a delegation template.
    pub policy_template_arn: Option<String>,
    /// A list of policy parameters that define the scope and constraints of the delegated
    /// permissions.
    pub parameters: Option<Vec<PolicyParameter>>,
}

/// Contains information about a delegation request, including its status, permissions, and
/// associated metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DelegationRequest {
    /// The unique identifier for the delegation request.
    pub delegation_request_id: Option<String>,
    /// Amazon Web Services account ID of the owner of the delegation request.
    pub owner_account_id: Option<String>,
    /// Description of the delegation request. This is a message that is provided by the Amazon Web
    /// Services partner that filed the delegation request.
    pub description: Option<String>,
    /// A custom message that is added to the delegation request by the partner.
    pub request_message: Option<String>,
    /// Contains information about the permissions being delegated in a delegation request.
    pub permissions: Option<DelegationPermission>,
    /// JSON content of the associated permission policy of this delegation request.
    pub permission_policy: Option<String>,
    /// If the `PermissionPolicy` includes role creation permissions, this element will include the
    /// list of permissions boundary policies associated with the role creation. See [Permissions
    /// boundaries for IAM
    /// entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html)
    /// for more details about IAM permission boundaries.
    pub role_permission_restriction_arns: Option<Vec<String>>,
    /// ARN of the owner of this delegation request.
    pub owner_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub approver_id: Option<String>,
    /// The state of this delegation request.
    pub state: Option<StateType>,
    /// The expiry time of this delegation request
    pub expiration_time: Option<DateTime>,
    /// Identity of the requestor of this delegation request. This will be an Amazon Web Services
    /// account ID.
    pub requestor_id: Option<String>,
    /// A friendly name of the requestor.
    pub requestor_name: Option<String>,
    /// Creation date (timestamp) of this delegation request.
    pub create_date: Option<DateTime>,
    /// The life-time of the requested session credential.
    pub session_duration: Option<i32>,
    /// A URL to be redirected to once the delegation request is approved. Partners provide this URL
    /// when creating the delegation request.
    pub redirect_url: Option<String>,
    /// Notes added to this delegation request, if this request was updated via the
    /// [UpdateDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateDelegationRequest.html)
    /// API.
    pub notes: Option<String>,
    /// Reasons for rejecting this delegation request, if this request was rejected. See also
    /// [RejectDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_RejectDelegationRequest.html)
    /// API documentation.
    pub rejection_reason: Option<String>,
    /// A flag indicating whether the
    /// [SendDelegationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SendDelegationToken.html)
    /// must be called by the owner of this delegation request. This is set by the requesting
    /// partner.
    pub only_send_by_owner: Option<bool>,
    /// Last updated timestamp of the request.
    pub updated_time: Option<DateTime>,
}

/// The input of `DeleteAccessKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAccessKeyRequest {
    /// The name of the user whose access key pair you want to delete.
    pub user_name: Option<String>,
    /// The access key ID for the access key ID and secret access key you want to delete.
    pub access_key_id: String,
}

/// The input of `DeleteAccountAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountAliasRequest {
    /// The name of the account alias to delete.
    pub account_alias: String,
}

/// The input of `DeleteGroupPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteGroupPolicyRequest {
    /// The name (friendly name, not ARN) identifying the group that the policy is embedded in.
    pub group_name: String,
    /// The name identifying the policy document to delete.
    pub policy_name: String,
}

/// The input of `DeleteGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteGroupRequest {
    /// The name of the IAM group to delete.
    pub group_name: String,
}

/// The input of `DeleteInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteInstanceProfileRequest {
    /// The name of the instance profile to delete.
    pub instance_profile_name: String,
}

/// The input of `DeleteLoginProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLoginProfileRequest {
    /// The name of the user whose password you want to delete.
    pub user_name: Option<String>,
}

/// The input of `DeleteOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteOpenIDConnectProviderRequest {
    /// The Amazon Resource Name (ARN) of the IAM OpenID Connect provider resource object to delete.
    /// You can get a list of OpenID Connect provider resource ARNs by using the
    /// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
    /// operation.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
}

/// The input of `DeletePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePolicyRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy you want to delete.
    pub policy_arn: String,
}

/// The input of `DeletePolicyVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePolicyVersionRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy from which you want to delete a version.
    pub policy_arn: String,
    /// The policy version to delete.
    pub version_id: String,
}

/// The input of `DeleteRolePermissionsBoundary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRolePermissionsBoundaryRequest {
    /// The name (friendly name, not ARN) of the IAM role from which you want to remove the
    /// permissions boundary.
    pub role_name: String,
}

/// The input of `DeleteRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRolePolicyRequest {
    /// The name (friendly name, not ARN) identifying the role that the policy is embedded in.
    pub role_name: String,
    /// The name of the inline policy to delete from the specified IAM role.
    pub policy_name: String,
}

/// The input of `DeleteRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRoleRequest {
    /// The name of the role to delete.
    pub role_name: String,
}

/// The input of `DeleteSAMLProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSAMLProviderRequest {
    /// The Amazon Resource Name (ARN) of the SAML provider to delete.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
}

/// The input of `DeleteSSHPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSSHPublicKeyRequest {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    #[shape(name = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
}

/// The input of `DeleteServerCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServerCertificateRequest {
    /// The name of the server certificate you want to delete.
    pub server_certificate_name: String,
}

/// The input of `DeleteServiceLinkedRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServiceLinkedRoleRequest {
    /// The name of the service-linked role to be deleted.
    pub role_name: String,
}

/// The output of `DeleteServiceLinkedRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServiceLinkedRoleResponse {
    /// The deletion task identifier that you can use to check the status of the deletion. This
    /// identifier is returned in the format
    /// `task/aws-service-role/<service-principal-name>/<role-name>/<task-uuid>`.
    pub deletion_task_id: String,
}

/// The input of `DeleteServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServiceSpecificCredentialRequest {
    /// The name of the IAM user associated with the service-specific credential. If this value is
    /// not specified, then the operation assumes the user whose credentials are used to call the
    /// operation.
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential. You can get this value by calling
    /// [ListServiceSpecificCredentials](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServiceSpecificCredentials.html).
    pub service_specific_credential_id: String,
}

/// The input of `DeleteSigningCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSigningCertificateRequest {
    /// The name of the user the signing certificate belongs to.
    pub user_name: Option<String>,
    /// The ID of the signing certificate to delete.
    pub certificate_id: String,
}

/// The input of `DeleteUserPermissionsBoundary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteUserPermissionsBoundaryRequest {
    /// The name (friendly name, not ARN) of the IAM user from which you want to remove the
    /// permissions boundary.
    pub user_name: String,
}

/// The input of `DeleteUserPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteUserPolicyRequest {
    /// The name (friendly name, not ARN) identifying the user that the policy is embedded in.
    pub user_name: String,
    /// The name identifying the policy document to delete.
    pub policy_name: String,
}

/// The input of `DeleteUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteUserRequest {
    /// The name of the user to delete.
    pub user_name: String,
}

/// The input of `DeleteVirtualMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVirtualMFADeviceRequest {
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the
    /// serial number is the same as the ARN.
    pub serial_number: String,
}

/// The reason that the service-linked role deletion failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletionTaskFailureReasonType {
    /// A short description of the reason that the service-linked role deletion failed.
    pub reason: Option<String>,
    /// A list of objects that contains details about the service-linked role deletion failure, if
    /// that information is returned by the service. If the service-linked role has active sessions
    /// or if any resources that were used by the role have not been deleted from the linked
    /// service, the role can't be deleted. This parameter includes a list of the resources that are
    /// associated with the role and the Region in which the resources are being used.
    pub role_usage_list: Option<Vec<RoleUsageType>>,
}

/// The model's `DeletionTaskStatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeletionTaskStatusType {
    /// `SUCCEEDED`
    #[default]
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `NOT_STARTED`
    #[shape(name = "NOT_STARTED")]
    NotStarted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DetachGroupPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetachGroupPolicyRequest {
    /// The name (friendly name, not ARN) of the IAM group to detach the policy from.
    pub group_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    pub policy_arn: String,
}

/// The input of `DetachRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetachRolePolicyRequest {
    /// The name (friendly name, not ARN) of the IAM role to detach the policy from.
    pub role_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    pub policy_arn: String,
}

/// The input of `DetachUserPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetachUserPolicyRequest {
    /// The name (friendly name, not ARN) of the IAM user to detach the policy from.
    pub user_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    pub policy_arn: String,
}

/// The input of `DisableOrganizationsRootCredentialsManagement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootCredentialsManagementRequest {}

/// The output of `DisableOrganizationsRootCredentialsManagement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootCredentialsManagementResponse {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features enabled for centralized root access for member accounts in your organization.
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The input of `DisableOrganizationsRootSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootSessionsRequest {}

/// The output of `DisableOrganizationsRootSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootSessionsResponse {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access of member accounts in your
    /// organization.
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The input of `EnableMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableMFADeviceRequest {
    /// The name of the IAM user for whom you want to enable the MFA device.
    pub user_name: String,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the
    /// serial number is the device ARN.
    pub serial_number: String,
    /// An authentication code emitted by the device.
    pub authentication_code1: String,
    /// A subsequent authentication code emitted by the device.
    pub authentication_code2: String,
}

/// The input of `EnableOrganizationsRootCredentialsManagement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootCredentialsManagementRequest {}

/// The output of `EnableOrganizationsRootCredentialsManagement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootCredentialsManagementResponse {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access.
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The input of `EnableOrganizationsRootSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootSessionsRequest {}

/// The output of `EnableOrganizationsRootSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootSessionsResponse {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access.
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The output of `EnableOutboundWebIdentityFederation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableOutboundWebIdentityFederationResponse {
    /// A unique issuer URL for your Amazon Web Services account that hosts the OpenID Connect
    /// (OIDC) discovery endpoints at `/.well-known/openid-configuration and
    /// /.well-known/jwks.json`. The OpenID Connect (OIDC) discovery endpoints contain verification
    /// keys and metadata necessary for token verification.
    pub issuer_identifier: Option<String>,
}

/// The model's `encodingType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "encodingType")]
pub enum EncodingType {
    /// `SSH`
    #[default]
    #[shape(name = "SSH")]
    Ssh,
    /// `PEM`
    #[shape(name = "PEM")]
    Pem,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object that contains details about when the IAM entities (users or roles) were last used in
/// an attempt to access the specified Amazon Web Services service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EntityDetails {
    /// The `EntityInfo` object that contains details about the entity (user or role).
    pub entity_info: EntityInfo,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// authenticated entity last attempted to access Amazon Web Services. Amazon Web Services does
    /// not report unauthenticated requests.
    pub last_authenticated: Option<DateTime>,
}

/// Contains details about the specified entity (user or role).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EntityInfo {
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: String,
    /// The name of the entity (user or role).
    pub name: String,
    /// The type of entity (user or role).
    pub r#type: PolicyOwnerEntityType,
    /// The identifier of the entity (user or role).
    pub id: String,
    /// The path to the entity (user or role). For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
}

/// The model's `EntityType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EntityType {
    /// `User`
    #[default]
    User,
    /// `Role`
    Role,
    /// `Group`
    Group,
    /// `LocalManagedPolicy`
    LocalManagedPolicy,
    /// `AWSManagedPolicy`
    AWSManagedPolicy,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about the reason that the operation failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ErrorDetails {
    /// Detailed information about the reason that the operation failed.
    pub message: String,
    /// The error code associated with the operation failure.
    pub code: String,
}

/// Contains the results of a simulation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EvaluationResult {
    /// The name of the API operation tested on the indicated resource.
    pub eval_action_name: String,
    /// The ARN of the resource that the indicated API operation was tested on.
    pub eval_resource_name: Option<String>,
    /// The result of the simulation.
    pub eval_decision: PolicyEvaluationDecisionType,
    /// A list of the statements in the input policies that determine the result for this scenario.
    /// Remember that even if multiple statements allow the operation on the resource, if only one
    /// statement denies that operation, then the explicit deny overrides any allow. In addition,
    /// the deny statement is the only entry included in the result.
    pub matched_statements: Option<Vec<Statement>>,
    /// A list of context keys that are required by the included input policies but that were not
    /// provided by one of the input parameters. This list is used when the resource in a simulation
    /// is "\*", either explicitly, or when the `ResourceArns` parameter blank. If you include a
    /// list of resources, then any missing context values are instead included under the
    /// `ResourceSpecificResults` section. To discover the context keys used by a set of policies,
    /// you can call
    /// [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html)
    /// or
    /// [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    pub missing_context_values: Option<Vec<String>>,
    /// A structure that details how Organizations and its service control policies affect the
    /// results of the simulation. Only applies if the simulated user's account is part of an
    /// organization.
    pub organizations_decision_detail: Option<OrganizationsDecisionDetail>,
    /// Contains information about the effect that a permissions boundary has on a policy simulation
    /// when the boundary is applied to an IAM entity.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
    /// Additional details about the results of the cross-account evaluation decision. This
    /// parameter is populated for only cross-account simulations. It contains a brief summary of
    /// how each policy type contributes to the final evaluation decision.
    pub eval_decision_details: Option<HashMap<String, PolicyEvaluationDecisionType>>,
    /// The individual results of the simulation of the API operation specified in EvalActionName on
    /// each resource.
    pub resource_specific_results: Option<Vec<ResourceSpecificResult>>,
}

/// The model's `FeatureType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FeatureType {
    /// `RootCredentialsManagement`
    #[default]
    RootCredentialsManagement,
    /// `RootSessions`
    RootSessions,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the response to a successful
/// [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateCredentialReportResponse {
    /// Information about the state of the credential report.
    pub state: Option<ReportStateType>,
    /// Information about the credential report.
    pub description: Option<String>,
}

/// The input of `GenerateOrganizationsAccessReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateOrganizationsAccessReportRequest {
    /// The path of the Organizations entity (root, OU, or account). You can build an entity path
    /// using the known structure of your organization. For example, assume that your account ID is
    /// `123456789012` and its parent OU ID is `ou-rge0-awsabcde`. The organization root ID is
    /// `r-f6g7h8i9j0example` and your organization ID is `o-a1b2c3d4e5`. Your entity path is
    /// `o-a1b2c3d4e5/r-f6g7h8i9j0example/ou-rge0-awsabcde/123456789012`.
    pub entity_path: String,
    /// The identifier of the Organizations service control policy (SCP). This parameter is
    /// optional.
    pub organizations_policy_id: Option<String>,
}

/// The output of `GenerateOrganizationsAccessReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateOrganizationsAccessReportResponse {
    /// The job identifier that you can use in the
    /// [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html)
    /// operation.
    pub job_id: Option<String>,
}

/// The input of `GenerateServiceLastAccessedDetails`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateServiceLastAccessedDetailsRequest {
    /// The ARN of the IAM resource (user, group, role, or managed policy) used to generate
    /// information about when the resource was last used in an attempt to access an Amazon Web
    /// Services service.
    pub arn: String,
    /// The level of detail that you want to generate. You can specify whether you want to generate
    /// information about the last attempt to access services or actions. If you specify
    /// service-level granularity, this operation generates only service data. If you specify
    /// action-level granularity, it generates service and action data. If you don't include this
    /// optional parameter, the operation generates service data.
    pub granularity: Option<AccessAdvisorUsageGranularityType>,
}

/// The output of `GenerateServiceLastAccessedDetails`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GenerateServiceLastAccessedDetailsResponse {
    /// The `JobId` that you can use in the
    /// [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html)
    /// or
    /// [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html)
    /// operations. The `JobId` returned by `GenerateServiceLastAccessedDetail` must be used by the
    /// same role within a session, or by the same user when used to call
    /// `GetServiceLastAccessedDetail`.
    pub job_id: Option<String>,
}

/// The input of `GetAccessKeyLastUsed`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessKeyLastUsedRequest {
    /// The identifier of an access key.
    pub access_key_id: String,
}

/// Contains the response to a successful
/// [GetAccessKeyLastUsed](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html)
/// request. It is also returned as a member of the
/// [AccessKeyMetaData](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyMetaData.html)
/// structure returned by the
/// [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html)
/// action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessKeyLastUsedResponse {
    /// The name of the IAM user that owns this access key.
    pub user_name: Option<String>,
    /// Contains information about the last time the access key was used.
    pub access_key_last_used: Option<AccessKeyLastUsed>,
}

/// The input of `GetAccountAuthorizationDetails`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountAuthorizationDetailsRequest {
    /// A list of entity types used to filter the results. Only the entities that match the types
    /// you specify are included in the output. Use the value `LocalManagedPolicy` to include
    /// customer managed policies.
    pub filter: Option<Vec<EntityType>>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}

/// Contains the response to a successful
/// [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountAuthorizationDetailsResponse {
    /// A list containing information about IAM users.
    pub user_detail_list: Option<Vec<UserDetail>>,
    /// A list containing information about IAM groups.
    pub group_detail_list: Option<Vec<GroupDetail>>,
    /// A list containing information about IAM roles.
    pub role_detail_list: Option<Vec<RoleDetail>>,
    /// A list containing information about managed policies.
    pub policies: Option<Vec<ManagedPolicyDetail>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// Contains the response to a successful
/// [GetAccountPasswordPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountPasswordPolicyResponse {
    /// A structure that contains details about the account's password policy.
    pub password_policy: PasswordPolicy,
}

/// Contains the response to a successful
/// [GetAccountSummary](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountSummaryResponse {
    /// A set of key–value pairs containing information about IAM entity usage and IAM quotas.
    pub summary_map: Option<HashMap<String, i32>>,
}

/// The input of `GetContextKeysForCustomPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetContextKeysForCustomPolicyRequest {
    /// A list of policies for which you want the list of context keys referenced in those policies.
    /// Each document is specified as a string containing the complete, valid JSON text of an IAM
    /// policy.
    pub policy_input_list: Vec<String>,
}

/// Contains the response to a successful
/// [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html)
/// or
/// [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetContextKeysForPolicyResponse {
    /// The list of context keys that are referenced in the input policies.
    pub context_key_names: Option<Vec<String>>,
}

/// The input of `GetContextKeysForPrincipalPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetContextKeysForPrincipalPolicyRequest {
    /// The ARN of a user, group, or role whose policies contain the context keys that you want
    /// listed. If you specify a user, the list includes context keys that are found in all policies
    /// that are attached to the user. The list also includes all groups that the user is a member
    /// of. If you pick a group or a role, then it includes only those context keys that are found
    /// in policies attached to that entity. Note that all parameters are shown in unencoded form
    /// here for clarity, but must be URL encoded to be included as a part of a real HTML request.
    pub policy_source_arn: String,
    /// An optional list of additional policies for which you want the list of context keys that are
    /// referenced.
    pub policy_input_list: Option<Vec<String>>,
}

/// Contains the response to a successful
/// [GetCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCredentialReportResponse {
    /// Contains the credential report. The report is Base64-encoded.
    pub content: Option<Blob>,
    /// The format (MIME type) of the credential report.
    pub report_format: Option<ReportFormatType>,
    /// The date and time when the credential report was created, in [ISO 8601 date-time
    /// format](http://www.iso.org/iso/iso8601).
    pub generated_time: Option<DateTime>,
}

/// The input of `GetDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDelegationRequestRequest {
    /// The unique identifier of the delegation request to retrieve.
    pub delegation_request_id: String,
    /// Specifies whether to perform a permission check for the delegation request.
    pub delegation_permission_check: Option<bool>,
}

/// The output of `GetDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDelegationRequestResponse {
    /// The delegation request object containing all details about the request.
    pub delegation_request: Option<DelegationRequest>,
    /// The status of the permission check for the delegation request.
    pub permission_check_status: Option<PermissionCheckStatusType>,
    /// The result of the permission check, indicating whether the caller has sufficient permissions
    /// to cover the requested permissions. This is an approximate result.
    pub permission_check_result: Option<PermissionCheckResultType>,
}

/// The input of `GetGroupPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGroupPolicyRequest {
    /// The name of the group the policy is associated with.
    pub group_name: String,
    /// The name of the policy document to get.
    pub policy_name: String,
}

/// Contains the response to a successful
/// [GetGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGroupPolicyResponse {
    /// The group the policy is associated with.
    pub group_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `GetGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGroupRequest {
    /// The name of the group.
    pub group_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [GetGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGroupResponse {
    /// A structure that contains details about the group.
    pub group: GroupShape,
    /// A list of users in the group.
    pub users: Vec<UserShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `GetHumanReadableSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetHumanReadableSummaryRequest {
    /// Arn of the entity to be summarized. At this time, the only supported entity type is
    /// `delegation-request`
    pub entity_arn: String,
    /// A string representing the locale to use for the summary generation. The supported locale
    /// strings are based on the [ Supported languages of the Amazon Web Services Management Console
    /// ](/awsconsolehelpdocs/latest/gsg/change-language.html#supported-languages).
    pub locale: Option<String>,
}

/// The output of `GetHumanReadableSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetHumanReadableSummaryResponse {
    /// Summary content in the specified locale. Summary content is non-empty only if the
    /// `SummaryState` is `AVAILABLE`.
    pub summary_content: Option<String>,
    /// The locale that this response was generated for. This maps to the input locale.
    pub locale: Option<String>,
    /// State of summary generation. This generation process is asynchronous and this attribute
    /// indicates the state of the generation process.
    pub summary_state: Option<SummaryStateType>,
}

/// The input of `GetInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInstanceProfileRequest {
    /// The name of the instance profile to get information about.
    pub instance_profile_name: String,
}

/// Contains the response to a successful
/// [GetInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInstanceProfileResponse {
    /// A structure containing details about the instance profile.
    pub instance_profile: InstanceProfileShape,
}

/// The input of `GetLoginProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLoginProfileRequest {
    /// The name of the user whose login profile you want to retrieve.
    pub user_name: Option<String>,
}

/// Contains the response to a successful
/// [GetLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLoginProfileResponse {
    /// A structure containing the user name and the profile creation date for the user.
    pub login_profile: LoginProfileShape,
}

/// The input of `GetMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMFADeviceRequest {
    /// Serial number that uniquely identifies the MFA device. For this API, we only accept FIDO
    /// security key [ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
    pub serial_number: String,
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
}

/// The output of `GetMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMFADeviceResponse {
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
    /// Serial number that uniquely identifies the MFA device. For this API, we only accept FIDO
    /// security key [ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
    pub serial_number: String,
    /// The date that a specified user's MFA device was first enabled.
    pub enable_date: Option<DateTime>,
    /// The certifications of a specified user's MFA device. We currently provide FIPS-140-2,
    /// FIPS-140-3, and FIDO certification levels obtained from [ FIDO Alliance Metadata Service
    /// (MDS)](https://fidoalliance.org/metadata/).
    pub certifications: Option<HashMap<String, String>>,
}

/// The input of `GetOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpenIDConnectProviderRequest {
    /// The Amazon Resource Name (ARN) of the OIDC provider resource object in IAM to get
    /// information for. You can get a list of OIDC provider resource ARNs by using the
    /// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
    /// operation.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
}

/// Contains the response to a successful
/// [GetOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOpenIDConnectProvider.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpenIDConnectProviderResponse {
    /// The URL that the IAM OIDC provider resource object is associated with. For more information,
    /// see
    /// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub url: Option<String>,
    /// A list of client IDs (also known as audiences) that are associated with the specified IAM
    /// OIDC provider resource object. For more information, see
    /// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    #[shape(name = "ClientIDList")]
    pub client_id_list: Option<Vec<String>>,
    /// A list of certificate thumbprints that are associated with the specified IAM OIDC provider
    /// resource object. For more information, see
    /// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub thumbprint_list: Option<Vec<String>>,
    /// The date and time when the IAM OIDC provider resource object was created in the Amazon Web
    /// Services account.
    pub create_date: Option<DateTime>,
    /// A list of tags that are attached to the specified IAM OIDC provider. The returned list of
    /// tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `GetOrganizationsAccessReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOrganizationsAccessReportRequest {
    /// The identifier of the request generated by the
    /// [GenerateOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html)
    /// operation.
    pub job_id: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// The key that is used to sort the results. If you choose the namespace key, the results are
    /// returned in alphabetical order. If you choose the time key, the results are sorted
    /// numerically by the date and time.
    pub sort_key: Option<SortKeyType>,
}

/// The output of `GetOrganizationsAccessReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOrganizationsAccessReportResponse {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// report job was created.
    pub job_creation_date: DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// generated report job was completed or failed.
    pub job_completion_date: Option<DateTime>,
    /// The number of services that the applicable SCPs allow account principals to access.
    pub number_of_services_accessible: Option<i32>,
    /// The number of services that account principals are allowed but did not attempt to access.
    pub number_of_services_not_accessed: Option<i32>,
    /// An object that contains details about the most recent attempt to access the service.
    pub access_details: Option<Vec<AccessDetail>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Contains information about the reason that the operation failed.
    pub error_details: Option<ErrorDetails>,
}

/// The output of `GetOutboundWebIdentityFederationInfo`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOutboundWebIdentityFederationInfoResponse {
    /// A unique issuer URL for your Amazon Web Services account that hosts the OpenID Connect
    /// (OIDC) discovery endpoints at `/.well-known/openid-configuration and
    /// /.well-known/jwks.json`. The OpenID Connect (OIDC) discovery endpoints contain verification
    /// keys and metadata necessary for token verification.
    pub issuer_identifier: Option<String>,
    /// Indicates whether outbound identity federation is currently enabled for your Amazon Web
    /// Services account. When true, IAM principals in the account can call the
    /// `GetWebIdentityToken` API to obtain JSON Web Tokens (JWTs) for authentication with external
    /// services.
    pub jwt_vending_enabled: Option<bool>,
}

/// The input of `GetPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyRequest {
    /// The Amazon Resource Name (ARN) of the managed policy that you want information about.
    pub policy_arn: String,
}

/// Contains the response to a successful
/// [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyResponse {
    /// A structure containing details about the policy.
    pub policy: Option<PolicyShape>,
}

/// The input of `GetPolicyVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyVersionRequest {
    /// The Amazon Resource Name (ARN) of the managed policy that you want information about.
    pub policy_arn: String,
    /// Identifies the policy version to retrieve.
    pub version_id: String,
}

/// Contains the response to a successful
/// [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyVersionResponse {
    /// A structure containing details about the policy version.
    pub policy_version: Option<PolicyVersionShape>,
}

/// The input of `GetRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRolePolicyRequest {
    /// The name of the role associated with the policy.
    pub role_name: String,
    /// The name of the policy document to get.
    pub policy_name: String,
}

/// Contains the response to a successful
/// [GetRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRolePolicyResponse {
    /// The role the policy is associated with.
    pub role_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `GetRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRoleRequest {
    /// The name of the IAM role to get information about.
    pub role_name: String,
}

/// Contains the response to a successful
/// [GetRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRoleResponse {
    /// A structure containing details about the IAM role.
    pub role: RoleShape,
}

/// The input of `GetSAMLProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSAMLProviderRequest {
    /// The Amazon Resource Name (ARN) of the SAML provider resource object in IAM to get
    /// information about.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
}

/// Contains the response to a successful
/// [GetSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSAMLProviderResponse {
    /// The unique identifier assigned to the SAML provider.
    #[shape(name = "SAMLProviderUUID")]
    pub saml_provider_uuid: Option<String>,
    /// The XML metadata document that includes information about an identity provider.
    #[shape(name = "SAMLMetadataDocument")]
    pub saml_metadata_document: Option<String>,
    /// The date and time when the SAML provider was created.
    pub create_date: Option<DateTime>,
    /// The expiration date and time for the SAML provider.
    pub valid_until: Option<DateTime>,
    /// A list of tags that are attached to the specified IAM SAML provider. The returned list of
    /// tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// The private key metadata for the SAML provider.
    pub private_key_list: Option<Vec<SAMLPrivateKey>>,
}

/// The input of `GetSSHPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSSHPublicKeyRequest {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    #[shape(name = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    /// Specifies the public key encoding format to use in the response. To retrieve the public key
    /// in ssh-rsa format, use `SSH`. To retrieve the public key in PEM format, use `PEM`.
    pub encoding: EncodingType,
}

/// Contains the response to a successful
/// [GetSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSSHPublicKey.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSSHPublicKeyResponse {
    /// A structure containing details about the SSH public key.
    #[shape(name = "SSHPublicKey")]
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The input of `GetServerCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServerCertificateRequest {
    /// The name of the server certificate you want to retrieve information about.
    pub server_certificate_name: String,
}

/// Contains the response to a successful
/// [GetServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServerCertificate.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServerCertificateResponse {
    /// A structure containing details about the server certificate.
    pub server_certificate: ServerCertificateShape,
}

/// The input of `GetServiceLastAccessedDetails`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsRequest {
    /// The ID of the request generated by the
    /// [GenerateServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateServiceLastAccessedDetails.html)
    /// operation. The `JobId` returned by `GenerateServiceLastAccessedDetail` must be used by the
    /// same role within a session, or by the same user when used to call
    /// `GetServiceLastAccessedDetail`.
    pub job_id: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}

/// The output of `GetServiceLastAccessedDetails`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsResponse {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The type of job. Service jobs return information about when each service was last accessed.
    /// Action jobs also include information about when tracked actions within the service were last
    /// accessed.
    pub job_type: Option<AccessAdvisorUsageGranularityType>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// report job was created.
    pub job_creation_date: DateTime,
    /// A `ServiceLastAccessed` object that contains details about the most recent attempt to access
    /// the service.
    pub services_last_accessed: Vec<ServiceLastAccessed>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// generated report job was completed or failed.
    pub job_completion_date: DateTime,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// An object that contains details about the reason the operation failed.
    pub error: Option<ErrorDetails>,
}

/// The input of `GetServiceLastAccessedDetailsWithEntities`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesRequest {
    /// The ID of the request generated by the `GenerateServiceLastAccessedDetails` operation.
    pub job_id: String,
    /// The service namespace for an Amazon Web Services service. Provide the service namespace to
    /// learn when the IAM entity last attempted to access the specified service.
    pub service_namespace: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}

/// The output of `GetServiceLastAccessedDetailsWithEntities`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesResponse {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// report job was created.
    pub job_creation_date: DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// generated report job was completed or failed.
    pub job_completion_date: DateTime,
    /// An `EntityDetailsList` object that contains details about when an IAM entity (user or role)
    /// used group or policy permissions in an attempt to access the specified Amazon Web Services
    /// service.
    pub entity_details_list: Vec<EntityDetails>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// An object that contains details about the reason the operation failed.
    pub error: Option<ErrorDetails>,
}

/// The input of `GetServiceLinkedRoleDeletionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    /// The deletion task identifier. This identifier is returned by the
    /// [DeleteServiceLinkedRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html)
    /// operation in the format
    /// `task/aws-service-role/<service-principal-name>/<role-name>/<task-uuid>`.
    pub deletion_task_id: String,
}

/// The output of `GetServiceLinkedRoleDeletionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    /// The status of the deletion.
    pub status: DeletionTaskStatusType,
    /// An object that contains details about the reason the deletion failed.
    pub reason: Option<DeletionTaskFailureReasonType>,
}

/// The input of `GetUserPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetUserPolicyRequest {
    /// The name of the user who the policy is associated with.
    pub user_name: String,
    /// The name of the policy document to get.
    pub policy_name: String,
}

/// Contains the response to a successful
/// [GetUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetUserPolicyResponse {
    /// The user the policy is associated with.
    pub user_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `GetUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetUserRequest {
    /// The name of the user to get information about.
    pub user_name: Option<String>,
}

/// Contains the response to a successful
/// [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetUserResponse {
    /// A structure containing details about the IAM user.
    pub user: UserShape,
}

/// The model's `globalEndpointTokenVersion`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "globalEndpointTokenVersion")]
pub enum GlobalEndpointTokenVersion {
    /// `v1Token`
    #[default]
    #[shape(name = "v1Token")]
    V1Token,
    /// `v2Token`
    #[shape(name = "v2Token")]
    V2Token,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about an IAM group, including all of the group's policies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GroupDetail {
    /// The path to the group. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name that identifies the group.
    pub group_name: Option<String>,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub group_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// group was created.
    pub create_date: Option<DateTime>,
    /// A list of the inline policies embedded in the group.
    pub group_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of the managed policies attached to the group.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
}

/// Contains information about an IAM group entity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Group")]
pub struct GroupShape {
    /// The path to the group. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: String,
    /// The friendly name that identifies the group.
    pub group_name: String,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub group_id: String,
    /// The Amazon Resource Name (ARN) specifying the group. For more information about ARNs and how
    /// to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// group was created.
    pub create_date: DateTime,
}

/// Contains information about an instance profile.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "InstanceProfile")]
pub struct InstanceProfileShape {
    /// The path to the instance profile. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: String,
    /// The name identifying the instance profile.
    pub instance_profile_name: String,
    /// The stable and unique string identifying the instance profile. For more information about
    /// IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub instance_profile_id: String,
    /// The Amazon Resource Name (ARN) specifying the instance profile. For more information about
    /// ARNs and how to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub arn: String,
    /// The date when the instance profile was created.
    pub create_date: DateTime,
    /// The role associated with the instance profile.
    pub roles: Vec<RoleShape>,
    /// A list of tags that are attached to the instance profile. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The model's `jobStatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "jobStatusType")]
pub enum JobStatusType {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListAccessKeys`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccessKeysRequest {
    /// The name of the user.
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccessKeysResponse {
    /// A list of objects containing metadata about the access keys.
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListAccountAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccountAliasesRequest {
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListAccountAliases](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccountAliasesResponse {
    /// A list of aliases associated with the account. Amazon Web Services supports only one alias
    /// per account.
    pub account_aliases: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListAttachedGroupPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedGroupPoliciesRequest {
    /// The name (friendly name, not ARN) of the group to list attached policies for.
    pub group_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not
    /// included, it defaults to a slash (/), listing all policies.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListAttachedGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedGroupPoliciesResponse {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListAttachedRolePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedRolePoliciesRequest {
    /// The name (friendly name, not ARN) of the role to list attached policies for.
    pub role_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not
    /// included, it defaults to a slash (/), listing all policies.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListAttachedRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedRolePoliciesResponse {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListAttachedUserPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedUserPoliciesRequest {
    /// The name (friendly name, not ARN) of the user to list attached policies for.
    pub user_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not
    /// included, it defaults to a slash (/), listing all policies.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListAttachedUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttachedUserPoliciesResponse {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListDelegationRequests`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDelegationRequestsRequest {
    /// The owner ID to filter delegation requests by.
    pub owner_id: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListDelegationRequests`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDelegationRequestsResponse {
    /// A list of delegation requests that match the specified criteria.
    pub delegation_requests: Option<Vec<DelegationRequest>>,
    /// When `isTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items.
    #[shape(name = "isTruncated")]
    pub is_truncated: Option<bool>,
}

/// The input of `ListEntitiesForPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEntitiesForPolicyRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy for which you want the versions.
    pub policy_arn: String,
    /// The entity type to use for filtering the results.
    pub entity_filter: Option<EntityType>,
    /// The path prefix for filtering the results. This parameter is optional. If it is not
    /// included, it defaults to a slash (/), listing all entities.
    pub path_prefix: Option<String>,
    /// The policy usage method to use for filtering the results.
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEntitiesForPolicyResponse {
    /// A list of IAM groups that the policy is attached to.
    pub policy_groups: Option<Vec<PolicyGroup>>,
    /// A list of IAM users that the policy is attached to.
    pub policy_users: Option<Vec<PolicyUser>>,
    /// A list of IAM roles that the policy is attached to.
    pub policy_roles: Option<Vec<PolicyRole>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListGroupPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupPoliciesRequest {
    /// The name of the group to list policies for.
    pub group_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupPoliciesResponse {
    /// A list of policy names.
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListGroupsForUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupsForUserRequest {
    /// The name of the user to list groups for.
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListGroupsForUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupsForUserResponse {
    /// A list of groups.
    pub groups: Vec<GroupShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupsRequest {
    /// The path prefix for filtering the results. For example, the prefix
    /// `/division_abc/subdivision_xyz/` gets all groups whose path starts with
    /// `/division_abc/subdivision_xyz/`.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListGroups](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGroupsResponse {
    /// A list of groups.
    pub groups: Vec<GroupShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListInstanceProfileTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfileTagsRequest {
    /// The name of the IAM instance profile whose tags you want to see.
    pub instance_profile_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListInstanceProfileTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfileTagsResponse {
    /// The list of tags that are currently attached to the IAM instance profile. Each tag consists
    /// of a key name and an associated value. If no tags are attached to the specified resource,
    /// the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListInstanceProfilesForRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfilesForRoleRequest {
    /// The name of the role to list instance profiles for.
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListInstanceProfilesForRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfilesForRoleResponse {
    /// A list of instance profiles.
    pub instance_profiles: Vec<InstanceProfileShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListInstanceProfiles`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfilesRequest {
    /// The path prefix for filtering the results. For example, the prefix
    /// `/application_abc/component_xyz/` gets all instance profiles whose path starts with
    /// `/application_abc/component_xyz/`.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListInstanceProfiles](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInstanceProfilesResponse {
    /// A list of instance profiles.
    pub instance_profiles: Vec<InstanceProfileShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListMFADeviceTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMFADeviceTagsRequest {
    /// The unique identifier for the IAM virtual MFA device whose tags you want to see. For virtual
    /// MFA devices, the serial number is the same as the ARN.
    pub serial_number: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListMFADeviceTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMFADeviceTagsResponse {
    /// The list of tags that are currently attached to the virtual MFA device. Each tag consists of
    /// a key name and an associated value. If no tags are attached to the specified resource, the
    /// response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListMFADevices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMFADevicesRequest {
    /// The name of the user whose MFA devices you want to list.
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListMFADevices](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMFADevicesResponse {
    /// A list of MFA devices.
    #[shape(name = "MFADevices")]
    pub mfa_devices: Vec<MFADevice>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListOpenIDConnectProviderTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpenIDConnectProviderTagsRequest {
    /// The ARN of the OpenID Connect (OIDC) identity provider whose tags you want to see.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListOpenIDConnectProviderTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpenIDConnectProviderTagsResponse {
    /// The list of tags that are currently attached to the OpenID Connect (OIDC) identity provider.
    /// Each tag consists of a key name and an associated value. If no tags are attached to the
    /// specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListOpenIDConnectProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpenIDConnectProvidersRequest {}

/// Contains the response to a successful
/// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpenIDConnectProvidersResponse {
    /// The list of IAM OIDC provider resource objects defined in the Amazon Web Services account.
    #[shape(name = "OpenIDConnectProviderList")]
    pub open_id_connect_provider_list: Option<Vec<OpenIDConnectProviderListEntry>>,
}

/// The input of `ListOrganizationsFeatures`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOrganizationsFeaturesRequest {}

/// The output of `ListOrganizationsFeatures`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOrganizationsFeaturesResponse {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// Specifies the features that are currently available in your organization.
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// Contains details about the permissions policies that are attached to the specified identity
/// (user, group, or role).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    /// The namespace of the service that was accessed.
    pub service_namespace: Option<String>,
    /// The `PoliciesGrantingServiceAccess` object that contains details about the policy.
    pub policies: Option<Vec<PolicyGrantingServiceAccess>>,
}

/// The input of `ListPoliciesGrantingServiceAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessRequest {
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// The ARN of the IAM identity (user, group, or role) whose policies you want to list.
    pub arn: String,
    /// The service namespace for the Amazon Web Services services whose policies you want to list.
    pub service_namespaces: Vec<String>,
}

/// The output of `ListPoliciesGrantingServiceAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessResponse {
    /// A `ListPoliciesGrantingServiceAccess` object that contains details about the permissions
    /// policies attached to the specified identity (user, group, or role).
    pub policies_granting_service_access: Vec<ListPoliciesGrantingServiceAccessEntry>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. We recommend that you check `IsTruncated` after every call to ensure
    /// that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPoliciesRequest {
    /// The scope to use for filtering the results.
    pub scope: Option<PolicyScopeType>,
    /// A flag to filter the results to only the attached policies.
    pub only_attached: Option<bool>,
    /// The path prefix for filtering the results. This parameter is optional. If it is not
    /// included, it defaults to a slash (/), listing all policies. This parameter allows (through
    /// its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of
    /// either a forward slash (/) by itself or a string that must begin and end with forward
    /// slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the
    /// DEL character (`\u007F`), including most punctuation characters, digits, and upper and
    /// lowercased letters.
    pub path_prefix: Option<String>,
    /// The policy usage method to use for filtering the results.
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPoliciesResponse {
    /// A list of policies.
    pub policies: Option<Vec<PolicyShape>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListPolicyTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPolicyTagsRequest {
    /// The ARN of the IAM customer managed policy whose tags you want to see.
    pub policy_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListPolicyTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPolicyTagsResponse {
    /// The list of tags that are currently attached to the IAM customer managed policy. Each tag
    /// consists of a key name and an associated value. If no tags are attached to the specified
    /// resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListPolicyVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPolicyVersionsRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy for which you want the versions.
    pub policy_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPolicyVersionsResponse {
    /// A list of policy versions.
    pub versions: Option<Vec<PolicyVersionShape>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListRolePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRolePoliciesRequest {
    /// The name of the role to list policies for.
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRolePoliciesResponse {
    /// A list of policy names.
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListRoleTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRoleTagsRequest {
    /// The name of the IAM role for which you want to see the list of tags.
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListRoleTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRoleTagsResponse {
    /// The list of tags that are currently attached to the role. Each tag consists of a key name
    /// and an associated value. If no tags are attached to the specified resource, the response
    /// contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListRoles`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRolesRequest {
    /// The path prefix for filtering the results. For example, the prefix
    /// `/application_abc/component_xyz/` gets all roles whose path starts with
    /// `/application_abc/component_xyz/`.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListRoles](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRolesResponse {
    /// A list of roles.
    pub roles: Vec<RoleShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListSAMLProviderTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSAMLProviderTagsRequest {
    /// The ARN of the Security Assertion Markup Language (SAML) identity provider whose tags you
    /// want to see.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListSAMLProviderTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSAMLProviderTagsResponse {
    /// The list of tags that are currently attached to the Security Assertion Markup Language
    /// (SAML) identity provider. Each tag consists of a key name and an associated value. If no
    /// tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListSAMLProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSAMLProvidersRequest {}

/// Contains the response to a successful
/// [ListSAMLProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSAMLProviders.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSAMLProvidersResponse {
    /// The list of SAML provider resource objects defined in IAM for this Amazon Web Services
    /// account.
    #[shape(name = "SAMLProviderList")]
    pub saml_provider_list: Option<Vec<SAMLProviderListEntry>>,
}

/// The input of `ListSSHPublicKeys`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSSHPublicKeysRequest {
    /// The name of the IAM user to list SSH public keys for. If none is specified, the `UserName`
    /// field is determined implicitly based on the Amazon Web Services access key used to sign the
    /// request.
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListSSHPublicKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSSHPublicKeys.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSSHPublicKeysResponse {
    /// A list of the SSH public keys assigned to IAM user.
    #[shape(name = "SSHPublicKeys")]
    pub ssh_public_keys: Option<Vec<SSHPublicKeyMetadata>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListServerCertificateTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServerCertificateTagsRequest {
    /// The name of the IAM server certificate whose tags you want to see.
    pub server_certificate_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListServerCertificateTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServerCertificateTagsResponse {
    /// The list of tags that are currently attached to the IAM server certificate. Each tag
    /// consists of a key name and an associated value. If no tags are attached to the specified
    /// resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListServerCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServerCertificatesRequest {
    /// The path prefix for filtering the results. For example: `/company/servercerts` would get all
    /// server certificates for which the path starts with `/company/servercerts`.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListServerCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificates.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServerCertificatesResponse {
    /// A list of server certificates.
    pub server_certificate_metadata_list: Vec<ServerCertificateMetadata>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListServiceSpecificCredentials`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServiceSpecificCredentialsRequest {
    /// The name of the user whose service-specific credentials you want information about. If this
    /// value is not specified, then the operation assumes the user whose credentials are used to
    /// call the operation.
    pub user_name: Option<String>,
    /// Filters the returned results to only those for the specified Amazon Web Services service. If
    /// not specified, then Amazon Web Services returns service-specific credentials for all
    /// services.
    pub service_name: Option<String>,
    /// A flag indicating whether to list service specific credentials for all users. This parameter
    /// cannot be specified together with UserName. When true, returns all credentials associated
    /// with the specified service.
    pub all_users: Option<bool>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the Marker from the
    /// response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the IsTruncated
    /// response element is true.
    pub max_items: Option<i32>,
}

/// The output of `ListServiceSpecificCredentials`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServiceSpecificCredentialsResponse {
    /// A list of structures that each contain details about a service-specific credential.
    pub service_specific_credentials: Option<Vec<ServiceSpecificCredentialMetadata>>,
    /// When IsTruncated is true, this element is present and contains the value to use for the
    /// Marker parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the Marker request parameter
    /// to retrieve more items.
    pub is_truncated: Option<bool>,
}

/// The input of `ListSigningCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSigningCertificatesRequest {
    /// The name of the IAM user whose signing certificates you want to examine.
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListSigningCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSigningCertificates.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSigningCertificatesResponse {
    /// A list of the user's signing certificate information.
    pub certificates: Vec<SigningCertificateShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListUserPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUserPoliciesRequest {
    /// The name of the user to list policies for.
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUserPoliciesResponse {
    /// A list of policy names.
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListUserTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUserTagsRequest {
    /// The name of the IAM user whose tags you want to see.
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// The output of `ListUserTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUserTagsResponse {
    /// The list of tags that are currently attached to the user. Each tag consists of a key name
    /// and an associated value. If no tags are attached to the specified resource, the response
    /// contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListUsers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUsersRequest {
    /// The path prefix for filtering the results. For example: `/division_abc/subdivision_xyz/`,
    /// which would get all user names whose path starts with `/division_abc/subdivision_xyz/`.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListUsers](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html) request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListUsersResponse {
    /// A list of users.
    pub users: Vec<UserShape>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `ListVirtualMFADevices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVirtualMFADevicesRequest {
    /// The status (`Unassigned` or `Assigned`) of the devices to list. If you do not specify an
    /// `AssignmentStatus`, the operation defaults to `Any`, which lists both assigned and
    /// unassigned virtual MFA devices.,
    pub assignment_status: Option<AssignmentStatusType>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
}

/// Contains the response to a successful
/// [ListVirtualMFADevices](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVirtualMFADevicesResponse {
    /// The list of virtual MFA devices in the current account that match the `AssignmentStatus`
    /// value that was passed in the request.
    #[shape(name = "VirtualMFADevices")]
    pub virtual_mfa_devices: Vec<VirtualMFADevice>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// Contains the user name and password create date for a user.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "LoginProfile")]
pub struct LoginProfileShape {
    /// The name of the user, which can be used for signing in to the Amazon Web Services Management
    /// Console.
    pub user_name: String,
    /// The date when the password for the user was created.
    pub create_date: DateTime,
    /// Specifies whether the user is required to set a new password on next sign-in.
    pub password_reset_required: Option<bool>,
}

/// Contains information about an MFA device.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MFADevice {
    /// The user with whom the MFA device is associated.
    pub user_name: String,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the
    /// serial number is the device ARN.
    pub serial_number: String,
    /// The date when the MFA device was enabled for the user.
    pub enable_date: DateTime,
}

/// Contains information about a managed policy, including the policy's ARN, versions, and the
/// number of principal entities (users, groups, and roles) that the policy is attached to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedPolicyDetail {
    /// The friendly name (not ARN) identifying the policy.
    pub policy_name: Option<String>,
    /// The stable and unique string identifying the policy.
    pub policy_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
    /// The path to the policy.
    pub path: Option<String>,
    /// The identifier for the version of the policy that is set as the default (operative) version.
    pub default_version_id: Option<String>,
    /// The number of principal entities (users, groups, and roles) that the policy is attached to.
    pub attachment_count: Option<i32>,
    /// The number of entities (users and roles) for which the policy is used as the permissions
    /// boundary.
    pub permissions_boundary_usage_count: Option<i32>,
    /// Specifies whether the policy can be attached to an IAM user, group, or role.
    pub is_attachable: Option<bool>,
    /// A friendly description of the policy.
    pub description: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was created.
    pub create_date: Option<DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was last updated.
    pub update_date: Option<DateTime>,
    /// A list containing information about the versions of the policy.
    pub policy_version_list: Option<Vec<PolicyVersionShape>>,
}

/// Contains the Amazon Resource Name (ARN) for an IAM OpenID Connect provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenIDConnectProviderListEntry {
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
}

/// Contains information about the effect that Organizations has on a policy simulation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OrganizationsDecisionDetail {
    /// Specifies whether the simulated operation is allowed by the Organizations service control
    /// policies that impact the simulated user's account.
    pub allowed_by_organizations: Option<bool>,
}

/// Contains information about the account password policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PasswordPolicy {
    /// Minimum length to require for IAM user passwords.
    pub minimum_password_length: Option<i32>,
    /// Specifies whether IAM user passwords must contain at least one of the following symbols:
    pub require_symbols: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one numeric character (0 to 9).
    pub require_numbers: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one uppercase character (A to Z).
    pub require_uppercase_characters: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one lowercase character (a to z).
    pub require_lowercase_characters: Option<bool>,
    /// Specifies whether IAM users are allowed to change their own password. Gives IAM users
    /// permissions to `iam:ChangePassword` for only their user and to the
    /// `iam:GetAccountPasswordPolicy` action. This option does not attach a permissions policy to
    /// each user, rather the permissions are applied at the account-level for all users by IAM.
    pub allow_users_to_change_password: Option<bool>,
    /// Indicates whether passwords in the account expire. Returns true if `MaxPasswordAge` contains
    /// a value greater than 0. Returns false if MaxPasswordAge is 0 or not present.
    pub expire_passwords: Option<bool>,
    /// The number of days that an IAM user password is valid.
    pub max_password_age: Option<i32>,
    /// Specifies the number of previous passwords that IAM users are prevented from reusing.
    pub password_reuse_prevention: Option<i32>,
    /// Specifies whether IAM users are prevented from setting a new password via the Amazon Web
    /// Services Management Console after their password has expired. The IAM user cannot access the
    /// console until an administrator resets the password. IAM users with `iam:ChangePassword`
    /// permission and active access keys can reset their own expired console password using the CLI
    /// or API.
    pub hard_expiry: Option<bool>,
}

/// The model's `permissionCheckResultType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "permissionCheckResultType")]
pub enum PermissionCheckResultType {
    /// `ALLOWED`
    #[default]
    #[shape(name = "ALLOWED")]
    Allowed,
    /// `DENIED`
    #[shape(name = "DENIED")]
    Denied,
    /// `UNSURE`
    #[shape(name = "UNSURE")]
    Unsure,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `permissionCheckStatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "permissionCheckStatusType")]
pub enum PermissionCheckStatusType {
    /// `COMPLETE`
    #[default]
    #[shape(name = "COMPLETE")]
    Complete,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PermissionsBoundaryAttachmentType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PermissionsBoundaryAttachmentType {
    /// `PermissionsBoundaryPolicy`
    #[default]
    PermissionsBoundaryPolicy,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about the effect that a permissions boundary has on a policy simulation
/// when the boundary is applied to an IAM entity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PermissionsBoundaryDecisionDetail {
    /// Specifies whether an action is allowed by a permissions boundary that is applied to an IAM
    /// entity (user or role). A value of `true` means that the permissions boundary does not deny
    /// the action. This means that the policy includes an `Allow` statement that matches the
    /// request. In this case, if an identity-based policy also allows the action, the request is
    /// allowed. A value of `false` means that either the requested action is not allowed
    /// (implicitly denied) or that the action is explicitly denied by the permissions boundary. In
    /// both of these cases, the action is not allowed, regardless of the identity-based policy.
    pub allowed_by_permissions_boundary: Option<bool>,
}

/// Contains information about an IAM policy, including the policy document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyDetail {
    /// The name of the policy.
    pub policy_name: Option<String>,
    /// The policy document.
    pub policy_document: Option<String>,
}

/// The model's `PolicyEvaluationDecisionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyEvaluationDecisionType {
    /// `allowed`
    #[default]
    #[shape(name = "allowed")]
    Allowed,
    /// `explicitDeny`
    #[shape(name = "explicitDeny")]
    ExplicitDeny,
    /// `implicitDeny`
    #[shape(name = "implicitDeny")]
    ImplicitDeny,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about the permissions policies that are attached to the specified identity
/// (user, group, or role).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyGrantingServiceAccess {
    /// The policy name.
    pub policy_name: String,
    /// The policy type. For more information about these policy types, see [Managed policies and
    /// inline
    /// policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html)
    /// in the *IAM User Guide*.
    pub policy_type: PolicyType,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub policy_arn: Option<String>,
    /// The type of entity (user or role) that used the policy to access the service to which the
    /// inline policy is attached.
    pub entity_type: Option<PolicyOwnerEntityType>,
    /// The name of the entity (user or role) to which the inline policy is attached.
    pub entity_name: Option<String>,
}

/// Contains information about a group that a managed policy is attached to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyGroup {
    /// The name (friendly name, not ARN) identifying the group.
    pub group_name: Option<String>,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in
    /// the *IAM User Guide*.
    pub group_id: Option<String>,
}

/// The model's `policyOwnerEntityType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "policyOwnerEntityType")]
pub enum PolicyOwnerEntityType {
    /// `USER`
    #[default]
    #[shape(name = "USER")]
    User,
    /// `ROLE`
    #[shape(name = "ROLE")]
    Role,
    /// `GROUP`
    #[shape(name = "GROUP")]
    Group,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about a policy parameter used to customize delegated permissions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyParameter {
    /// The name of the policy parameter.
    pub name: Option<String>,
    /// The allowed values for the policy parameter.
    pub values: Option<Vec<String>>,
    /// The data type of the policy parameter value.
    pub r#type: Option<PolicyParameterTypeEnum>,
}

/// The model's `PolicyParameterTypeEnum`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyParameterTypeEnum {
    /// `string`
    #[default]
    #[shape(name = "string")]
    String,
    /// `stringList`
    #[shape(name = "stringList")]
    StringList,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about a role that a managed policy is attached to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyRole {
    /// The name (friendly name, not ARN) identifying the role.
    pub role_name: Option<String>,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in
    /// the *IAM User Guide*.
    pub role_id: Option<String>,
}

/// The model's `policyScopeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "policyScopeType")]
pub enum PolicyScopeType {
    /// `All`
    #[default]
    All,
    /// `AWS`
    #[shape(name = "AWS")]
    Aws,
    /// `Local`
    Local,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about a managed policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Policy")]
pub struct PolicyShape {
    /// The friendly name (not ARN) identifying the policy.
    pub policy_name: Option<String>,
    /// The stable and unique string identifying the policy.
    pub policy_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
    /// The path to the policy.
    pub path: Option<String>,
    /// The identifier for the version of the policy that is set as the default version.
    pub default_version_id: Option<String>,
    /// The number of entities (users, groups, and roles) that the policy is attached to.
    pub attachment_count: Option<i32>,
    /// The number of entities (users and roles) for which the policy is used to set the permissions
    /// boundary.
    pub permissions_boundary_usage_count: Option<i32>,
    /// Specifies whether the policy can be attached to an IAM user, group, or role.
    pub is_attachable: Option<bool>,
    /// A friendly description of the policy.
    pub description: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was created.
    pub create_date: Option<DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy was last updated.
    pub update_date: Option<DateTime>,
    /// A list of tags that are attached to the instance profile. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The model's `PolicySourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicySourceType {
    /// `user`
    #[default]
    #[shape(name = "user")]
    User,
    /// `group`
    #[shape(name = "group")]
    Group,
    /// `role`
    #[shape(name = "role")]
    Role,
    /// `aws-managed`
    #[shape(name = "aws-managed")]
    AwsManaged,
    /// `user-managed`
    #[shape(name = "user-managed")]
    UserManaged,
    /// `resource`
    #[shape(name = "resource")]
    Resource,
    /// `none`
    #[shape(name = "none")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `policyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "policyType")]
pub enum PolicyType {
    /// `INLINE`
    #[default]
    #[shape(name = "INLINE")]
    Inline,
    /// `MANAGED`
    #[shape(name = "MANAGED")]
    Managed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The policy usage type that indicates whether the policy is used as a permissions policy or as
/// the permissions boundary for an entity.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyUsageType {
    /// `PermissionsPolicy`
    #[default]
    PermissionsPolicy,
    /// `PermissionsBoundary`
    PermissionsBoundary,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about a user that a managed policy is attached to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyUser {
    /// The name (friendly name, not ARN) identifying the user.
    pub user_name: Option<String>,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in
    /// the *IAM User Guide*.
    pub user_id: Option<String>,
}

/// Contains information about a version of a managed policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "PolicyVersion")]
pub struct PolicyVersionShape {
    /// The policy document.
    pub document: Option<String>,
    /// The identifier for the policy version.
    pub version_id: Option<String>,
    /// Specifies whether the policy version is set as the policy's default version.
    pub is_default_version: Option<bool>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// policy version was created.
    pub create_date: Option<DateTime>,
}

/// Contains the row and column of a location of a `Statement` element in a policy document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Position {
    /// The line containing the specified position in the document.
    pub line: Option<i32>,
    /// The column in the line containing the specified position in the document.
    pub column: Option<i32>,
}

/// The input of `PutGroupPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutGroupPolicyRequest {
    /// The name of the group to associate the policy with.
    pub group_name: String,
    /// The name of the policy document.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `PutRolePermissionsBoundary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRolePermissionsBoundaryRequest {
    /// The name (friendly name, not ARN) of the IAM role for which you want to set the permissions
    /// boundary.
    pub role_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the role.
    pub permissions_boundary: String,
}

/// The input of `PutRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRolePolicyRequest {
    /// The name of the role to associate the policy with.
    pub role_name: String,
    /// The name of the policy document.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `PutUserPermissionsBoundary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutUserPermissionsBoundaryRequest {
    /// The name (friendly name, not ARN) of the IAM user for which you want to set the permissions
    /// boundary.
    pub user_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the user.
    pub permissions_boundary: String,
}

/// The input of `PutUserPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutUserPolicyRequest {
    /// The name of the user to associate the policy with.
    pub user_name: String,
    /// The name of the policy document.
    pub policy_name: String,
    /// The policy document.
    pub policy_document: String,
}

/// The input of `RejectDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RejectDelegationRequestRequest {
    /// The unique identifier of the delegation request to reject.
    pub delegation_request_id: String,
    /// Optional notes explaining the reason for rejecting the delegation request.
    pub notes: Option<String>,
}

/// The input of `RemoveClientIDFromOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveClientIDFromOpenIDConnectProviderRequest {
    /// The Amazon Resource Name (ARN) of the IAM OIDC provider resource to remove the client ID
    /// from. You can get a list of OIDC provider ARNs by using the
    /// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
    /// operation.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// The client ID (also known as audience) to remove from the IAM OIDC provider resource. For
    /// more information about client IDs, see
    /// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    #[shape(name = "ClientID")]
    pub client_id: String,
}

/// The input of `RemoveRoleFromInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveRoleFromInstanceProfileRequest {
    /// The name of the instance profile to update.
    pub instance_profile_name: String,
    /// The name of the role to remove.
    pub role_name: String,
}

/// The input of `RemoveUserFromGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveUserFromGroupRequest {
    /// The name of the group to update.
    pub group_name: String,
    /// The name of the user to remove.
    pub user_name: String,
}

/// The model's `ReportFormatType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReportFormatType {
    /// `text/csv`
    #[default]
    #[shape(name = "text/csv")]
    TextCsv,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ReportStateType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReportStateType {
    /// `STARTED`
    #[default]
    #[shape(name = "STARTED")]
    Started,
    /// `INPROGRESS`
    #[shape(name = "INPROGRESS")]
    Inprogress,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ResetServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResetServiceSpecificCredentialRequest {
    /// The name of the IAM user associated with the service-specific credential. If this value is
    /// not specified, then the operation assumes the user whose credentials are used to call the
    /// operation.
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential.
    pub service_specific_credential_id: String,
}

/// The output of `ResetServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResetServiceSpecificCredentialResponse {
    /// A structure with details about the updated service-specific credential, including the new
    /// password.
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// Contains the result of the simulation of a single API operation call on a single resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceSpecificResult {
    /// The name of the simulated resource, in Amazon Resource Name (ARN) format.
    pub eval_resource_name: String,
    /// The result of the simulation of the simulated API operation on the resource specified in
    /// `EvalResourceName`.
    pub eval_resource_decision: PolicyEvaluationDecisionType,
    /// A list of the statements in the input policies that determine the result for this part of
    /// the simulation. Remember that even if multiple statements allow the operation on the
    /// resource, if *any* statement denies that operation, then the explicit deny overrides any
    /// allow. In addition, the deny statement is the only entry included in the result.
    pub matched_statements: Option<Vec<Statement>>,
    /// A list of context keys that are required by the included input policies but that were not
    /// provided by one of the input parameters. This list is used when a list of ARNs is included
    /// in the `ResourceArns` parameter instead of "\*". If you do not specify individual resources,
    /// by setting `ResourceArns` to "\*" or by not including the `ResourceArns` parameter, then any
    /// missing context values are instead included under the `EvaluationResults` section. To
    /// discover the context keys used by a set of policies, you can call
    /// [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html)
    /// or
    /// [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    pub missing_context_values: Option<Vec<String>>,
    /// Additional details about the results of the evaluation decision on a single resource. This
    /// parameter is returned only for cross-account simulations. This parameter explains how each
    /// policy type contributes to the resource-specific evaluation decision.
    pub eval_decision_details: Option<HashMap<String, PolicyEvaluationDecisionType>>,
    /// Contains information about the effect that a permissions boundary has on a policy simulation
    /// when that boundary is applied to an IAM entity.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
}

/// The input of `ResyncMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResyncMFADeviceRequest {
    /// The name of the user whose MFA device you want to resynchronize.
    pub user_name: String,
    /// Serial number that uniquely identifies the MFA device.
    pub serial_number: String,
    /// An authentication code emitted by the device.
    pub authentication_code1: String,
    /// A subsequent authentication code emitted by the device.
    pub authentication_code2: String,
}

/// Contains information about an IAM role, including all of the role's policies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoleDetail {
    /// The path to the role. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name that identifies the role.
    pub role_name: Option<String>,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub role_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// role was created.
    pub create_date: Option<DateTime>,
    /// The trust policy that grants permission to assume the role.
    pub assume_role_policy_document: Option<String>,
    /// A list of instance profiles that contain this role.
    pub instance_profile_list: Option<Vec<InstanceProfileShape>>,
    /// A list of inline policies embedded in the role. These policies are the role's access
    /// (permissions) policies.
    pub role_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of managed policies attached to the role. These policies are the role's access
    /// (permissions) policies.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// The ARN of the policy used to set the permissions boundary for the role.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are attached to the role. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Contains information about the last time that an IAM role was used. This includes the date
    /// and time and the Region in which the role was last used. Activity is only reported for the
    /// trailing 400 days. This period can be shorter if your Region began supporting these features
    /// within the last year. The role might have been used more than 400 days ago. For more
    /// information, see [Regions where data is
    /// tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period)
    /// in the *IAM User Guide*.
    pub role_last_used: Option<RoleLastUsed>,
}

/// Contains information about the last time that an IAM role was used. This includes the date and
/// time and the Region in which the role was last used. Activity is only reported for the trailing
/// 400 days. This period can be shorter if your Region began supporting these features within the
/// last year. The role might have been used more than 400 days ago. For more information, see
/// [Regions where data is
/// tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period)
/// in the *IAM user Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoleLastUsed {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601) that the
    /// role was last used.
    pub last_used_date: Option<DateTime>,
    /// The name of the Amazon Web Services Region in which the role was last used.
    pub region: Option<String>,
}

/// Contains information about an IAM role. This structure is returned as a response element in
/// several API operations that interact with roles.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Role")]
pub struct RoleShape {
    /// The path to the role. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: String,
    /// The friendly name that identifies the role.
    pub role_name: String,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub role_id: String,
    /// The Amazon Resource Name (ARN) specifying the role. For more information about ARNs and how
    /// to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide* guide.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// role was created.
    pub create_date: DateTime,
    /// The policy that grants an entity permission to assume the role.
    pub assume_role_policy_document: Option<String>,
    /// A description of the role that you provide.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) for the specified role. Anyone who uses the CLI,
    /// or API to assume the role can specify the duration using the optional `DurationSeconds` API
    /// parameter or `duration-seconds` CLI parameter.
    pub max_session_duration: Option<i32>,
    /// The ARN of the policy used to set the permissions boundary for the role.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are attached to the role. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Contains information about the last time that an IAM role was used. This includes the date
    /// and time and the Region in which the role was last used. Activity is only reported for the
    /// trailing 400 days. This period can be shorter if your Region began supporting these features
    /// within the last year. The role might have been used more than 400 days ago. For more
    /// information, see [Regions where data is
    /// tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period)
    /// in the *IAM user Guide*.
    pub role_last_used: Option<RoleLastUsed>,
}

/// An object that contains details about how a service-linked role is used, if that information is
/// returned by the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoleUsageType {
    /// The name of the Region where the service-linked role is being used.
    pub region: Option<String>,
    /// The name of the resource that is using the service-linked role.
    pub resources: Option<Vec<String>>,
}

/// Contains the private keys for the SAML provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SAMLPrivateKey {
    /// The unique identifier for the SAML private key.
    pub key_id: Option<String>,
    /// The date and time, in [ISO 8601 date-time ](http://www.iso.org/iso/iso8601) format, when the
    /// private key was uploaded.
    pub timestamp: Option<DateTime>,
}

/// Contains the list of SAML providers for this account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SAMLProviderListEntry {
    /// The Amazon Resource Name (ARN) of the SAML provider.
    pub arn: Option<String>,
    /// The expiration date and time for the SAML provider.
    pub valid_until: Option<DateTime>,
    /// The date and time when the SAML provider was created.
    pub create_date: Option<DateTime>,
}

/// Contains information about an SSH public key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SSHPublicKey {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    #[shape(name = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    /// The MD5 message digest of the SSH public key.
    pub fingerprint: String,
    /// The SSH public key.
    #[shape(name = "SSHPublicKeyBody")]
    pub ssh_public_key_body: String,
    /// The status of the SSH public key. `Active` means that the key can be used for authentication
    /// with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// SSH public key was uploaded.
    pub upload_date: Option<DateTime>,
}

/// Contains information about an SSH public key, without the key's body or fingerprint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SSHPublicKeyMetadata {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    #[shape(name = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    /// The status of the SSH public key. `Active` means that the key can be used for authentication
    /// with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// SSH public key was uploaded.
    pub upload_date: DateTime,
}

/// The input of `SendDelegationToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDelegationTokenRequest {
    /// The unique identifier of the delegation request for which to send the token.
    pub delegation_request_id: String,
}

/// Contains information about a server certificate without its certificate body, certificate chain,
/// and private key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServerCertificateMetadata {
    /// The path to the server certificate. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: String,
    /// The name that identifies the server certificate.
    pub server_certificate_name: String,
    /// The stable and unique string identifying the server certificate. For more information about
    /// IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub server_certificate_id: String,
    /// The Amazon Resource Name (ARN) specifying the server certificate. For more information about
    /// ARNs and how to use them in policies, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub arn: String,
    /// The date when the server certificate was uploaded.
    pub upload_date: Option<DateTime>,
    /// The date on which the certificate is set to expire.
    pub expiration: Option<DateTime>,
}

/// Contains information about a server certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ServerCertificate")]
pub struct ServerCertificateShape {
    /// The meta information of the server certificate, such as its name, path, ID, and ARN.
    pub server_certificate_metadata: ServerCertificateMetadata,
    /// The contents of the public key certificate.
    pub certificate_body: String,
    /// The contents of the public key certificate chain.
    pub certificate_chain: Option<String>,
    /// A list of tags that are attached to the server certificate. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains details about the most recent attempt to access the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceLastAccessed {
    /// The name of the service in which access was attempted.
    pub service_name: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an
    /// authenticated entity most recently attempted to access the service. Amazon Web Services does
    /// not report unauthenticated requests.
    pub last_authenticated: Option<DateTime>,
    /// The namespace of the service in which access was attempted.
    pub service_namespace: String,
    /// The ARN of the authenticated entity (user or role) that last attempted to access the
    /// service. Amazon Web Services does not report unauthenticated requests.
    pub last_authenticated_entity: Option<String>,
    /// The Region from which the authenticated entity (user or role) last attempted to access the
    /// service. Amazon Web Services does not report unauthenticated requests.
    pub last_authenticated_region: Option<String>,
    /// The total number of authenticated principals (root user, IAM users, or IAM roles) that have
    /// attempted to access the service.
    pub total_authenticated_entities: Option<i32>,
    /// An object that contains details about the most recent attempt to access a tracked action
    /// within the service.
    pub tracked_actions_last_accessed: Option<Vec<TrackedActionLastAccessed>>,
}

/// Contains the details of a service-specific credential.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ServiceSpecificCredential {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// service-specific credential were created.
    pub create_date: DateTime,
    /// The date and time when the service specific credential expires. This field is only present
    /// for Bedrock API keys and CloudWatch Logs API keys that were created with an expiration
    /// period.
    pub expiration_date: Option<DateTime>,
    /// The name of the service associated with the service-specific credential.
    pub service_name: String,
    /// The generated user name for the service-specific credential. This value is generated by
    /// combining the IAM user's name combined with the ID number of the Amazon Web Services
    /// account, as in `jane-at-123456789012`, for example. This value cannot be configured by the
    /// user.
    pub service_user_name: Option<String>,
    /// The generated password for the service-specific credential.
    pub service_password: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the public portion of the
    /// credential that includes the IAM user name and a suffix containing version and creation
    /// information.
    pub service_credential_alias: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the secret portion of the
    /// credential that should be used to authenticate API calls. This value is returned only when
    /// the credential is created.
    pub service_credential_secret: Option<String>,
    /// The unique identifier for the service-specific credential.
    pub service_specific_credential_id: String,
    /// The name of the IAM user associated with the service-specific credential.
    pub user_name: String,
    /// The status of the service-specific credential. `Active` means that the key is valid for API
    /// calls, while `Inactive` means it is not.
    pub status: StatusType,
}

impl ::std::fmt::Debug for ServiceSpecificCredential {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceSpecificCredential")
            .field("create_date", &self.create_date)
            .field("expiration_date", &self.expiration_date)
            .field("service_name", &self.service_name)
            .field("service_user_name", &self.service_user_name)
            .field(
                "service_password",
                &self.service_password.as_ref().map(|_| "** redacted **"),
            )
            .field("service_credential_alias", &self.service_credential_alias)
            .field(
                "service_credential_secret",
                &self
                    .service_credential_secret
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "service_specific_credential_id",
                &self.service_specific_credential_id,
            )
            .field("user_name", &self.user_name)
            .field("status", &self.status)
            .finish()
    }
}

/// Contains additional details about a service-specific credential.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceSpecificCredentialMetadata {
    /// The name of the IAM user associated with the service-specific credential.
    pub user_name: String,
    /// The status of the service-specific credential. `Active` means that the key is valid for API
    /// calls, while `Inactive` means it is not.
    pub status: StatusType,
    /// The generated user name for the service-specific credential.
    pub service_user_name: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the public portion of the
    /// credential that includes the IAM user name and a suffix containing version and creation
    /// information.
    pub service_credential_alias: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// service-specific credential were created.
    pub create_date: DateTime,
    /// The date and time when the service specific credential expires. This field is only present
    /// for Bedrock API keys and CloudWatch Logs API keys that were created with an expiration
    /// period.
    pub expiration_date: Option<DateTime>,
    /// The unique identifier for the service-specific credential.
    pub service_specific_credential_id: String,
    /// The name of the service associated with the service-specific credential.
    pub service_name: String,
}

/// The input of `SetDefaultPolicyVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetDefaultPolicyVersionRequest {
    /// The Amazon Resource Name (ARN) of the IAM policy whose default version you want to set.
    pub policy_arn: String,
    /// The version of the policy to set as the default (operative) version.
    pub version_id: String,
}

/// The input of `SetSecurityTokenServicePreferences`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetSecurityTokenServicePreferencesRequest {
    /// The version of the global endpoint token. Version 1 tokens are valid only in Amazon Web
    /// Services Regions that are available by default. These tokens do not work in manually enabled
    /// Regions, such as Asia Pacific (Hong Kong). Version 2 tokens are valid in all Regions.
    /// However, version 2 tokens are longer and might affect systems where you temporarily store
    /// tokens.
    pub global_endpoint_token_version: GlobalEndpointTokenVersion,
}

/// Contains information about an X.509 signing certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "SigningCertificate")]
pub struct SigningCertificateShape {
    /// The name of the user the signing certificate is associated with.
    pub user_name: String,
    /// The ID for the signing certificate.
    pub certificate_id: String,
    /// The contents of the signing certificate.
    pub certificate_body: String,
    /// The status of the signing certificate. `Active` means that the key is valid for API calls,
    /// while `Inactive` means it is not.
    pub status: StatusType,
    /// The date when the signing certificate was uploaded.
    pub upload_date: Option<DateTime>,
}

/// The input of `SimulateCustomPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SimulateCustomPolicyRequest {
    /// A list of policy documents to include in the simulation. Each document is specified as a
    /// string containing the complete, valid JSON text of an IAM policy. Do not include any
    /// resource-based policies in this parameter. Any resource-based policy must be submitted with
    /// the `ResourcePolicy` parameter. The policies cannot be "scope-down" policies, such as you
    /// could include in a call to
    /// [GetFederationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetFederationToken.html)
    /// or one of the
    /// [AssumeRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AssumeRole.html) API
    /// operations. In other words, do not use policies designed to restrict what a user can do
    /// while using the temporary credentials.
    pub policy_input_list: Vec<String>,
    /// The IAM permissions boundary policy to simulate. The permissions boundary sets the maximum
    /// permissions that an IAM entity can have. You can input only one permissions boundary when
    /// you pass a policy to this operation. For more information about permissions boundaries, see
    /// [Permissions boundaries for IAM
    /// entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html)
    /// in the *IAM User Guide*. The policy input is specified as a string that contains the
    /// complete, valid JSON text of a permissions boundary policy.
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// A list of names of API operations to evaluate in the simulation. Each operation is evaluated
    /// against each resource. Each operation must include the service identifier, such as
    /// `iam:CreateUser`. This operation does not support using wildcards (\*) in an action name.
    pub action_names: Vec<String>,
    /// A list of ARNs of Amazon Web Services resources to include in the simulation. If this
    /// parameter is not provided, then the value defaults to `*` (all resources). Each API in the
    /// `ActionNames` parameter is evaluated for each resource in this list. The simulation
    /// determines the access result (allowed or denied) of each combination and reports it in the
    /// response. You can simulate resources that don't exist in your account.
    pub resource_arns: Option<Vec<String>>,
    /// A resource-based policy to include in the simulation provided as a string. Each resource in
    /// the simulation is treated as if it had this policy attached. You can include only one
    /// resource-based policy in a simulation.
    pub resource_policy: Option<String>,
    /// An ARN representing the Amazon Web Services account ID that specifies the owner of any
    /// simulated resource that does not identify its owner in the resource ARN. Examples of
    /// resource ARNs include an S3 bucket or object. If `ResourceOwner` is specified, it is also
    /// used as the account owner of any `ResourcePolicy` included in the simulation. If the
    /// `ResourceOwner` parameter is not specified, then the owner of the resources and the resource
    /// policy defaults to the account of the identity provided in `CallerArn`. This parameter is
    /// required only if you specify a resource-based policy and account that owns the resource is
    /// different from the account that owns the simulated calling user `CallerArn`.
    pub resource_owner: Option<String>,
    /// The ARN of the IAM user that you want to use as the simulated caller of the API operations.
    /// `CallerArn` is required if you include a `ResourcePolicy` so that the policy's `Principal`
    /// element has a value to use in evaluating the policy.
    pub caller_arn: Option<String>,
    /// A list of context keys and corresponding values for the simulation to use. Whenever a
    /// context key is evaluated in one of the simulated IAM permissions policies, the corresponding
    /// value is supplied.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// Specifies the type of simulation to run. Different API operations that support
    /// resource-based policies require different combinations of resources. By specifying the type
    /// of simulation to run, you enable the policy simulator to enforce the presence of the
    /// required resources to ensure reliable simulation results. If your simulation does not match
    /// one of the following scenarios, then you can omit this parameter. The following list shows
    /// each of the supported scenario values and the resources that you must define to run the
    /// simulation.
    pub resource_handling_option: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}

/// Contains the response to a successful
/// [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html)
/// or
/// [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SimulatePolicyResponse {
    /// The results of the simulation.
    pub evaluation_results: Option<Vec<EvaluationResult>>,
    /// A flag that indicates whether there are more items to return. If your results were
    /// truncated, you can make a subsequent pagination request using the `Marker` request parameter
    /// to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of
    /// results even when there are more results available. We recommend that you check
    /// `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the
    /// `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
}

/// The input of `SimulatePrincipalPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SimulatePrincipalPolicyRequest {
    /// The Amazon Resource Name (ARN) of a user, group, or role whose policies you want to include
    /// in the simulation. If you specify a user, group, or role, the simulation includes all
    /// policies that are associated with that entity. If you specify a user, the simulation also
    /// includes all policies that are attached to any groups the user belongs to.
    pub policy_source_arn: String,
    /// An optional list of additional policy documents to include in the simulation. Each document
    /// is specified as a string containing the complete, valid JSON text of an IAM policy.
    pub policy_input_list: Option<Vec<String>>,
    /// The IAM permissions boundary policy to simulate. The permissions boundary sets the maximum
    /// permissions that the entity can have. You can input only one permissions boundary when you
    /// pass a policy to this operation. An IAM entity can only have one permissions boundary in
    /// effect at a time. For example, if a permissions boundary is attached to an entity and you
    /// pass in a different permissions boundary policy using this parameter, then the new
    /// permissions boundary policy is used for the simulation. For more information about
    /// permissions boundaries, see [Permissions boundaries for IAM
    /// entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html)
    /// in the *IAM User Guide*. The policy input is specified as a string containing the complete,
    /// valid JSON text of a permissions boundary policy.
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// A list of names of API operations to evaluate in the simulation. Each operation is evaluated
    /// for each resource. Each operation must include the service identifier, such as
    /// `iam:CreateUser`.
    pub action_names: Vec<String>,
    /// A list of ARNs of Amazon Web Services resources to include in the simulation. If this
    /// parameter is not provided, then the value defaults to `*` (all resources). Each API in the
    /// `ActionNames` parameter is evaluated for each resource in this list. The simulation
    /// determines the access result (allowed or denied) of each combination and reports it in the
    /// response. You can simulate resources that don't exist in your account.
    pub resource_arns: Option<Vec<String>>,
    /// A resource-based policy to include in the simulation provided as a string. Each resource in
    /// the simulation is treated as if it had this policy attached. You can include only one
    /// resource-based policy in a simulation.
    pub resource_policy: Option<String>,
    /// An Amazon Web Services account ID that specifies the owner of any simulated resource that
    /// does not identify its owner in the resource ARN. Examples of resource ARNs include an S3
    /// bucket or object. If `ResourceOwner` is specified, it is also used as the account owner of
    /// any `ResourcePolicy` included in the simulation. If the `ResourceOwner` parameter is not
    /// specified, then the owner of the resources and the resource policy defaults to the account
    /// of the identity provided in `CallerArn`. This parameter is required only if you specify a
    /// resource-based policy and account that owns the resource is different from the account that
    /// owns the simulated calling user `CallerArn`.
    pub resource_owner: Option<String>,
    /// The ARN of the IAM user that you want to specify as the simulated caller of the API
    /// operations. If you do not specify a `CallerArn`, it defaults to the ARN of the user that you
    /// specify in `PolicySourceArn`, if you specified a user. If you include both a
    /// `PolicySourceArn` (for example, `arn:aws:iam::123456789012:user/David`) and a `CallerArn`
    /// (for example, `arn:aws:iam::123456789012:user/Bob`), the result is that you simulate calling
    /// the API operations as Bob, as if Bob had David's policies.
    pub caller_arn: Option<String>,
    /// A list of context keys and corresponding values for the simulation to use. Whenever a
    /// context key is evaluated in one of the simulated IAM permissions policies, the corresponding
    /// value is supplied.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// Specifies the type of simulation to run. Different API operations that support
    /// resource-based policies require different combinations of resources. By specifying the type
    /// of simulation to run, you enable the policy simulator to enforce the presence of the
    /// required resources to ensure reliable simulation results. If your simulation does not match
    /// one of the following scenarios, then you can omit this parameter. The following list shows
    /// each of the supported scenario values and the resources that you must define to run the
    /// simulation.
    pub resource_handling_option: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in
    /// the response. If additional items exist beyond the maximum you specify, the `IsTruncated`
    /// response element is `true`.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response
    /// indicating that the results are truncated. Set it to the value of the `Marker` element in
    /// the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}

/// The model's `sortKeyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "sortKeyType")]
pub enum SortKeyType {
    /// `SERVICE_NAMESPACE_ASCENDING`
    #[default]
    #[shape(name = "SERVICE_NAMESPACE_ASCENDING")]
    ServiceNamespaceAscending,
    /// `SERVICE_NAMESPACE_DESCENDING`
    #[shape(name = "SERVICE_NAMESPACE_DESCENDING")]
    ServiceNamespaceDescending,
    /// `LAST_AUTHENTICATED_TIME_ASCENDING`
    #[shape(name = "LAST_AUTHENTICATED_TIME_ASCENDING")]
    LastAuthenticatedTimeAscending,
    /// `LAST_AUTHENTICATED_TIME_DESCENDING`
    #[shape(name = "LAST_AUTHENTICATED_TIME_DESCENDING")]
    LastAuthenticatedTimeDescending,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `stateType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "stateType")]
pub enum StateType {
    /// `UNASSIGNED`
    #[default]
    #[shape(name = "UNASSIGNED")]
    Unassigned,
    /// `ASSIGNED`
    #[shape(name = "ASSIGNED")]
    Assigned,
    /// `PENDING_APPROVAL`
    #[shape(name = "PENDING_APPROVAL")]
    PendingApproval,
    /// `FINALIZED`
    #[shape(name = "FINALIZED")]
    Finalized,
    /// `ACCEPTED`
    #[shape(name = "ACCEPTED")]
    Accepted,
    /// `REJECTED`
    #[shape(name = "REJECTED")]
    Rejected,
    /// `EXPIRED`
    #[shape(name = "EXPIRED")]
    Expired,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains a reference to a `Statement` element in a policy document that determines the result of
/// the simulation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Statement {
    /// The identifier of the policy that was provided as an input.
    pub source_policy_id: Option<String>,
    /// The type of the policy.
    pub source_policy_type: Option<PolicySourceType>,
    /// The row and column of the beginning of the `Statement` in an IAM policy.
    pub start_position: Option<Position>,
    /// The row and column of the end of a `Statement` in an IAM policy.
    pub end_position: Option<Position>,
}

/// The model's `statusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "statusType")]
pub enum StatusType {
    /// `Active`
    #[default]
    Active,
    /// `Inactive`
    Inactive,
    /// `Expired`
    Expired,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `summaryKeyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "summaryKeyType")]
pub enum SummaryKeyType {
    /// `Users`
    #[default]
    Users,
    /// `UsersQuota`
    UsersQuota,
    /// `Groups`
    Groups,
    /// `GroupsQuota`
    GroupsQuota,
    /// `ServerCertificates`
    ServerCertificates,
    /// `ServerCertificatesQuota`
    ServerCertificatesQuota,
    /// `UserPolicySizeQuota`
    UserPolicySizeQuota,
    /// `GroupPolicySizeQuota`
    GroupPolicySizeQuota,
    /// `GroupsPerUserQuota`
    GroupsPerUserQuota,
    /// `SigningCertificatesPerUserQuota`
    SigningCertificatesPerUserQuota,
    /// `AccessKeysPerUserQuota`
    AccessKeysPerUserQuota,
    /// `MFADevices`
    MFADevices,
    /// `MFADevicesInUse`
    MFADevicesInUse,
    /// `AccountMFAEnabled`
    AccountMFAEnabled,
    /// `AccountAccessKeysPresent`
    AccountAccessKeysPresent,
    /// `AccountPasswordPresent`
    AccountPasswordPresent,
    /// `AccountSigningCertificatesPresent`
    AccountSigningCertificatesPresent,
    /// `AttachedPoliciesPerGroupQuota`
    AttachedPoliciesPerGroupQuota,
    /// `AttachedPoliciesPerRoleQuota`
    AttachedPoliciesPerRoleQuota,
    /// `AttachedPoliciesPerUserQuota`
    AttachedPoliciesPerUserQuota,
    /// `Policies`
    Policies,
    /// `PoliciesQuota`
    PoliciesQuota,
    /// `PolicySizeQuota`
    PolicySizeQuota,
    /// `PolicyVersionsInUse`
    PolicyVersionsInUse,
    /// `PolicyVersionsInUseQuota`
    PolicyVersionsInUseQuota,
    /// `VersionsPerPolicyQuota`
    VersionsPerPolicyQuota,
    /// `GlobalEndpointTokenVersion`
    GlobalEndpointTokenVersion,
    /// `AssumeRolePolicySizeQuota`
    AssumeRolePolicySizeQuota,
    /// `InstanceProfiles`
    InstanceProfiles,
    /// `InstanceProfilesQuota`
    InstanceProfilesQuota,
    /// `Providers`
    Providers,
    /// `RolePolicySizeQuota`
    RolePolicySizeQuota,
    /// `Roles`
    Roles,
    /// `RolesQuota`
    RolesQuota,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `summaryStateType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
#[shape(name = "summaryStateType")]
pub enum SummaryStateType {
    /// `AVAILABLE`
    #[default]
    #[shape(name = "AVAILABLE")]
    Available,
    /// `NOT_AVAILABLE`
    #[shape(name = "NOT_AVAILABLE")]
    NotAvailable,
    /// `NOT_SUPPORTED`
    #[shape(name = "NOT_SUPPORTED")]
    NotSupported,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A structure that represents user-provided metadata that can be associated with an IAM resource.
/// For more information about tagging, see [Tagging IAM
/// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
/// Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key name that can be used to look up or retrieve the associated value. For example,
    /// `Department` or `Cost Center` are common choices.
    pub key: String,
    /// The value associated with this tag. For example, tags with a key name of `Department` could
    /// have values such as `Human Resources`, `Accounting`, and `Support`. Tags with a key name of
    /// `Cost Center` might have values that consist of the number associated with the different
    /// cost centers in your company. Typically, many resources have tags with the same key name but
    /// with different values.
    pub value: String,
}

/// The input of `TagInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagInstanceProfileRequest {
    /// The name of the IAM instance profile to which you want to add tags.
    pub instance_profile_name: String,
    /// The list of tags that you want to attach to the IAM instance profile. Each tag consists of a
    /// key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagMFADeviceRequest {
    /// The unique identifier for the IAM virtual MFA device to which you want to add tags. For
    /// virtual MFA devices, the serial number is the same as the ARN.
    pub serial_number: String,
    /// The list of tags that you want to attach to the IAM virtual MFA device. Each tag consists of
    /// a key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagOpenIDConnectProviderRequest {
    /// The ARN of the OIDC identity provider in IAM to which you want to add tags.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// The list of tags that you want to attach to the OIDC identity provider in IAM. Each tag
    /// consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagPolicyRequest {
    /// The ARN of the IAM customer managed policy to which you want to add tags.
    pub policy_arn: String,
    /// The list of tags that you want to attach to the IAM customer managed policy. Each tag
    /// consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagRoleRequest {
    /// The name of the IAM role to which you want to add tags.
    pub role_name: String,
    /// The list of tags that you want to attach to the IAM role. Each tag consists of a key name
    /// and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagSAMLProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagSAMLProviderRequest {
    /// The ARN of the SAML identity provider in IAM to which you want to add tags.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    /// The list of tags that you want to attach to the SAML identity provider in IAM. Each tag
    /// consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagServerCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagServerCertificateRequest {
    /// The name of the IAM server certificate to which you want to add tags.
    pub server_certificate_name: String,
    /// The list of tags that you want to attach to the IAM server certificate. Each tag consists of
    /// a key name and an associated value.
    pub tags: Vec<Tag>,
}

/// The input of `TagUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagUserRequest {
    /// The name of the IAM user to which you want to add tags.
    pub user_name: String,
    /// The list of tags that you want to attach to the IAM user. Each tag consists of a key name
    /// and an associated value.
    pub tags: Vec<Tag>,
}

/// Contains details about the most recent attempt to access an action within the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TrackedActionLastAccessed {
    /// The name of the tracked action to which access was attempted. Tracked actions are actions
    /// that report activity to IAM.
    pub action_name: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub last_accessed_entity: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an
    /// authenticated entity most recently attempted to access the tracked service. Amazon Web
    /// Services does not report unauthenticated requests.
    pub last_accessed_time: Option<DateTime>,
    /// The Region from which the authenticated entity (user or role) last attempted to access the
    /// tracked action. Amazon Web Services does not report unauthenticated requests.
    pub last_accessed_region: Option<String>,
}

/// The input of `UntagInstanceProfile`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagInstanceProfileRequest {
    /// The name of the IAM instance profile from which you want to remove tags.
    pub instance_profile_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified instance profile.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagMFADevice`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagMFADeviceRequest {
    /// The unique identifier for the IAM virtual MFA device from which you want to remove tags. For
    /// virtual MFA devices, the serial number is the same as the ARN.
    pub serial_number: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified instance profile.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagOpenIDConnectProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagOpenIDConnectProviderRequest {
    /// The ARN of the OIDC provider in IAM from which you want to remove tags.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified OIDC provider.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagPolicyRequest {
    /// The ARN of the IAM customer managed policy from which you want to remove tags.
    pub policy_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified policy.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagRoleRequest {
    /// The name of the IAM role from which you want to remove tags.
    pub role_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified role.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagSAMLProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagSAMLProviderRequest {
    /// The ARN of the SAML identity provider in IAM from which you want to remove tags.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified SAML identity provider.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagServerCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagServerCertificateRequest {
    /// The name of the IAM server certificate from which you want to remove tags.
    pub server_certificate_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified IAM server certificate.
    pub tag_keys: Vec<String>,
}

/// The input of `UntagUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagUserRequest {
    /// The name of the IAM user from which you want to remove tags.
    pub user_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed
    /// from the specified user.
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateAccessKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAccessKeyRequest {
    /// The name of the user whose key you want to update.
    pub user_name: Option<String>,
    /// The access key ID of the secret access key you want to update.
    pub access_key_id: String,
    /// The status you want to assign to the secret access key. `Active` means that the key can be
    /// used for programmatic calls to Amazon Web Services, while `Inactive` means that the key
    /// cannot be used.
    pub status: StatusType,
}

/// The input of `UpdateAccountPasswordPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAccountPasswordPolicyRequest {
    /// The minimum number of characters allowed in an IAM user password.
    pub minimum_password_length: Option<i32>,
    /// Specifies whether IAM user passwords must contain at least one of the following
    /// non-alphanumeric characters:
    pub require_symbols: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one numeric character (0 to 9).
    pub require_numbers: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one uppercase character from the
    /// ISO basic Latin alphabet (A to Z).
    pub require_uppercase_characters: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one lowercase character from the
    /// ISO basic Latin alphabet (a to z).
    pub require_lowercase_characters: Option<bool>,
    /// Allows all IAM users in your account to use the Amazon Web Services Management Console to
    /// change their own passwords. For more information, see [Permitting IAM users to change their
    /// own
    /// passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html)
    /// in the *IAM User Guide*.
    pub allow_users_to_change_password: Option<bool>,
    /// The number of days that an IAM user password is valid.
    pub max_password_age: Option<i32>,
    /// Specifies the number of previous passwords that IAM users are prevented from reusing.
    pub password_reuse_prevention: Option<i32>,
    /// Prevents IAM users who are accessing the account via the Amazon Web Services Management
    /// Console from setting a new console password after their password has expired. The IAM user
    /// cannot access the console until an administrator resets the password.
    pub hard_expiry: Option<bool>,
}

/// The input of `UpdateAssumeRolePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAssumeRolePolicyRequest {
    /// The name of the role to update with the new policy.
    pub role_name: String,
    /// The policy that grants an entity permission to assume the role.
    pub policy_document: String,
}

/// The input of `UpdateDelegationRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDelegationRequestRequest {
    /// The unique identifier of the delegation request to update.
    pub delegation_request_id: String,
    /// Additional notes or comments to add to the delegation request.
    pub notes: Option<String>,
}

/// The input of `UpdateGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGroupRequest {
    /// Name of the IAM group to update. If you're changing the name of the group, this is the
    /// original name.
    pub group_name: String,
    /// New path for the IAM group. Only include this if changing the group's path.
    pub new_path: Option<String>,
    /// New name for the IAM group. Only include this if changing the group's name.
    pub new_group_name: Option<String>,
}

/// The input of `UpdateLoginProfile`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateLoginProfileRequest {
    /// The name of the user whose password you want to update.
    pub user_name: String,
    /// The new password for the specified IAM user.
    pub password: Option<String>,
    /// Allows this new password to be used only once by requiring the specified IAM user to set a
    /// new password on next sign-in.
    pub password_reset_required: Option<bool>,
}

impl ::std::fmt::Debug for UpdateLoginProfileRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field(
                "password",
                &self.password.as_ref().map(|_| "** redacted **"),
            )
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

/// The input of `UpdateOpenIDConnectProviderThumbprint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateOpenIDConnectProviderThumbprintRequest {
    /// The Amazon Resource Name (ARN) of the IAM OIDC provider resource object for which you want
    /// to update the thumbprint. You can get a list of OIDC provider ARNs by using the
    /// [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html)
    /// operation.
    #[shape(name = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    /// A list of certificate thumbprints that are associated with the specified IAM OpenID Connect
    /// provider. For more information, see
    /// [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub thumbprint_list: Vec<String>,
}

/// The input of `UpdateRoleDescription`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRoleDescriptionRequest {
    /// The name of the role that you want to modify.
    pub role_name: String,
    /// The new description that you want to apply to the specified role.
    pub description: String,
}

/// The output of `UpdateRoleDescription`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRoleDescriptionResponse {
    /// A structure that contains details about the modified role.
    pub role: Option<RoleShape>,
}

/// The input of `UpdateRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRoleRequest {
    /// The name of the role that you want to modify.
    pub role_name: String,
    /// The new description that you want to apply to the specified role.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) that you want to set for the specified role. If
    /// you do not specify a value for this setting, the default value of one hour is applied. This
    /// setting can have a value from 1 hour to 12 hours.
    pub max_session_duration: Option<i32>,
}

/// The output of `UpdateRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateRoleResponse {}

/// The input of `UpdateSAMLProvider`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateSAMLProviderRequest {
    /// An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document
    /// includes the issuer's name, expiration information, and keys that can be used to validate
    /// the SAML authentication response (assertions) that are received from the IdP. You must
    /// generate the metadata document using the identity management software that is used as your
    /// IdP.
    #[shape(name = "SAMLMetadataDocument")]
    pub saml_metadata_document: Option<String>,
    /// The Amazon Resource Name (ARN) of the SAML provider to update.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// Specifies the new private key from your external identity provider. The private key must be
    /// a .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions.
    pub add_private_key: Option<String>,
    /// The Key ID of the private key to remove.
    pub remove_private_key: Option<String>,
}

impl ::std::fmt::Debug for UpdateSAMLProviderRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("saml_provider_arn", &self.saml_provider_arn)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field(
                "add_private_key",
                &self.add_private_key.as_ref().map(|_| "** redacted **"),
            )
            .field("remove_private_key", &self.remove_private_key)
            .finish()
    }
}

/// Contains the response to a successful
/// [UpdateSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSAMLProviderResponse {
    /// The Amazon Resource Name (ARN) of the SAML provider that was updated.
    #[shape(name = "SAMLProviderArn")]
    pub saml_provider_arn: Option<String>,
}

/// The input of `UpdateSSHPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSSHPublicKeyRequest {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    #[shape(name = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    /// The status to assign to the SSH public key. `Active` means that the key can be used for
    /// authentication with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
}

/// The input of `UpdateServerCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServerCertificateRequest {
    /// The name of the server certificate that you want to update.
    pub server_certificate_name: String,
    /// The new path for the server certificate. Include this only if you are updating the server
    /// certificate's path.
    pub new_path: Option<String>,
    /// The new name for the server certificate. Include this only if you are updating the server
    /// certificate's name. The name of the certificate cannot contain any spaces.
    pub new_server_certificate_name: Option<String>,
}

/// The input of `UpdateServiceSpecificCredential`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServiceSpecificCredentialRequest {
    /// The name of the IAM user associated with the service-specific credential. If you do not
    /// specify this value, then the operation assumes the user whose credentials are used to call
    /// the operation.
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential.
    pub service_specific_credential_id: String,
    /// The status to be assigned to the service-specific credential.
    pub status: StatusType,
}

/// The input of `UpdateSigningCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateSigningCertificateRequest {
    /// The name of the IAM user the signing certificate belongs to.
    pub user_name: Option<String>,
    /// The ID of the signing certificate you want to update.
    pub certificate_id: String,
    /// The status you want to assign to the certificate. `Active` means that the certificate can be
    /// used for programmatic calls to Amazon Web Services `Inactive` means that the certificate
    /// cannot be used.
    pub status: StatusType,
}

/// The input of `UpdateUser`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateUserRequest {
    /// Name of the user to update. If you're changing the name of the user, this is the original
    /// user name.
    pub user_name: String,
    /// New path for the IAM user. Include this parameter only if you're changing the user's path.
    pub new_path: Option<String>,
    /// New name for the user. Include this parameter only if you're changing the user's name.
    pub new_user_name: Option<String>,
}

/// The input of `UploadSSHPublicKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadSSHPublicKeyRequest {
    /// The name of the IAM user to associate the SSH public key with.
    pub user_name: String,
    /// The SSH public key. The public key must be encoded in ssh-rsa format or PEM format. The
    /// minimum bit-length of the public key is 2048 bits. For example, you can generate a 2048-bit
    /// key, and the resulting PEM file is 1679 bytes long.
    #[shape(name = "SSHPublicKeyBody")]
    pub ssh_public_key_body: String,
}

/// Contains the response to a successful
/// [UploadSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadSSHPublicKeyResponse {
    /// Contains information about the SSH public key.
    #[shape(name = "SSHPublicKey")]
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The input of `UploadServerCertificate`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadServerCertificateRequest {
    /// The path for the server certificate. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The name for the server certificate. Do not include the path in this value. The name of the
    /// certificate cannot contain any spaces.
    pub server_certificate_name: String,
    /// The contents of the public key certificate in PEM-encoded format.
    pub certificate_body: String,
    /// The contents of the private key in PEM-encoded format.
    pub private_key: String,
    /// The contents of the certificate chain. This is typically a concatenation of the PEM-encoded
    /// public key certificates of the chain.
    pub certificate_chain: Option<String>,
    /// A list of tags that you want to attach to the new IAM server certificate resource. Each tag
    /// consists of a key name and an associated value. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

impl ::std::fmt::Debug for UploadServerCertificateRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadServerCertificateRequest")
            .field("path", &self.path)
            .field("server_certificate_name", &self.server_certificate_name)
            .field("certificate_body", &self.certificate_body)
            .field("private_key", &"** redacted **")
            .field("certificate_chain", &self.certificate_chain)
            .field("tags", &self.tags)
            .finish()
    }
}

/// Contains the response to a successful
/// [UploadServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadServerCertificateResponse {
    /// The meta information of the uploaded server certificate without its certificate body,
    /// certificate chain, and private key.
    pub server_certificate_metadata: Option<ServerCertificateMetadata>,
    /// A list of tags that are attached to the new IAM server certificate. The returned list of
    /// tags is sorted by tag key. For more information about tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `UploadSigningCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadSigningCertificateRequest {
    /// The name of the user the signing certificate is for.
    pub user_name: Option<String>,
    /// The contents of the signing certificate.
    pub certificate_body: String,
}

/// Contains the response to a successful
/// [UploadSigningCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UploadSigningCertificateResponse {
    /// Information about the certificate.
    pub certificate: SigningCertificateShape,
}

/// Contains information about an IAM user, including all the user's policies and all the IAM groups
/// the user is in.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UserDetail {
    /// The path to the user. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub user_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services
    /// resources.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// user was created.
    pub create_date: Option<DateTime>,
    /// A list of the inline policies embedded in the user.
    pub user_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of IAM groups that the user is in.
    pub group_list: Option<Vec<String>>,
    /// A list of the managed policies attached to the user.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// The ARN of the policy used to set the permissions boundary for the user.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains information about an IAM user entity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "User")]
pub struct UserShape {
    /// The path to the user. For more information about paths, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub path: String,
    /// The friendly name identifying the user.
    pub user_name: String,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM
    /// identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub user_id: String,
    /// The Amazon Resource Name (ARN) that identifies the user. For more information about ARNs and
    /// how to use ARNs in policies, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
    /// *IAM User Guide*.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// user was created.
    pub create_date: DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// user's password was last used to sign in to an Amazon Web Services website. For a list of
    /// Amazon Web Services websites that capture a user's last sign-in time, see the [Credential
    /// reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) topic in
    /// the *IAM User Guide*. If a password is used more than once in a five-minute span, only the
    /// first use is returned in this field. If the field is null (no value), then it indicates that
    /// they never signed in with a password. This can be because:
    pub password_last_used: Option<DateTime>,
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM
    /// identities
    /// ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the
    /// *IAM User Guide*.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see
    /// [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
    /// the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains information about a virtual MFA device.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct VirtualMFADevice {
    /// The serial number associated with `VirtualMFADevice`.
    pub serial_number: String,
    /// The base32 seed defined as specified in [RFC3548](https://tools.ietf.org/html/rfc3548.txt).
    /// The `Base32StringSeed` is base32-encoded.
    pub base32_string_seed: Option<Blob>,
    /// A QR code PNG image that encodes
    /// `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String` where
    /// `$virtualMFADeviceName` is one of the create call arguments. `AccountName` is the user name
    /// if set (otherwise, the account ID otherwise), and `Base32String` is the seed in base32
    /// format. The `Base32String` value is base64-encoded.
    #[shape(name = "QRCodePNG")]
    pub qr_code_png: Option<Blob>,
    /// The IAM user associated with this virtual MFA device.
    pub user: Option<UserShape>,
    /// The date and time on which the virtual MFA device was enabled.
    pub enable_date: Option<DateTime>,
    /// A list of tags that are attached to the virtual MFA device. For more information about
    /// tagging, see [Tagging IAM
    /// resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

impl ::std::fmt::Debug for VirtualMFADevice {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VirtualMFADevice")
            .field("serial_number", &self.serial_number)
            .field(
                "base32_string_seed",
                &self.base32_string_seed.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "qr_code_png",
                &self.qr_code_png.as_ref().map(|_| "** redacted **"),
            )
            .field("user", &self.user)
            .field("enable_date", &self.enable_date)
            .field("tags", &self.tags)
            .finish()
    }
}
