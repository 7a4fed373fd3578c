//! vPDQ video fingerprints (being written).
