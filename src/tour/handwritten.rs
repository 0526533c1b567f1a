//! §3 and §4: shapes and a service client declared by hand with the macros, exactly as
//! the guide's SQS example, then used against the endpoint.

use super::{check, say, TourResult};
use boto_core::{client, Op, Session, Shape, Value};
use futures::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

/// Input of `CreateQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueRequest {
    /// The queue's name.
    pub queue_name: String,
    /// Queue attributes (`VisibilityTimeout`, ...).
    pub attributes: HashMap<String, String>,
}

/// Output of `CreateQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueResult {
    /// The new queue's URL.
    pub queue_url: Option<String>,
}

/// Input of `GetQueueUrl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlRequest {
    /// The queue's name.
    pub queue_name: String,
}

/// Output of `GetQueueUrl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    /// The queue's URL.
    pub queue_url: Option<String>,
}

/// Input of `ListQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesRequest {
    /// Only queues whose name starts with this.
    pub queue_name_prefix: Option<String>,
    /// Where the previous page stopped.
    pub next_token: Option<String>,
    /// Page size.
    pub max_results: Option<i32>,
}

/// Output of `ListQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesResult {
    /// The queues' URLs.
    pub queue_urls: Vec<String>,
    /// Present when more pages follow.
    pub next_token: Option<String>,
}

/// The guide's hand-declared SQS client.
#[client(
    service = "sqs",
    protocol = "awsJson1_0",
    target_prefix = "AmazonSQS",
    api_version = "2012-11-05"
)]
#[waiter(queue_exists = get_queue_url, delay = 1, max_attempts = 20,
         success(status = 200), retry(error = "QueueDoesNotExist"))]
pub struct SqsClient {
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    #[op(name = "GetQueueUrl")]
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
}

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    // §3: a shape's setters and its value, keyed by wire names.
    let req = CreateQueueRequest::new()
        .queue_name("hand-1")
        .attributes(HashMap::from([(
            "VisibilityTimeout".to_owned(),
            "40".to_owned(),
        )]));
    let wire_name = matches!(req.clone().into_value(), Value::Structure(fields)
        if fields.iter().any(|(name, v)| name == "QueueName"
            && matches!(v, Value::String(s) if s == "hand-1")));
    let back = CreateQueueRequest::from_value(req.clone().into_value())?;
    check(wire_name && back == req, || {
        format!("shape value of {req:?}")
    })?;
    say(
        "shapes",
        "#[derive(Shape)]: new(), setters, into_value() with wire names, from_value()",
    );

    // §4: the client the macro generated, with its paginator and waiter.
    let sqs = SqsClient::new(session);
    for name in ["hand-1", "hand-2", "hand-3"] {
        let r = CreateQueueRequest::new().queue_name(name);
        let r = if name == "hand-1" { req.clone() } else { r };
        sqs.create_queue(r).await?;
    }
    sqs.wait_until_queue_exists(GetQueueUrlRequest::new().queue_name("hand-1"))
        .delay(Duration::from_millis(200))
        .await?;
    let urls: Vec<String> = sqs
        .list_queues_items(
            ListQueuesRequest::new()
                .queue_name_prefix("hand-")
                .max_results(2),
        )
        .try_collect()
        .await?;
    check(urls.len() == 3, || {
        format!("list_queues_items gave {urls:?}")
    })?;
    let missing = sqs
        .get_queue_url(GetQueueUrlRequest::new().queue_name("hand-missing"))
        .await;
    check(
        matches!(&missing, Err(e) if e.is_code("QueueDoesNotExist")),
        || format!("a missing queue gave {missing:?}"),
    )?;
    say(
        "client",
        format!(
            "#[client] SqsClient: create_queue x3, wait_until_queue_exists, \
             list_queues_items (pages of 2): {} urls, missing queue: QueueDoesNotExist",
            urls.len()
        ),
    );
    Ok(())
}
