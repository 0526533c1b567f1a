//! AWS Security Token Service (`sts`, API version 2011-06-15): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- sts --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, DateTime, Op, Shape};

/// Security Token Service (STS) enables you to request temporary, limited-privilege credentials for
/// users. This guide provides descriptions of the STS API. For more information about using this
/// service, see [Temporary Security
/// Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html).
#[client(
    service = "sts",
    protocol = "awsQuery",
    api_version = "2011-06-15",
    xml_namespace = "https://sts.amazonaws.com/doc/2011-06-15/",
    endpoint_rules = include_str!("sts/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Returns a set of temporary security credentials that you can use to access Amazon Web
    /// Services resources. These temporary credentials consist of an access key ID, a secret access
    /// key, and a security token. Typically, you use `AssumeRole` within your account or for
    /// cross-account access. For a comparison of `AssumeRole` with other API operations that
    /// produce temporary credentials, see [Requesting Temporary Security
    /// Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html)
    /// and [Compare STS
    /// credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html)
    /// in the *IAM User Guide*.
    #[op(result_wrapper = "AssumeRoleResult")]
    assume_role: Op<AssumeRoleRequest, AssumeRoleResponse>,
    /// Returns a set of temporary security credentials for users who have been authenticated via a
    /// SAML authentication response. This operation provides a mechanism for tying an enterprise
    /// identity store or directory to role-based Amazon Web Services access without user-specific
    /// credentials or configuration. For a comparison of `AssumeRoleWithSAML` with the other API
    /// operations that produce temporary credentials, see [Requesting Temporary Security
    /// Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html)
    /// and [Compare STS
    /// credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html)
    /// in the *IAM User Guide*.
    #[op(
        name = "AssumeRoleWithSAML",
        result_wrapper = "AssumeRoleWithSAMLResult",
        unsigned
    )]
    assume_role_with_saml: Op<AssumeRoleWithSAMLRequest, AssumeRoleWithSAMLResponse>,
    /// Returns a set of temporary security credentials for users who have been authenticated in a
    /// mobile or web application with a web identity provider. Example providers include the OAuth
    /// 2.0 providers Login with Amazon and Facebook, or any OpenID Connect-compatible identity
    /// provider such as Google or [Amazon Cognito federated
    /// identities](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html).
    #[op(result_wrapper = "AssumeRoleWithWebIdentityResult", unsigned)]
    assume_role_with_web_identity:
        Op<AssumeRoleWithWebIdentityRequest, AssumeRoleWithWebIdentityResponse>,
    /// Returns a set of short term credentials you can use to perform privileged tasks on a member
    /// account in your organization. You must use credentials from an Organizations management
    /// account or a delegated administrator account for IAM to call `AssumeRoot`. You cannot use
    /// root user credentials to make this call.
    #[op(result_wrapper = "AssumeRootResult")]
    assume_root: Op<AssumeRootRequest, AssumeRootResponse>,
    /// Decodes additional information about the authorization status of a request from an encoded
    /// message returned in response to an Amazon Web Services request.
    #[op(result_wrapper = "DecodeAuthorizationMessageResult")]
    decode_authorization_message:
        Op<DecodeAuthorizationMessageRequest, DecodeAuthorizationMessageResponse>,
    /// Returns the account identifier for the specified access key ID.
    #[op(result_wrapper = "GetAccessKeyInfoResult")]
    get_access_key_info: Op<GetAccessKeyInfoRequest, GetAccessKeyInfoResponse>,
    /// Returns details about the IAM user or role whose credentials are used to call the operation.
    #[op(result_wrapper = "GetCallerIdentityResult")]
    get_caller_identity: Op<GetCallerIdentityRequest, GetCallerIdentityResponse>,
    /// Exchanges a trade-in token for temporary Amazon Web Services credentials with the
    /// permissions associated with the assumed principal. This operation allows you to obtain
    /// credentials for a specific principal based on a trade-in token, enabling delegation of
    /// access to Amazon Web Services resources.
    #[op(result_wrapper = "GetDelegatedAccessTokenResult")]
    get_delegated_access_token: Op<GetDelegatedAccessTokenRequest, GetDelegatedAccessTokenResponse>,
    /// Returns a set of temporary security credentials (consisting of an access key ID, a secret
    /// access key, and a security token) for a user. A typical use is in a proxy application that
    /// gets temporary security credentials on behalf of distributed applications inside a corporate
    /// network.
    #[op(result_wrapper = "GetFederationTokenResult")]
    get_federation_token: Op<GetFederationTokenRequest, GetFederationTokenResponse>,
    /// Returns a set of temporary credentials for an Amazon Web Services account or IAM user. The
    /// credentials consist of an access key ID, a secret access key, and a security token.
    /// Typically, you use `GetSessionToken` if you want to use MFA to protect programmatic calls to
    /// specific Amazon Web Services API operations like Amazon EC2 `StopInstances`.
    #[op(result_wrapper = "GetSessionTokenResult")]
    get_session_token: Op<GetSessionTokenRequest, GetSessionTokenResponse>,
    /// Returns a signed JSON Web Token (JWT) that represents the calling Amazon Web Services
    /// identity. The returned JWT can be used to authenticate with external services that support
    /// OIDC discovery. The token is signed by Amazon Web Services STS and can be publicly verified
    /// using the verification keys published at the issuer's JWKS endpoint.
    #[op(result_wrapper = "GetWebIdentityTokenResult")]
    get_web_identity_token: Op<GetWebIdentityTokenRequest, GetWebIdentityTokenResponse>,
}

