//! AWS Certificate Manager (`acm`, API version 2015-12-08): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- acm --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Document, Op, Shape};

/// You can use Certificate Manager (ACM) to manage SSL/TLS certificates for your Amazon Web
/// Services-based websites and applications. For more information about using ACM, see the
/// [Certificate Manager User Guide](https://docs.aws.amazon.com/acm/latest/userguide/).
#[client(
    service = "acm",
    protocol = "awsJson1_1",
    target_prefix = "CertificateManager",
    api_version = "2015-12-08",
    endpoint_rules = include_str!("acm/endpoint-rule-set.json"),
)]
#[waiter(
    certificate_validated = describe_certificate,
    delay = 60,
    max_attempts = 5,
    success(all = |o: &DescribeCertificateResponse| -> Vec<&str> { Some(o).and_then(|x| x.certificate.as_ref()).and_then(|x| x.domain_validation_options.as_ref()).into_iter().flatten().filter_map(|x| x.validation_status.as_ref()).map(|x| x.as_str()).collect() } == "SUCCESS"),
    retry(any = |o: &DescribeCertificateResponse| -> Vec<&str> { Some(o).and_then(|x| x.certificate.as_ref()).and_then(|x| x.domain_validation_options.as_ref()).into_iter().flatten().filter_map(|x| x.validation_status.as_ref()).map(|x| x.as_str()).collect() } == "PENDING_VALIDATION"),
    failure(path = |o: &DescribeCertificateResponse| -> Option<&str> { Some(o).and_then(|x| x.certificate.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
    failure(error = "ResourceNotFoundException"),
)]
pub struct Client {
    /// Adds one or more tags to an ACM certificate. Tags are labels that you can use to identify
    /// and organize your Amazon Web Services resources. Each tag consists of a `key` and an
    /// optional `value`. You specify the certificate on input by its Amazon Resource Name (ARN).
    /// You specify the tag by using a key-value pair.
    add_tags_to_certificate: Op<AddTagsToCertificateRequest, ()>,
    /// Deletes a certificate and its associated private key. If this action succeeds, the
    /// certificate is not available for use by Amazon Web Services services integrated with ACM.
    /// Deleting a certificate is eventually consistent. The may be a short delay before the
    /// certificate no longer appears in the list that can be displayed by calling the
    /// `ListCertificates` action or be retrieved by calling the `GetCertificate` action.
    delete_certificate: Op<DeleteCertificateRequest, ()>,
    /// Returns detailed metadata about the specified ACM certificate.
    describe_certificate: Op<DescribeCertificateRequest, DescribeCertificateResponse>,
    /// Exports a private certificate issued by a private certificate authority (CA) or a public
    /// certificate for use anywhere. The exported file contains the certificate, the certificate
    /// chain, and the encrypted private key associated with the public key that is embedded in the
    /// certificate. For security, you must assign a passphrase for the private key when exporting
    /// it.
    export_certificate: Op<ExportCertificateRequest, ExportCertificateResponse>,
    /// Returns the account configuration options associated with an Amazon Web Services account.
    get_account_configuration: Op<(), GetAccountConfigurationResponse>,
    /// Retrieves a certificate and its certificate chain. The certificate may be either a public or
    /// private certificate issued using the ACM `RequestCertificate` action, or a certificate
    /// imported into ACM using the `ImportCertificate` action. The chain consists of the
    /// certificate of the issuing CA and the intermediate certificates of any other subordinate
    /// CAs. All of the certificates are base64 encoded. You can use
    /// [OpenSSL](https://wiki.openssl.org/index.php/Command_Line_Utilities) to decode the
    /// certificates and inspect individual fields.
    get_certificate: Op<GetCertificateRequest, GetCertificateResponse>,
    /// Imports a certificate into Certificate Manager (ACM) to use with services that are
    /// integrated with ACM. Note that [integrated
    /// services](https://docs.aws.amazon.com/acm/latest/userguide/acm-services.html) allow only
    /// certificate types and keys they support to be associated with their resources. Further,
    /// their support differs depending on whether the certificate is imported into IAM or into ACM.
    /// For more information, see the documentation for each service. For more information about
    /// importing certificates into ACM, see [Importing
    /// Certificates](https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html) in
    /// the *Certificate Manager User Guide*.
    import_certificate: Op<ImportCertificateRequest, ImportCertificateResponse>,
    /// Retrieves a list of certificate ARNs and domain names. You can request that only
    /// certificates that match a specific status be listed. You can also filter by specific
    /// attributes of the certificate. Default filtering returns only `RSA_2048` certificates. For
    /// more information, see `Filters`.
    #[op(paginate(input_token = next_token, output_token = next_token, items = certificate_summary_list, limit = max_items))]
    list_certificates: Op<ListCertificatesRequest, ListCertificatesResponse>,
    /// Lists the tags that have been applied to the ACM certificate. Use the certificate's Amazon
    /// Resource Name (ARN) to specify the certificate. To add a tag to an ACM certificate, use the
    /// `AddTagsToCertificate` action. To delete a tag, use the `RemoveTagsFromCertificate` action.
    list_tags_for_certificate: Op<ListTagsForCertificateRequest, ListTagsForCertificateResponse>,
    /// Adds or modifies account-level configurations in ACM.
    put_account_configuration: Op<PutAccountConfigurationRequest, ()>,
    /// Remove one or more tags from an ACM certificate. A tag consists of a key-value pair. If you
    /// do not specify the value portion of the tag when calling this function, the tag will be
    /// removed regardless of value. If you specify a value, the tag is removed only if it is
    /// associated with the specified value.
    remove_tags_from_certificate: Op<RemoveTagsFromCertificateRequest, ()>,
    /// Renews an [eligible ACM
    /// certificate](https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html). In
    /// order to renew your Amazon Web Services Private CA certificates with ACM, you must first
    /// [grant the ACM service principal permission to do
    /// so](https://docs.aws.amazon.com/privateca/latest/userguide/assign-permissions.html#PcaPermissions).
    /// For more information, see [Testing Managed
    /// Renewal](https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html) in the ACM
    /// User Guide.
    renew_certificate: Op<RenewCertificateRequest, ()>,
    /// Requests an ACM certificate for use with other Amazon Web Services services. To request an
    /// ACM certificate, you must specify a fully qualified domain name (FQDN) in the `DomainName`
    /// parameter. You can also specify additional FQDNs in the `SubjectAlternativeNames` parameter.
    request_certificate: Op<RequestCertificateRequest, RequestCertificateResponse>,
    /// Resends the email that requests domain ownership validation. The domain owner or an
    /// authorized representative must approve the ACM certificate before it can be issued. The
    /// certificate can be approved by clicking a link in the mail to navigate to the Amazon
    /// certificate approval website and then clicking **I Approve**. However, the validation email
    /// can be blocked by spam filters. Therefore, if you do not receive the original mail, you can
    /// request that the mail be resent within 72 hours of requesting the ACM certificate. If more
    /// than 72 hours have elapsed since your original request or since your last attempt to resend
    /// validation mail, you must request a new certificate. For more information about setting up
    /// your contact email addresses, see [Configure Email for your
    /// Domain](https://docs.aws.amazon.com/acm/latest/userguide/setup-email.html).
    resend_validation_email: Op<ResendValidationEmailRequest, ()>,
    /// Revokes a public ACM certificate. You can only revoke certificates that have been previously
    /// exported.
    revoke_certificate: Op<RevokeCertificateRequest, RevokeCertificateResponse>,
    /// Retrieves a list of certificates matching search criteria. You can filter certificates by
    /// X.509 attributes and ACM specific properties like certificate status, type and renewal
    /// eligibility. This operation provides more flexible filtering than `ListCertificates` by
    /// supporting complex filter statements.
    #[op(paginate(input_token = next_token, output_token = next_token, items = results, limit = max_results))]
    search_certificates: Op<SearchCertificatesRequest, SearchCertificatesResponse>,
    /// Updates a certificate. You can use this function to specify whether to opt in to or out of
    /// recording your certificate in a certificate transparency log and exporting. For more
    /// information, see [ Opting Out of Certificate Transparency
    /// Logging](https://docs.aws.amazon.com/acm/latest/userguide/acm-bestpractices.html#best-practices-transparency)
    /// and [Certificate Manager Exportable Managed
    /// Certificates](https://docs.aws.amazon.com/acm/latest/userguide/acm-exportable-certificates.html).
    update_certificate_options: Op<UpdateCertificateOptionsRequest, ()>,
}

/// Contains ACM-specific metadata about a certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AcmCertificateMetadata {
    /// The time at which the certificate was requested.
    pub created_at: Option<DateTime>,
    /// Indicates whether the certificate has been exported.
    pub exported: Option<bool>,
    /// The date and time when the certificate was imported. This value exists only when the
    /// certificate type is `IMPORTED`.
    pub imported_at: Option<DateTime>,
    /// Indicates whether the certificate is currently in use by an Amazon Web Services service.
    pub in_use: Option<bool>,
    /// The time at which the certificate was issued. This value exists only when the certificate
    /// type is `AMAZON_ISSUED`.
    pub issued_at: Option<DateTime>,
    /// Specifies whether the certificate is eligible for renewal. At this time, only exported
    /// private certificates can be renewed with the `RenewCertificate` command.
    pub renewal_eligibility: Option<RenewalEligibility>,
    /// The time at which the certificate was revoked. This value exists only when the certificate
    /// status is `REVOKED`.
    pub revoked_at: Option<DateTime>,
    /// The status of the certificate.
    pub status: Option<CertificateStatus>,
    /// The renewal status of the certificate.
    pub renewal_status: Option<RenewalStatus>,
    /// The source of the certificate. For certificates provided by ACM, this value is
    /// `AMAZON_ISSUED`. For certificates that you imported with `ImportCertificate`, this value is
    /// `IMPORTED`. ACM does not provide [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) for imported
    /// certificates. For more information about the differences between certificates that you
    /// import and those that ACM provides, see [Importing
    /// Certificates](https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html) in
    /// the *Certificate Manager User Guide*.
    pub r#type: Option<CertificateType>,
    /// Indicates whether the certificate can be exported.
    pub export_option: Option<CertificateExport>,
    /// Identifies the Amazon Web Services service that manages the certificate issued by ACM.
    pub managed_by: Option<CertificateManagedBy>,
    /// Specifies the domain validation method.
    pub validation_method: Option<ValidationMethod>,
}

