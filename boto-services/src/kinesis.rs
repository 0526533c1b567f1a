//! Amazon Kinesis (`kinesis`, API version 2013-12-02): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- kinesis --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon Kinesis Data Streams is a managed service that scales elastically for real-time
/// processing of streaming big data.
#[client(
    service = "kinesis",
    protocol = "awsJson1_1",
    target_prefix = "Kinesis_20131202",
    api_version = "2013-12-02",
    service_id = "Kinesis",
    endpoint_rules = include_str!("kinesis/endpoint-rule-set.json"),
)]
#[waiter(
    stream_exists = describe_stream,
    delay = 10,
    max_attempts = 18,
    success(path = |o: &DescribeStreamOutput| -> Option<&str> { Some(o).map(|x| &x.stream_description).map(|x| &x.stream_status).map(|x| x.as_str()) } == Some("ACTIVE")),
)]
#[waiter(
    stream_not_exists = describe_stream,
    delay = 10,
    max_attempts = 18,
    success(error = "ResourceNotFoundException"),
)]
pub struct Client {
    /// Adds or updates tags for the specified Kinesis data stream. You can assign up to 50 tags to
    /// a data stream.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    add_tags_to_stream: Op<AddTagsToStreamInput, ()>,
    /// Creates a Kinesis data stream. A stream captures and transports data records that are
    /// continuously emitted from different data sources or *producers*. Scale-out within a stream
    /// is explicitly supported by means of shards, which are uniquely identified groups of data
    /// records in a stream.
    create_stream: Op<CreateStreamInput, ()>,
    /// Decreases the Kinesis data stream's retention period, which is the length of time data
    /// records are accessible after they are added to the stream. The minimum value of a stream's
    /// retention period is 24 hours.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    decrease_stream_retention_period: Op<DecreaseStreamRetentionPeriodInput, ()>,
    /// Delete a policy for the specified data stream or consumer. Request patterns can be one of
    /// the following:
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    delete_resource_policy: Op<DeleteResourcePolicyInput, ()>,
    /// Deletes a Kinesis data stream and all its shards and data. You must shut down any
    /// applications that are operating on the stream before you delete the stream. If an
    /// application attempts to operate on a deleted stream, it receives the exception
    /// `ResourceNotFoundException`.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    delete_stream: Op<DeleteStreamInput, ()>,
    /// To deregister a consumer, provide its ARN. Alternatively, you can provide the ARN of the
    /// data stream and the name you gave the consumer when you registered it. You may also provide
    /// all three parameters, as long as they don't conflict with each other. If you don't know the
    /// name or ARN of the consumer that you want to deregister, you can use the
    /// `ListStreamConsumers` operation to get a list of the descriptions of all the consumers that
    /// are currently registered with a given data stream. The description of a consumer contains
    /// its name and ARN.
    #[op(
        context(StreamARN, ConsumerARN, StreamId),
        static_context(OperationType = "control")
    )]
    deregister_stream_consumer: Op<DeregisterStreamConsumerInput, ()>,
    /// Describes the account-level settings for Amazon Kinesis Data Streams. This operation returns
    /// information about the minimum throughput billing commitments and other account-level
    /// configurations.
    describe_account_settings: Op<DescribeAccountSettingsInput, DescribeAccountSettingsOutput>,
    /// Describes the shard limits and usage for the account.
    describe_limits: Op<DescribeLimitsInput, DescribeLimitsOutput>,
    /// Describes the specified Kinesis data stream.
    #[op(paginate(input_token = exclusive_start_shard_id, output_token = |o: &DescribeStreamOutput| Some(o).map(|x| &x.stream_description).map(|x| &x.shards).and_then(|x| x.last()).map(|x| &x.shard_id).cloned(), more_results = |o: &DescribeStreamOutput| Some(o).map(|x| &x.stream_description).map(|x| &x.has_more_shards).copied(), items = |o: DescribeStreamOutput| -> Vec<Shard> { Some(o).map(|x| x.stream_description).map(|x| x.shards).unwrap_or_default() }, limit = limit), context(StreamARN, StreamId), static_context(OperationType = "control"))]
    describe_stream: Op<DescribeStreamInput, DescribeStreamOutput>,
    /// To get the description of a registered consumer, provide the ARN of the consumer.
    /// Alternatively, you can provide the ARN of the data stream and the name you gave the consumer
    /// when you registered it. You may also provide all three parameters, as long as they don't
    /// conflict with each other. If you don't know the name or ARN of the consumer that you want to
    /// describe, you can use the `ListStreamConsumers` operation to get a list of the descriptions
    /// of all the consumers that are currently registered with a given data stream.
    #[op(
        context(StreamARN, ConsumerARN, StreamId),
        static_context(OperationType = "control")
    )]
    describe_stream_consumer: Op<DescribeStreamConsumerInput, DescribeStreamConsumerOutput>,
    /// Provides a summarized description of the specified Kinesis data stream without the shard
    /// list.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    describe_stream_summary: Op<DescribeStreamSummaryInput, DescribeStreamSummaryOutput>,
    /// Disables enhanced monitoring.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    disable_enhanced_monitoring: Op<DisableEnhancedMonitoringInput, EnhancedMonitoringOutput>,
    /// Enables enhanced Kinesis data stream monitoring for shard-level metrics.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    enable_enhanced_monitoring: Op<EnableEnhancedMonitoringInput, EnhancedMonitoringOutput>,
    /// Gets data records from a Kinesis data stream's shard.
    #[op(context(StreamARN, StreamId), static_context(OperationType = "data"))]
    get_records: Op<GetRecordsInput, GetRecordsOutput>,
    /// Returns a policy attached to the specified data stream or consumer. Request patterns can be
    /// one of the following:
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    get_resource_policy: Op<GetResourcePolicyInput, GetResourcePolicyOutput>,
    /// Gets an Amazon Kinesis shard iterator. A shard iterator expires 5 minutes after it is
    /// returned to the requester.
    #[op(context(StreamARN, StreamId), static_context(OperationType = "data"))]
    get_shard_iterator: Op<GetShardIteratorInput, GetShardIteratorOutput>,
    /// Increases the Kinesis data stream's retention period, which is the length of time data
    /// records are accessible after they are added to the stream. The maximum value of a stream's
    /// retention period is 8760 hours (365 days).
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    increase_stream_retention_period: Op<IncreaseStreamRetentionPeriodInput, ()>,
    /// Lists the shards in a stream and provides information about each shard. This operation has a
    /// limit of 1000 transactions per second per data stream.
    #[op(paginate(input_token = next_token, output_token = next_token, items = shards, limit = max_results), context(StreamARN, StreamId), static_context(OperationType = "control"))]
    list_shards: Op<ListShardsInput, ListShardsOutput>,
    /// Lists the consumers registered to receive data from a stream using enhanced fan-out, and
    /// provides information about each consumer.
    #[op(paginate(input_token = next_token, output_token = next_token, items = consumers, limit = max_results), context(StreamARN, StreamId), static_context(OperationType = "control"))]
    list_stream_consumers: Op<ListStreamConsumersInput, ListStreamConsumersOutput>,
    /// Lists your Kinesis data streams.
    #[op(paginate(input_token = next_token, output_token = next_token, more_results = has_more_streams, items = stream_names, limit = limit))]
    list_streams: Op<ListStreamsInput, ListStreamsOutput>,
    /// List all tags added to the specified Kinesis resource. Each tag is a label consisting of a
    /// user-defined key and value. Tags can help you manage, identify, organize, search for, and
    /// filter resources.
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    list_tags_for_resource: Op<ListTagsForResourceInput, ListTagsForResourceOutput>,
    /// Lists the tags for the specified Kinesis data stream. This operation has a limit of five
    /// transactions per second per account.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    list_tags_for_stream: Op<ListTagsForStreamInput, ListTagsForStreamOutput>,
    /// Merges two adjacent shards in a Kinesis data stream and combines them into a single shard to
    /// reduce the stream's capacity to ingest and transport data. This API is only supported for
    /// the data streams with the provisioned capacity mode. Two shards are considered adjacent if
    /// the union of the hash key ranges for the two shards form a contiguous set with no gaps. For
    /// example, if you have two shards, one with a hash key range of 276...381 and the other with a
    /// hash key range of 382...454, then you could merge these two shards into a single shard that
    /// would have a hash key range of 276...454. After the merge, the single child shard receives
    /// data for all hash key values covered by the two parent shards.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    merge_shards: Op<MergeShardsInput, ()>,
    /// Writes a single data record into an Amazon Kinesis data stream. Call `PutRecord` to send
    /// data into the stream for real-time ingestion and subsequent processing, one record at a
    /// time. Each shard can support writes up to 1,000 records per second, up to a maximum data
    /// write total of 10 MiB per second.
    #[op(context(StreamARN, StreamId), static_context(OperationType = "data"))]
    put_record: Op<PutRecordInput, PutRecordOutput>,
    /// Writes multiple data records into a Kinesis data stream in a single call (also referred to
    /// as a `PutRecords` request). Use this operation to send data into the stream for data
    /// ingestion and processing.
    #[op(context(StreamARN, StreamId), static_context(OperationType = "data"))]
    put_records: Op<PutRecordsInput, PutRecordsOutput>,
    /// Attaches a resource-based policy to a data stream or registered consumer. If you are using
    /// an identity other than the root user of the Amazon Web Services account that owns the
    /// resource, the calling identity must have the `PutResourcePolicy` permissions on the
    /// specified Kinesis Data Streams resource and belong to the owner's account in order to use
    /// this operation. If you don't have `PutResourcePolicy` permissions, Amazon Kinesis Data
    /// Streams returns a `403 Access Denied error`. If you receive a `ResourceNotFoundException`,
    /// check to see if you passed a valid stream or consumer resource.
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    put_resource_policy: Op<PutResourcePolicyInput, ()>,
    /// Registers a consumer with a Kinesis data stream. When you use this operation, the consumer
    /// you register can then call `SubscribeToShard` to receive data from the stream using enhanced
    /// fan-out, at a rate of up to 2 MiB per second for every shard you subscribe to. This rate is
    /// unaffected by the total number of consumers that read from the same stream.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    register_stream_consumer: Op<RegisterStreamConsumerInput, RegisterStreamConsumerOutput>,
    /// Removes tags from the specified Kinesis data stream. Removed tags are deleted and cannot be
    /// recovered after this operation successfully completes.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    remove_tags_from_stream: Op<RemoveTagsFromStreamInput, ()>,
    /// Splits a shard into two new shards in the Kinesis data stream, to increase the stream's
    /// capacity to ingest and transport data. `SplitShard` is called when there is a need to
    /// increase the overall capacity of a stream because of an expected increase in the volume of
    /// data records being ingested. This API is only supported for the data streams with the
    /// provisioned capacity mode.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    split_shard: Op<SplitShardInput, ()>,
    /// Enables or updates server-side encryption using an Amazon Web Services KMS key for a
    /// specified stream.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    start_stream_encryption: Op<StartStreamEncryptionInput, ()>,
    /// Disables server-side encryption for a specified stream.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    stop_stream_encryption: Op<StopStreamEncryptionInput, ()>,
    /// This operation establishes an HTTP/2 connection between the consumer you specify in the
    /// `ConsumerARN` parameter and the shard you specify in the `ShardId` parameter. After the
    /// connection is successfully established, Kinesis Data Streams pushes records from the shard
    /// to the consumer over this connection. Before you call this operation, call
    /// `RegisterStreamConsumer` to register the consumer with Kinesis Data Streams.
    #[op(context(ConsumerARN, StreamId), static_context(OperationType = "data"))]
    subscribe_to_shard: Op<SubscribeToShardInput, SubscribeToShardOutput>,
    /// Adds or updates tags for the specified Kinesis resource. Each tag is a label consisting of a
    /// user-defined key and value. Tags can help you manage, identify, organize, search for, and
    /// filter resources. You can assign up to 50 tags to a Kinesis resource.
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    tag_resource: Op<TagResourceInput, ()>,
    /// Removes tags from the specified Kinesis resource. Removed tags are deleted and can't be
    /// recovered after this operation completes successfully.
    #[op(
        context(ResourceARN, StreamId),
        static_context(OperationType = "control")
    )]
    untag_resource: Op<UntagResourceInput, ()>,
    /// Updates the account-level settings for Amazon Kinesis Data Streams.
    update_account_settings: Op<UpdateAccountSettingsInput, UpdateAccountSettingsOutput>,
    /// This allows you to update the `MaxRecordSize` of a single record that you can write to, and
    /// read from a stream. You can ingest and digest single records up to 10240 KiB.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    update_max_record_size: Op<UpdateMaxRecordSizeInput, ()>,
    /// Updates the shard count of the specified stream to the specified number of shards. This API
    /// is only supported for the data streams with the provisioned capacity mode.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    update_shard_count: Op<UpdateShardCountInput, UpdateShardCountOutput>,
    /// Updates the capacity mode of the data stream. Currently, in Kinesis Data Streams, you can
    /// choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your
    /// data stream.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    update_stream_mode: Op<UpdateStreamModeInput, ()>,
    /// Updates the warm throughput configuration for the specified Amazon Kinesis Data Streams
    /// on-demand data stream. This operation allows you to proactively scale your on-demand data
    /// stream to a specified throughput level, enabling better performance for sudden traffic
    /// spikes.
    #[op(
        context(StreamARN, StreamId),
        static_context(OperationType = "control")
    )]
    update_stream_warm_throughput:
        Op<UpdateStreamWarmThroughputInput, UpdateStreamWarmThroughputOutput>,
}