/// The input of `AssumeRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRoleRequest {
    /// The Amazon Resource Name (ARN) of the role to assume.
    pub role_arn: String,
    /// An identifier for the assumed role session.
    pub role_session_name: String,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed
    /// session policies. The policies must exist in the same account as the role.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. The value specified can range from 900
    /// seconds (15 minutes) up to the maximum session duration set for the role. The maximum
    /// session duration setting can have a value from 1 hour to 12 hours. If you specify a value
    /// higher than this setting or the administrator setting (whichever is lower), the operation
    /// fails. For example, if you specify a session duration of 12 hours, but your administrator
    /// set the maximum session duration to 6 hours, your operation fails.
    pub duration_seconds: Option<i32>,
    /// A list of session tags that you want to pass. Each session tag consists of a key name and an
    /// associated value. For more information about session tags, see [Tagging Amazon Web Services
    /// STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the
    /// *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// A list of keys for session tags that you want to set as transitive. If you set a tag key as
    /// transitive, the corresponding key and value passes to subsequent sessions in a role chain.
    /// For more information, see [Chaining Roles with Session
    /// Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining)
    /// in the *IAM User Guide*.
    pub transitive_tag_keys: Option<Vec<String>>,
    /// A unique identifier that might be required when you assume a role in another account. If the
    /// administrator of the account to which the role belongs provided you with an external ID,
    /// then provide that value in the `ExternalId` parameter. This value can be any string, such as
    /// a passphrase or account number. A cross-account role is usually set up to trust everyone in
    /// an account. Therefore, the administrator of the trusting account might send an external ID
    /// to the administrator of the trusted account. That way, only someone with the ID can assume
    /// the role, rather than everyone in the account. For more information about the external ID,
    /// see [How to Use an External ID When Granting Access to Your Amazon Web Services Resources to
    /// a Third
    /// Party](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html)
    /// in the *IAM User Guide*.
    pub external_id: Option<String>,
    /// The identification number of the MFA device that is associated with the user who is making
    /// the `AssumeRole` call. Specify this value if the trust policy of the role being assumed
    /// includes a condition that requires MFA authentication. The value is either the serial number
    /// for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a
    /// virtual device (such as `arn:aws:iam::123456789012:mfa/user`).
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if the trust policy of the role being assumed requires
    /// MFA. (In other words, if the policy includes a condition that tests for MFA). If the role
    /// being assumed requires MFA and if the `TokenCode` value is missing or expired, the
    /// `AssumeRole` call returns an "access denied" error.
    pub token_code: Option<String>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation.
    /// The source identity value persists across [chained
    /// role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining)
    /// sessions.
    pub source_identity: Option<String>,
    /// A list of previously acquired trusted context assertions in the format of a JSON array. The
    /// trusted context assertion is signed and encrypted by Amazon Web Services STS.
    pub provided_contexts: Option<Vec<ProvidedContext>>,
}

/// Contains the response to a successful `AssumeRole` request, including temporary Amazon Web
/// Services credentials that can be used to make Amazon Web Services requests.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRoleResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security (or session) token.
    pub credentials: Option<Credentials>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can
    /// use to refer to the resulting temporary security credentials. For example, you can reference
    /// these credentials as a principal in a resource-based policy by using the ARN or assumed role
    /// ID. The ARN and ID include the `RoleSessionName` that you specified when you called
    /// `AssumeRole`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags
    /// combined passed in the request. The request fails if the packed size is greater than 100
    /// percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation.
    pub source_identity: Option<String>,
}

