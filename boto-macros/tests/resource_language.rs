//! The parts of the `#[resource]` language boto3's models need beyond the SQS example, over
//! a small JSON client and the replay transport: an identifier from the request an action
//! or collection sent (`request.x`), an identifier no request sends (`local`), an
//! attribute named apart from its data field (`#[attribute(member = ..)]`), a service
//! resource with data, and a batch request taking every identifier into a plural list.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, resource, Credentials, Op, Session, Shape};
use futures::TryStreamExt;
use std::sync::Arc;

#[derive(Shape, Debug, Clone, Default)]
pub struct CreateThingRequest {
    pub thing_name: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct CreateThingResult {
    pub thing_id: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingRequest {
    pub thing_name: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ThingData {
    pub thing_name: Option<String>,
    pub roles: Vec<String>,
    pub hint: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingResult {
    pub thing: Option<ThingData>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsRequest {
    pub prefix: Option<String>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsResult {
    pub names: Vec<String>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct DeleteThingsRequest {
    pub thing_names: Vec<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetSummaryRequest {}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetSummaryResult {
    pub count: Option<i32>,
}

#[client(service = "things", protocol = "awsJson1_1", target_prefix = "Things")]
pub struct ThingsClient {
    create_thing: Op<CreateThingRequest, CreateThingResult>,
    get_thing: Op<GetThingRequest, GetThingResult>,
    #[op(paginate(input_token = next_token, output_token = next_token, items = names))]
    list_things: Op<ListThingsRequest, ListThingsResult>,
    delete_things: Op<DeleteThingsRequest, ()>,
    get_summary: Op<GetSummaryRequest, GetSummaryResult>,
}

/// The service resource.
#[resource(client = ThingsClient, service)]
#[action(create_thing = create_thing,
         resource = Thing(name = request.thing_name, secret = thing_id))]
#[collection(things = list_things, with = |r| r.prefix("t"), items = names,
             resource = Thing(name = item, secret = request.prefix))]
#[subresource(summary = Summary())]
pub struct Things;

/// A service-wide resource with data and no identifiers.
#[resource(client = ThingsClient, service, load = get_summary)]
pub struct Summary {
    count: Option<i32>,
}

/// A thing: its name is sent, its secret carried along.
#[resource(client = ThingsClient, shape = ThingData, load = get_thing,
           load_path = |o: GetThingResult| o.thing)]
#[batch_action(delete = delete_things)]
pub struct Thing {
    #[identifier(param = thing_name, member = thing_name)]
    name: String,
    #[identifier(local)]
    secret: String,
    #[attribute(member = roles)]
    roles_attribute: Vec<String>,
    hint: Option<String>,
}

fn json() -> [(&'static str, &'static str); 1] {
    [("content-type", "application/x-amz-json-1.1")]
}

#[tokio::test]
async fn request_local_attribute_member_service_data_and_plural_batch() -> boto_core::Result<()> {
    let replay = ReplayClient::new();
    replay.push(200, &json(), r#"{"ThingId":"t-1"}"#);
    replay.push(
        200,
        &json(),
        r#"{"Thing":{"ThingName":"a","Roles":["r1"],"Hint":"h"}}"#,
    );
    replay.push(200, &json(), r#"{"Names":["a","b"]}"#);
    replay.push(200, &json(), r#"{"Count":3}"#);
    replay.push(200, &json(), r#"{}"#);
    let session = Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()?;
    let things = Things::new(&session);

    // The name from the request (the answer lacks it), the secret from the answer.
    let thing = things.create_thing().with(|r| r.thing_name("a")).await?;
    assert_eq!((thing.name(), thing.secret()), ("a", "t-1"));

    // The attribute reads the data's `roles`.
    assert_eq!(thing.roles_attribute().await?, vec!["r1".to_owned()]);
    assert_eq!(thing.hint().await?.as_deref(), Some("h"));
    assert!(replay.requests()[1]
        .body_str()
        .contains(r#""ThingName":"a""#));

    // A collection's request, read for every element.
    let listed: Vec<Thing> = things.things().try_collect().await?;
    assert_eq!(listed.len(), 2);
    assert_eq!((listed[1].name(), listed[1].secret()), ("b", "t"));

    // A service-wide resource with data.
    assert_eq!(things.summary().count().await?, Some(3));

    // One batch request, every name in the plural list.
    listed.delete().await?;
    let requests = replay.requests();
    assert_eq!(requests.len(), 5);
    assert!(
        requests[4].body_str().contains(r#""ThingNames":["a","b"]"#),
        "{}",
        requests[4].body_str()
    );
    Ok(())
}