/// Represents the input for `AddTagsToStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddTagsToStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// A set of up to 50 key-value pairs to use to create the tags. A tag consists of a required
    /// key and an optional value. You can add up to 50 tags per resource.
    pub tags: HashMap<String, String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Output parameter of the GetRecords API. The existing child shard of the current shard.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChildShard {
    /// The shard ID of the existing child shard of the current shard.
    pub shard_id: String,
    /// The current shard that is the parent of the existing child shard.
    pub parent_shards: Vec<String>,
    /// The range of possible hash key values for the shard, which is a set of ordered contiguous
    /// positive integers.
    pub hash_key_range: HashKeyRange,
}

/// An object that represents the details of the consumer you registered. This type of object is
/// returned by `RegisterStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Consumer {
    /// The name of the consumer is something you choose when you register the consumer.
    pub consumer_name: String,
    /// When you register a consumer, Kinesis Data Streams generates an ARN for it. You need this
    /// ARN to be able to call `SubscribeToShard`.
    #[shape(name = "ConsumerARN")]
    pub consumer_arn: String,
    /// A consumer can't read data while in the `CREATING` or `DELETING` states.
    pub consumer_status: ConsumerStatus,
    /// `ConsumerCreationTimestamp`.
    pub consumer_creation_timestamp: DateTime,
}