/// The input of `AssumeRoleWithSAML`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct AssumeRoleWithSAMLRequest {
    /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
    pub role_arn: String,
    /// The Amazon Resource Name (ARN) of the SAML provider in IAM that describes the IdP.
    pub principal_arn: String,
    /// The base64 encoded SAML authentication response provided by the IdP.
    #[shape(name = "SAMLAssertion")]
    pub saml_assertion: String,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed
    /// session policies. The policies must exist in the same account as the role.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. Your role session lasts for the duration that
    /// you specify for the `DurationSeconds` parameter, or until the time specified in the SAML
    /// authentication response's `SessionNotOnOrAfter` value, whichever is shorter. You can provide
    /// a `DurationSeconds` value from 900 seconds (15 minutes) up to the maximum session duration
    /// setting for the role. This setting can have a value from 1 hour to 12 hours. If you specify
    /// a value higher than this setting, the operation fails. For example, if you specify a session
    /// duration of 12 hours, but your administrator set the maximum session duration to 6 hours,
    /// your operation fails. To learn how to view the maximum value for your role, see [View the
    /// Maximum Session Duration Setting for a
    /// Role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html#id_roles_use_view-role-max-session)
    /// in the *IAM User Guide*.
    pub duration_seconds: Option<i32>,
}

impl ::std::fmt::Debug for AssumeRoleWithSAMLRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLRequest")
            .field("role_arn", &self.role_arn)
            .field("principal_arn", &self.principal_arn)
            .field("saml_assertion", &"** redacted **")
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

/// Contains the response to a successful `AssumeRoleWithSAML` request, including temporary Amazon
/// Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRoleWithSAMLResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security (or session) token.
    pub credentials: Option<Credentials>,
    /// The identifiers for the temporary security credentials that the operation returns.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags
    /// combined passed in the request. The request fails if the packed size is greater than 100
    /// percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The value of the `NameID` element in the `Subject` element of the SAML assertion.
    pub subject: Option<String>,
    /// The format of the name ID, as defined by the `Format` attribute in the `NameID` element of
    /// the SAML assertion. Typical examples of the format are `transient` or `persistent`.
    pub subject_type: Option<String>,
    /// The value of the `Issuer` element of the SAML assertion.
    pub issuer: Option<String>,
    /// The value of the `Recipient` attribute of the `SubjectConfirmationData` element of the SAML
    /// assertion.
    pub audience: Option<String>,
    /// A hash value based on the concatenation of the following:
    pub name_qualifier: Option<String>,
    /// The value in the `SourceIdentity` attribute in the SAML assertion. The source identity value
    /// persists across [chained
    /// role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining)
    /// sessions.
    pub source_identity: Option<String>,
}

/// The input of `AssumeRoleWithWebIdentity`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct AssumeRoleWithWebIdentityRequest {
    /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
    pub role_arn: String,
    /// An identifier for the assumed role session. Typically, you pass the name or identifier that
    /// is associated with the user who is using your application. That way, the temporary security
    /// credentials that your application will use are associated with that user. This session name
    /// is included as part of the ARN and assumed role ID in the `AssumedRoleUser` response
    /// element.
    pub role_session_name: String,
    /// The OAuth 2.0 access token or OpenID Connect ID token that is provided by the identity
    /// provider. Your application must get this token by authenticating the user who is using your
    /// application with a web identity provider before the application makes an
    /// `AssumeRoleWithWebIdentity` call. Timestamps in the token must be formatted as either an
    /// integer or a long integer. Tokens must be signed using either RSA keys (RS256, RS384, or
    /// RS512) or ECDSA keys (ES256, ES384, or ES512).
    pub web_identity_token: String,
    /// The fully qualified host component of the domain name of the OAuth 2.0 identity provider. Do
    /// not specify this value for an OpenID Connect identity provider.
    pub provider_id: Option<String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed
    /// session policies. The policies must exist in the same account as the role.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. The value can range from 900 seconds (15
    /// minutes) up to the maximum session duration setting for the role. This setting can have a
    /// value from 1 hour to 12 hours. If you specify a value higher than this setting, the
    /// operation fails. For example, if you specify a session duration of 12 hours, but your
    /// administrator set the maximum session duration to 6 hours, your operation fails. To learn
    /// how to view the maximum value for your role, see [View the Maximum Session Duration Setting
    /// for a
    /// Role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html#id_roles_use_view-role-max-session)
    /// in the *IAM User Guide*.
    pub duration_seconds: Option<i32>,
}