/// Filters certificates by ACM metadata.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum AcmCertificateMetadataFilter {
    /// Filter by certificate status.
    Status(CertificateStatus),
    /// Filter by certificate renewal status.
    RenewalStatus(RenewalStatus),
    /// Filter by certificate type.
    Type(CertificateType),
    /// Filter by whether the certificate is in use.
    InUse(bool),
    /// Filter by whether the certificate has been exported.
    Exported(bool),
    /// Filter by certificate export option.
    ExportOption(CertificateExport),
    /// Filter by the entity that manages the certificate.
    ManagedBy(CertificateManagedBy),
    /// Filter by validation method.
    ValidationMethod(ValidationMethod),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The input of `AddTagsToCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddTagsToCertificateRequest {
    /// String that contains the ARN of the ACM certificate to which the tag is to be applied. This
    /// must be of the form:
    pub certificate_arn: String,
    /// The key-value pair that defines the tag. The tag value is optional.
    pub tags: Vec<Tag>,
}

/// Contains metadata about an ACM certificate. This structure is returned in the response to a
/// `DescribeCertificate` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CertificateDetail {
    /// The Amazon Resource Name (ARN) of the certificate. For more information about ARNs, see
    /// [Amazon Resource Names
    /// (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the
    /// *Amazon Web Services General Reference*.
    pub certificate_arn: Option<String>,
    /// The fully qualified domain name for the certificate, such as www.example.com or example.com.
    pub domain_name: Option<String>,
    /// One or more domain names (subject alternative names) included in the certificate. This list
    /// contains the domain names that are bound to the public key that is contained in the
    /// certificate. The subject alternative names include the canonical domain name (CN) of the
    /// certificate and additional domain names that can be used to connect to the website.
    pub subject_alternative_names: Option<Vec<String>>,
    /// Identifies the Amazon Web Services service that manages the certificate issued by ACM.
    pub managed_by: Option<CertificateManagedBy>,
    /// Contains information about the initial validation of each domain name that occurs as a
    /// result of the `RequestCertificate` request. This field exists only when the certificate type
    /// is `AMAZON_ISSUED`.
    pub domain_validation_options: Option<Vec<DomainValidation>>,
    /// The serial number of the certificate.
    pub serial: Option<String>,
    /// The name of the entity that is associated with the public key contained in the certificate.
    pub subject: Option<String>,
    /// The name of the certificate authority that issued and signed the certificate.
    pub issuer: Option<String>,
    /// The time at which the certificate was requested.
    pub created_at: Option<DateTime>,
    /// The time at which the certificate was issued. This value exists only when the certificate
    /// type is `AMAZON_ISSUED`.
    pub issued_at: Option<DateTime>,
    /// The date and time when the certificate was imported. This value exists only when the
    /// certificate type is `IMPORTED`.
    pub imported_at: Option<DateTime>,
    /// The status of the certificate.
    pub status: Option<CertificateStatus>,
    /// The time at which the certificate was revoked. This value exists only when the certificate
    /// status is `REVOKED`.
    pub revoked_at: Option<DateTime>,
    /// The reason the certificate was revoked. This value exists only when the certificate status
    /// is `REVOKED`.
    pub revocation_reason: Option<RevocationReason>,
    /// The time before which the certificate is not valid.
    pub not_before: Option<DateTime>,
    /// The time after which the certificate is not valid.
    pub not_after: Option<DateTime>,
    /// The algorithm that was used to generate the public-private key pair.
    pub key_algorithm: Option<KeyAlgorithm>,
    /// The algorithm that was used to sign the certificate.
    pub signature_algorithm: Option<String>,
    /// A list of ARNs for the Amazon Web Services resources that are using the certificate. A
    /// certificate can be used by multiple Amazon Web Services resources.
    pub in_use_by: Option<Vec<String>>,
    /// The reason the certificate request failed. This value exists only when the certificate
    /// status is `FAILED`. For more information, see [Certificate Request
    /// Failed](https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting.html#troubleshooting-failed)
    /// in the *Certificate Manager User Guide*.
    pub failure_reason: Option<FailureReason>,
    /// The source of the certificate. For certificates provided by ACM, this value is
    /// `AMAZON_ISSUED`. For certificates that you imported with `ImportCertificate`, this value is
    /// `IMPORTED`. ACM does not provide [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) for imported
    /// certificates. For more information about the differences between certificates that you
    /// import and those that ACM provides, see [Importing
    /// Certificates](https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html) in
    /// the *Certificate Manager User Guide*.
    pub r#type: Option<CertificateType>,
    /// Contains information about the status of ACM's [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) for the
    /// certificate. This field exists only when the certificate type is `AMAZON_ISSUED`.
    pub renewal_summary: Option<RenewalSummary>,
    /// A list of Key Usage X.509 v3 extension objects. Each object is a string value that
    /// identifies the purpose of the public key contained in the certificate. Possible extension
    /// values include DIGITAL\_SIGNATURE, KEY\_ENCHIPHERMENT, NON\_REPUDIATION, and more.
    pub key_usages: Option<Vec<KeyUsage>>,
    /// Contains a list of Extended Key Usage X.509 v3 extension objects. Each object specifies a
    /// purpose for which the certificate public key can be used and consists of a name and an
    /// object identifier (OID).
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    /// The Amazon Resource Name (ARN) of the private certificate authority (CA) that issued the
    /// certificate. This has the following format:
    pub certificate_authority_arn: Option<String>,
    /// Specifies whether the certificate is eligible for renewal. At this time, only exported
    /// private certificates can be renewed with the `RenewCertificate` command.
    pub renewal_eligibility: Option<RenewalEligibility>,
    /// Value that specifies whether to add the certificate to a transparency log. Certificate
    /// transparency makes it possible to detect SSL certificates that have been mistakenly or
    /// maliciously issued. A browser might respond to certificate that has not been logged by
    /// showing an error message. The logs are cryptographically secure.
    pub options: Option<CertificateOptions>,
}

/// The model's `CertificateExport`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CertificateExport {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines a filter for searching certificates by ARN, X.509 attributes, or ACM metadata.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum CertificateFilter {
    /// Filter by certificate ARN.
    CertificateArn(String),
    /// Filter by X.509 certificate attributes.
    X509AttributeFilter(X509AttributeFilter),
    /// Filter by ACM certificate metadata.
    AcmCertificateMetadataFilter(AcmCertificateMetadataFilter),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// A filter statement used to search for certificates. Can contain AND, OR, NOT logical operators
/// or a single filter.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum CertificateFilterStatement {
    /// A list of filter statements that must all be true.
    And(Vec<CertificateFilterStatement>),
    /// A list of filter statements where at least one must be true.
    Or(Vec<CertificateFilterStatement>),
    /// A filter statement that must not be true.
    Not(Document),
    /// A single certificate filter.
    Filter(CertificateFilter),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CertificateManagedBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CertificateManagedBy {
    /// `CLOUDFRONT`
    #[default]
    #[shape(name = "CLOUDFRONT")]
    Cloudfront,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains metadata about a certificate. Currently supports ACM certificate metadata.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum CertificateMetadata {
    /// Metadata for an ACM certificate.
    AcmCertificateMetadata(AcmCertificateMetadata),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// Structure that contains options for your certificate. You can use this structure to specify
/// whether to opt in to or out of certificate transparency logging and export your certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CertificateOptions {
    /// You can opt out of certificate transparency logging by specifying the `DISABLED` option. Opt
    /// in by specifying `ENABLED`.
    pub certificate_transparency_logging_preference:
        Option<CertificateTransparencyLoggingPreference>,
    /// You can opt in to allow the export of your certificates by specifying `ENABLED`. You cannot
    /// update the value of `Export` after the the certificate is created.
    pub export: Option<CertificateExport>,
}

/// Contains information about a certificate returned by the `SearchCertificates` action. This
/// structure includes the certificate ARN, X.509 attributes, and ACM metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CertificateSearchResult {
    /// The Amazon Resource Name (ARN) of the certificate.
    pub certificate_arn: Option<String>,
    /// X.509 certificate attributes such as subject, issuer, and validity period.
    pub x509_attributes: Option<X509Attributes>,
    /// ACM-specific metadata about the certificate.
    pub certificate_metadata: Option<CertificateMetadata>,
}

/// The model's `CertificateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CertificateStatus {
    /// `PENDING_VALIDATION`
    #[default]
    #[shape(name = "PENDING_VALIDATION")]
    PendingValidation,
    /// `ISSUED`
    #[shape(name = "ISSUED")]
    Issued,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// `EXPIRED`
    #[shape(name = "EXPIRED")]
    Expired,
    /// `VALIDATION_TIMED_OUT`
    #[shape(name = "VALIDATION_TIMED_OUT")]
    ValidationTimedOut,
    /// `REVOKED`
    #[shape(name = "REVOKED")]
    Revoked,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure is returned in the response object of `ListCertificates` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CertificateSummary {
    /// Amazon Resource Name (ARN) of the certificate. This is of the form:
    pub certificate_arn: Option<String>,
    /// Fully qualified domain name (FQDN), such as www.example.com or example.com, for the
    /// certificate.
    pub domain_name: Option<String>,
    /// One or more domain names (subject alternative names) included in the certificate. This list
    /// contains the domain names that are bound to the public key that is contained in the
    /// certificate. The subject alternative names include the canonical domain name (CN) of the
    /// certificate and additional domain names that can be used to connect to the website.
    pub subject_alternative_name_summaries: Option<Vec<String>>,
    /// When called by
    /// [ListCertificates](https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html),
    /// indicates whether the full list of subject alternative names has been included in the
    /// response. If false, the response includes all of the subject alternative names included in
    /// the certificate. If true, the response only includes the first 100 subject alternative names
    /// included in the certificate. To display the full list of subject alternative names, use
    /// [DescribeCertificate](https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html).
    pub has_additional_subject_alternative_names: Option<bool>,
    /// The status of the certificate.
    pub status: Option<CertificateStatus>,
    /// The source of the certificate. For certificates provided by ACM, this value is
    /// `AMAZON_ISSUED`. For certificates that you imported with `ImportCertificate`, this value is
    /// `IMPORTED`. ACM does not provide [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) for imported
    /// certificates. For more information about the differences between certificates that you
    /// import and those that ACM provides, see [Importing
    /// Certificates](https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html) in
    /// the *Certificate Manager User Guide*.
    pub r#type: Option<CertificateType>,
    /// The algorithm that was used to generate the public-private key pair.
    pub key_algorithm: Option<KeyAlgorithm>,
    /// A list of Key Usage X.509 v3 extension objects. Each object is a string value that
    /// identifies the purpose of the public key contained in the certificate. Possible extension
    /// values include DIGITAL\_SIGNATURE, KEY\_ENCHIPHERMENT, NON\_REPUDIATION, and more.
    pub key_usages: Option<Vec<KeyUsageName>>,
    /// Contains a list of Extended Key Usage X.509 v3 extension objects. Each object specifies a
    /// purpose for which the certificate public key can be used and consists of a name and an
    /// object identifier (OID).
    pub extended_key_usages: Option<Vec<ExtendedKeyUsageName>>,
    /// Indicates if export is enabled for the certificate.
    pub export_option: Option<CertificateExport>,
    /// Indicates whether the certificate is currently in use by any Amazon Web Services resources.
    pub in_use: Option<bool>,
    /// Indicates whether the certificate has been exported. This value exists only when the
    /// certificate type is `PRIVATE`.
    pub exported: Option<bool>,
    /// Specifies whether the certificate is eligible for renewal. At this time, only exported
    /// private certificates can be renewed with the `RenewCertificate` command.
    pub renewal_eligibility: Option<RenewalEligibility>,
    /// The time before which the certificate is not valid.
    pub not_before: Option<DateTime>,
    /// The time after which the certificate is not valid.
    pub not_after: Option<DateTime>,
    /// The time at which the certificate was requested.
    pub created_at: Option<DateTime>,
    /// The time at which the certificate was issued. This value exists only when the certificate
    /// type is `AMAZON_ISSUED`.
    pub issued_at: Option<DateTime>,
    /// The date and time when the certificate was imported. This value exists only when the
    /// certificate type is `IMPORTED`.
    pub imported_at: Option<DateTime>,
    /// The time at which the certificate was revoked. This value exists only when the certificate
    /// status is `REVOKED`.
    pub revoked_at: Option<DateTime>,
    /// Identifies the Amazon Web Services service that manages the certificate issued by ACM.
    pub managed_by: Option<CertificateManagedBy>,
}

/// The model's `CertificateTransparencyLoggingPreference`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CertificateTransparencyLoggingPreference {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CertificateType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CertificateType {
    /// `IMPORTED`
    #[default]
    #[shape(name = "IMPORTED")]
    Imported,
    /// `AMAZON_ISSUED`
    #[shape(name = "AMAZON_ISSUED")]
    AmazonIssued,
    /// `PRIVATE`
    #[shape(name = "PRIVATE")]
    Private,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Filters certificates by common name.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommonNameFilter {
    /// The value to match against.
    pub value: String,
    /// The comparison operator to use.
    pub comparison_operator: ComparisonOperator,
}

/// The comparison operator to use for string filters. Valid values are `CONTAINS` and `EQUALS`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComparisonOperator {
    /// `CONTAINS`
    #[default]
    #[shape(name = "CONTAINS")]
    Contains,
    /// `EQUALS`
    #[shape(name = "EQUALS")]
    Equals,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines the X.500 relative distinguished name (RDN).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CustomAttribute {
    /// Specifies the object identifier (OID) of the attribute type of the relative distinguished
    /// name (RDN).
    pub object_identifier: Option<String>,
    /// Specifies the attribute value of relative distinguished name (RDN).
    pub value: Option<String>,
}

/// The input of `DeleteCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCertificateRequest {
    /// String that contains the ARN of the ACM certificate to be deleted. This must be of the form:
    pub certificate_arn: String,
}