/// An object that represents the details of a registered consumer. This type of object is returned
/// by `DescribeStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConsumerDescription {
    /// The name of the consumer is something you choose when you register the consumer.
    pub consumer_name: String,
    /// When you register a consumer, Kinesis Data Streams generates an ARN for it. You need this
    /// ARN to be able to call `SubscribeToShard`.
    #[shape(name = "ConsumerARN")]
    pub consumer_arn: String,
    /// A consumer can't read data while in the `CREATING` or `DELETING` states.
    pub consumer_status: ConsumerStatus,
    /// `ConsumerCreationTimestamp`.
    pub consumer_creation_timestamp: DateTime,
    /// The ARN of the stream with which you registered the consumer.
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
}

/// The model's `ConsumerStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConsumerStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the input for `CreateStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStreamInput {
    /// A name to identify the stream. The stream name is scoped to the Amazon Web Services account
    /// used by the application that creates the stream. It is also scoped by Amazon Web Services
    /// Region. That is, two streams in two different Amazon Web Services accounts can have the same
    /// name. Two streams in the same Amazon Web Services account but in two different Regions can
    /// also have the same name.
    pub stream_name: String,
    /// The number of shards that the stream will use. The throughput of the stream is a function of
    /// the number of shards; more shards are required for greater provisioned throughput.
    pub shard_count: Option<i32>,
    /// Indicates the capacity mode of the data stream. Currently, in Kinesis Data Streams, you can
    /// choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your
    /// data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// A set of up to 50 key-value pairs to use to create the tags. A tag consists of a required
    /// key and an optional value.
    pub tags: Option<HashMap<String, String>>,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This
    /// represents the throughput capacity that will be immediately available for write operations.
    pub warm_throughput_mi_bps: Option<i32>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and read
    /// from a stream.
    pub max_record_size_in_ki_b: Option<i32>,
}

/// Represents the input for `DecreaseStreamRetentionPeriod`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DecreaseStreamRetentionPeriodInput {
    /// The name of the stream to modify.
    pub stream_name: Option<String>,
    /// The new retention period of the stream, in hours. Must be less than the current retention
    /// period.
    pub retention_period_hours: i32,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the data stream or consumer.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the input for `DeleteStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStreamInput {
    /// The name of the stream to delete.
    pub stream_name: Option<String>,
    /// If this parameter is unset (`null`) or if you set it to `false`, and the stream has
    /// registered consumers, the call to `DeleteStream` fails with a `ResourceInUseException`.
    pub enforce_consumer_deletion: Option<bool>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `DeregisterStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterStreamConsumerInput {
    /// The ARN of the Kinesis data stream that the consumer is registered with. For more
    /// information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service
    /// Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// The name that you gave to the consumer.
    pub consumer_name: Option<String>,
    /// The ARN returned by Kinesis Data Streams when you registered the consumer. If you don't know
    /// the ARN of the consumer that you want to deregister, you can use the ListStreamConsumers
    /// operation to get a list of the descriptions of all the consumers that are currently
    /// registered with a given data stream. The description of a consumer contains its ARN.
    #[shape(name = "ConsumerARN")]
    pub consumer_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `DescribeAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountSettingsInput {}

/// The output of `DescribeAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountSettingsOutput {
    /// The current configuration of the minimum throughput billing commitment for your Amazon Web
    /// Services account.
    pub minimum_throughput_billing_commitment: Option<MinimumThroughputBillingCommitmentOutput>,
}

/// The input of `DescribeLimits`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLimitsInput {}

/// The output of `DescribeLimits`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum number of shards.
    pub shard_limit: i32,
    /// The number of open shards.
    pub open_shard_count: i32,
    /// Indicates the number of data streams with the on-demand capacity mode.
    pub on_demand_stream_count: i32,
    /// The maximum number of data streams with the on-demand capacity mode.
    pub on_demand_stream_count_limit: i32,
}

/// The input of `DescribeStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamConsumerInput {
    /// The ARN of the Kinesis data stream that the consumer is registered with. For more
    /// information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service
    /// Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// The name that you gave to the consumer.
    pub consumer_name: Option<String>,
    /// The ARN returned by Kinesis Data Streams when you registered the consumer.
    #[shape(name = "ConsumerARN")]
    pub consumer_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `DescribeStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamConsumerOutput {
    /// An object that represents the details of the consumer.
    pub consumer_description: ConsumerDescription,
}

/// Represents the input for `DescribeStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamInput {
    /// The name of the stream to describe.
    pub stream_name: Option<String>,
    /// The maximum number of shards to return in a single call. The default value is 100. If you
    /// specify a value greater than 100, at most 100 results are returned.
    pub limit: Option<i32>,
    /// The shard ID of the shard to start with.
    pub exclusive_start_shard_id: Option<String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `DescribeStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamOutput {
    /// The current status of the stream, the stream Amazon Resource Name (ARN), an array of shard
    /// objects that comprise the stream, and whether there are more shards available.
    pub stream_description: StreamDescription,
}

/// The input of `DescribeStreamSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamSummaryInput {
    /// The name of the stream to describe.
    pub stream_name: Option<String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `DescribeStreamSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStreamSummaryOutput {
    /// A `StreamDescriptionSummary` containing information about the stream.
    pub stream_description_summary: StreamDescriptionSummary,
}

/// Represents the input for `DisableEnhancedMonitoring`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableEnhancedMonitoringInput {
    /// The name of the Kinesis data stream for which to disable enhanced monitoring.
    pub stream_name: Option<String>,
    /// List of shard-level metrics to disable.
    pub shard_level_metrics: Vec<MetricsName>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the input for `EnableEnhancedMonitoring`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableEnhancedMonitoringInput {
    /// The name of the stream for which to enable enhanced monitoring.
    pub stream_name: Option<String>,
    /// List of shard-level metrics to enable.
    pub shard_level_metrics: Vec<MetricsName>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The model's `EncryptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `KMS`
    #[shape(name = "KMS")]
    Kms,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents enhanced metrics types.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnhancedMetrics {
    /// List of shard-level metrics.
    pub shard_level_metrics: Option<Vec<MetricsName>>,
}

/// Represents the output for `EnableEnhancedMonitoring` and `DisableEnhancedMonitoring`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnhancedMonitoringOutput {
    /// The name of the Kinesis data stream.
    pub stream_name: Option<String>,
    /// Represents the current state of the metrics that are in the enhanced state before the
    /// operation.
    pub current_shard_level_metrics: Option<Vec<MetricsName>>,
    /// Represents the list of all the metrics that would be in the enhanced state after the
    /// operation.
    pub desired_shard_level_metrics: Option<Vec<MetricsName>>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
}

/// Represents the input for `GetRecords`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRecordsInput {
    /// The position in the shard from which you want to start sequentially reading data records. A
    /// shard iterator specifies this position using the sequence number of a data record in the
    /// shard.
    pub shard_iterator: String,
    /// The maximum number of records to return. Specify a value of up to 10,000. If you specify a
    /// value that is greater than 10,000, `GetRecords` throws `InvalidArgumentException`. The
    /// default value is 10,000.
    pub limit: Option<i32>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `GetRecords`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRecordsOutput {
    /// The data records retrieved from the shard.
    pub records: Vec<Record>,
    /// The next position in the shard from which to start sequentially reading data records. If set
    /// to `null`, the shard has been closed and the requested iterator does not return any more
    /// data.
    pub next_shard_iterator: Option<String>,
    /// The number of milliseconds the `GetRecords` response is from the tip of the stream,
    /// indicating how far behind current time the consumer is. A value of zero indicates that
    /// record processing is caught up, and there are no new records to process at this moment.
    pub millis_behind_latest: Option<i64>,
    /// The list of the current shard's child shards, returned in the `GetRecords` API's response
    /// only when the end of the current shard is reached.
    pub child_shards: Option<Vec<ChildShard>>,
}

/// The input of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the data stream or consumer.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// Details of the resource policy. This is formatted as a JSON string.
    pub policy: String,
}

