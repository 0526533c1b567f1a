//! The hand-written EC2 shapes checked against botocore's EC2 model (when Python's
//! botocore is installed): every member's XML name and ec2Query key, every member type,
//! structure names, required request members, and each operation's input and output.

#![cfg(feature = "ec2")]

use boto_core::model::{Kind, Schema, Shapes};
use boto_core::Shape;
use boto_services::ec2::*;
use serde_json::Value as Json;
use std::collections::HashSet;

/// Typed shapes only hold static references, which resolve without an arena.
static STATIC: Shapes = Shapes::EMPTY;

/// botocore's EC2 model as JSON, or `None` when Python or botocore is missing.
fn botocore_ec2() -> Option<Json> {
    let script = "import json, botocore.loaders as l; \
                  print(json.dumps(l.Loader().load_service_model('ec2', 'service-2', '2016-11-15')))";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    serde_json::from_slice(&out.stdout).ok()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

struct Checker<'a> {
    shapes: &'a serde_json::Map<String, Json>,
    seen: HashSet<String>,
    problems: Vec<String>,
    members: usize,
}

impl Checker<'_> {
    fn shape(&self, name: &str) -> &Json {
        &self.shapes[name]
    }

    fn check(&mut self, ours: &Schema, theirs: &str, at: &str) {
        let b = self.shape(theirs).clone();
        let btype = b["type"].as_str().unwrap_or("");
        let ok = matches!(
            (&ours.kind, btype),
            (Kind::Structure { .. }, "structure")
                | (Kind::List { .. }, "list")
                | (Kind::Map { .. }, "map")
                | (Kind::String, "string")
                | (Kind::Boolean, "boolean")
                | (Kind::Integer, "integer" | "long")
                | (Kind::Float, "double" | "float")
                | (Kind::Timestamp, "timestamp")
                | (Kind::Blob, "blob")
        );
        if !ok {
            self.problems
                .push(format!("{at}: ours {:?}, botocore {btype}", ours.kind));
            return;
        }
        match &ours.kind {
            Kind::Structure { members, .. } => {
                if *ours.name != *theirs {
                    self.problems
                        .push(format!("{at}: shape {} is botocore's {theirs}", ours.name));
                }
                if !self.seen.insert(ours.name.to_string()) {
                    return;
                }
                let bmembers = b["members"].as_object().cloned().unwrap_or_default();
                let required: Vec<&str> = b["required"]
                    .as_array()
                    .map(|r| r.iter().filter_map(Json::as_str).collect())
                    .unwrap_or_default();
                for m in members {
                    self.members += 1;
                    let found = bmembers.iter().find(|(n, bm)| {
                        **n == *m.name || bm["locationName"].as_str() == Some(m.wire_name())
                    });
                    let Some((bname, bm)) = found else {
                        self.problems
                            .push(format!("{}.{}: not in botocore", ours.name, m.name));
                        continue;
                    };
                    let bxml = bm["locationName"].as_str().unwrap_or(bname);
                    // Requests are never read from XML: only their query keys matter.
                    if m.wire_name() != bxml && !ours.name.ends_with("Request") {
                        self.problems.push(format!(
                            "{}.{}: XML name {}, botocore {bxml}",
                            ours.name,
                            m.name,
                            m.wire_name()
                        ));
                    }
                    let key = m
                        .traits
                        .query_name
                        .as_deref()
                        .map_or_else(|| capitalize(m.wire_name()), str::to_owned);
                    let bkey = bm["queryName"]
                        .as_str()
                        .map_or_else(|| capitalize(bxml), str::to_owned);
                    if key != bkey {
                        self.problems.push(format!(
                            "{}.{}: query key {key}, botocore {bkey}",
                            ours.name, m.name
                        ));
                    }
                    if required.contains(&bname.as_str()) && !m.traits.required {
                        self.problems
                            .push(format!("{}.{}: botocore requires it", ours.name, m.name));
                    }
                    let target = STATIC.get(&m.target);
                    let btarget = bm["shape"].as_str().unwrap_or("").to_owned();
                    self.check(target, &btarget, &format!("{}.{}", ours.name, m.name));
                }
            }
            Kind::List { member } => {
                let btarget = b["member"]["shape"].as_str().unwrap_or("").to_owned();
                self.check(STATIC.get(&member.target), &btarget, at);
            }
            _ => {}
        }
    }

    fn op<I: Shape, O: Shape>(&mut self, model: &Json, op: &str) {
        let o = &model["operations"][op];
        match o["input"]["shape"].as_str() {
            Some(input) => self.check(I::schema(), input, op),
            None => self.problems.push(format!("{op}: no such operation")),
        }
        match o["output"]["shape"].as_str() {
            Some(output) => self.check(O::schema(), output, op),
            None => {
                let members = match &O::schema().kind {
                    Kind::Structure { members, .. } => members.len(),
                    _ => 1,
                };
                if members != 0 {
                    self.problems
                        .push(format!("{op}: botocore has no output, ours has one"));
                }
            }
        }
    }
}