/// The input of `DescribeCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCertificateRequest {
    /// The Amazon Resource Name (ARN) of the ACM certificate. The ARN must have the following form:
    pub certificate_arn: String,
}

/// The output of `DescribeCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCertificateResponse {
    /// Metadata about an ACM certificate.
    pub certificate: Option<CertificateDetail>,
}

/// Contains X.500 distinguished name information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DistinguishedName {
    /// The common name (CN) attribute.
    pub common_name: Option<String>,
    /// The domain component attributes.
    pub domain_components: Option<Vec<String>>,
    /// The country (C) attribute.
    pub country: Option<String>,
    /// A list of custom attributes in the distinguished name. Each custom attribute contains an
    /// object identifier (OID) and its corresponding value.
    pub custom_attributes: Option<Vec<CustomAttribute>>,
    /// The distinguished name qualifier attribute.
    pub distinguished_name_qualifier: Option<String>,
    /// The generation qualifier attribute.
    pub generation_qualifier: Option<String>,
    /// The given name attribute.
    pub given_name: Option<String>,
    /// The initials attribute.
    pub initials: Option<String>,
    /// The locality (L) attribute.
    pub locality: Option<String>,
    /// The organization (O) attribute.
    pub organization: Option<String>,
    /// The organizational unit (OU) attribute.
    pub organizational_unit: Option<String>,
    /// The pseudonym attribute.
    pub pseudonym: Option<String>,
    /// The serial number attribute.
    pub serial_number: Option<String>,
    /// The state or province (ST) attribute.
    pub state: Option<String>,
    /// The surname attribute.
    pub surname: Option<String>,
    /// The title attribute.
    pub title: Option<String>,
}