/// Represents the input for `GetShardIterator`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetShardIteratorInput {
    /// The name of the Amazon Kinesis data stream.
    pub stream_name: Option<String>,
    /// The shard ID of the Kinesis Data Streams shard to get the iterator for.
    pub shard_id: String,
    /// Determines how the shard iterator is used to start reading data records from the shard.
    pub shard_iterator_type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start reading. Used with
    /// shard iterator type AT\_SEQUENCE\_NUMBER and AFTER\_SEQUENCE\_NUMBER.
    pub starting_sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading. Used with shard iterator type
    /// AT\_TIMESTAMP. A time stamp is the Unix epoch date with precision in milliseconds. For
    /// example, `2016-04-04T19:58:46.480-00:00` or `1459799926.480`. If a record with this exact
    /// time stamp does not exist, the iterator returned is for the next (later) record. If the time
    /// stamp is older than the current trim horizon, the iterator returned is for the oldest
    /// untrimmed data record (TRIM\_HORIZON).
    pub timestamp: Option<DateTime>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `GetShardIterator`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetShardIteratorOutput {
    /// The position in the shard from which to start reading data records sequentially. A shard
    /// iterator specifies this position using the sequence number of a data record in a shard.
    pub shard_iterator: Option<String>,
}

/// The range of possible hash key values for the shard, which is a set of ordered contiguous
/// positive integers.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HashKeyRange {
    /// The starting hash key of the hash key range.
    pub starting_hash_key: String,
    /// The ending hash key of the hash key range.
    pub ending_hash_key: String,
}

/// Represents the input for `IncreaseStreamRetentionPeriod`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IncreaseStreamRetentionPeriodInput {
    /// The name of the stream to modify.
    pub stream_name: Option<String>,
    /// The new retention period of the stream, in hours. Must be more than the current retention
    /// period.
    pub retention_period_hours: i32,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The processing of the request failed because of an unknown error, exception, or failure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InternalFailureException {
    /// `message`.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSAccessDeniedException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified customer master key (CMK) isn't enabled.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSDisabledException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the state of the specified resource isn't valid for this
/// request. For more information, see [How Key State Affects Use of a Customer Master
/// Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web
/// Services Key Management Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSInvalidStateException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified entity or resource can't be found.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSNotFoundException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The Amazon Web Services access key ID needs a subscription for the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSOptInRequired {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The request was denied due to request throttling. For more information about throttling, see
/// [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second)
/// in the *Amazon Web Services Key Management Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KMSThrottlingException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The input of `ListShards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListShardsInput {
    /// The name of the data stream whose shards you want to list.
    pub stream_name: Option<String>,
    /// When the number of shards in the data stream is greater than the default value for the
    /// `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less
    /// than the number of shards in the data stream, the response includes a pagination token named
    /// `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListShards` to
    /// list the next set of shards.
    pub next_token: Option<String>,
    /// Specify this parameter to indicate that you want to list the shards starting with the shard
    /// whose ID immediately follows `ExclusiveStartShardId`.
    pub exclusive_start_shard_id: Option<String>,
    /// The maximum number of shards to return in a single call to `ListShards`. The maximum number
    /// of shards to return in a single call. The default value is 1000. If you specify a value
    /// greater than 1000, at most 1000 results are returned.
    pub max_results: Option<i32>,
    /// Specify this input parameter to distinguish data streams that have the same name. For
    /// example, if you create a data stream and then delete it, and you later create another data
    /// stream with the same name, you can use this input parameter to specify which of the two
    /// streams you want to list the shards for.
    pub stream_creation_timestamp: Option<DateTime>,
    /// Enables you to filter out the response of the `ListShards` API. You can only specify one
    /// filter at a time.
    pub shard_filter: Option<ShardFilter>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `ListShards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListShardsOutput {
    /// An array of JSON objects. Each object represents one shard and specifies the IDs of the
    /// shard, the shard's parent, and the shard that's adjacent to the shard's parent. Each object
    /// also contains the starting and ending hash keys and the starting and ending sequence numbers
    /// for the shard.
    pub shards: Option<Vec<Shard>>,
    /// When the number of shards in the data stream is greater than the default value for the
    /// `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less
    /// than the number of shards in the data stream, the response includes a pagination token named
    /// `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListShards` to
    /// list the next set of shards. For more information about the use of this pagination token
    /// when calling the `ListShards` operation, see `ListShardsInput$NextToken`.
    pub next_token: Option<String>,
}

