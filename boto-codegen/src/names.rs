//! Names: botocore's `xform_name`, Rust keywords, and the identifiers of enum variants.

#[cfg(test)]
mod tests;

/// botocore's `_xform_cache`: operation names its rules would split wrongly.
const XFORM_SPECIAL: &[(&str, &str)] = &[
    (
        "AssociateWhatsAppBusinessAccount",
        "associate_whatsapp_business_account",
    ),
    ("CreateCachediSCSIVolume", "create_cached_iscsi_volume"),
    ("CreateStorediSCSIVolume", "create_stored_iscsi_volume"),
    (
        "CreateWhatsAppMessageTemplate",
        "create_whatsapp_message_template",
    ),
    (
        "CreateWhatsAppMessageTemplateFromLibrary",
        "create_whatsapp_message_template_from_library",
    ),
    (
        "CreateWhatsAppMessageTemplateMedia",
        "create_whatsapp_message_template_media",
    ),
    (
        "DeleteWhatsAppMessageMedia",
        "delete_whatsapp_message_media",
    ),
    (
        "DeleteWhatsAppMessageTemplate",
        "delete_whatsapp_message_template",
    ),
    (
        "DescribeCachediSCSIVolumes",
        "describe_cached_iscsi_volumes",
    ),
    (
        "DescribeStorediSCSIVolumes",
        "describe_stored_iscsi_volumes",
    ),
    (
        "DisassociateWhatsAppBusinessAccount",
        "disassociate_whatsapp_business_account",
    ),
    ("ExecutePartiQLBatch", "execute_partiql_batch"),
    ("ExecutePartiQLStatement", "execute_partiql_statement"),
    ("ExecutePartiQLTransaction", "execute_partiql_transaction"),
    (
        "GetLinkedWhatsAppBusinessAccount",
        "get_linked_whatsapp_business_account",
    ),
    (
        "GetLinkedWhatsAppBusinessAccountPhoneNumber",
        "get_linked_whatsapp_business_account_phone_number",
    ),
    ("GetOTelEnrichment", "get_otel_enrichment"),
    ("GetWhatsAppMessageMedia", "get_whatsapp_message_media"),
    (
        "GetWhatsAppMessageTemplate",
        "get_whatsapp_message_template",
    ),
    (
        "ListHITsForQualificationType",
        "list_hits_for_qualification_type",
    ),
    (
        "ListLinkedWhatsAppBusinessAccounts",
        "list_linked_whatsapp_business_accounts",
    ),
    (
        "ListWhatsAppMessageTemplates",
        "list_whatsapp_message_templates",
    ),
    (
        "ListWhatsAppTemplateLibrary",
        "list_whatsapp_template_library",
    ),
    ("PostWhatsAppMessageMedia", "post_whatsapp_message_media"),
    (
        "PutWhatsAppBusinessAccountEventDestinations",
        "put_whatsapp_business_account_event_destinations",
    ),
    ("SendWhatsAppMessage", "send_whatsapp_message"),
    ("StartOTelEnrichment", "start_otel_enrichment"),
    ("StopOTelEnrichment", "stop_otel_enrichment"),
    (
        "UpdateWhatsAppMessageTemplate",
        "update_whatsapp_message_template",
    ),
];

/// botocore's `xform_name(name)` (separator `_`): `ListObjectsV2` -> `list_objects_v2`,
/// `DescribeDBInstances` -> `describe_db_instances`, `GatewayARNs` -> `gateway_arns`.
///
/// Its three rules, in its order: a trailing pluralised acronym (`[A-Z]{2,}s$`) becomes
/// `_acronyms`; then `(.)([A-Z][a-z]+)` -> `\1_\2`; then `([a-z0-9])([A-Z])` -> `\1_\2`;
/// then lower case. A name that already holds `_` is returned unchanged.
pub fn xform_name(name: &str) -> String {
    if name.contains('_') {
        return name.to_owned();
    }
    if let Some((_, v)) = XFORM_SPECIAL.iter().find(|(k, _)| *k == name) {
        return (*v).to_owned();
    }
    let mut name: Vec<u8> = name.as_bytes().to_vec();
    // `[A-Z]{2,}s$`: the leftmost match is the whole run of capitals before the final `s`.
    if name.last() == Some(&b's') {
        let caps = name[..name.len() - 1]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        if caps >= 2 {
            let start = name.len() - 1 - caps;
            let matched: Vec<u8> = name[start..].to_ascii_lowercase();
            name.truncate(start);
            name.push(b'_');
            name.extend(matched);
        }
    }
    let s1 = first_cap(&name);
    let s2 = end_cap(&s1);
    String::from_utf8_lossy(&s2).to_ascii_lowercase()
}