/// Filters certificates by DNS name.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DnsNameFilter {
    /// The DNS name value to match against.
    pub value: String,
    /// The comparison operator to use.
    pub comparison_operator: ComparisonOperator,
}

/// The model's `DomainStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DomainStatus {
    /// `PENDING_VALIDATION`
    #[default]
    #[shape(name = "PENDING_VALIDATION")]
    PendingValidation,
    /// `SUCCESS`
    #[shape(name = "SUCCESS")]
    Success,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about the validation of each domain name in the certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DomainValidation {
    /// A fully qualified domain name (FQDN) in the certificate. For example, `www.example.com` or
    /// `example.com`.
    pub domain_name: String,
    /// A list of email addresses that ACM used to send domain validation emails.
    pub validation_emails: Option<Vec<String>>,
    /// The domain name that ACM used to send domain validation emails.
    pub validation_domain: Option<String>,
    /// The validation status of the domain name. This can be one of the following values:
    pub validation_status: Option<DomainStatus>,
    /// Contains the CNAME record that you add to your DNS database for domain validation. For more
    /// information, see [Use DNS to Validate Domain
    /// Ownership](https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-dns.html).
    pub resource_record: Option<ResourceRecord>,
    /// Contains information for HTTP-based domain validation of certificates requested through
    /// Amazon CloudFront and issued by ACM. This field exists only when the certificate type is
    /// `AMAZON_ISSUED` and the validation method is `HTTP`.
    pub http_redirect: Option<HttpRedirect>,
    /// Specifies the domain validation method.
    pub validation_method: Option<ValidationMethod>,
}

/// Contains information about the domain names that you want ACM to use to send you emails that
/// enable you to validate domain ownership.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DomainValidationOption {
    /// A fully qualified domain name (FQDN) in the certificate request.
    pub domain_name: String,
    /// The domain name that you want ACM to use to send you validation emails. This domain name is
    /// the suffix of the email addresses that you want ACM to use. This must be the same as the
    /// `DomainName` value or a superdomain of the `DomainName` value. For example, if you request a
    /// certificate for `testing.example.com`, you can specify `example.com` for this value. In that
    /// case, ACM sends domain validation emails to the following five addresses:
    pub validation_domain: String,
}

/// Object containing expiration events options associated with an Amazon Web Services account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpiryEventsConfiguration {
    /// Specifies the number of days prior to certificate expiration when ACM starts generating
    /// `EventBridge` events. ACM sends one event per day per certificate until the certificate
    /// expires. By default, accounts receive events starting 45 days before certificate expiration.
    pub days_before_expiry: Option<i32>,
}

/// The input of `ExportCertificate`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExportCertificateRequest {
    /// An Amazon Resource Name (ARN) of the issued certificate. This must be of the form:
    pub certificate_arn: String,
    /// Passphrase to associate with the encrypted exported private key.
    pub passphrase: Blob,
}

impl ::std::fmt::Debug for ExportCertificateRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportCertificateRequest")
            .field("certificate_arn", &self.certificate_arn)
            .field("passphrase", &"** redacted **")
            .finish()
    }
}

/// The output of `ExportCertificate`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExportCertificateResponse {
    /// The base64 PEM-encoded certificate.
    pub certificate: Option<String>,
    /// The base64 PEM-encoded certificate chain. This does not include the certificate that you are
    /// exporting.
    pub certificate_chain: Option<String>,
    /// The encrypted private key associated with the public key in the certificate. The key is
    /// output in PKCS #8 format and is base64 PEM-encoded.
    pub private_key: Option<String>,
}

impl ::std::fmt::Debug for ExportCertificateResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportCertificateResponse")
            .field("certificate", &self.certificate)
            .field("certificate_chain", &self.certificate_chain)
            .field(
                "private_key",
                &self.private_key.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The Extended Key Usage X.509 v3 extension defines one or more purposes for which the public key
/// can be used. This is in addition to or in place of the basic purposes specified by the Key Usage
/// extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExtendedKeyUsage {
    /// The name of an Extended Key Usage value.
    pub name: Option<ExtendedKeyUsageName>,
    /// An object identifier (OID) for the extension value. OIDs are strings of numbers separated by
    /// periods. The following OIDs are defined in RFC 3280 and RFC 5280.
    #[shape(name = "OID")]
    pub oid: Option<String>,
}

