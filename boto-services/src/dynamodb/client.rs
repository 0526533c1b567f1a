//! The typed DynamoDB client: one method per operation, `query_pages`/`query_items` and
//! `scan_pages`/`scan_items` following `LastEvaluatedKey`, `list_tables_pages`/`list_tables_items`
//! following `LastEvaluatedTableName`, and the table waiters.

use super::shapes::*;
use boto_core::{client, Op};

/// botocore's `endpoint-rule-set-1.json` of the service (minified), parsed once per process.
static ENDPOINT_RULES: &str = include_str!("endpoint-rule-set.json");

/// A DynamoDB client (`awsJson1_0`, API version 2012-08-10).
///
/// ```no_run
/// # async fn f() -> boto_core::Result<()> {
/// use boto_services::dynamodb::{self, key, Key};
/// let session = boto_core::Session::new();
/// let client = dynamodb::Client::new(&session);
/// let got = client
///     .get_item(dynamodb::GetItemRequest::new().table_name("users").key(key!("id" => "a")))
///     .await?;
/// println!("{:?}", got.item);
/// # Ok(()) }
/// ```
#[client(
    service = "dynamodb",
    protocol = "awsJson1_0",
    target_prefix = "DynamoDB_20120810",
    api_version = "2012-08-10",
    endpoint_rules = ENDPOINT_RULES
)]
#[waiter(table_exists = describe_table, delay = 20, max_attempts = 25,
         success(path = |o| -> &str {
             o.table.as_ref().and_then(|t| t.table_status.as_ref()).map_or("", TableStatus::as_str)
         } == "ACTIVE"),
         retry(error = "ResourceNotFoundException"))]
#[waiter(table_not_exists = describe_table, delay = 20, max_attempts = 25,
         success(error = "ResourceNotFoundException"))]
pub struct Client {
    /// Creates a table (asynchronously: wait for `ACTIVE` with `wait_until_table_exists`).
    #[op(context(ResourceArn = "TableName"))]
    create_table: Op<CreateTableRequest, CreateTableOutput>,
    /// Describes a table.
    #[op(context(ResourceArn = "TableName"))]
    describe_table: Op<DescribeTableRequest, DescribeTableOutput>,
    /// Changes a table's capacity, stream, class or deletion protection.
    #[op(context(ResourceArn = "TableName"))]
    update_table: Op<UpdateTableRequest, UpdateTableOutput>,
    /// Deletes a table and all its items.
    #[op(context(ResourceArn = "TableName"))]
    delete_table: Op<DeleteTableRequest, DeleteTableOutput>,
    /// Writes (creates or replaces) one item.
    #[op(context(ResourceArn = "TableName"))]
    put_item: Op<PutItemRequest, PutItemOutput>,
    /// Reads one item by its primary key.
    #[op(context(ResourceArn = "TableName"))]
    get_item: Op<GetItemRequest, GetItemOutput>,
    /// Deletes one item by its primary key.
    #[op(context(ResourceArn = "TableName"))]
    delete_item: Op<DeleteItemRequest, DeleteItemOutput>,
    /// Edits one item's attributes (creating it if absent).
    #[op(context(ResourceArn = "TableName"))]
    update_item: Op<UpdateItemRequest, UpdateItemOutput>,
    /// Reads the items of one partition, in sort-key order.
    #[op(paginate(input_token = exclusive_start_key, output_token = last_evaluated_key,
                  items = items, limit = limit), context(ResourceArn = "TableName"))]
    query: Op<QueryRequest, QueryOutput>,
    /// Reads every item of a table or index.
    #[op(paginate(input_token = exclusive_start_key, output_token = last_evaluated_key,
                  items = items, limit = limit), context(ResourceArn = "TableName"))]
    scan: Op<ScanRequest, ScanOutput>,
    /// Puts and deletes up to 25 items in one call; some may come back unprocessed.
    #[op(operation_context(ResourceArnList = "keys(RequestItems)"))]
    batch_write_item: Op<BatchWriteItemRequest, BatchWriteItemOutput>,
    /// Reads up to 100 items in one call; some keys may come back unprocessed.
    #[op(operation_context(ResourceArnList = "keys(RequestItems)"))]
    batch_get_item: Op<BatchGetItemRequest, BatchGetItemOutput>,
    /// Writes up to 100 items in one all-or-nothing transaction.
    #[op(operation_context(
        ResourceArnList = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]"
    ))]
    transact_write_items: Op<TransactWriteItemsRequest, TransactWriteItemsOutput>,
    /// Reads up to 100 items from one consistent snapshot.
    #[op(operation_context(ResourceArnList = "TransactItems[*].Get.TableName"))]
    transact_get_items: Op<TransactGetItemsRequest, TransactGetItemsOutput>,
    /// Turns a table's time to live on or off.
    #[op(context(ResourceArn = "TableName"))]
    update_time_to_live: Op<UpdateTimeToLiveRequest, UpdateTimeToLiveOutput>,
    /// Describes a table's time to live.
    #[op(context(ResourceArn = "TableName"))]
    describe_time_to_live: Op<DescribeTimeToLiveRequest, DescribeTimeToLiveOutput>,
    /// Lists the account's table names in the region.
    #[op(paginate(input_token = exclusive_start_table_name,
                  output_token = last_evaluated_table_name, items = table_names, limit = limit))]
    list_tables: Op<ListTablesRequest, ListTablesOutput>,
}
