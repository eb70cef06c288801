-- A consultant whose first password the owner set is asked to choose their own at first sign-in: the owner knows
-- the first one. Cleared when the person changes their password.
alter table app_user add column must_change_password boolean default false not null;