impl ::std::fmt::Debug for AssumeRoleWithWebIdentityRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityRequest")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"** redacted **")
            .field("provider_id", &self.provider_id)
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

/// Contains the response to a successful `AssumeRoleWithWebIdentity` request, including temporary
/// Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRoleWithWebIdentityResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security token.
    pub credentials: Option<Credentials>,
    /// The unique user identifier that is returned by the identity provider. This identifier is
    /// associated with the `WebIdentityToken` that was submitted with the
    /// `AssumeRoleWithWebIdentity` call. The identifier is typically unique to the user and the
    /// application that acquired the `WebIdentityToken` (pairwise identifier). For OpenID Connect
    /// ID tokens, this field contains the value returned by the identity provider as the token's
    /// `sub` (Subject) claim.
    pub subject_from_web_identity_token: Option<String>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can
    /// use to refer to the resulting temporary security credentials. For example, you can reference
    /// these credentials as a principal in a resource-based policy by using the ARN or assumed role
    /// ID. The ARN and ID include the `RoleSessionName` that you specified when you called
    /// `AssumeRole`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags
    /// combined passed in the request. The request fails if the packed size is greater than 100
    /// percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The issuing authority of the web identity token presented. For OpenID Connect ID tokens,
    /// this contains the value of the `iss` field. For OAuth 2.0 access tokens, this contains the
    /// value of the `ProviderId` parameter that was passed in the `AssumeRoleWithWebIdentity`
    /// request.
    pub provider: Option<String>,
    /// The intended audience (also known as client ID) of the web identity token. This is
    /// traditionally the client identifier issued to the application that requested the web
    /// identity token.
    pub audience: Option<String>,
    /// The value of the source identity that is returned in the JSON web token (JWT) from the
    /// identity provider.
    pub source_identity: Option<String>,
}

/// The input of `AssumeRoot`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRootRequest {
    /// The member account principal ARN or account ID.
    pub target_principal: String,
    /// The identity based policy that scopes the session to the privileged tasks that can be
    /// performed. You must use one of following Amazon Web Services managed policies to scope root
    /// session actions:
    pub task_policy_arn: PolicyDescriptorType,
    /// The duration, in seconds, of the privileged session. The value can range from 0 seconds up
    /// to the maximum session duration of 900 seconds (15 minutes). If you specify a value higher
    /// than this setting, the operation fails.
    pub duration_seconds: Option<i32>,
}

/// The output of `AssumeRoot`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumeRootResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security token.
    pub credentials: Option<Credentials>,
    /// The source identity specified by the principal that is calling the `AssumeRoot` operation.
    pub source_identity: Option<String>,
}

/// The identifiers for the temporary security credentials that the operation returns.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssumedRoleUser {
    /// A unique identifier that contains the role ID and the role session name of the role that is
    /// being assumed. The role ID is generated by Amazon Web Services when the role is created.
    pub assumed_role_id: String,
    /// The ARN of the temporary security credentials that are returned from the `AssumeRole`
    /// action. For more information about ARNs and how to use them in policies, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in
    /// the *IAM User Guide*.
    pub arn: String,
}

/// Amazon Web Services credentials for API authentication.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Credentials {
    /// The access key ID that identifies the temporary security credentials.
    pub access_key_id: String,
    /// The secret access key that can be used to sign requests.
    pub secret_access_key: String,
    /// The token that users must pass to the service API to use the temporary credentials.
    pub session_token: String,
    /// The date on which the current credentials expire.
    pub expiration: DateTime,
}