/// The input of `ListStreamConsumers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStreamConsumersInput {
    /// The ARN of the Kinesis data stream for which you want to list the registered consumers. For
    /// more information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service
    /// Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// When the number of consumers that are registered with the data stream is greater than the
    /// default value for the `MaxResults` parameter, or if you explicitly specify a value for
    /// `MaxResults` that is less than the number of consumers that are registered with the data
    /// stream, the response includes a pagination token named `NextToken`. You can specify this
    /// `NextToken` value in a subsequent call to `ListStreamConsumers` to list the next set of
    /// registered consumers.
    pub next_token: Option<String>,
    /// The maximum number of consumers that you want a single call of `ListStreamConsumers` to
    /// return. The default value is 100. If you specify a value greater than 100, at most 100
    /// results are returned.
    pub max_results: Option<i32>,
    /// Specify this input parameter to distinguish data streams that have the same name. For
    /// example, if you create a data stream and then delete it, and you later create another data
    /// stream with the same name, you can use this input parameter to specify which of the two
    /// streams you want to list the consumers for.
    pub stream_creation_timestamp: Option<DateTime>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `ListStreamConsumers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStreamConsumersOutput {
    /// An array of JSON objects. Each object represents one registered consumer.
    pub consumers: Option<Vec<Consumer>>,
    /// When the number of consumers that are registered with the data stream is greater than the
    /// default value for the `MaxResults` parameter, or if you explicitly specify a value for
    /// `MaxResults` that is less than the number of registered consumers, the response includes a
    /// pagination token named `NextToken`. You can specify this `NextToken` value in a subsequent
    /// call to `ListStreamConsumers` to list the next set of registered consumers. For more
    /// information about the use of this pagination token when calling the `ListStreamConsumers`
    /// operation, see `ListStreamConsumersInput$NextToken`.
    pub next_token: Option<String>,
}

/// Represents the input for `ListStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStreamsInput {
    /// The maximum number of streams to list. The default value is 100. If you specify a value
    /// greater than 100, at most 100 results are returned.
    pub limit: Option<i32>,
    /// The name of the stream to start the list with.
    pub exclusive_start_stream_name: Option<String>,
    /// `NextToken`.
    pub next_token: Option<String>,
}

/// Represents the output for `ListStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStreamsOutput {
    /// The names of the streams that are associated with the Amazon Web Services account making the
    /// `ListStreams` request.
    pub stream_names: Vec<String>,
    /// If set to `true`, there are more streams available to list.
    pub has_more_streams: bool,
    /// `NextToken`.
    pub next_token: Option<String>,
    /// `StreamSummaries`.
    pub stream_summaries: Option<Vec<StreamSummary>>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The Amazon Resource Name (ARN) of the Kinesis resource for which to list tags.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// An array of tags associated with the specified Kinesis resource.
    pub tags: Option<Vec<Tag>>,
}

/// Represents the input for `ListTagsForStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The key to use as the starting point for the list of tags. If this parameter is set,
    /// `ListTagsForStream` gets all tags that occur after `ExclusiveStartTagKey`.
    pub exclusive_start_tag_key: Option<String>,
    /// The number of tags to return. If this number is less than the total number of tags
    /// associated with the stream, `HasMoreTags` is set to `true`. To list additional tags, set
    /// `ExclusiveStartTagKey` to the last key in the response.
    pub limit: Option<i32>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `ListTagsForStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForStreamOutput {
    /// A list of tags associated with `StreamName`, starting with the first tag after
    /// `ExclusiveStartTagKey` and up to the specified `Limit`.
    pub tags: Vec<Tag>,
    /// If set to `true`, more tags are available. To request additional tags, set
    /// `ExclusiveStartTagKey` to the key of the last tag returned.
    pub has_more_tags: bool,
}

/// Represents the input for `MergeShards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MergeShardsInput {
    /// The name of the stream for the merge.
    pub stream_name: Option<String>,
    /// The shard ID of the shard to combine with the adjacent shard for the merge.
    pub shard_to_merge: String,
    /// The shard ID of the adjacent shard for the merge.
    pub adjacent_shard_to_merge: String,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The model's `MetricsName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MetricsName {
    /// `IncomingBytes`
    #[default]
    IncomingBytes,
    /// `IncomingRecords`
    IncomingRecords,
    /// `OutgoingBytes`
    OutgoingBytes,
    /// `OutgoingRecords`
    OutgoingRecords,
    /// `WriteProvisionedThroughputExceeded`
    WriteProvisionedThroughputExceeded,
    /// `ReadProvisionedThroughputExceeded`
    ReadProvisionedThroughputExceeded,
    /// `IteratorAgeMilliseconds`
    IteratorAgeMilliseconds,
    /// `ALL`
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the request parameters for configuring minimum throughput billing commitment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MinimumThroughputBillingCommitmentInput {
    /// The desired status of the minimum throughput billing commitment.
    pub status: MinimumThroughputBillingCommitmentInputStatus,
}

/// The model's `MinimumThroughputBillingCommitmentInputStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MinimumThroughputBillingCommitmentInputStatus {
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

/// Represents the current status of minimum throughput billing commitment for an account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MinimumThroughputBillingCommitmentOutput {
    /// The current status of the minimum throughput billing commitment.
    pub status: MinimumThroughputBillingCommitmentOutputStatus,
    /// The timestamp when the commitment was started.
    pub started_at: Option<DateTime>,
    /// The timestamp when the commitment was ended.
    pub ended_at: Option<DateTime>,
    /// The earliest timestamp when the commitment can be ended.
    pub earliest_allowed_end_at: Option<DateTime>,
}

/// The model's `MinimumThroughputBillingCommitmentOutputStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MinimumThroughputBillingCommitmentOutputStatus {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `ENABLED_UNTIL_EARLIEST_ALLOWED_END`
    #[shape(name = "ENABLED_UNTIL_EARLIEST_ALLOWED_END")]
    EnabledUntilEarliestAllowedEnd,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the input for `PutRecord`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordInput {
    /// The name of the stream to put the data record into.
    pub stream_name: Option<String>,
    /// The data blob to put into the record, which is base64-encoded when the blob is serialized.
    /// When the data blob (the payload before base64-encoding) is added to the partition key size,
    /// the total size must not exceed the maximum record size (10 MiB).
    pub data: Blob,
    /// Determines which shard in the stream the data record is assigned to. Partition keys are
    /// Unicode strings with a maximum length limit of 256 characters for each key. Amazon Kinesis
    /// Data Streams uses the partition key as input to a hash function that maps the partition key
    /// and associated data to a specific shard. Specifically, an MD5 hash function is used to map
    /// partition keys to 128-bit integer values and to map associated data records to shards. As a
    /// result of this hashing mechanism, all data records with the same partition key map to the
    /// same shard within the stream.
    pub partition_key: String,
    /// The hash value used to explicitly determine the shard the data record is assigned to by
    /// overriding the partition key hash.
    pub explicit_hash_key: Option<String>,
    /// Guarantees strictly increasing sequence numbers, for puts from the same client and to the
    /// same partition key. Usage: set the `SequenceNumberForOrdering` of record *n* to the sequence
    /// number of record *n-1* (as returned in the result when putting record *n-1*). If this
    /// parameter is not set, records are coarsely ordered based on arrival time.
    pub sequence_number_for_ordering: Option<String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `PutRecord`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordOutput {
    /// The shard ID of the shard where the data record was placed.
    pub shard_id: String,
    /// The sequence number identifier that was assigned to the put data record. The sequence number
    /// for the record is unique across all records in the stream. A sequence number is the
    /// identifier associated with every record put into the stream.
    pub sequence_number: String,
    /// The encryption type to use on the record. This parameter can be one of the following values:
    pub encryption_type: Option<EncryptionType>,
}

/// A `PutRecords` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordsInput {
    /// The records associated with the request.
    pub records: Vec<PutRecordsRequestEntry>,
    /// The stream name associated with the request.
    pub stream_name: Option<String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// `PutRecords` results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordsOutput {
    /// The number of unsuccessfully processed records in a `PutRecords` request.
    pub failed_record_count: Option<i32>,
    /// An array of successfully and unsuccessfully processed record results. A record that is
    /// successfully added to a stream includes `SequenceNumber` and `ShardId` in the result. A
    /// record that fails to be added to a stream includes `ErrorCode` and `ErrorMessage` in the
    /// result.
    pub records: Vec<PutRecordsResultEntry>,
    /// The encryption type used on the records. This parameter can be one of the following values:
    pub encryption_type: Option<EncryptionType>,
}