/// The model's `ExtendedKeyUsageName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExtendedKeyUsageName {
    /// `TLS_WEB_SERVER_AUTHENTICATION`
    #[default]
    #[shape(name = "TLS_WEB_SERVER_AUTHENTICATION")]
    TlsWebServerAuthentication,
    /// `TLS_WEB_CLIENT_AUTHENTICATION`
    #[shape(name = "TLS_WEB_CLIENT_AUTHENTICATION")]
    TlsWebClientAuthentication,
    /// `CODE_SIGNING`
    #[shape(name = "CODE_SIGNING")]
    CodeSigning,
    /// `EMAIL_PROTECTION`
    #[shape(name = "EMAIL_PROTECTION")]
    EmailProtection,
    /// `TIME_STAMPING`
    #[shape(name = "TIME_STAMPING")]
    TimeStamping,
    /// `OCSP_SIGNING`
    #[shape(name = "OCSP_SIGNING")]
    OcspSigning,
    /// `IPSEC_END_SYSTEM`
    #[shape(name = "IPSEC_END_SYSTEM")]
    IpsecEndSystem,
    /// `IPSEC_TUNNEL`
    #[shape(name = "IPSEC_TUNNEL")]
    IpsecTunnel,
    /// `IPSEC_USER`
    #[shape(name = "IPSEC_USER")]
    IpsecUser,
    /// `ANY`
    #[shape(name = "ANY")]
    Any,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// `CUSTOM`
    #[shape(name = "CUSTOM")]
    Custom,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `FailureReason`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FailureReason {
    /// `NO_AVAILABLE_CONTACTS`
    #[default]
    #[shape(name = "NO_AVAILABLE_CONTACTS")]
    NoAvailableContacts,
    /// `ADDITIONAL_VERIFICATION_REQUIRED`
    #[shape(name = "ADDITIONAL_VERIFICATION_REQUIRED")]
    AdditionalVerificationRequired,
    /// `DOMAIN_NOT_ALLOWED`
    #[shape(name = "DOMAIN_NOT_ALLOWED")]
    DomainNotAllowed,
    /// `INVALID_PUBLIC_DOMAIN`
    #[shape(name = "INVALID_PUBLIC_DOMAIN")]
    InvalidPublicDomain,
    /// `DOMAIN_VALIDATION_DENIED`
    #[shape(name = "DOMAIN_VALIDATION_DENIED")]
    DomainValidationDenied,
    /// `CAA_ERROR`
    #[shape(name = "CAA_ERROR")]
    CaaError,
    /// `PCA_LIMIT_EXCEEDED`
    #[shape(name = "PCA_LIMIT_EXCEEDED")]
    PcaLimitExceeded,
    /// `PCA_INVALID_ARN`
    #[shape(name = "PCA_INVALID_ARN")]
    PcaInvalidArn,
    /// `PCA_INVALID_STATE`
    #[shape(name = "PCA_INVALID_STATE")]
    PcaInvalidState,
    /// `PCA_REQUEST_FAILED`
    #[shape(name = "PCA_REQUEST_FAILED")]
    PcaRequestFailed,
    /// `PCA_NAME_CONSTRAINTS_VALIDATION`
    #[shape(name = "PCA_NAME_CONSTRAINTS_VALIDATION")]
    PcaNameConstraintsValidation,
    /// `PCA_RESOURCE_NOT_FOUND`
    #[shape(name = "PCA_RESOURCE_NOT_FOUND")]
    PcaResourceNotFound,
    /// `PCA_INVALID_ARGS`
    #[shape(name = "PCA_INVALID_ARGS")]
    PcaInvalidArgs,
    /// `PCA_INVALID_DURATION`
    #[shape(name = "PCA_INVALID_DURATION")]
    PcaInvalidDuration,
    /// `PCA_ACCESS_DENIED`
    #[shape(name = "PCA_ACCESS_DENIED")]
    PcaAccessDenied,
    /// `SLR_NOT_FOUND`
    #[shape(name = "SLR_NOT_FOUND")]
    SlrNotFound,
    /// `OTHER`
    #[shape(name = "OTHER")]
    Other,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure can be used in the `ListCertificates` action to filter the output of the
/// certificate list.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Specify one or more `ExtendedKeyUsage` extension values.
    #[shape(name = "extendedKeyUsage")]
    pub extended_key_usage: Option<Vec<ExtendedKeyUsageName>>,
    /// Specify one or more `KeyUsage` extension values.
    #[shape(name = "keyUsage")]
    pub key_usage: Option<Vec<KeyUsageName>>,
    /// Specify one or more algorithms that can be used to generate key pairs.
    #[shape(name = "keyTypes")]
    pub key_types: Option<Vec<KeyAlgorithm>>,
    /// Specify `ENABLED` or `DISABLED` to identify certificates that can be exported.
    #[shape(name = "exportOption")]
    pub export_option: Option<CertificateExport>,
    /// Identifies the Amazon Web Services service that manages the certificate issued by ACM.
    #[shape(name = "managedBy")]
    pub managed_by: Option<CertificateManagedBy>,
}

/// Describes an ASN.1 X.400 `GeneralName` as defined in [RFC
/// 5280](https://datatracker.ietf.org/doc/html/rfc5280). Only one of the following naming options
/// should be provided.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum GeneralName {
    /// Contains information about the certificate subject. The `Subject` field in the certificate
    /// identifies the entity that owns or controls the public key in the certificate. The entity
    /// can be a user, computer, device, or service. The `Subject` must contain an X.500
    /// distinguished name (DN). A DN is a sequence of relative distinguished names (RDNs). The RDNs
    /// are separated by commas in the certificate.
    DirectoryName(DistinguishedName),
    /// Represents `GeneralName` as a DNS name.
    DnsName(String),
    /// Represents `GeneralName` as an IPv4 or IPv6 address.
    IpAddress(String),
    /// Represents `GeneralName` using an `OtherName` object.
    OtherName(OtherName),
    /// Represents `GeneralName` as an object identifier (OID).
    RegisteredId(String),
    /// Represents `GeneralName` as an [RFC 822](https://datatracker.ietf.org/doc/html/rfc822) email
    /// address.
    Rfc822Name(String),
    /// Represents `GeneralName` as a URI.
    UniformResourceIdentifier(String),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The output of `GetAccountConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountConfigurationResponse {
    /// Expiration events configuration options associated with the Amazon Web Services account.
    pub expiry_events: Option<ExpiryEventsConfiguration>,
}

/// The input of `GetCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCertificateRequest {
    /// String that contains a certificate ARN in the following format:
    pub certificate_arn: String,
}

/// The output of `GetCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCertificateResponse {
    /// The ACM-issued certificate corresponding to the ARN specified as input.
    pub certificate: Option<String>,
    /// Certificates forming the requested certificate's chain of trust. The chain consists of the
    /// certificate of the issuing CA and the intermediate certificates of any other subordinate
    /// CAs.
    pub certificate_chain: Option<String>,
}

/// Contains information for HTTP-based domain validation of certificates requested through Amazon
/// CloudFront and issued by ACM. This field exists only when the certificate type is
/// `AMAZON_ISSUED` and the validation method is `HTTP`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HttpRedirect {
    /// The URL including the domain to be validated. The certificate authority sends `GET` requests
    /// here during validation.
    pub redirect_from: Option<String>,
    /// The URL hosting the validation token. `RedirectFrom` must return this content or redirect
    /// here.
    pub redirect_to: Option<String>,
}

