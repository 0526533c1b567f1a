//! DynamoDB's string enums. Unknown values are kept in `Unknown`, never an error.

use boto_core::Shape;

// `$wire:tt`, not `:literal`: a `literal` fragment reaches the derive wrapped in an invisible
// group, which `#[shape(name = ..)]` does not look through.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $wire:tt,)* }) => {
        $(#[$doc])*
        #[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            #[default]
            $(
                $(#[$vdoc])*
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
    /// The type of a key attribute.
    ScalarAttributeType {
        /// `S`
        S = "S",
        /// `N`
        N = "N",
        /// `B`
        B = "B",
    }
}

string_enum! {
    /// The role of a key attribute.
    KeyType {
        /// `HASH`: the partition key.
        Hash = "HASH",
        /// `RANGE`: the sort key.
        Range = "RANGE",
    }
}

string_enum! {
    /// A table's state.
    TableStatus {
        /// `CREATING`
        Creating = "CREATING",
        /// `UPDATING`
        Updating = "UPDATING",
        /// `DELETING`
        Deleting = "DELETING",
        /// `ACTIVE`
        Active = "ACTIVE",
        /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        /// `ARCHIVING`
        Archiving = "ARCHIVING",
        /// `ARCHIVED`
        Archived = "ARCHIVED",
    }
}

string_enum! {
    /// A secondary index's state.
    IndexStatus {
        /// `CREATING`
        Creating = "CREATING",
        /// `UPDATING`
        Updating = "UPDATING",
        /// `DELETING`
        Deleting = "DELETING",
        /// `ACTIVE`
        Active = "ACTIVE",
    }
}

string_enum! {
    /// Which attributes a secondary index holds.
    ProjectionType {
        /// `ALL`
        All = "ALL",
        /// `KEYS_ONLY`
        KeysOnly = "KEYS_ONLY",
        /// `INCLUDE`
        Include = "INCLUDE",
    }
}

string_enum! {
    /// How reads and writes are paid for.
    BillingMode {
        /// `PROVISIONED`
        Provisioned = "PROVISIONED",
        /// `PAY_PER_REQUEST`
        PayPerRequest = "PAY_PER_REQUEST",
    }
}

string_enum! {
    /// Which item attributes a write returns.
    ReturnValue {
        /// `NONE`
        None = "NONE",
        /// `ALL_OLD`
        AllOld = "ALL_OLD",
        /// `UPDATED_OLD`
        UpdatedOld = "UPDATED_OLD",
        /// `ALL_NEW`
        AllNew = "ALL_NEW",
        /// `UPDATED_NEW`
        UpdatedNew = "UPDATED_NEW",
    }
}

string_enum! {
    /// Whether to report consumed capacity.
    ReturnConsumedCapacity {
        /// `INDEXES`
        Indexes = "INDEXES",
        /// `TOTAL`
        Total = "TOTAL",
        /// `NONE`
        None = "NONE",
    }
}

string_enum! {
    /// Whether to report item collection metrics.
    ReturnItemCollectionMetrics {
        /// `SIZE`
        Size = "SIZE",
        /// `NONE`
        None = "NONE",
    }
}

string_enum! {
    /// What a query or scan returns.
    Select {
        /// `ALL_ATTRIBUTES`
        AllAttributes = "ALL_ATTRIBUTES",
        /// `ALL_PROJECTED_ATTRIBUTES`
        AllProjectedAttributes = "ALL_PROJECTED_ATTRIBUTES",
        /// `SPECIFIC_ATTRIBUTES`
        SpecificAttributes = "SPECIFIC_ATTRIBUTES",
        /// `COUNT`
        Count = "COUNT",
    }
}

string_enum! {
    /// What a stream records.
    StreamViewType {
        /// `NEW_IMAGE`
        NewImage = "NEW_IMAGE",
        /// `OLD_IMAGE`
        OldImage = "OLD_IMAGE",
        /// `NEW_AND_OLD_IMAGES`
        NewAndOldImages = "NEW_AND_OLD_IMAGES",
        /// `KEYS_ONLY`
        KeysOnly = "KEYS_ONLY",
    }
}

string_enum! {
    /// A table's storage class.
    TableClass {
        /// `STANDARD`
        Standard = "STANDARD",
        /// `STANDARD_INFREQUENT_ACCESS`
        StandardInfrequentAccess = "STANDARD_INFREQUENT_ACCESS",
    }
}

string_enum! {
    /// Whether a failed condition returns the item.
    ReturnValuesOnConditionCheckFailure {
        /// `ALL_OLD`
        AllOld = "ALL_OLD",
        /// `NONE`
        None = "NONE",
    }
}

string_enum! {
    /// The state of a table's time to live.
    TimeToLiveStatus {
        /// `ENABLING`
        Enabling = "ENABLING",
        /// `DISABLING`
        Disabling = "DISABLING",
        /// `ENABLED`
        Enabled = "ENABLED",
        /// `DISABLED`
        Disabled = "DISABLED",
    }
}