/// Represents the output for `PutRecords`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordsRequestEntry {
    /// The data blob to put into the record, which is base64-encoded when the blob is serialized.
    /// When the data blob (the payload before base64-encoding) is added to the partition key size,
    /// the total size must not exceed the maximum record size (10 MiB).
    pub data: Blob,
    /// The hash value used to determine explicitly the shard that the data record is assigned to by
    /// overriding the partition key hash.
    pub explicit_hash_key: Option<String>,
    /// Determines which shard in the stream the data record is assigned to. Partition keys are
    /// Unicode strings with a maximum length limit of 256 characters for each key. Amazon Kinesis
    /// Data Streams uses the partition key as input to a hash function that maps the partition key
    /// and associated data to a specific shard. Specifically, an MD5 hash function is used to map
    /// partition keys to 128-bit integer values and to map associated data records to shards. As a
    /// result of this hashing mechanism, all data records with the same partition key map to the
    /// same shard within the stream.
    pub partition_key: String,
}

/// Represents the result of an individual record from a `PutRecords` request. A record that is
/// successfully added to a stream includes `SequenceNumber` and `ShardId` in the result. A record
/// that fails to be added to the stream includes `ErrorCode` and `ErrorMessage` in the result.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRecordsResultEntry {
    /// The sequence number for an individual record result.
    pub sequence_number: Option<String>,
    /// The shard ID for an individual record result.
    pub shard_id: Option<String>,
    /// The error code for an individual record result. `ErrorCodes` can be either
    /// `ProvisionedThroughputExceededException` or `InternalFailure`.
    pub error_code: Option<String>,
    /// The error message for an individual record result. An `ErrorCode` value of
    /// `ProvisionedThroughputExceededException` has an error message that includes the account ID,
    /// stream name, and shard ID. An `ErrorCode` value of `InternalFailure` has the error message
    /// `"Internal Service Failure"`.
    pub error_message: Option<String>,
}

/// The input of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the data stream or consumer.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Details of the resource policy. It must include the identity of the principal and the
    /// actions allowed on this resource. This is formatted as a JSON string.
    pub policy: String,
}

/// The unit of data of the Kinesis data stream, which is composed of a sequence number, a partition
/// key, and a data blob.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The unique identifier of the record within its shard.
    pub sequence_number: String,
    /// The approximate time that the record was inserted into the stream.
    pub approximate_arrival_timestamp: Option<DateTime>,
    /// The data blob. The data in the blob is both opaque and immutable to Kinesis Data Streams,
    /// which does not inspect, interpret, or change the data in the blob in any way. When the data
    /// blob (the payload before base64-encoding) is added to the partition key size, the total size
    /// must not exceed the maximum record size (1 MiB).
    pub data: Blob,
    /// Identifies which shard in the stream the data record is assigned to.
    pub partition_key: String,
    /// The encryption type used on the record. This parameter can be one of the following values:
    pub encryption_type: Option<EncryptionType>,
}

/// The input of `RegisterStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterStreamConsumerInput {
    /// The ARN of the Kinesis data stream that you want to register the consumer with. For more
    /// info, see [Amazon Resource Names (ARNs) and Amazon Web Services Service
    /// Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// For a given Kinesis data stream, each consumer must have a unique name. However, consumer
    /// names don't have to be unique across data streams.
    pub consumer_name: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// A set of up to 50 key-value pairs. A tag consists of a required key and an optional value.
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `RegisterStreamConsumer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterStreamConsumerOutput {
    /// An object that represents the details of the consumer you registered. When you register a
    /// consumer, it gets an ARN that is generated by Kinesis Data Streams.
    pub consumer: Consumer,
}

/// Represents the input for `RemoveTagsFromStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTagsFromStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// A list of tag keys. Each corresponding tag is removed from the stream.
    pub tag_keys: Vec<String>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The resource is not available for this operation. For successful operation, the resource must be
/// in the `ACTIVE` state.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The requested resource could not be found. The stream might not be specified correctly.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// A message that provides information about the error.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The model's `ScalingType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScalingType {
    /// `UNIFORM_SCALING`
    #[default]
    #[shape(name = "UNIFORM_SCALING")]
    UniformScaling,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The range of possible sequence numbers for the shard.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SequenceNumberRange {
    /// The starting sequence number for the range.
    pub starting_sequence_number: String,
    /// The ending sequence number for the range. Shards that are in the OPEN state have an ending
    /// sequence number of `null`.
    pub ending_sequence_number: Option<String>,
}

/// A uniquely identified group of data records in a Kinesis data stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Shard {
    /// The unique identifier of the shard within the stream.
    pub shard_id: String,
    /// The shard ID of the shard's parent.
    pub parent_shard_id: Option<String>,
    /// The shard ID of the shard adjacent to the shard's parent.
    pub adjacent_parent_shard_id: Option<String>,
    /// The range of possible hash key values for the shard, which is a set of ordered contiguous
    /// positive integers.
    pub hash_key_range: HashKeyRange,
    /// The range of possible sequence numbers for the shard.
    pub sequence_number_range: SequenceNumberRange,
}

/// The request parameter used to filter out the response of the `ListShards` API.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ShardFilter {
    /// The shard type specified in the `ShardFilter` parameter. This is a required property of the
    /// `ShardFilter` parameter.
    pub r#type: ShardFilterType,
    /// The exclusive start `shardID` speified in the `ShardFilter` parameter. This property can
    /// only be used if the `AFTER_SHARD_ID` shard type is specified.
    pub shard_id: Option<String>,
    /// The timestamps specified in the `ShardFilter` parameter. A timestamp is a Unix epoch date
    /// with precision in milliseconds. For example, 2016-04-04T19:58:46.480-00:00 or
    /// 1459799926.480. This property can only be used if `FROM_TIMESTAMP` or `AT_TIMESTAMP` shard
    /// types are specified.
    pub timestamp: Option<DateTime>,
}