/// The input of `ImportCertificate`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ImportCertificateRequest {
    /// The [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an
    /// imported certificate to replace. To import a new certificate, omit this field.
    pub certificate_arn: Option<String>,
    /// The certificate to import.
    pub certificate: Blob,
    /// The private key that matches the public key in the certificate.
    pub private_key: Blob,
    /// The PEM encoded certificate chain.
    pub certificate_chain: Option<Blob>,
    /// One or more resource tags to associate with the imported certificate.
    pub tags: Option<Vec<Tag>>,
}

impl ::std::fmt::Debug for ImportCertificateRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportCertificateRequest")
            .field("certificate_arn", &self.certificate_arn)
            .field("certificate", &self.certificate)
            .field("private_key", &"** redacted **")
            .field("certificate_chain", &self.certificate_chain)
            .field("tags", &self.tags)
            .finish()
    }
}

/// The output of `ImportCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportCertificateResponse {
    /// The [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of the
    /// imported certificate.
    pub certificate_arn: Option<String>,
}

/// The model's `KeyAlgorithm`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyAlgorithm {
    /// `RSA_1024`
    #[default]
    #[shape(name = "RSA_1024")]
    Rsa1024,
    /// `RSA_2048`
    #[shape(name = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[shape(name = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[shape(name = "RSA_4096")]
    Rsa4096,
    /// `EC_prime256v1`
    #[shape(name = "EC_prime256v1")]
    EcPrime256v1,
    /// `EC_secp384r1`
    #[shape(name = "EC_secp384r1")]
    EcSecp384r1,
    /// `EC_secp521r1`
    #[shape(name = "EC_secp521r1")]
    EcSecp521r1,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Key Usage X.509 v3 extension defines the purpose of the public key contained in the
/// certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeyUsage {
    /// A string value that contains a Key Usage extension name.
    pub name: Option<KeyUsageName>,
}

/// The model's `KeyUsageName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyUsageName {
    /// `DIGITAL_SIGNATURE`
    #[default]
    #[shape(name = "DIGITAL_SIGNATURE")]
    DigitalSignature,
    /// `NON_REPUDIATION`
    #[shape(name = "NON_REPUDIATION")]
    NonRepudiation,
    /// `KEY_ENCIPHERMENT`
    #[shape(name = "KEY_ENCIPHERMENT")]
    KeyEncipherment,
    /// `DATA_ENCIPHERMENT`
    #[shape(name = "DATA_ENCIPHERMENT")]
    DataEncipherment,
    /// `KEY_AGREEMENT`
    #[shape(name = "KEY_AGREEMENT")]
    KeyAgreement,
    /// `CERTIFICATE_SIGNING`
    #[shape(name = "CERTIFICATE_SIGNING")]
    CertificateSigning,
    /// `CRL_SIGNING`
    #[shape(name = "CRL_SIGNING")]
    CrlSigning,
    /// `ENCIPHER_ONLY`
    #[shape(name = "ENCIPHER_ONLY")]
    EncipherOnly,
    /// `DECIPHER_ONLY`
    #[shape(name = "DECIPHER_ONLY")]
    DecipherOnly,
    /// `ANY`
    #[shape(name = "ANY")]
    Any,
    /// `CUSTOM`
    #[shape(name = "CUSTOM")]
    Custom,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCertificatesRequest {
    /// Filter the certificate list by status value.
    pub certificate_statuses: Option<Vec<CertificateStatus>>,
    /// Filter the certificate list. For more information, see the `Filters` structure.
    pub includes: Option<Filters>,
    /// Use this parameter only when paginating results and only in a subsequent request after you
    /// receive a response with truncated results. Set it to the value of `NextToken` from the
    /// response you just received.
    pub next_token: Option<String>,
    /// Use this parameter when paginating results to specify the maximum number of items to return
    /// in the response. If additional items exist beyond the number you specify, the `NextToken`
    /// element is sent in the response. Use this `NextToken` value in a subsequent request to
    /// retrieve additional items.
    pub max_items: Option<i32>,
    /// Specifies the field to sort results by. If you specify `SortBy`, you must also specify
    /// `SortOrder`.
    pub sort_by: Option<SortBy>,
    /// Specifies the order of sorted results. If you specify `SortOrder`, you must also specify
    /// `SortBy`.
    pub sort_order: Option<SortOrder>,
}

/// The output of `ListCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCertificatesResponse {
    /// When the list is truncated, this value is present and contains the value to use for the
    /// `NextToken` parameter in a subsequent pagination request.
    pub next_token: Option<String>,
    /// A list of ACM certificates.
    pub certificate_summary_list: Option<Vec<CertificateSummary>>,
}

/// The input of `ListTagsForCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForCertificateRequest {
    /// String that contains the ARN of the ACM certificate for which you want to list the tags.
    /// This must have the following form:
    pub certificate_arn: String,
}

/// The output of `ListTagsForCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForCertificateResponse {
    /// The key-value pairs that define the applied tags.
    pub tags: Option<Vec<Tag>>,
}

/// Defines a custom ASN.1 X.400 `GeneralName` using an object identifier (OID) and value. For more
/// information, see NIST's definition of [Object Identifier
/// (OID)](https://csrc.nist.gov/glossary/term/Object_Identifier).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OtherName {
    /// Specifies an OID.
    pub object_identifier: Option<String>,
    /// Specifies an OID value.
    pub value: Option<String>,
}

/// The input of `PutAccountConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountConfigurationRequest {
    /// Specifies expiration events associated with an account.
    pub expiry_events: Option<ExpiryEventsConfiguration>,
    /// Customer-chosen string used to distinguish between calls to `PutAccountConfiguration`.
    /// Idempotency tokens time out after one hour. If you call `PutAccountConfiguration` multiple
    /// times with the same unexpired idempotency token, ACM treats it as the same request and
    /// returns the original result. If you change the idempotency token for each call, ACM treats
    /// each call as a new request.
    pub idempotency_token: String,
}

/// The model's `RecordType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RecordType {
    /// `CNAME`
    #[default]
    #[shape(name = "CNAME")]
    Cname,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RemoveTagsFromCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTagsFromCertificateRequest {
    /// String that contains the ARN of the ACM Certificate with one or more tags that you want to
    /// remove. This must be of the form:
    pub certificate_arn: String,
    /// The key-value pair that defines the tag to remove.
    pub tags: Vec<Tag>,
}

/// The input of `RenewCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenewCertificateRequest {
    /// String that contains the ARN of the ACM certificate to be renewed. This must be of the form:
    pub certificate_arn: String,
}

