-- Token buckets of the rate limits (system.RateLimiter, bucket4j), shared by every instance on this database.
-- The id is the limit's name and a SHA-256 of the key (an email, an address): no personal data in clear text.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