#[test]
fn shapes_match_botocore() {
    let Some(model) = botocore_ec2() else {
        assert!(
            !testkit::in_ci(),
            "python3 with botocore is required under CI=true (scripts/test.sh installs boto3)"
        );
        eprintln!("skipped: python3 with botocore is not installed");
        return;
    };
    let shapes = model["shapes"].as_object().expect("shapes");
    let mut c = Checker {
        shapes,
        seen: HashSet::new(),
        problems: Vec::new(),
        members: 0,
    };
    macro_rules! ops {
        ($($op:literal: $i:ty => $o:ty;)*) => { $( c.op::<$i, $o>(&model, $op); )* };
    }
    ops! {
        "RunInstances": RunInstancesRequest => Reservation;
        "DescribeInstances": DescribeInstancesRequest => DescribeInstancesResult;
        "StartInstances": StartInstancesRequest => StartInstancesResult;
        "StopInstances": StopInstancesRequest => StopInstancesResult;
        "TerminateInstances": TerminateInstancesRequest => TerminateInstancesResult;
        "RebootInstances": RebootInstancesRequest => ();
        "MonitorInstances": MonitorInstancesRequest => MonitorInstancesResult;
        "UnmonitorInstances": UnmonitorInstancesRequest => UnmonitorInstancesResult;
        "DescribeInstanceStatus": DescribeInstanceStatusRequest => DescribeInstanceStatusResult;
        "DescribeAddresses": DescribeAddressesRequest => DescribeAddressesResult;
        "AllocateAddress": AllocateAddressRequest => AllocateAddressResult;
        "AssociateAddress": AssociateAddressRequest => AssociateAddressResult;
        "ReleaseAddress": ReleaseAddressRequest => ();
        "CreateVpc": CreateVpcRequest => CreateVpcResult;
        "DescribeVpcs": DescribeVpcsRequest => DescribeVpcsResult;
        "DeleteVpc": DeleteVpcRequest => ();
        "CreateSubnet": CreateSubnetRequest => CreateSubnetResult;
        "DescribeSubnets": DescribeSubnetsRequest => DescribeSubnetsResult;
        "DeleteSubnet": DeleteSubnetRequest => ();
        "CreateSecurityGroup": CreateSecurityGroupRequest => CreateSecurityGroupResult;
        "DescribeSecurityGroups": DescribeSecurityGroupsRequest => DescribeSecurityGroupsResult;
        "DeleteSecurityGroup": DeleteSecurityGroupRequest => DeleteSecurityGroupResult;
        "AuthorizeSecurityGroupIngress":
            AuthorizeSecurityGroupIngressRequest => AuthorizeSecurityGroupIngressResult;
        "CreateKeyPair": CreateKeyPairRequest => KeyPairShape;
        "DescribeKeyPairs": DescribeKeyPairsRequest => DescribeKeyPairsResult;
        "DeleteKeyPair": DeleteKeyPairRequest => DeleteKeyPairResult;
        "ImportKeyPair": ImportKeyPairRequest => ImportKeyPairResult;
        "DescribeImages": DescribeImagesRequest => DescribeImagesResult;
        "CreateVolume": CreateVolumeRequest => VolumeShape;
        "DescribeVolumes": DescribeVolumesRequest => DescribeVolumesResult;
        "DeleteVolume": DeleteVolumeRequest => ();
        "AttachVolume": AttachVolumeRequest => VolumeAttachment;
        "DetachVolume": DetachVolumeRequest => VolumeAttachment;
        "CreateTags": CreateTagsRequest => ();
        "DescribeTags": DescribeTagsRequest => DescribeTagsResult;
        "DeleteTags": DeleteTagsRequest => ();
        "DescribeRegions": DescribeRegionsRequest => DescribeRegionsResult;
        "DescribeAvailabilityZones":
            DescribeAvailabilityZonesRequest => DescribeAvailabilityZonesResult;
    }
    assert!(c.problems.is_empty(), "{:#?}", c.problems);
    assert!(c.seen.len() > 80, "structures checked: {}", c.seen.len());
    println!(
        "{} structures, {} members match botocore",
        c.seen.len(),
        c.members
    );
}