/// The model's `RenewalEligibility`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RenewalEligibility {
    /// `ELIGIBLE`
    #[default]
    #[shape(name = "ELIGIBLE")]
    Eligible,
    /// `INELIGIBLE`
    #[shape(name = "INELIGIBLE")]
    Ineligible,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `RenewalStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RenewalStatus {
    /// `PENDING_AUTO_RENEWAL`
    #[default]
    #[shape(name = "PENDING_AUTO_RENEWAL")]
    PendingAutoRenewal,
    /// `PENDING_VALIDATION`
    #[shape(name = "PENDING_VALIDATION")]
    PendingValidation,
    /// `SUCCESS`
    #[shape(name = "SUCCESS")]
    Success,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about the status of ACM's [managed
/// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) for the certificate.
/// This structure exists only when the certificate type is `AMAZON_ISSUED`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenewalSummary {
    /// The status of ACM's [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html) of the
    /// certificate.
    pub renewal_status: RenewalStatus,
    /// Contains information about the validation of each domain name in the certificate, as it
    /// pertains to ACM's [managed
    /// renewal](https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html). This is
    /// different from the initial validation that occurs as a result of the `RequestCertificate`
    /// request. This field exists only when the certificate type is `AMAZON_ISSUED`.
    pub domain_validation_options: Vec<DomainValidation>,
    /// The reason that a renewal request was unsuccessful.
    pub renewal_status_reason: Option<FailureReason>,
    /// The time at which the renewal summary was last updated.
    pub updated_at: DateTime,
}

/// The input of `RequestCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RequestCertificateRequest {
    /// Fully qualified domain name (FQDN), such as www.example.com, that you want to secure with an
    /// ACM certificate. Use an asterisk (\*) to create a wildcard certificate that protects several
    /// sites in the same domain. For example, \*.example.com protects www.example.com,
    /// site.example.com, and images.example.com.
    pub domain_name: String,
    /// The method you want to use if you are requesting a public certificate to validate that you
    /// own or control domain. You can [validate with
    /// DNS](https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-dns.html) or [validate
    /// with email](https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-email.html). We
    /// recommend that you use DNS validation.
    pub validation_method: Option<ValidationMethod>,
    /// Additional FQDNs to be included in the Subject Alternative Name extension of the ACM
    /// certificate. For example, add the name www.example.net to a certificate for which the
    /// `DomainName` field is www.example.com if users can reach your site by using either name. The
    /// maximum number of domain names that you can add to an ACM certificate is 100. However, the
    /// initial quota is 10 domain names. If you need more than 10 names, you must request a quota
    /// increase. For more information, see
    /// [Quotas](https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html).
    pub subject_alternative_names: Option<Vec<String>>,
    /// Customer chosen string that can be used to distinguish between calls to
    /// `RequestCertificate`. Idempotency tokens time out after one hour. Therefore, if you call
    /// `RequestCertificate` multiple times with the same idempotency token within one hour, ACM
    /// recognizes that you are requesting only one certificate and will issue only one. If you
    /// change the idempotency token for each call, ACM recognizes that you are requesting multiple
    /// certificates.
    pub idempotency_token: Option<String>,
    /// The domain name that you want ACM to use to send you emails so that you can validate domain
    /// ownership.
    pub domain_validation_options: Option<Vec<DomainValidationOption>>,
    /// You can use this parameter to specify whether to add the certificate to a certificate
    /// transparency log and export your certificate.
    pub options: Option<CertificateOptions>,
    /// The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used
    /// to issue the certificate. If you do not provide an ARN and you are trying to request a
    /// private certificate, ACM will attempt to issue a public certificate. For more information
    /// about private CAs, see the [Amazon Web Services Private Certificate
    /// Authority](https://docs.aws.amazon.com/privateca/latest/userguide/PcaWelcome.html) user
    /// guide. The ARN must have the following form:
    pub certificate_authority_arn: Option<String>,
    /// One or more resource tags to associate with the certificate.
    pub tags: Option<Vec<Tag>>,
    /// Specifies the algorithm of the public and private key pair that your certificate uses to
    /// encrypt data. RSA is the default key algorithm for ACM certificates. Elliptic Curve Digital
    /// Signature Algorithm (ECDSA) keys are smaller, offering security comparable to RSA keys but
    /// with greater computing efficiency. However, ECDSA is not supported by all network clients.
    /// Some Amazon Web Services services may require RSA keys, or only support ECDSA keys of a
    /// particular size, while others allow the use of either RSA and ECDSA keys to ensure that
    /// compatibility is not broken. Check the requirements for the Amazon Web Services service
    /// where you plan to deploy your certificate. For more information about selecting an
    /// algorithm, see [Key
    /// algorithms](https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate-characteristics.html#algorithms-term).
    pub key_algorithm: Option<KeyAlgorithm>,
    /// Identifies the Amazon Web Services service that manages the certificate issued by ACM.
    pub managed_by: Option<CertificateManagedBy>,
}

/// The output of `RequestCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RequestCertificateResponse {
    /// String that contains the ARN of the issued certificate. This must be of the form:
    pub certificate_arn: Option<String>,
}

/// The input of `ResendValidationEmail`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResendValidationEmailRequest {
    /// String that contains the ARN of the requested certificate. The certificate ARN is generated
    /// and returned by the `RequestCertificate` action as soon as the request is made. By default,
    /// using this parameter causes email to be sent to all top-level domains you specified in the
    /// certificate request. The ARN must be of the form:
    pub certificate_arn: String,
    /// The fully qualified domain name (FQDN) of the certificate that needs to be validated.
    pub domain: String,
    /// The base validation domain that will act as the suffix of the email addresses that are used
    /// to send the emails. This must be the same as the `Domain` value or a superdomain of the
    /// `Domain` value. For example, if you requested a certificate for `site.subdomain.example.com`
    /// and specify a **ValidationDomain** of `subdomain.example.com`, ACM sends email to the the
    /// following five addresses:
    pub validation_domain: String,
}

/// Contains a DNS record value that you can use to validate ownership or control of a domain. This
/// is used by the `DescribeCertificate` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceRecord {
    /// The name of the DNS record to create in your domain. This is supplied by ACM.
    pub name: String,
    /// The type of DNS record. Currently this can be `CNAME`.
    pub r#type: RecordType,
    /// The value of the CNAME record to add to your DNS database. This is supplied by ACM.
    pub value: String,
}

/// The model's `RevocationReason`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RevocationReason {
    /// `UNSPECIFIED`
    #[default]
    #[shape(name = "UNSPECIFIED")]
    Unspecified,
    /// `KEY_COMPROMISE`
    #[shape(name = "KEY_COMPROMISE")]
    KeyCompromise,
    /// `CA_COMPROMISE`
    #[shape(name = "CA_COMPROMISE")]
    CaCompromise,
    /// `AFFILIATION_CHANGED`
    #[shape(name = "AFFILIATION_CHANGED")]
    AffiliationChanged,
    /// `SUPERCEDED`
    #[shape(name = "SUPERCEDED")]
    Superceded,
    /// `SUPERSEDED`
    #[shape(name = "SUPERSEDED")]
    Superseded,
    /// `CESSATION_OF_OPERATION`
    #[shape(name = "CESSATION_OF_OPERATION")]
    CessationOfOperation,
    /// `CERTIFICATE_HOLD`
    #[shape(name = "CERTIFICATE_HOLD")]
    CertificateHold,
    /// `REMOVE_FROM_CRL`
    #[shape(name = "REMOVE_FROM_CRL")]
    RemoveFromCrl,
    /// `PRIVILEGE_WITHDRAWN`
    #[shape(name = "PRIVILEGE_WITHDRAWN")]
    PrivilegeWithdrawn,
    /// `A_A_COMPROMISE`
    #[shape(name = "A_A_COMPROMISE")]
    AACompromise,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RevokeCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RevokeCertificateRequest {
    /// The Amazon Resource Name (ARN) of the public or private certificate that will be revoked.
    /// The ARN must have the following form:
    pub certificate_arn: String,
    /// Specifies why you revoked the certificate.
    pub revocation_reason: RevocationReason,
}

/// The output of `RevokeCertificate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RevokeCertificateResponse {
    /// The Amazon Resource Name (ARN) of the public or private certificate that was revoked.
    pub certificate_arn: Option<String>,
}

