use super::*;

#[test]
fn xform_name_matches_botocore() {
    // Expected values from botocore 1.43.11's `xform_name`.
    for (name, want) in [
        ("ListObjectsV2", "list_objects_v2"),
        ("DescribeDBInstances", "describe_db_instances"),
        ("GetSecretValue", "get_secret_value"),
        ("DescribeStream", "describe_stream"),
        ("ListWebACLs", "list_web_acls"),
        ("GatewayARNs", "gateway_arns"),
        ("SomeCNAMEs", "some_cnames"),
        ("ARN", "arn"),
        ("StreamARN", "stream_arn"),
        ("KMSKeyId", "kms_key_id"),
        ("HTTPResponse", "http_response"),
        ("CreateCachediSCSIVolume", "create_cached_iscsi_volume"),
        ("ExecutePartiQLStatement", "execute_partiql_statement"),
        ("already_snake", "already_snake"),
        (
            "ListHITsForQualificationType",
            "list_hits_for_qualification_type",
        ),
        ("SSEKMSKeyId", "ssekms_key_id"),
        ("ETag", "e_tag"),
        ("IPv6Address", "i_pv6_address"),
        ("Ipv6CidrBlock", "ipv6_cidr_block"),
        ("x", "x"),
        ("", ""),
        ("ABCs", "_abcs"),
        ("aBCs", "a_bcs"),
        ("AbCDEFgHi", "ab_cde_fg_hi"),
        ("S3Key", "s3_key"),
        ("MD5OfBody", "md5_of_body"),
        ("X509Cert", "x509_cert"),
    ] {
        assert_eq!(xform_name(name), want, "{name}");
    }
}

#[test]
fn keywords_and_clashes() {
    assert_eq!(rust_ident("type"), "r#type");
    assert_eq!(rust_ident("self"), "self_");
    assert_eq!(rust_ident("name"), "name");
    assert_eq!(pascal("r#type"), "Type");
    assert_eq!(pascal("stream_arn"), "StreamArn");
    assert_eq!(variant_ident("ACTIVE"), "Active");
    assert_eq!(variant_ident("aws:kms"), "AwsKms");
    assert_eq!(variant_ident("t2.micro"), "T2Micro");
    assert_eq!(variant_ident("1.0"), "V10");
    assert_eq!(variant_ident("SecretString"), "SecretString");
    assert_eq!(variant_ident("--"), "Empty");
    assert_eq!(variant_ident("SELF"), "SelfValue");
    let taken = |s: &str| s == "A" || s == "A2";
    assert_eq!(unique("A", &taken), "A3");
    assert_eq!(unique("B", &taken), "B");
}