/// `re.sub('(.)([A-Z][a-z]+)', r'\1_\2', s)`: non-overlapping, left to right, greedy.
fn first_cap(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\n' && i + 1 < s.len() && s[i + 1].is_ascii_uppercase() {
            let run = s[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            if run > 0 {
                out.push(s[i]);
                out.push(b'_');
                out.extend_from_slice(&s[i + 1..i + 2 + run]);
                i += 2 + run;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// `re.sub('([a-z0-9])([A-Z])', r'\1_\2', s)`: non-overlapping, left to right.
fn end_cap(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < s.len() {
        if (s[i].is_ascii_lowercase() || s[i].is_ascii_digit())
            && i + 1 < s.len()
            && s[i + 1].is_ascii_uppercase()
        {
            out.extend_from_slice(&[s[i], b'_', s[i + 1]]);
            i += 2;
            continue;
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// The macros' rule for a member's default wire name, from boto-case, which the macros use
/// too: the field name in PascalCase (`r#type` -> `Type`, `stream_arn` -> `StreamArn`).
pub use boto_case::pascal;

/// Rust's strict and reserved keywords (2021 edition).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "Self",
];

/// A field or method identifier for a snake_case name: keywords become raw identifiers
/// (`type` -> `r#type`), except those that cannot be raw (`self`, `Self`, `super`,
/// `crate`), which take a trailing `_`.
pub fn rust_ident(snake: &str) -> String {
    match snake {
        "self" | "Self" | "super" | "crate" => format!("{snake}_"),
        s if KEYWORDS.contains(&s) => format!("r#{s}"),
        s if s.starts_with(|c: char| c.is_ascii_digit()) => format!("_{s}"),
        s => s.to_owned(),
    }
}

/// Names a generated shape may not take, because the module declares or imports them or
/// they are in Rust's prelude: a model shape with one of them gets the suffix `Shape`
/// (`Client` -> `ClientShape`, `Result` -> `ResultShape`).
pub const RESERVED_TYPES: &[&str] = &[
    "Client",
    "Op",
    "Shape",
    "HashMap",
    "DateTime",
    "Blob",
    "Document",
    "ByteStream",
    "Result",
    "Option",
    "Some",
    "None",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Error",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "ToString",
    "ToOwned",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "AsRef",
    "AsMut",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "Debug",
    "Hash",
    "FromIterator",
    "Self",
];

/// A string-enum value as a variant identifier: words split at non-alphanumerics, each
/// capitalised (an all-capitals word is lower-cased after its first letter): `ACTIVE` ->
/// `Active`, `aws:kms` -> `AwsKms`, `t2.micro` -> `T2Micro`, `SecretString` ->
/// `SecretString`; a leading digit gets a `V` (`1.0` -> `V10`); `SELF` is `SelfValue`.
pub fn variant_ident(value: &str) -> String {
    let mut out = String::new();
    for word in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let all_caps = !word.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if all_caps {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    if out.is_empty() {
        out.push_str("Empty");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    // `SELF` would be the keyword `Self`, which cannot be a variant.
    if out == "Self" {
        out.push_str("Value");
    }
    out
}

/// `name`, or `name2`, `name3`, .. : the first that `taken` does not hold.
pub fn unique(name: &str, taken: &dyn Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_owned();
    }
    (2..)
        .map(|n| format!("{name}{n}"))
        .find(|c| !taken(c))
        .expect("an unbounded sequence has a free name")
}