/// The input of `SearchCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SearchCertificatesRequest {
    /// A filter statement that defines the search criteria. You can combine multiple filters using
    /// AND, OR, and NOT logical operators to create complex queries.
    pub filter_statement: Option<CertificateFilterStatement>,
    /// The maximum number of results to return in the response. Default is 100.
    pub max_results: Option<i32>,
    /// Use this parameter only when paginating results and only in a subsequent request after you
    /// receive a response with truncated results. Set it to the value of `NextToken` from the
    /// response you just received.
    pub next_token: Option<String>,
    /// Specifies the field to sort results by. Valid values are CREATED\_AT, NOT\_AFTER, STATUS,
    /// RENEWAL\_STATUS, EXPORTED, IN\_USE, NOT\_BEFORE, KEY\_ALGORITHM, TYPE, CERTIFICATE\_ARN,
    /// COMMON\_NAME, REVOKED\_AT, RENEWAL\_ELIGIBILITY, ISSUED\_AT, MANAGED\_BY, EXPORT\_OPTION,
    /// VALIDATION\_METHOD, and IMPORTED\_AT.
    pub sort_by: Option<SearchCertificatesSortBy>,
    /// Specifies the order of sorted results. Valid values are ASCENDING or DESCENDING.
    pub sort_order: Option<SearchCertificatesSortOrder>,
}

/// The output of `SearchCertificates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SearchCertificatesResponse {
    /// A list of certificate search results containing certificate ARNs, X.509 attributes, and ACM
    /// metadata.
    pub results: Option<Vec<CertificateSearchResult>>,
    /// When the list is truncated, this value is present and contains the value to use for the
    /// `NextToken` parameter in a subsequent pagination request.
    pub next_token: Option<String>,
}

/// The field to sort search results by.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SearchCertificatesSortBy {
    /// `CREATED_AT`
    #[default]
    #[shape(name = "CREATED_AT")]
    CreatedAt,
    /// `NOT_AFTER`
    #[shape(name = "NOT_AFTER")]
    NotAfter,
    /// `STATUS`
    #[shape(name = "STATUS")]
    Status,
    /// `RENEWAL_STATUS`
    #[shape(name = "RENEWAL_STATUS")]
    RenewalStatus,
    /// `EXPORTED`
    #[shape(name = "EXPORTED")]
    Exported,
    /// `IN_USE`
    #[shape(name = "IN_USE")]
    InUse,
    /// `NOT_BEFORE`
    #[shape(name = "NOT_BEFORE")]
    NotBefore,
    /// `KEY_ALGORITHM`
    #[shape(name = "KEY_ALGORITHM")]
    KeyAlgorithm,
    /// `TYPE`
    #[shape(name = "TYPE")]
    Type,
    /// `CERTIFICATE_ARN`
    #[shape(name = "CERTIFICATE_ARN")]
    CertificateArn,
    /// `COMMON_NAME`
    #[shape(name = "COMMON_NAME")]
    CommonName,
    /// `REVOKED_AT`
    #[shape(name = "REVOKED_AT")]
    RevokedAt,
    /// `RENEWAL_ELIGIBILITY`
    #[shape(name = "RENEWAL_ELIGIBILITY")]
    RenewalEligibility,
    /// `ISSUED_AT`
    #[shape(name = "ISSUED_AT")]
    IssuedAt,
    /// `MANAGED_BY`
    #[shape(name = "MANAGED_BY")]
    ManagedBy,
    /// `EXPORT_OPTION`
    #[shape(name = "EXPORT_OPTION")]
    ExportOption,
    /// `VALIDATION_METHOD`
    #[shape(name = "VALIDATION_METHOD")]
    ValidationMethod,
    /// `IMPORTED_AT`
    #[shape(name = "IMPORTED_AT")]
    ImportedAt,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The order to sort search results.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SearchCertificatesSortOrder {
    /// `ASCENDING`
    #[default]
    #[shape(name = "ASCENDING")]
    Ascending,
    /// `DESCENDING`
    #[shape(name = "DESCENDING")]
    Descending,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SortBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SortBy {
    /// `CREATED_AT`
    #[default]
    #[shape(name = "CREATED_AT")]
    CreatedAt,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SortOrder`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// `ASCENDING`
    #[default]
    #[shape(name = "ASCENDING")]
    Ascending,
    /// `DESCENDING`
    #[shape(name = "DESCENDING")]
    Descending,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Filters certificates by subject alternative name attributes.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum SubjectAlternativeNameFilter {
    /// Filter by DNS name in subject alternative names.
    DnsName(DnsNameFilter),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// Filters certificates by subject attributes.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum SubjectFilter {
    /// Filter by common name in the subject.
    CommonName(CommonNameFilter),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// A key-value pair that identifies or specifies metadata about an ACM resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    pub key: String,
    /// The value of the tag.
    pub value: Option<String>,
}

/// Specifies a time range for filtering certificates.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimestampRange {
    /// The start of the time range. This value is inclusive.
    pub start: Option<DateTime>,
    /// The end of the time range. This value is inclusive.
    pub end: Option<DateTime>,
}

/// The input of `UpdateCertificateOptions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCertificateOptionsRequest {
    /// ARN of the requested certificate to update. This must be of the form:
    pub certificate_arn: String,
    /// Use to update the options for your certificate. Currently, you can specify whether to add
    /// your certificate to a transparency log or export your certificate. Certificate transparency
    /// makes it possible to detect SSL/TLS certificates that have been mistakenly or maliciously
    /// issued. Certificates that have not been logged typically produce an error message in a
    /// browser.
    pub options: CertificateOptions,
}

/// The model's `ValidationMethod`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ValidationMethod {
    /// `EMAIL`
    #[default]
    #[shape(name = "EMAIL")]
    Email,
    /// `DNS`
    #[shape(name = "DNS")]
    Dns,
    /// `HTTP`
    #[shape(name = "HTTP")]
    Http,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Filters certificates by X.509 attributes.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum X509AttributeFilter {
    /// Filter by certificate subject.
    Subject(SubjectFilter),
    /// Filter by subject alternative names.
    SubjectAlternativeName(SubjectAlternativeNameFilter),
    /// Filter by extended key usage.
    ExtendedKeyUsage(ExtendedKeyUsageName),
    /// Filter by key usage.
    KeyUsage(KeyUsageName),
    /// Filter by key algorithm.
    KeyAlgorithm(KeyAlgorithm),
    /// Filter by serial number.
    SerialNumber(String),
    /// Filter by certificate expiration date. The start date is inclusive.
    NotAfter(TimestampRange),
    /// Filter by certificate validity start date. The start date is inclusive.
    NotBefore(TimestampRange),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// Contains X.509 certificate attributes extracted from the certificate.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct X509Attributes {
    /// The distinguished name of the certificate issuer.
    pub issuer: Option<DistinguishedName>,
    /// The distinguished name of the certificate subject.
    pub subject: Option<DistinguishedName>,
    /// One or more domain names (subject alternative names) included in the certificate. This list
    /// contains the domain names that are bound to the public key that is contained in the
    /// certificate. The subject alternative names include the canonical domain name (CN) of the
    /// certificate and additional domain names that can be used to connect to the website.
    pub subject_alternative_names: Option<Vec<GeneralName>>,
    /// Contains a list of Extended Key Usage X.509 v3 extension objects. Each object specifies a
    /// purpose for which the certificate public key can be used and consists of a name and an
    /// object identifier (OID).
    pub extended_key_usages: Option<Vec<ExtendedKeyUsageName>>,
    /// The algorithm that was used to generate the public-private key pair.
    pub key_algorithm: Option<KeyAlgorithm>,
    /// A list of Key Usage X.509 v3 extension objects. Each object is a string value that
    /// identifies the purpose of the public key contained in the certificate. Possible extension
    /// values include DIGITAL\_SIGNATURE, KEY\_ENCHIPHERMENT, NON\_REPUDIATION, and more.
    pub key_usages: Option<Vec<KeyUsageName>>,
    /// The serial number assigned by the certificate authority.
    pub serial_number: Option<String>,
    /// The time after which the certificate is not valid.
    pub not_after: Option<DateTime>,
    /// The time before which the certificate is not valid.
    pub not_before: Option<DateTime>,
}