impl ::std::fmt::Debug for Credentials {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &self.session_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The input of `DecodeAuthorizationMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DecodeAuthorizationMessageRequest {
    /// The encoded message that was returned with the response.
    pub encoded_message: String,
}

/// A document that contains additional information about the authorization status of a request from
/// an encoded message that is returned in response to an Amazon Web Services request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DecodeAuthorizationMessageResponse {
    /// The API returns a response with the decoded message.
    pub decoded_message: Option<String>,
}

/// Identifiers for the federated user that is associated with the credentials.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FederatedUser {
    /// The string that identifies the federated user associated with the credentials, similar to
    /// the unique ID of an IAM user.
    pub federated_user_id: String,
    /// The ARN that specifies the federated user that is associated with the credentials. For more
    /// information about ARNs and how to use them in policies, see [IAM
    /// Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in
    /// the *IAM User Guide*.
    pub arn: String,
}

/// The input of `GetAccessKeyInfo`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessKeyInfoRequest {
    /// The identifier of an access key.
    pub access_key_id: String,
}

/// The output of `GetAccessKeyInfo`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessKeyInfoResponse {
    /// The number used to identify the Amazon Web Services account.
    pub account: Option<String>,
}

/// The input of `GetCallerIdentity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCallerIdentityRequest {}

/// Contains the response to a successful `GetCallerIdentity` request, including information about
/// the entity making the request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCallerIdentityResponse {
    /// The unique identifier of the calling entity. The exact value depends on the type of entity
    /// that is making the call. The values returned are those listed in the **aws:userid** column
    /// in the [Principal
    /// table](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable)
    /// found on the **Policy Variables** reference page in the *IAM User Guide*.
    pub user_id: Option<String>,
    /// The Amazon Web Services account ID number of the account that owns or contains the calling
    /// entity.
    pub account: Option<String>,
    /// The Amazon Web Services ARN associated with the calling entity.
    pub arn: Option<String>,
}

/// The input of `GetDelegatedAccessToken`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetDelegatedAccessTokenRequest {
    /// The token to exchange for temporary Amazon Web Services credentials. This token must be
    /// valid and unexpired at the time of the request.
    pub trade_in_token: String,
}

impl ::std::fmt::Debug for GetDelegatedAccessTokenRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDelegatedAccessTokenRequest")
            .field("trade_in_token", &"** redacted **")
            .finish()
    }
}

/// The output of `GetDelegatedAccessToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDelegatedAccessTokenResponse {
    /// Amazon Web Services credentials for API authentication.
    pub credentials: Option<Credentials>,
    /// The percentage of the maximum policy size that is used by the session policy. The policy
    /// size is calculated as the sum of all the session policies and permission boundaries attached
    /// to the session. If the packed size exceeds 100%, the request fails.
    pub packed_policy_size: Option<i32>,
    /// The Amazon Resource Name (ARN) of the principal that was assumed when obtaining the
    /// delegated access token. This ARN identifies the IAM entity whose permissions are granted by
    /// the temporary credentials.
    pub assumed_principal: Option<String>,
}

/// The input of `GetFederationToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFederationTokenRequest {
    /// The name of the federated user. The name is used as an identifier for the temporary security
    /// credentials (such as `Bob`). For example, you can reference the federated user name in a
    /// resource-based policy, such as in an Amazon S3 bucket policy.
    pub name: String,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    pub policy: Option<String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as a
    /// managed session policy. The policies must exist in the same account as the IAM user that is
    /// requesting federated access.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// The duration, in seconds, that the session should last. Acceptable durations for federation
    /// sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200
    /// seconds (12 hours) as the default. Sessions obtained using root user credentials are
    /// restricted to a maximum of 3,600 seconds (one hour). If the specified duration is longer
    /// than one hour, the session obtained by using root user credentials defaults to one hour.
    pub duration_seconds: Option<i32>,
    /// A list of session tags. Each session tag consists of a key name and an associated value. For
    /// more information about session tags, see [Passing Session Tags in
    /// STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User
    /// Guide*.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the response to a successful `GetFederationToken` request, including temporary Amazon
/// Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFederationTokenResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security (or session) token.
    pub credentials: Option<Credentials>,
    /// Identifiers for the federated user associated with the credentials (such as
    /// `arn:aws:sts::123456789012:federated-user/Bob` or `123456789012:Bob`). You can use the
    /// federated user's ARN in your resource-based policies, such as an Amazon S3 bucket policy.
    pub federated_user: Option<FederatedUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags
    /// combined passed in the request. The request fails if the packed size is greater than 100
    /// percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
}