/// The model's `ShardFilterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ShardFilterType {
    /// `AFTER_SHARD_ID`
    #[default]
    #[shape(name = "AFTER_SHARD_ID")]
    AfterShardId,
    /// `AT_TRIM_HORIZON`
    #[shape(name = "AT_TRIM_HORIZON")]
    AtTrimHorizon,
    /// `FROM_TRIM_HORIZON`
    #[shape(name = "FROM_TRIM_HORIZON")]
    FromTrimHorizon,
    /// `AT_LATEST`
    #[shape(name = "AT_LATEST")]
    AtLatest,
    /// `AT_TIMESTAMP`
    #[shape(name = "AT_TIMESTAMP")]
    AtTimestamp,
    /// `FROM_TIMESTAMP`
    #[shape(name = "FROM_TIMESTAMP")]
    FromTimestamp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ShardIteratorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ShardIteratorType {
    /// `AT_SEQUENCE_NUMBER`
    #[default]
    #[shape(name = "AT_SEQUENCE_NUMBER")]
    AtSequenceNumber,
    /// `AFTER_SEQUENCE_NUMBER`
    #[shape(name = "AFTER_SEQUENCE_NUMBER")]
    AfterSequenceNumber,
    /// `TRIM_HORIZON`
    #[shape(name = "TRIM_HORIZON")]
    TrimHorizon,
    /// `LATEST`
    #[shape(name = "LATEST")]
    Latest,
    /// `AT_TIMESTAMP`
    #[shape(name = "AT_TIMESTAMP")]
    AtTimestamp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the input for `SplitShard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SplitShardInput {
    /// The name of the stream for the shard split.
    pub stream_name: Option<String>,
    /// The shard ID of the shard to split.
    pub shard_to_split: String,
    /// A hash key value for the starting hash key of one of the child shards created by the split.
    /// The hash key range for a given shard constitutes a set of ordered contiguous positive
    /// integers. The value for `NewStartingHashKey` must be in the range of hash keys being mapped
    /// into the shard. The `NewStartingHashKey` hash key value and all higher hash key values in
    /// hash key range are distributed to one of the child shards. All the lower hash key values in
    /// the range are distributed to the other child shard.
    pub new_starting_hash_key: String,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `StartStreamEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartStreamEncryptionInput {
    /// The name of the stream for which to start encrypting records.
    pub stream_name: Option<String>,
    /// The encryption type to use. The only valid value is `KMS`.
    pub encryption_type: EncryptionType,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This
    /// value can be a globally unique identifier, a fully specified Amazon Resource Name (ARN) to
    /// either an alias or a key, or an alias name prefixed by "alias/".You can also use a master
    /// key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    pub key_id: String,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The starting position in the data stream from which to start streaming.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartingPosition {
    /// You can set the starting position to one of the following values:
    pub r#type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start streaming. To
    /// specify a sequence number, set `StartingPosition` to `AT_SEQUENCE_NUMBER` or
    /// `AFTER_SEQUENCE_NUMBER`.
    pub sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading. To specify a time stamp, set
    /// `StartingPosition` to `Type AT_TIMESTAMP`. A time stamp is the Unix epoch date with
    /// precision in milliseconds. For example, `2016-04-04T19:58:46.480-00:00` or `1459799926.480`.
    /// If a record with this exact time stamp does not exist, records will be streamed from the
    /// next (later) record. If the time stamp is older than the current trim horizon, records will
    /// be streamed from the oldest untrimmed data record (`TRIM_HORIZON`).
    pub timestamp: Option<DateTime>,
}

/// The input of `StopStreamEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopStreamEncryptionInput {
    /// The name of the stream on which to stop encrypting records.
    pub stream_name: Option<String>,
    /// The encryption type. The only valid value is `KMS`.
    pub encryption_type: EncryptionType,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This
    /// value can be a globally unique identifier, a fully specified Amazon Resource Name (ARN) to
    /// either an alias or a key, or an alias name prefixed by "alias/".You can also use a master
    /// key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    pub key_id: String,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// Represents the output for `DescribeStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamDescription {
    /// The name of the stream being described.
    pub stream_name: String,
    /// The Amazon Resource Name (ARN) for the stream being described.
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// The current status of the stream being described. The stream status is one of the following
    /// states:
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
    /// Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned**
    /// capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The shards that comprise the stream.
    pub shards: Vec<Shard>,
    /// If set to `true`, more shards in the stream are available to describe.
    pub has_more_shards: bool,
    /// The current retention period, in hours. Minimum value of 24. Maximum value of 168.
    pub retention_period_hours: i32,
    /// The approximate time that the stream was created.
    pub stream_creation_timestamp: DateTime,
    /// Represents the current enhanced monitoring settings of the stream.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// The server-side encryption type used on the stream. This parameter can be one of the
    /// following values:
    pub encryption_type: Option<EncryptionType>,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This
    /// value can be a globally unique identifier, a fully specified ARN to either an alias or a
    /// key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis
    /// Data Streams by specifying the alias `aws/kinesis`.
    pub key_id: Option<String>,
}

/// Represents the output for `DescribeStreamSummary`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamDescriptionSummary {
    /// The name of the stream being described.
    pub stream_name: String,
    /// The Amazon Resource Name (ARN) for the stream being described.
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The current status of the stream being described. The stream status is one of the following
    /// states:
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
    /// Data Streams, you can choose between an **on-demand** ycapacity mode and a **provisioned**
    /// capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The current retention period, in hours.
    pub retention_period_hours: i32,
    /// The approximate time that the stream was created.
    pub stream_creation_timestamp: DateTime,
    /// Represents the current enhanced monitoring settings of the stream.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// The encryption type used. This value is one of the following:
    pub encryption_type: Option<EncryptionType>,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This
    /// value can be a globally unique identifier, a fully specified ARN to either an alias or a
    /// key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis
    /// Data Streams by specifying the alias `aws/kinesis`.
    pub key_id: Option<String>,
    /// The number of open shards in the stream.
    pub open_shard_count: i32,
    /// The number of enhanced fan-out consumers registered with the stream.
    pub consumer_count: Option<i32>,
    /// The warm throughput in MB/s for the stream. This represents the throughput capacity that
    /// will be immediately available for write operations.
    pub warm_throughput: Option<WarmThroughputObject>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and read
    /// from a stream.
    pub max_record_size_in_ki_b: Option<i32>,
}

/// The model's `StreamMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StreamMode {
    /// `PROVISIONED`
    #[default]
    #[shape(name = "PROVISIONED")]
    Provisioned,
    /// `ON_DEMAND`
    #[shape(name = "ON_DEMAND")]
    OnDemand,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
/// Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned**
/// capacity mode for your data streams.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamModeDetails {
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
    /// Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned**
    /// capacity mode for your data streams.
    pub stream_mode: StreamMode,
}

/// The model's `StreamStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StreamStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The summary of a stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamSummary {
    /// The name of a stream.
    pub stream_name: String,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// The status of the stream.
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
    /// Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned**
    /// capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The timestamp at which the stream was created.
    pub stream_creation_timestamp: Option<DateTime>,
}

/// After you call `SubscribeToShard`, Kinesis Data Streams sends events of this type over an HTTP/2
/// connection to your consumer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscribeToShardEvent {
    /// `Records`.
    pub records: Vec<Record>,
    /// Use this as `SequenceNumber` in the next call to `SubscribeToShard`, with `StartingPosition`
    /// set to `AT_SEQUENCE_NUMBER` or `AFTER_SEQUENCE_NUMBER`. Use `ContinuationSequenceNumber` for
    /// checkpointing because it captures your shard progress even when no data is written to the
    /// shard.
    pub continuation_sequence_number: String,
    /// The number of milliseconds the read records are from the tip of the stream, indicating how
    /// far behind current time the consumer is. A value of zero indicates that record processing is
    /// caught up, and there are no new records to process at this moment.
    pub millis_behind_latest: i64,
    /// The list of the child shards of the current shard, returned only at the end of the current
    /// shard.
    pub child_shards: Option<Vec<ChildShard>>,
}

