//! SQS's string enums. Unknown values are kept in `Unknown`, never an error; each converts
//! from a `&str` (`"All".into()`).

use boto_core::Shape;

// `$wire:tt`, not `:literal`: a `literal` fragment reaches the derive wrapped in an invisible
// group, which `#[shape(name = ..)]` does not look through.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:tt,)* }) => {
        $(#[$doc])*
        #[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            #[default]
            $(
                #[doc = concat!("`", $wire, "`")]
                #[shape(name = $wire)]
                $variant,
            )*
            /// A value this version does not know.
            #[shape(other)]
            Unknown(String),
        }
    };
}

string_enum! {
    /// A queue attribute name, as asked for in `GetQueueAttributes` (`All` for every one).
    QueueAttributeName {
        All = "All",
        Policy = "Policy",
        VisibilityTimeout = "VisibilityTimeout",
        MaximumMessageSize = "MaximumMessageSize",
        MessageRetentionPeriod = "MessageRetentionPeriod",
        ApproximateNumberOfMessages = "ApproximateNumberOfMessages",
        ApproximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible",
        CreatedTimestamp = "CreatedTimestamp",
        LastModifiedTimestamp = "LastModifiedTimestamp",
        QueueArn = "QueueArn",
        ApproximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed",
        DelaySeconds = "DelaySeconds",
        ReceiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds",
        RedrivePolicy = "RedrivePolicy",
        FifoQueue = "FifoQueue",
        ContentBasedDeduplication = "ContentBasedDeduplication",
        KmsMasterKeyId = "KmsMasterKeyId",
        KmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds",
        DeduplicationScope = "DeduplicationScope",
        FifoThroughputLimit = "FifoThroughputLimit",
        RedriveAllowPolicy = "RedriveAllowPolicy",
        SqsManagedSseEnabled = "SqsManagedSseEnabled",
    }
}

string_enum! {
    /// A message system attribute name, as asked for in `ReceiveMessage` (`All` for every one).
    MessageSystemAttributeName {
        All = "All",
        SenderId = "SenderId",
        SentTimestamp = "SentTimestamp",
        ApproximateReceiveCount = "ApproximateReceiveCount",
        ApproximateFirstReceiveTimestamp = "ApproximateFirstReceiveTimestamp",
        SequenceNumber = "SequenceNumber",
        MessageDeduplicationId = "MessageDeduplicationId",
        MessageGroupId = "MessageGroupId",
        AwsTraceHeader = "AWSTraceHeader",
        DeadLetterQueueSourceArn = "DeadLetterQueueSourceArn",
    }
}
