-- ShedLock's locks (operations.OperationsConfig): a scheduled job (nightly backups, resubmitting stuck event
-- reactions) runs on one instance at a time when several share this database.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