/// This is a tagged union for all of the types of events an enhanced fan-out consumer can receive
/// over HTTP/2 after a call to `SubscribeToShard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct SubscribeToShardEventStream {
    /// After you call `SubscribeToShard`, Kinesis Data Streams sends events of this type to your
    /// consumer. For an example of how to handle these events, see [Enhanced Fan-Out Using the
    /// Kinesis Data Streams API](/streams/latest/dev/building-enhanced-consumers-api.html).
    pub subscribe_to_shard_event: SubscribeToShardEvent,
    /// The requested resource could not be found. The stream might not be specified correctly.
    pub resource_not_found_exception: Option<ResourceNotFoundException>,
    /// The resource is not available for this operation. For successful operation, the resource
    /// must be in the `ACTIVE` state.
    pub resource_in_use_exception: Option<ResourceInUseException>,
    /// The request was rejected because the specified customer master key (CMK) isn't enabled.
    #[shape(name = "KMSDisabledException")]
    pub kms_disabled_exception: Option<KMSDisabledException>,
    /// The request was rejected because the state of the specified resource isn't valid for this
    /// request. For more information, see [How Key State Affects Use of a Customer Master
    /// Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon
    /// Web Services Key Management Service Developer Guide*.
    #[shape(name = "KMSInvalidStateException")]
    pub kms_invalid_state_exception: Option<KMSInvalidStateException>,
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    #[shape(name = "KMSAccessDeniedException")]
    pub kms_access_denied_exception: Option<KMSAccessDeniedException>,
    /// The request was rejected because the specified entity or resource can't be found.
    #[shape(name = "KMSNotFoundException")]
    pub kms_not_found_exception: Option<KMSNotFoundException>,
    /// The Amazon Web Services access key ID needs a subscription for the service.
    #[shape(name = "KMSOptInRequired")]
    pub kms_opt_in_required: Option<KMSOptInRequired>,
    /// The request was denied due to request throttling. For more information about throttling, see
    /// [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second)
    /// in the *Amazon Web Services Key Management Service Developer Guide*.
    #[shape(name = "KMSThrottlingException")]
    pub kms_throttling_exception: Option<KMSThrottlingException>,
    /// The processing of the request failed because of an unknown error, exception, or failure.
    pub internal_failure_exception: Option<InternalFailureException>,
}

/// The input of `SubscribeToShard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscribeToShardInput {
    /// For this parameter, use the value you obtained when you called `RegisterStreamConsumer`.
    #[shape(name = "ConsumerARN")]
    pub consumer_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The ID of the shard you want to subscribe to. To see a list of all the shards for a given
    /// stream, use `ListShards`.
    pub shard_id: String,
    /// The starting position in the data stream from which to start streaming.
    pub starting_position: StartingPosition,
}

/// The output of `SubscribeToShard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscribeToShardOutput {
    /// The event stream that your consumer can use to read records from the shard.
    pub event_stream: SubscribeToShardEventStream,
}

/// Metadata assigned to the stream or consumer, consisting of a key-value pair.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// A unique identifier for the tag. Maximum length: 128 characters. Valid characters: Unicode
    /// letters, digits, white space, \_ . / = + - % @
    pub key: String,
    /// An optional string, typically used to describe or define the tag. Maximum length: 256
    /// characters. Valid characters: Unicode letters, digits, white space, \_ . / = + - % @
    pub value: Option<String>,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// An array of tags to be added to the Kinesis resource. A tag consists of a required key and
    /// an optional value. You can add up to 50 tags per resource.
    pub tags: HashMap<String, String>,
    /// The Amazon Resource Name (ARN) of the Kinesis resource to which to add tags.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// A list of tag key-value pairs. Existing tags of the resource whose keys are members of this
    /// list will be removed from the Kinesis resource.
    pub tag_keys: Vec<String>,
    /// The Amazon Resource Name (ARN) of the Kinesis resource from which to remove tags.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The input of `UpdateAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAccountSettingsInput {
    /// Specifies the minimum throughput billing commitment configuration for your account.
    pub minimum_throughput_billing_commitment: MinimumThroughputBillingCommitmentInput,
}

/// The output of `UpdateAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAccountSettingsOutput {
    /// The updated configuration of the minimum throughput billing commitment for your account.
    pub minimum_throughput_billing_commitment: Option<MinimumThroughputBillingCommitmentOutput>,
}

/// The input of `UpdateMaxRecordSize`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateMaxRecordSizeInput {
    /// The Amazon Resource Name (ARN) of the stream for the `MaxRecordSize` update.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The maximum record size of a single record in KiB that you can write to, and read from a
    /// stream. Specify a value between 1024 and 10240 KiB (1 to 10 MiB). If you specify a value
    /// that is out of this range, `UpdateMaxRecordSize` sends back an `ValidationException`
    /// message.
    pub max_record_size_in_ki_b: i32,
}

/// The input of `UpdateShardCount`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateShardCountInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The new number of shards. This value has the following default limits. By default, you
    /// cannot do the following:
    pub target_shard_count: i32,
    /// The scaling type. Uniform scaling creates shards of equal size.
    pub scaling_type: ScalingType,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}

/// The output of `UpdateShardCount`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateShardCountOutput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The current number of shards.
    pub current_shard_count: Option<i32>,
    /// The updated number of shards.
    pub target_shard_count: Option<i32>,
    /// The ARN of the stream.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
}

/// The input of `UpdateStreamMode`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStreamModeInput {
    /// Specifies the ARN of the data stream whose capacity mode you want to update.
    #[shape(name = "StreamARN")]
    pub stream_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
    /// Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned**
    /// capacity mode for your data streams.
    pub stream_mode_details: StreamModeDetails,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This
    /// represents the throughput capacity that will be immediately available for write operations.
    /// This field is only valid when the stream mode is being updated to on-demand.
    pub warm_throughput_mi_bps: Option<i32>,
}

/// The input of `UpdateStreamWarmThroughput`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStreamWarmThroughputInput {
    /// The ARN of the stream to be updated.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// The name of the stream to be updated.
    pub stream_name: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This
    /// represents the throughput capacity that will be immediately available for write operations.
    pub warm_throughput_mi_bps: i32,
}

/// The output of `UpdateStreamWarmThroughput`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStreamWarmThroughputOutput {
    /// The ARN of the stream that was updated.
    #[shape(name = "StreamARN")]
    pub stream_arn: Option<String>,
    /// The name of the stream that was updated.
    pub stream_name: Option<String>,
    /// Specifies the updated warm throughput configuration for your data stream.
    pub warm_throughput: Option<WarmThroughputObject>,
}

/// Represents the warm throughput configuration on the stream. This is only present for On-Demand
/// Kinesis Data Streams in accounts that have `MinimumThroughputBillingCommitment` enabled.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WarmThroughputObject {
    /// The target warm throughput value on the stream. This indicates that the stream is currently
    /// scaling towards this target value.
    pub target_mi_bps: Option<i32>,
    /// The current warm throughput value on the stream. This is the write throughput in MiBps that
    /// the stream is currently scaled to handle.
    pub current_mi_bps: Option<i32>,
}