/// The input of `GetSessionToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSessionTokenRequest {
    /// The duration, in seconds, that the credentials should remain valid. Acceptable durations for
    /// IAM user sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with
    /// 43,200 seconds (12 hours) as the default. Sessions for Amazon Web Services account owners
    /// are restricted to a maximum of 3,600 seconds (one hour). If the duration is longer than one
    /// hour, the session for Amazon Web Services account owners defaults to one hour.
    pub duration_seconds: Option<i32>,
    /// The identification number of the MFA device that is associated with the IAM user who is
    /// making the `GetSessionToken` call. Specify this value if the IAM user has a policy that
    /// requires MFA authentication. The value is either the serial number for a hardware device
    /// (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as
    /// `arn:aws:iam::123456789012:mfa/user`). You can find the device for an IAM user by going to
    /// the Amazon Web Services Management Console and viewing the user's security credentials.
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if MFA is required. If any policy requires the IAM
    /// user to submit an MFA code, specify this value. If MFA authentication is required, the user
    /// must provide a code when requesting a set of temporary security credentials. A user who
    /// fails to provide the code receives an "access denied" response when requesting resources
    /// that require MFA authentication.
    pub token_code: Option<String>,
}

/// Contains the response to a successful `GetSessionToken` request, including temporary Amazon Web
/// Services credentials that can be used to make Amazon Web Services requests.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSessionTokenResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and
    /// a security (or session) token.
    pub credentials: Option<Credentials>,
}

/// The input of `GetWebIdentityToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetWebIdentityTokenRequest {
    /// The intended recipient of the web identity token. This value populates the `aud` claim in
    /// the JWT and should identify the service or application that will validate and use the token.
    /// The external service should verify this claim to ensure the token was intended for their
    /// use.
    pub audience: Vec<String>,
    /// The duration, in seconds, for which the JSON Web Token (JWT) will remain valid. The value
    /// can range from 60 seconds (1 minute) to 3600 seconds (1 hour). If not specified, the default
    /// duration is 300 seconds (5 minutes). The token is designed to be short-lived and should be
    /// used for proof of identity, then exchanged for credentials or short-lived tokens in the
    /// external service.
    pub duration_seconds: Option<i32>,
    /// The cryptographic algorithm to use for signing the JSON Web Token (JWT). Valid values are
    /// RS256 (RSA with SHA-256) and ES384 (ECDSA using P-384 curve with SHA-384).
    pub signing_algorithm: String,
    /// An optional list of tags to include in the JSON Web Token (JWT). These tags are added as
    /// custom claims to the JWT and can be used by the downstream service for authorization
    /// decisions.
    pub tags: Option<Vec<Tag>>,
}

/// The output of `GetWebIdentityToken`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetWebIdentityTokenResponse {
    /// A signed JSON Web Token (JWT) that represents the caller's Amazon Web Services identity. The
    /// token contains standard JWT claims such as subject, audience, expiration time, and
    /// additional identity attributes added by STS as custom claims. You can also add your own
    /// custom claims to the token by passing tags as request parameters to the
    /// `GetWebIdentityToken` API. The token is signed using the specified signing algorithm and can
    /// be verified using the verification keys available at the issuer's JWKS endpoint.
    pub web_identity_token: Option<String>,
    /// The date and time when the web identity token expires, in UTC. The expiration is determined
    /// by adding the `DurationSeconds` value to the time the token was issued. After this time, the
    /// token should no longer be considered valid.
    pub expiration: Option<DateTime>,
}

impl ::std::fmt::Debug for GetWebIdentityTokenResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetWebIdentityTokenResponse")
            .field(
                "web_identity_token",
                &self.web_identity_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// A reference to the IAM managed policy that is passed as a session policy for a role session or a
/// federated user session.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyDescriptorType {
    /// The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the
    /// role. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web
    /// Services Service
    /// Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in
    /// the *Amazon Web Services General Reference*.
    #[shape(name = "arn")]
    pub arn: Option<String>,
}

/// Contains information about the provided context. This includes the signed and encrypted trusted
/// context assertion and the context provider ARN from which the trusted context assertion was
/// generated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvidedContext {
    /// The context provider ARN from which the trusted context assertion was generated.
    pub provider_arn: Option<String>,
    /// The signed and encrypted trusted context assertion generated by the context provider. The
    /// trusted context assertion is signed and encrypted by Amazon Web Services STS.
    pub context_assertion: Option<String>,
}

/// You can pass custom key-value pair attributes when you assume a role or federate a user. These
/// are called session tags. You can then use the session tags to control access to resources. For
/// more information, see [Tagging Amazon Web Services STS
/// Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM
/// User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key for a session tag.
    pub key: String,
    /// The value for a session tag.
    pub value: String,
}
